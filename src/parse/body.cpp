// The article body: segmentation, the selection of the story's containers (selection.cpp),
// then the cleaning of the chosen blocks (furniture lines and captions (lines.cpp), datelines
// (datelines.cpp), repeated bylines) and the credit lines printed under the story.
#include "parse/body.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/datelines.hpp"
#include "parse/fields.hpp"
#include "parse/furniture.hpp"
#include "parse/html.hpp"
#include "parse/labels.hpp"
#include "parse/box_headings.hpp"
#include "parse/cjk_names.hpp"
#include "parse/story_boxes.hpp"
#include "parse/widget_lines.hpp"
#include "parse/lines.hpp"
#include "parse/notices.hpp"
#include "parse/names.hpp"
#include "parse/segment.hpp"
#include "parse/selection.hpp"

namespace newsarchive::parse {
namespace {

// A number as counters print it: "18", "1.2K", "3,4k", "2M".
bool is_count(std::string_view t) {
  t = trim(t);
  if (!t.empty() && (t.back() == 'K' || t.back() == 'k' || t.back() == 'M' || t.back() == 'm')) t.remove_suffix(1);
  if (t.empty() || !std::isdigit(static_cast<unsigned char>(t.front())) || !std::isdigit(static_cast<unsigned char>(t.back())))
    return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ','; });
}

// True when the next block of the selection shows `norm` (normalised) among its first words.
bool opens_next_block(const std::vector<RawBlock>& blocks, std::size_t i, const Selection& sel, const std::string& norm) {
  for (std::size_t j = i + 1; j < blocks.size() && j <= i + 3; ++j) {
    if (!sel.holds(blocks[j].owner) || blocks[j].chars == 0) continue;
    std::string next = normalised(std::string_view(blocks[j].block.text).substr(0, 60));
    return next.find(norm) != std::string::npos;
  }
  return false;
}

// A link to another story set in parentheses at a paragraph's end: "... export capacity.
// (RELATED: Trump Lifts Biden's LNG Export Pause)". The paragraph stays, the teaser goes
// with its link.
void cut_related_tail(Block& b) {
  std::string_view t = b.text;
  if (t.size() < 40 || t.back() != ')') return;
  std::size_t open = t.rfind('(');
  if (open == std::string_view::npos || open < 20) return;
  std::string head = to_lower_ascii(t.substr(open + 1, 16));
  bool related = false;
  for (std::string_view label : {"related:", "read more:", "see also:", "also read:", "read also:", "watch:"})
    related = related || head.starts_with(label);
  if (!related) return;
  std::size_t cut = open;
  while (cut > 0 && t[cut - 1] == ' ') --cut;
  b.text.resize(cut);
  std::erase_if(b.links, [&](const BlockLink& l) { return l.begin >= cut; });
}


}  // namespace

Body extract_body(const GumboNode* root, const BodyHints& hints) {
  Body body;
  std::vector<RawBlock> blocks;
  Selection sel;
  // Strict boilerplate rules first; when they leave almost nothing (a site whose article
  // container carries a furniture-like class), the same rules sparing elements that hold
  // prose; then tag and visibility rules only.
  std::size_t best_chars = 0;
  for (Strictness s : {Strictness::strict, Strictness::layout, Strictness::lenient}) {
    std::vector<RawBlock> b = segment(root, hints.base_url, s);
    Selection cand = select_content(b);
    std::size_t chars = 0;  // of prose: a list of links left by the strict rules is no story
    for (const auto& rb : b)
      if (cand.top && cand.holds(rb.owner)) chars += rb.chars - std::min(rb.chars, rb.link_chars);
    // A short strict result (under 600 letters of prose: a story's wrapper named like furniture,
    // "banners-contenido-nota", leaves only the page's prompts) is checked against the layout
    // pass, which must then hold twice as much; the lenient pass only follows a result under
    // 250 letters (it keeps the related boxes the strict rules drop).
    if (s == Strictness::strict || (s == Strictness::layout && chars > best_chars && best_chars < 250) ||
        chars > 2 * best_chars + 100) {
      best_chars = chars;
      blocks = std::move(b);
      sel = std::move(cand);
    }
    if (best_chars >= 600 || (s != Strictness::strict && best_chars >= 250)) break;
  }
  if (!sel.top) return body;

  std::string headline = hints.headline ? normalised(*hints.headline) : std::string();
  if (const GumboNode* story = headline_article(blocks, headline); story && !within(sel.top, story)) {
    // An endless-scroll page holds the next story too, in its own <article>, and it may
    // be the longer one: the story is the one under the page's headline when that holds a
    // body of its own.
    std::vector<RawBlock> own;
    for (const auto& rb : blocks)
      if (within(rb.owner, story)) own.push_back(rb);
    Selection alt = select_content(own);
    std::size_t chars = 0;
    for (const auto& rb : own)
      if (alt.top && alt.holds(rb.owner)) chars += rb.chars;
    if (chars >= 300) sel = std::move(alt);
  }
  // A byline line: "By Jane Doe" only where it starts a block, since a sentence may end
  // with the same words ("... is written and produced by Jane Doe.").
  struct Byline {
    std::string text;
    bool opening;
    bool words;  // two words or more
  };
  std::vector<Byline> bylines;
  // A byline part that is only a role ("Staff Writer") or an agency ("Associated Press writer X
  // contributed") goes as a whole line, never as words inside a sentence.
  for (const auto& b : hints.bylines)
    bylines.push_back({normalised(b), istarts_with(b, "by "),
                       trim(b).find(' ') != std::string_view::npos && !is_role_only(std::string(trim(b))) && !is_org_like(trim(b))});
  for (const auto& w : hints.writers) bylines.push_back({normalised("By " + w), true, true});  // as printed
  // Each held block judged once as a promotion or notice (the costliest line test), for
  // the list rule (mostly sales or share lines: furniture whole), notice boxes and lines.
  std::vector<char> notice(blocks.size(), 0);
  for (std::size_t i = 0; i < blocks.size(); ++i)
    notice[i] = blocks[i].chars <= 600 && sel.holds(blocks[i].owner) &&
                promotion_or_notice(blocks[i].block.text, blocks[i].chars);
  std::unordered_map<const GumboNode*, std::pair<int, int>> lists;  // list -> (items, boilerplate)
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (const RawBlock& rb = blocks[i];
        rb.block.kind == Block::Kind::list_item && rb.owner->parent && sel.holds(rb.owner)) {
      auto& [items, junk] = lists[rb.owner->parent];
      ++items;
      junk += notice[i] || furniture_line(rb.block.text, rb.chars) || label_and_count(rb.block.text) ? 1 : 0;
    }
  auto furniture_list = [&](const RawBlock& rb) {
    if (rb.block.kind != Block::Kind::list_item || !rb.owner->parent) return false;
    auto it = lists.find(rb.owner->parent);
    return it != lists.end() && it->second.second >= 2 && 2 * it->second.second >= it->second.first;
  };
  // The site's name alone on a line: a logo's text, a video card's source label ("CNN").
  const std::string site = hints.site_name ? normalised(*hints.site_name) : std::string();
  std::unordered_set<std::string> seen;
  for (std::size_t i : repeated_labels(blocks)) seen.insert(normalised(blocks[i].block.text));  // none is kept
  std::size_t last_index = 0, last_kept = 0;
  std::vector<Block> kept;
  std::vector<std::string> staff_credits;
  std::unordered_set<const GumboNode*> byline_lists;  // lists whose first item names the writer
  const std::string own_domain = registrable_domain(url_host(hints.base_url));  // "protothema.gr"
  std::vector<std::pair<std::size_t, std::string>> source_lines;  // (blocks kept before it, text)
  int links_under_heading = 0;  // link list items dropped right under the last kept heading
  std::size_t last_link_item = 0;  // the last of them
  bool in_contacts = false;     // under a release's "Media contact:" label: its names and addresses
  bool h1_seen = false;         // the first <h1> is the story's; later ones head its sections
  const std::vector<const GumboNode*> appeals = appeal_boxes(sel.top);
  const std::unordered_set<const GumboNode*> repeats = pull_quotes(blocks, sel);
  // The story's text after the first <h1>: a box above it goes only when the story goes on
  // well past it (a short brief under an <h2> headline keeps its lines above a late <h1>).
  std::size_t after_h1 = 0;
  bool past_h1 = false;
  for (const RawBlock& b : blocks) {
    if (past_h1 && sel.holds(b.owner)) after_h1 += b.chars;
    past_h1 = past_h1 || tag_of(b.owner) == GUMBO_TAG_H1;
  }
  // The element around the last kept heading, and how many furniture lines went inside it.
  const GumboNode* heading_box = nullptr;
  const GumboNode* headline_box = nullptr;  // the box of a headline set in a plain element
  int furniture_under_heading = 0;
  auto furniture_dropped = [&](const RawBlock& rb) {
    if (heading_box && within(rb.owner, heading_box)) ++furniture_under_heading;
  };
  const GumboNode* bio_box = nullptr;  // the box under an "About the author" heading
  // A promotion's or notice's own small box: the short lines beside it are its title and
  // buttons ("Optimieren Sie Ihre Browsereinstellungen" over the adblock notice).
  // Not a box of the story's paragraphs (two lines of more than 80 characters).
  std::unordered_set<const GumboNode*> notice_boxes;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (const GumboNode* box = blocks[i].owner->parent; notice[i] && box && box != sel.top && !text_exceeds(box, 600))
      notice_boxes.insert(box);
  std::unordered_map<const GumboNode*, int> long_lines;
  for (const auto& rb : blocks)
    if (rb.chars > 80 && rb.owner->parent && notice_boxes.count(rb.owner->parent)) ++long_lines[rb.owner->parent];
  for (const auto& [box, n] : long_lines)
    if (n >= 2) notice_boxes.erase(box);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    RawBlock& rb = blocks[i];
    bool h1 = tag_of(rb.owner) == GUMBO_TAG_H1, heading = rb.block.kind == Block::Kind::heading;
    bool held = sel.holds(rb.owner);
    if (!h1 && !heading && !held) continue;
    if (bio_box && within(rb.owner, bio_box)) continue;
    if (held && rb.chars <= 120 && rb.owner->parent && notice_boxes.count(rb.owner->parent)) continue;
    // "About the author", "Sobre la firma": the heading and the rest of its box are the
    // writers' bios, when that box is small and holds no headline.
    // A box of reference goes the same way: a fact-checker's glossary of ratings, how to
    // cite the page, the quotes of the companies it names (the same on every such page).
    if (heading && held && (about_the_author(rb.block.text) || heads_reference_box(rb.block.text))) {
      const GumboNode* box = rb.owner->parent;
      if (box && box != sel.top && !holds_tag(box, GUMBO_TAG_H1) && !text_exceeds(box, 1500)) bio_box = box;
      continue;
    }
    if (held && is_writer_bio(rb.block.text, rb.chars, hints.writers)) {
      // Its heading goes with it: "About Halvorsen Marine" over a release's company profile.
      if (!kept.empty() && heads_a_profile(kept.back().text)) kept.pop_back();
      continue;
    }
    std::size_t uncut = rb.block.text.size();
    if (held) cut_related_tail(rb.block);
    const std::string& t = rb.block.text;
    std::string norm = normalised(t);
    // The headline's heading may carry its kicker inside ("Pflegereform: Koalition einigt
    // sich ...", a topline span in the <h2>) where the headline leaves it out.
    // So is a first line that says exactly the headline in a plain element (a Korean CMS's
    // <div class="article-head-title">).
    bool the_headline = (heading && !headline.empty() &&
                         (norm == headline || (headline.size() >= 20 && norm.size() <= headline.size() + 40 &&
                                               norm.ends_with(headline)))) ||
                        (headline.size() >= 20 && norm == headline &&
                         // (above it at most a label or two: "Ambiente" over a <div class=headline>)
                         kept.size() <= 2 && std::all_of(kept.begin(), kept.end(), [](const Block& k) {
                           return utf8_length(k.text) <= 40 && !ends_with_stop(k.text);
                         }));
    if (h1 || the_headline) {
      // What stands above the headline (inside the story's containers or not) is its kicker
      // or section label ("Tarifkonflikt"), not the story's first line.
      // Above the first <h1>, a short box of a few lines goes too: a fact check's claim
      // ("stated on February 28 in a Facebook post:", the quote checked).
      std::size_t above = 0;
      for (const Block& k : kept) above += utf8_length(k.text);
      bool labels = (kept.size() <= 2 && std::all_of(kept.begin(), kept.end(), [](const Block& k) {
                      return utf8_length(k.text) <= 60 && !ends_with_stop(k.text);
                    })) || (h1 && !h1_seen && kept.size() <= 3 && above <= 300 && after_h1 >= 3 * above);
      h1_seen = h1_seen || h1;
      if (labels) kept.clear();
      if (the_headline && !heading && rb.owner->parent) headline_box = rb.owner->parent;
      if (labels || the_headline) continue;
    }
    if (!held) continue;
    // The story's head set as one line-broken block with no heading markup (a bold headline,
    // "<br>By Jane Doe<br>Posted: ..."), pages built before CSS: the headline, byline and date.
    if (kept.empty() && !heading && headline.size() >= 20 && norm.size() > headline.size() &&
        norm.starts_with(headline) && rb.chars <= utf8_length(*hints.headline) + 160 && !ends_with_stop(t))
      continue;
    if (!heading && media_contact_label(t)) {
      in_contacts = true;
      continue;
    }
    if (in_contacts && rb.chars <= 120 && !ends_with_stop(t)) continue;
    in_contacts = false;
    last_index = i;
    double ld = rb.chars ? static_cast<double>(rb.link_chars) / rb.chars : 0;
    if (norm.empty()) continue;
    // Link-heavy blocks are navigation, except a long sentence and an attribution lead-in
    // ("<a>Financial Times</a> reported:") that introduces a quote.
    bool lead_in = rb.chars < 120 && !t.empty() && t.back() == ':' && ld < 0.9;
    if (ld > 0.5 && !lead_in && !(rb.chars > 150 && ld < 0.8 && ends_sentence(t)) &&
        !(ld < 0.95 && linked_sentence(rb.block, own_domain))) {
      // Counted only in an unbroken run from the heading: a box's own label in between ("Most
      // read" over its list) makes the list that box's, not the story's subhead's.
      if (rb.block.kind == Block::Kind::list_item && !kept.empty() && kept.back().kind == Block::Kind::heading &&
          (i == last_kept + 1 || i == last_link_item + 1)) {
        ++links_under_heading;
        last_link_item = i;
      }
      furniture_dropped(rb);
      continue;
    }
    // A list of "label, value" lines naming the writer ("<li><span>Author, </span>
    // <span>Jane Doe</span></li><li><span>Role, </span>...</li>", as the BBC prints it):
    // the byline's box, all of it.
    if (rb.block.kind == Block::Kind::list_item && rb.owner->parent && rb.chars <= 120) {
      if (byline_lists.count(rb.owner->parent)) continue;
      if (label_pair(rb.owner).kind == Label::author) {
        byline_lists.insert(rb.owner->parent);
        continue;
      }
    }
    // A line pointing to the site itself: "Δείτε όλες τις τελευταίες Ειδήσεις ... στο
    // protothema.gr" ("See all the latest news ... at protothema.gr"). One sentence: "The
    // scheme opens on 1 June. Details will be published on GOV.UK." is the story's.
    if (own_domain.find('.') != std::string::npos && rb.chars <= 200 && rb.block.kind == Block::Kind::paragraph &&
        trim(t).substr(0, trim(t).size() - 1).find(". ") == std::string_view::npos) {
      std::string_view end = trim(t);
      while (!end.empty() && (end.back() == '.' || end.back() == '!')) end.remove_suffix(1);
      std::string_view host = end.substr(end.rfind(' ') == std::string_view::npos ? end.size() : end.rfind(' ') + 1);
      if (host.size() < end.size() &&
          (iequals(host, own_domain) || (host.size() > own_domain.size() && iends_with(host, own_domain) &&
                                         host[host.size() - own_domain.size() - 1] == '.'))) {
        furniture_dropped(rb);
        continue;
      }
    }
    auto names = signed_names(rb.owner, rb.block.kind == Block::Kind::paragraph, rb.block.text, rb.chars);
    if (names.empty() && (rb.chars <= 40 || (rb.chars <= 80 && t.find('@') != std::string::npos)) &&
        rb.block.kind == Block::Kind::paragraph)
      names = closing_signoff(t);
    if (!names.empty()) {
      if (body.signed_by.empty()) body.signed_by = std::move(names);
      continue;
    }
    if (rb.block.kind == Block::Kind::paragraph &&
        (in_teaser_card(rb.owner, sel.top, headline) || in_media_player(rb.owner, sel.top) ||
         std::any_of(appeals.begin(), appeals.end(), [&](const GumboNode* box) { return within(rb.owner, box); }))) {
      furniture_dropped(rb);
      continue;
    }
    if (!repeats.empty() &&
        std::any_of(repeats.begin(), repeats.end(), [&](const GumboNode* box) { return within(rb.owner, box); })) {
      furniture_dropped(rb);
      continue;
    }
    // The promotion test above read the text before a related tail was cut from it.
    bool promotion = t.size() == uncut ? notice[i] != 0 : rb.chars <= 600 && promotion_or_notice(t, rb.chars);
    if (promotion || furniture_line(t, rb.chars) || furniture_list(rb)) {
      furniture_dropped(rb);
      // Terms of reuse that name where the story first ran ("Republished from The
      // Conversation under a Creative Commons licence") still credit that outlet.
      if (rb.chars <= 300 && icontains_any(t, {"republished from", "originally published", "first published",
                                               "originally appeared", "republished with permission"}))
        source_lines.emplace_back(kept.size(), t);
      // The line that introduced it has nothing left to introduce: "To get the latest news,
      // follow us on:" over the site's accounts, Amharic "... ለማግኘት፡-".
      if (lists_accounts(t, rb.chars) && !kept.empty() && kept.back().kind == Block::Kind::paragraph &&
          introduces(kept.back().text))
        kept.pop_back();
      continue;
    }
    // A short label beside an ad slot, in any language: "Haberin Devamı", "Anzeige" over
    // the slot that went; or over links to other stories, "Související články" over their
    // headlines.
    if (rb.chars <= 40 && (!ends_with_stop(t) || trim(t).ends_with(":")) && rb.block.kind == Block::Kind::paragraph) {
      bool label = false;
      for (const GumboNode* box : {rb.owner, static_cast<const GumboNode*>(rb.owner->parent)})
        label = label || (box && box != sel.top && ((!text_exceeds(box, 160) && holds_ad_slot(box)) ||
                                                    labels_link_list(box, t.size())));
      if (label) {
        furniture_dropped(rb);
        continue;
      }
    }
    if (rb.block.kind == Block::Kind::paragraph && rb.chars <= 150 && !ends_with_stop(t) && chip_row(rb.owner)) {
      furniture_dropped(rb);
      continue;
    }
    // A source line credits its agency only under the story ("Quelle: dpa" as the last
    // line); above it or between paragraphs it is a chart's or a picture's.
    if (rb.chars <= 120 && is_source_line(t)) {
      source_lines.emplace_back(kept.size(), t);
      continue;
    }
    if (is_staff_credit(t)) {
      staff_credits.push_back(t);
      continue;
    }
    // A Chinese byline of labelled parts as a line of its own: "文／林怡君　攝影／陳冠宇".
    if (rb.chars <= 60 && labelled_cjk_byline(t)) continue;
    if (looks_like_caption(t, rb.chars) ||
        (rb.block.kind == Block::Kind::paragraph && rb.chars <= 400 && credited_caption(rb.owner, hints.site_name)))
      continue;
    // (A bare date heading inside the story is a timeline's: "<h3>September 30, 2019</h3>".)
    // (What a byline's removal left of its line: "- Le 17 novembre 2026 à 19:05 Mis à jour ...",
    // "Door en 04-03-25, 06:00 Laatste update: 09:12", the writers' names gone.)
    std::string_view stamp = without_byline_remnant(t);
    const bool remnant = stamp.size() < t.size();
    if (looks_like_dateline(remnant ? std::string(stamp) : t, remnant ? utf8_length(stamp) : rb.chars) &&
        (remnant || !(rb.block.kind == Block::Kind::heading && !kept.empty() && is_date_only(t, rb.chars))))
      continue;
    if (kept.empty() && place_credit_line(t)) continue;
    // Before the story, a count alone is a widget's ("1.2K" claps, "18" responses).
    if (kept.empty() && rb.block.kind == Block::Kind::paragraph && rb.chars <= 8 && is_count(t)) continue;
    // A date standing alone as its own line: a <time> element's text, or a short line that is
    // only a date. Headings, list items, quotes and table cells are kept (a timeline's "Nov 20"
    // heading, a table's date column).
    if (rb.block.kind == Block::Kind::paragraph && ((rb.only_time && rb.chars <= 80) || is_date_only(t, rb.chars)))
      continue;
    // Inside a short block only a byline of two words or more counts: a byline's own
    // pieces ("and", "Paris", a role in its own span) are words any story uses.
    // A byline's lead-in word may be the page's own language: "Oleh Budi Santoso", "Av Kari".
    std::string as_by;
    if (std::string rest; rb.chars < 100 && !bylines.empty() && (rest = strip_lead_in(t)).size() < t.size()) {
      as_by = "by";
      as_by += normalised(rest);
    }
    bool byline = false;
    for (const auto& [b, opening, words] : bylines) {
      std::size_t at = b.empty() ? std::string::npos : norm.find(b);
      if (at != std::string::npos && (norm == b || (words && rb.chars < 100 && (at == 0 || !opening)))) byline = true;
      if (opening && words && !as_by.empty() && as_by.rfind(b, 0) == 0) byline = true;
    }
    // Before the story, a writer's name with where they filed from ("শাহেদ আলম চট্টগ্রাম",
    // "Jane Doe Washington"): the byline as a line of its own.
    if (!byline && kept.size() <= 2 && rb.chars <= 80 && !ends_with_stop(t))
      for (const auto& writer : hints.writers)
        if (std::string w = normalised(writer); !w.empty() && norm.rfind(w, 0) == 0 &&
                                               words(std::string_view(t).substr(std::min(t.size(), writer.size()))).size() <= 3)
          byline = true;
    if (byline && !as_by.empty() && body.bylines.size() < 2) body.bylines.push_back(t);
    if (byline || (norm == site && rb.chars <= 40)) continue;
    if (!seen.insert(norm).second) continue;
    // A place in capitals shown on its own line and again at the start of the next block: ANSA's
    // "ROMA" beside the byline, then "(ANSA) - ROMA, 06 APR - ...".
    if (rb.block.kind == Block::Kind::paragraph && rb.chars <= 30 && norm.size() >= 3 &&
        std::none_of(t.begin(), t.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }) &&
        opens_next_block(blocks, i, sel, norm))
      continue;
    // A heading whose only items were links that went ("Keep reading" over a list of other
    // stories) introduced furniture.
    // So did a heading whose own box held nothing but furniture ("AI Summary" over a
    // "Listen" button), when the story goes on outside that box.
    bool box_left = heading_box && furniture_under_heading > 0 && !within(rb.owner, heading_box);
    if ((links_under_heading >= 2 || box_left) && !kept.empty() && kept.back().kind == Block::Kind::heading)
      kept.pop_back();
    links_under_heading = 0;
    furniture_under_heading = 0;
    // Not the story's header: a standfirst heading beside the <h1> (or beside a headline in a
    // plain <div>, as Korean ND soft sets it) stays, whatever went beside it (the byline,
    // share buttons).
    heading_box = heading && rb.owner->parent && rb.owner->parent != sel.top &&
                          rb.owner->parent != headline_box && !holds_tag(rb.owner->parent, GUMBO_TAG_H1)
                      ? rb.owner->parent
                      : nullptr;
    last_kept = i;
    kept.push_back(std::move(rb.block));
  }
  // Headings and list items left dangling at the end introduce removed furniture; so does a
  // short label ending in a colon ("More on Syracuse schools:") whose links went.
  // So does a pitch leading into what went ("This is how you can continue to access our
  // trusted content:").
  auto dangling = [](const Block& b) {
    if (b.text.empty() || b.text.back() != ':') return false;
    if (b.text.size() <= 80 && words(b.text).size() <= 6) return true;
    return b.text.size() <= 250 && (icontains(b.text, " you ") || icontains(b.text, " our "));
  };
  while (!kept.empty() && (kept.back().kind == Block::Kind::heading || dangling(kept.back()))) kept.pop_back();
  body.blocks = std::move(kept);
  // The trailer: credit and source lines printed under the article (often in furniture the
  // segmentation skipped), then the first short block after the body.
  std::vector<std::string> lines = std::move(staff_credits);
  for (auto& [kept_before, line] : source_lines)
    if (kept_before >= body.blocks.size() && !body.blocks.empty()) lines.push_back(std::move(line));
  for (auto& line : credit_lines_after(blocks[body.blocks.empty() ? last_index : last_kept].owner))
    lines.push_back(std::move(line));
  for (std::size_t i = last_index + 1; i < blocks.size() && i <= last_index + 3; ++i) {
    if (blocks[i].chars > 0 && blocks[i].chars < 400) {
      if (std::find(lines.begin(), lines.end(), blocks[i].block.text) == lines.end()) lines.push_back(blocks[i].block.text);
      break;
    }
  }
  body.trailer = join(lines, "\n");
  return body;
}

}  // namespace newsarchive::parse

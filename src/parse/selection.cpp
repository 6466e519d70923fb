// Main-content selection: readability-style scoring of the text blocks' ancestors, the
// winning container, and the siblings that continue the story.
#include "parse/selection.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "parse/html.hpp"
#include "parse/lines.hpp"
#include "parse/segment.hpp"

namespace newsarchive::parse {
namespace {

struct NodeStats {
  double score = 0;
  std::size_t chars = 0;
  std::size_t link_chars = 0;
  int paragraphs = 0;  // prose blocks below: a paragraph's length, not a one-line entry's
  int sentences = 0;   // blocks below that end as a sentence does
  int blocks = 0;
  std::size_t longest = 0;  // the longest block below, in characters
  bool candidate = false;
};
using StatsMap = std::unordered_map<const GumboNode*, NodeStats>;

const GumboNode* parent_element(const GumboNode* n) {
  const GumboNode* p = n ? n->parent : nullptr;
  return p && p->type == GUMBO_NODE_ELEMENT ? p : nullptr;
}

int commas(std::string_view s) {
  int c = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++c;
    else if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0) ++c;  // ，、
  }
  return c;
}

double initial_score(const GumboNode* n) {
  double s = class_weight(n);
  switch (tag_of(n)) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: s += 5; break;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: s += 3; break;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: s -= 3; break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: s -= 5; break;
    default: break;
  }
  if (icontains(attr(n, "itemprop"), "articlebody")) s += 25;
  return s;
}

double link_density(const NodeStats& s) { return s.chars ? static_cast<double>(s.link_chars) / s.chars : 0.0; }

bool is_cjk_heavy(std::string_view s) {
  std::size_t wide = 0, total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    ++total;
    if (c >= 0xE3 && c <= 0xED) ++wide;
  }
  return total && wide * 3 > total;
}

// Whether the subtree holds an element with tag `t` (stops at the first).
bool holds(const GumboNode* n, GumboTag t) {
  bool found = false;
  for_each_element(n, [&](const GumboNode* e) {
    found = found || tag_of(e) == t;
    return !found;
  });
  return found;
}

// An <article> in the subtree with its own <h1> and 500+ characters of text: a whole story.
bool holds_story(const GumboNode* n, const StatsMap& stats) {
  bool found = false;
  for_each_element(n, [&](const GumboNode* e) {
    if (found) return false;
    if (tag_of(e) != GUMBO_TAG_ARTICLE) return true;
    auto it = stats.find(e);
    found = it != stats.end() && it->second.chars >= 500 && holds(e, GUMBO_TAG_H1);
    return false;
  });
  return found;
}

// Three or more headings that are each a link elsewhere: a list of teaser cards (a
// stream, "related stories" with summaries), not more of the story.
bool holds_teaser_cards(const GumboNode* n) {
  int cards = 0;
  for_each_element(n, [&](const GumboNode* e) {
    GumboTag t = tag_of(e);
    if (t != GUMBO_TAG_H2 && t != GUMBO_TAG_H3 && t != GUMBO_TAG_H4 && t != GUMBO_TAG_H5 && t != GUMBO_TAG_H6)
      return cards < 3;
    std::size_t text = text_content(e, 400).size();
    if (text > 0 && link_text(e, 400).bytes * 5 >= text * 4) ++cards;
    return false;
  });
  return cards >= 3;
}

// The one element child of `n` (text beside it only whitespace); null otherwise.
const GumboNode* only_child_element(const GumboNode* n) {
  const GumboNode* only = nullptr;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT) return nullptr;
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    if (only) return nullptr;
    only = k;
  }
  return only;
}

// A <div>, <section> or <aside> whose first element is a heading (h2-h6).
bool headed_box(const GumboNode* n) {
  GumboTag t = tag_of(n);
  if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_ASIDE) return false;
  const GumboVector* kids = children_of(n);
  for (unsigned i = 0; i < kids->length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids->data[i]);
    if (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty()) return false;
    if (!is_element(k)) continue;
    GumboTag kt = tag_of(k);
    return kt >= GUMBO_TAG_H2 && kt <= GUMBO_TAG_H6;
  }
  return false;
}

// A box that speaks to the reader ("Help us tell stories like this", "Spotted a mistake?
// ... tell us"): "we", "our", "you" and their kin in a few languages, or a link, a button or
// a form of its own. A story's closing section speaks of others.
bool addresses_reader(const GumboNode* box) {
  bool own_control = false;
  for_each_element(box, [&](const GumboNode* e) {
    GumboTag t = tag_of(e);
    own_control = own_control || t == GUMBO_TAG_A || t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_FORM || t == GUMBO_TAG_INPUT;
    return !own_control;
  });
  if (own_control) return true;
  static const std::unordered_set<std::string> kReader{
      "us", "our", "we", "you", "your", "uns", "unser", "unsere", "unserer", "ihr", "nous", "notre", "nos", "vous",
      "votre", "nuestro", "nuestra", "nosotros", "usted", "noi", "nostro", "nostra", "voi", "ons", "onze", "jij",
      "oss", "vår", "våre", "vi", "du", "dig", "deg"};
  std::string text = lower_utf8(text_content(box, 600));
  for (std::string_view w : split(text, ' ')) {
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back())) && static_cast<unsigned char>(w.back()) < 0x80)
      w.remove_suffix(1);
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.front())) && static_cast<unsigned char>(w.front()) < 0x80)
      w.remove_prefix(1);
    if (kReader.count(std::string(w))) return true;
  }
  return false;
}

// A line of text a standfirst can be: four words or ten CJK characters, under 600 bytes,
// free of links, no notice ("Über dieses Thema berichtet: BR24 Rundschau am ...").
bool standfirst_line(const GumboNode* e) {
  std::string text = text_content(e, 600);
  bool line = std::count(text.begin(), text.end(), ' ') >= 3 || (is_cjk_heavy(text) && text.size() >= 30);
  return line && text.size() < 600 && link_text(e, 600).count == 0 && !boilerplate_text(text, utf8_length(text));
}

// An element named as the story's standfirst: class, id or data attribute words
// "standfirst", "dek", "subtitle", "intro", "chapo", "ingress", ... (whole words).
bool named_standfirst(const GumboNode* n) {
  static constexpr std::string_view kNames[] = {"standfirst", "dek", "deck", "subheadline", "subhead", "subheading",
                                                "subtitle", "summary",
                                                "intro", "strapline", "excerpt", "chapo", "chapeau", "bajada",
                                                "entradilla", "sottotitolo", "ingress", "vorspann", "anriss",
                                                "lead", "leadtext", "abstract", "description"};
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    std::string_view name = a->name;
    if (name != "class" && name != "id" && !name.starts_with("data-")) continue;
    std::string value = to_lower_ascii(a->value);
    std::size_t start = 0;
    for (std::size_t k = 0; k <= value.size(); ++k) {
      if (k < value.size() && std::isalnum(static_cast<unsigned char>(value[k]))) continue;
      std::string_view word = std::string_view(value).substr(start, k - start);
      if (std::find(std::begin(kNames), std::end(kNames), word) != std::end(kNames)) return true;
      start = k + 1;
    }
  }
  return false;
}

// In a header box: the first heading or paragraph after its <h1> that reads as a line of
// text (standfirst_line); null when there is none. A header whose title is no <h1> (Korean
// ND soft: "<div class=article-head-title>…</div><h2 class=subheading>") has its standfirst
// named as such.
const GumboNode* header_standfirst(const GumboNode* header) {
  const bool h1 = holds_tag(header, GUMBO_TAG_H1);
  bool after_h1 = false;
  const GumboNode* found = nullptr;
  for_each_element(header, [&](const GumboNode* e) {
    if (found) return false;
    GumboTag t = tag_of(e);
    if (t == GUMBO_TAG_H1) {
      after_h1 = true;
      return false;
    }
    if (t != GUMBO_TAG_P && t != GUMBO_TAG_H2 && t != GUMBO_TAG_H3 && t != GUMBO_TAG_H4) return true;
    if (h1 ? !after_h1 : !named_standfirst(e)) return true;
    if (standfirst_line(e)) found = e;
    return false;
  });
  return found;
}

// A standfirst named as such between the headline and the story's box, outside both: grid
// layouts (the Guardian's data-gu-name="standfirst") set it beside the picture and the
// byline, levels above the body, where no sibling rule reaches.
void take_named_standfirst(Selection& sel) {
  const GumboNode* doc = document_of(sel.top);
  bool after_h1 = false, done = false;
  // A page whose headline is an <h2> (no <h1> anywhere): the standfirst is the element right
  // after that heading ("<h2 class=story__title>...</h2><div class=story__excerpt>").
  const bool page_h1 = holds_tag(doc, GUMBO_TAG_H1);
  const GumboNode* last_h2 = nullptr;
  auto right_after = [](const GumboNode* heading, const GumboNode* e) {
    if (!heading || heading->parent != e->parent) return false;
    const GumboVector& kids = heading->parent->v.element.children;
    for (unsigned i = heading->index_within_parent + 1; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT) return k == e;
    }
    return false;
  };
  for_each_element(doc, [&](const GumboNode* e) {
    if (done || e == sel.top) {
      done = true;
      return false;
    }
    if (tag_of(e) == GUMBO_TAG_H1) {
      after_h1 = true;
      return false;
    }
    if (tag_of(e) == GUMBO_TAG_H2 && !page_h1) {
      last_h2 = e;
      return false;
    }
    if (within(sel.top, e)) return true;  // the story's own ancestors: look inside
    if (!(after_h1 || right_after(last_h2, e)) || sel.holds(e) || !named_standfirst(e)) return true;
    std::size_t bytes = text_content(e, 1600).size();  // a line or a short paragraph, not a section
    if (bytes >= 40 && bytes < 1200) sel.roots.insert(e);
    done = true;
    return false;
  });
}

}  // namespace

Selection select_content(const std::vector<RawBlock>& blocks) {
  Selection sel;
  StatsMap stats;
  // Subtree text and link lengths.
  for (const auto& b : blocks) {
    bool paragraph = b.block.kind != Block::Kind::heading && b.chars >= (is_cjk_heavy(b.block.text) ? 60u : 150u) &&
                     b.link_chars * 4 < b.chars;
    const bool sentence = ends_with_stop(b.block.text);
    for (const GumboNode* n = b.owner; n; n = parent_element(n)) {
      auto& s = stats[n];
      s.chars += b.chars;
      s.link_chars += b.link_chars;
      s.paragraphs += paragraph;
      s.sentences += sentence;
      ++s.blocks;
      s.longest = std::max(s.longest, b.chars);
    }
  }
  std::vector<const GumboNode*> candidates;
  for (const auto& b : blocks) {
    if (b.block.kind == Block::Kind::heading) continue;
    std::size_t min_chars = is_cjk_heavy(b.block.text) ? 10 : 25;
    if (b.chars < min_chars) continue;
    GumboTag ot = tag_of(b.owner);
    const GumboNode* scored = b.owner;
    // A cell is a paragraph of its row, except a layout cell holding several paragraphs
    // parted by <br><br> (pages built before CSS): that cell is the story's container.
    if (ot == GUMBO_TAG_P || ot == GUMBO_TAG_PRE || (ot == GUMBO_TAG_TD && b.whole_owner) || ot == GUMBO_TAG_LI ||
        ot == GUMBO_TAG_DD || ot == GUMBO_TAG_BLOCKQUOTE || b.whole_owner)
      scored = parent_element(b.owner);
    double score = 1.0 + commas(b.block.text) + std::min(std::floor(b.chars / 100.0), 3.0);
    double ld = b.chars ? static_cast<double>(b.link_chars) / b.chars : 0;
    score *= (1.0 - ld);
    int level = 0;
    for (const GumboNode* n = scored; n && level < 5; n = parent_element(n), ++level) {
      auto& s = stats[n];
      if (!s.candidate) {
        s.candidate = true;
        s.score += initial_score(n);
        candidates.push_back(n);
      }
      double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      s.score += score / div;
    }
  }
  if (candidates.empty()) return sel;
  std::vector<std::pair<double, const GumboNode*>> ranked;
  for (const GumboNode* n : candidates) {
    auto& s = stats[n];
    s.score *= (1.0 - link_density(s));
    ranked.emplace_back(s.score, n);
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  // A winner made of one-line entries only (a column of classified ads, a list of short
  // items) gives way to a strong candidate that holds paragraphs: stories are written in them.
  if (stats[ranked[0].second].paragraphs == 0)
    for (std::size_t i = 1; i < ranked.size() && i < 12; ++i)
      if (ranked[i].first >= ranked[0].first * 0.4 && stats[ranked[i].second].paragraphs >= 2) {
        std::rotate(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(i), ranked.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        break;
      }
  const GumboNode* top = ranked[0].second;
  double top_score = ranked[0].first;
  // Several strong candidates under one ancestor: the story is split, take the ancestor.
  {
    std::vector<std::vector<const GumboNode*>> alt;
    for (std::size_t i = 1; i < ranked.size() && i < 5; ++i) {
      if (ranked[i].first < top_score * 0.75) continue;
      std::vector<const GumboNode*> anc;
      for (const GumboNode* n = ranked[i].second; n; n = parent_element(n)) anc.push_back(n);
      alt.push_back(std::move(anc));
    }
    if (alt.size() >= 3) {
      for (const GumboNode* p = parent_element(top); p && tag_of(p) != GUMBO_TAG_BODY; p = parent_element(p)) {
        int hits = 0;
        for (const auto& anc : alt)
          if (std::find(anc.begin(), anc.end(), p) != anc.end()) ++hits;
        if (hits >= 3) {
          top = p;
          break;
        }
      }
    }
  }
  // Climb while the parent holds a better score (readability's "last score" walk).
  {
    double last = stats[top].score;
    double threshold = last / 3;
    for (const GumboNode* p = parent_element(top); p && tag_of(p) != GUMBO_TAG_BODY; p = parent_element(p)) {
      auto it = stats.find(p);
      if (it == stats.end() || !it->second.candidate) continue;
      if (it->second.score < threshold) break;
      // (Not for lists and link boxes below the story: the parent must hold more paragraphs;
      // else the climb stops there.)
      if (it->second.score > last) {
        if (it->second.paragraphs > stats[top].paragraphs) top = p;
        break;
      }
      last = it->second.score;
    }
    while (true) {
      const GumboNode* p = parent_element(top);
      if (!p || tag_of(p) == GUMBO_TAG_BODY) break;
      auto it = stats.find(p);
      std::size_t pc = it == stats.end() ? 0 : it->second.chars;
      if (pc != stats[top].chars) break;
      top = p;
    }
  }
  // A container holding several substantial <article>s (infinite scroll, teasers with
  // text) is a feed: the story is the first of them that carries real text.
  {
    bool in_article = false;
    for (const GumboNode* p = top; p && !in_article; p = parent_element(p)) in_article = tag_of(p) == GUMBO_TAG_ARTICLE;
    if (!in_article) {
      std::vector<const GumboNode*> articles;
      for_each_element(top, [&](const GumboNode* n) {
        if (tag_of(n) != GUMBO_TAG_ARTICLE) return true;
        auto it = stats.find(n);
        if (it != stats.end() && it->second.chars >= 500) articles.push_back(n);
        return false;
      });
      if (articles.size() >= 2) top = articles.front();
    }
  }
  sel.top = top;
  sel.roots.insert(top);
  const GumboNode* parent = parent_element(top);
  if (!parent) return sel;
  const double threshold = std::max(10.0, stats[top].score * 0.2);
  const std::string_view top_class = attr(top, "class");
  // The siblings of `box` that continue the story; returns the characters they hold.
  // `header_only`: only the short ones before it (a header's standfirst).
  auto take_siblings = [&](const GumboNode* box, bool header_only) {
    std::size_t taken = 0;
    bool before = true;  // still before the box
    const GumboNode* previous = nullptr;  // the element sibling before `sib`
    const GumboVector* kids = children_of(parent_element(box));
    for (unsigned i = 0; i < kids->length; ++i) {
      const GumboNode* sib = static_cast<const GumboNode*>(kids->data[i]);
      if (sib == box) before = false;
      if (sib == box && header_only) break;
      if (!is_element(sib) || sib == box) continue;
      const GumboNode* after = previous;
      previous = sib;
      // The subheading right after the <h1>, beside the story's box: its standfirst
      // ("<h1>...</h1><h2 class=asubtitle>Confermata la riforma ...</h2>"), also in a box of
      // its own as component frameworks wrap each part of a header ("<div><h2>...</h2></div>").
      const GumboNode* line = sib;
      if (tag_of(sib) == GUMBO_TAG_DIV)
        if (const GumboNode* only = only_child_element(sib)) line = only;
      if (before && after && tag_of(after) == GUMBO_TAG_H1 &&
          (tag_of(line) == GUMBO_TAG_H2 || tag_of(line) == GUMBO_TAG_H3 || tag_of(line) == GUMBO_TAG_P) &&
          standfirst_line(line)) {
        sel.roots.insert(line);
        taken += text_content(line, 600).size();
        continue;
      }
      auto it = stats.find(sib);
      if (it == stats.end()) continue;
      const NodeStats& s = it->second;
      if (header_only && s.chars > 500) continue;
      double bonus = (!top_class.empty() && attr(sib, "class") == top_class) ? stats[top].score * 0.2 : 0;
      // A layout table's other column (classifieds, a weather box) sits beside the story, not
      // after it: it joins only as strong as the story's own cell, and never on text alone.
      bool column = tag_of(sib) == GUMBO_TAG_TD || tag_of(sib) == GUMBO_TAG_TH;
      bool take = s.candidate && s.score + bonus >= (column ? top_score * 0.5 : threshold) && (!column || s.paragraphs > 0);
      if (!take && !column && s.chars > 0) {
        double ld = link_density(s);
        // Not a small box after the story that opens with its own heading: "Help us tell
        // stories like this", "Spotted a mistake?" over a paragraph of the site's pitch.
        // Nor a box of fragments with no sentence: a match's score box ("Dundee United 2 FT
        // 1 Aberdeen ... Attendance: 11,482"), a list of timestamped headlines. A standfirst
        // without its full stop is one longer line.
        bool box = tag_of(sib) == GUMBO_TAG_DIV || tag_of(sib) == GUMBO_TAG_SECTION;
        // (A bulleted list of lines without full stops is the story's: "Schools close at 2pm
        // on Friday"; a score box's are shorter.)
        bool fragments = box && s.sentences == 0 && s.chars <= 500 &&
                         ((s.blocks <= 2 && s.longest < 60) || (s.blocks >= 3 && s.chars < 25u * s.blocks)) &&
                         !holds(sib, GUMBO_TAG_H1);  // not the story's header
        bool pitch = !before && s.chars <= 500 && headed_box(sib) && addresses_reader(sib);
        if (s.chars > 80 && ld < 0.25 && !pitch && !fragments) take = true;
        // A short, link-free sentence (a split paragraph) also belongs.
        else if (s.chars <= 80 && ld == 0 && tag_of(sib) == GUMBO_TAG_P) take = true;
        // The story's header before it, holding the <h1> and a short standfirst ("Council
        // approves budget" over "Spending on schools rises"): that line, not the header's
        // dates, counters and labels.
        else if (before && s.chars <= 500 && ld < 0.25)
          if (const GumboNode* line = header_standfirst(sib)) {
            sel.roots.insert(line);
            taken += text_content(line, 600).size();
          }
      }
      // A neighbour that holds a story of its own (an <article> with a headline and text) is
      // the next story of an endless page, not more of this one.
      if (take && (holds_story(sib, stats) || holds_teaser_cards(sib))) take = false;
      if (take) {
        sel.roots.insert(sib);
        taken += s.chars;
      }
    }
    return taken;
  };
  const std::size_t beside = take_siblings(top, false);
  // The story's box may share its wrapper with no more than a byline or a date line ("By
  // Dana Whitcombe" above the paragraphs): the short blocks before the wrapper (the
  // standfirst in the header) lead into the story as they would had that line sat elsewhere.
  auto pit = stats.find(parent);
  if (pit != stats.end() && tag_of(parent) != GUMBO_TAG_BODY && tag_of(parent) != GUMBO_TAG_HTML &&
      parent_element(parent) && tag_of(parent_element(parent)) != GUMBO_TAG_BODY &&
      pit->second.chars <= stats[top].chars + beside + 120)
    take_siblings(parent, true);
  take_named_standfirst(sel);
  return sel;
}

bool Selection::holds(const GumboNode* n) const {
  for (; n; n = n->parent)
    if (roots.count(n)) return true;
  return false;
}

}  // namespace newsarchive::parse

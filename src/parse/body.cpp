// Main-content selection over segmented blocks (readability-style scoring of the
// blocks' ancestors, sibling recovery) and the final cleaning of the chosen blocks.
#include "parse/body.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "parse/html.hpp"
#include "parse/segment.hpp"

namespace newsarchive::parse {
namespace {

struct NodeStats {
  double score = 0;
  std::size_t chars = 0;
  std::size_t link_chars = 0;
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

struct Selection {
  std::unordered_set<const GumboNode*> roots;  // chosen containers
  const GumboNode* top = nullptr;
};

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
    std::size_t text = text_content(e, 400).size(), linked = 0;
    for_each_element(e, [&](const GumboNode* a) {
      if (tag_of(a) != GUMBO_TAG_A) return true;
      linked += text_content(a, 400).size();
      return false;
    });
    if (text > 0 && linked * 5 >= text * 4) ++cards;
    return false;
  });
  return cards >= 3;
}

Selection select_content(const std::vector<RawBlock>& blocks, StatsMap& stats) {
  Selection sel;
  // Subtree text and link lengths.
  for (const auto& b : blocks)
    for (const GumboNode* n = b.owner; n; n = parent_element(n)) {
      auto& s = stats[n];
      s.chars += b.chars;
      s.link_chars += b.link_chars;
    }
  std::vector<const GumboNode*> candidates;
  for (const auto& b : blocks) {
    if (b.block.kind == Block::Kind::heading) continue;
    std::size_t min_chars = is_cjk_heavy(b.block.text) ? 10 : 25;
    if (b.chars < min_chars) continue;
    GumboTag ot = tag_of(b.owner);
    const GumboNode* scored = b.owner;
    if (ot == GUMBO_TAG_P || ot == GUMBO_TAG_PRE || ot == GUMBO_TAG_TD || ot == GUMBO_TAG_LI || ot == GUMBO_TAG_DD ||
        ot == GUMBO_TAG_BLOCKQUOTE || b.whole_owner)
      scored = parent_element(b.owner);
    double score = 1.0 + commas(b.block.text) + std::min(b.chars / 100.0, 3.0);
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
      if (it->second.score > last) {
        top = p;
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
  double threshold = std::max(10.0, stats[top].score * 0.2);
  std::string_view top_class = attr(top, "class");
  const GumboVector* kids = children_of(parent);
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* sib = static_cast<const GumboNode*>(kids->data[i]);
    if (!is_element(sib) || sib == top) continue;
    auto it = stats.find(sib);
    if (it == stats.end()) continue;
    const NodeStats& s = it->second;
    double bonus = (!top_class.empty() && attr(sib, "class") == top_class) ? stats[top].score * 0.2 : 0;
    bool take = s.candidate && s.score + bonus >= threshold;
    if (!take && s.chars > 0) {
      double ld = link_density(s);
      if (s.chars > 80 && ld < 0.25) take = true;
      // A short, link-free sentence (a split paragraph) also belongs.
      else if (s.chars <= 80 && ld == 0 && tag_of(sib) == GUMBO_TAG_P) take = true;
    }
    // A neighbour that holds a story of its own (an <article> with a headline and text) is
    // the next story of an endless page, not more of this one.
    if (take && (holds_story(sib, stats) || holds_teaser_cards(sib))) take = false;
    if (take) sel.roots.insert(sib);
  }
  return sel;
}

bool inside(const GumboNode* n, const std::unordered_set<const GumboNode*>& roots) {
  for (; n; n = n->parent)
    if (roots.count(n)) return true;
  return false;
}

std::string normalise(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_codepoint(s, i);
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) out.push_back(static_cast<char>(cp));
      else if (cp >= 'A' && cp <= 'Z') out.push_back(static_cast<char>(cp + 32));
    } else if (cp != 0xFEFF && !(cp >= 0x200B && cp <= 0x200F) && cp != 0xA0 && !(cp >= 0x2000 && cp <= 0x206F) &&
               !(cp >= 0x25A0 && cp <= 0x25FF) && !(cp >= 0x3000 && cp <= 0x3003)) {
      append_utf8(out, cp);  // letters of other scripts; dashes, spaces, shapes and marks do not count
    }
  }
  return out;
}

// Short furniture lines that survive class-based removal.
bool boilerplate_text(std::string_view t, std::size_t chars) {
  if (chars > 160) return false;
  static constexpr std::string_view kStarts[] = {
      "advertisement", "read more", "related:", "related articles", "related stories", "click here", "sign up",
      "subscribe", "share this", "share on", "follow us", "image:", "photo:", "foto:", "bild:", "(photo",
      "getty images", "copyright", "all rights reserved", "lesen sie auch", "mehr zum thema",
      "auch interessant", "lire aussi", "à lire aussi", "a lire aussi", "leer más", "lea también", "continue reading",
      "story continues", "scroll to continue", "recommended:", "see also", "also read", "you may also like",
      "more from", "more on this", "this content is", "©", "share or comment", "add comment", "link copied",
      "copy link", "link wurde kopiert", "link kopieren", "artikel teilen", "what's this?", "do i qualify",
      "partner content", "hier klicken", "jetzt abonnieren", "email this", "listen to this article",
      "download the app", "get the app", "weiterlesen", "zum artikel", "thank you for subscribing", "invalid email",
      "get email updates", "does this item bring you joy", "czytaj więcej", "czytaj też", "à découvrir",
      "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",  // "реклама"
      "\xE3\x81\x8A\xE3\x81\x99\xE3\x81\x99\xE3\x82\x81"};  // "おすすめ"
  // Whole-line furniture: the block is nothing but the word.
  static constexpr std::string_view kExact[] = {
      "teilen", "kommentare", "comments", "comment", "print", "drucken", "e-mail", "email", "facebook", "twitter",
      "whatsapp", "linkedin", "pinterest", "tweet", "for you", "sponsored", "play video", "watch now", "zum angebot",
      "zur startseite", "anzeige", "werbung", "loading", "advertising", "newsletter", "trending", "most read",
      "top stories", "share", "menu", "close", "schließen", "back to top", "nach oben", "mehr", "more", "video",
      "audio", "listen", "play", "ad", "x", "reddit", "flipboard", "messenger", "telegram", "copy",
      "\xE3\x82\xB7\xE3\x82\xA7\xE3\x82\xA2",                          // シェア
      "\xE3\x83\x9D\xE3\x82\xB9\xE3\x83\x88",                          // ポスト
      "\xE3\x83\x96\xE3\x83\x83\xE3\x82\xAF\xE3\x83\x9E\xE3\x83\xBC\xE3\x82\xAF",  // ブックマーク
      "\xE3\x83\xAA\xE3\x83\xB3\xE3\x82\xAF",                          // リンク
      "\xE4\xBF\x9D\xE5\xAD\x98"};                                        // 保存
  std::string low = to_lower_ascii(t.substr(0, 48));
  for (auto s : kStarts)
    if (low.rfind(s, 0) == 0) return true;
  if (chars <= 30) {
    std::string whole = to_lower_ascii(t);
    while (!whole.empty() && (whole.back() == '.' || whole.back() == ':' || whole.back() == '!')) whole.pop_back();
    for (auto e : kExact)
      if (whole == e) return true;
  }
  return false;
}

// A photo caption or credit line left outside <figure>: short text ending in a credit.
bool looks_like_caption(std::string_view t, std::size_t chars) {
  if (chars > 300) return false;
  static constexpr std::string_view kCredits[] = {"Bild:", "Foto:", "Fotos:", "Photo:", "Photos:", "Image:",
                                                  "Credit:", "Picture:", "Photograph:", "Quelle:", "Grafik:",
                                                  "Illustration:", "Video:", "(Photo", "(Foto", "(Bild", "Getty Images",
                                                  "Photo by", "Foto von", "Image via", "Photo credit"};
  std::string_view tail = t.size() > 120 ? t.substr(t.size() - 120) : t;
  for (auto c : kCredits) {
    std::size_t at = tail.find(c);
    if (at == std::string_view::npos) continue;
    // The credit is the end of the block, not a phrase inside a sentence.
    std::string_view after = tail.substr(at + c.size());
    if (after.size() < 70 && after.find(". ") == std::string_view::npos) return true;
  }
  return false;
}

bool looks_like_dateline(const std::string& t, std::size_t chars) {
  if (chars > 60) return false;
  if (parse_date_loose(t)) return true;
  static constexpr std::string_view kWords[] = {"published", "updated", "posted", "veröffentlicht", "aktualisiert",
                                                "publié", "mis à jour", "publicado", "actualizado", "stand:"};
  std::string low = to_lower_ascii(t);
  for (auto w : kWords)
    if (low.rfind(w, 0) == 0) return true;
  return false;
}

bool ends_sentence(std::string_view t) {
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')' || static_cast<unsigned char>(c) >= 0x80;
}

// "Quelle: ntv.de, ino/dpa", "This article originally appeared on ...", "© dpa-infocom".
bool is_credit_line(std::string_view t) {
  if (t.empty() || t.size() > 300) return false;
  if (icontains(t, "all rights reserved") || icontains(t, "alle rechte vorbehalten")) return false;
  static constexpr std::string_view kStarts[] = {
      "quelle:", "quellen:", "source:", "sources:", "fuente:", "fuentes:", "fonte:", "fonti:", "kilde:", "kilder:",
      "k\xC3\xA4lla:", "bron:", "l\xC3\xA4hde:", "forr\xC3\xA1s:", "zdroj:", "kaynak:", "\xC5\xBAr\xC3\xB3" "d\xC5\x82o:",
      "\xC2\xA9", "(c) ", "copyright", "this article originally appeared", "this article was originally published",
      "this article first appeared", "this article was first published", "this story originally appeared",
      "this story was originally published", "this story first appeared", "originally published", "first published",
      "a version of this article", "mit material von", "mit agenturmaterial", "dieser artikel erschien"};
  std::string low = to_lower_ascii(t.substr(0, 48));
  for (auto s : kStarts)
    if (low.rfind(s, 0) == 0) return true;
  return false;
}

// A copyright line ("© Example Media. All rights reserved"): the credit of an agency when
// printed right under the story, the site's own notice further down the page.
bool is_copyright_notice(std::string_view t) {
  std::string low = to_lower_ascii(t.substr(0, 48));
  return low.rfind("\xC2\xA9", 0) == 0 || low.rfind("(c) ", 0) == 0 || low.rfind("copyright", 0) == 0;
}

// The node after `n`'s subtree in document order, or null.
const GumboNode* next_after(const GumboNode* n) {
  for (; n && n->parent; n = n->parent) {
    const GumboVector* kids = children_of(n->parent);
    if (n->index_within_parent + 1 < kids->length) return static_cast<const GumboNode*>(kids->data[n->index_within_parent + 1]);
  }
  return nullptr;
}

bool has_block_child(const GumboNode* n) {
  const GumboVector* kids = children_of(n);
  for (unsigned i = 0; i < kids->length; ++i) {
    switch (tag_of(static_cast<const GumboNode*>(kids->data[i]))) {
      case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
      case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGURE:
        return true;
      default:
        break;
    }
  }
  return false;
}

// Credit lines in the stretch of page right after the body's last block: at most three,
// looking no further than about 1,500 characters of text or 400 nodes.
std::vector<std::string> credit_lines_after(const GumboNode* last) {
  std::vector<std::string> out;
  std::size_t text_seen = 0;
  int visited = 0;
  for (const GumboNode* n = next_after(last); n && visited < 400 && out.size() < 3 && text_seen < 1500; ++visited) {
    if (n->type == GUMBO_NODE_TEXT) {
      text_seen += std::string_view(n->v.text.text).size();
      n = next_after(n);
      continue;
    }
    GumboTag t = tag_of(n);
    if (!is_element(n) || t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT ||
        t == GUMBO_TAG_TEMPLATE || t == GUMBO_TAG_SVG || t == GUMBO_TAG_FORM || t == GUMBO_TAG_NAV) {
      n = next_after(n);
      continue;
    }
    if (!has_block_child(n)) {
      std::string text = text_content(n, 320);
      if (is_credit_line(text) && (text_seen < 300 || !is_copyright_notice(text))) {
        out.push_back(std::move(text));
        n = next_after(n);
        continue;
      }
    }
    const GumboVector* kids = children_of(n);
    n = kids->length ? static_cast<const GumboNode*>(kids->data[0]) : next_after(n);
  }
  return out;
}

}  // namespace

Body extract_body(const GumboNode* root, const BodyHints& hints) {
  Body body;
  std::vector<RawBlock> blocks;
  StatsMap stats;
  Selection sel;
  // Strict boilerplate rules first; when they leave almost nothing (a site whose article
  // container carries a furniture-like class), retry with tag and visibility rules only.
  std::size_t strict_chars = 0;
  for (Strictness s : {Strictness::strict, Strictness::lenient}) {
    std::vector<RawBlock> b = segment(root, hints.base_url, s);
    StatsMap st;
    Selection cand = select_content(b, st);
    std::size_t chars = 0;
    for (const auto& rb : b)
      if (cand.top && inside(rb.owner, cand.roots)) chars += rb.chars;
    if (s == Strictness::strict) {
      strict_chars = chars;
      blocks = std::move(b);
      stats = std::move(st);
      sel = std::move(cand);
      if (chars >= 250) break;
    } else if (chars > 2 * strict_chars + 100) {
      blocks = std::move(b);
      stats = std::move(st);
      sel = std::move(cand);
    }
  }
  if (!sel.top) return body;

  std::string headline = hints.headline ? normalise(*hints.headline) : std::string();
  std::vector<std::string> bylines;
  for (const auto& b : hints.bylines) bylines.push_back(normalise(b));
  std::unordered_set<std::string> seen;
  std::size_t last_index = 0, last_kept = 0;
  std::vector<Block> kept;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    RawBlock& rb = blocks[i];
    if (!inside(rb.owner, sel.roots)) continue;
    last_index = i;
    const std::string& t = rb.block.text;
    double ld = rb.chars ? static_cast<double>(rb.link_chars) / rb.chars : 0;
    std::string norm = normalise(t);
    if (norm.empty()) continue;
    if (rb.block.kind == Block::Kind::heading && !headline.empty() && norm == headline) continue;
    if (tag_of(rb.owner) == GUMBO_TAG_H1 && kept.empty()) continue;
    // Link-heavy blocks are navigation, except a long sentence and an attribution lead-in
    // ("<a>Financial Times</a> reported:") that introduces a quote.
    bool lead_in = rb.chars < 120 && !t.empty() && t.back() == ':' && ld < 0.9;
    if (ld > 0.5 && !lead_in && !(rb.chars > 150 && ld < 0.8 && ends_sentence(t))) continue;
    if (boilerplate_text(t, rb.chars)) continue;
    if (looks_like_caption(t, rb.chars)) continue;
    if (looks_like_dateline(t, rb.chars)) continue;
    bool byline = false;
    for (const auto& b : bylines)
      if (!b.empty() && (norm == b || (rb.chars < 100 && norm.find(b) != std::string::npos))) byline = true;
    if (byline) continue;
    if (!seen.insert(norm).second) continue;
    last_kept = i;
    kept.push_back(std::move(rb.block));
  }
  // Headings and list items left dangling at the end introduce removed furniture.
  while (!kept.empty() && kept.back().kind == Block::Kind::heading) kept.pop_back();
  body.blocks = std::move(kept);
  // The trailer: credit and source lines printed under the article (often in furniture the
  // segmentation skipped), then the first short block after the body.
  std::vector<std::string> lines = credit_lines_after(blocks[body.blocks.empty() ? last_index : last_kept].owner);
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

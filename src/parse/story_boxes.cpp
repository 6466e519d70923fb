// Boxes inside the story's containers that are not the story: teaser cards of a related-posts
// grid, pull quotes repeating the story's own words; and the <article> around the headline.
#include "parse/story_boxes.hpp"

#include <algorithm>
#include <string>

#include "core/text.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {

std::string normalised(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_codepoint(s, i);
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) out.push_back(static_cast<char>(cp));
      else if (cp >= 'A' && cp <= 'Z') out.push_back(static_cast<char>(cp + 32));
    } else if (cp >= 0xC0 && cp != 0xFEFF && !(cp >= 0x200B && cp <= 0x200F) && !(cp >= 0x2000 && cp <= 0x206F) &&
               !(cp >= 0x25A0 && cp <= 0x25FF) && !(cp >= 0x3000 && cp <= 0x3003)) {
      append_utf8(out, cp);  // letters of other scripts; Latin-1 signs (·, ©, «), dashes, spaces, shapes and marks do not count
    }
  }
  return out;
}

// `n` sits in a teaser card for another story: a small box (up to 500 bytes of text, below
// `top`, not holding the headline) whose heading is a link ("<article class=post><h3><a>
// Other story</a></h3><p>Its excerpt</p></article>" in a related-posts grid). A linked
// heading that is the story's own `headline` (normalised) makes no card.
bool in_teaser_card(const GumboNode* n, const GumboNode* top, const std::string& headline) {
  int depth = 0;
  for (const GumboNode* box = n->parent; box && box != top && depth < 4; box = box->parent, ++depth) {
    if (box->type != GUMBO_NODE_ELEMENT || text_exceeds(box, 500)) return false;
    bool card = false, h1 = false;
    for_each_element(box, [&](const GumboNode* e) {
      GumboTag t = tag_of(e);
      h1 = h1 || t == GUMBO_TAG_H1;
      if (t < GUMBO_TAG_H2 || t > GUMBO_TAG_H6) return !h1;
      std::string text = text_content(e, 400);
      card = card || (!text.empty() && link_text(e, 400).bytes * 5 >= text.size() * 4 && normalised(text) != headline);
      return false;
    });
    if (h1) return false;
    if (card) return true;
  }
  return false;
}


// The <article> element around the heading that repeats the headline, or null.
const GumboNode* headline_article(const std::vector<RawBlock>& blocks, const std::string& headline) {
  if (headline.empty()) return nullptr;
  for (const auto& rb : blocks) {
    if (rb.block.kind != Block::Kind::heading || normalised(rb.block.text) != headline) continue;
    for (const GumboNode* p = rb.owner; p; p = p->parent)
      if (tag_of(p) == GUMBO_TAG_ARTICLE) return p;
    return nullptr;
  }
  return nullptr;
}


// Pull quotes: a <blockquote> or <aside> inside the story (`sel`) whose quoted line repeats
// words the story's own paragraphs already hold ("«Podíamos elegir ... seguridad»" under the
// paragraph that says it), set off by the template with no class to tell. The box goes with
// its attribution (a <cite> line); a block quote that quotes something new stays.
std::unordered_set<const GumboNode*> pull_quotes(const std::vector<RawBlock>& blocks, const Selection& sel) {
  auto quote_box = [&](const GumboNode* n) -> const GumboNode* {
    for (int depth = 0; n && n != sel.top && depth < 4; n = n->parent, ++depth)
      if (tag_of(n) == GUMBO_TAG_BLOCKQUOTE || tag_of(n) == GUMBO_TAG_ASIDE) return n;
    return nullptr;
  };
  std::unordered_set<const GumboNode*> out;
  // Most pages hold no such box: then no paragraph need be normalised.
  if (std::none_of(blocks.begin(), blocks.end(), [&](const RawBlock& rb) {
        return rb.chars >= 30 && rb.chars <= 400 && quote_box(rb.owner) && sel.holds(rb.owner);
      }))
    return out;
  std::vector<std::string> prose;  // the normalised paragraphs outside such boxes
  for (const auto& rb : blocks)
    if (rb.block.kind == Block::Kind::paragraph && rb.chars >= 60 && sel.holds(rb.owner) && !quote_box(rb.owner))
      prose.push_back(normalised(rb.block.text));
  // Bounded: at most 50 quotes are looked for, in at most 2 MB of prose (a hostile page of
  // thousands of block quotes would otherwise search every paragraph for each).
  std::size_t prose_bytes = 0;
  for (const auto& p : prose) prose_bytes += p.size();
  if (prose_bytes > (2u << 20)) return out;
  int looked = 0;
  for (const auto& rb : blocks) {
    if (rb.chars < 30 || rb.chars > 400 || !sel.holds(rb.owner)) continue;
    const GumboNode* box = quote_box(rb.owner);
    if (!box || out.count(box) || text_exceeds(box, 600)) continue;
    if (++looked > 50) break;
    std::string norm = normalised(rb.block.text);
    if (norm.size() >= 24 && std::any_of(prose.begin(), prose.end(), [&](const std::string& p) {
          return p.size() > norm.size() && p.find(norm) != std::string::npos;
        }))
      out.insert(box);
  }
  return out;
}

}  // namespace newsarchive::parse

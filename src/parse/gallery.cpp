// A photo gallery's captions as its story.
#include "parse/gallery.hpp"

#include <string>
#include <unordered_set>

#include "core/text.hpp"
#include "parse/furniture.hpp"
#include "parse/html.hpp"
#include "parse/lines.hpp"
#include "parse/names.hpp"
#include "parse/regions.hpp"

namespace newsarchive::parse {
namespace {

// A caption's words without its credit ("<span class=credit>© Marc Duret</span>") or any
// other furniture inside it.
void caption_text(const GumboNode* n, std::string& out) {
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE) {
      out += k->v.text.text;
    } else if (k->type == GUMBO_NODE_ELEMENT && !is_boilerplate(k, Strictness::strict)) {
      out += ' ';
      caption_text(k, out);
      out += ' ';
    }
  }
}

// A slide's counter at the caption's start or end ("1 / 9", "3/12"): the viewer's, not words.
std::string without_counter(const std::string& t) {
  std::vector<std::string> ws;
  for (std::string_view w : split(t, ' '))
    if (!w.empty()) ws.emplace_back(w);
  auto counter = [](const std::string& w) {
    std::size_t slash = w.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == w.size() || w.size() > 7) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
      if (i != slash && (w[i] < '0' || w[i] > '9')) return false;
    return true;
  };
  // One word ("3/12") or three ("1 / 9"), at either end.
  for (std::size_t n : {std::size_t{1}, std::size_t{3}}) {
    if (ws.size() <= n) continue;
    std::string head, tail;
    for (std::size_t k = 0; k < n; ++k) head += ws[k], tail += ws[ws.size() - n + k];
    if (counter(head)) ws.erase(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(n));
    else if (counter(tail)) ws.erase(ws.end() - static_cast<std::ptrdiff_t>(n), ws.end());
    else continue;
    break;
  }
  return join(ws, " ");
}

// Inside a box named a gallery or slideshow ("gallery", "wp-block-slideshow", "diaporama",
// "fotostrecke"): a sidebar's "Photos of the week" or a story's pictures are not.
bool in_gallery(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
    std::string key = class_and_id(p);
    for (const char* w : {"gallery", "slideshow", "diaporama", "galerie", "galeria", "fotostrecke", "slides"})
      if (key.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::vector<Block> gallery_captions(const GumboNode* root, const std::vector<Block>& body) {
  std::vector<Block> out;
  std::unordered_set<std::string> seen;
  for (const Block& b : body) seen.insert(b.text);
  for_each_element(root, [&](const GumboNode* e) {
    if (tag_of(e) == GUMBO_TAG_HEAD || tag_of(e) == GUMBO_TAG_SCRIPT || hidden_element(e)) return false;
    if (tag_of(e) != GUMBO_TAG_FIGCAPTION) return true;
    if (in_teaser(e) || in_comments(e) || !in_gallery(e)) return false;
    std::string raw;
    caption_text(e, raw);
    std::string text = without_counter(collapse_whitespace(raw));
    // A sentence or more: "Vers 9 h 30, le premier troupeau ... applaudissements.", not
    // "The hall in 1968" or a credit.
    if (words(text).size() >= 12 && ends_with_stop(text) && seen.insert(text).second) {
      Block b;
      b.text = std::move(text);
      out.push_back(std::move(b));
    }
    return false;
  });
  // Far more words than the text beside them: a short brief with three pictures keeps its text.
  if (out.size() < 3 || block_words(out) <= 2 * block_words(body)) return {};
  return out;
}

}  // namespace newsarchive::parse

#pragma once
// Gumbo ownership and the small DOM helpers every extraction step shares. Walks are
// iterative (explicit stacks), so page nesting depth never reaches the C++ stack.
#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::parse {

struct GumboOutputDeleter {
  void operator()(GumboOutput* out) const noexcept;
};
using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

// What the pre-parse pass takes out of the page before gumbo sees it.
struct Prepared {
  std::string html;                     // script/style/svg/template bodies and comments removed
  std::vector<std::string> json_ld;     // raw text of <script type="application/ld+json">
  std::vector<std::string> app_state;   // other scripts whose strings hold paragraph markup
};

// Strips the inside of <script>, <style>, <svg>, <template> and comments (cheap byte scan)
// and caps tag nesting so gumbo never builds a tree deeper than `max_depth`.
Prepared prepare_html(std::string_view utf8_html, int max_depth = 1500);

// Parses prepared UTF-8 HTML; null only if gumbo itself fails.
GumboOutputPtr parse_html(std::string_view html);

// Attribute value or "" when absent.
std::string_view attr(const GumboNode* node, const char* name);
bool has_attr(const GumboNode* node, const char* name);
// An element's class and id, lower-cased, joined by a space (and its data-testid): what it
// is named for.
std::string class_and_id(const GumboNode* n);
// Lower-case tag name, also for unknown tags ("" for non-elements).
std::string_view tag_name(const GumboNode* node);
inline bool is_element(const GumboNode* n) { return n && n->type == GUMBO_NODE_ELEMENT; }
inline GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

// Whitespace-collapsed text of a subtree (iterative). Stops collecting after `cap` bytes.
std::string text_content(const GumboNode* node, std::size_t cap = 1 << 20);
// The same without <time> elements and buttons ("Share", "Save"), and with " | " where the edge of a link or block element
// joins two words with no space: a byline's names apart as the page lays them out
// ("<a>Jane Doe</a><a>John Roe</a>", a name's heading above its date), not glued ("Jane
// DoeJohn Roe"), and " | " for each <br>.
// `names_only`: for a byline's names, also without elements named for a place or a date
// ("c-byline__location", "c-byline__date").
std::string segmented_text(const GumboNode* node, std::size_t cap = 1 << 20, bool names_only = false);
// True when the subtree holds more than `bytes` bytes of text, or more than 4 x `bytes` + 256
// nodes; stops counting there, copies nothing (the caps above stop only between text nodes,
// and one node may be megabytes).
bool text_exceeds(const GumboNode* node, std::size_t bytes);
// The links below `node` (or `node` itself): the bytes of their text, each read up to
// `cap`, how many there are, and how many hold `long_link` bytes or more (a headline's).
struct LinkText {
  std::size_t bytes = 0, count = 0, long_links = 0;
};
LinkText link_text(const GumboNode* node, std::size_t cap = 2000, std::size_t long_link = 20);
// The subtree's first text that is not whitespace, looking at no more than `max_nodes` nodes
// (empty when there is none that early): a cheap look at how an element opens.
std::string_view leading_text(const GumboNode* node, int max_nodes = 32);

// Block-level elements: each starts a new line of text (div, p, li, h1-h6, table cells, ...).
bool is_block_tag(GumboTag t);

// The <html> element's children list helpers.
const GumboVector* children_of(const GumboNode* node);

// Whether `n` is `ancestor` or lies inside it.
bool within(const GumboNode* n, const GumboNode* ancestor);
// Whether `n` is or holds an element of `tag` (stops at the first).
bool holds_tag(const GumboNode* n, GumboTag tag);
// The document node `n` belongs to.
const GumboNode* document_of(const GumboNode* n);

// Visits every element in document order (pre-order, iterative). `visit` returns false
// to skip the element's subtree.
template <typename F>
void for_each_element(const GumboNode* root, F&& visit) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!is_element(n) && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (is_element(n) && !visit(n)) continue;
    const GumboVector* kids = children_of(n);
    for (unsigned i = kids->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
  }
}

}  // namespace newsarchive::parse

namespace newsarchive::parse {
// Decodes HTML character references left in text that was escaped twice (metadata
// written as "&amp;quot;" or JSON-LD holding "&#8217;"): numeric and common named ones.
std::string decode_entities(std::string_view s);
}  // namespace newsarchive::parse

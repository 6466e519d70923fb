#include "parse/html.hpp"

#include <cctype>
#include <cstdint>
#include <cstring>

#include "core/text.hpp"
#include "parse/app_state.hpp"

namespace newsarchive::parse {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_name_char(char c) { return is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':'; }

// Position of the case-insensitive `needle` (lower-case) at or after `from`, or npos.
std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) {
  if (needle.empty()) return from;
  while (from < s.size()) {
    const void* hit = std::memchr(s.data() + from, '<', s.size() - from);
    if (!hit) return std::string_view::npos;
    std::size_t i = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
    if (i + needle.size() > s.size()) return std::string_view::npos;
    bool ok = true;
    for (std::size_t k = 1; k < needle.size() && ok; ++k) ok = lower(s[i + k]) == needle[k];
    if (ok) return i;
    from = i + 1;
  }
  return std::string_view::npos;
}

// End of a start or end tag beginning at `lt` (index after '>'), honouring quotes.
std::size_t tag_end(std::string_view s, std::size_t lt) {
  char quote = 0;
  for (std::size_t i = lt + 1; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Quotes count only as attribute values (after '='), so stray apostrophes do not swallow the page.
      std::size_t j = i;
      while (j > lt && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\n')) --j;
      if (j > lt && s[j - 1] == '=') quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return s.size();
}

// Elements whose nesting counts towards the depth cap: containers that are closed
// explicitly in real pages (not p, li, td..., whose end tags are often implied).
bool counts_for_depth(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "div", "span", "section", "article", "main", "aside", "header", "footer", "nav", "a", "b", "i",
      "u", "s", "em", "strong", "font", "small", "big", "table", "tbody", "ul", "ol", "dl", "blockquote",
      "figure", "form", "center", "sup", "sub", "code", "label", "mark", "cite", "q", "abbr", "time",
      "button", "picture", "details", "summary", "fieldset", "object", "nobr", "tt", "strike"};
  for (auto n : kNames)
    if (name == n) return true;
  return false;
}

}  // namespace

void GumboOutputDeleter::operator()(GumboOutput* out) const noexcept {
  if (out) gumbo_destroy_output(&kGumboDefaultOptions, out);
}

Prepared prepare_html(std::string_view s, int max_depth) {
  Prepared p;
  p.html.reserve(s.size());  // never larger than the input; growing by doubling would briefly hold 1.5x
  int depth = 0;
  int dropped = 0;
  std::size_t i = 0;
  std::string name;
  while (i < s.size()) {
    const void* hit = std::memchr(s.data() + i, '<', s.size() - i);
    if (!hit) {
      p.html.append(s.substr(i));
      break;
    }
    std::size_t lt = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
    p.html.append(s.substr(i, lt - i));
    if (s.compare(lt, 4, "<!--") == 0) {
      std::size_t end = s.find("-->", lt + 4);
      i = end == std::string_view::npos ? s.size() : end + 3;
      continue;
    }
    bool closing = lt + 1 < s.size() && s[lt + 1] == '/';
    std::size_t n0 = lt + (closing ? 2 : 1);
    if (n0 >= s.size() || !is_alpha(s[n0])) {
      p.html.push_back('<');
      i = lt + 1;
      continue;
    }
    std::size_t n1 = n0;
    name.clear();
    while (n1 < s.size() && is_name_char(s[n1]) && n1 - n0 < 16) name.push_back(lower(s[n1++]));
    std::size_t end = tag_end(s, lt);
    std::string_view tag = s.substr(lt, end - lt);
    if (!closing && (name == "script" || name == "style" || name == "svg" || name == "template" ||
                     name == "textarea" || name == "noembed")) {
      std::string close = "</" + name;
      std::size_t body_end = ifind(s, close, end);
      if (name == "script") {
        std::string_view body = s.substr(end, (body_end == std::string_view::npos ? s.size() : body_end) - end);
        if (icontains(tag, "ld+json"))
          p.json_ld.emplace_back(body);
        else if (looks_like_app_state(body))
          p.app_state.emplace_back(body);
      }
      if (body_end == std::string_view::npos) break;
      i = tag_end(s, body_end);
      continue;
    }
    bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    if (counts_for_depth(name) && !self_closing) {
      if (!closing) {
        if (depth >= max_depth) {
          ++dropped;
          i = end;
          continue;
        }
        ++depth;
      } else if (dropped > 0) {
        --dropped;
        i = end;
        continue;
      } else if (depth > 0) {
        --depth;
      }
    }
    p.html.append(tag);
    i = end;
  }
  return p;
}

GumboOutputPtr parse_html(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // error records cost time and memory; we never read them
  return GumboOutputPtr(gumbo_parse_with_options(&options, html.data(), html.size()));
}

std::string_view attr(const GumboNode* node, const char* name) {
  if (!is_element(node)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

bool has_attr(const GumboNode* node, const char* name) {
  return is_element(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

std::string_view tag_name(const GumboNode* node) {
  if (!is_element(node)) return {};
  const GumboElement& e = node->v.element;
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  gumbo_tag_from_original_text(&piece);
  return std::string_view(piece.data, piece.length);
}

bool within(const GumboNode* n, const GumboNode* ancestor) {
  for (; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

bool holds_tag(const GumboNode* n, GumboTag tag) {
  bool found = false;
  for_each_element(n, [&](const GumboNode* e) {
    found = found || tag_of(e) == tag;
    return !found;
  });
  return found;
}

const GumboNode* document_of(const GumboNode* n) {
  while (n->parent) n = n->parent;
  return n;
}

const GumboVector* children_of(const GumboNode* node) {
  static const GumboVector kEmpty{nullptr, 0, 0};
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) return &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return &kEmpty;
}

namespace {

// A link or block element: where its edge meets a word, segmented_text() marks it.
bool marked(const GumboNode* n) {
  switch (tag_of(n)) {
    case GUMBO_TAG_A: case GUMBO_TAG_DIV: case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ADDRESS:
      return true;
    // A span named for what it holds ("c-byline__role", "c-byline__location") is a part of
    // its own; a bare span may be a piece of a word.
    case GUMBO_TAG_SPAN:
      return !attr(n, "class").empty();
    default:
      return false;
  }
}

// A span holding a piece of one name: named for it (hCard's "given-name", "family-name",
// "firstname"), or a single word inside a link (a writer's page: "<a><span>Kari</span>
// <span>Nordvik</span></a>"; a role beside the name, "<span class=role>Senior Reporter",
// stays a part of its own). It parts only what it glues, as a link does.
bool name_part_span(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
    if (tag_of(p) == GUMBO_TAG_A) {
      std::string text = text_content(n, 80);
      return !text.empty() && text.find(' ') == std::string::npos;
    }
    if (tag_of(p) != GUMBO_TAG_SPAN) break;
  }
  std::string cls = to_lower_ascii(attr(n, "class"));
  for (std::string_view w : {"firstname", "first-name", "lastname", "last-name", "given-name", "family-name", "surname"})
    if (cls.find(w) != std::string::npos) return true;
  return false;
}

constexpr char kEdge = '\x01';   // where a marked link starts or ends
constexpr char kBlock = '\x02';  // where a marked block starts or ends
const GumboNode kBlockEnd{};      // on raw_text()'s stack: a marked block ends here

// An element named for a place or a date ("c-byline__location", "c-byline__date"): in a
// byline it holds no name.
bool names_place_or_date(const GumboNode* n) {
  std::string_view cls = attr(n, "class");
  if (cls.empty() || cls.size() > 200) return false;
  std::string word;
  for (std::size_t i = 0; i <= cls.size(); ++i) {
    char c = i < cls.size() ? static_cast<char>(std::tolower(static_cast<unsigned char>(cls[i]))) : ' ';
    if (c == ' ' || c == '-' || c == '_') {
      for (std::string_view w : {"location", "dateline", "date", "dates", "timestamp", "time", "datetime"})
        if (word == w) return true;
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return false;
}

// The subtree's text, iteratively, up to about `cap` bytes. Segmented: without <time>,
// <script>, <style>, <noscript> and <button> (`names_only`: nor elements named for a place or
// a date), and with kEdge at each marked element's edges.
std::string raw_text(const GumboNode* node, std::size_t cap, bool segmented, bool names_only = false) {
  std::string raw;
  // A null entry stands for the end of a marked element.
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty() && raw.size() < cap) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!n || n == &kBlockEnd) {
      raw.push_back(n ? kBlock : kEdge);
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      raw.append(n->v.text.text);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = n->v.element.tag;
      if (segmented && (tag == GUMBO_TAG_TIME || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE ||
                        tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_BUTTON || (names_only && n != node && names_place_or_date(n))))
        continue;
      // A line break parts a byline from the date under it ("By Jane Doe<br>Posted: ...").
      if (tag == GUMBO_TAG_BR) raw.append(segmented ? " | " : " ");
      // So does a block's start: "14:32 IST</div><div class=share>Share" is no "ISTShare".
      if (!segmented && n != node && !raw.empty() && is_block_tag(tag)) raw.push_back(' ');
      if (segmented && n != node && marked(n)) {
        bool edge = tag == GUMBO_TAG_A || (tag == GUMBO_TAG_SPAN && name_part_span(n));
        raw.push_back(edge ? kEdge : kBlock);
        stack.push_back(edge ? nullptr : &kBlockEnd);
      }
    }
    const GumboVector* kids = children_of(n);
    for (unsigned i = kids->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
  }
  return raw;
}

}  // namespace

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

std::string text_content(const GumboNode* node, std::size_t cap) {
  return collapse_whitespace(raw_text(node, cap, false));
}

LinkText link_text(const GumboNode* node, std::size_t cap, std::size_t long_link) {
  LinkText out;
  for_each_element(node, [&](const GumboNode* e) {
    if (tag_of(e) != GUMBO_TAG_A) return true;
    std::size_t n = text_content(e, cap).size();
    out.bytes += n;
    out.count += 1;
    out.long_links += n >= long_link;
    return false;
  });
  return out;
}

bool text_exceeds(const GumboNode* node, std::size_t bytes) {
  std::size_t seen = 0, visited = 0;
  // A subtree of thousands of elements is large whatever its text (and reading all of it for
  // every ancestor of a deep nest made a hostile page quadratic).
  const std::size_t max_nodes = 4 * bytes + 256;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    if (++visited > max_nodes) return true;
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      seen += std::strlen(n->v.text.text);
      if (seen > bytes) return true;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector* kids = children_of(n);
    for (unsigned i = 0; i < kids->length; ++i) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
  }
  return false;
}

std::string_view leading_text(const GumboNode* node, int max_nodes) {
  // Pre-order without a stack (this runs for most elements of a page): down to the first
  // child, else on to the next sibling of the nearest ancestor below `node` that has one.
  const GumboNode* n = node;
  for (int seen = 0; n && seen < max_nodes; ++seen) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      std::string_view t = trim(std::string_view(n->v.text.text));
      if (!t.empty()) return t;
    } else if (n->type == GUMBO_NODE_ELEMENT && tag_of(n) != GUMBO_TAG_SCRIPT && tag_of(n) != GUMBO_TAG_STYLE &&
               n->v.element.children.length > 0) {
      n = static_cast<const GumboNode*>(n->v.element.children.data[0]);
      continue;
    }
    while (n != node) {
      const GumboNode* parent = n->parent;
      const GumboVector* kids = children_of(parent);
      std::size_t next = n->index_within_parent + 1;
      if (next < kids->length) {
        n = static_cast<const GumboNode*>(kids->data[next]);
        break;
      }
      n = parent;
    }
    if (n == node) return {};
  }
  return {};
}

std::string segmented_text(const GumboNode* node, std::size_t cap, bool names_only) {
  std::string raw = raw_text(node, cap, true, names_only);
  // Only an edge that would glue two words gets a mark; one beside a space is that space.
  auto space_at = [](std::string_view s, std::size_t at) {  // an ASCII space or a no-break space
    return std::isspace(static_cast<unsigned char>(s[at])) || s.compare(at, 2, "\xC2\xA0") == 0 ||
           (at > 0 && s.compare(at - 1, 2, "\xC2\xA0") == 0);
  };
  std::string out;
  out.reserve(raw.size());
  auto edge = [](char c) { return c == kEdge || c == kBlock; };
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (!edge(raw[i])) {
      out.push_back(raw[i]);
      continue;
    }
    // A block's edge parts the texts on either side even across the source's spaces
    // ("<div>Jane Doe</div>\n<div>John Roe</div>" are two lines).
    std::size_t end = i;
    bool block = false;
    while (end < raw.size() && (edge(raw[end]) || std::isspace(static_cast<unsigned char>(raw[end])))) {
      block = block || raw[end] == kBlock;
      ++end;
    }
    if (block) {
      bool text_before = out.find_first_not_of(" \t\n\r\f\v") != std::string::npos;
      while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
      out.append(text_before && end < raw.size() ? " | " : " ");
      i = end - 1;
      continue;
    }
    std::size_t next = raw.find_first_not_of(kEdge, i);
    bool glued = !out.empty() && !space_at(out, out.size() - 1) && next != std::string::npos && !space_at(raw, next);
    if (glued) out.append(" | ");
    i = (next == std::string::npos ? raw.size() : next) - 1;
  }
  return collapse_whitespace(out);
}

}  // namespace newsarchive::parse

namespace newsarchive::parse {

std::string decode_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  struct Named {
    std::string_view name;
    char32_t cp;
  };
  static constexpr Named kNamed[] = {
      {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
      {"nbsp", 0xA0},     {"shy", 0xAD},       {"mdash", 0x2014},   {"ndash", 0x2013},   {"hellip", 0x2026},
      {"rsquo", 0x2019},  {"lsquo", 0x2018},   {"rdquo", 0x201D},   {"ldquo", 0x201C},   {"bdquo", 0x201E},
      {"sbquo", 0x201A},  {"laquo", 0xAB},     {"raquo", 0xBB},     {"copy", 0xA9},      {"reg", 0xAE},
      {"euro", 0x20AC},   {"auml", 0xE4},      {"ouml", 0xF6},      {"uuml", 0xFC},      {"Auml", 0xC4},
      {"Ouml", 0xD6},     {"Uuml", 0xDC},      {"szlig", 0xDF},     {"eacute", 0xE9},    {"egrave", 0xE8},
      {"ecirc", 0xEA},    {"aacute", 0xE1},    {"agrave", 0xE0},    {"acirc", 0xE2},     {"iacute", 0xED},
      {"oacute", 0xF3},   {"uacute", 0xFA},    {"ntilde", 0xF1},    {"ccedil", 0xE7},    {"Eacute", 0xC9},
      {"ocirc", 0xF4},    {"icirc", 0xEE},     {"ucirc", 0xFB},     {"aring", 0xE5},     {"oslash", 0xF8},
      {"aelig", 0xE6},    {"Aring", 0xC5},     {"Oslash", 0xD8},    {"AElig", 0xC6},     {"middot", 0xB7},
      {"bull", 0x2022},   {"trade", 0x2122},   {"deg", 0xB0},       {"iuml", 0xEF},      {"euml", 0xEB},
      {"Ccedil", 0xC7},    {"Egrave", 0xC8},    {"Aacute", 0xC1},    {"Oacute", 0xD3},    {"Uacute", 0xDA},
      {"Iacute", 0xCD},   {"Ntilde", 0xD1},    {"otilde", 0xF5},    {"atilde", 0xE3},    {"igrave", 0xEC},
      {"ograve", 0xF2},   {"ugrave", 0xF9},    {"Agrave", 0xC0},    {"yacute", 0xFD},    {"thorn", 0xFE},
      {"eth", 0xF0},      {"times", 0xD7},     {"divide", 0xF7},    {"pound", 0xA3},     {"yen", 0xA5},
      {"cent", 0xA2},     {"sect", 0xA7},      {"para", 0xB6},      {"iexcl", 0xA1},     {"iquest", 0xBF},
      {"ordm", 0xBA},     {"ordf", 0xAA},      {"frac12", 0xBD},    {"prime", 0x2032},   {"#39", '\''},
      {"thinsp", 0x2009}, {"ensp", 0x2002},    {"emsp", 0x2003},    {"zwj", 0x200D},     {"zwnj", 0x200C}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      std::size_t semi = s.find(';', i + 1);
      if (semi != std::string_view::npos && semi - i <= 10 && semi > i + 1) {
        std::string_view name = s.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (name[0] == '#') {
          bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
          std::uint32_t v = 0;
          bool ok = name.size() > (hex ? 2u : 1u);
          for (std::size_t k = hex ? 2 : 1; k < name.size() && ok; ++k) {
            char c = name[k];
            int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                   : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0 || v > 0x10FFFF) ok = false;
            else v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
          }
          if (ok && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) cp = v;
        } else {
          for (const auto& n : kNamed)
            if (n.name == name) cp = n.cp;
        }
        if (cp) {
          append_utf8(out, cp);
          i = semi;
          continue;
        }
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

// An element's class and id, lower-cased, joined by a space: what it is named for.
std::string class_and_id(const GumboNode* n) {
  std::string key = to_lower_ascii(attr(n, "class"));
  key += ' ';
  key += to_lower_ascii(attr(n, "id"));
  // A component's test name says the same ("byline-name", "timestamp__datePublished").
  if (std::string_view testid = attr(n, "data-testid"); !testid.empty()) {
    key += ' ';
    key += to_lower_ascii(testid);
  }
  return key;
}

}  // namespace newsarchive::parse

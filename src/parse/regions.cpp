// Where an element stands: breadcrumbs, teaser cards, figures, comment threads, the story's own container.
#include "parse/regions.hpp"

#include <string>
#include <vector>

#include "core/text.hpp"
#include "parse/class_words.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {

bool attrs_mention(const GumboNode* n, std::string_view word) {
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    std::string_view value(a->value);
    if (icontains(a->name, word) || (value.size() <= 120 && icontains(value, word))) return true;
  }
  return false;
}

bool in_breadcrumb_or_furniture(const GumboNode* n) {
  if (attrs_mention(n, "crumb")) return true;
  int depth = 0;
  for (const GumboNode* p = n->parent; p && p->type == GUMBO_NODE_ELEMENT && depth < 12; p = p->parent, ++depth) {
    GumboTag t = tag_of(p);
    if (t == GUMBO_TAG_NAV || t == GUMBO_TAG_LI || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER) return true;
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_ARTICLE) return false;
    if (attrs_mention(p, "crumb")) return true;
  }
  return false;
}

namespace {

bool within_article(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent)
    if (tag_of(p) == GUMBO_TAG_ARTICLE) return true;
  return false;
}

bool footer_element(const GumboNode* p) {
  return tag_of(p) == GUMBO_TAG_FOOTER || icontains(attr(p, "id"), "footer") || icontains(attr(p, "class"), "footer");
}

// A heading of fifteen letters or more below `n` (a story's title, not a logo's site name),
// or more elements than a site's header has.
bool holds_headline(const GumboNode* n) {
  int visited = 0;
  bool found = false;
  for_each_element(n, [&](const GumboNode* e) {
    if (found || ++visited > 2000) return found = true, false;
    GumboTag t = tag_of(e);
    if ((t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2) && utf8_length(collapse_whitespace(text_content(e, 200))) >= 15)
      found = true;
    return !found;
  });
  return found;
}

// The site's header (a <header> or a box named "header" or "masthead" outside the story),
// when it holds no story title: its date is the reader's day.
bool site_header(const GumboNode* p) {
  bool header = tag_of(p) == GUMBO_TAG_HEADER;
  for (const std::string& w : words_of(p).words) {
    if (w == "entry" || w == "article" || w == "post" || w == "story" || w == "content") return false;
    header = header || w == "header" || w == "masthead";
  }
  return header && !holds_headline(p);
}

}  // namespace

bool in_site_clock(const GumboNode* n) {
  int depth = 0;
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT && depth < 6; p = p->parent, ++depth) {
    GumboTag t = tag_of(p);
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_BODY) return false;
    // Whole words of the names ("jeg_top_date", "topbar", "top-strip", "today"; not "usatoday-header").
    const std::vector<std::string> parts = words_of(p).words;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (parts[i] == "today" || parts[i] == "topbar" || parts[i] == "currentdate") return true;
      if (i + 1 < parts.size() && ((parts[i] == "top" && (parts[i + 1] == "bar" || parts[i + 1] == "date" || parts[i + 1] == "strip")) ||
                                   (parts[i] == "current" && parts[i + 1] == "date")))
        return true;
    }
  }
  return false;
}

bool in_site_header(const GumboNode* n) {
  int depth = 0;
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT && depth < 6; p = p->parent, ++depth) {
    GumboTag t = tag_of(p);
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_BODY) return false;
    if (site_header(p)) return true;
  }
  return false;
}

bool in_teaser(const GumboNode* n) {
  int depth = 0;
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT && depth < 10; p = p->parent, ++depth) {
    GumboTag t = tag_of(p);
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN) return false;
    if (p != n && (t == GUMBO_TAG_A || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_NAV)) return true;
    // A page's footer, not a story's own (<article>...<footer>Written by ...</footer>).
    if (p != n && t == GUMBO_TAG_FOOTER && !within_article(p)) return true;
    std::string key = to_lower_ascii(attr(p, "class"));
    if (key.size() > 300) continue;
    // Drupal flags the story itself "node--promoted" (promoted to the front page).
    if (std::size_t at = key.find("promoted"); at != std::string::npos) key.erase(at, 8);
    for (const char* word : {"teaser", "appetizer", "related", "recommend", "promo", "trending", "popular", "carousel",
                             "swiper", "slider"})
      if (key.find(word) != std::string::npos) return true;
  }
  return false;
}

const GumboNode* author_card_of(const GumboNode* n) {
  bool named = false;
  int depth = 0;
  for (const GumboNode* p = n->parent; p && p->type == GUMBO_NODE_ELEMENT && depth < 6; p = p->parent, ++depth) {
    GumboTag t = tag_of(p);
    if (t == GUMBO_TAG_A || t == GUMBO_TAG_NAV || t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN) return nullptr;
    std::string key = class_and_id(p);
    for (const char* word : {"teaser", "related", "recommend", "promo", "trending", "popular", "carousel", "list",
                             "columnists", "authors"})
      if (key.find(word) != std::string::npos) return nullptr;
    for (const char* word : {"author", "autor", "auteur"}) named = named || key.find(word) != std::string::npos;
    if (t == GUMBO_TAG_ASIDE) return named ? p : nullptr;
  }
  return nullptr;
}

bool in_figure(const GumboNode* n) {
  int depth = 0;
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT && depth < 6; p = p->parent, ++depth)
    if (tag_of(p) == GUMBO_TAG_FIGURE || tag_of(p) == GUMBO_TAG_FIGCAPTION) return true;
  return false;
}

bool in_footer(const GumboNode* n) {
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent)
    if (footer_element(p)) return true;
  return false;
}

bool in_story(const GumboNode* n) {
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
    GumboTag t = tag_of(p);
    std::string_view cls = attr(p, "class");
    if (footer_element(p)) return false;
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || icontains(cls, "article") || icontains(cls, "story") ||
        icontains(cls, "entry"))
      return true;
  }
  return false;
}

namespace {

// A class or id token that names a comment thread: "comments", "comment-list",
// "wp-comments"; not "commentary" (opinion pieces) or a flag like "comments-open".
bool names_comments(std::string_view list) {
  for (auto tok : split(list, ' ')) {
    std::string t = to_lower_ascii(trim(tok));
    if (t.find("talkback") != std::string::npos) return true;  // Israeli sites' name for readers' comments
    // SPIP's readers' forum under the story ("forum", "forum-fil", "forum-message").
    if (t == "forum" || t == "forum-fil" || t == "forum-message" || t == "forum-texte" || t == "forum-chapo")
      return true;
    // Readers' comments named in the site's language: Welsh "sylwadau", Basque "iruzkinak",
    // Catalan "comentaris", Hungarian "hozzaszolasok", Turkish "yorumlar".
    for (std::string_view local : {"sylwadau", "iruzkinak", "comentaris", "hozzaszolas", "yorumlar"})
      if (t.find(local) != std::string::npos) return true;
    std::size_t at = t.find("comment");
    if (at == std::string::npos || t.compare(at, 10, "commentary") == 0) continue;
    bool flag = false;
    for (std::string_view f : {"-open", "-enabled", "-closed", "-count"})
      flag = flag || (t.size() >= f.size() && t.compare(t.size() - f.size(), f.size(), f) == 0);
    if (!flag) return true;
  }
  return false;
}

}  // namespace

bool in_comments(const GumboNode* n) {
  int depth = 0;
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT && depth < 12; p = p->parent, ++depth) {
    if (tag_of(p) == GUMBO_TAG_BODY) return false;
    if (names_comments(attr(p, "class")) || names_comments(attr(p, "id"))) return true;
  }
  return false;
}

bool mentions_any(const GumboNode* n, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (attrs_mention(n, w)) return true;
  return false;
}

}  // namespace newsarchive::parse

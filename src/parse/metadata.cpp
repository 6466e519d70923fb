// One walk over the document for <meta>, <link>, <title>, <h1>, <time>, microdata and bylines.
#include "parse/metadata.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <utility>

#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {
namespace {

std::string lower_attr(const GumboNode* n, const char* name) { return to_lower_ascii(trim(attr(n, name))); }

bool has_token(std::string_view list, std::string_view token) {
  for (auto part : split(list, ' '))
    if (iequals(trim(part), token)) return true;
  return false;
}

// An element's class and id, lower-cased, joined by a space: what it is named for.
std::string class_and_id(const GumboNode* n) {
  std::string key = to_lower_ascii(attr(n, "class"));
  key += ' ';
  key += to_lower_ascii(attr(n, "id"));
  return key;
}

// class and id, for byline spotting.
bool is_byline_element(const GumboNode* n) {
  std::string key = class_and_id(n);
  if (key.size() > 300) return false;
  // English, German/Spanish/Italian/Polish ("autor", "autore"), French ("auteur"), Spanish
  // and Italian "firma", Turkish "yazar", Indonesian "penulis", and "signature".
  bool named = false;
  for (std::string_view w : {"author", "byline", "autor", "writer", "auteur", "firma", "signature", "yazar", "penulis"})
    named = named || key.find(w) != std::string::npos;
  if (!named) return false;
  if (key.find("authori") != std::string::npos) return false;  // "authority-control", "authorization"
  // Author boxes and bios hold prose, avatars and links, not the byline.
  for (const char* no : {"bio", "avatar", "image", "img", "photo", "social", "follow", "more", "list", "about",
                         "description", "comment", "bild", "foto", "credit", "caption", "copyright"})
    if (key.find(no) != std::string::npos) return false;
  return true;
}

// Attribute names and short values mention `word` (ASCII, lower-case): class, id, data-*, aria-label.
bool attrs_mention(const GumboNode* n, std::string_view word) {
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    std::string_view value(a->value);
    if (icontains(a->name, word) || (value.size() <= 120 && icontains(value, word))) return true;
  }
  return false;
}

// A heading in a breadcrumb trail, navigation, list or sidebar: sites put an SEO copy of
// the title there, while readers see the headline further down.
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

bool mentions_any(const GumboNode* n, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (attrs_mention(n, w)) return true;
  return false;
}

// Heading text without a kicker set as its own first child element
// (<h2><span class="kicker">Olympia</span><span class="headline">Headline</span></h2>).
std::string heading_text(const GumboNode* h) {
  std::vector<const GumboNode*> parts;
  const GumboVector* kids = children_of(h);
  for (unsigned i = 0; i < kids->length; ++i) {
    const auto* c = static_cast<const GumboNode*>(kids->data[i]);
    if (c->type == GUMBO_NODE_TEXT && !trim(c->v.text.text).empty()) return text_content(h, 4096);  // one phrase
    if (is_element(c) && !iequals(attr(c, "aria-hidden"), "true") && !text_content(c, 4096).empty())
      parts.push_back(c);
  }
  if (parts.size() >= 2) {
    std::string first = text_content(parts.front(), 4096), last = text_content(parts.back(), 4096);
    bool marked = mentions_any(parts.front(), {"kicker", "catchline", "overline", "dachzeile", "topline", "roofline",
                                               "eyebrow", "supertitle", "pretitle", "spitzmarke", "titleheader"}) ||
                  mentions_any(parts.back(), {"headline", "title"});
    if (marked && last.size() > first.size()) return last;
  }
  return text_content(h, 4096);
}

// Inside a teaser card, a related-stories list or page furniture: a byline there names
// another story's writer.
bool in_teaser(const GumboNode* n) {
  int depth = 0;
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT && depth < 10; p = p->parent, ++depth) {
    GumboTag t = tag_of(p);
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN) return false;
    if (p != n && (t == GUMBO_TAG_A || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_NAV)) return true;
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

// Inside a figure or its caption: an image's creator is a photographer, not the writer.
bool in_figure(const GumboNode* n) {
  int depth = 0;
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT && depth < 6; p = p->parent, ++depth)
    if (tag_of(p) == GUMBO_TAG_FIGURE || tag_of(p) == GUMBO_TAG_FIGCAPTION) return true;
  return false;
}

// The text of an element marked as the story's source ("article-source", "quelle") when it
// is a labelled source line: "Bron: BELGA", "Quelle: dpa". Not a chart's or a photo's.
std::optional<std::string> source_line(const GumboNode* n) {
  switch (tag_of(n)) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SPAN: case GUMBO_TAG_SMALL: case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
      break;
    default:
      return std::nullopt;
  }
  if (!mentions_any(n, {"source", "quelle", "bron"}) ||
      mentions_any(n, {"chart", "graphic", "image", "photo", "video", "table"}) || in_figure(n))
    return std::nullopt;
  std::string t = text_content(n, 200);
  if (t.size() > 150) return std::nullopt;
  for (std::string_view label : {"bron:", "quelle:", "source:", "fuente:", "fonte:", "kilde:", "källa:"})
    if (t.size() > label.size() && iequals(std::string_view(t).substr(0, label.size()), label)) return t;
  return std::nullopt;
}

// The link's parent: a rel=author link is itself an <a>, so the teaser test starts above it.
const GumboNode* parent_or_self(const GumboNode* n) {
  return n->parent && n->parent->type == GUMBO_NODE_ELEMENT ? n->parent : n;
}

bool is_author_label(std::string_view key) {
  static constexpr std::string_view kLabels[] = {
      "autor", "autorin", "autoren", "autorin/autor", "autor/in", "autor*in", "autor:in", "autor/en", "author",
      "authors", "written by", "reporter", "auteur", "auteurs", "autore", "autori", "autores", "escrito por",
      "forfatter", "skrevet av", "tekst", "text", "door", "kirjoittaja", "autorzy", "contributors", "yazar",
      "penulis", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", "\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82"};  // Автор, Текст
  for (auto l : kLabels)
    if (key == l) return true;
  return false;
}

// Words that say "published". Not "posted", "updated" or "Stand": those date comments and
// revisions as often as stories.
constexpr std::string_view kDateLabels[] = {
    "datum", "date", "published", "published on", "first published", "ver\xC3\xB6" "ffentlicht",
    "ver\xC3\xB6" "ffentlicht am", "erschienen am", "erstellt", "erstellt am", "publiziert", "publiziert am", "created", "created on", "publi\xC3\xA9", "publi\xC3\xA9 le", "fecha", "publicado",
    "publicado el", "publicado em", "pubblicato", "pubblicato il", "data", "dato", "gepubliceerd", "gepubliceerd op",
    "opublikowano", "publicerad", "publisert", "julkaistu", "data di pubblicazione", "\xEC\x9E\x85\xEB\xA0\xA5",
    "\xEB\xB0\x9C\xED\x96\x89", "\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4",
    "\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xA5\xE6\x9C\x9F", "\xE5\x85\xAC\xE9\x96\x8B\xE6\x97\xA5",
    "\xD0\xBE\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE",
    "yay\xC4\xB1nlanma"};  // 입력 (entered), 발행, 发布时间, 发布日期, 公開日, опубликовано, Turkish

bool is_date_label(std::string_view key) {
  for (auto l : kDateLabels)
    if (key == l) return true;
  return false;
}

bool is_author_preposition(std::string_view key) {
  for (std::string_view w : {"by", "von", "par", "por", "di", "av", "door", "af"})
    if (key == w) return true;
  return false;
}

// Words that say "updated", before a colon: "Aktualizacja: 03.05.2024, 16:20".
bool is_update_label(std::string_view key) {
  static constexpr std::string_view kLabels[] = {
      "updated", "last updated", "aktualisiert", "zuletzt aktualisiert", "aktualizacja", "mis \xC3\xA0 jour",
      "actualizado", "atualizado", "aggiornato", "bijgewerkt", "g\xC3\xBCncelleme", "oppdatert", "uppdaterad",
      "\xEC\x88\x98\xEC\xA0\x95", "\xE6\x9B\xB4\xE6\x96\xB0"};  // 수정, 更新
  for (auto l : kLabels)
    if (key == l) return true;
  return false;
}

enum class Label { none, author, date, update };

// What a label names: "Autor", "By:" (a preposition only before a colon), "Datum",
// "Updated:" (only before a colon).
Label label_kind(std::string_view key, bool before_colon) {
  if (is_author_label(key) || (before_colon && is_author_preposition(key))) return Label::author;
  if (is_date_label(key)) return Label::date;
  if (before_colon && is_update_label(key)) return Label::update;
  return Label::none;
}

struct Labelled {
  Label kind = Label::none;
  std::string value;
};

// The element's text after its first `skip` bytes (the label and colon), when short.
Labelled label_value(const GumboNode* n, std::size_t skip, Label kind) {
  std::string all = text_content(n, 300);
  if (all.size() >= 300 || all.size() <= skip) return {};
  std::string_view rest = trim(std::string_view(all).substr(skip));
  if (!rest.empty() && rest[0] == ':') rest = trim(rest.substr(1));
  if (rest.empty()) return {};
  return {kind, std::string(rest)};
}

// A label and its value, for "Autor: Jane Doe" and "Published 4 May 2024" lines:
//   <li><strong>Autor</strong> Jane Doe</li>   (a label element first)
//   <li>Von: <a>Jane Doe</a>, <a>Max Muster</a></li>   (label text up to a colon)
//   <li>Veröffentlicht am 13. Mai 2026 um 15:44</li>   (a "published" word, no colon)
// Returns what the label names and the text after it; Label::none when the element is no
// such pair or its label names neither authors nor a date.
Labelled label_pair(const GumboNode* n) {
  const GumboVector* kids = children_of(n);
  const GumboNode* first = nullptr;
  for (unsigned i = 0; i < kids->length && !first; ++i) {
    const auto* c = static_cast<const GumboNode*>(kids->data[i]);
    // An icon before the label (<i class="icon-clock"></i>) says nothing.
    bool empty_element = is_element(c) && !text_exceeds(c, 0);
    if (c->type != GUMBO_NODE_WHITESPACE && c->type != GUMBO_NODE_COMMENT && !empty_element) first = c;
  }
  if (!first) return {};
  if (first->type == GUMBO_NODE_TEXT) {
    std::string lead = collapse_whitespace(std::string_view(first->v.text.text).substr(0, 80));
    std::size_t colon = lead.find(':');
    if (colon != std::string::npos && colon < 40)
      if (Label kind = label_kind(to_lower_ascii(trim(std::string_view(lead).substr(0, colon))), true);
          kind != Label::none)
        return label_value(n, colon + 1, kind);
    std::string head = to_lower_ascii(std::string_view(lead).substr(0, 24));
    std::string_view label;
    for (auto l : kDateLabels)  // the longest whole-word label: "published on" over "published"
      if (l.size() > label.size() && head.size() > l.size() && head.compare(0, l.size(), l) == 0 &&
          head[l.size()] == ' ')
        label = l;
    return label.empty() ? Labelled{} : label_value(n, label.size(), Label::date);
  }
  if (!is_element(first)) return {};
  GumboTag t = tag_of(first);
  if (t != GUMBO_TAG_STRONG && t != GUMBO_TAG_B && t != GUMBO_TAG_SPAN && t != GUMBO_TAG_DT && t != GUMBO_TAG_LABEL)
    return {};
  std::string head = text_content(first, 40);
  if (head.empty() || head.size() >= 40) return {};
  std::string key = to_lower_ascii(head);
  bool colon = key.back() == ':';  // <b>By:</b> Jane Doe
  while (!key.empty() && (key.back() == ':' || key.back() == ' ')) key.pop_back();
  Label kind = label_kind(key, colon);
  return kind == Label::none ? Labelled{} : label_value(n, head.size(), kind);
}

// A short line that opens with a byline word in its written case ("By Jane Doe, Staff
// Writer", "Par A et B", "Written by X", "بقلم: X"), its parts apart: bylines that carry no
// author class. Whether names follow is for the author rules to judge.
std::optional<std::string> lead_in_byline(const GumboNode* n) {
  switch (tag_of(n)) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SPAN: case GUMBO_TAG_LI: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_FONT: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
      break;
    default:
      return std::nullopt;
  }
  static constexpr std::string_view kOpeners[] = {"By", "BY", "Written by", "Words by", "Story by", "Reporting by",
                                                  "Par", "Por", "Von", "Di", "Door", "Av", "Af", "Text:", "Texto:",
                                                  "Texte:", "\xD8\xA8\xD9\x82\xD9\x84\xD9\x85"};
  // The opener is a word of its own: "By Jane", "By:", "<span>By</span> <a>Jane</a>".
  auto opens = [](std::string_view t, bool whole) {
    for (auto o : kOpeners) {
      if (!t.starts_with(o)) continue;
      if (t.size() == o.size()) return !whole;
      if (o.back() == ':' || t[o.size()] == ' ' || t[o.size()] == ':' || t.substr(o.size()).starts_with("\xC2\xA0"))
        return !whole || t.size() > o.size() + 2;
    }
    return false;
  };
  // Looked at cheaply first: this runs on every paragraph and container of the page.
  if (!opens(leading_text(n), false) || text_exceeds(n, 400)) return std::nullopt;
  std::string t = segmented_text(n, 240);
  if (t.empty() || t.size() > 200 || !opens(t, true)) return std::nullopt;
  return t;
}

// Inside the story's own container (<article>, <main>, a class naming the article, story
// or entry), not a footer.
bool in_story(const GumboNode* n) {
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
    GumboTag t = tag_of(p);
    std::string_view cls = attr(p, "class");
    if (t == GUMBO_TAG_FOOTER || icontains(attr(p, "id"), "footer") || icontains(cls, "footer")) return false;
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || icontains(cls, "article") || icontains(cls, "story") ||
        icontains(cls, "entry"))
      return true;
  }
  return false;
}

// A class or id token that names a comment thread: "comments", "comment-list",
// "wp-comments"; not "commentary" (opinion pieces) or a flag like "comments-open".
bool names_comments(std::string_view list) {
  for (auto tok : split(list, ' ')) {
    std::string t = to_lower_ascii(trim(tok));
    std::size_t at = t.find("comment");
    if (at == std::string::npos || t.compare(at, 10, "commentary") == 0) continue;
    bool flag = false;
    for (std::string_view f : {"-open", "-enabled", "-closed", "-count"})
      flag = flag || (t.size() >= f.size() && t.compare(t.size() - f.size(), f.size(), f) == 0);
    if (!flag) return true;
  }
  return false;
}

// Inside a comment thread: its "Published ..." lines date readers' comments.
bool in_comments(const GumboNode* n) {
  int depth = 0;
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT && depth < 12; p = p->parent, ++depth) {
    if (tag_of(p) == GUMBO_TAG_BODY) return false;
    if (names_comments(attr(p, "class")) || names_comments(attr(p, "id"))) return true;
  }
  return false;
}

void push_limited(std::vector<std::string>& v, std::string s, std::size_t cap = 8) {
  if (!s.empty() && v.size() < cap) v.push_back(std::move(s));
}

// An element whose class or id says it holds the story's date or its header's details:
// "entry-date", "posted-on", "article-date", "entry-meta". Not an update's or a comment's.
bool is_date_element(const GumboNode* n) {
  switch (tag_of(n)) {
    case GUMBO_TAG_SPAN: case GUMBO_TAG_DIV: case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_TIME: break;
    default: return false;
  }
  std::string key = class_and_id(n);
  if (key.size() > 200) return false;
  // Whole words of the names: "candidate" and "reference-accessdate" are no dates.
  static constexpr std::string_view kYes[] = {"date", "dates", "datetime", "dateline", "datestamp", "timestamp",
                                              "time", "posted", "published", "publish", "pubdate", "postdate",
                                              "meta", "postmeta", "entrymeta", "byline", "data", "fecha", "datum",
                                              "dato", "tarih", "zeit"};
  // "date-today" in a masthead is the reader's day, not the story's.
  static constexpr std::string_view kNo[] = {"update", "updated", "modified", "comment", "comments", "access",
                                             "accessdate", "reading", "bday", "birth", "death", "event",
                                             "today", "current", "weather", "clock"};
  bool dated = false;
  std::size_t i = 0;
  while (i < key.size()) {
    std::size_t j = i;
    while (j < key.size() && std::isalnum(static_cast<unsigned char>(key[j]))) ++j;
    std::string_view word = std::string_view(key).substr(i, j - i);
    if (std::find(std::begin(kNo), std::end(kNo), word) != std::end(kNo)) return false;
    dated = dated || std::find(std::begin(kYes), std::end(kYes), word) != std::end(kYes);
    i = j + 1;
  }
  return dated;
}

// A short date text as shown, unless it states an update ("Updated Feb 16", "Stand:" is
// kept: a last resort, and often the only date a German page prints).
void push_shown_date(PageMeta& m, std::string text) {
  if (text.empty() || text.size() > 90) return;
  std::string low = to_lower_ascii(text);
  // "Updated March 4, 2024" says when the story last changed, and "Published A | Updated B"
  // says both: the update goes to shown_updates, what comes before it stays.
  for (std::string_view label : {"last updated", "updated", "update", "zuletzt aktualisiert", "aktualisiert",
                                 "mis \xC3\xA0 jour", "actualizado", "modified"}) {
    std::size_t at = low.find(label);
    if (at == std::string::npos) continue;
    std::string_view before = trim(std::string_view(text).substr(0, at));
    bool apart = before.empty() || before.back() == '|' || before.back() == ',' || before.back() == '.' ||
                 before.ends_with("\xC2\xB7") || before.ends_with("\xE2\x80\xA2") || before.back() == '-' ||
                 before.back() == '/';
    if (!apart) continue;
    std::string_view after = trim(std::string_view(text).substr(at + label.size()));
    for (std::string_view joint : {":", "on ", "am ", "le ", "el "})
      if (after.starts_with(joint)) after = trim(after.substr(joint.size()));
    push_limited(m.shown_updates, std::string(after), 2);
    while (!before.empty() && !std::isalnum(static_cast<unsigned char>(before.back())) &&
           static_cast<unsigned char>(before.back()) < 0x80)
      before.remove_suffix(1);
    if (before.empty()) return;
    text = std::string(before);
    break;
  }
  push_limited(m.shown_dates, std::move(text), 4);
}

}  // namespace

std::optional<std::string> PageMeta::get(std::string_view key) const {
  auto it = meta.find(key);
  if (it == meta.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

PageMeta collect_metadata(const GumboNode* root, std::string_view page_url, const std::vector<std::string>& json_ld) {
  PageMeta m;
  m.base_url = std::string(page_url);
  bool base_seen = false;
  bool breadcrumb_h1 = false;
  for_each_element(root, [&](const GumboNode* n) {
    switch (tag_of(n)) {
      case GUMBO_TAG_HTML: {
        std::string lang = std::string(trim(attr(n, "lang")));
        if (lang.empty()) lang = std::string(trim(attr(n, "xml:lang")));
        if (!lang.empty()) m.html_lang = lang;
        return true;
      }
      case GUMBO_TAG_BASE:
        if (!base_seen && has_attr(n, "href")) {
          base_seen = true;
          if (auto r = resolve_url(page_url, trim(attr(n, "href")))) m.base_url = *r;
        }
        return false;
      case GUMBO_TAG_META: {
        std::string key = lower_attr(n, "property");
        if (key.empty()) key = lower_attr(n, "name");
        if (key.empty()) key = lower_attr(n, "itemprop");
        if (key.empty()) key = lower_attr(n, "http-equiv");
        if (key.empty()) return false;
        std::string content = collapse_whitespace(decode_entities(attr(n, "content")));
        if (content.empty()) content = collapse_whitespace(decode_entities(attr(n, "value")));
        if (content.empty()) return false;
        if (key == "author" || key == "article:author" || key == "articleauthor" || key == "dc.creator" || key == "dcterms.creator" ||
            key == "parsely-author" || key == "sailthru.author" || key == "byl" || key == "twitter:creator" ||
            key == "dc.contributor")
          push_limited(m.meta_authors, key == "twitter:creator" ? std::string() : content);
        for (auto k : split(key, ' ')) m.meta.emplace(std::string(trim(k)), content);
        return false;
      }
      case GUMBO_TAG_LINK: {
        std::string rel = lower_attr(n, "rel");
        std::string_view href = trim(attr(n, "href"));
        if (href.empty()) return false;
        if (has_token(rel, "canonical") && !m.canonical) {
          if (auto r = resolve_url(m.base_url, href)) m.canonical = *r;
        } else if (has_token(rel, "alternate")) {
          std::string type = lower_attr(n, "type");
          if (type.find("rss+xml") != std::string::npos || type.find("atom+xml") != std::string::npos) {
            if (auto r = resolve_url(m.base_url, href)) push_limited(m.feeds, *r, 64);
          }
        }
        return false;
      }
      case GUMBO_TAG_TITLE:
        if (!m.title_tag) {
          std::string t = text_content(n, 4096);
          if (!t.empty()) m.title_tag = t;
        }
        return false;
      case GUMBO_TAG_H1: {
        std::string t = text_content(n, 4096);
        if (!m.shown_headline && !t.empty()) {
          if (in_breadcrumb_or_furniture(n)) {
            breadcrumb_h1 = true;
          } else {
            m.shown_headline = heading_text(n);
            m.shown_after_breadcrumb = breadcrumb_h1;
          }
        }
        push_limited(m.h1, std::move(t), 4);
        return false;
      }
      case GUMBO_TAG_H2:
        if (breadcrumb_h1 && !m.shown_headline && !in_breadcrumb_or_furniture(n)) {
          std::string t = heading_text(n);
          if (!t.empty()) {
            m.shown_headline = std::move(t);
            m.shown_after_breadcrumb = true;
          }
        }
        break;
      case GUMBO_TAG_TIME: {
        std::string dt = collapse_whitespace(attr(n, "datetime"));
        if (dt.empty()) {
          if (!in_teaser(n) && !in_comments(n)) push_shown_date(m, text_content(n, 100));
          return true;
        }
        std::string ip = lower_attr(n, "itemprop");
        std::string cls = lower_attr(n, "class");
        if (ip == "datemodified") push_limited(m.itemprop_modified, dt);
        else if (ip == "datepublished" || has_attr(n, "pubdate") || cls.find("publish") != std::string::npos)
          push_limited(m.time_published, dt);
        else
          push_limited(m.time_any, dt);
        return true;
      }
      default:
        break;
    }
    std::string_view itemprop = attr(n, "itemprop");
    if (!itemprop.empty()) {
      std::string ip = to_lower_ascii(itemprop);
      if (ip == "datepublished" || ip == "datemodified") {
        std::string v = collapse_whitespace(attr(n, "content"));
        if (v.empty()) v = collapse_whitespace(attr(n, "datetime"));
        if (v.empty()) v = text_content(n, 200);
        push_limited(ip == "datepublished" ? m.itemprop_published : m.itemprop_modified, v);
      } else if (has_token(ip, "author") || has_token(ip, "creator")) {
        std::string name;
        for_each_element(n, [&](const GumboNode* c) {
          if (name.empty() && c != n && iequals(attr(c, "itemprop"), "name")) {
            name = collapse_whitespace(attr(c, "content"));
            if (name.empty()) name = text_content(c, 300);
          }
          return name.empty();
        });
        if (name.empty()) name = collapse_whitespace(attr(n, "content"));
        if (name.empty()) name = text_content(n, 300);
        if (name.size() < 300 && !in_teaser(n) && !in_figure(n)) push_limited(m.itemprop_authors, name);
        return false;
      }
    }
    if (tag_of(n) == GUMBO_TAG_A && has_token(lower_attr(n, "rel"), "author")) {
      if (!in_teaser(parent_or_self(n))) push_limited(m.rel_authors, text_content(n, 300));
      return false;
    }
    switch (tag_of(n)) {
      case GUMBO_TAG_LI: case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SPAN: case GUMBO_TAG_DD:
        if (m.labelled_authors.size() < 4 || m.labelled_dates.size() < 4) {
          auto [kind, value] = label_pair(n);
          if (kind == Label::none || in_teaser(n) || in_comments(n)) break;
          // A site's "Last updated:" in its footer is the site's, not the story's.
          if (kind == Label::update) {
            if (in_story(n)) push_limited(m.shown_updates, std::move(value), 2);
            break;
          }
          push_limited(kind == Label::author ? m.labelled_authors : m.labelled_dates, std::move(value), 4);
        }
        break;
      default:
        break;
    }
    if (m.lead_in_bylines.size() < 4)
      if (auto line = lead_in_byline(n); line && !in_teaser(n) && !in_comments(n) && !in_figure(n))
        m.lead_in_bylines.push_back(std::move(*line));
    if (m.source_lines.size() < 3)
      if (auto line = source_line(n)) m.source_lines.push_back(std::move(*line));
    if (m.shown_dates.size() < 4 && is_date_element(n) && !in_teaser(n) && !in_comments(n))
      push_shown_date(m, text_content(n, 100));
    if (m.byline_texts.size() < 6 && is_byline_element(n) && !in_teaser(n)) {
      std::string t = text_content(n, 400);
      if (!t.empty() && t.size() < 300) {
        m.byline_texts.push_back(t);
        m.byline_parts.push_back(segmented_text(n, 400));
      }
    }
    return true;
  });
  m.jsonld = parse_json_ld(json_ld);
  return m;
}

}  // namespace newsarchive::parse

// Labelled lines ("Autor: Jane Doe", "Published 4 May 2024", "Updated:") and lead-in bylines ("By Jane Doe").
#include "parse/labels.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "parse/date_words.hpp"
#include "parse/datelines.hpp"
#include "parse/html.hpp"
#include "parse/names.hpp"

namespace newsarchive::parse {
namespace {

bool is_author_label(std::string_view key) {
  static constexpr std::string_view kLabels[] = {
      "autor", "autorin", "autoren", "autorin/autor", "autor/in", "autor*in", "autor:in", "autor/en", "author",
      "authors", "written by", "reporter", "auteur", "auteurs", "autore", "autori", "autores", "escrito por",
      "forfatter", "skrevet av", "tekst", "text", "door", "kirjoittaja", "autorzy", "autorka", "contributors", "yazar",
      "\xD9\x86\xD9\x88\xDB\x8C\xD8\xB3\xD9\x86\xD8\xAF\xD9\x87",  // نویسنده (Persian)
      "penulis", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD1\x8B",
      "\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82",  // Автор, Авторы, Текст
      "\xE0\xA4\xB2\xE0\xA5\x87\xE0\xA4\x96\xE0\xA4\x95",  // लेखक (Hindi)
      "\xE0\xA6\xB2\xE0\xA7\x87\xE0\xA6\x96\xE0\xA6\x95",  // লেখক (Bengali)
      "\xCE\xA3\xCF\x85\xCE\xB3\xCE\xB3\xCF\x81\xCE\xB1\xCF\x86\xCE\xAD\xCE\xB1\xCF\x82"};  // Συγγραφέας
  for (auto l : kLabels)
    if (key == l) return true;
  return false;
}

// A "published" word or the word date. Not "posted", "updated" or "Stand": those date
// comments and revisions as often as stories.
bool is_date_label(std::string_view key) {
  const DateWord* w = date_label(key);
  return w && (w->kind == DateWordKind::published || w->kind == DateWordKind::date);
}

bool is_author_preposition(std::string_view key) {
  for (std::string_view w : {"by", "von", "par", "por", "di", "av", "door", "af", "oleh"})
    if (key == w) return true;
  return false;
}

// Words that say "updated", before a colon: "Aktualizacja: 03.05.2024, 16:20".
bool is_update_label(std::string_view key) {
  const DateWord* w = date_label(key);
  return w && w->kind == DateWordKind::updated;
}

// What a label names: "Autor", "By:" (a preposition only before a colon), "Datum",
// "Updated:" (only before a colon).
Label label_kind(std::string_view key, bool before_colon) {
  if (is_author_label(key) || (before_colon && is_author_preposition(key))) return Label::author;
  if (is_date_label(key)) return Label::date;
  if (before_colon && is_update_label(key)) return Label::update;
  return Label::none;
}

// The element's text after its first `skip` bytes (the label and colon), when short. Names
// keep the lines their elements part ("Authors <div>Jane Doe</div> <div>John Roe</div>");
// a date keeps its <time> elements, which segmented text leaves out.
Labelled label_value(const GumboNode* n, std::size_t skip, Label kind) {
  std::string all = text_content(n, 300);
  if (all.size() >= 300 || all.size() <= skip) return {};
  if (kind == Label::author)
    if (std::string parted = segmented_text(n, 300, true); parted.compare(0, skip, all, 0, skip) == 0) all = std::move(parted);
  std::string_view rest = trim(std::string_view(all).substr(skip));
  while (!rest.empty() && (rest[0] == ':' || rest[0] == '|')) rest = trim(rest.substr(1));
  if (rest.empty()) return {};
  return {kind, std::string(rest)};
}

}  // namespace

bool labelled_update(const GumboNode* time) {
  // The text just before the element, skipping whitespace; for a <time> opening its parent
  // ("<dt>, updated</dt><dd><time>"), the text before the parent.
  auto before = [](const GumboNode* n) -> std::string {
    for (const GumboNode* p = n->parent; p; n = p, p = p->parent) {
      for (unsigned i = n->index_within_parent; i-- > 0;) {
        const auto* prev = static_cast<const GumboNode*>(children_of(p)->data[i]);
        if (prev->type == GUMBO_NODE_WHITESPACE || prev->type == GUMBO_NODE_COMMENT) continue;
        if (prev->type == GUMBO_NODE_TEXT) return prev->v.text.text;
        return is_element(prev) ? text_content(prev, 60) : std::string();
      }
      if (tag_of(p) != GUMBO_TAG_DD && tag_of(p) != GUMBO_TAG_SPAN) return {};
    }
    return {};
  };
  // Its last words, without a closing colon or a preposition ("updated on", "aktualisiert
  // am", "mis à jour le"), are an update label.
  std::string text = to_lower_ascii(before(time));
  std::replace(text.begin(), text.end(), ',', ' ');
  std::vector<std::string_view> words;
  for (std::string_view w : split(text, ' '))
    if (!w.empty()) words.push_back(w);
  if (!words.empty() && words.back().ends_with(':')) words.back().remove_suffix(1);
  if (!words.empty() && is_date_preposition(words.back())) words.pop_back();
  std::string key;
  for (std::size_t n = 1; n <= 3 && n <= words.size(); ++n) {
    key = n == 1 ? std::string(words.back()) : std::string(words[words.size() - n]) + ' ' + key;
    if (is_update_label(key)) return true;
  }
  return false;
}

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
    bool posted = false;
    for (const DateWord& w : date_words())  // the longest whole-word label: "first published" over "published"
      if ((w.kind == DateWordKind::published || w.kind == DateWordKind::date || w.kind == DateWordKind::posted) &&
          w.word.size() > label.size() &&
          head.size() > w.word.size() && head.compare(0, w.word.size(), w.word) == 0 && head[w.word.size()] == ' ') {
        label = std::string_view(head).substr(0, w.word.size());
        posted = w.kind == DateWordKind::posted;
      }
    // "Posted April 6, 1998" under an old page's byline; not a comment's "Posted by Joe on ...".
    if (posted) {
      Labelled v = label_value(n, label.size(), Label::date);
      return v.kind != Label::none && !istarts_with(v.value, "by") && parse_date_loose(v.value) ? v : Labelled{};
    }
    // and the preposition after it: "published on", "veröffentlicht am"
    if (std::size_t next = label.size() + 1, end = head.find(' ', next);
        !label.empty() && end != std::string::npos && is_date_preposition(std::string_view(head).substr(next, end - next)))
      label = std::string_view(head).substr(0, end);
    return label.empty() ? Labelled{} : label_value(n, label.size(), Label::date);
  }
  if (!is_element(first)) return {};
  GumboTag t = tag_of(first);
  if (t != GUMBO_TAG_STRONG && t != GUMBO_TAG_B && t != GUMBO_TAG_SPAN && t != GUMBO_TAG_DT && t != GUMBO_TAG_LABEL)
    return {};
  std::string head = text_content(first, 40);
  if (head.empty() || head.size() >= 40) return {};
  std::string key = to_lower_ascii(trim(head));
  // <b>By:</b> Jane Doe; the BBC's "<span>Author, </span><span>Jane Doe</span>", in Persian
  // and Arabic with their comma ("نویسنده، ").
  std::string_view arabic_comma = "\xD8\x8C";
  bool colon = key.back() == ':' || key.back() == ',' || key.ends_with(arabic_comma);
  while (!key.empty() && (key.back() == ':' || key.back() == ' ' || key.back() == ','))
    key.pop_back();
  if (key.ends_with(arabic_comma)) key.resize(key.size() - arabic_comma.size());
  Label kind = label_kind(key, colon);
  return kind == Label::none ? Labelled{} : label_value(n, head.size(), kind);
}

bool is_cjk_reporter_line(std::string_view t) {
  t = trim(t);
  if (!(t.starts_with("\xE8\xA8\x98\xE8\x80\x85") || t.starts_with("\xE8\xAE\xB0\xE8\x80\x85")) ||  // 記者 记者
      utf8_length(t) > 40)
    return false;
  return t.ends_with("\xE5\xA0\xB1\xE5\xB0\x8E") || t.ends_with("\xE6\x8A\xA5\xE9\x81\x93") ||  // 報導 报道
         t.find("\xEF\xBC\x8F") != std::string_view::npos;                                             // ／
}

bool is_cjk_reporter_signoff(std::string_view t, const std::vector<std::string>& writers) {
  t = trim(t);
  if (writers.empty() || t.empty() || utf8_length(t) > 40) return false;
  std::size_t at = std::string_view::npos;
  for (std::string_view title : {"\xE8\xA8\x98\xE8\x80\x85", "\xE8\xAE\xB0\xE8\x80\x85"})  // 記者 记者
    if (std::size_t f = t.find(title); f != std::string_view::npos) at = std::min(at, f + title.size());
  // Before the title at most the paper's short name, no sentence: "新京报", "本报".
  if (at == std::string_view::npos || utf8_length(t.substr(0, at)) > 10 ||
      t.substr(0, at).find("\xEF\xBC\x8C") != std::string_view::npos)  // ，
    return false;
  std::string rest;  // the names, separated by spaces: "、", "，", no-break spaces and commas become one
  for (std::string_view r = t.substr(at); !r.empty();) {
    std::size_t skip = 0;
    for (std::string_view sep : {"\xE3\x80\x81", "\xEF\xBC\x8C", "\xC2\xA0", ","})  // 、 ， nbsp
      if (r.starts_with(sep)) skip = sep.size();
    rest += skip ? ' ' : r.front();
    r.remove_prefix(skip ? skip : 1);
  }
  std::vector<std::string_view> names = split(rest, ' ');
  std::erase_if(names, [](std::string_view n) { return n.empty(); });
  return !names.empty() && std::all_of(names.begin(), names.end(), [&](std::string_view n) {
    return std::find(writers.begin(), writers.end(), n) != writers.end();
  });
}

std::optional<std::string> lead_in_byline(const GumboNode* n) {
  switch (tag_of(n)) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SPAN: case GUMBO_TAG_LI: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_FONT: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
      break;
    default:
      return std::nullopt;
  }
  static constexpr std::string_view kOpeners[] = {"By", "BY", "Written by", "Words by", "Story by", "Reporting by",
                                                  "Par", "Por", "Von", "Di", "Door", "Av", "Af", "Oleh", "Gan", "Daga", "Qoraa", "Egilea", "Text:", "Texto:",
                                                  "Laporan Wartawan", "Laporan Reporter", "\xD7\x9E\xD7\x90\xD7\xAA",  // מאת
                                                  "\xE1\x9E\x8A\xE1\x9F\x84\xE1\x9E\x99\xE1\x9F\x96",  // Khmer ដោយ៖ ("by:")
                                                  "Texte:", "\xD8\xA8\xD9\x82\xD9\x84\xD9\x85",  // بقلم
                                                  "\xD9\x83\xD8\xAA\xD8\xA8\xD8\xAA", "\xD9\x83\xD8\xAA\xD8\xA8"};  // كتبت كتب
  // The opener is a word of its own: "By Jane", "By:", "<span>By</span> <a>Jane</a>".
  auto opens = [](std::string_view t, bool whole) {
    for (auto o : kOpeners) {
      if (!t.starts_with(o)) continue;
      if (t.size() == o.size()) return !whole;
      if (o.back() == ':' || o.ends_with("\xE1\x9F\x96") || t[o.size()] == ' ' || t[o.size()] == ':' || t.substr(o.size()).starts_with("\xC2\xA0"))
        return !whole || t.size() > o.size() + 2;
    }
    return false;
  };
  if (tag_of(n) == GUMBO_TAG_P && is_cjk_reporter_line(leading_text(n)) && !text_exceeds(n, 200)) {
    std::string t = text_content(n, 200);
    if (is_cjk_reporter_line(t)) return t;
  }
  // Looked at cheaply first: this runs on every paragraph and container of the page.
  // Old and student pages print it lower-case ("<b>by Rachel Emmerich</b>"): then only a short
  // line whose next word is capitalised, as a name is.
  auto lower_by = [](std::string_view t) {
    return t.size() > 4 && t.size() <= 80 && t.starts_with("by ") && std::isupper(static_cast<unsigned char>(t[3]));
  };
  // (In the bold or small type of a byline only: "<p>by Light Rail</p>" under a heading is a way there.)
  const bool styled = tag_of(n) == GUMBO_TAG_B || tag_of(n) == GUMBO_TAG_STRONG || tag_of(n) == GUMBO_TAG_EM ||
                      tag_of(n) == GUMBO_TAG_FONT || tag_of(n) == GUMBO_TAG_SMALL;
  if (std::string_view lead = leading_text(n);
      !(opens(lead, false) || (styled && lead.starts_with("by ") && !text_exceeds(n, 80))) || text_exceeds(n, 400))
    return std::nullopt;
  std::string t = segmented_text(n, 240);
  if (t.empty() || t.size() > 200 || !(opens(t, true) || (styled && lower_by(t)))) return std::nullopt;
  return t;
}

namespace {

// The bold element a paragraph opens with ("<p><strong>Name</strong>..."), blank text before
// it aside; null when it opens otherwise. `at`: its index among the children.
const GumboNode* opening_bold(const GumboNode* p, std::size_t* at = nullptr) {
  if (!p || tag_of(p) != GUMBO_TAG_P) return nullptr;
  const GumboVector* kids = children_of(p);
  for (std::size_t i = 0; i < kids->length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids->data[i]);
    if (k->type == GUMBO_NODE_WHITESPACE) continue;
    if (at) *at = i;
    return tag_of(k) == GUMBO_TAG_STRONG || tag_of(k) == GUMBO_TAG_B ? k : nullptr;
  }
  return nullptr;
}

// The element before (`step` -1) or after (+1) `n` among its parent's children, or null.
const GumboNode* element_sibling(const GumboNode* n, int step) {
  if (!n->parent) return nullptr;
  const GumboVector* around = children_of(n->parent);
  for (long k = static_cast<long>(n->index_within_parent) + step; k >= 0 && k < static_cast<long>(around->length); k += step)
    if (const auto* c = static_cast<const GumboNode*>(around->data[k]); c->type == GUMBO_NODE_ELEMENT) return c;
  return nullptr;
}

}  // namespace

std::optional<std::string> print_byline(const GumboNode* p) {
  if (tag_of(p) != GUMBO_TAG_P || text_exceeds(p, 120)) return std::nullopt;
  const GumboVector* kids = children_of(p);
  std::size_t i = 0;
  const GumboNode* bold = opening_bold(p, &i);
  if (!bold || ++i >= kids->length || tag_of(static_cast<const GumboNode*>(kids->data[i])) != GUMBO_TAG_BR)
    return std::nullopt;
  std::string name = collapse_whitespace(text_content(bold, 80));
  if (!is_person_name(name) || is_org_like(name)) return std::nullopt;
  // Not an entry of a listing, whose neighbour paragraph has the same shape ("<strong>Riverside
  // Farmers Market</strong><br>Oak Street, June 14" beside the next market).
  if (opening_bold(element_sibling(p, -1)) || opening_bold(element_sibling(p, +1))) return std::nullopt;
  std::size_t name_words = words(name).size();
  if (name_words < 2 || name_words > 4 || std::any_of(name.begin(), name.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == ':';
      }))
    return std::nullopt;
  // After the break: "Ludhiana, March 2", "ਲੁਧਿਆਣਾ, 2 ਮਾਰਚ" (a place of one to three words, a day).
  std::string rest;
  for (++i; i < kids->length; ++i) rest += text_content(static_cast<const GumboNode*>(kids->data[i]), 80);
  rest = collapse_whitespace(rest);
  std::size_t comma = rest.rfind(',');
  if (comma == std::string::npos || rest.size() > 80) return std::nullopt;
  std::string place(trim(std::string_view(rest).substr(0, comma)));
  std::string day = fold_digits(trim(std::string_view(rest).substr(comma + 1)));
  std::size_t place_words = words(place).size();
  if (place_words < 1 || place_words > 3 || !is_date_only(day, utf8_length(day))) return std::nullopt;
  return name;
}

}  // namespace newsarchive::parse

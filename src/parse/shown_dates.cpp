// What a page shows of its dates: the elements named for the story's date or update and
// the stamps they print ("Posted on April 2, 2024 | Updated April 3"), split into the
// published and the updated part.
#include "parse/shown_dates.hpp"

#include <algorithm>
#include <iterator>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "parse/datelines.hpp"
#include "parse/date_words.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {

void push_limited(std::vector<std::string>& v, std::string s, std::size_t cap) {
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
                                              "dato", "tarih", "zeit", "newsdate", "articledate", "storydate",
                                              "entrydate", "itemdate", "createdate", "createddate"};
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
    // A compound ending in one of them: "newsStoryDate", "mainArticleDate".
    for (std::string_view head : {"storydate", "articledate", "newsdate", "postdate", "publishdate", "pubdate"})
      dated = dated || (word.size() > head.size() && word.ends_with(head));
    i = j + 1;
  }
  return dated;
}


// An element named for the story's update: "is-last-update", "article-updated",
// "date-modified". Not one a comment's.
bool is_update_element(const GumboNode* n) {
  GumboTag t = tag_of(n);
  if (t != GUMBO_TAG_SPAN && t != GUMBO_TAG_DIV && t != GUMBO_TAG_P && t != GUMBO_TAG_TIME) return false;
  std::string key = class_and_id(n);
  if (key.size() > 200 || key.find("comment") != std::string::npos) return false;
  for (std::string_view w : {"update", "modified"})
    if (key.find(w) != std::string::npos) return true;
  return false;
}

namespace {

// The bytes of the mark that parts two stamps on one line, when `s` ends with one: "|", ",",
// "/", "-", "·", "•"; 0 otherwise.
std::size_t stamp_mark(std::string_view s) {
  for (std::string_view mark : {"|", ",", "/", "-", "\xC2\xB7", "\xE2\x80\xA2"})
    if (s.ends_with(mark)) return mark.size();
  return 0;
}

}  // namespace

std::optional<std::string> split_update(std::string& text) {
  std::string low = to_lower_ascii(text);
  // The update words, then English "update" alone ("Update: 14:02"; too common in prose to
  // label a line elsewhere), after the "updated" it begins.
  static const std::vector<std::string_view> labels = [] {
    std::vector<std::string_view> v;
    for (const DateWord& w : date_words())
      if (w.kind == DateWordKind::updated) v.push_back(w.word);
    v.push_back("update");
    return v;
  }();
  for (std::string_view label : labels) {
    std::size_t at = low.find(label);
    if (at == std::string::npos) continue;
    std::string_view before = trim(std::string_view(text).substr(0, at));
    bool apart = before.empty() || stamp_mark(before) || before.back() == '.' || before.back() == '(' ||
                 // "Mar 3, 2024 Updated Mar 4, 2024": a whole date before it parts them too
                 parse_date_loose(before);
    std::string_view after = trim(std::string_view(text).substr(at + label.size()));
    for (std::string_view joint : {":", "on ", "am ", "le ", "el "})
      if (after.starts_with(joint)) after = trim(after.substr(joint.size()));
    // "Edit this page Last updated on Aug 19, 2024" (a docs page's meta row): words but no date
    // before the label, a date after it: the row states the update only.
    if (!apart && !parse_date_loose(after)) continue;
    std::string update(after);
    if (!apart) before = {};
    // "Updated March 4, 8:40 a.m. | Published March 3, 9:15 p.m.": the update comes first and
    // the published date after it stays the line's.
    std::string low_after = to_lower_ascii(update);
    for (const DateWord& w : date_words()) {
      if (w.kind != DateWordKind::published) continue;
      std::size_t p = low_after.find(w.word);
      if (p == std::string::npos || p == 0) continue;
      std::string_view head = trim(std::string_view(update).substr(0, p));
      std::size_t mark = head.ends_with(";") ? 1 : stamp_mark(head);
      if (mark == 0) continue;
      text = update.substr(p);
      head.remove_suffix(mark);
      return std::string(trim(head));
    }
    while (!before.empty() && !std::isalnum(static_cast<unsigned char>(before.back())) &&
           static_cast<unsigned char>(before.back()) < 0x80)
      before.remove_suffix(1);
    text = std::string(before);
    return update;
  }
  return std::nullopt;
}

// A short date text as shown, unless it states an update ("Updated Feb 16", "Stand:" is
// kept: a last resort, and often the only date a German page prints).
void push_shown_date(PageMeta& m, std::string text) {
  // Letters, not bytes (Thai takes three a letter); a line stating both dates may be twice as long.
  if (text.empty() || utf8_length(text) > 180) return;
  // A clock time alone ("16:05" in a ticker of breaking news) names no day: it must not
  // fill the places of the story's dateline further down.
  if (std::string_view t = trim(text); t.size() <= 8 && std::all_of(t.begin(), t.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.' || c == ' ' || c == 'a' ||
               c == 'p' || c == 'm' || c == 'A' || c == 'P' || c == 'M';
      }))
    return;
  // "Updated March 4, 2024" says when the story last changed, and "Published A | Updated B"
  // says both: the update goes to shown_updates, what comes before it stays.
  if (auto update = split_update(text); update && utf8_length(*update) <= 90)
    push_limited(m.shown_updates, std::move(*update), 2);
  if (!text.empty() && utf8_length(text) <= 90) push_limited(m.shown_dates, std::move(text), 4);
}

// What an update's element shows: "27 settembre 2024 (modifica il 28 settembre 2024)"
// states both dates, split as any shown date; a bare date is the update's.
void push_shown_update(PageMeta& m, std::string text) {
  // "posted on April 21, 2015" in an element named "update_posted_time" is no update.
  std::string low = lower_utf8(text);
  for (const DateWord& w : date_words())
    if ((w.kind == DateWordKind::published || w.kind == DateWordKind::posted) && low.starts_with(w.word)) return;
  std::size_t updates = m.shown_updates.size();
  std::size_t dates = m.shown_dates.size();
  push_shown_date(m, text);
  if (m.shown_updates.size() > updates) return;
  m.shown_dates.resize(dates);  // no update word: the whole text is the update
  push_limited(m.shown_updates, std::move(text), 2);
}

// The kind of the word a stamp opens with: "Posted: Tuesday, March 10, 2026 at 4:15 pm",
// "Son Güncelleme: 22.11.2026 09:10"; nullopt for other text.
std::optional<DateWordKind> stamp_kind(const std::string& t) {
  if (!looks_like_dateline(t, utf8_length(t))) return std::nullopt;
  std::string low = lower_utf8(t);
  for (const DateWord& w : date_words())
    if (w.opens_stamp && low.starts_with(w.word)) return w.kind;
  return std::nullopt;
}

}  // namespace newsarchive::parse

#pragma once
// The words pages print beside a story's dates ("Published", "Aktualisiert am", "Stand:",
// "입력"), in the languages the extractor reads: one table for the label, dateline, shown-date
// and byline rules, each of which picks the kinds and uses it needs.
#include <span>
#include <string_view>

namespace newsarchive::parse {

enum class DateWordKind : unsigned char {
  published,  // "published", "veröffentlicht", "publié", "입력"
  updated,    // "updated", "aktualisiert", "mis à jour", "수정"
  posted,     // "posted": dates comments and revisions as often as stories
  as_of,      // "Stand:": the state of a German page, often its only date
  date,       // "Datum", "date", "fecha": the word date itself
};

struct DateWord {
  std::string_view word;  // lower-case
  DateWordKind kind;
  // Whether a short line opening with it is a stamp ("Published March 3, 2024"). Not words
  // that also open prose or credits ("Created by", "Update: police said", "수정안").
  bool opens_stamp;
};

// Every word, multi-word ones ("last updated", "mis à jour") before the single words they hold.
std::span<const DateWord> date_words();

// The kind of a whole lower-case label ("published", "veröffentlicht am", "zuletzt
// aktualisiert"), a closing preposition allowed; nullptr when it is none.
const DateWord* date_label(std::string_view key);

// "on", "am", "le", "el", ...: the preposition between a date word and its date.
bool is_date_preposition(std::string_view word);

}  // namespace newsarchive::parse

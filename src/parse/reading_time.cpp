// Reading times as sites print them beside a story: "4 min read", "Lesedauer: 6 Min",
// "3' di lettura", "1612文字".
#include "parse/reading_time.hpp"

#include <cctype>
#include <string>

#include "core/text.hpp"

namespace newsarchive::parse {

const std::vector<std::string_view>& reading_labels() {
  static const std::vector<std::string_view> labels{
    "lesezeit", "lesedauer", "reading time", "read time", "leestijd", "leesduur", "lesetid", "lukuaika",
    "temps de lecture", "tiempo de lectura", "tempo di lettura", "tempo de leitura", "czas czytania",
    "l\xC3\xA4stid", "l\xC3\xA6setid", "lecture"};  // lästid læsetid
  return labels;
}

bool reading_time(std::string_view low) {
  std::string t = collapse_whitespace(low);
  // The separators of a meta row left before it: "• • 4 minute read".
  for (std::string_view mark : {"\xE2\x80\xA2", "\xC2\xB7", "|", "-", " "})
    while (t.starts_with(mark)) t.erase(0, mark.size()), t = collapse_whitespace(t);
  for (std::string_view label : reading_labels())
    if (t.rfind(label, 0) == 0) {
      std::string_view rest = trim(std::string_view(t).substr(label.size()));
      if (rest.starts_with(':')) rest = trim(rest.substr(1));
      t = collapse_whitespace(rest);
      break;
    }
  // The count in words: "Two minute read", Arabic's dual "دقيقتان للقراءة" (two minutes to read).
  static constexpr std::string_view kCounts[] = {"one ", "two ", "three ", "four ", "five ", "six ", "seven ",
                                                 "eight ", "nine ", "ten ", "\xD8\xAF\xD9\x82\xD9\x8A\xD9\x82\xD8\xAA\xD8\xA7\xD9\x86 "};  // دقيقتان
  for (auto count : kCounts)
    if (t.rfind(count, 0) == 0) {
      std::string_view rest = std::string_view(t).substr(count.size());
      std::string_view arabic_read = "\xD9\x84\xD9\x84\xD9\x82\xD8\xB1\xD8\xA7\xD8\xA1\xD8\xA9";  // للقراءة
      return rest == arabic_read || (!rest.empty() && reading_unit_at_end(rest) == rest.size());
    }
  std::size_t digits = 0;
  while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
  if (digits == 0 || digits > 5) return false;
  std::string_view rest = trim(std::string_view(t).substr(digits));
  // Minutes as a prime: "3' di lettura", "4’ read".
  for (std::string_view prime : {"'", "\xE2\x80\x99", "\xE2\x80\xB2"})
    if (rest.rfind(prime, 0) == 0) {
      std::string_view unit = trim(rest.substr(prime.size()));
      for (std::string_view u : {"di lettura", "lettura", "read", "de lectura", "de lecture", "lesezeit", "leestijd"})
        if (unit == u) return true;
    }
  // Or the story's length, as Japanese papers print it: "1612文字".
  if (rest == "\xE6\x96\x87\xE5\xAD\x97") return true;
  if (digits > 3) return false;
  // A bare unit after a label or alone ("4 min"); a line this short is nothing else.
  for (std::string_view unit : {"min", "min.", "mins", "minute", "minutes", "minuten", "mn", "minutos", "minuti",
                                "minut", "minuty", "minuter", "minutter", "minuuttia", "dk", "dakika", "menit"})
    if (rest == unit) return true;
  return !rest.empty() && reading_unit_at_end(rest) == rest.size();
}

std::size_t reading_unit_at_end(std::string_view low) {
  static constexpr std::string_view kUnits[] = {
      "min read", "mins read", "minute read", "minutes read", "minuti di lettura", "min di lettura",
      "minutos de lectura", "min de lectura", "minutos de leitura", "min de leitura", "min lesezeit",
      "min. lesezeit", "minuten lesezeit", "minuters l\xC3\xA4sning", "min l\xC3\xA4sning", "min lesetid",
      "minutter lesetid", "minuutin lukuaika", "min de lecture", "minutes de lecture", "min leestijd",
      "minuten leestijd", "mins to read", "min to read", "minutes to read", "mn de lecture",
      "\xD0\xBC\xD0\xB8\xD0\xBD \xD1\x87\xD1\x82\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F",  // мин чтения
      "dk okuma", "dakika okuma", "min czytania", "minut czytania", "menit baca", "menit membaca",
      "perc olvas\xC3\xA1s", "min \xC4\x8Dten\xC3\xAD", "minut \xC4\x8Dten\xC3\xAD",
      "\xD8\xAF\xD9\x82\xD8\xA7\xD8\xA6\xD9\x82 \xD9\x84\xD9\x84\xD9\x82\xD8\xB1\xD8\xA7\xD8\xA1\xD8\xA9",  // دقائق للقراءة
      "\xD8\xAF\xD9\x82\xD9\x8A\xD9\x82\xD8\xA9 \xD9\x84\xD9\x84\xD9\x82\xD8\xB1\xD8\xA7\xD8\xA1\xD8\xA9"};  // دقيقة للقراءة
  for (auto u : kUnits)
    if (low.ends_with(u) && (low.size() == u.size() || low[low.size() - u.size() - 1] == ' ')) return u.size();
  return 0;
}

namespace {

// The length of a story's age that opens `low` ("hace 3 horas", "3 hours ago", "il y a 2
// jours", "vor 5 Minuten", "há 1 hora", "2 ore fa"), or 0.
std::size_t age_at_start(std::string_view low) {
  static constexpr std::string_view kBefore[] = {"hace ", "il y a ", "vor ", "h\xC3\xA1 ", "about "};
  static constexpr std::string_view kAfter[] = {" ago", " fa", " geleden", " sitten", " temu", " sedan", " siden"};
  static constexpr std::string_view kUnits[] = {"second", "segundo", "seconde", "sekunde", "minute", "minuto", "minuten",
                                                "min", "hour", "hora", "heure", "stunde", "ora", "ore", "uur", "day",
                                                "d\xC3\xAD\x61", "dia", "jour", "tag", "giorn", "dag"};
  std::string_view t = low;
  std::size_t start = 0;
  bool needs_ago = true;  // "3 hours" alone, or "about 3 hours", is no age without its "ago"
  for (std::string_view b : kBefore)
    if (t.starts_with(b)) {
      start = b.size();
      needs_ago = b == "about ";
      break;
    }
  std::size_t i = start;
  while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == start || i - start > 2 || i >= t.size() || t[i] != ' ') return 0;
  std::size_t unit_end = t.find(' ', i + 1);
  std::string_view unit = t.substr(i + 1, unit_end == std::string_view::npos ? std::string_view::npos : unit_end - i - 1);
  bool known = false;
  for (std::string_view u : kUnits) known = known || unit.starts_with(u);
  if (!known) return 0;
  std::size_t end = unit_end == std::string_view::npos ? t.size() : unit_end;
  if (!needs_ago) return end;  // "hace 3 horas", "vor 5 minuten"
  for (std::string_view a : kAfter)
    if (t.substr(end).starts_with(a)) return end + a.size();
  return 0;
}

}  // namespace

bool age_and_reading_time(std::string_view low) {
  std::string t = collapse_whitespace(low);
  std::size_t age = age_at_start(t);
  std::string_view rest = trim(std::string_view(t).substr(age));
  for (std::string_view mark : {"\xE2\x80\xA2", "\xC2\xB7", "|", "-", ","})
    if (rest.starts_with(mark)) rest = trim(rest.substr(mark.size()));
  if (rest.empty()) return age > 0;
  return reading_time(rest);
}

}  // namespace newsarchive::parse

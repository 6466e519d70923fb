// Date stamps among the body's blocks: datelines ("Published March 3, 2024 | Updated ...") and lone dates.
#include "parse/datelines.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "parse/body.hpp"
#include "parse/date_words.hpp"
#include "parse/lines.hpp"
#include "parse/names.hpp"
#include "parse/reading_time.hpp"

namespace newsarchive::parse {
namespace {

// Words that are not a stamp's own ("published on", "at", a month) make a sentence: three
// in lower case ("The new vote is set for Feb. 13, 2024."), or two, one in lower case, in a
// line ending with a full stop ("Return it by Jan. 31, 2024.").
bool reads_as_sentence(std::string_view t) {
  static constexpr std::string_view kStampWords[] = {
      "published", "updated", "posted", "modified", "on", "at", "by", "am", "pm", "a.m.", "p.m.", "um", "uhr",
      "le", "de", "del", "el", "à", "of", "and", "last", "zuletzt", "aktualisiert", "stand",
      "ver\xC3\xB6" "ffentlicht", "erschienen", "first", "originally", "et", "est", "edt", "gmt", "utc",
      "publié", "mis", "jour", "publicado", "actualizado", "a", "las", "alle", "kl", "klo", "om", "às", "o"};
  int lower = 0, other = 0;
  for (std::string_view w : split(t, ' ')) {
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w.front()))) continue;
    std::string low = to_lower_ascii(w);
    if (month_from_word(low) || is_weekday_name(low)) continue;
    if (std::find(std::begin(kStampWords), std::end(kStampWords), low) != std::end(kStampWords)) continue;
    (std::islower(static_cast<unsigned char>(w.front())) ? lower : other) += 1;
  }
  return lower >= 3 || (lower >= 1 && lower + other >= 2 && !t.empty() && t.back() == '.');
}

// A letter of a word: ASCII letters and code points of other scripts, not symbols or punctuation
// ("·", "—", "×", CJK punctuation).
bool word_codepoint(char32_t c) {
  if (c < 0x80) return std::isalpha(static_cast<int>(c)) != 0;
  return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F);
}

// The line without a reading time at its end: "10 Marzo 2024 alle 12:02 2 minuti di
// lettura" -> "10 Marzo 2024 alle 12:02".
std::string_view without_reading_time(std::string_view t) {
  std::string low = lower_utf8(t);
  if (std::size_t unit = reading_unit_at_end(low); unit > 0 && low.size() == t.size()) {
    std::string_view head = trim(t.substr(0, t.size() - unit));
    std::size_t digits = 0;
    while (digits < head.size() && std::isdigit(static_cast<unsigned char>(head[head.size() - 1 - digits]))) ++digits;
    if (digits == 0 || digits > 3) return t;
    head.remove_suffix(digits);
    head = trim(head);
    while (!head.empty() && (head.back() == '|' || head.back() == '-' || head.back() == ',' || head.back() == '.'))
      head = trim(head.substr(0, head.size() - 1));
    return head;
  }
  return t;
}

// "Published ...", "Publié le ...", "Stand: ...".
bool opens_stamp(std::string_view low) {
  for (const DateWord& w : date_words())
    if (w.opens_stamp && low.starts_with(w.word)) return true;
  return false;
}

}  // namespace

std::string_view without_byline_remnant(std::string_view t) {
  // (Dashes, bars and commas go as marks below, before any word.)
  static const std::unordered_set<std::string> kRemnant{"&", "by", "door", "von", "par", "por", "af", "av", "di", "da",
                                                        "and", "en", "und", "et", "y", "e", "og", "och", "i"};
  t = trim(t);
  while (!t.empty()) {
    if (t.front() == '-' || t.front() == '|' || t.front() == ',') {
      t = trim(t.substr(1));
      continue;
    }
    std::size_t end = t.find(' ');
    if (end == std::string_view::npos || !kRemnant.count(lower_utf8(t.substr(0, end)))) break;
    t = trim(t.substr(end));
  }
  return t;
}

bool looks_like_dateline(const std::string& line, std::size_t chars) {
  // A stamp in parentheses with its word at either end, as CJK pages print it:
  // "（3/14 19:02 更新）", "(2024.03.14 입력)".
  if (chars <= 40) {
    std::string_view inner = trim(std::string_view(line));
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}})
      if (inner.starts_with(open) && inner.ends_with(close) && inner.size() > open.size() + close.size()) {
        inner = trim(inner.substr(open.size(), inner.size() - open.size() - close.size()));
        for (const DateWord& w : date_words()) {
          if (w.kind != DateWordKind::published && w.kind != DateWordKind::updated) continue;
          std::string_view rest = inner;
          if (rest.starts_with(w.word)) rest.remove_prefix(w.word.size());
          else if (rest.ends_with(w.word)) rest.remove_suffix(w.word.size());
          else continue;
          rest = trim(rest);
          if (!rest.empty() && is_date_only(rest, utf8_length(rest))) return true;
        }
        break;
      }
  }
  const std::string t(without_reading_time(line));
  if (t.empty()) return false;
  // A stamp dressed as a sentence at the story's foot: "This story was originally published
  // March 6, 2025 at 5:00 AM." (not "... originally appeared in The Atlantic").
  if (chars <= 100) {
    std::string low = lower_utf8(t);
    for (std::string_view lead : {"this story was originally published ", "this article was originally published ",
                                  "this story was published ", "this article was published ", "originally published "})
      if (low.starts_with(lead)) {
        std::string_view rest = trim(std::string_view(t).substr(lead.size()));
        if (rest.ends_with('.')) rest.remove_suffix(1);
        if (rest.starts_with("on ")) rest.remove_prefix(3);
        if (!rest.empty() && is_date_only(rest, utf8_length(rest))) return true;
      }
  }
  if (t.size() < line.size()) chars = utf8_length(t);
  if (chars > 60) {
    if (chars > 160) return false;
    // Two stamps joined by a comma: "Publié le 01/05/2026 à 08:15, mis à jour le 01/05/2026 à 11:42".
    std::string low = lower_utf8(t);
    if (opens_stamp(low) && !reads_as_sentence(t)) {
      for (const DateWord& w : date_words())
        if (w.kind == DateWordKind::updated && low.find(w.word, 1) != std::string::npos) return true;
    }
  }
  // Stamps side by side: "Published March 3, 2024 at 6:00 a.m. | Updated March 4, ...",
  // "10.3. 14:15 | Päivitetty 10.3. 15:02". With `loose`, a meta row's dots that part a date
  // from what went (a byline, a reading time) with no spaces: "·March 19, 2024·".
  auto stamps_apart = [&](std::string_view mark, bool loose) {
    int stamps = 0;
    for (std::string_view piece : split(t, mark)) {
      std::string part(trim(piece));
      std::size_t n = utf8_length(part);
      if (part.empty() && loose) continue;
      if (part.empty() || !(looks_like_dateline(part, n) || is_date_only(part, n))) return false;
      ++stamps;
    }
    return stamps > 0;
  };
  if (chars <= 160)
    for (std::string_view mark : {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 "})
      if (t.find(mark) != std::string::npos) {
        if (stamps_apart(mark, false)) return true;
        if (chars > 60) return false;
        break;
      }
  if (chars <= 100)
    for (std::string_view mark : {"\xC2\xB7", "\xE2\x80\xA2"})
      if (t.find(mark) != std::string::npos && stamps_apart(mark, true)) return true;
  // A date, then an update stamp, side by side with no mark between: "07-11-25, 17:52
  // Laatste update: 07-11-25, 19:30" (a reading time after them already went).
  if (chars <= 120) {
    std::string low = lower_utf8(t);
    for (const DateWord& w : date_words()) {
      if (w.kind != DateWordKind::updated) continue;
      std::size_t at = low.find(w.word, 1);
      if (at == std::string::npos || low.size() != t.size()) continue;
      // A word that also opens prose ("Aktualizacja systemu") labels a stamp with its colon.
      if (!w.opens_stamp && low.compare(at + w.word.size(), 1, ":") != 0) continue;
      std::string before(trim(std::string_view(t).substr(0, at)));
      while (!before.empty() && (before.back() == ',' || before.back() == '|' || before.back() == '-')) before.pop_back();
      std::string after(trim(std::string_view(t).substr(at)));
      // The place the story was filed from may open the row: "Essen 21.11.2026, 00:45 Uhr".
      std::string_view dated = before;
      if (!is_date_only(dated, utf8_length(dated)))
        if (std::size_t space = dated.find(' '); space != std::string_view::npos && space <= 24 &&
                                                 std::isupper(static_cast<unsigned char>(dated.front())))
          dated = trim(dated.substr(space + 1));
      if (!dated.empty() && is_date_only(dated, utf8_length(dated)) && looks_like_dateline(after, utf8_length(after)))
        return true;
    }
  }
  if (chars > 60) return false;
  if (parse_date_loose(t) && !reads_as_sentence(t)) return true;
  std::string low = lower_utf8(t);
  // A stamp states its date: not "Published in partnership with ProPublica." or "Updated
  // to include the ministry's reply.", a credit and an editor's note the story keeps.
  if (opens_stamp(low) && !reads_as_sentence(t)) return true;
  // A live page's stamp: "Live: last update 02:47 GMT. Refresh for the latest.", "This
  // page was last updated: 12:04", "Ukraine live | Last updated 10:32". No lead-in but
  // furniture, then the words, then nothing but a time or date up to the sentence's end:
  // not "The last update at 5pm showed 12 cases", "Figures were last updated at 9am" or
  // "since the last update in FFF-277".
  static constexpr std::string_view kLastUpdate[] = {"last updated", "last update", "zuletzt aktualisiert",
                                                     "derni\xC3\xA8re mise \xC3\xA0 jour",
                                                     "\xC3\xBAltima actualizaci\xC3\xB3n",
                                                     "\xC3\x9Altima actualizaci\xC3\xB3n"};
  static constexpr std::string_view kClockWords[] = {"am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest",
                                                     "et", "est", "edt", "pt", "pst", "pdt", "uhr", "h", "mez", "mesz"};
  // The lead-in is furniture: "Live", "This page was", a title before a mark.
  auto furniture = [](std::string_view lead) {
    while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
    return lead.empty() || lead == "live" || lead == "live:" || lead == "this page was" || lead == "page" ||
           lead.back() == '|' || lead.back() == ':' || lead.back() == '-';
  };
  for (auto w : kLastUpdate) {
    std::size_t at = low.find(w);
    if (at == std::string::npos || !furniture(std::string_view(low).substr(0, at))) continue;
    std::string_view rest = std::string_view(low).substr(at + w.size());
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
    for (std::string_view joint : {"at ", "on ", "um ", "am ", "le ", "\xC3\xA0 "})
      if (rest.rfind(joint, 0) == 0) rest.remove_prefix(joint.size());
    if (rest.empty() || !std::isdigit(static_cast<unsigned char>(rest.front()))) continue;
    std::string_view stamp = rest.substr(0, std::min({rest.find(". "), rest.find(" |"), rest.find(" - ")}));
    while (!stamp.empty() && (stamp.back() == '.' || stamp.back() == ' ')) stamp.remove_suffix(1);
    if (is_date_only(stamp, utf8_length(stamp))) return true;
    bool clock = true;
    for (std::string_view token : split(stamp, ' ')) {
      while (!token.empty() && (token.back() == '.' || token.back() == ',')) token.remove_suffix(1);
      bool digits = !token.empty() && std::isdigit(static_cast<unsigned char>(token.front())) &&
                    token.find_first_not_of("0123456789:.apmh") == std::string_view::npos;
      if (!digits && std::find(std::begin(kClockWords), std::end(kClockWords), token) == std::end(kClockWords))
        clock = false;
    }
    if (clock) return true;
  }
  return false;
}

bool is_date_only(std::string_view t, std::size_t chars) {
  if (chars > 40) return false;
  static constexpr std::string_view kClock[] = {"am", "pm", "a", "p", "m", "at", "um", "uhr", "h", "de", "del", "le",
                                                "\xC3\xA0", "\xC3\xA0s", "alle", "om", "kl", "klo", "godz",  // à às
                                                "utc", "gmt", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst",
                                                "pdt", "bst", "cet", "cest", "mez", "mesz", "ist", "aest"};
  static constexpr std::string_view kShortDays[] = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                                                    "sat", "sun"};
  static constexpr std::string_view kOrdinals[] = {"st", "nd", "rd", "th", "er", "e"};
  // "Vandaag, 05:30", "Heute, 14:02", "Yesterday 9:15": a day named relative to the reader's.
  static constexpr std::string_view kRelativeDays[] = {
      "today", "yesterday", "vandaag", "gisteren", "heute", "gestern", "aujourd", "hier", "hoy", "ayer", "oggi",
      "ieri", "hoje", "ontem", "idag", "ig\xC3\xA5r", "dzisiaj", "wczoraj", "t\xC3\xA4n\xC3\xA4\xC3\xA4n", "eilen", "dnes",
      "v\xC4\x8D" "era"};
  bool calendar_word = false, relative_day = false;
  std::vector<int> numbers;      // the values of the numbers, in order
  std::vector<char> separators;  // the punctuation before each number after the first ('\0' for none)
  char last_punct = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t start = i;
    char32_t cp = next_codepoint(t, i);
    if (cp < 0x80 && std::isdigit(static_cast<int>(cp))) {
      int value = 0;
      std::size_t n = 0;
      for (i = start; i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])); ++i, ++n)
        if (n < 4) value = value * 10 + (t[i] - '0');  // a longer run is no date: refused below
      if (n > 4) return false;
      if (!numbers.empty()) separators.push_back(last_punct);
      numbers.push_back(value);
      last_punct = 0;
    } else if (word_codepoint(cp)) {
      std::size_t end = i;
      for (std::size_t k = end; end < t.size() && word_codepoint(next_codepoint(t, k)); k = end) end = k;
      i = end;
      std::string w = to_lower_ascii(t.substr(start, end - start));
      bool known = false;
      if (month_from_word(w) || is_weekday_name(w) ||
          std::find(std::begin(kShortDays), std::end(kShortDays), w) != std::end(kShortDays)) {
        calendar_word = true;
        known = true;
      }
      known = known || std::find(std::begin(kClock), std::end(kClock), w) != std::end(kClock);
      // The CJK date's own marks after each number: "2026年11月19日 19時05分", "2026년 11월 19일".
      for (std::string_view mark : {"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5", "\xE6\x99\x82", "\xE5\x88\x86",
                                    "\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC"})  // 年 月 日 時 分 년 월 일
        if (w == mark && start > 0 && std::isdigit(static_cast<unsigned char>(t[start - 1]))) known = calendar_word = true;
      if (!known && std::find(std::begin(kRelativeDays), std::end(kRelativeDays), lower_utf8(w)) != std::end(kRelativeDays))
        known = relative_day = true;
      // "20th", "1er": a suffix right after the day's digits.
      known = known || (start > 0 && std::isdigit(static_cast<unsigned char>(t[start - 1])) &&
                        std::find(std::begin(kOrdinals), std::end(kOrdinals), w) != std::end(kOrdinals));
      if (!known) return false;
      last_punct = 0;
    } else if (cp == '.' || cp == '/' || cp == '-' || cp == ':') {
      last_punct = static_cast<char>(cp);
    } else if (cp != ' ' && cp != ',') {
      last_punct = ' ';
    }
  }
  if (numbers.empty()) return false;
  if (relative_day) return numbers.size() == 2 && separators[0] == ':' && numbers[0] <= 23 && numbers[1] <= 59;
  bool has_day = std::any_of(numbers.begin(), numbers.end(), [](int n) { return n >= 1 && n <= 31; });
  if (calendar_word) return has_day;
  // "20.11." and "20.11.26": a day and a month written with dots and a final dot, or with a
  // short year. "14/7" and "1 / 5" stay: a score, a fraction or a gallery counter.
  // "10.3. 14:15": a day and a month with its final dot, then the time.
  if (numbers.size() == 4 && separators[0] == '.' && separators[1] == '.' && separators[2] == ':')
    return numbers[0] >= 1 && numbers[0] <= 31 && numbers[1] >= 1 && numbers[1] <= 12 && numbers[2] <= 23 &&
           numbers[3] <= 59;
  // "3/14 19:02" and "2025/03/14 19:02" (CJK pages' stamps): a day and a month, or a full
  // date, with slashes, dots or dashes, then the time.
  auto day_month = [](int a, int b) { return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12); };
  if (numbers.size() == 4 && separators[0] == '/' && separators[1] == '\0' && separators[2] == ':')
    return day_month(numbers[0], numbers[1]) && numbers[2] <= 23 && numbers[3] <= 59;
  // "07-11-25, 17:52", "07.11.2025 17:52": day, month, year, then the time.
  if (numbers.size() == 5 && numbers[0] <= 31 && separators[0] == separators[1] &&
      (separators[0] == '.' || separators[0] == '-' || separators[0] == '/') && separators[3] == ':' &&
      (numbers[2] <= 99 || numbers[2] >= 1990))
    return day_month(numbers[0], numbers[1]) && numbers[3] <= 23 && numbers[4] <= 59;
  if (numbers.size() == 5 && numbers[0] >= 1990 && separators[0] == separators[1] &&
      (separators[0] == '/' || separators[0] == '.' || separators[0] == '-') && separators[2] == '\0' &&
      separators[3] == ':')
    return day_month(numbers[1], numbers[2]) && numbers[3] <= 23 && numbers[4] <= 59;
  if (numbers.size() < 2 || numbers.size() > 3 || separators[0] != '.') return false;
  if (numbers.size() == 2 ? last_punct != '.' : separators[1] != '.') return false;
  int a = numbers[0], b = numbers[1];
  return a >= 1 && b >= 1 && a <= 31 && b <= 12;
}

bool place_credit_line(std::string_view t) {
  t = trim(t);
  if (t.empty() || utf8_length(t) > 60) return false;
  std::size_t dash = std::string_view::npos, dash_len = 0;
  for (std::string_view d : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "})
    if (std::size_t at = t.find(d); at != std::string_view::npos && at < dash) dash = at, dash_len = d.size();
  if (dash == std::string_view::npos) return false;
  const std::vector<std::string> place = words(t.substr(0, dash));
  if (place.empty() || place.size() > 3) return false;
  for (std::string_view w : place) {
    if (!starts_upper(w)) return false;
    for (char c : w)
      if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',') return false;
  }
  std::string rest(t.substr(dash + dash_len));
  std::replace(rest.begin(), rest.end(), '/', ',');
  std::vector<std::string_view> parts = split(rest, ',');
  if (parts.empty() || parts.size() > 4) return false;
  // One short name after the dash is as often a fixture's other side ("Real Madrid - PSG"):
  // newsrooms come two or more, or with a name of several words ("MMC RTV SLO").
  if (parts.size() == 1 && words(parts[0]).size() < 2) return false;
  for (std::string_view part : parts) {
    part = trim(part);
    if (part.empty()) return false;
    bool capitals = true;
    for (std::size_t i = 0; i < part.size();) {
      char32_t c = next_codepoint(part, i);
      capitals = capitals && (c == ' ' || c == '-' || is_upper_letter(c) || (c >= '0' && c <= '9'));
    }
    if (!capitals && !is_org_like(part)) return false;
  }
  return true;
}

}  // namespace newsarchive::parse

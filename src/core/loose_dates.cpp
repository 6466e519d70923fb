// Dates as pages print them: "December 19, 2016 6:42 pm", "19. Dezember 2016", "2016年12月19日",
// "13 مئی ، 2024", read from tokens of numbers, words and marks (parse_date_loose).
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <limits>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/text.hpp"

namespace newsarchive {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Splits into tokens: numbers, words, and punctuation marks that matter (':', '/', '.', '-').
struct Token {
  enum Kind { number, word, punct } kind;
  std::string text;
};

// Commas of other scripts, which part a date's words as ',' does: Arabic and Urdu "،",
// the full-width "，" and the ideographic "、".
std::size_t comma_length(std::string_view s, std::size_t i) {
  for (std::string_view comma : {"\xD8\x8C", "\xEF\xBC\x8C", "\xE3\x80\x81"})
    if (s.substr(i, comma.size()) == comma) return comma.size();
  return 0;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::size_t comma = comma_length(s, i)) {
      i += comma;
    } else if (is_digit(static_cast<char>(c))) {
      std::size_t st = i;
      while (i < s.size() && is_digit(s[i])) ++i;
      out.push_back({Token::number, std::string(s.substr(st, i - st))});
    } else if (std::isalpha(c) || c >= 0x80) {
      std::size_t st = i;
      while (i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) ||
                              static_cast<unsigned char>(s[i]) >= 0x80) && !comma_length(s, i))
        ++i;
      out.push_back({Token::word, std::string(s.substr(st, i - st))});
    } else if (c == ':' || c == '/' || c == '.' || c == '-' || c == '+') {
      out.push_back({Token::punct, std::string(1, static_cast<char>(c))});
      ++i;
    } else {
      ++i;
    }
  }
  return out;
}


// The value of a run of ASCII digits. Runs too long for an int read as INT_MAX, which
// no date field accepts (std::stoi threw std::out_of_range on them: a feed date like
// "1999/88888888888/02" ended the program).
int digits_value(std::string_view digits) {
  long long v = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
    if (v > std::numeric_limits<int>::max()) return std::numeric_limits<int>::max();
  }
  return static_cast<int>(v);
}

// A zone only the United States and Canada write after a time: "EST", "PDT", "ET".
bool is_american_zone(std::string_view w) {
  for (std::string_view z : {"EST", "EDT", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT"})  // not CST: China's too
    if (w == z) return true;
  return false;
}

}  // namespace

std::optional<DateTime> parse_date_loose(std::string_view raw, std::string_view lang) {
  // A page written for the United States prints month first: "3/4/2026" is March 4.
  const bool american = lang == "en-us";
  if (american) lang = "en";
  auto month_of = [lang](std::string_view word) {
    // Khmer writes "month" before the month's name: ខែសីហា (August).
    constexpr std::string_view khmer_month = "\xE1\x9E\x81\xE1\x9F\x82";
    if (word.size() > khmer_month.size() && word.starts_with(khmer_month)) word.remove_prefix(khmer_month.size());
    return month_from_word(word, lang);
  };
  const std::string folded = fold_calendars(fold_digits(raw));  // "১৩ মার্চ ২০২৪" -> "13 মার্চ 2024"
  std::string_view text = folded;
  if (auto d = parse_iso8601(text)) return d;
  if (auto d = parse_rfc822(text)) return d;
  std::vector<Token> t = tokenize(text);
  DateTime dt;
  bool have_date = false;
  std::size_t i = 0, date_begin = 0;
  auto num = [&](std::size_t k) { return k < t.size() && t[k].kind == Token::number; };
  auto punct = [&](std::size_t k, char c) { return k < t.size() && t[k].kind == Token::punct && t[k].text[0] == c; };
  auto word_is = [&](std::size_t k, std::initializer_list<std::string_view> marks) {
    return k < t.size() && t[k].kind == Token::word && std::find(marks.begin(), marks.end(), t[k].text) != marks.end();
  };
  // A word that joins a date's parts: "19 de diciembre de 2016", Khmer "ទី២៣ ខែ សីហា ឆ្នាំ២០២៤"
  // ("month", "year").
  auto joiner = [&](std::size_t k) {
    return k < t.size() && t[k].kind == Token::word &&
           (iequals(t[k].text, "de") || t[k].text == "\xE1\x9E\x81\xE1\x9F\x82" ||
            t[k].text == "\xE1\x9E\x86\xE1\x9F\x92\xE1\x9E\x93\xE1\x9E\xB6\xE1\x9F\x86");
  };
  // 2026. november 14. (Hungarian), 2026 m. lapkričio 20 d. (Lithuanian), 2024ko azaroaren
  // 20a (Basque), 2026. gada 20. novembris (Latvian): the year, its word, then the month and
  // day in either order. Sets `dt`; returns the last token read, 0 for none.
  auto year_first = [&](std::size_t k) -> std::size_t {
    std::size_t j = k + 1;
    if (punct(j, '.')) ++j;
    if (word_is(j, {"m", "gada", "ko", "\xD0\xBE\xD0\xBD\xD1\x8B"})) {  // ... Mongolian "оны" (of the year)
      ++j;
      if (punct(j, '.')) ++j;
    }
    // Mongolian numbers the months: "2024 оны 3-р сарын 5", "3 дугаар сарын 5" (the 3rd month's 5th).
    std::size_t n = punct(j + 1, '-') && word_is(j + 2, {"\xD1\x80"}) ? j + 3
                    : word_is(j + 1, {"\xD0\xB4\xD1\x83\xD0\xB3\xD0\xB0\xD0\xB0\xD1\x80",
                                      "\xD0\xB4\xD2\xAF\xD0\xB3\xD1\x8D\xD1\x8D\xD1\x80"})
                        ? j + 2
                        : 0;
    if (n && num(j) && n < t.size() && t[n].kind == Token::word && t[n].text.starts_with("\xD1\x81\xD0\xB0\xD1\x80") &&
        num(n + 1) && t[n + 1].text.size() <= 2) {
      dt.year = digits_value(t[k].text), dt.month = digits_value(t[j].text), dt.day = digits_value(t[n + 1].text);
      return n + 1;
    }
    if (j < t.size() && t[j].kind == Token::word && month_of(t[j].text) && num(j + 1) && t[j + 1].text.size() <= 2) {
      dt.year = digits_value(t[k].text), dt.month = *month_of(t[j].text), dt.day = digits_value(t[j + 1].text);
      return j + 1;
    }
    std::size_t m = punct(j + 1, '.') ? j + 2 : j + 1;
    if (num(j) && t[j].text.size() <= 2 && m < t.size() && t[m].kind == Token::word && month_of(t[m].text)) {
      dt.year = digits_value(t[k].text), dt.month = *month_of(t[m].text), dt.day = digits_value(t[j].text);
      return m;
    }
    return 0;
  };
  for (; i < t.size() && !have_date; ++i) {
    date_begin = i;
    if (num(i) && t[i].text.size() == 4 && (punct(i + 1, '/') || punct(i + 1, '-') || punct(i + 1, '.')) &&
        num(i + 2) && num(i + 4)) {
      // 2016/12/19
      dt.year = digits_value(t[i].text), dt.month = digits_value(t[i + 2].text), dt.day = digits_value(t[i + 4].text);
      have_date = is_valid(dt);
      if (have_date) i += 4;
    } else if (num(i) && t[i].text.size() <= 2 && (punct(i + 1, '.') || punct(i + 1, '/') || punct(i + 1, '-')) &&
               num(i + 2) && t[i + 2].text.size() <= 2 && num(i + 4) && t[i + 4].text.size() == 4) {
      // 19.12.2016 (day first) or 12/19/2016 (US, when the first number cannot be a day-month)
      int a = digits_value(t[i].text), b = digits_value(t[i + 2].text);
      dt.year = digits_value(t[i + 4].text);
      bool slash = t[i + 1].text[0] == '/';
      if (slash && a <= 12 && b > 12) {
        dt.month = a, dt.day = b;
      } else {
        dt.day = a, dt.month = b;
      }
      // Either order reads: a weekday printed beside it says which ("Tue, 03/04/2025" is
      // 4 March, as Drupal prints American dates), else an American time zone ("10/01/2012
      // 12:20:51 AM PDT" is 1 October) or a page written for the United States.
      if (a <= 12 && b <= 12 && a != b) {
        bool weekday = false;
        for (const Token& w : t)
          if (auto day = w.kind == Token::word ? weekday_from_word(w.text) : std::nullopt) {
            if (weekday_of(dt.year, dt.month, dt.day) != *day && weekday_of(dt.year, dt.day, dt.month) == *day)
              std::swap(dt.day, dt.month);
            weekday = true;
            break;
          }
        bool us = slash && !weekday && american;
        for (std::size_t z = i + 5; slash && !weekday && !us && z < t.size(); ++z)
          us = t[z].kind == Token::word && is_american_zone(t[z].text);
        if (us) dt.month = a, dt.day = b;
      }
      have_date = is_valid(dt);
      if (have_date) i += 4;
    } else if (t[i].kind == Token::word && month_of(t[i].text) &&
               (num(i + 1) || ((punct(i + 1, '.') || punct(i + 1, '-')) && num(i + 2)))) {
      // December 19, 2016; Dec. 19, 2016; "Nov - 20 - 2026" (Joomla K2)
      std::size_t d = punct(i + 1, '.') || punct(i + 1, '-') ? i + 2 : i + 1;
      if (t[d].text.size() > 2) continue;
      std::size_t k = d + 1;
      if (punct(i + 1, '-') && punct(k, '-')) ++k;
      if (k < t.size() && t[k].kind == Token::word && t[k].text.size() == 2) ++k;  // 19th
      if (num(k) && t[k].text.size() == 4) {
        dt.month = *month_of(t[i].text), dt.day = digits_value(t[d].text), dt.year = digits_value(t[k].text);
        have_date = is_valid(dt);
        if (have_date) i = k;
      }
    } else if (std::size_t end = num(i) && t[i].text.size() == 4 ? year_first(i) : 0; end) {
      have_date = is_valid(dt);
      if (have_date) i = end;
    } else if (num(i) && t[i].text.size() == 4 && word_is(i + 1, {"\xE5\xB9\xB4", "\xEB\x85\x84"}) && num(i + 2) &&
               word_is(i + 3, {"\xE6\x9C\x88", "\xEC\x9B\x94"}) && num(i + 4) &&
               word_is(i + 5, {"\xE6\x97\xA5", "\xEC\x9D\xBC"})) {
      // 2016年12月19日 (Chinese, Japanese), 2016년 12월 19일 (Korean)
      dt.year = digits_value(t[i].text), dt.month = digits_value(t[i + 2].text), dt.day = digits_value(t[i + 4].text);
      have_date = is_valid(dt);
      if (have_date) i += 5;
    } else if (num(i) && t[i].text.size() <= 2) {
      // 19 December 2016, 19. Dezember 2016, 19 de diciembre de 2016
      std::size_t k = i + 1;
      if (punct(k, '.')) ++k;
      if (joiner(k)) ++k;
      if (k < t.size() && t[k].kind == Token::word && month_of(t[k].text)) {
        std::size_t y = k + 1;
        if (punct(y, '.')) ++y;
        if (joiner(y)) ++y;
        if (num(y) && t[y].text.size() == 4) {
          dt.day = digits_value(t[i].text), dt.month = *month_of(t[k].text), dt.year = digits_value(t[y].text);
          have_date = is_valid(dt);
          if (have_date) i = y;
        }
      }
    }
  }
  if (!have_date) return std::nullopt;
  // A Thai year of the Buddhist era (2567 is 2024).
  if (dt.year >= 2400 && dt.year < 2700) dt.year -= 543;
  // An optional time after the date (18:42, 6:42 pm, 18.42 Uhr, 14h05 in French or
  // Portuguese), else before it ("4:47 PM EST, February 15, 2024", as AP prints it).
  // Between hours and minutes: ':' or '.', French and Portuguese 'h', or the hour sign of
  // Japanese (時), Chinese (点, 時) and Korean (시).
  auto mark = [](const Token& k) {
    return (k.kind == Token::punct && (k.text == ":" || k.text == ".")) ||
           (k.kind == Token::word && (k.text == "h" || k.text == "H" || k.text == "\xE6\x99\x82" ||
                                      k.text == "\xE7\x82\xB9" || k.text == "\xEC\x8B\x9C"));
  };
  // "(UTC +04:00)", "GMT+3", "UTC-0530": the offset from UTC written after the zone at `z`;
  // not "GMT - 3 min read", "UTC - 12 comments" (a word after the number).
  auto offset_after_utc = [&](std::size_t z) -> std::optional<int> {
    if (!(punct(z + 1, '+') || punct(z + 1, '-')) || !num(z + 2)) return std::nullopt;
    std::string_view hh = t[z + 2].text;
    if (hh.size() > 2 && hh.size() != 4) return std::nullopt;
    const bool colon = hh.size() != 4 && punct(z + 3, ':') && num(z + 4);
    int hours = digits_value(hh.substr(0, hh.size() == 4 ? 2 : hh.size()));
    int mins = hh.size() == 4 ? digits_value(hh.substr(2)) : colon ? digits_value(t[z + 4].text) : 0;
    std::size_t after = colon ? z + 5 : z + 3;
    if ((after < t.size() && t[after].kind == Token::word) || hours > 14 || mins >= 60) return std::nullopt;
    return (punct(z + 1, '-') ? -1 : 1) * (hours * 60 + mins);
  };
  auto read_time = [&](std::size_t from, std::size_t to) {
    for (i = from; i < to; ++i) {
      // Another date or an update begins: its time is not this date's ("May 3, 2024
      // (Updated May 4, 9:12 a.m.)").
      if (i > from && t[i].kind == Token::word) {
        std::string w = to_lower_ascii(t[i].text);
        if (month_of(w) || w == "updated" || w == "update" || w == "aktualisiert" || w == "actualizado" ||
            w == "modified" || w == "edited" || w == "mis")
          break;
      }
      if (t[i].kind == Token::number && t[i].text.size() <= 2 && i + 2 < t.size() && mark(t[i + 1]) &&
          t[i + 2].kind == Token::number && t[i + 2].text.size() == 2) {
        int h = digits_value(t[i].text), m = digits_value(t[i + 2].text);
        // Japanese, Korean and Chinese write it before: 午後3時, 오후 3시, 下午3点 (pm); 午前, 오전, 上午 (am).
        if (i > 0 && t[i - 1].kind == Token::word) {
          std::string_view before = t[i - 1].text;
          for (std::string_view p : {"\xE5\x8D\x88\xE5\xBE\x8C", "\xEC\x98\xA4\xED\x9B\x84", "\xE4\xB8\x8B\xE5\x8D\x88"})
            if (before.ends_with(p) && h < 12) h += 12;
          for (std::string_view a : {"\xE5\x8D\x88\xE5\x89\x8D", "\xEC\x98\xA4\xEC\xA0\x84", "\xE4\xB8\x8A\xE5\x8D\x88"})
            if (before.ends_with(a) && h == 12) h = 0;
        }
        // Sinhala too, abbreviated: "ප.ව. 04:10" (pm), "පෙ.ව. 09:30" (am).
        if (i >= 4 && punct(i - 1, '.') && word_is(i - 2, {"\xE0\xB7\x80"}) && punct(i - 3, '.')) {
          if (word_is(i - 4, {"\xE0\xB6\xB4"}) && h < 12) h += 12;
          if (word_is(i - 4, {"\xE0\xB6\xB4\xE0\xB7\x99"}) && h == 12) h = 0;
        }
        std::size_t k = i + 3;
        int sec = 0;
        if (k + 1 < t.size() && t[k].kind == Token::punct && t[k].text == ":" && t[k + 1].kind == Token::number) {
          sec = digits_value(t[k + 1].text);
          k += 2;
        }
        // A zone belongs to the time: it is kept only when the time is (a date alone
        // carries no offset, so format_iso and to_unix agree on it).
        std::optional<int> zone;
        if (k < t.size() && t[k].kind == Token::word) {
          std::string w = to_lower_ascii(t[k].text);
          // Arabic writes the half of the day after the time: "06:45 م" (pm), "12:10 ص" (am).
          // Khmer: "ព្រឹក" (morning); "រសៀល", "ល្ងាច", "យប់" (afternoon, evening, night).
          bool pm = w == "pm" || w == "p" || w == "\xD9\x85" || w == "\xE1\x9E\x9A\xE1\x9E\x9F\xE1\x9F\x80\xE1\x9E\x9B" ||
                    w == "\xE1\x9E\x9B\xE1\x9F\x92\xE1\x9E\x84\xE1\x9E\xB6\xE1\x9E\x85" || w == "\xE1\x9E\x99\xE1\x9E\x94\xE1\x9F\x8B";
          bool am = w == "am" || w == "a" || w == "\xD8\xB5" || w == "\xE1\x9E\x96\xE1\x9F\x92\xE1\x9E\x9A\xE1\x9E\xB9\xE1\x9E\x80";
          if (pm && h < 12) h += 12;
          if (am && h == 12) h = 0;
          const bool dotted = w == "p" || w == "a";  // "p.m." is four tokens: p . m .
          if (dotted) ++k;
          if (auto z = zone_offset(t[k < t.size() ? k : k - 1].text)) zone = z;
          for (std::size_t z = k; z < t.size() && z < k + (dotted ? 4 : 3); ++z)
            if (t[z].kind == Token::word)
              if (auto off = zone_offset(t[z].text)) {
                zone = *off == 0 ? offset_after_utc(z).value_or(0) : *off;
                break;
              }
        }
        if (h <= 23 && m <= 59 && sec <= 60) {
          dt.hour = h, dt.minute = m, dt.second = sec, dt.has_time = true;
          if (zone) dt.offset_minutes = zone;
        }
        break;
      }
    }
  };
  read_time(i, t.size());
  if (!dt.has_time) read_time(0, date_begin);
  if (!is_valid(dt)) return std::nullopt;
  return dt;
}

}  // namespace newsarchive

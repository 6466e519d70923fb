#include "core/dates.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <initializer_list>
#include <limits>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace newsarchive {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly n digits at pos.
bool read_digits(std::string_view s, std::size_t& pos, int n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (int k = 0; k < n; ++k) {
    char c = s[pos + k];
    if (!is_digit(c)) return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  pos += n;
  return true;
}

// Reads 1..max digits at pos.
bool read_number(std::string_view s, std::size_t& pos, int max_digits, int& out) {
  std::size_t start = pos;
  int v = 0;
  while (pos < s.size() && is_digit(s[pos]) && static_cast<int>(pos - start) < max_digits) {
    v = v * 10 + (s[pos] - '0');
    ++pos;
  }
  if (pos == start) return false;
  out = v;
  return true;
}

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return days[static_cast<std::size_t>(m - 1)];
}

// Days from 1970-01-01 (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

}  // namespace

DateTime from_unix(std::int64_t instant, int offset_minutes) {
  DateTime local;
  local.has_time = true;
  local.offset_minutes = offset_minutes;
  std::int64_t t = instant + static_cast<std::int64_t>(offset_minutes) * 60;
  // Civil date from days since 1970-01-01 (Howard Hinnant's civil_from_days).
  std::int64_t days = (t >= 0 ? t : t - 86399) / 86400, secs = t - days * 86400;
  days += 719468;
  std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  std::int64_t doe = days - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  local.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  local.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  local.year = static_cast<int>(yoe + era * 400 + (local.month <= 2 ? 1 : 0));
  local.hour = static_cast<int>(secs / 3600);
  local.minute = static_cast<int>(secs / 60 % 60);
  local.second = static_cast<int>(secs % 60);
  return local;
}

namespace {

// Parses "Z", "+05:00", "-0500", "+05" at pos.
bool read_offset(std::string_view s, std::size_t& pos, std::optional<int>& offset) {
  if (pos >= s.size()) return true;
  char c = s[pos];
  if (c == 'Z' || c == 'z') {
    offset = 0;
    ++pos;
    return true;
  }
  if (c != '+' && c != '-' && c != '\xE2') return true;
  int sign = 1;
  if (c == '\xE2') {  // U+2212 MINUS SIGN
    if (s.substr(pos, 3) != "\xE2\x88\x92") return true;
    sign = -1;
    pos += 3;
  } else {
    sign = c == '-' ? -1 : 1;
    ++pos;
  }
  int hh = 0, mm = 0;
  if (!read_digits(s, pos, 2, hh)) return false;
  if (pos < s.size() && s[pos] == ':') ++pos;
  if (pos < s.size() && is_digit(s[pos])) {
    if (!read_digits(s, pos, 2, mm)) return false;
  }
  if (hh > 14 || mm > 59) return false;
  offset = sign * (hh * 60 + mm);
  return true;
}

struct Zone {
  const char* name;
  int minutes;
};
constexpr Zone kZones[] = {
    {"UT", 0},       {"UTC", 0},      {"GMT", 0},      {"Z", 0},        {"EST", -300},
    {"EDT", -240},   {"CST", -360},   {"CDT", -300},   {"MST", -420},   {"MDT", -360},
    {"PST", -480},   {"PDT", -420},   {"BST", 60},     {"CET", 60},     {"CEST", 120},
    {"MEZ", 60},     {"MESZ", 120},   {"EET", 120},    {"EEST", 180},   {"IST", 330},
    {"JST", 540},    {"AEST", 600},   {"AEDT", 660},   {"WET", 0},      {"WEST", 60},
};

std::optional<int> zone_offset(std::string_view name) {
  for (const auto& z : kZones)
    if (iequals(name, z.name)) return z.minutes;
  return std::nullopt;
}

struct MonthName {
  const char* name;
  int month;
};
// Prefix-matched on at least three letters; longer names first where prefixes clash.
constexpr MonthName kMonths[] = {
    {"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},     {"august", 8},    {"september", 9}, {"sept", 9},
    {"october", 10},  {"november", 11}, {"december", 12},
    // German
    {"januar", 1},    {"jänner", 1},   {"februar", 2},   {"märz", 3},      {"maerz", 3},
    {"mai", 5},       {"juni", 6},     {"juli", 7},      {"oktober", 10},  {"dezember", 12},
    // French
    {"janvier", 1},   {"février", 2},  {"fevrier", 2},   {"mars", 3},      {"avril", 4},
    {"juin", 6},      {"juillet", 7},  {"août", 8},      {"aout", 8},      {"septembre", 9},
    {"octobre", 10},  {"novembre", 11}, {"décembre", 12}, {"decembre", 12},
    // Spanish
    {"enero", 1},     {"febrero", 2},  {"marzo", 3},     {"abril", 4},     {"mayo", 5},
    {"junio", 6},     {"julio", 7},    {"agosto", 8},    {"septiembre", 9}, {"setiembre", 9},
    {"octubre", 10},  {"noviembre", 11}, {"diciembre", 12},
    // Italian
    {"gennaio", 1},   {"febbraio", 2}, {"aprile", 4},    {"maggio", 5},    {"giugno", 6},
    {"luglio", 7},    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    // Portuguese
    {"janeiro", 1},   {"fevereiro", 2}, {"março", 3},     {"maio", 5},
    {"junho", 6},     {"julho", 7},    {"setembro", 9},  {"outubro", 10},  {"novembro", 11},
    {"dezembro", 12},
    // Dutch
    {"januari", 1},   {"februari", 2}, {"maart", 3},     {"mei", 5},       {"augustus", 8},
    // Scandinavian (the rest are English, German or Dutch spellings)
    {"augusti", 8},   {"maj", 5},      {"desember", 12},
    // Finnish (the partitive a date uses: "3. maaliskuuta 2024")
    {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4}, {"toukokuuta", 5},
    {"kesäkuuta", 6}, {"heinäkuuta", 7}, {"elokuuta", 8}, {"syyskuuta", 9}, {"lokakuuta", 10},
    {"marraskuuta", 11}, {"joulukuuta", 12},
    // Polish and Czech (genitive, as dates write them)
    {"stycznia", 1},  {"lutego", 2},   {"marca", 3},     {"kwietnia", 4},  {"maja", 5},
    {"czerwca", 6},   {"lipca", 7},    {"sierpnia", 8},  {"września", 9},  {"października", 10},
    {"listopada", 11}, {"grudnia", 12}, {"ledna", 1},    {"února", 2},     {"března", 3},
    {"dubna", 4},     {"května", 5},   {"června", 6},    {"července", 7},  {"srpna", 8},
    {"září", 9},      {"října", 10},   {"listopadu", 11}, {"prosince", 12},
    // Turkish
    {"ocak", 1},      {"şubat", 2},    {"mart", 3},      {"nisan", 4},     {"mayıs", 5},
    {"haziran", 6},   {"temmuz", 7},   {"ağustos", 8},   {"eylül", 9},     {"ekim", 10},
    {"kasım", 11},    {"aralık", 12},
    // Russian and Ukrainian (genitive)
    {"января", 1},    {"февраля", 2},  {"марта", 3},     {"апреля", 4},    {"мая", 5},
    {"июня", 6},      {"июля", 7},     {"августа", 8},   {"сентября", 9},  {"октября", 10},
    {"ноября", 11},   {"декабря", 12}, {"січня", 1},     {"лютого", 2},    {"березня", 3},
    {"квітня", 4},    {"травня", 5},   {"червня", 6},    {"липня", 7},     {"серпня", 8},
    {"вересня", 9},   {"жовтня", 10},  {"листопада", 11}, {"грудня", 12},
    // Greek (genitive)
    {"ιανουαρίου", 1}, {"φεβρουαρίου", 2}, {"μαρτίου", 3}, {"απριλίου", 4}, {"μαΐου", 5},
    {"ιουνίου", 6},   {"ιουλίου", 7},  {"αυγούστου", 8}, {"σεπτεμβρίου", 9}, {"οκτωβρίου", 10},
    {"νοεμβρίου", 11}, {"δεκεμβρίου", 12},
    // Arabic (the names used in Egypt and the Gulf), with the common spelling variants
    {"\xD9\x8A\xD9\x86\xD8\xA7\xD9\x8A\xD8\xB1", 1},
    {"\xD9\x81\xD8\xA8\xD8\xB1\xD8\xA7\xD9\x8A\xD8\xB1", 2},
    {"\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3", 3},
    {"\xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", 4},
    {"\xD8\xA7\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", 4},
    {"\xD9\x85\xD8\xA7\xD9\x8A\xD9\x88", 5},
    {"\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88", 6},
    {"\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x87", 6},
    {"\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x88", 7},
    {"\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x87", 7},
    {"\xD8\xA3\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3", 8},
    {"\xD8\xA7\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3", 8},
    {"\xD8\xB3\xD8\xA8\xD8\xAA\xD9\x85\xD8\xA8\xD8\xB1", 9},
    {"\xD8\xA3\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1", 10},
    {"\xD8\xA7\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1", 10},
    {"\xD9\x86\xD9\x88\xD9\x81\xD9\x85\xD8\xA8\xD8\xB1", 11},
    {"\xD8\xAF\xD9\x8A\xD8\xB3\xD9\x85\xD8\xA8\xD8\xB1", 12},
    // Hindi and Bengali (the English months as both write them)
    {"जनवरी", 1}, {"फ़रवरी", 2}, {"फरवरी", 2}, {"मार्च", 3}, {"अप्रैल", 4}, {"मई", 5}, {"जून", 6}, {"जुलाई", 7},
    {"अगस्त", 8}, {"सितंबर", 9}, {"सितम्बर", 9}, {"अक्टूबर", 10}, {"अक्तूबर", 10}, {"नवंबर", 11}, {"नवम्बर", 11},
    {"दिसंबर", 12}, {"दिसम्बर", 12},
    {"জানুয়ারি", 1}, {"ফেব্রুয়ারি", 2}, {"মার্চ", 3}, {"এপ্রিল", 4}, {"মে", 5}, {"জুন", 6}, {"জুলাই", 7},
    {"আগস্ট", 8}, {"সেপ্টেম্বর", 9}, {"অক্টোবর", 10}, {"নভেম্বর", 11}, {"ডিসেম্বর", 12},
};

// The word lower-cased (ASCII) without trailing '.' or ',': "Dec." -> "dec".
std::string calendar_word(std::string_view word) {
  std::string w = lower_utf8(word);
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
  return w;
}

}  // namespace

bool is_weekday_name(std::string_view word) {
  static constexpr std::string_view kDays[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
      "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
      "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"};
  std::string w = calendar_word(word);
  for (auto d : kDays)
    if (w == d) return true;
  return false;
}

std::optional<int> month_from_word(std::string_view word) {
  std::string w = calendar_word(word);
  if (w.size() < 3) return std::nullopt;
  for (const auto& m : kMonths)
    if (w == m.name) return m.month;
  // An abbreviation: three letters at least ("Dec", "мар"), not three bytes of one letter.
  std::size_t letters = 0;
  for (unsigned char c : w) letters += (c & 0xC0) != 0x80 ? 1 : 0;
  if (letters < 3) return std::nullopt;
  for (const auto& m : kMonths) {
    std::string_view name = m.name;
    if (name.size() > w.size() && name.substr(0, w.size()) == w) return m.month;
  }
  return std::nullopt;
}

namespace {

std::optional<DateTime> checked(DateTime dt) {
  if (!is_valid(dt)) return std::nullopt;
  return dt;
}

// Splits into tokens: numbers, words, and punctuation marks that matter (':', '/', '.', '-').
struct Token {
  enum Kind { number, word, punct } kind;
  std::string text;
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_digit(static_cast<char>(c))) {
      std::size_t st = i;
      while (i < s.size() && is_digit(s[i])) ++i;
      out.push_back({Token::number, std::string(s.substr(st, i - st))});
    } else if (std::isalpha(c) || c >= 0x80) {
      std::size_t st = i;
      while (i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) ||
                              static_cast<unsigned char>(s[i]) >= 0x80))
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

}  // namespace

std::int64_t DateTime::to_unix() const {
  std::int64_t days = days_from_civil(year, month, day);
  std::int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second;
  if (offset_minutes) secs -= static_cast<std::int64_t>(*offset_minutes) * 60;
  return secs;
}

bool is_valid(const DateTime& dt) {
  if (dt.year < 1000 || dt.year > 9999) return false;
  if (dt.month < 1 || dt.month > 12) return false;
  if (dt.day < 1 || dt.day > days_in_month(dt.year, dt.month)) return false;
  if (dt.hour < 0 || dt.hour > 23 || dt.minute < 0 || dt.minute > 59) return false;
  if (dt.second < 0 || dt.second > 60) return false;
  return true;
}

std::optional<DateTime> parse_iso8601(std::string_view text) {
  std::string_view s = trim(text);
  DateTime dt;
  std::size_t pos = 0;
  if (!read_digits(s, pos, 4, dt.year)) return std::nullopt;
  bool basic = pos < s.size() && is_digit(s[pos]);  // 20161219
  if (!basic) {
    if (pos >= s.size() || s[pos] != '-') return std::nullopt;
    ++pos;
  }
  if (!read_digits(s, pos, 2, dt.month)) return std::nullopt;
  if (!basic) {
    if (pos >= s.size() || s[pos] != '-') return std::nullopt;
    ++pos;
  }
  if (!read_digits(s, pos, 2, dt.day)) return std::nullopt;
  if (pos == s.size()) return checked(dt);
  if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return std::nullopt;
  ++pos;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (!read_digits(s, pos, 2, dt.hour)) return std::nullopt;
  if (pos < s.size() && s[pos] == ':') ++pos;
  if (!read_digits(s, pos, 2, dt.minute)) return std::nullopt;
  dt.has_time = true;
  if (pos < s.size() && (s[pos] == ':' || is_digit(s[pos]))) {
    if (s[pos] == ':') ++pos;
    if (!read_digits(s, pos, 2, dt.second)) return std::nullopt;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      ++pos;
      while (pos < s.size() && is_digit(s[pos])) ++pos;
    }
  }
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (!read_offset(s, pos, dt.offset_minutes)) return std::nullopt;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (pos < s.size()) {
    // A trailing zone name ("2016-12-19 18:42:00 GMT") or a bracketed zone id.
    std::string_view rest = s.substr(pos);
    if (!dt.offset_minutes) {
      if (auto z = zone_offset(trim(rest))) {
        dt.offset_minutes = *z;
        return checked(dt);
      }
    }
    if (rest.front() != '[') return std::nullopt;
  }
  return checked(dt);
}

std::optional<DateTime> parse_rfc822(std::string_view text) {
  std::string_view s = trim(text);
  // Skip an optional weekday: "Mon, ".
  if (auto comma = s.find(','); comma != std::string_view::npos && comma <= 10) {
    bool alpha = true;
    for (std::size_t k = 0; k < comma; ++k)
      if (!std::isalpha(static_cast<unsigned char>(s[k]))) alpha = false;
    if (alpha) s = trim(s.substr(comma + 1));
  }
  DateTime dt;
  std::size_t pos = 0;
  if (!read_number(s, pos, 2, dt.day)) return std::nullopt;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '-')) ++pos;
  std::size_t mstart = pos;
  while (pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos]))) ++pos;
  auto month = month_from_word(s.substr(mstart, pos - mstart));
  if (!month || pos - mstart < 3) return std::nullopt;
  dt.month = *month;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '-')) ++pos;
  int year = 0;
  std::size_t ystart = pos;
  if (!read_number(s, pos, 4, year)) return std::nullopt;
  if (pos - ystart == 2) year += year < 50 ? 2000 : 1900;
  dt.year = year;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (pos < s.size()) {
    if (!read_number(s, pos, 2, dt.hour) || pos >= s.size() || s[pos] != ':') return std::nullopt;
    ++pos;
    if (!read_digits(s, pos, 2, dt.minute)) return std::nullopt;
    dt.has_time = true;
    if (pos < s.size() && s[pos] == ':') {
      ++pos;
      if (!read_digits(s, pos, 2, dt.second)) return std::nullopt;
    }
    while (pos < s.size() && s[pos] == ' ') ++pos;
    if (pos < s.size()) {
      if (s[pos] == '+' || s[pos] == '-') {
        if (!read_offset(s, pos, dt.offset_minutes)) return std::nullopt;
      } else {
        std::size_t zs = pos;
        while (pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos]))) ++pos;
        dt.offset_minutes = zone_offset(s.substr(zs, pos - zs));
      }
    }
  }
  return checked(dt);
}

namespace {

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

}  // namespace

std::optional<DateTime> parse_date_loose(std::string_view raw) {
  const std::string folded = fold_digits(raw);  // "১৩ মার্চ ২০২৪" -> "13 মার্চ 2024"
  std::string_view text = folded;
  if (auto d = parse_iso8601(text)) return d;
  if (auto d = parse_rfc822(text)) return d;
  std::vector<Token> t = tokenize(text);
  DateTime dt;
  bool have_date = false;
  std::size_t i = 0, date_begin = 0;
  for (; i < t.size() && !have_date; ++i) {
    date_begin = i;
    auto num = [&](std::size_t k) { return k < t.size() && t[k].kind == Token::number; };
    auto punct = [&](std::size_t k, char c) {
      return k < t.size() && t[k].kind == Token::punct && t[k].text[0] == c;
    };
    auto word_is = [&](std::size_t k, std::initializer_list<std::string_view> marks) {
      return k < t.size() && t[k].kind == Token::word && std::find(marks.begin(), marks.end(), t[k].text) != marks.end();
    };
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
      have_date = is_valid(dt);
      if (have_date) i += 4;
    } else if (t[i].kind == Token::word && month_from_word(t[i].text) &&
               (num(i + 1) || (punct(i + 1, '.') && num(i + 2)))) {
      // December 19, 2016; Dec. 19, 2016
      std::size_t d = punct(i + 1, '.') ? i + 2 : i + 1;
      if (t[d].text.size() > 2) continue;
      std::size_t k = d + 1;
      if (k < t.size() && t[k].kind == Token::word && t[k].text.size() == 2) ++k;  // 19th
      if (num(k) && t[k].text.size() == 4) {
        dt.month = *month_from_word(t[i].text), dt.day = digits_value(t[d].text), dt.year = digits_value(t[k].text);
        have_date = is_valid(dt);
        if (have_date) i = k;
      }
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
      if (k < t.size() && t[k].kind == Token::word && iequals(t[k].text, "de")) ++k;
      if (k < t.size() && t[k].kind == Token::word && month_from_word(t[k].text)) {
        std::size_t y = k + 1;
        if (punct(y, '.')) ++y;
        if (y < t.size() && t[y].kind == Token::word && iequals(t[y].text, "de")) ++y;
        if (num(y) && t[y].text.size() == 4) {
          dt.day = digits_value(t[i].text), dt.month = *month_from_word(t[k].text), dt.year = digits_value(t[y].text);
          have_date = is_valid(dt);
          if (have_date) i = y;
        }
      }
    }
  }
  if (!have_date) return std::nullopt;
  // An optional time after the date (18:42, 6:42 pm, 18.42 Uhr, 14h05 in French or
  // Portuguese), else before it ("4:47 PM EST, February 15, 2024", as AP prints it).
  // Between hours and minutes: ':' or '.', French and Portuguese 'h', or the hour sign of
  // Japanese (時), Chinese (点, 時) and Korean (시).
  auto mark = [](const Token& k) {
    return (k.kind == Token::punct && (k.text == ":" || k.text == ".")) ||
           (k.kind == Token::word && (k.text == "h" || k.text == "H" || k.text == "\xE6\x99\x82" ||
                                      k.text == "\xE7\x82\xB9" || k.text == "\xEC\x8B\x9C"));
  };
  auto read_time = [&](std::size_t from, std::size_t to) {
    for (i = from; i < to; ++i) {
      // Another date or an update begins: its time is not this date's ("May 3, 2024
      // (Updated May 4, 9:12 a.m.)").
      if (i > from && t[i].kind == Token::word) {
        std::string w = to_lower_ascii(t[i].text);
        if (month_from_word(w) || w == "updated" || w == "update" || w == "aktualisiert" || w == "actualizado" ||
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
          bool pm = w == "pm" || w == "p" || w == "\xD9\x85", am = w == "am" || w == "a" || w == "\xD8\xB5";
          if (pm && h < 12) h += 12;
          if (am && h == 12) h = 0;
          if (w == "p" || w == "a") ++k;  // "p.m."
          if (auto z = zone_offset(t[k < t.size() ? k : k - 1].text)) zone = z;
          for (std::size_t z = k; z < t.size() && z < k + 3; ++z)
            if (t[z].kind == Token::word)
              if (auto off = zone_offset(t[z].text)) zone = off;
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
  return checked(dt);
}

std::string format_iso(const DateTime& dt) {
  char buf[40];
  if (!dt.has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", dt.year, dt.month, dt.day);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", dt.year, dt.month, dt.day, dt.hour,
                dt.minute, dt.second);
  std::string out = buf;
  if (dt.offset_minutes) {
    int off = *dt.offset_minutes;
    if (off == 0) {
      out += 'Z';
    } else {
      char sign = off < 0 ? '-' : '+';
      off = off < 0 ? -off : off;
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, off / 60, off % 60);
      out += buf;
    }
  }
  return out;
}

}  // namespace newsarchive

#include "core/dates.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <string>

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

int weekday_of(int year, int month, int day) {
  return static_cast<int>(((days_from_civil(year, month, day) % 7) + 10) % 7);  // 1970-01-01 was a Thursday
}

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

}  // namespace

std::optional<int> zone_offset(std::string_view name) {
  for (const auto& z : kZones)
    if (iequals(name, z.name)) return z.minutes;
  return std::nullopt;
}

namespace {

std::optional<DateTime> checked(DateTime dt) {
  if (!is_valid(dt)) return std::nullopt;
  return dt;
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
        if (s[pos] == '(') ++pos;  // "(UTC +04:00)"
        std::size_t zs = pos;
        while (pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos]))) ++pos;
        std::string_view word = s.substr(zs, pos - zs);
        // A page's "14 JUN 2025 11:50 PM" has this shape too: the half of the day, no zone.
        if (iequals(word, "pm") && dt.hour < 12) dt.hour += 12;
        else if (iequals(word, "am") && dt.hour == 12) dt.hour = 0;
        else dt.offset_minutes = zone_offset(word);
        // "UTC +04:00", "GMT+3": the offset from UTC after its name.
        while (dt.offset_minutes == 0 && pos < s.size() && s[pos] == ' ') ++pos;
        if (dt.offset_minutes == 0 && pos + 1 < s.size() && (s[pos] == '+' || s[pos] == '-') && is_digit(s[pos + 1])) {
          int sign = s[pos] == '-' ? -1 : 1, hh = 0, mm = 0;
          std::size_t start = ++pos;
          while (pos < s.size() && is_digit(s[pos])) ++pos;
          std::string_view digits = s.substr(start, pos - start);
          if (digits.size() == 4) {
            hh = (digits[0] - '0') * 10 + (digits[1] - '0'), mm = (digits[2] - '0') * 10 + (digits[3] - '0');
          } else if (digits.size() <= 2) {
            hh = digits.size() == 2 ? (digits[0] - '0') * 10 + (digits[1] - '0') : digits[0] - '0';
            if (pos + 2 < s.size() && s[pos] == ':' && is_digit(s[pos + 1]) && is_digit(s[pos + 2]))
              mm = (s[pos + 1] - '0') * 10 + (s[pos + 2] - '0');
          }
          if (hh <= 14 && mm < 60) dt.offset_minutes = sign * (hh * 60 + mm);
        }
      }
    }
  }
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

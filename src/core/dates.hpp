#pragma once
// Dates as pages and feeds write them, normalised to ISO 8601.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive {

struct DateTime {
  int year = 0, month = 0, day = 0;
  int hour = 0, minute = 0, second = 0;
  bool has_time = false;
  std::optional<int> offset_minutes;  // UTC offset when the source states one

  // Seconds since the epoch, treating a missing offset as UTC.
  std::int64_t to_unix() const;
};

// The instant (seconds since the epoch) as the local time at `offset_minutes`: the inverse
// of DateTime::to_unix().
DateTime from_unix(std::int64_t instant, int offset_minutes);

// "2016-12-19", "2016-12-19T18:42:00-05:00", "2016-12-19 18:42:00.123Z", "20161219T1842Z".
std::optional<DateTime> parse_iso8601(std::string_view text);
// RFC 822/1123 as in RSS and HTTP: "Mon, 19 Dec 2016 18:42:00 -0500", "... GMT", "EST".
std::optional<DateTime> parse_rfc822(std::string_view text);
// Either of the above, then human forms: "December 19, 2016 6:42 pm", "19 Dec 2016",
// "19.12.2016 18:42", "2016/12/19", with the month names of many languages. `lang` (the
// page's language code, may be empty) settles names languages read differently.
std::optional<DateTime> parse_date_loose(std::string_view text, std::string_view lang = {});

// Month from a word: a full name or an abbreviation of at least three letters ("Dec.",
// "März", "sept"). One name means two months: "listopad(a)" is November in Polish and
// Czech, October in Croatian; it is read as Croatian when `lang` is "hr" or "bs".
std::optional<int> month_from_word(std::string_view word, std::string_view lang = {});
// Dates of other calendars rewritten as the parser reads them: Thai month abbreviations
// spelt out ("15 มี.ค. 2567" -> "15 มีนาคม 2567"; the Buddhist-era year is converted when the
// date is read), a Solar Hijri date as its Gregorian day ("25 اسفند 1402" -> "2024-03-15").
// Digits must be ASCII already (fold_digits).
std::string fold_calendars(std::string_view text);
// A full weekday name ("Monday,", "Mittwoch", "lundi", "sábado"), in the same languages.
bool is_weekday_name(std::string_view word);
// The day of the week a weekday name or its English abbreviation names: 0 Monday ... 6 Sunday.
std::optional<int> weekday_from_word(std::string_view word);
// A time zone's abbreviation ("EST", "MEZ", "JST") in minutes east of UTC, case-insensitive.
std::optional<int> zone_offset(std::string_view name);
// The day of the week of a calendar date: 0 Monday ... 6 Sunday.
int weekday_of(int year, int month, int day);

// "2016-12-19T18:42:00-05:00", "...Z" for offset 0, "2016-12-19T18:42:00" without
// offset, "2016-12-19" without time.
std::string format_iso(const DateTime& dt);

// True when the fields name a real calendar date and time.
bool is_valid(const DateTime& dt);

}  // namespace newsarchive

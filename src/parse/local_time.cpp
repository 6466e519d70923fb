// Stamps in the form the page shows them: a UTC stamp re-expressed at the local offset the
// page states or implies, so that its day is the readers' day.
#include "parse/local_time.hpp"

#include <algorithm>
#include <utility>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/fields.hpp"

namespace newsarchive::parse {
namespace {

// The one offset of the country a page is written for, where that country keeps a single
// zone all year: from its language where only such countries speak it (Japanese +09:00,
// Thai +07:00, Chinese +08:00 in every Chinese-speaking place), else from the host's
// country code (".in" +05:30, ".sg" +08:00). Minutes east of UTC; nullopt for the rest.
std::optional<int> single_zone_of(const PageMeta& m) {
  static constexpr std::pair<std::string_view, int> kLanguages[] = {
      {"ja", 540}, {"ko", 540}, {"zh", 480}, {"th", 420}, {"vi", 420}, {"hi", 330}, {"mr", 330},
      {"gu", 330}, {"te", 330}, {"kn", 330}, {"ml", 330}, {"pa", 330}, {"ta", 330}, {"tr", 180}, {"my", 390},
      {"km", 420}, {"hy", 240}, {"ka", 240}, {"kk", 300}, {"uz", 300}, {"ne", 345}, {"si", 330}, {"or", 330},
      {"as", 330}, {"mn", 480}, {"lo", 420}, {"am", 180}, {"so", 180}, {"ky", 360}, {"tg", 300}, {"tk", 300},
      {"dz", 360}, {"fil", 480}, {"tl", 480}};
  static constexpr std::pair<std::string_view, int> kCountries[] = {
      {"jp", 540}, {"kr", 540}, {"cn", 480}, {"tw", 480}, {"hk", 480}, {"sg", 480}, {"my", 480}, {"ph", 480},
      {"th", 420}, {"vn", 420}, {"in", 330}, {"lk", 330}, {"np", 345}, {"bd", 360}, {"pk", 300}, {"tr", 180},
      {"sa", 180}, {"qa", 180}, {"kw", 180}, {"ke", 180}, {"ae", 240}, {"ng", 60}, {"za", 120}, {"ar", -180},
      {"pe", -300}, {"am", 240}, {"az", 240}, {"ge", 240}, {"kz", 300}, {"uz", 300}, {"mn", 480}, {"kh", 420},
      {"mm", 390}, {"la", 420}, {"kg", 360}, {"tj", 300}, {"et", 180}, {"so", 180}, {"bt", 360}, {"mv", 300},
      {"tz", 180}, {"ug", 180}, {"rw", 120}, {"gh", 0},   {"iq", 180}, {"by", 180}, {"bn", 480}};
  // The country's domain first (Tamil is written in Singapore too), then the first stated language.
  std::string host = url_host(m.base_url);
  if (std::size_t dot = host.rfind('.'); dot != std::string::npos) {
    std::string_view tld = std::string_view(host).substr(dot + 1);
    for (const auto& [c, minutes] : kCountries)
      if (tld == c) return minutes;
    // Another country's domain says another zone than its language's: none is known (not
    // the country codes sold as generic names: .io, .co, .tv, .me ...).
    static constexpr std::string_view kGeneric[] = {"io", "co", "me", "tv", "ai", "fm", "ly", "to", "cc", "ws", "gg", "sh"};
    if (tld.size() == 2 && std::find(std::begin(kGeneric), std::end(kGeneric), tld) == std::end(kGeneric))
      return std::nullopt;
  }
  if (auto lang = stated_language(m))
    for (const auto& [l, minutes] : kLanguages)
      if (*lang == l) return minutes;
  return std::nullopt;
}

// Whether the US keeps summer time on `d`'s day: from the second Sunday of March to the
// first Sunday of November.
bool us_summer_time(const DateTime& d) {
  auto from_sunday = [](int y, int m, int day) { return (weekday_of(y, m, day) + 1) % 7; };  // 0 = Sunday
  int march = 1 + (7 - from_sunday(d.year, 3, 1)) % 7 + 7;
  int november = 1 + (7 - from_sunday(d.year, 11, 1)) % 7;
  int md = d.month * 100 + d.day;
  return md >= 300 + march && md < 1100 + november;
}

}  // namespace

// The offset at which `utc` reads as the printed local time `shown` (no zone of its own,
// to the minute): a whole half-hour (or Nepal's +05:45) from -12 to +14 hours, not zero;
// nullopt otherwise.
std::optional<int> shown_offset(const DateTime& utc, const DateTime& shown) {
  // A printed zone ("8:40PM CST") is the offset when the minute is the instant's (the
  // stamp's seconds are not printed).
  if (shown.offset_minutes) {
    DateTime same = shown;
    same.second = utc.second;
    if (*shown.offset_minutes != 0 && same.to_unix() == utc.to_unix()) return *shown.offset_minutes;
    return std::nullopt;
  }
  DateTime as_utc = shown;
  as_utc.offset_minutes = 0;
  as_utc.second = utc.second;
  std::int64_t diff = as_utc.to_unix() - utc.to_unix();
  // Nepal's +05:45 and the Chatham Islands' +12:45 (+13:45 in summer) are the quarter-hours in use.
  const bool quarter = diff == 345 * 60 || diff == 765 * 60 || diff == 825 * 60;
  if (diff == 0 || (diff % (30 * 60) != 0 && !quarter) || diff < -12 * 3600 || diff > 14 * 3600) return std::nullopt;
  return static_cast<int>(diff / 60);
}

// A UTC stamp in the form the page shows it, so that its day is the one readers saw:
//  - another statement of the same instant with a local offset (a <time datetime>, a meta
//    tag: "2024-02-13T16:00:00Z" is "2024-02-14T05:00:00+13:00" in Auckland);
//  - what a <time> element of that instant prints, with its zone ("07:15 JST") or without:
//    then the difference is the offset when it is a whole half-hour within -12 to +14
//    hours ("21 de agosto de 2025 • 22:40" for 01:40Z is -03:00; "06:45 م" is 18:45);
//  - a <time> of that instant printing another day than the UTC one: the nearest whole
//    hour that puts the instant on that day;
//  - else, by the same difference, the first date with a time a date element prints, or
//    else the first element whose whole text is one; else the day the first date element
//    prints, as for a <time> (a date alone elsewhere says no offset);
//  - else the one offset of the page's country, when it has only one (single_zone_of).
std::string local_form(std::string utc, const PageMeta& m, const std::vector<std::optional<std::string>>& stated,
                       bool printed_dates) {
  auto d = parse_iso8601(utc);
  if (!d || !d->has_time || !d->offset_minutes || *d->offset_minutes != 0) return utc;
  const std::string lang = date_language(m);
  const std::int64_t instant = d->to_unix();
  auto same_instant_local = [&](const std::optional<DateTime>& x) {
    return x && x->has_time && x->offset_minutes && *x->offset_minutes != 0 && x->to_unix() == instant;
  };
  for (const auto& v : stated)
    if (v)
      if (auto x = parse_iso8601(collapse_whitespace(*v)); same_instant_local(x)) return format_iso(*x);
  for (const auto* list : {&m.time_published, &m.time_any})
    for (const auto& v : *list)
      if (auto x = parse_iso8601(collapse_whitespace(v)); same_instant_local(x)) return format_iso(*x);
  // A printed local time without a zone: the instant at the difference, when that is a
  // whole half-hour within -12 to +14 hours.
  auto printed_local = [&](const DateTime& shown) -> std::optional<std::string> {
    if (auto offset = shown_offset(*d, shown)) return format_iso(from_unix(instant, *offset));
    return std::nullopt;
  };
  // A date alone says the day, not the offset: the nearest whole hour that puts the instant
  // on that day ("June 15 2024" for 23:30Z is London's 00:30, +01:00).
  auto onto_day = [&](DateTime day) -> std::optional<std::string> {
    day.offset_minutes = 0;
    day.hour = day.minute = day.second = 0;
    // The country's one offset, when it puts the instant on that day (Yerevan's +04:00).
    if (auto zone = single_zone_of(m); zone && instant + *zone * 60 >= day.to_unix() &&
                                       instant + *zone * 60 < day.to_unix() + 86400)
      return format_iso(from_unix(instant, *zone));
    std::int64_t start = day.to_unix() - instant;  // from the instant to the day's midnight, UTC
    if (start > 0 && start <= 14 * 3600) return format_iso(from_unix(instant, static_cast<int>((start + 3599) / 3600 * 60)));
    if (start < 0 && start + 86400 <= 0 && start + 86400 > -12 * 3600) {
      // The day before in UTC: the Americas. The first North American zone that puts the
      // instant on that day (Eastern, Central, ... with summer time when the US keeps it),
      // else the nearest whole hour.
      const std::int64_t end = day.to_unix() + 86400;  // the printed day's end, UTC
      const int summer = us_summer_time(from_unix(instant, 0)) ? 60 : 0;
      for (int standard : {-300, -360, -420, -480, -540}) {
        std::int64_t local = instant + (standard + summer) * 60;
        if (local >= day.to_unix() && local < end) return format_iso(from_unix(instant, standard + summer));
      }
      return format_iso(from_unix(instant, static_cast<int>(-((-(start + 86400)) / 3600 + 1) * 60)));
    }
    return std::nullopt;
  };
  bool day_read = false;  // the first <time> giving only a day is the story's; later ones are teasers'
  for (const auto& [dt, text] : m.time_texts) {
    auto stamp = parse_iso8601(collapse_whitespace(dt));
    auto shown = parse_date_loose(text, lang);
    if (stamp && !stamp->has_time && printed_dates && !day_read) {
      // "<time datetime="2024-09-10">Sep 10, 2024</time>": the page's own day.
      day_read = true;
      if (auto local = onto_day(*stamp)) return *local;
      continue;
    }
    if (!stamp || !stamp->has_time || stamp->to_unix() != instant || !shown) continue;
    if (!shown->has_time) {
      if (auto local = onto_day(*shown)) return *local;
      continue;
    }
    if (same_instant_local(shown)) return format_iso(*shown);
    if (auto local = printed_local(*shown)) return *local;
  }
  // The first date with a time only: a later one may be an update's ("12 December 2024,
  // 1:14 am" for 23:14Z is +02:00).
  if (printed_dates) {
    // Else the first element whose whole text is a date with a time, whatever its class
    // (hashed class names of CSS-in-JS sites say nothing).
    std::optional<DateTime> shown, first_day;  // first_day: the first date element that is a date
    for (const auto* texts : {&m.shown_dates, &m.bare_stamps}) {
      for (const auto& text : *texts) {
        shown = parse_date_loose(text, lang);
        if (shown && !first_day && texts == &m.shown_dates) first_day = shown;  // "By Jane Doe" is none
        if (shown && shown->has_time) break;
      }
      if (shown && shown->has_time) break;
    }
    if (shown && shown->has_time && shown->second == 0)
      if (auto local = printed_local(*shown)) return *local;
    // No time printed: the day a date element prints ("Published at : May 12, 2024" for
    // 23:45Z the day before).
    if (!m.shown_dates_from_header && first_day && !first_day->has_time && (!shown || !shown->has_time))
      if (auto local = onto_day(*first_day)) return *local;
  }
  if (auto zone = single_zone_of(m)) return format_iso(from_unix(instant, *zone));
  return utc;
}

std::optional<std::string> in_zone_of(const std::optional<std::string>& stamp, const std::optional<std::string>& other) {
  if (!stamp || !other) return stamp;
  auto s = parse_iso8601(*stamp);
  auto o = parse_iso8601(*other);
  if (!s || !s->has_time || !s->offset_minutes || *s->offset_minutes != 0) return stamp;
  if (!o || !o->has_time || !o->offset_minutes || *o->offset_minutes == 0) return stamp;
  return format_iso(from_unix(s->to_unix(), *o->offset_minutes));
}

}  // namespace newsarchive::parse

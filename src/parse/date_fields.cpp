// Dates: the published and modified stamps from the page's statements, its URL and the
// lines it prints, read in the language and order the page writes them.
#include <algorithm>
#include <cctype>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/fields.hpp"
#include "parse/local_time.hpp"

namespace newsarchive::parse {
namespace {

std::optional<std::string> first_date(const std::vector<std::optional<std::string>>& values,
                                      std::string_view lang = {}) {
  for (const auto& v : values)
    if (v)
      if (auto d = normalise_date(*v, lang)) return d;
  return std::nullopt;
}

// The story's time of day when the first shown date is a masthead's day ("Sexta-feira, 14
// de Março de 2025", opening with its weekday) and the next date element gives that day
// with its time ("14 de março de 2025, 10:15"); not an update's "Stand:" line.
std::optional<std::string> time_after_masthead_day(const PageMeta& m, const std::string& day, std::string_view lang) {
  for (std::size_t i = 0; i + 1 < m.shown_dates.size(); ++i) {
    if (normalise_date(m.shown_dates[i], lang) != day) continue;
    std::string first = lower_utf8(std::string(trim(m.shown_dates[i])));
    std::size_t cut = first.find_first_of(" ,");
    if (!is_weekday_name(first.substr(0, cut))) return std::nullopt;
    const std::string next = lower_utf8(std::string(trim(m.shown_dates[i + 1])));
    if (next.starts_with("stand")) return std::nullopt;
    auto d = normalise_date(m.shown_dates[i + 1], lang);
    if (d && d->size() > 10 && d->compare(0, 10, day) == 0) return d;
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> normalise_date(std::string_view text, std::string_view lang) {
  std::string t = collapse_whitespace(text);
  if (t.empty() || utf8_length(t) > 100) return std::nullopt;  // letters: Khmer takes three bytes a letter
  auto d = parse_iso8601(t);
  if (!d) d = parse_date_loose(t, lang);
  if (!d || !is_valid(*d) || d->year < 1990 || d->year > 2100) return std::nullopt;
  return format_iso(*d);
}

std::optional<std::string> date_from_url(std::string_view url) {
  // A folder (/2016/12/19/, /2016/3/7/ as Vox writes it, /2016-12-19/, /20161219/,
  // /2016/1219/) or the end of a slug (-2016-12-19/, -20161219.html).
  std::string path = std::string(url);
  if (auto u = parse_url(url)) path = u->path;
  auto digits_at = [&](std::size_t at, std::size_t max) {  // the run of digits at `at`, up to max + 1
    std::size_t n = 0;
    while (at + n < path.size() && n <= max && std::isdigit(static_cast<unsigned char>(path[at + n]))) ++n;
    return n;
  };
  auto value = [&](std::size_t at, std::size_t n) { return std::stoi(path.substr(at, n)); };
  auto ends_there = [&](std::size_t at) {
    return at >= path.size() || path[at] == '/' || path[at] == '.' || path[at] == '-' || path[at] == '_';
  };
  for (std::size_t i = 0; i + 9 <= path.size(); ++i) {
    char lead = path[i];
    if (lead != '/' && lead != '-' && lead != '_') continue;
    if (digits_at(i + 1, 8) == 8 && ends_there(i + 9)) {  // 20161219
      DateTime dt;
      dt.year = value(i + 1, 4);
      dt.month = value(i + 5, 2);
      dt.day = value(i + 7, 2);
      if (dt.year >= 1990 && dt.year <= 2100 && is_valid(dt)) return format_iso(dt);
      continue;
    }
    if (digits_at(i + 1, 4) != 4) continue;
    int y = value(i + 1, 4);
    std::size_t p = i + 5;
    if (y < 1990 || y > 2100 || p >= path.size()) continue;
    char sep = path[p];
    if (sep != '/' && sep != '-' && sep != '_') continue;
    // In a slug the parts are padded ("-2016-03-07"); a folder may not be ("/2016/3/7/").
    std::size_t min = lead == '/' && sep == '/' ? 1 : 2;
    std::size_t mn = digits_at(p + 1, 4), dn = 0;
    int mo = -1, d = -1;
    if (mn == 4 && sep == '/' && ends_there(p + 5)) {  // /2016/1219/
      mo = value(p + 1, 2);
      d = value(p + 3, 2);
    } else if (mn >= min && mn <= 2 && p + 1 + mn < path.size() && path[p + 1 + mn] == sep) {
      dn = digits_at(p + 2 + mn, 2);
      if (dn < min || dn > 2 || !ends_there(p + 2 + mn + dn)) continue;
      mo = value(p + 1, mn);
      d = value(p + 2 + mn, dn);
    }
    if (mo < 1) continue;
    DateTime dt;
    dt.year = y;
    dt.month = mo;
    dt.day = d;
    if (is_valid(dt)) return format_iso(dt);
  }
  return std::nullopt;
}

namespace {

// The date a printed byline gives after its names, on a line of its own or joined by a
// word or mark: "By Jane Smith<br>March 3, 2024", "Written by Jane Smith on March 3, 2024".
// Nothing when the part before it is not a short name ("By Tuesday, the council will vote
// on March 3").
std::optional<std::string> date_after_byline(const std::string& line) {
  for (std::string_view joint : {"\n", " on ", " | ", " \xC2\xB7 ", " - ", " \xE2\x80\x94 "}) {
    std::size_t at = line.find(joint);
    if (at == std::string::npos) continue;
    std::string_view names = std::string_view(line).substr(0, at);
    if (names.find(',') != std::string_view::npos || shown_word_count(names) > 6) return std::nullopt;
    std::string rest = collapse_whitespace(std::string_view(line).substr(at + joint.size()));
    if (rest.size() > 60) return std::nullopt;
    return rest;
  }
  return std::nullopt;
}

}  // namespace

std::string date_language(const PageMeta& m) {
  std::string lang = stated_language(m).value_or("");
  if (lang != "en") return lang;
  // The outlet directory knows the site: its country decides.
  if (!m.site_country.empty()) return m.site_country == "US" ? "en-us" : lang;
  // Unknown: a page stating en-US on a host of no other country. (WordPress and Yoast state
  // en-US by default, so a site the directory places elsewhere keeps day first.) Plain "en"
  // on a .com host says nothing: Ghanaian and Indian sites write so as well as American ones.
  bool us = false;
  for (const auto& v : {m.html_lang, m.get("og:locale"), m.get("content-language")})
    if (v) {
      std::string tag = to_lower_ascii(trim(*v));
      us = us || tag == "en-us" || tag == "en_us";
    }
  if (auto u = parse_url(m.base_url); us && u) {
    std::size_t dot = u->host.rfind('.');
    std::string_view tld = dot == std::string::npos ? std::string_view() : std::string_view(u->host).substr(dot + 1);
    if (tld.size() == 2 && tld != "us") us = false;  // .in, .uk, .au: their own order
  }
  return us ? "en-us" : lang;
}

std::optional<std::string> choose_published(const PageMeta& m, std::string_view page_url) {
  const std::string lang = date_language(m);
  std::vector<std::optional<std::string>> c{m.jsonld.published,
                                            m.get("article:published_time"),
                                            m.get("og:article:published_time"),
                                            m.get("article:published"),
                                            m.get("og:published_time"),
                                            m.get("published_time"),
                                            m.get("datepublished"),
                                            m.get("publishdate"),
                                            m.get("publish-date"),
                                            m.get("publish_date"),
                                            m.get("pubdate"),
                                            m.get("publication_date"),
                                            m.get("parsely-pub-date"),
                                            m.get("sailthru.date"),
                                            m.get("dc.date.issued"),
                                            m.get("dcterms.issued"),
                                            m.get("dc.date"),
                                            m.get("dcterms.date"),
                                            m.get("dcterms.created"),
                                            m.get("dc.date.created"),
                                            m.get("date"),
                                            m.get("article.published"),
                                            m.get("cxenseparse:recs:publishtime"),
                                            m.get("cxenseparse:publishtime")};
  for (const auto& v : m.itemprop_published) c.emplace_back(v);
  for (const auto& v : m.time_published) c.emplace_back(v);
  for (const auto& v : m.labelled_dates) c.emplace_back(v);
  if (auto d = first_date(c, lang)) return local_form(*d, m, c);
  // Last, what the page prints: its first <time>, then a date element's text ("Posted on
  // April 2, 2024").
  std::vector<std::optional<std::string>> loose;
  if (!m.time_any.empty()) loose.emplace_back(m.time_any.front());
  for (const auto& t : m.shown_dates) loose.emplace_back(t);
  for (const auto& t : m.bare_stamps) loose.emplace_back(t);
  for (const auto& line : m.lead_in_bylines) loose.emplace_back(date_after_byline(line));
  for (const auto& v : m.data_published) loose.emplace_back(v);
  if (m.time_any.empty() && !m.time_in_header.empty()) loose.emplace_back(m.time_in_header.front());
  std::optional<std::string> shown = first_date(loose, lang);
  if (shown && shown->size() == 10)
    if (auto timed = time_after_masthead_day(m, *shown, lang)) shown = timed;
  if (auto d = date_from_url(page_url)) {
    // The page's first <time> gives the hour of the URL's day; on another day it is more
    // likely an update or a teaser's, and the URL wins.
    if (shown && shown->size() > d->size() && shown->compare(0, d->size(), *d) == 0) return shown;
    // A CMS that builds the URL from the UTC day ("/2026/11/23/" for 21:40 on the 22nd in New
    // York): the stamp whose instant falls on the URL's day in UTC is the story's.
    if (auto st = shown ? parse_iso8601(*shown) : std::nullopt; st && st->has_time && st->offset_minutes)
      if (format_iso(from_unix(st->to_unix(), 0)).compare(0, d->size(), *d) == 0) return shown;
    return d;
  }
  return shown;
}

std::optional<std::string> choose_modified(const PageMeta& m, const std::optional<std::string>& published) {
  std::vector<std::optional<std::string>> c{m.jsonld.modified,         m.get("article:modified_time"),
                                            m.get("og:updated_time"),  m.get("article:modified"),
                                            m.get("datemodified"),     m.get("dcterms.modified"),
                                            m.get("dc.date.modified"), m.get("last-modified"),
                                            m.get("lastmod")};
  for (const auto& v : m.itemprop_modified) c.emplace_back(v);
  // Last, the update time a date element prints ("Updated March 4, 2024 at 11:15 a.m.").
  for (const auto& v : m.shown_updates) c.emplace_back(v);
  for (const auto& v : m.data_modified) c.emplace_back(v);
  const std::string lang = date_language(m);
  auto d = first_date(c, lang);
  if (!d) return d;
  // The update's local form: another statement of the same instant with an offset, else
  // the offset the published stamp takes (the same site, the same zone).
  if (std::string local = local_form(*d, m, c, false); local != *d) return local;
  auto u = parse_iso8601(*d);
  if (!u || !u->has_time || !u->offset_minutes || *u->offset_minutes != 0) return d;
  // What the update line prints: "Updated January 9, 2025, 7:02 a.m." for 12:02Z is -05:00;
  // German "Stand: 21.11.2026 00:12 Uhr" (as of) is the update's too.
  std::vector<std::string_view> updates(m.shown_updates.begin(), m.shown_updates.end());
  for (const auto* texts : {&m.shown_dates, &m.bare_stamps})
    for (const auto& text : *texts)
      if (trim(text).starts_with("Stand")) updates.push_back(text);
  for (std::string_view text : updates)
    if (auto shown = parse_date_loose(text, lang); shown && shown->has_time)
      if (auto offset = shown_offset(*u, *shown)) return format_iso(from_unix(u->to_unix(), *offset));
  return in_zone_of(d, published);
}

}  // namespace newsarchive::parse

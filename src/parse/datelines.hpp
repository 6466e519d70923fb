#pragma once
// Date stamps printed as lines of the story, which body extraction drops: datelines and
// lines that are only a date.
#include <cstddef>
#include <string>
#include <string_view>

namespace newsarchive::parse {

// A dateline as a block of its own: a short date that does not read as a sentence, a line
// opening with "Published", "Updated", "Stand:" and the like, a live page's "Last updated
// 10:32 GMT", or such stamps side by side ("Published ... | Updated ..."). `chars`: the
// code points of `t`.
bool looks_like_dateline(const std::string& t, std::size_t chars);
// `t` without what a byline's removal left before its date: leading dashes and bars, and the
// byline's own words with its names gone ("Door en 04-03-25, 06:00" -> "04-03-25, 06:00").
std::string_view without_byline_remnant(std::string_view t);
// A place and the newsrooms that filed from it, set above the story: "Ljubljana - MMC RTV
// SLO, STA", "Zagreb - Hina". Not a sentence: one to three capitalised words, a dash, then
// only names in capitals or organisations' names.
bool place_credit_line(std::string_view t);

// A short line that is a date and nothing else, year or not: "Nov 20", "Friday, 20 November",
// "20.11.", "Nov. 20, 2026, 9:41 a.m. ET". Each word is a calendar or clock word; there is a
// day with a month or weekday name, or a numeric day and month.
bool is_date_only(std::string_view t, std::size_t chars);

}  // namespace newsarchive::parse

#pragma once
// What a page shows of its dates, read during the metadata walk (metadata.cpp).
#include <gumbo.h>

#include <optional>
#include <string>
#include <vector>

#include "parse/date_words.hpp"
#include "parse/metadata.hpp"

namespace newsarchive::parse {

// Appends `s` unless empty or `v` holds `cap` already.
void push_limited(std::vector<std::string>& v, std::string s, std::size_t cap = 8);

// An element named for the story's date or its header's details ("entry-date", "posted-on",
// "entry-meta"); not an update's, a comment's or the masthead's day.
bool is_date_element(const GumboNode* n);
// An element named for the story's update ("is-last-update", "date-modified").
bool is_update_element(const GumboNode* n);
// The update a date line states after its published date ("Published May 31 | Last Updated:
// June 1"), or the whole line's when it states only one: `text` keeps what comes before it.
std::optional<std::string> split_update(std::string& text);
// A date element's text into m.shown_dates, its update part ("| Updated ...") into
// m.shown_updates.
void push_shown_date(PageMeta& m, std::string text);
// An update element's text: both dates it states split as push_shown_date, a bare date
// as the update's.
void push_shown_update(PageMeta& m, std::string text);
// The kind of the word a stamp opens with ("Posted: ...", "Son Güncelleme: ..."); nullopt
// for other text.
std::optional<DateWordKind> stamp_kind(const std::string& t);

}  // namespace newsarchive::parse

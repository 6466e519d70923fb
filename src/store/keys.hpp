#pragma once
// Keys the archive stores and compares by: URLs, sites, sort dates, text hashes.
#include <optional>
#include <string>
#include <string_view>

#include "newsarchive/article.hpp"

namespace newsarchive::store {

// The UTC sort key of an article: published in UTC when parseable, else `first_seen`.
std::string dated_key(const std::optional<std::string>& published, const std::string& first_seen);
// The key an article URL is stored under: normalize_url(), else the text trimmed.
std::string url_key(std::string_view url);
// A site as stored in articles.site: lower case, no "www.", no port ("host:8080" and a
// URL name their host), an IPv6 address in brackets.
std::string site_key(std::string_view site);
// How much of the shorter text the other holds: the share of its word trigrams
// (lower-cased ASCII, split on whitespace; single words when a text has fewer than three)
// in the other, 0..1. Two empty texts count as the same (1).
double text_overlap(std::string_view a, std::string_view b);
// How alike two headlines are: the Jaccard index of their content words (three letters
// or more, common joiners left out), 0..1; 0 when either has none.
double headline_likeness(std::string_view a, std::string_view b);

}  // namespace newsarchive::store

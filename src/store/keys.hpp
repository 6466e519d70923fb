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
// A site as stored in articles.site: lower case, no "www.", the host of a URL.
std::string site_key(std::string_view site);

}  // namespace newsarchive::store

#pragma once
// robots.txt as RFC 9309 reads it: the group for our product token (else "*"),
// Allow/Disallow with '*' and '$', longest match wins and Allow wins ties,
// Crawl-delay for the chosen group, and the file's Sitemap lines.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

// RFC 9309 2.5: crawlers parse at least the first 500 KiB; what follows is ignored.
inline constexpr std::size_t kRobotsParseBytes = 500 * 1024;

// What a crawler may fetch from one host (scheme + authority) for one run.
class Robots {
 public:
  enum class Kind {
    parsed,        // a 2xx robots.txt was parsed
    allow_all,     // 4xx (robots.txt unavailable) or an empty policy
    disallow_all,  // 5xx, 429 or a network failure: the host is "unreachable"
  };

  // The policy written in `body` for `product_token` (e.g. "newsarchive", matched
  // case-insensitively), falling back to the "*" group. Reads at most 500 KiB;
  // tolerant of a BOM, CRLF or CR line ends, comments and junk lines. Relative
  // Sitemap URLs are resolved against `robots_url` when one is given.
  static Robots parse(std::string_view body, std::string_view product_token,
                      std::string_view robots_url = {});
  static Robots allow_all();
  static Robots disallow_all();

  // The policy for a robots.txt fetch outcome: `status` 0 means no response (network
  // failure). 2xx -> parse(body); 3xx (redirects exhausted) and 4xx -> allow all,
  // except 429 which, like 5xx and a network failure, disallows everything for the run
  // (RFC 9309 2.3.1.3-4; 429 is treated as a server error, as Google does).
  static Robots from_fetch(long status, std::string_view body, std::string_view product_token,
                           std::string_view robots_url = {});

  // True when `url_or_path` (an absolute URL, or a path with optional "?query") may be
  // fetched. "/robots.txt" is always allowed. URLs that do not parse are allowed.
  bool allowed(std::string_view url_or_path) const;

  // Seconds from the chosen group's Crawl-delay (fractions kept, not capped: the crawl's
  // max_crawl_delay does that); nullopt when the group sets none.
  std::optional<double> crawl_delay() const { return crawl_delay_; }
  // Absolute Sitemap URLs from anywhere in the file, in file order, deduplicated.
  const std::vector<std::string>& sitemaps() const { return sitemaps_; }
  Kind kind() const { return kind_; }

  struct Rule {
    std::string pattern;  // percent-normalised, starts with '/' or '*'
    bool allow = false;
  };
  const std::vector<Rule>& rules() const { return rules_; }

 private:
  Kind kind_ = Kind::allow_all;
  std::vector<Rule> rules_;
  std::optional<double> crawl_delay_;
  std::vector<std::string> sitemaps_;
};

// The product token robots.txt groups are matched against: the leading run of
// letters, digits, '_' and '-' of a User-Agent ("newsarchive/1.0 (+...)" ->
// "newsarchive"); "" when the User-Agent does not start with one.
std::string product_token(std::string_view user_agent);

// "scheme://authority/robots.txt" for an http(s) URL; "" otherwise.
std::string robots_url(std::string_view url);

// True when `path` (path and optional "?query", percent-normalised) matches a
// robots.txt pattern with '*' (any run) and a final '$' (end of path).
bool robots_pattern_matches(std::string_view pattern, std::string_view path);

}  // namespace newsarchive

#pragma once
// Which discovered URLs of a site are article candidates: the site's include/exclude
// patterns plus, for links scraped from section pages, heuristics that drop obvious
// non-articles (assets, tag/author/about pages, the section pages themselves).
#include <cstddef>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsarchive {

struct SiteConfig;

// Where a URL was found. Feeds and sitemaps list articles on purpose; section-page
// links are every <a href> on a page, so they get the article heuristics too.
enum class LinkSource { feed, sitemap, section_page };

// Longer URLs are not taken (sitemaps allow 2,048 characters): no article lives at one,
// and matching patterns such as ".*" over a huge link would exhaust the regex engine's
// stack (libstdc++ recurses per character).
inline constexpr std::size_t kMaxUrlBytes = 4096;

enum class UrlVerdict {
  accepted,
  too_long,          // over kMaxUrlBytes
  not_http,          // not an absolute http(s) URL (mailto:, javascript:, ftp:, junk)
  other_site,        // host outside the site's hosts and their registrable domains
  excluded,          // an exclude pattern matched
  static_asset,      // image, stylesheet, script, document, archive, audio, video
  not_included,      // include patterns are configured and none matched
  start_page,        // one of the site's start (section) pages
  utility_page,      // section link to /tag/, /author/, /about, /search, ... (no include)
  not_article_like,  // section link failing the article heuristic (no include)
};
const char* url_verdict_name(UrlVerdict v);

class UrlFilter {
 public:
  // The site's hosts are those of its start, feed and sitemap URLs. Throws
  // std::regex_error for an invalid pattern (parse_config has already rejected those).
  explicit UrlFilter(const SiteConfig& site);
  UrlFilter(const std::vector<std::string>& site_urls, const std::vector<std::string>& include,
            const std::vector<std::string>& exclude,
            const std::vector<std::string>& start_pages = {});

  // Checks, in order: http(s), same site, exclude, static asset, include (when given);
  // then for section-page links: not a start page, and, only when no include pattern
  // is configured, not a utility page and article-like. Patterns are searched in the
  // URL as given (a match anywhere; '^' anchors at the scheme).
  UrlVerdict check(std::string_view url, LinkSource from) const;
  bool accepts(std::string_view url, LinkSource from = LinkSource::feed) const {
    return check(url, from) == UrlVerdict::accepted;
  }

  // True when the URL's host is one of the site's hosts ("www." ignored) or shares a
  // registrable domain with one (a feed may list articles on a sister subdomain).
  bool same_site(std::string_view url) const;

  // True when an exclude pattern matches: a URL the site must not fetch, wherever it
  // came from (a redirect's target too, on any host). A URL over kMaxUrlBytes is excluded.
  bool excluded(std::string_view url) const;

  // A feed or sitemap the crawl found (a child sitemap, a robots.txt Sitemap: line, a
  // feed a start page advertises) is read when it is of the site and not excluded; the
  // ones the configuration lists are always read.
  bool takes_document(std::string_view url) const { return same_site(url) && !excluded(url); }

 private:
  std::vector<std::regex> include_;
  std::vector<std::regex> exclude_;
  std::unordered_set<std::string> hosts_;
  std::unordered_set<std::string> domains_;
  std::unordered_set<std::string> start_pages_;  // normalised
};

// True when the last path segment ends in a static-asset extension (.jpg .png .gif
// .svg .webp .ico .pdf .css .js .json .xml .zip .gz .mp3 .mp4 .woff ...).
bool is_static_asset_path(std::string_view path);

// True when a path segment names a site utility or listing page: tag(s), author(s),
// category/categories, topic(s), search, login/signin/register, subscribe,
// newsletter(s), about(-us), contact(-us), privacy(-policy), terms(-of-service|
// -of-use|-and-conditions), cookie(s|-policy), account, feed, rss, page (pagination).
bool is_utility_path(std::string_view path);

// The section-link heuristic for "this looks like an article": any of
//  - path depth >= 2 ("/world/some-story", "/news/12345"),
//  - a date in the path ("/2024/05/17/", "/2024/05/", "2024-05-17", "20240517"),
//  - a long slug: a segment of >= 15 characters with >= 2 hyphens or underscores,
//  - a numeric id: a run of >= 5 digits in the path, or an all-digit query value
//    of >= 3 digits ("?p=123", "?id=98765").
// `path` is the URL path, optionally followed by "?query".
bool looks_like_article_path(std::string_view path);

}  // namespace newsarchive

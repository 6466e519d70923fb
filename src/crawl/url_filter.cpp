#include "crawl/url_filter.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "core/text.hpp"
#include "crawl/config.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  for (std::string_view s : split(path, '/'))
    if (!s.empty()) out.push_back(s);
  return out;
}

std::vector<std::regex> compile(const std::vector<std::string>& patterns) {
  std::vector<std::regex> out;
  out.reserve(patterns.size());
  for (const std::string& p : patterns)
    out.emplace_back(p, std::regex::ECMAScript | std::regex::optimize);
  return out;
}

bool any_search(const std::vector<std::regex>& res, const std::string& s) {
  return std::any_of(res.begin(), res.end(), [&](const std::regex& re) { return std::regex_search(s, re); });
}

// The number at s[i..i+n) when all are digits.
std::optional<int> digits_at(std::string_view s, std::size_t i, std::size_t n) {
  if (i + n > s.size()) return std::nullopt;
  int v = 0;
  for (std::size_t k = i; k < i + n; ++k) {
    if (!is_digit(s[k])) return std::nullopt;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

bool plausible_year(int y) { return y >= 1990 && y <= 2100; }

// "/2024/05/", "2024-05-17", "2024_05_17", "20240517" anywhere in the path, with the
// year not glued to further digits.
bool has_date(std::string_view path) {
  for (std::size_t i = 0; i + 6 <= path.size(); ++i) {
    if (i > 0 && is_digit(path[i - 1])) continue;
    std::optional<int> year = digits_at(path, i, 4);
    if (!year || !plausible_year(*year)) continue;
    std::size_t j = i + 4;
    if (j < path.size() && (path[j] == '/' || path[j] == '-' || path[j] == '_')) {
      std::optional<int> month = digits_at(path, j + 1, 2);
      bool month_ends = j + 3 >= path.size() || !is_digit(path[j + 3]);
      if (month && *month >= 1 && *month <= 12 && month_ends) return true;
    } else if (auto md = digits_at(path, j, 4)) {
      int month = *md / 100, day = *md % 100;
      bool ends = j + 4 >= path.size() || !is_digit(path[j + 4]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && ends) return true;
    }
  }
  return false;
}

bool has_long_slug(const std::vector<std::string_view>& segs) {
  return std::any_of(segs.begin(), segs.end(), [](std::string_view s) {
    std::size_t dashes = std::count(s.begin(), s.end(), '-') + std::count(s.begin(), s.end(), '_');
    return s.size() >= 15 && dashes >= 2;
  });
}

bool has_numeric_id(std::string_view path, std::string_view query) {
  std::size_t run = 0;
  for (char c : path) {
    run = is_digit(c) ? run + 1 : 0;
    if (run >= 5) return true;
  }
  for (std::string_view pair : split(query, '&')) {
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view v = pair.substr(eq + 1);
    if (v.size() >= 3 && std::all_of(v.begin(), v.end(), is_digit)) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 19> kAssetExtensions = {
    "jpg", "jpeg", "png", "gif", "svg", "webp", "ico", "bmp", "avif", "tif",
    "pdf", "css", "js",  "json", "xml", "zip", "gz",  "mp3", "mp4"};
constexpr std::array<std::string_view, 16> kMoreAssetExtensions = {
    "m4a", "wav", "ogg", "webm", "mov", "avi", "woff", "woff2",
    "ttf", "eot", "doc", "docx", "xls", "xlsx", "ppt", "tiff"};

constexpr std::array<std::string_view, 40> kUtilitySegments = {
    "section",   "sections",
    "tag",       "tags",         "author",          "authors",          "category",
    "categories", "topic",       "topics",          "search",           "login",
    "log-in",    "signin",       "sign-in",         "register",         "subscribe",
    "subscription", "subscriptions", "newsletter",  "newsletters",      "about",
    "about-us",  "contact",      "contact-us",      "privacy",          "privacy-policy",
    "terms",     "terms-of-service", "terms-of-use", "terms-and-conditions", "cookies",
    "cookie-policy", "account",  "feed",            "rss",              "page",
    "impressum", "datenschutz",  "kontakt"};

}  // namespace

const char* url_verdict_name(UrlVerdict v) {
  switch (v) {
    case UrlVerdict::accepted: return "accepted";
    case UrlVerdict::too_long: return "too_long";
    case UrlVerdict::not_http: return "not_http";
    case UrlVerdict::other_site: return "other_site";
    case UrlVerdict::excluded: return "excluded";
    case UrlVerdict::static_asset: return "static_asset";
    case UrlVerdict::not_included: return "not_included";
    case UrlVerdict::start_page: return "start_page";
    case UrlVerdict::utility_page: return "utility_page";
    case UrlVerdict::not_article_like: return "not_article_like";
  }
  return "unknown";
}

bool is_static_asset_path(std::string_view path) {
  std::string_view last = path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1);
  std::size_t dot = last.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string ext = to_lower_ascii(last.substr(dot + 1));
  return std::find(kAssetExtensions.begin(), kAssetExtensions.end(), ext) != kAssetExtensions.end() ||
         std::find(kMoreAssetExtensions.begin(), kMoreAssetExtensions.end(), ext) !=
             kMoreAssetExtensions.end();
}

bool is_utility_path(std::string_view path) {
  path = path.substr(0, path.find('?'));
  for (std::string_view seg : segments(path)) {
    std::string s = to_lower_ascii(seg);
    // "/about.html" and "/contact.php" name the same pages.
    if (std::size_t dot = s.find('.'); dot != std::string::npos) s.resize(dot);
    if (std::find(kUtilitySegments.begin(), kUtilitySegments.end(), s) != kUtilitySegments.end())
      return true;
  }
  return false;
}

bool looks_like_article_path(std::string_view path_and_query) {
  std::size_t q = path_and_query.find('?');
  std::string_view path = path_and_query.substr(0, q);
  std::string_view query = q == std::string_view::npos ? std::string_view() : path_and_query.substr(q + 1);
  std::vector<std::string_view> segs = segments(path);
  return segs.size() >= 2 || has_date(path) || has_long_slug(segs) || has_numeric_id(path, query);
}

UrlFilter::UrlFilter(const SiteConfig& site) {
  std::vector<std::string> urls = site.start;
  urls.insert(urls.end(), site.feeds.begin(), site.feeds.end());
  urls.insert(urls.end(), site.sitemaps.begin(), site.sitemaps.end());
  *this = UrlFilter(urls, site.include, site.exclude, site.start);
  // Hosts the site names are taken as they are, not with their registrable domains:
  // a tracker at news.google.com does not make all of google.com the site's.
  for (const std::string& host : site.hosts)
    if (std::string h = url_host("http://" + host + "/"); !h.empty()) hosts_.insert(std::move(h));
}

UrlFilter::UrlFilter(const std::vector<std::string>& site_urls, const std::vector<std::string>& include,
                     const std::vector<std::string>& exclude,
                     const std::vector<std::string>& start_pages)
    : include_(compile(include)), exclude_(compile(exclude)) {
  for (const std::string& u : site_urls) {
    std::string host = url_host(u);
    if (host.empty()) continue;
    hosts_.insert(host);
    domains_.insert(registrable_domain(host));
  }
  for (const std::string& u : start_pages)
    if (auto n = normalize_url(u)) start_pages_.insert(*n);
}

bool UrlFilter::same_site(std::string_view url) const {
  std::string host = url_host(url);
  if (host.empty()) return false;
  return hosts_.count(host) > 0 || domains_.count(registrable_domain(host)) > 0;
}

bool UrlFilter::excluded(std::string_view url) const {
  std::string_view t = trim(url);
  return t.size() > kMaxUrlBytes || any_search(exclude_, std::string(t));
}

UrlVerdict UrlFilter::check(std::string_view url_in, LinkSource from) const {
  std::string_view trimmed = trim(url_in);
  if (trimmed.size() > kMaxUrlBytes) return UrlVerdict::too_long;
  std::string url(trimmed);
  if (!is_http_url(url)) return UrlVerdict::not_http;
  std::optional<Url> parsed = parse_url(url);
  if (!parsed) return UrlVerdict::not_http;
  if (!same_site(url)) return UrlVerdict::other_site;
  if (any_search(exclude_, url)) return UrlVerdict::excluded;
  if (is_static_asset_path(parsed->path)) return UrlVerdict::static_asset;
  if (!include_.empty() && !any_search(include_, url)) return UrlVerdict::not_included;
  if (from != LinkSource::section_page) return UrlVerdict::accepted;

  if (auto n = normalize_url(url); n && start_pages_.count(*n)) return UrlVerdict::start_page;
  if (!include_.empty()) return UrlVerdict::accepted;
  std::string path_query = parsed->path + (parsed->has_query ? "?" + parsed->query : "");
  if (is_utility_path(parsed->path)) return UrlVerdict::utility_page;
  if (!looks_like_article_path(path_query)) return UrlVerdict::not_article_like;
  return UrlVerdict::accepted;
}

}  // namespace newsarchive

#pragma once
// The crawl configuration (sites.toml): global [crawl] settings and one [[site]] table
// per site. Parsed with toml++ and validated strictly: every mistake is reported with
// file, line and key so a nightly cron job fails loudly instead of crawling wrongly.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/fetcher.hpp"

namespace newsarchive {

// A bad or unreadable configuration. what() is one line: every problem found, each
// "file:line: where: what", joined by "; ", e.g.
// `sites.toml:12: [[site]] "Example News": unknown key 'feed' (did you mean 'feeds'?)`.
class ConfigError : public std::runtime_error {
 public:
  explicit ConfigError(const std::string& what) : std::runtime_error(what) {}
};

// Upper bounds shared by the configuration file and the command line.
constexpr int kMaxConcurrency = 1024;  // transfers in flight overall
constexpr int kMaxWorkers = 1024;      // parser threads

// Why `user_agent` cannot be sent, or "" when it can: it must start with a product
// name (its robots.txt token: letters, digits, '-', '_', then '/', a space or the end)
// and hold printable ASCII only (no header injection, no tab).
// The configuration file and --user-agent are checked alike.
std::string user_agent_problem(std::string_view user_agent);

// The [crawl] table. Defaults apply to keys that are absent.
struct CrawlSettings {
  std::string user_agent = "newsarchive/0.1 (+https://github.com/newsarchive/newsarchive)";
  int concurrency = 16;             // transfers in flight overall
  double per_host_delay = 1.0;      // seconds between request starts to one host
  int max_pages_per_site = 500;     // article fetches per site per run
  int recheck_days = 3;             // re-fetch articles this young to catch edits
  double timeout = 60.0;            // seconds, whole transfer
  double connect_timeout = 10.0;    // seconds
  double max_body_mb = 20.0;        // decoded body limit, MiB
  int max_retries = 3;              // retries after the first attempt
  double retry_base_delay = 2.0;    // seconds; backoff is base * 2^attempt
  double max_retry_delay = 300.0;   // seconds; backoff cap
  double max_crawl_delay = 60.0;    // seconds; a longer robots.txt Crawl-delay is capped here
  int host_failure_limit = 10;      // consecutive failures before a host is set aside
  std::string outlets;              // user outlet directory; "" = the built-in one.
                                    // Relative paths are resolved against the config
                                    // file's directory.
  int workers = 0;                  // parser threads; always >= 1 after parsing
                                    // (absent: one per core)
};

// One [[site]] table. Per-site overrides are already resolved: max_pages,
// per_host_delay and user_agent hold the [crawl] value when the site sets none.
struct SiteConfig {
  std::string name;
  std::vector<std::string> start;     // section pages; links followed one level
  std::vector<std::string> feeds;     // RSS / Atom
  std::vector<std::string> sitemaps;  // sitemap, sitemap index or news sitemap
  std::vector<std::string> include;   // article URL regexes (search semantics)
  std::vector<std::string> exclude;   // URL regexes that are never fetched
  // More hosts whose URLs are the site's, beside those of its start, feed and sitemap
  // URLs (and their registrable domains): a tracker its feed links through. Each is taken
  // as it is, not with its domain. Lower case, no port.
  std::vector<std::string> hosts;
  int max_pages = 0;
  double per_host_delay = 0;
  std::string user_agent;
  bool enabled = true;
  int line = 0;  // line of the [[site]] header, for messages
};

struct CrawlConfig {
  std::string source;  // the file name messages use
  CrawlSettings crawl;
  std::vector<SiteConfig> sites;  // in file order
};

// Reads and validates a config file. Throws ConfigError (also when the file cannot
// be read or `outlets` names a path that does not exist).
CrawlConfig load_config(const std::string& path);

// Validates config text; `name` is the file name used in messages and the base for a
// relative `outlets` path. Throws ConfigError listing every problem found.
CrawlConfig parse_config(std::string_view text, std::string_view name);

// The sites a run covers: with no names, every enabled site; otherwise the named ones
// (matched case-insensitively, enabled or not) in file order. Throws ConfigError for
// a name that matches no site.
std::vector<const SiteConfig*> select_sites(const CrawlConfig& config,
                                            const std::vector<std::string>& names);

// Fetcher settings from [crawl]: user agent, concurrency (max_total; max_per_host is
// min(concurrency, 4), the scheduler enforcing the stricter per-host politeness),
// timeouts and the body limit.
FetcherOptions fetcher_options(const CrawlSettings& settings);

}  // namespace newsarchive

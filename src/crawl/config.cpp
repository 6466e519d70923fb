#include "crawl/config.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <regex>
#include <sstream>
#include <thread>
#include <toml++/toml.h>

#include "core/text.hpp"
#include "crawl/robots.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {
namespace {

constexpr std::string_view kCrawlKeys[] = {
    "user_agent",  "concurrency",     "per_host_delay",   "max_pages_per_site",
    "recheck_days", "timeout",        "connect_timeout",  "max_body_mb",
    "max_retries", "retry_base_delay", "max_retry_delay", "max_crawl_delay",
    "host_failure_limit", "outlets",  "workers"};
constexpr std::string_view kSiteKeys[] = {"name",    "start",     "feeds",          "sitemaps",
                                          "include", "exclude",   "max_pages",      "per_host_delay",
                                          "user_agent", "enabled", "hosts"};
constexpr std::string_view kTopKeys[] = {"crawl", "site"};

// " (did you mean 'feeds'?)" for a near miss, "" otherwise.
template <std::size_t N>
std::string suggestion(std::string_view key, const std::string_view (&known)[N]) {
  std::string lower = to_lower_ascii(key);
  std::string_view best;
  std::size_t best_d = 3;  // suggest only within two edits
  for (std::string_view k : known) {
    std::size_t d = edit_distance(lower, k);
    if (d < best_d) best_d = d, best = k;
  }
  return best.empty() ? "" : " (did you mean '" + std::string(best) + "'?)";
}

template <std::size_t N>
bool is_known(std::string_view key, const std::string_view (&known)[N]) {
  return std::find(std::begin(known), std::end(known), key) != std::end(known);
}

const char* type_name(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    default: return "nothing";
  }
}

// Collects problems as "file:line: where: message" lines.
class Checker {
 public:
  explicit Checker(std::string file) : file_(std::move(file)) {}

  void add(long line, std::string_view where, const std::string& message) {
    std::string s = file_;
    if (line > 0) s += ":" + std::to_string(line);
    s += ": ";
    if (!where.empty()) s.append(where).append(": ");
    s += message;
    problems_.push_back(std::move(s));
  }
  void add(const toml::node& n, std::string_view where, const std::string& message) {
    add(static_cast<long>(n.source().begin.line), where, message);
  }

  std::optional<std::string> get_string(const toml::node& n, std::string_view where,
                                        std::string_view key) {
    if (!n.is_string()) {
      add(n, where, "'" + std::string(key) + "' must be a string, got " + type_name(n));
      return std::nullopt;
    }
    return n.as_string()->get();
  }

  std::optional<int> get_int(const toml::node& n, std::string_view where, std::string_view key,
                             std::int64_t min, std::int64_t max) {
    if (!n.is_integer()) {
      add(n, where, "'" + std::string(key) + "' must be an integer, got " + type_name(n));
      return std::nullopt;
    }
    std::int64_t v = n.as_integer()->get();
    if (v < min || v > max) {
      add(n, where,
          "'" + std::string(key) + "' must be between " + std::to_string(min) + " and " +
              std::to_string(max) + ", got " + std::to_string(v));
      return std::nullopt;
    }
    return static_cast<int>(v);
  }

  // Integers are accepted where a number of seconds or megabytes is expected.
  std::optional<double> get_number(const toml::node& n, std::string_view where,
                                   std::string_view key, double min, bool min_exclusive) {
    double v = 0;
    if (n.is_integer()) {
      v = static_cast<double>(n.as_integer()->get());
    } else if (n.is_floating_point()) {
      v = n.as_floating_point()->get();
    } else {
      add(n, where, "'" + std::string(key) + "' must be a number, got " + type_name(n));
      return std::nullopt;
    }
    bool bad = !std::isfinite(v) || v < min || (min_exclusive && v == min);
    if (bad) {
      std::ostringstream msg;
      msg << "'" << key << "' must be " << (min_exclusive ? "> " : ">= ") << min << ", got " << v;
      add(n, where, msg.str());
      return std::nullopt;
    }
    return v;
  }

  // An array of strings; a single string is taken as a one-element array.
  std::vector<std::pair<std::string, const toml::node*>> get_strings(const toml::node& n,
                                                                     std::string_view where,
                                                                     std::string_view key) {
    std::vector<std::pair<std::string, const toml::node*>> out;
    if (n.is_string()) {
      out.emplace_back(n.as_string()->get(), &n);
      return out;
    }
    if (!n.is_array()) {
      add(n, where, "'" + std::string(key) + "' must be an array of strings, got " + type_name(n));
      return out;
    }
    for (const toml::node& item : *n.as_array()) {
      if (!item.is_string()) {
        add(item, where,
            "'" + std::string(key) + "' must contain only strings, found " + type_name(item));
        continue;
      }
      out.emplace_back(item.as_string()->get(), &item);
    }
    return out;
  }

  // "'feeds' entry 'x' is not an http(s) URL". Appended step by step: GCC 12's
  // -Wrestrict misreads "'" + std::string(...) here.
  void bad_entry(const toml::node& node, std::string_view where, std::string_view key, std::string_view entry,
                 std::string_view problem) {
    std::string message = "'";
    message.append(key).append("' entry '").append(entry).append("' ").append(problem);
    add(node, where, message);
  }

  std::vector<std::string> get_urls(const toml::node& n, std::string_view where,
                                    std::string_view key) {
    std::vector<std::string> out;
    for (auto& [url, node] : get_strings(n, where, key)) {
      if (!is_http_url(trim(url))) {
        bad_entry(*node, where, key, url, "is not an http(s) URL");
        continue;
      }
      out.emplace_back(trim(url));
    }
    return out;
  }

  // Bare host names ("feeds.example.net") or IPv4 addresses: no scheme, port, path or
  // wildcard, and not a public suffix alone ("co.uk"), which would name no one's site.
  std::vector<std::string> get_hosts(const toml::node& n, std::string_view where, std::string_view key) {
    static const std::regex kHost("[a-z0-9]([a-z0-9_-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)+");
    static const std::regex kIpv4("(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");
    std::vector<std::string> out;
    for (auto& [text, node] : get_strings(n, where, key)) {
      std::string host = to_lower_ascii(trim(text));
      constexpr std::size_t kMaxHostBytes = 253;  // DNS; also keeps the regex off long input
      bool ip = host.size() <= kMaxHostBytes && std::regex_match(host, kIpv4);
      bool numeric = host.find_first_not_of("0123456789.") == std::string::npos;  // an address or nothing
      if (!ip && (numeric || host.size() > kMaxHostBytes || !std::regex_match(host, kHost) || is_public_suffix(host))) {
        bad_entry(*node, where, key, text, "is not a host name (write it bare, as feeds.example.net)");
        continue;
      }
      out.push_back(std::move(host));
    }
    return out;
  }

  std::vector<std::string> get_regexes(const toml::node& n, std::string_view where,
                                       std::string_view key) {
    std::vector<std::string> out;
    for (auto& [pattern, node] : get_strings(n, where, key)) {
      try {
        std::regex re(pattern, std::regex::ECMAScript);
        out.push_back(pattern);
      } catch (const std::regex_error& e) {
        add(*node, where, "'" + std::string(key) + "' entry '" + pattern + "' is not a valid regex: " + e.what());
      }
    }
    return out;
  }

  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::string file_;
  std::vector<std::string> problems_;
};

constexpr std::int64_t kIntMax = std::numeric_limits<int>::max();

void read_crawl(const toml::table& t, Checker& c, CrawlSettings& s) {
  const std::string_view where = "[crawl]";
  for (auto&& [k, node] : t) {
    std::string_view key = k.str();
    if (key == "user_agent") {
      if (auto v = c.get_string(node, where, key)) {
        if (std::string problem = user_agent_problem(*v); !problem.empty())
          c.add(node, where, "'user_agent' " + problem);
        else
          s.user_agent = *v;
      }
    } else if (key == "concurrency") {
      if (auto v = c.get_int(node, where, key, 1, kMaxConcurrency)) s.concurrency = *v;
    } else if (key == "per_host_delay") {
      if (auto v = c.get_number(node, where, key, 0, false)) s.per_host_delay = *v;
    } else if (key == "max_pages_per_site") {
      if (auto v = c.get_int(node, where, key, 0, kIntMax)) s.max_pages_per_site = *v;
    } else if (key == "recheck_days") {
      if (auto v = c.get_int(node, where, key, 0, 36500)) s.recheck_days = *v;
    } else if (key == "timeout") {
      if (auto v = c.get_number(node, where, key, 0, true)) s.timeout = *v;
    } else if (key == "connect_timeout") {
      if (auto v = c.get_number(node, where, key, 0, true)) s.connect_timeout = *v;
    } else if (key == "max_body_mb") {
      if (auto v = c.get_number(node, where, key, 0, true)) s.max_body_mb = *v;
    } else if (key == "max_retries") {
      if (auto v = c.get_int(node, where, key, 0, 100)) s.max_retries = *v;
    } else if (key == "retry_base_delay") {
      if (auto v = c.get_number(node, where, key, 0, false)) s.retry_base_delay = *v;
    } else if (key == "max_retry_delay") {
      if (auto v = c.get_number(node, where, key, 0, false)) s.max_retry_delay = *v;
    } else if (key == "max_crawl_delay") {
      if (auto v = c.get_number(node, where, key, 0, false)) s.max_crawl_delay = *v;
    } else if (key == "host_failure_limit") {
      if (auto v = c.get_int(node, where, key, 1, kIntMax)) s.host_failure_limit = *v;
    } else if (key == "outlets") {
      if (auto v = c.get_string(node, where, key)) s.outlets = *v;
    } else if (key == "workers") {
      if (auto v = c.get_int(node, where, key, 1, kMaxWorkers)) s.workers = *v;
    } else {
      c.add(static_cast<long>(k.source().begin.line), where,
            "unknown key '" + std::string(key) + "'" + suggestion(key, kCrawlKeys));
    }
  }
}

SiteConfig read_site(const toml::table& t, std::size_t index, Checker& c,
                     const CrawlSettings& defaults) {
  SiteConfig site;
  site.line = static_cast<int>(t.source().begin.line);
  std::string where = "[[site]] #" + std::to_string(index + 1);
  if (const toml::node* n = t.get("name")) {
    if (auto v = c.get_string(*n, where, "name")) {
      if (trim(*v).empty())
        c.add(*n, where, "'name' must not be empty");
      else
        site.name = std::string(trim(*v)), where = "[[site]] \"" + site.name + "\"";
    }
  } else {
    c.add(site.line, where, "missing key 'name'");
  }

  std::optional<int> max_pages;
  std::optional<double> delay;
  std::optional<std::string> agent;
  for (auto&& [k, node] : t) {
    std::string_view key = k.str();
    if (key == "name") {
      continue;
    } else if (key == "start") {
      site.start = c.get_urls(node, where, key);
    } else if (key == "feeds") {
      site.feeds = c.get_urls(node, where, key);
    } else if (key == "sitemaps") {
      site.sitemaps = c.get_urls(node, where, key);
    } else if (key == "hosts") {
      site.hosts = c.get_hosts(node, where, key);
    } else if (key == "include") {
      site.include = c.get_regexes(node, where, key);
    } else if (key == "exclude") {
      site.exclude = c.get_regexes(node, where, key);
    } else if (key == "max_pages") {
      max_pages = c.get_int(node, where, key, 0, kIntMax);
    } else if (key == "per_host_delay") {
      delay = c.get_number(node, where, key, 0, false);
    } else if (key == "user_agent") {
      agent = c.get_string(node, where, key);
      if (std::string problem = agent ? user_agent_problem(*agent) : ""; !problem.empty()) {
        c.add(node, where, "'user_agent' " + problem);
        agent.reset();
      }
    } else if (key == "enabled") {
      if (!node.is_boolean())
        c.add(node, where, std::string("'enabled' must be a boolean, got ") + type_name(node));
      else
        site.enabled = node.as_boolean()->get();
    } else {
      c.add(static_cast<long>(k.source().begin.line), where,
            "unknown key '" + std::string(key) + "'" + suggestion(key, kSiteKeys));
    }
  }
  // Counted from the raw entries, so a site whose only URL is invalid gets one error.
  bool has_sources = false;
  for (const char* key : {"start", "feeds", "sitemaps"}) {
    const toml::node* n = t.get(key);
    if (n && (n->is_string() || (n->is_array() && !n->as_array()->empty()))) has_sources = true;
  }
  if (!has_sources)
    c.add(site.line, where, "no 'start', 'feeds' or 'sitemaps': nothing to crawl");
  site.max_pages = max_pages.value_or(defaults.max_pages_per_site);
  site.per_host_delay = delay.value_or(defaults.per_host_delay);
  site.user_agent = agent.value_or(defaults.user_agent);
  return site;
}

}  // namespace

std::string user_agent_problem(std::string_view user_agent) {
  // The product name is the robots.txt token: it must be the agent's first word, whole.
  std::string token = product_token(user_agent);
  std::string_view rest = user_agent.substr(std::min(user_agent.size(), token.size()));
  if (token.empty() || user_agent.front() != token.front() || (!rest.empty() && rest.front() != '/' && rest.front() != ' '))
    return "must start with a product name such as \"newsarchive/1.0\"";
  for (char ch : user_agent) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c >= 0x7f) return "must hold printable ASCII characters only (no tabs or control characters)";
  }
  return "";
}

CrawlConfig parse_config(std::string_view text, std::string_view name) {
  CrawlConfig config;
  config.source = std::string(name);
  toml::table root;
  try {
    root = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << name << ":" << e.source().begin.line << ":" << e.source().begin.column
        << ": TOML syntax error: " << e.description();
    std::string one_line = msg.str();
    std::replace(one_line.begin(), one_line.end(), '\n', ' ');
    throw ConfigError(one_line);
  }

  Checker c(config.source);
  for (auto&& [k, node] : root) {
    if (!is_known(k.str(), kTopKeys))
      c.add(static_cast<long>(k.source().begin.line), "",
            "unknown top-level key '" + std::string(k.str()) + "'" + suggestion(k.str(), kTopKeys));
  }

  if (const toml::node* crawl = root.get("crawl")) {
    if (crawl->is_table())
      read_crawl(*crawl->as_table(), c, config.crawl);
    else
      c.add(*crawl, "", std::string("'crawl' must be a table ([crawl]), got ") + type_name(*crawl));
  }
  if (config.crawl.workers == 0)
    config.crawl.workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (!config.crawl.outlets.empty()) {
    std::filesystem::path p(config.crawl.outlets);
    std::filesystem::path dir = std::filesystem::path(std::string(name)).parent_path();
    if (p.is_relative() && !dir.empty()) config.crawl.outlets = (dir / p).lexically_normal().string();
  }

  const toml::node* sites = root.get("site");
  if (!sites) {
    c.add(0, "", "no [[site]] tables: nothing to crawl");
  } else if (!sites->is_array_of_tables()) {
    c.add(*sites, "", "'site' must be an array of tables: write each site as [[site]]");
  } else {
    const toml::array& arr = *sites->as_array();
    for (std::size_t i = 0; i < arr.size(); ++i) {
      SiteConfig site = read_site(*arr[i].as_table(), i, c, config.crawl);
      for (const SiteConfig& other : config.sites) {
        if (!site.name.empty() && iequals(site.name, other.name)) {
          c.add(site.line, "[[site]] \"" + site.name + "\"",
                "duplicate site name (first defined at line " + std::to_string(other.line) + ")");
          break;
        }
      }
      config.sites.push_back(std::move(site));
    }
  }

  // One line, as every error the program prints.
  if (!c.problems().empty()) throw ConfigError(join(c.problems(), "; "));
  return config;
}

CrawlConfig load_config(const std::string& path) {
  // An ifstream opens a directory and reads nothing from it: "no [[site]] tables" misleads.
  if (std::error_code dir_ec; std::filesystem::is_directory(path, dir_ec))
    throw ConfigError(path + ": cannot read: Is a directory (give the sites file)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError(path + ": cannot read: " + std::strerror(errno));
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw ConfigError(path + ": cannot read: " + std::strerror(errno));
  CrawlConfig config = parse_config(buf.str(), path);
  std::error_code ec;
  if (!config.crawl.outlets.empty() && !std::filesystem::exists(config.crawl.outlets, ec))
    throw ConfigError(path + ": [crawl]: 'outlets' path '" + config.crawl.outlets +
                      "' does not exist");
  return config;
}

std::vector<const SiteConfig*> select_sites(const CrawlConfig& config,
                                            const std::vector<std::string>& names) {
  std::vector<const SiteConfig*> out;
  if (names.empty()) {
    for (const SiteConfig& s : config.sites)
      if (s.enabled) out.push_back(&s);
    return out;
  }
  for (const std::string& n : names) {
    bool found = std::any_of(config.sites.begin(), config.sites.end(),
                             [&](const SiteConfig& s) { return iequals(s.name, trim(n)); });
    if (!found) {
      std::vector<std::string> all;
      for (const SiteConfig& s : config.sites) all.push_back("'" + s.name + "'");
      throw ConfigError(config.source + ": no site named '" + n + "' (sites: " + join(all, ", ") + ")");
    }
  }
  for (const SiteConfig& s : config.sites) {
    bool wanted = std::any_of(names.begin(), names.end(),
                              [&](const std::string& n) { return iequals(s.name, trim(n)); });
    if (wanted) out.push_back(&s);
  }
  return out;
}

FetcherOptions fetcher_options(const CrawlSettings& s) {
  FetcherOptions o;
  o.user_agent = s.user_agent;
  o.max_total = s.concurrency;
  o.max_per_host = std::min(s.concurrency, 4);
  o.connect_timeout_ms = std::llround(s.connect_timeout * 1000);
  o.total_timeout_ms = std::llround(s.timeout * 1000);
  o.max_body_bytes = static_cast<std::int64_t>(s.max_body_mb * 1024 * 1024);
  return o;
}

}  // namespace newsarchive

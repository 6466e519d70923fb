#include "crawl/robots.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/text.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {
namespace {

enum class Directive { user_agent, allow, disallow, crawl_delay, sitemap, other };

// Keys are case-insensitive; common misspellings are accepted as Google's parser does.
Directive directive_of(std::string_view key) {
  std::string k = to_lower_ascii(key);
  if (k == "user-agent" || k == "useragent" || k == "user agent" || k == "user_agent")
    return Directive::user_agent;
  if (k == "allow") return Directive::allow;
  if (k == "disallow" || k == "dissallow" || k == "dissalow" || k == "disalow" ||
      k == "diasllow" || k == "disallaw")
    return Directive::disallow;
  if (k == "crawl-delay" || k == "crawldelay" || k == "crawl delay" || k == "crawl_delay")
    return Directive::crawl_delay;
  if (k == "sitemap" || k == "site-map") return Directive::sitemap;
  return Directive::other;
}

struct Group {
  std::vector<std::string> agents;  // product tokens, lower case; "*" for any
  std::vector<Robots::Rule> rules;
  std::optional<double> delay;
};

std::optional<double> parse_delay(std::string_view v) {
  double d = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
  if (ec != std::errc() || ptr == v.data() || !std::isfinite(d) || d < 0) return std::nullopt;
  return d;  // as asked: the crawl caps it at max_crawl_delay, and says so
}

// The path and query robots rules are matched against.
std::optional<std::string> match_target(std::string_view url_or_path) {
  if (!url_or_path.empty() && url_or_path.front() == '/') {
    std::string_view p = url_or_path.substr(0, url_or_path.find('#'));
    return normalize_percent_encoding(p);
  }
  std::optional<Url> u = parse_url(url_or_path);
  if (!u) return std::nullopt;
  std::string target = u->path.empty() ? "/" : u->path;
  if (u->has_query) target += "?" + u->query;
  return normalize_percent_encoding(target);
}

}  // namespace

bool robots_pattern_matches(std::string_view pattern, std::string_view path) {
  // A pattern matches a prefix of the path, so it behaves as if it ended in '*',
  // unless it ends in '$'. Glob matching with one backtrack point (the last '*') is
  // exact for '*'-only patterns and needs no allocation.
  bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  const std::size_t m = pattern.size(), n = path.size();
  std::size_t p = 0, s = 0;
  std::size_t star = std::string_view::npos, star_s = 0;
  while (true) {
    if (p == m && !anchored) return true;
    if (s == n) break;
    if (p < m && pattern[p] == '*') {
      star = p++;
      star_s = s;
    } else if (p < m && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++star_s;
    } else {
      return false;
    }
  }
  while (p < m && pattern[p] == '*') ++p;
  return p == m;
}

std::string product_token(std::string_view user_agent) {
  std::string_view ua = trim(user_agent);
  std::size_t n = 0;
  while (n < ua.size()) {
    char c = ua[n];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-';
    if (!ok) break;
    ++n;
  }
  return std::string(ua.substr(0, n));
}

std::string robots_url(std::string_view url) {
  std::optional<Url> u = parse_url(url);
  if (!u || (u->scheme != "http" && u->scheme != "https") || u->host.empty()) return "";
  return u->scheme + "://" + u->authority() + "/robots.txt";
}

Robots Robots::allow_all() { return Robots(); }

Robots Robots::disallow_all() {
  Robots r;
  r.kind_ = Kind::disallow_all;
  r.rules_.push_back(Rule{"/", false});
  return r;
}

Robots Robots::from_fetch(long status, std::string_view body, std::string_view product_token,
                          std::string_view robots_url) {
  if (status >= 200 && status < 300) return parse(body, product_token, robots_url);
  if (status == 429) return disallow_all();
  if (status >= 300 && status < 500) return allow_all();
  return disallow_all();
}

Robots Robots::parse(std::string_view body, std::string_view token_in,
                     std::string_view robots_url) {
  if (body.size() > kRobotsParseBytes) {
    body = body.substr(0, kRobotsParseBytes);
    std::size_t last = body.find_last_of("\r\n");
    if (last != std::string_view::npos) body = body.substr(0, last);
  }
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);

  Robots robots;
  robots.kind_ = Kind::parsed;
  std::vector<Group> groups;
  bool collecting_agents = false;  // the previous directive was a user-agent line

  std::size_t i = 0;
  while (i < body.size()) {
    std::size_t end = body.find_first_of("\r\n", i);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(i, end - i);
    i = end + 1;
    if (std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // junk
    std::string_view key = trim(line.substr(0, colon));
    std::string_view value = trim(line.substr(colon + 1));

    switch (directive_of(key)) {
      case Directive::user_agent: {
        if (!collecting_agents || groups.empty()) groups.emplace_back();
        collecting_agents = true;
        std::string agent = value == "*" ? "*" : to_lower_ascii(product_token(value));
        if (!agent.empty()) groups.back().agents.push_back(agent);
        break;
      }
      case Directive::allow:
      case Directive::disallow: {
        collecting_agents = false;
        if (groups.empty() || value.empty()) break;  // empty Disallow allows all
        std::string pattern(value);
        if (pattern.front() != '/' && pattern.front() != '*') pattern = "/" + pattern;
        groups.back().rules.push_back(
            Rule{normalize_percent_encoding(pattern), directive_of(key) == Directive::allow});
        break;
      }
      case Directive::crawl_delay:
        collecting_agents = false;
        if (!groups.empty())
          if (auto d = parse_delay(value)) groups.back().delay = d;
        break;
      case Directive::sitemap: {
        std::string url;
        if (is_http_url(value))
          url = std::string(value);
        else if (!robots_url.empty())
          url = resolve_url(robots_url, value).value_or("");
        if (is_http_url(url) &&
            std::find(robots.sitemaps_.begin(), robots.sitemaps_.end(), url) == robots.sitemaps_.end())
          robots.sitemaps_.push_back(url);
        break;
      }
      case Directive::other:
        break;
    }
  }

  // Every group naming our token is combined (RFC 9309 2.2.1); "*" groups otherwise.
  std::string token = to_lower_ascii(product_token(token_in));
  auto select = [&](std::string_view wanted) {
    bool any = false;
    for (const Group& g : groups) {
      if (std::find(g.agents.begin(), g.agents.end(), wanted) == g.agents.end()) continue;
      any = true;
      robots.rules_.insert(robots.rules_.end(), g.rules.begin(), g.rules.end());
      if (g.delay) robots.crawl_delay_ = std::max(robots.crawl_delay_.value_or(0), *g.delay);
    }
    return any;
  };
  if (token.empty() || !select(token)) select("*");
  return robots;
}

bool Robots::allowed(std::string_view url_or_path) const {
  std::optional<std::string> target = match_target(url_or_path);
  if (!target) return true;
  if (*target == "/robots.txt") return true;
  const Rule* best = nullptr;
  for (const Rule& r : rules_) {
    if (!robots_pattern_matches(r.pattern, *target)) continue;
    if (!best || r.pattern.size() > best->pattern.size() ||
        (r.pattern.size() == best->pattern.size() && r.allow && !best->allow))
      best = &r;
  }
  return !best || best->allow;
}

}  // namespace newsarchive

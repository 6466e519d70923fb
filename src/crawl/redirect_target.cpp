#include "crawl/redirect_target.hpp"

#include <algorithm>
#include <utility>

#include "core/text.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {
namespace {

// Both ends of a redirect that left the story's address, parsed; nullopt when there was
// none (or only a form of the same URL).
std::optional<std::pair<Url, Url>> redirect_ends(const FetchResult& f) {
  if (f.final_url.empty() || f.final_url == f.url) return std::nullopt;
  auto to = parse_url(f.final_url);
  auto from = parse_url(f.url);
  if (!to || !from || normalize_url(f.final_url) == normalize_url(f.url)) return std::nullopt;
  return std::pair{std::move(*from), std::move(*to)};
}

// A directory's index page is the directory: "/index.html" is the front page,
// "/politics/index.php" the section.
std::string directory_of_index(std::string path) {
  if (std::size_t slash = path.rfind('/'); path.compare(slash + 1, 6, "index.") == 0) path.erase(slash + 1);
  return path;
}

// A query that is only a referrer tag does not make a page of it ("/?ref=gone"); one that
// names a post does ("/?p=123").
bool only_referrer_query(const Url& u) {
  if (!u.has_query) return true;
  for (std::string_view param : split(u.query, '&')) {
    std::string key = to_lower_ascii(param.substr(0, param.find('=')));
    if (key != "ref" && key != "from" && key != "src" && key != "source" && key.rfind("utm_", 0) != 0) return false;
  }
  return true;
}

// "politics", "us-news", "2026" then "11": how sections, topics and date archives are
// named. A story's slug has more words ("harbour-bridge-reopens") or an id.
bool section_path(std::string_view path) {
  std::vector<std::string_view> segments;
  for (std::string_view s : split(path, '/'))
    if (!s.empty()) segments.push_back(s);
  if (segments.empty() || segments.size() > 3) return false;
  int date_parts = 0;  // a year, then its month, then its day
  for (std::string_view s : segments) {
    bool digits = s.find_first_not_of("0123456789") == std::string_view::npos;
    if (digits) {
      if (s.size() > 4) return false;  // an id
      int v = std::stoi(std::string(s));
      bool fits = date_parts == 0 ? s.size() == 4 && v >= 1990 && v <= 2100
                                  : s.size() <= 2 && v >= 1 && v <= (date_parts == 1 ? 12 : 31);
      if (!fits || date_parts == 3) return false;
      ++date_parts;
      continue;
    }
    if (date_parts > 0 || s.size() > 30) return false;
    if (std::count(s.begin(), s.end(), '-') + std::count(s.begin(), s.end(), '_') > 1) return false;
    for (char c : s)
      if (c == '.' || std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

std::optional<SentAway> sent_away(const FetchResult& f) {
  auto ends = redirect_ends(f);
  if (!ends) return std::nullopt;
  const auto& [from, to] = *ends;
  const SentAway away_to_wall{NoArticleKind::redirected_to_wall, "a sign-in, consent or subscription page"};
  std::string above = directory_of_index(to.path);
  bool plain = only_referrer_query(to);
  if (above == "/" && plain && from.path != "/") return SentAway{NoArticleKind::redirected_away, "the front page"};
  // "/politics/2026/11/story.html" sent to "/politics/": the section above the story. Not
  // a variant sent to the story itself: "/story/amp/", "/story/print", "/story/index.html".
  if (above.back() != '/') above.push_back('/');
  if (plain && registrable_domain(to.host) == registrable_domain(from.host) &&
      from.path.size() > above.size() && from.path.compare(0, above.size(), above) == 0) {
    std::string_view rest = std::string_view(from.path).substr(above.size());
    while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
    // Sections have names ("/politics/", "/world/europe/", "/politics/2026/11/"); a story
    // has a slug: one level below a slug ("/news/harbour-bridge-reopens/photos") is a part
    // of that story. A page number is short; "/politics/1234567" is a story's id.
    std::string_view parent = std::string_view(above).substr(0, above.size() - 1);
    parent = parent.substr(parent.rfind('/') + 1);
    bool slug = std::count(parent.begin(), parent.end(), '-') >= 2;
    bool page_number = !rest.empty() && rest.size() <= 3 && rest.find_first_not_of("0123456789") == std::string_view::npos;
    bool variant = rest == "amp" || rest == "amp.html" || rest == "print" || rest == "comments" ||
                   rest == "feed" || rest.rfind("index.", 0) == 0 || page_number ||
                   (slug && rest.find('/') == std::string_view::npos);
    if (!variant) return SentAway{NoArticleKind::redirected_away, "the section page above the story"};
  }
  std::string_view host = to.host;
  for (std::string_view label : {"consent.", "login.", "signin.", "accounts.", "account.", "myaccount.", "subscribe."})
    if (host.rfind(label, 0) == 0) return away_to_wall;
  std::string_view path = to.path;
  path.remove_prefix(1);
  std::string first = to_lower_ascii(path.substr(0, path.find('/')));
  static constexpr std::string_view kWalls[] = {
      "login", "signin", "sign-in", "signup", "sign-up", "logon", "log-in", "account", "accounts", "my-account",
      "myaccount", "auth", "sso", "register", "registration", "subscribe", "subscription", "subscriptions",
      "paywall", "consent", "anmelden", "abo", "login.php", "wp-login.php", "signin.html", "login.html"};
  auto wall = [&](std::string_view segment) {
    return std::find(std::begin(kWalls), std::end(kWalls), segment) != std::end(kWalls);
  };
  // The first segment, or the second after a language ("/de/login") or "user" (Drupal).
  std::string_view rest = std::string_view(path).substr(std::min(path.size(), first.size() + 1));
  std::string second = to_lower_ascii(rest.substr(0, rest.find('/')));
  if (wall(first) || ((first.size() == 2 || first == "user") && wall(second))) return away_to_wall;
  return std::nullopt;
}

bool sent_to_a_section(const FetchResult& f) {
  auto ends = redirect_ends(f);
  if (!ends) return false;
  const auto& [from, to] = *ends;
  if (registrable_domain(to.host) != registrable_domain(from.host) || !only_referrer_query(to)) return false;
  auto bare = [](std::string p) {
    p = directory_of_index(std::move(p));
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    return to_lower_ascii(p);
  };
  std::string target = bare(to.path);
  // The same path on another scheme or host name is the page itself.
  return target != bare(from.path) && section_path(target);
}

}  // namespace newsarchive

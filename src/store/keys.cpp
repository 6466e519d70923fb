// Keys the archive stores and compares by: URLs, sites, sort dates, text hashes.
#include "store/keys.hpp"

#include <cstdint>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <unordered_set>
#include <vector>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "newsarchive/archive.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {

std::string Archive::content_hash(const Article& a) {
  // FNV-1a, 64 bits: only compared with the same article's previous hash.
  std::uint64_t h = 14695981039346656037ull;
  auto feed = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
  };
  feed(a.headline ? "1" : "0");
  feed(a.headline.value_or(""));
  feed(std::string_view("\0", 1));
  feed(a.body);
  char buf[32];
  std::snprintf(buf, sizeof buf, "fnv1a64:%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace newsarchive

namespace newsarchive::store {

std::string dated_key(const std::optional<std::string>& published, const std::string& first_seen) {
  if (published)
    if (auto dt = parse_iso8601(*published); dt && is_valid(*dt)) return iso_utc(dt->to_unix() * 1000);
  return first_seen;
}

std::string url_key(std::string_view url) {
  if (auto n = normalize_url(url)) return *n;
  return std::string(trim(url));
}

std::string site_key(std::string_view site) {
  std::string s(trim(site));
  if (s.find("://") != std::string::npos) return url_host(s);
  // An internationalised name ("münchen.de") is stored in its ASCII form, as its URLs' hosts.
  if (has_non_ascii(s)) {
    std::string as_url = "http://";
    if (std::string host = url_host(as_url.append(s)); !host.empty()) return host;
  }
  s = to_lower_ascii(s);
  if (s.rfind("www.", 0) == 0) s.erase(0, 4);
  while (!s.empty() && s.back() == '/') s.pop_back();
  // Sites are stored by host alone (url_host()), so "host:port" names the host. An IPv6
  // host is stored in brackets, as in a URL.
  const auto colons = std::count(s.begin(), s.end(), ':');
  if (!s.empty() && s.front() == '[') {
    if (std::size_t close = s.find(']'); close != std::string::npos) s.erase(close + 1);
  } else if (colons == 1) {
    std::size_t colon = s.find(':');
    if (s.find_first_not_of("0123456789", colon + 1) == std::string::npos) s.erase(colon);
  } else if (colons > 1) {
    std::string bracketed = "[";  // not s.insert(0, ...): GCC 12's -Wrestrict misfires on it
    s = bracketed.append(s).append("]");
  }
  while (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

namespace {

std::vector<std::string> lower_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) words.push_back(to_lower_ascii(text.substr(start, i - start)));
  }
  return words;
}

std::unordered_set<std::uint64_t> ngrams(const std::vector<std::string>& words, std::size_t n) {
  std::unordered_set<std::uint64_t> out;
  for (std::size_t w = 0; w + n <= words.size(); ++w) {
    std::string gram = words[w];
    for (std::size_t k = 1; k < n; ++k) gram.append(" ").append(words[w + k]);
    out.insert(std::hash<std::string>{}(gram));
  }
  return out;
}

}  // namespace

double text_overlap(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = lower_words(a), wb = lower_words(b);
  std::size_t n = std::min(wa.size(), wb.size()) < 3 ? 1 : 3;
  auto x = ngrams(wa, n), y = ngrams(wb, n);
  if (x.size() > y.size()) std::swap(x, y);
  if (x.empty()) return y.empty() ? 1.0 : 0.0;
  std::size_t shared = 0;
  for (std::uint64_t h : x) shared += y.count(h);
  return static_cast<double>(shared) / static_cast<double>(x.size());
}

double headline_likeness(std::string_view a, std::string_view b) {
  // Words of three letters or more, punctuation trimmed, without the commonest joiners:
  // what is left names the story's people, places and acts.
  static const std::unordered_set<std::string> kJoiners = {
      "the", "and", "for", "after", "with", "from", "that", "this", "into", "over", "are", "was", "has", "have",
      "its", "his", "her", "their", "der", "die", "das", "und", "den", "dem", "des", "les", "une", "pour", "dans",
      "los", "las", "por", "con", "del"};
  auto content = [&](std::string_view text) {
    std::unordered_set<std::string> out;
    for (std::string& w : lower_words(text)) {
      std::size_t b = 0, e = w.size();
      while (b < e && std::ispunct(static_cast<unsigned char>(w[b]))) ++b;
      while (e > b && std::ispunct(static_cast<unsigned char>(w[e - 1]))) --e;
      std::string word = w.substr(b, e - b);
      if (word.size() >= 3 && !kJoiners.count(word)) out.insert(std::move(word));
    }
    return out;
  };
  std::unordered_set<std::string> x = content(a), y = content(b);
  if (x.empty() || y.empty()) return 0;
  std::size_t shared = 0;
  for (const std::string& w : x) shared += y.count(w);
  return static_cast<double>(shared) / static_cast<double>(x.size() + y.size() - shared);
}

}  // namespace newsarchive::store

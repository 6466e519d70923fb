// Keys the archive stores and compares by: URLs, sites, sort dates, text hashes.
#include "store/keys.hpp"

#include <cstdint>
#include <cstdio>

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
  s = to_lower_ascii(s);
  if (s.rfind("www.", 0) == 0) s.erase(0, 4);
  while (!s.empty() && (s.back() == '/' || s.back() == '.')) s.pop_back();
  return s;
}

}  // namespace newsarchive::store

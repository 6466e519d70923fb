// Fuzzes the feed and sitemap reader (RSS, RDF, Atom, sitemaps, gzip, plain text)
// and the feed date normaliser.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "crawl/feeds.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view body(reinterpret_cast<const char*>(data), size);
  newsarchive::FeedDocument doc = newsarchive::parse_feed(body, "https://news.example.com/feeds/all.xml");
  if (doc.entries.size() > newsarchive::kMaxFeedEntries) __builtin_trap();  // documented cap
  for (const auto& e : doc.entries) {
    if (e.url.empty()) __builtin_trap();  // entries without a usable URL are dropped
    (void)e.best_date();
  }
  if (size < 256) (void)newsarchive::normalize_feed_date(body);
  return 0;
}

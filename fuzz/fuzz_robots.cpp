// Fuzzes robots.txt parsing and matching. The input's first line is a path to test;
// the rest is the robots.txt body. The path is also matched as a pattern against
// itself and a fixed path, which exercises the wildcard matcher on hostile patterns.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "crawl/robots.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::size_t nl = in.find('\n');
  std::string_view path = nl == std::string_view::npos ? in : in.substr(0, nl);
  std::string_view body = nl == std::string_view::npos ? std::string_view{} : in.substr(nl + 1);

  auto robots = newsarchive::Robots::parse(body, "newsarchive", "https://news.example.com/robots.txt");
  (void)robots.allowed(path);
  (void)robots.allowed("/");
  (void)robots.allowed("https://news.example.com/2024/story?x=1");
  if (!robots.allowed("/robots.txt")) __builtin_trap();  // always allowed, documented
  if (auto d = robots.crawl_delay(); d && !(*d >= 0)) __builtin_trap();  // finite, not negative
  (void)robots.sitemaps();
  if (path.size() < 512) {
    (void)newsarchive::robots_pattern_matches(path, "/a/b/c.html?q=1");
    (void)newsarchive::robots_pattern_matches(path, path);
  }
  auto from = newsarchive::Robots::from_fetch(200, body, newsarchive::product_token(path));
  (void)from;
  (void)newsarchive::robots_url(path);
  return 0;
}

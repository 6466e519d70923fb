#pragma once
// Two small news sites played by one loopback server, told apart by the Host header
// (the crawler reaches them through --resolve): alpha.example and beta.example, each
// with robots.txt, feeds, sitemaps (an index, a gzipped urlset, news sitemaps),
// section pages, a tag page and hand-written articles. Articles answer conditional
// requests (ETag / Last-Modified) and can be made slow or changed between runs.
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "support/loopback_server.hpp"

namespace e2e {

class CrawlSites {
 public:
  // Registers the handlers on `server` (before it starts).
  explicit CrawlSites(testsupport::LoopbackServer& server);

  // The article URLs a full crawl archives (canonical, with the server's port).
  std::vector<std::string> expected_articles() const;
  // "http://HOST:PORT/PATH".
  std::string url(const std::string& host, const std::string& path) const;
  // --resolve entries for both hosts.
  std::vector<std::string> resolve_args() const;

  // A sites.toml for both sites: per_host_delay, concurrency, and extra [crawl] lines.
  std::string config(double per_host_delay, int concurrency = 4, const std::string& extra = "") const;

  // Every article response waits this long first (0: none).
  void set_slow_ms(int ms) { slow_ms_ = ms; }
  // Version 2 changes the text of alpha's harbour-bridge story.
  void set_version(int v) { version_ = v; }
  // The path of the article that changes with set_version().
  static const char* changing_path() { return "/news/harbour-bridge-reopens"; }

 private:
  struct Resource {
    std::string content_type;
    std::string body;
    bool article = false;
  };
  void add(const std::string& host, const std::string& path, Resource r);
  void build();

  testsupport::LoopbackServer& server_;
  std::map<std::string, std::map<std::string, Resource>> sites_;  // host -> path -> resource
  std::once_flag built_;
  std::atomic<int> slow_ms_{0};
  std::atomic<int> version_{1};
};

}  // namespace e2e

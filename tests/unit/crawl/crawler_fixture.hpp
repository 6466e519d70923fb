#pragma once
// The crawler tests' world: a fake Fetcher answering from a map of pages at once (with
// redirects and ETags), one news site's pages, sites-file builders, and the fixture
// running a crawl into a real archive file.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/stop_flag.hpp"
#include "crawl/config.hpp"
#include "crawl/crawler.hpp"
#include "newsarchive/archive.hpp"
#include "support/temp_dir.hpp"

namespace crawltest {

using namespace newsarchive;

struct FakePage {
  FakePage() = default;
  FakePage(long s, std::string type, std::string text, std::optional<double> retry_after = std::nullopt)
      : status(s), content_type(std::move(type)), body(std::move(text)), retry_after_s(retry_after) {}
  long status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::optional<double> retry_after_s;
  std::string location;  // a redirect's target, as the Location header gives it
  std::string etag;      // answered with a 304 when the request sends it back

  static FakePage redirect(long status, std::string to) {
    FakePage p(status, "text/html", "");
    p.location = std::move(to);
    return p;
  }
};

class FakeFetcher : public Fetcher {
 public:
  using Starts = std::vector<std::chrono::steady_clock::time_point>;
  // `starts`, when given, gets the time of each request (it outlives the fetcher, which
  // the crawler drops at the end of its run).
  FakeFetcher(std::map<std::string, FakePage> pages, std::vector<std::string>* log, Starts* starts = nullptr)
      : pages_(std::move(pages)), log_(log), starts_(starts) {}
  void add(FetchRequest request) override {
    log_->push_back(request.url + (request.etag ? " If-None-Match: " + *request.etag : ""));
    if (starts_) starts_->push_back(std::chrono::steady_clock::now());
    FetchResult r;
    r.tag = request.tag;
    r.url = request.url;
    r.final_url = request.url;
    auto it = pages_.find(request.url);
    r.status = it == pages_.end() ? 404 : it->second.status;
    if (it != pages_.end()) {
      r.body = it->second.body;
      r.content_type = it->second.content_type;
      r.retry_after_s = it->second.retry_after_s;
      r.etag = it->second.etag;
      if (!r.etag.empty() && request.etag == r.etag) {
        r.status = 304;
        r.body.clear();
      }
      if (!it->second.location.empty()) {
        // Only the crawler's own hop-by-hop following is played; a fetcher told to
        // follow would have done it without asking.
        EXPECT_FALSE(request.follow_redirects) << request.url;
        r.headers.emplace_back("Location", it->second.location);
      }
    }
    ready_.push_back(std::move(r));
  }
  std::vector<FetchResult> perform(int) override {
    std::vector<FetchResult> out;
    out.swap(ready_);
    return out;
  }
  std::size_t pending() const override { return ready_.size(); }
  void wakeup() override {}

 private:
  std::map<std::string, FakePage> pages_;
  std::vector<std::string>* log_;
  Starts* starts_;
  std::vector<FetchResult> ready_;
};

inline std::string article(const std::string& headline) {
  return "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline +
         "</h1><p>The council met on Monday evening and agreed the new harbour plan after a long debate "
         "about costs, noise and the ferry timetable for the winter months ahead.</p><p>Work starts in "
         "spring, officials said, and should be finished before the summer season begins.</p>"
         "</article></body></html>";
}

// An RSS item, with a pubDate when `date` is given.
inline std::string item(const std::string& link, const std::string& date = "") {
  return "<item><title>t</title><link>" + link + "</link>" + (date.empty() ? "" : "<pubDate>" + date + "</pubDate>") +
         "</item>";
}

inline std::string rss_of_items(const std::string& items) {
  return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>" + items + "</channel></rss>";
}

inline std::string rss(const std::vector<std::string>& links) {
  std::string items;
  for (const auto& l : links) items += item(l);
  return rss_of_items(items);
}

// A urlset of (loc, lastmod) entries; "" leaves the lastmod out.
inline std::string urlset(const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string out = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
  for (const auto& [loc, lastmod] : entries)
    out += "<url><loc>" + loc + "</loc>" + (lastmod.empty() ? "" : "<lastmod>" + lastmod + "</lastmod>") + "</url>";
  return out + "</urlset>";
}

inline std::map<std::string, FakePage> site_pages() {
  std::map<std::string, FakePage> p;
  p["http://news.example/robots.txt"] = {200, "text/plain", "User-agent: *\nDisallow: /private/\n"};
  p["http://news.example/rss.xml"] = {200, "application/rss+xml",
                                      rss({"http://news.example/a/one", "http://news.example/a/two",
                                           "http://news.example/a/three?utm_source=rss",
                                           "http://news.example/private/four"})};
  p["http://news.example/a/one"] = {200, "text/html", article("One")};
  p["http://news.example/a/two"] = {200, "text/html", article("Two")};
  p["http://news.example/a/three"] = {200, "text/html", article("Three")};
  p["http://news.example/private/four"] = {200, "text/html", article("Four")};
  return p;
}

inline constexpr const char* kNewsFeedSite = "[[site]]\nname = \"News\"\nfeeds = [\"http://news.example/rss.xml\"]\n";

// A sites file with one parser thread: `crawl` is the rest of its [crawl] table.
inline CrawlConfig test_config(const std::string& crawl, const std::string& sites = kNewsFeedSite) {
  return parse_config("[crawl]\nworkers = 1\n" + crawl + sites, "test.toml");
}

inline CrawlConfig config_with(int max_pages) {
  return test_config("per_host_delay = 0\nrecheck_days = 0\nmax_pages_per_site = " + std::to_string(max_pages) + "\n");
}

class CrawlerTest : public ::testing::Test {
 protected:
  void SetUp() override { stop_flag().reset(); }
  void TearDown() override { stop_flag().reset(); }

  CrawlReport crawl(const CrawlConfig& config, bool dry_run = false, std::vector<std::string>* printed = nullptr,
                    std::map<std::string, FakePage> pages = site_pages(), FakeFetcher::Starts* starts = nullptr,
                    std::optional<double> max_duration_s = std::nullopt) {
    CrawlOptions o;
    o.db_path = db_;
    o.config_path = "test.toml";
    o.dry_run = dry_run;
    o.max_duration_s = max_duration_s;
    if (printed) o.on_would_fetch = [printed](const std::string&, const std::string& url) { printed->push_back(url); };
    Crawler c(config, select_sites(config, {}), o,
              std::make_unique<FakeFetcher>(std::move(pages), &requests_, starts));
    return c.run();
  }

  // Crawls a site whose only source is a sitemap index listing `children` ({url, lastmod},
  // lastmod "" for none), each an empty urlset.
  CrawlReport crawl_sitemap_index(const std::vector<std::pair<std::string, std::string>>& children) {
    auto pages = site_pages();
    const std::string empty =
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>";
    std::string index = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
    for (const auto& [url, lastmod] : children) {
      index.append("<sitemap><loc>").append(url).append("</loc>");
      if (!lastmod.empty()) index.append("<lastmod>").append(lastmod).append("</lastmod>");
      index.append("</sitemap>");
      pages[url] = {200, "application/xml", empty};
    }
    pages["http://news.example/sitemap.xml"] = {200, "application/xml", index + "</sitemapindex>"};
    return crawl(test_config("per_host_delay = 0\n",
                             "[[site]]\nname = \"News\"\nsitemaps = [\"http://news.example/sitemap.xml\"]\n"),
                 false, nullptr, pages);
  }

  testsupport::TempDir dir_;
  std::string db_ = dir_.file("a.db");
  std::vector<std::string> requests_;

  // The article URLs requested, in order.
  std::vector<std::string> article_fetches() const {
    std::vector<std::string> out;
    for (const auto& u : requests_)
      if (u.find("/a/") != std::string::npos) out.push_back(u);
    return out;
  }

  int article_requests() const {
    return static_cast<int>(std::count_if(requests_.begin(), requests_.end(),
                                          [](const std::string& u) { return u.find("/a/") != std::string::npos; }));
  }
};

// One request at a time to the host, so the first answer decides for the others.
inline CrawlConfig patient_config(const std::string& extra) {
  return test_config("per_host_delay = 0.01\nrecheck_days = 0\n" + extra + "\n");
}

// The News site and a second site reading `feed`, with `extra` lines of its own.
inline CrawlConfig with_second_site(const std::string& name, const std::string& feed, const std::string& extra = "") {
  return test_config("per_host_delay = 0\nrecheck_days = 0\n", std::string(kNewsFeedSite) + "[[site]]\nname = \"" +
                                                                   name + "\"\nfeeds = [\"" + feed + "\"]\n" + extra);
}

// The News site with its feed and a sitemap, one request at a time (a fetch order).
inline CrawlConfig feed_and_sitemap_config(const std::string& extra = "") {
  return test_config("per_host_delay = 0\nconcurrency = 1\n" + extra,
                     std::string(kNewsFeedSite) + "sitemaps = [\"http://news.example/sitemap.xml\"]\n");
}

}  // namespace crawltest

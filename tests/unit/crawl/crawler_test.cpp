// The crawler against a fake Fetcher (pages from a map, answered at once) and a real
// archive file: discovery, the frontier, page limits, resume and dry runs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>

#include "core/stop_flag.hpp"
#include "crawl/config.hpp"
#include "crawl/crawler.hpp"
#include "newsarchive/archive.hpp"
#include "support/temp_dir.hpp"

using namespace newsarchive;

namespace {

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

std::string article(const std::string& headline) {
  return "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline +
         "</h1><p>The council met on Monday evening and agreed the new harbour plan after a long debate "
         "about costs, noise and the ferry timetable for the winter months ahead.</p><p>Work starts in "
         "spring, officials said, and should be finished before the summer season begins.</p>"
         "</article></body></html>";
}

// An RSS item, with a pubDate when `date` is given.
std::string item(const std::string& link, const std::string& date = "") {
  return "<item><title>t</title><link>" + link + "</link>" + (date.empty() ? "" : "<pubDate>" + date + "</pubDate>") +
         "</item>";
}

std::string rss_of_items(const std::string& items) {
  return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>" + items + "</channel></rss>";
}

std::string rss(const std::vector<std::string>& links) {
  std::string items;
  for (const auto& l : links) items += item(l);
  return rss_of_items(items);
}

// A urlset of (loc, lastmod) entries; "" leaves the lastmod out.
std::string urlset(const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string out = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
  for (const auto& [loc, lastmod] : entries)
    out += "<url><loc>" + loc + "</loc>" + (lastmod.empty() ? "" : "<lastmod>" + lastmod + "</lastmod>") + "</url>";
  return out + "</urlset>";
}

std::map<std::string, FakePage> site_pages() {
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

constexpr const char* kNewsFeedSite = "[[site]]\nname = \"News\"\nfeeds = [\"http://news.example/rss.xml\"]\n";

// A sites file with one parser thread: `crawl` is the rest of its [crawl] table.
CrawlConfig test_config(const std::string& crawl, const std::string& sites = kNewsFeedSite) {
  return parse_config("[crawl]\nworkers = 1\n" + crawl + sites, "test.toml");
}

CrawlConfig config_with(int max_pages) {
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
CrawlConfig patient_config(const std::string& extra) {
  return test_config("per_host_delay = 0.01\nrecheck_days = 0\n" + extra + "\n");
}

// The News site and a second site reading `feed`, with `extra` lines of its own.
CrawlConfig with_second_site(const std::string& name, const std::string& feed, const std::string& extra = "") {
  return test_config("per_host_delay = 0\nrecheck_days = 0\n", std::string(kNewsFeedSite) + "[[site]]\nname = \"" +
                                                                   name + "\"\nfeeds = [\"" + feed + "\"]\n" + extra);
}

// The News site with its feed and a sitemap, one request at a time (a fetch order).
CrawlConfig feed_and_sitemap_config(const std::string& extra = "") {
  return test_config("per_host_delay = 0\nconcurrency = 1\n" + extra,
                     std::string(kNewsFeedSite) + "sitemaps = [\"http://news.example/sitemap.xml\"]\n");
}

}  // namespace

TEST_F(CrawlerTest, FetchesRobotsFirstThenTheFeedThenEachAllowedArticleOnce) {
  CrawlReport r = crawl(config_with(100));
  ASSERT_FALSE(requests_.empty());
  EXPECT_EQ(requests_.front(), "http://news.example/robots.txt");
  EXPECT_EQ(requests_.at(1), "http://news.example/rss.xml");
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://news.example/private/four"), 0);
  ASSERT_EQ(r.sites.size(), 1u);
  const SiteReport& s = r.sites[0];
  EXPECT_EQ(s.discovered, 4);
  EXPECT_EQ(s.fetched, 3);
  EXPECT_EQ(s.added, 3);
  EXPECT_EQ(s.robots, 1);
  EXPECT_EQ(s.left, 0);
  EXPECT_EQ(r.exit_code(), 0);
  Archive a(db_);
  EXPECT_EQ(a.article_count(), 3);
  EXPECT_TRUE(a.article_by_url("http://news.example/a/three")) << "tracking parameters dropped";
  EXPECT_EQ(a.frontier_count("News", "robots"), 1);
  EXPECT_EQ(a.frontier_count("News", "done"), 3);
  auto runs = a.runs();
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].state, "completed");
  EXPECT_EQ(runs[0].exit_code, 0);
}

TEST_F(CrawlerTest, PageLimitLeavesTheRestPendingAndTheNextRunGoesOn) {
  CrawlReport first = crawl(config_with(1));
  EXPECT_EQ(first.sites[0].fetched, 1);
  EXPECT_EQ(first.sites[0].left, 2);
  CrawlReport second = crawl(config_with(1));
  EXPECT_EQ(second.sites[0].resumed, 2);
  EXPECT_EQ(second.sites[0].fetched, 1);
  EXPECT_EQ(second.sites[0].left, 1);
  CrawlReport third = crawl(config_with(1));
  EXPECT_EQ(third.sites[0].fetched, 1);
  EXPECT_EQ(third.sites[0].left, 0);
  EXPECT_EQ(Archive(db_).article_count(), 3);
  CrawlReport fourth = crawl(config_with(1));
  EXPECT_EQ(fourth.sites[0].fetched, 0);
  EXPECT_EQ(fourth.sites[0].known, 3) << "archived and recheck_days = 0: skipped";
}

TEST_F(CrawlerTest, ResumesWhatAKilledRunLeftPending) {
  {
    // A run that died after discovery: its URLs are pending, its record says running.
    Archive a(db_);
    std::int64_t killed = a.begin_run("test.toml", {"News"});
    std::vector<FrontierEntry> es(2);
    es[0].url = "http://news.example/a/one";
    es[1].url = "http://news.example/a/two";
    for (auto& e : es) e.site = "News", e.source = "feed";
    a.frontier_add(killed, es);
  }
  CrawlReport r = crawl(config_with(100));
  EXPECT_EQ(r.sites[0].resumed, 2);
  EXPECT_EQ(r.sites[0].discovered, 4) << "resumed URLs found again are not counted twice";
  EXPECT_EQ(r.sites[0].added, 3);
  Archive a(db_);
  auto runs = a.runs();
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[1].state, "aborted");
  EXPECT_EQ(a.frontier_count("News", "pending"), 0);
}

TEST_F(CrawlerTest, DryRunPrintsWhatWouldBeFetchedAndWritesNothing) {
  std::vector<std::string> printed;
  CrawlReport r = crawl(config_with(100), true, &printed);
  EXPECT_EQ(printed, (std::vector<std::string>{"http://news.example/a/one", "http://news.example/a/two",
                                               "http://news.example/a/three"}));
  EXPECT_EQ(r.sites[0].robots, 1);
  for (const auto& url : requests_) EXPECT_EQ(url.find("/a/"), std::string::npos) << "no article fetched: " << url;
  EXPECT_FALSE(std::filesystem::exists(db_));
}

TEST_F(CrawlerTest, AHostAskingForALongerPauseThanTheRetryCapIsLeftForTheNextRun) {
  auto pages = site_pages();
  for (const char* path : {"one", "two", "three"})
    pages[std::string("http://news.example/a/") + path] = {503, "text/html", "busy", 100000.0};
  CrawlReport r = crawl(patient_config("max_retry_delay = 5"), false, nullptr, pages);
  EXPECT_EQ(article_requests(), 1) << "nothing more is asked of the host this run";
  EXPECT_EQ(r.sites[0].failed_total(), 0);
  EXPECT_EQ(r.sites[0].left, 3);
  Archive a(db_);
  EXPECT_EQ(a.frontier_count("News", "pending"), 3) << "no failure backoff: the next run asks again";
}

TEST_F(CrawlerTest, URLsOfAHostSetAsideForFailingStayPendingUnrequested) {
  auto pages = site_pages();
  for (const char* path : {"one", "two", "three"})
    pages[std::string("http://news.example/a/") + path] = {500, "text/html", "broken"};
  CrawlReport r = crawl(patient_config("max_retries = 0\nhost_failure_limit = 1"), false, nullptr, pages);
  EXPECT_EQ(article_requests(), 1);
  EXPECT_EQ(r.sites[0].failed_total(), 1) << "only the URL that was requested failed";
  Archive a(db_);
  EXPECT_EQ(a.frontier_count("News", "failed"), 1);
  EXPECT_EQ(a.frontier_count("News", "pending"), 2);
}

TEST_F(CrawlerTest, ASitemapIndexGivesAtMostAHundredChildSitemapsARunNewestFirst) {
  auto pages = site_pages();
  std::string index = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
  for (int i = 0; i < 120; ++i) {
    std::string url = "http://news.example/sm/" + std::to_string(i) + ".xml";
    char lastmod[32];
    std::snprintf(lastmod, sizeof lastmod, "2026-%02d-%02d", 1 + i / 28, 1 + i % 28);
    index += "<sitemap><loc>" + url + "</loc><lastmod>" + lastmod + "</lastmod></sitemap>";
    pages[url] = {200, "application/xml",
                  "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>"};
  }
  pages["http://news.example/sitemap.xml"] = {200, "application/xml", index + "</sitemapindex>"};
  CrawlConfig c =
      test_config("per_host_delay = 0\n", "[[site]]\nname = \"News\"\nsitemaps = [\"http://news.example/sitemap.xml\"]\n");
  crawl(c, false, nullptr, pages);
  int children = 0;
  for (const auto& u : requests_)
    if (u.find("/sm/") != std::string::npos) {
      ++children;
      int n = std::stoi(u.substr(u.find("/sm/") + 4));
      EXPECT_GE(n, 20) << "the oldest are the ones left out: " << u;
    }
  EXPECT_EQ(children, 100);
}

TEST_F(CrawlerTest, AStopRequestEndsTheRunInterruptedWithWorkKeptPending) {
  stop_flag().request();
  CrawlReport r = crawl(config_with(100));
  EXPECT_EQ(r.end, RunEnd::interrupted);
  EXPECT_EQ(r.exit_code(), 130);
  EXPECT_EQ(Archive(db_).runs().at(0).state, "interrupted");
}

TEST_F(CrawlerTest, ASiteWhoseSourcesAllFailExitsOne) {
  CrawlConfig c = test_config("per_host_delay = 0\n", std::string(kNewsFeedSite) +
                                                           "[[site]]\nname = \"Gone\"\nfeeds = "
                                                           "[\"http://news.example/missing.xml\"]\n");
  CrawlReport r = crawl(c);
  EXPECT_FALSE(r.sites[0].failed_entirely());
  EXPECT_TRUE(r.sites[1].failed_entirely());
  EXPECT_EQ(r.sites[1].source_failures.at("http_404"), 1);
  EXPECT_EQ(r.exit_code(), 1);
}

// A redirect is a new request: robots.txt of its host and the site's exclude patterns
// decide about the target as about any URL, and the article keeps the URL it was found by.
TEST_F(CrawlerTest, ARedirectIntoADisallowedPathIsNotFollowed) {
  auto pages = site_pages();
  pages["http://news.example/a/two"] = FakePage::redirect(301, "/private/two");
  pages["http://news.example/private/two"] = {200, "text/html", article("Private")};
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://news.example/private/two"), 0);
  EXPECT_EQ(r.sites[0].added, 2);
  EXPECT_EQ(r.sites[0].robots, 2) << "the feed's /private/ link and the redirect into /private/";
  EXPECT_EQ(r.sites[0].failed_total(), 0);
  Archive a(db_);
  EXPECT_FALSE(a.article_by_url("http://news.example/private/two"));
  EXPECT_EQ(a.frontier_count("News", "robots"), 2);
}

TEST_F(CrawlerTest, ARedirectToAnotherHostAsksThatHostsRobotsTxtFirst) {
  auto pages = site_pages();
  pages["http://news.example/a/two"] = FakePage::redirect(302, "http://other.example/story/two");
  pages["http://news.example/a/three"] = FakePage::redirect(301, "http://other.example/hidden/three");
  pages["http://other.example/robots.txt"] = {200, "text/plain", "User-agent: *\nDisallow: /hidden/\n"};
  pages["http://other.example/story/two"] = {200, "text/html", article("Two elsewhere")};
  pages["http://other.example/hidden/three"] = {200, "text/html", article("Three hidden")};
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  auto at = [&](const std::string& url) { return std::find(requests_.begin(), requests_.end(), url) - requests_.begin(); };
  ASSERT_LT(at("http://other.example/story/two"), static_cast<long>(requests_.size()));
  EXPECT_LT(at("http://other.example/robots.txt"), at("http://other.example/story/two"));
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://other.example/robots.txt"), 1);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://other.example/hidden/three"), 0);
  EXPECT_EQ(r.sites[0].added, 2);
  Archive a(db_);
  auto moved = a.article_by_url("http://news.example/a/two");
  ASSERT_TRUE(moved) << "the URL the feed gave finds the article";
  EXPECT_EQ(moved->article.headline.value_or(""), "Two elsewhere");
  EXPECT_EQ(moved->article.final_url, "http://other.example/story/two");
  EXPECT_EQ(a.frontier_count("News", "done"), 2);
}

TEST_F(CrawlerTest, ARedirectIntoAnExcludedPathIsNotFollowed) {
  auto pages = site_pages();
  pages["http://news.example/a/two"] = FakePage::redirect(307, "http://news.example/video/two");
  pages["http://news.example/video/two"] = {200, "text/html", article("Video")};
  CrawlConfig c = test_config("per_host_delay = 0\nrecheck_days = 0\n",
                              "[[site]]\nname = \"News\"\nfeeds = [\"http://news.example/rss.xml\"]\n"
                              "exclude = [\"/video/\"]\n");
  CrawlReport r = crawl(c, false, nullptr, pages);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://news.example/video/two"), 0);
  EXPECT_EQ(r.sites[0].failed.at("redirect_excluded"), 1);
  EXPECT_EQ(r.sites[0].added, 2);
  EXPECT_EQ(Archive(db_).frontier_count("News", "failed"), 1);
}

TEST_F(CrawlerTest, ARedirectLoopEndsAsTooManyRedirects) {
  auto pages = site_pages();
  pages["http://news.example/a/two"] = FakePage::redirect(302, "/a/two-b");
  pages["http://news.example/a/two-b"] = FakePage::redirect(302, "/a/two");
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  auto hops = std::count_if(requests_.begin(), requests_.end(),
                            [](const std::string& u) { return u.find("/a/two") != std::string::npos; });
  EXPECT_EQ(hops, 2) << "back at a URL of the chain: a loop, not ten more requests";
  EXPECT_EQ(r.sites[0].failed.at("too_many_redirects"), 1);
  EXPECT_EQ(r.sites[0].added, 2);
}

TEST_F(CrawlerTest, ALongChainStopsAtTenRedirectsAndASelfRedirectAtOnce) {
  auto pages = site_pages();
  for (int i = 0; i < 15; ++i)
    pages["http://news.example/a/two" + (i ? "-" + std::to_string(i) : std::string())] =
        FakePage::redirect(302, "/a/two-" + std::to_string(i + 1));
  pages["http://news.example/a/three"] = FakePage::redirect(301, "/a/three?utm_source=loop");
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  auto count = [&](const char* part) {
    return std::count_if(requests_.begin(), requests_.end(),
                         [&](const std::string& u) { return u.find(part) != std::string::npos; });
  };
  EXPECT_EQ(count("/a/two"), 11) << "the URL and ten redirects";
  EXPECT_EQ(count("/a/three"), 1) << "a redirect to itself (tracking parameters aside)";
  EXPECT_EQ(r.sites[0].failed.at("too_many_redirects"), 2);
}

TEST_F(CrawlerTest, ARedirectWithoutLocationFailsAsABadUrl) {
  auto pages = site_pages();
  pages["http://news.example/a/two"] = FakePage(301, "text/html", "");
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  EXPECT_EQ(r.sites[0].failed.at("bad_url"), 1);
  EXPECT_EQ(r.sites[0].failed.count("no_article"), 0u);
}

TEST_F(CrawlerTest, AFeedThatMovedIsReadWhereItLeadsAndAskedForConditionally) {
  // The feed moved to another directory; its links are relative to where it is now.
  auto pages = site_pages();
  pages["http://news.example/rss.xml"] = FakePage::redirect(301, "/feeds/main.xml");
  pages["http://news.example/feeds/main.xml"] = {200, "application/rss+xml", rss({"one", "two"})};
  pages["http://news.example/feeds/main.xml"].etag = "\"f1\"";
  pages["http://news.example/feeds/one"] = {200, "text/html", article("One")};
  pages["http://news.example/feeds/two"] = {200, "text/html", article("Two")};
  CrawlReport first = crawl(config_with(100), false, nullptr, pages);
  EXPECT_EQ(first.sites[0].sources_failed, 0);
  EXPECT_EQ(first.sites[0].added, 2);
  requests_.clear();
  CrawlReport second = crawl(config_with(100), false, nullptr, pages);
  EXPECT_NE(std::find(requests_.begin(), requests_.end(), "http://news.example/feeds/main.xml If-None-Match: \"f1\""),
            requests_.end())
      << "the validators kept for the feed go to where it moved";
  EXPECT_EQ(second.sites[0].sources_failed, 0);
  EXPECT_EQ(second.sites[0].discovered, 2) << "a 304 lists what the feed listed last time";
}

TEST_F(CrawlerTest, RedirectsFollowedAreNotCountedAsAttempts) {
  auto pages = site_pages();
  pages["http://news.example/a/two"] = FakePage::redirect(301, "/a/two-b");
  pages["http://news.example/a/two-b"] = FakePage::redirect(301, "/a/two-c");  // then 404
  crawl(config_with(100), false, nullptr, pages);
  Archive a(db_);
  bool seen = false;
  for (const FrontierEntry& e : a.frontier_listed_by("http://news.example/rss.xml")) {
    if (e.url != "http://news.example/a/two") continue;
    seen = true;
    EXPECT_EQ(e.state, "failed");
    EXPECT_EQ(e.attempts, 1) << "one chain, one attempt: the backoff starts at an hour";
  }
  EXPECT_TRUE(seen);
}

TEST_F(CrawlerTest, DryRunRanksAURLByTheDateALaterListingGives) {
  // The feed lists /a/one undated (news of today); the sitemap dates it 2020. A real run
  // ranks it by that date, after /a/two (2026).
  auto pages = site_pages();
  pages["http://news.example/rss.xml"] = {
      200, "application/rss+xml",
      rss_of_items(item("http://news.example/a/one") + item("http://news.example/a/two", "Wed, 04 Mar 2026 08:00:00 GMT"))};
  pages["http://news.example/sitemap.xml"] = {200, "application/xml", urlset({{"http://news.example/a/one", "2020-01-01"}})};
  std::vector<std::string> printed;
  crawl(feed_and_sitemap_config(), true, &printed, pages);
  EXPECT_EQ(printed, (std::vector<std::string>{"http://news.example/a/two", "http://news.example/a/one"}));
  requests_.clear();
  crawl(feed_and_sitemap_config(), false, nullptr, pages);
  EXPECT_EQ(article_fetches(), printed);
}

TEST_F(CrawlerTest, DryRunListsWhatARealRunWouldFetchInItsOrder) {
  // The feed lists its items oldest first and one undated; a sitemap adds an undated
  // URL. A real run takes the undated feed item first (news of today, found now), then
  // the dated ones newest first, and the undated sitemap entry last; the page limit
  // cuts that order.
  auto pages = site_pages();
  pages["http://news.example/rss.xml"] = {
      200, "application/rss+xml",
      rss_of_items(item("http://news.example/a/one", "Mon, 02 Mar 2026 08:00:00 GMT") + item("http://news.example/a/two") +
                   item("http://news.example/a/three", "Wed, 04 Mar 2026 08:00:00 GMT"))};
  pages["http://news.example/sitemap.xml"] = {
      200, "application/xml",
      urlset({{"http://news.example/a/four", ""}, {"http://news.example/a/five", "2026-03-03"}})};
  pages["http://news.example/a/four"] = {200, "text/html", article("Four")};
  pages["http://news.example/a/five"] = {200, "text/html", article("Five")};
  CrawlConfig c = feed_and_sitemap_config("max_pages_per_site = 4\n");
  std::vector<std::string> printed;
  CrawlReport dry = crawl(c, true, &printed, pages);
  EXPECT_EQ(printed, (std::vector<std::string>{"http://news.example/a/two", "http://news.example/a/three",
                                               "http://news.example/a/five", "http://news.example/a/one"}));
  EXPECT_EQ(dry.sites[0].left, 1);
  requests_.clear();
  crawl(c, false, nullptr, pages);
  EXPECT_EQ(article_fetches(), printed) << "the real run fetches what the dry run listed, in that order";
}

TEST_F(CrawlerTest, AHugeCrawlDelayIsCappedAtMaxCrawlDelay) {
  // Honoured in full, an hour between requests would hold this run for hours: the time
  // limit would end it with the articles unfetched.
  auto pages = site_pages();
  pages["http://news.example/robots.txt"] = {200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n"};
  CrawlReport r = crawl(test_config("per_host_delay = 0\nmax_crawl_delay = 0.01\n"), false, nullptr, pages, nullptr, 20);
  EXPECT_EQ(r.end, RunEnd::completed);
  EXPECT_EQ(r.sites[0].added, 4);
}

TEST_F(CrawlerTest, AnUnreachableRobotsTxtKeepsEveryRequestOffTheHost) {
  // RFC 9309: a robots.txt answering 5xx means "disallow everything" for the run.
  auto pages = site_pages();
  pages["http://news.example/robots.txt"] = {500, "text/plain", "down"};
  CrawlReport r = crawl(patient_config("max_retries = 0"), false, nullptr, pages);
  EXPECT_EQ(requests_, std::vector<std::string>{"http://news.example/robots.txt"});
  EXPECT_EQ(r.sites[0].source_failures.at("robots_unreachable"), 1);
  EXPECT_TRUE(r.sites[0].failed_entirely());
}

TEST_F(CrawlerTest, SitesSharingAHostShareTheSlowestPace) {
  // "Sport" asks for 0.15 s between requests, "News" for none; both read news.example.
  CrawlConfig c = with_second_site("Sport", "http://news.example/sport.xml", "per_host_delay = 0.15\n");
  auto pages = site_pages();
  pages["http://news.example/sport.xml"] = {200, "application/rss+xml", rss({"http://news.example/a/sport"})};
  pages["http://news.example/a/sport"] = {200, "text/html", article("Sport")};
  FakeFetcher::Starts starts;
  CrawlReport r = crawl(c, false, nullptr, pages, &starts);
  EXPECT_EQ(r.sites[0].added + r.sites[1].added, 4);
  ASSERT_GE(starts.size(), 6u);
  for (std::size_t i = 1; i < starts.size(); ++i)
    EXPECT_GE(std::chrono::duration<double>(starts[i] - starts[i - 1]).count(), 0.14)
        << requests_[i - 1] << " -> " << requests_[i];
}

TEST_F(CrawlerTest, AURLThatRedirectsToAnArchivedArticleIsKnownOnceItsTargetAnswers304) {
  auto pages = site_pages();
  pages["http://news.example/a/one"].etag = "\"one-v1\"";
  crawl(config_with(100), false, nullptr, pages);  // archives /a/one
  // The feed now also lists an old address of the story, which redirects to it.
  pages["http://news.example/rss.xml"] = {200, "application/rss+xml",
                                          rss({"http://news.example/a/one", "http://news.example/old/one"})};
  pages["http://news.example/old/one"] = FakePage::redirect(301, "/a/one");
  requests_.clear();
  crawl(config_with(100), false, nullptr, pages);
  EXPECT_NE(std::find(requests_.begin(), requests_.end(), "http://news.example/a/one If-None-Match: \"one-v1\""),
            requests_.end())
      << "the hop asks conditionally";
  auto found = Archive(db_).article_by_url("http://news.example/old/one");
  ASSERT_TRUE(found) << "the old address finds the article after a 304";
  requests_.clear();
  CrawlReport third = crawl(config_with(100), false, nullptr, pages);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://news.example/old/one"), 0) << "known now";
  EXPECT_EQ(third.sites[0].known, 2);
}

TEST_F(CrawlerTest, DryRunListsAURLTwoSitesFindOnce) {
  CrawlConfig c = with_second_site("Copy", "http://news.example/copy.xml");
  auto pages = site_pages();
  pages["http://news.example/copy.xml"] = {200, "application/rss+xml", rss({"http://news.example/a/one"})};
  std::vector<std::string> printed;
  CrawlReport dry = crawl(c, true, &printed, pages);
  EXPECT_EQ(std::count(printed.begin(), printed.end(), "http://news.example/a/one"), 1);
  requests_.clear();
  CrawlReport real = crawl(c, false, nullptr, pages);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://news.example/a/one"), 1);
  EXPECT_EQ(dry.sites[0].discovered + dry.sites[1].discovered, real.sites[0].discovered + real.sites[1].discovered);
}

TEST_F(CrawlerTest, ExcludePatternsAlsoKeepOutDiscoveredSitemaps) {
  auto pages = site_pages();
  pages["http://news.example/robots.txt"] = {
      200, "text/plain",
      "User-agent: *\nDisallow: /private/\nSitemap: http://news.example/sitemaps/archive.xml\n"
      "Sitemap: http://news.example/sitemap-news.xml\n"};
  pages["http://news.example/sitemap-news.xml"] = {200, "application/xml", urlset({{"http://news.example/a/one", ""}})};
  CrawlConfig c = test_config("per_host_delay = 0\n", std::string(kNewsFeedSite) + "exclude = [\"/sitemaps/\"]\n");
  crawl(c, false, nullptr, pages);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://news.example/sitemaps/archive.xml"), 0);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://news.example/sitemap-news.xml"), 1);
}

// The crawler against a fake Fetcher (pages from a map, answered at once) and a real
// archive file: discovery, the frontier, page limits, resume, dry runs and politeness.
// Redirects are in crawler_redirect_test.cpp.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "crawler_fixture.hpp"

using namespace newsarchive;
using namespace crawltest;

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
  std::vector<std::pair<std::string, std::string>> index;
  for (int i = 0; i < 120; ++i) {
    char lastmod[32];
    std::snprintf(lastmod, sizeof lastmod, "2026-%02d-%02d", 1 + i / 28, 1 + i % 28);
    index.emplace_back("http://news.example/sm/" + std::to_string(i) + ".xml", lastmod);
  }
  crawl_sitemap_index(index);
  int children = 0;
  for (const auto& u : requests_)
    if (u.find("/sm/") != std::string::npos) {
      ++children;
      int n = std::stoi(u.substr(u.find("/sm/") + 4));
      EXPECT_GE(n, 20) << "the oldest are the ones left out: " << u;
    }
  EXPECT_EQ(children, 100);
}

TEST_F(CrawlerTest, ChildSitemapsWithoutLastmodAreRankedByTheDateTheirNamesGive) {
  // 150 monthly sitemaps listed oldest first, none with <lastmod>, after the undated
  // news sitemap: the news sitemap and the newest 99 months are read, not the first 100.
  std::vector<std::pair<std::string, std::string>> index{{"http://news.example/news-sitemap.xml", ""}};
  for (int i = 0; i < 150; ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "http://news.example/sitemap-%d-%02d.xml", 2014 + i / 12, 1 + i % 12);
    index.emplace_back(name, "");
  }
  crawl_sitemap_index(index);
  int children = 0;
  for (const auto& u : requests_)
    if (std::size_t at = u.find("/sitemap-"); at != std::string::npos) {
      ++children;
      EXPECT_GE(u.substr(at), "/sitemap-2018-04.xml") << "the oldest 51 months are left out: " << u;
    }
  EXPECT_EQ(children, 99);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://news.example/news-sitemap.xml"), 1);
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

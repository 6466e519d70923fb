#include <gtest/gtest.h>

#include "crawl/crawl_report.hpp"

using namespace newsarchive;

namespace {
SiteReport site(const std::string& name) {
  SiteReport s;
  s.name = name;
  s.sources = 3;
  s.discovered = 10;
  s.fetched = 8;
  s.added = 5;
  s.changed = 1;
  s.unchanged = 1;
  s.robots = 2;
  s.failed["http_404"] = 1;
  return s;
}
}  // namespace

TEST(CrawlReport, ASiteFailsEntirelyWhenAllSourcesOrAllArticlesFailed) {
  SiteReport s = site("Alpha");
  EXPECT_FALSE(s.failed_entirely());
  s.sources_failed = 3;
  EXPECT_TRUE(s.failed_entirely()) << "every discovery source failed";
  SiteReport t = site("Beta");
  t.added = t.changed = t.unchanged = 0;
  t.failed["timeout"] = 7;
  EXPECT_TRUE(t.failed_entirely()) << "every article fetched failed";
  SiteReport empty;
  empty.name = "Quiet";
  EXPECT_FALSE(empty.failed_entirely()) << "nothing to do is not a failure";
  // The night's only recheck found its story taken down: the site is fine.
  SiteReport gone;
  gone.sources = 1;
  gone.fetched = 2;
  gone.failed["http_410"] = 1;
  gone.failed["http_404"] = 1;
  EXPECT_FALSE(gone.failed_entirely()) << "deleted stories are not a failing site";
  gone.failed["http_500"] = 1;
  EXPECT_TRUE(gone.failed_entirely());
}

TEST(CrawlReport, ExitCodeAndStateFollowTheRunsEnd) {
  CrawlReport r;
  r.sites = {site("Alpha")};
  EXPECT_EQ(r.exit_code(), 0);
  EXPECT_EQ(r.state(), "completed");
  r.sites[0].sources_failed = 3;
  EXPECT_EQ(r.exit_code(), 1);
  EXPECT_EQ(r.state(), "failed");
  r.end = RunEnd::interrupted;
  EXPECT_EQ(r.exit_code(), 130);
  EXPECT_EQ(r.state(), "interrupted");
  r.end = RunEnd::timed_out;
  r.sites[0].sources_failed = 0;
  EXPECT_EQ(r.exit_code(), 0);
  EXPECT_EQ(r.state(), "timed_out");
}

TEST(CrawlReport, SummaryHasAHeadlineAndARowPerSiteWithFailureReasons) {
  CrawlReport r;
  r.run_id = 7;
  r.elapsed_s = 12.3;
  r.sites = {site("Alpha"), site("Beta News")};
  std::string text = r.to_text();
  EXPECT_NE(text.find("crawl run 7 completed in 12.3s: 2 sites, 20 discovered, 16 fetched, 10 new, 2 changed, "
                      "2 unchanged, 4 skipped by robots, 2 failed"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Beta News"), std::string::npos);
  EXPECT_NE(text.find("failed: http_404 1"), std::string::npos) << text;
}

TEST(CrawlReport, EachDiscoveredUrlHasAColumnInTheSiteRow) {
  // A discovered URL is fetched, skipped by robots, known, deferred or left.
  CrawlReport r;
  SiteReport s = site("Alpha");
  s.discovered = 17;
  s.known = 3;
  s.deferred = 4;
  s.left = 0;
  r.sites = {s};
  std::string text = r.to_text();
  std::size_t header = text.find("site ");
  ASSERT_NE(header, std::string::npos) << text;
  std::string head_line = text.substr(header, text.find('\n', header) - header);
  EXPECT_NE(head_line.find("known deferred  failed  left"), std::string::npos) << head_line;
  EXPECT_NE(text.find("Alpha         17        8      5        1          1       2      3        4       1     0"),
            std::string::npos)
      << text;
}

TEST(CrawlReport, JsonRoundTripsThroughTheRunRecord) {
  CrawlReport r;
  r.run_id = 3;
  r.elapsed_s = 4.5;
  r.sites = {site("Alpha")};
  r.sites[0].source_failures["robots"] = 1;
  r.sites[0].sources_failed = 1;
  CrawlReport back = report_from_json(nlohmann::json::parse(r.to_json().dump()));
  EXPECT_EQ(back.run_id, 3);
  EXPECT_DOUBLE_EQ(back.elapsed_s, 4.5);
  ASSERT_EQ(back.sites.size(), 1u);
  EXPECT_EQ(back.sites[0].name, "Alpha");
  EXPECT_EQ(back.sites[0].added, 5);
  EXPECT_EQ(back.sites[0].robots, 2);
  EXPECT_EQ(back.sites[0].failed.at("http_404"), 1);
  EXPECT_EQ(back.sites[0].source_failures.at("robots"), 1);
  EXPECT_EQ(r.to_json()["sites"][0]["new"], 5);
}

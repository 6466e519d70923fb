#include <gtest/gtest.h>

#include <string>

#include "crawl/robots.hpp"

using namespace newsarchive;

TEST(Robots, TakesTheProductTokenFromTheUserAgent) {
  EXPECT_EQ(product_token("newsarchive/1.0 (+https://example.org/contact)"), "newsarchive");
  EXPECT_EQ(product_token("News_Archive-Bot"), "News_Archive-Bot");
  EXPECT_EQ(product_token("(compatible)"), "");
}

TEST(Robots, BuildsTheRobotsUrlFromAnyPageUrl) {
  EXPECT_EQ(robots_url("https://News.Example:8443/a/b?c=1"), "https://news.example:8443/robots.txt");
  EXPECT_EQ(robots_url("http://news.example:80/x"), "http://news.example/robots.txt");
  EXPECT_EQ(robots_url("mailto:x@example.org"), "");
}

TEST(Robots, ChoosesTheGroupNamingOurProductToken) {
  const char* txt =
      "User-agent: *\nDisallow: /\n\n"
      "User-agent: otherbot\nDisallow: /other/\n\n"
      "User-agent: NewsArchive\nDisallow: /private/\n";
  Robots r = Robots::parse(txt, "newsarchive");
  EXPECT_TRUE(r.allowed("https://news.example/world/story"));
  EXPECT_FALSE(r.allowed("https://news.example/private/x"));
  EXPECT_TRUE(r.allowed("https://news.example/other/x"));
}

TEST(Robots, FallsBackToTheStarGroup) {
  Robots r = Robots::parse("User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /admin\n", "newsarchive");
  EXPECT_TRUE(r.allowed("/world/story"));
  EXPECT_FALSE(r.allowed("/admin/login"));
  EXPECT_FALSE(r.allowed("/administrator"));
}

TEST(Robots, AllowsEverythingWhenNoGroupApplies) {
  Robots r = Robots::parse("User-agent: otherbot\nDisallow: /\n", "newsarchive");
  EXPECT_TRUE(r.allowed("/anything"));
}

TEST(Robots, GroupsMayNameSeveralAgentsAndMatchingGroupsCombine) {
  const char* txt =
      "User-agent: a-bot\nUser-agent: newsarchive/2.0\nUser-agent: b-bot\nDisallow: /one/\n\n"
      "User-agent: *\nDisallow: /star/\n\n"
      "User-agent: newsarchive\nDisallow: /two/\n";
  Robots r = Robots::parse(txt, "newsarchive");
  EXPECT_FALSE(r.allowed("/one/x"));
  EXPECT_FALSE(r.allowed("/two/x"));
  EXPECT_TRUE(r.allowed("/star/x"));  // our groups replace "*"
}

TEST(Robots, AMatchIsNotAPrefixOfALongerToken) {
  Robots r = Robots::parse("User-agent: newsarchive-images\nDisallow: /\n", "newsarchive");
  EXPECT_TRUE(r.allowed("/x"));
}

TEST(Robots, StarMatchesAnyRunAndDollarAnchorsTheEnd) {
  Robots r = Robots::parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /print/*/page\nDisallow: /*?share=\n",
                           "newsarchive");
  EXPECT_FALSE(r.allowed("/files/report.pdf"));
  EXPECT_TRUE(r.allowed("/files/report.pdf?download=1"));  // '$': the path must end there
  EXPECT_TRUE(r.allowed("/files/report.pdfx"));
  EXPECT_FALSE(r.allowed("/print/2024/page"));
  EXPECT_FALSE(r.allowed("/print/a/b/pages"));
  EXPECT_TRUE(r.allowed("/print/page"));  // '*' needs the '/' after it
  EXPECT_FALSE(r.allowed("/story?share=fb"));  // the query is part of what is matched
  EXPECT_TRUE(r.allowed("/story?id=1&share=fb"));
}

TEST(Robots, LongestMatchWinsAndAllowWinsATie) {
  Robots r = Robots::parse(
      "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /news/public/drafts\n"
      "Allow: /tie\nDisallow: /tie\n",
      "newsarchive");
  EXPECT_FALSE(r.allowed("/news/secret"));
  EXPECT_TRUE(r.allowed("/news/public/story"));
  EXPECT_FALSE(r.allowed("/news/public/drafts/1"));
  EXPECT_TRUE(r.allowed("/tie/x"));
}

TEST(Robots, EmptyDisallowAllowsEverything) {
  Robots r = Robots::parse("User-agent: *\nDisallow:\n", "newsarchive");
  EXPECT_TRUE(r.allowed("/"));
  EXPECT_TRUE(r.allowed("/any/path"));
}

TEST(Robots, PercentEncodingIsNormalisedBeforeMatching) {
  Robots r = Robots::parse("User-agent: *\nDisallow: /caf%c3%a9/\nDisallow: /%7Euser/\n", "newsarchive");
  EXPECT_FALSE(r.allowed("https://x.example/café/menu"));
  EXPECT_FALSE(r.allowed("https://x.example/caf%C3%A9/menu"));
  EXPECT_FALSE(r.allowed("/~user/page"));  // %7E is '~', unreserved
  EXPECT_TRUE(r.allowed("/cafe/menu"));
}

TEST(Robots, ReadsTheChosenGroupsCrawlDelay) {
  Robots r = Robots::parse("User-agent: *\nCrawl-delay: 10\n\nUser-agent: newsarchive\nCrawl-delay: 2.5\nDisallow:\n",
                           "newsarchive");
  ASSERT_TRUE(r.crawl_delay());
  EXPECT_DOUBLE_EQ(*r.crawl_delay(), 2.5);
  Robots star = Robots::parse("User-agent: *\nCrawl-delay: 10\n", "newsarchive");
  EXPECT_DOUBLE_EQ(star.crawl_delay().value_or(0), 10.0);
  EXPECT_FALSE(Robots::parse("User-agent: *\nCrawl-delay: soon\n", "newsarchive").crawl_delay());
}

TEST(Robots, CollectsSitemapLinesFromAnywhere) {
  Robots r = Robots::parse(
      "Sitemap: https://news.example/sitemap.xml\nUser-agent: *\nDisallow: /x\n"
      "sitemap: /news-sitemap.xml\nSitemap: https://news.example/sitemap.xml\n",
      "newsarchive", "https://news.example/robots.txt");
  EXPECT_EQ(r.sitemaps(), (std::vector<std::string>{"https://news.example/sitemap.xml",
                                                    "https://news.example/news-sitemap.xml"}));
  // A Sitemap line does not end the group it sits in.
  EXPECT_FALSE(r.allowed("/x"));
}

TEST(Robots, ToleratesBomCrlfCommentsAndJunk) {
  std::string txt =
      "\xEF\xBB\xBF# robots for news.example\r\n"
      "this line is junk\r\n"
      "USER-AGENT: * # everyone\r\n"
      "disallow: /private # keep out\r\n"
      "<html>oops</html>\r\n"
      "Allow: /private/ok\r";
  Robots r = Robots::parse(txt, "newsarchive");
  EXPECT_FALSE(r.allowed("/private/x"));
  EXPECT_TRUE(r.allowed("/private/ok/1"));
  EXPECT_TRUE(r.allowed("/public"));
}

TEST(Robots, StopsReadingAt500KiB) {
  std::string txt = "User-agent: *\nDisallow: /early\n";
  while (txt.size() < 600 * 1024) txt += "# padding padding padding padding padding padding\n";
  txt += "Disallow: /late\n";
  Robots r = Robots::parse(txt, "newsarchive");
  EXPECT_FALSE(r.allowed("/early"));
  EXPECT_TRUE(r.allowed("/late"));
}

TEST(Robots, RobotsTxtItselfIsAlwaysAllowed) {
  EXPECT_TRUE(Robots::parse("User-agent: *\nDisallow: /\n", "newsarchive").allowed("/robots.txt"));
  EXPECT_TRUE(Robots::disallow_all().allowed("https://x.example/robots.txt"));
}

TEST(Robots, ClientErrorsAllowEverything) {
  for (long status : {400L, 401L, 403L, 404L, 410L}) {
    Robots r = Robots::from_fetch(status, "User-agent: *\nDisallow: /\n", "newsarchive");
    EXPECT_EQ(r.kind(), Robots::Kind::allow_all) << status;
    EXPECT_TRUE(r.allowed("/anything")) << status;
  }
}

TEST(Robots, ServerErrorsAndNetworkFailuresDisallowEverything) {
  for (long status : {0L, 429L, 500L, 503L}) {
    Robots r = Robots::from_fetch(status, "", "newsarchive");
    EXPECT_EQ(r.kind(), Robots::Kind::disallow_all) << status;
    EXPECT_FALSE(r.allowed("/")) << status;
    EXPECT_FALSE(r.allowed("https://x.example/story")) << status;
  }
}

TEST(Robots, SuccessfulFetchIsParsed) {
  Robots r = Robots::from_fetch(200, "User-agent: *\nDisallow: /x\n", "newsarchive");
  EXPECT_EQ(r.kind(), Robots::Kind::parsed);
  EXPECT_FALSE(r.allowed("/x"));
  EXPECT_TRUE(r.allowed("/y"));
}

TEST(Robots, ACrawlDelayIsReadAsAskedHoweverLong) {
  Robots r = Robots::parse("User-agent: *\nCrawl-delay: 7200\n", "newsarchive");
  ASSERT_TRUE(r.crawl_delay());
  EXPECT_DOUBLE_EQ(*r.crawl_delay(), 7200);
}

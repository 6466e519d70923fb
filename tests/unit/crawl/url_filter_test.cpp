#include <gtest/gtest.h>

#include "crawl/config.hpp"
#include "crawl/url_filter.hpp"

using namespace newsarchive;

namespace {

SiteConfig site(std::vector<std::string> include = {}, std::vector<std::string> exclude = {}) {
  SiteConfig s;
  s.name = "Example News";
  s.start = {"https://news.example/", "https://news.example/world/"};
  s.feeds = {"https://feeds.news.example/rss.xml"};
  s.sitemaps = {"https://www.news.example/sitemap.xml"};
  s.include = std::move(include);
  s.exclude = std::move(exclude);
  return s;
}

constexpr LinkSource kSection = LinkSource::section_page;
constexpr LinkSource kFeed = LinkSource::feed;

}  // namespace

TEST(UrlFilter, AcceptsOnlyHttpUrls) {
  UrlFilter f(site());
  EXPECT_EQ(f.check("mailto:desk@news.example", kSection), UrlVerdict::not_http);
  EXPECT_EQ(f.check("javascript:void(0)", kSection), UrlVerdict::not_http);
  EXPECT_EQ(f.check("ftp://news.example/2024/05/17/storm", kFeed), UrlVerdict::not_http);
  EXPECT_EQ(f.check("/2024/05/17/storm", kFeed), UrlVerdict::not_http);  // must be absolute
  EXPECT_TRUE(f.accepts("http://news.example/2024/05/17/storm"));
}

TEST(UrlFilter, AcceptsTheSitesHostsAndSisterSubdomainsOnly) {
  UrlFilter f(site());
  EXPECT_TRUE(f.same_site("https://news.example/a"));
  EXPECT_TRUE(f.same_site("https://www.news.example/a"));
  EXPECT_TRUE(f.same_site("https://feeds.news.example/a"));
  EXPECT_TRUE(f.same_site("https://edition.news.example/a"));  // same registrable domain
  EXPECT_FALSE(f.same_site("https://other.example/a"));
  EXPECT_FALSE(f.same_site("https://news.example.evil.example/a"));
  EXPECT_EQ(f.check("https://other.example/2024/05/17/storm", kFeed), UrlVerdict::other_site);
}

TEST(UrlFilter, IncludePatternsMustMatchWhenGiven) {
  UrlFilter f(site({"^https://news\\.example/\\d{4}/"}));
  EXPECT_TRUE(f.accepts("https://news.example/2024/05/17/storm", kFeed));
  EXPECT_EQ(f.check("https://news.example/world/storm-hits-the-coast", kFeed), UrlVerdict::not_included);
  EXPECT_EQ(f.check("https://www.news.example/2024/x", kFeed), UrlVerdict::not_included);  // '^' anchors
}

TEST(UrlFilter, AHugeUrlIsNotTakenAndNeverReachesThePatterns) {
  // ".*" over a 40,000-character link overflowed the regex engine's stack (a crashed crawl).
  UrlFilter f(site({"^https://news\\.example/.*"}, {"\\?x=.*b"}));
  std::string huge = "https://news.example/start?" + std::string(40000, 'a');
  EXPECT_EQ(f.check(huge, kFeed), UrlVerdict::too_long);
  EXPECT_TRUE(f.excluded(huge));
  std::string longest = "https://news.example/2024/05/17/" + std::string(kMaxUrlBytes - 32, 'a');
  ASSERT_EQ(longest.size(), kMaxUrlBytes);
  EXPECT_EQ(f.check(longest, kFeed), UrlVerdict::accepted);
}

TEST(UrlFilter, IncludeSearchesAnywhereInTheUrl) {
  UrlFilter f(site({"/story/"}));
  EXPECT_TRUE(f.accepts("https://news.example/world/story/123"));
}

TEST(UrlFilter, ExcludePatternsWin) {
  UrlFilter f(site({"news\\.example"}, {"/tag/", "/author/", "\\?page="}));
  EXPECT_EQ(f.check("https://news.example/tag/storm", kFeed), UrlVerdict::excluded);
  EXPECT_EQ(f.check("https://news.example/author/jane-doe", kFeed), UrlVerdict::excluded);
  EXPECT_EQ(f.check("https://news.example/world?page=2", kFeed), UrlVerdict::excluded);
  EXPECT_TRUE(f.accepts("https://news.example/world/storm", kFeed));
}

TEST(UrlFilter, RejectsStaticAssetsFromAnySource) {
  UrlFilter f(site());
  for (const char* url : {"https://news.example/img/2024/photo.JPG", "https://news.example/files/report.pdf",
                          "https://news.example/static/app.js", "https://news.example/s/site.css",
                          "https://news.example/sitemap-2.xml", "https://news.example/a/podcast.mp3",
                          "https://news.example/a/clip.mp4", "https://news.example/a/logo.svg",
                          "https://news.example/dl/archive.zip"}) {
    EXPECT_EQ(f.check(url, kSection), UrlVerdict::static_asset) << url;
    EXPECT_EQ(f.check(url, kFeed), UrlVerdict::static_asset) << url;
  }
  EXPECT_TRUE(f.accepts("https://news.example/2024/05/17/storm.html", kSection));
}

TEST(UrlFilter, RejectsTheStartPagesThemselves) {
  UrlFilter f(site());
  EXPECT_EQ(f.check("https://news.example/world/", kSection), UrlVerdict::start_page);
  EXPECT_EQ(f.check("https://NEWS.example/world/#top", kSection), UrlVerdict::start_page);
  UrlFilter with_include(site({"news\\.example/world/"}));
  EXPECT_EQ(with_include.check("https://news.example/world/", kSection), UrlVerdict::start_page);
}

TEST(UrlFilter, RejectsUtilityPagesFromSectionLinksWithoutInclude) {
  UrlFilter f(site());
  for (const char* url : {"https://news.example/tag/storms", "https://news.example/tags/x",
                          "https://news.example/author/jane-doe", "https://news.example/category/world",
                          "https://news.example/topic/climate-change-and-more", "https://news.example/search?q=storm",
                          "https://news.example/login", "https://news.example/subscribe",
                          "https://news.example/newsletter", "https://news.example/about",
                          "https://news.example/contact-us", "https://news.example/privacy-policy",
                          "https://news.example/terms", "https://news.example/about.html",
                          "https://news.example/world/page/2", "https://news.example/section/local/"}) {
    EXPECT_EQ(f.check(url, kSection), UrlVerdict::utility_page) << url;
  }
  // Feeds list articles on purpose: no utility rule.
  EXPECT_TRUE(f.accepts("https://news.example/about", kFeed));
  // An include pattern replaces the heuristics.
  UrlFilter g(site({"news\\.example/"}));
  EXPECT_TRUE(g.accepts("https://news.example/about", kSection));
}

TEST(UrlFilter, SectionLinksMustLookLikeArticles) {
  UrlFilter f(site());
  EXPECT_EQ(f.check("https://news.example/sport", kSection), UrlVerdict::not_article_like);
  EXPECT_EQ(f.check("https://news.example/", kSection), UrlVerdict::start_page);
  EXPECT_EQ(f.check("https://edition.news.example/", kSection), UrlVerdict::not_article_like);
  EXPECT_TRUE(f.accepts("https://news.example/sport/cup-final-report", kSection));
  EXPECT_TRUE(f.accepts("https://news.example/storm-hits-the-coast", kSection));
  EXPECT_TRUE(f.accepts("https://news.example/a123456", kSection));
  EXPECT_TRUE(f.accepts("https://news.example/?p=4821", kSection));
}

TEST(UrlFilter, ArticleHeuristicRecognisesDatesSlugsAndIds) {
  EXPECT_TRUE(looks_like_article_path("/world/storm"));  // depth 2
  EXPECT_TRUE(looks_like_article_path("/2024/05/17/storm"));
  EXPECT_TRUE(looks_like_article_path("/storm-2024-05-17"));
  EXPECT_TRUE(looks_like_article_path("/20240517storm"));
  EXPECT_TRUE(looks_like_article_path("/storm-hits-the-coast"));
  EXPECT_TRUE(looks_like_article_path("/story_about_things"));
  EXPECT_TRUE(looks_like_article_path("/12345"));
  EXPECT_TRUE(looks_like_article_path("/index.php?id=987"));

  EXPECT_FALSE(looks_like_article_path("/"));
  EXPECT_FALSE(looks_like_article_path("/sport"));
  EXPECT_FALSE(looks_like_article_path("/sport/"));
  EXPECT_FALSE(looks_like_article_path("/live-news"));  // short, one hyphen
  EXPECT_FALSE(looks_like_article_path("/2024"));       // a year alone
  EXPECT_FALSE(looks_like_article_path("/world?page=2"));
}

TEST(UrlFilter, RecognisesAssetsAndUtilityPaths) {
  EXPECT_TRUE(is_static_asset_path("/a/b/photo.jpeg"));
  EXPECT_FALSE(is_static_asset_path("/a/b/story.html"));
  EXPECT_FALSE(is_static_asset_path("/a.b/story"));
  EXPECT_TRUE(is_utility_path("/en/tag/storms"));
  EXPECT_FALSE(is_utility_path("/world/tagged-for-life-story"));
  EXPECT_FALSE(is_utility_path("/about-the-storm-that-changed-everything"));
}

TEST(UrlFilter, WorksFromPlainListsOfUrls) {
  UrlFilter f({"http://127.0.0.1:8080/"}, {}, {"/private/"}, {"http://127.0.0.1:8080/"});
  EXPECT_TRUE(f.accepts("http://127.0.0.1:8080/news/one", kSection));
  EXPECT_EQ(f.check("http://127.0.0.1:8080/", kSection), UrlVerdict::start_page);
  EXPECT_EQ(f.check("http://127.0.0.1:8080/private/x", kFeed), UrlVerdict::excluded);
  EXPECT_EQ(f.check("http://127.0.0.2:8080/news/one", kFeed), UrlVerdict::other_site);
}

TEST(UrlFilter, ANamedHostIsTakenWithoutItsDomain) {
  newsarchive::SiteConfig site;
  site.feeds = {"https://news.example/rss.xml"};
  site.hosts = {"news.google.com"};
  newsarchive::UrlFilter f(site);
  EXPECT_TRUE(f.same_site("https://news.google.com/rss/articles/abc"));
  EXPECT_FALSE(f.same_site("https://www.google.com/search?q=x")) << "not all of google.com";
  EXPECT_TRUE(f.same_site("https://sport.news.example/a")) << "the feed's own domain still is";
}

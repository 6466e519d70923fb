// Redirects during a crawl, against the fake Fetcher: each hop is a request of its own,
// through robots.txt of its host and the site's exclude patterns; chains end at a loop,
// a missing Location or ten hops; the URL as found stays the article's alias.
#include <algorithm>

#include "crawler_fixture.hpp"

using namespace newsarchive;
using namespace crawltest;

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
  pages["http://news.example/a/three"] = FakePage::redirect(301, "/a/three#top");
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  auto count = [&](const char* part) {
    return std::count_if(requests_.begin(), requests_.end(),
                         [&](const std::string& u) { return u.find(part) != std::string::npos; });
  };
  EXPECT_EQ(count("/a/two"), 11) << "the URL and ten redirects";
  EXPECT_EQ(count("/a/three"), 1) << "a redirect to itself (a fragment aside)";
  EXPECT_EQ(r.sites[0].failed.at("too_many_redirects"), 2);
}

TEST_F(CrawlerTest, ARedirectThatOnlyAddsTrackingParametersIsFollowed) {
  // "/a/two" -> "/a/two?utm_source=rss" is another request to the server, not a loop; the
  // page it ends at is the same article.
  auto pages = site_pages();
  pages["http://news.example/a/two"] = FakePage::redirect(301, "/a/two?utm_source=rss");
  pages["http://news.example/a/two?utm_source=rss"] = {200, "text/html", article("Two tracked")};
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://news.example/a/two?utm_source=rss"), 1);
  EXPECT_EQ(r.sites[0].failed_total(), 0);
  EXPECT_EQ(r.sites[0].added, 3);
  auto two = Archive(db_).article_by_url("http://news.example/a/two");
  ASSERT_TRUE(two);
  EXPECT_EQ(two->article.headline.value_or(""), "Two tracked");
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

TEST_F(CrawlerTest, FeedLinksThroughATrackerHostAreTakenWhenTheSiteNamesThatHost) {
  // The feed links its stories through a redirecting tracker on another host. Without
  // `hosts` they are left out (with a warning); naming the host takes them, and the
  // story is archived where the tracker sends it.
  auto pages = site_pages();
  pages["http://news.example/rss.xml"] = {200, "application/rss+xml",
                                          rss({"http://news.example/a/one", "http://track.example/r/two"})};
  pages["http://track.example/robots.txt"] = {200, "text/plain", "User-agent: *\nAllow: /\n"};
  pages["http://track.example/r/two"] = FakePage::redirect(302, "http://news.example/a/two");
  const std::string site = "[[site]]\nname = \"News\"\nfeeds = [\"http://news.example/rss.xml\"]\n";
  CrawlReport without = crawl(test_config("per_host_delay = 0\n", site), false, nullptr, pages);
  EXPECT_EQ(without.sites[0].added, 1);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), "http://track.example/r/two"), 0);

  requests_.clear();
  CrawlReport with = crawl(test_config("per_host_delay = 0\n", site + "hosts = [\"track.example\"]\n"), false, nullptr,
                           pages);
  EXPECT_EQ(with.sites[0].added, 1) << "the story behind the tracker";
  auto two = Archive(db_).article_by_url("http://track.example/r/two");
  ASSERT_TRUE(two);
  EXPECT_EQ(two->article.headline.value_or(""), "Two");
  EXPECT_EQ(two->article.final_url, "http://news.example/a/two");
}

TEST_F(CrawlerTest, AStorySentToASignInPageTheFrontPageOrItsSectionIsNoArticle) {
  // What the redirect leads to has text, but it is a wall or the front page, not the story.
  auto pages = site_pages();
  pages["http://news.example/a/one"] = FakePage::redirect(302, "/account/login?return=/a/one");
  pages["http://news.example/account/login?return=/a/one"] = {200, "text/html", article("Sign in")};
  pages["http://news.example/a/two"] = FakePage::redirect(301, "/index.html?ref=gone");
  pages["http://news.example/index.html?ref=gone"] = {200, "text/html", article("Latest news")};
  pages["http://news.example/a/three"] = FakePage::redirect(301, "/a/");
  pages["http://news.example/a/"] = {200, "text/html", article("Section A")};
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  EXPECT_EQ(r.sites[0].added, 0);
  EXPECT_EQ(r.sites[0].failed.at("redirected_to_wall"), 1);
  EXPECT_EQ(r.sites[0].failed.at("redirected_away"), 2) << "the front page, the section above";
  EXPECT_TRUE(r.sites[0].failed_entirely()) << "a wall keeps the crawl out";
  Archive a(db_);
  EXPECT_FALSE(a.article_by_url("http://news.example/a/one"));
  EXPECT_FALSE(a.article_by_url("http://news.example/a/two"));
}

TEST_F(CrawlerTest, AVariantOfAStorySentToTheStoryIsTheStory) {
  // "/story/amp/", "/story/print" and a story's "/photos" redirect to the story: the path
  // above them is the story's own, not a section.
  auto pages = site_pages();
  pages["http://news.example/a/one/amp/"] = FakePage::redirect(301, "/a/one/");
  pages["http://news.example/a/one/"] = {200, "text/html", article("One")};
  pages["http://news.example/a/two/print"] = FakePage::redirect(301, "/a/two/");
  pages["http://news.example/a/two/"] = {200, "text/html", article("Two")};
  pages["http://news.example/rss.xml"] = {
      200, "application/rss+xml",
      rss({"http://news.example/a/one/amp/", "http://news.example/a/two/print",
           "http://news.example/a/harbour-bridge-reopens/photos"})};
  pages["http://news.example/a/harbour-bridge-reopens/photos"] = FakePage::redirect(301, "/a/harbour-bridge-reopens/");
  pages["http://news.example/a/harbour-bridge-reopens/"] = {200, "text/html", article("Three")};
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  EXPECT_EQ(r.sites[0].added, 3) << "a part of a story (below its slug) is that story";
  EXPECT_EQ(r.sites[0].failed_total(), 0);
}

TEST_F(CrawlerTest, AStoryUnderATwoLevelSectionOrWithANumericIdSentToTheSectionIsNoArticle) {
  auto pages = site_pages();
  pages["http://news.example/rss.xml"] = {
      200, "application/rss+xml",
      rss({"http://news.example/world/europe/talks-2026-11-03/", "http://news.example/a/1234567",
           "http://news.example/a/2026/11/harbour.html"})};
  pages["http://news.example/a/2026/11/harbour.html"] = FakePage::redirect(301, "/a/2026/11/");
  pages["http://news.example/a/2026/11/"] = {200, "text/html", article("November")};
  pages["http://news.example/world/europe/talks-2026-11-03/"] = FakePage::redirect(301, "/world/europe/");
  pages["http://news.example/world/europe/"] = {200, "text/html", article("Europe")};
  pages["http://news.example/a/1234567"] = FakePage::redirect(301, "/a/");
  pages["http://news.example/a/"] = {200, "text/html", article("Section A")};
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  EXPECT_EQ(r.sites[0].added, 0);
  EXPECT_EQ(r.sites[0].failed.at("redirected_away"), 3);
}

TEST_F(CrawlerTest, AStorySentToASectionElsewhereThatSaysSoIsNoArticle) {
  // "/a/one" sent to "/politics/": not above the story, but a section by its path and by
  // what the page says of itself (og:type website). Sent to a page that says nothing of
  // itself, or to a new slug, the story is kept.
  auto listing = [](const std::string& title) {
    std::string page = article(title);
    return page.replace(page.find("</head>"), 0, "<meta property=\"og:type\" content=\"website\">");
  };
  auto pages = site_pages();
  pages["http://news.example/rss.xml"] = {
      200, "application/rss+xml",
      rss({"http://news.example/a/one", "http://news.example/a/two", "http://news.example/a/three"})};
  pages["http://news.example/a/one"] = FakePage::redirect(301, "/politics/");
  pages["http://news.example/politics/"] = {200, "text/html", listing("Politics")};
  pages["http://news.example/a/two"] = FakePage::redirect(301, "/topics/harbour");
  pages["http://news.example/topics/harbour"] = {200, "text/html", article("Harbour")};
  pages["http://news.example/a/three"] = FakePage::redirect(301, "/b/three-moved-here");
  pages["http://news.example/b/three-moved-here"] = {200, "text/html", listing("Three")};
  CrawlReport r = crawl(config_with(100), false, nullptr, pages);
  EXPECT_EQ(r.sites[0].failed.at("redirected_away"), 1);
  EXPECT_EQ(r.sites[0].added, 2) << "a page that says nothing of itself, and a new slug";
  Archive a(db_);
  EXPECT_FALSE(a.article_by_url("http://news.example/a/one"));
  EXPECT_TRUE(a.article_by_url("http://news.example/a/three"));
}

TEST_F(CrawlerTest, AStoryListedUnderItsOldAndItsNewAddressIsRecheckedOnce) {
  // The feed lists the story's old address (which redirects) and its new one: both find
  // the same archived article, which is fetched once a run, not twice.
  auto pages = site_pages();
  const std::string old_url = "http://news.example/a/harbour-plan-agreed";
  const std::string new_url = "http://news.example/a/harbour-plan-agreed-after-debate";
  pages["http://news.example/rss.xml"] = {200, "application/rss+xml", rss({old_url})};
  pages[old_url] = FakePage::redirect(301, new_url);
  pages[new_url] = {200, "text/html", article("Harbour plan agreed")};
  CrawlConfig c = test_config("per_host_delay = 0\nrecheck_days = 30\n");
  EXPECT_EQ(crawl(c, false, nullptr, pages).sites[0].added, 1);

  pages["http://news.example/rss.xml"] = {200, "application/rss+xml", rss({old_url, new_url})};
  requests_.clear();
  CrawlReport r = crawl(c, false, nullptr, pages);
  EXPECT_EQ(std::count(requests_.begin(), requests_.end(), new_url), 1);
  EXPECT_EQ(r.sites[0].unchanged, 1);
  EXPECT_EQ(r.sites[0].failed_total(), 0);
}

// Link evidence: editorial links to other outlets count; social, share, self, tag and
// author pages, archives and non-news sites do not.
#include <gtest/gtest.h>

#include "helpers.hpp"

using namespace sources_test;
using V = std::vector<std::string>;

namespace {

V linked(const std::string& url, const std::string& page = "https://www.example-daily.test/story",
         const std::string& anchor = "a report") {
  return names(sources({para("The mayor resigned after a report on the budget.", {{anchor, url}})}, page));
}

}  // namespace

TEST(LinkEvidence, LinkToAKnownOutletCounts) {
  auto got = sources({para("The mayor resigned after a report on the budget.",
                           {{"a report", "https://www.nytimes.com/2024/01/01/nyregion/mayor.html"}})});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "The New York Times");
  EXPECT_EQ(got[0].domain, "nytimes.com");
  EXPECT_EQ(got[0].via, newsarchive::Via::link);
  EXPECT_EQ(got[0].urls, V{"https://www.nytimes.com/2024/01/01/nyregion/mayor.html"});
}
TEST(LinkEvidence, SubdomainsAndOldDomainsResolveToTheOutlet) {
  EXPECT_EQ(linked("https://money.cnn.com/2016/02/01/news/x.html"), V{"CNN"});
  EXPECT_EQ(linked("http://www.huffingtonpost.com/2015/01/01/x.html"), V{"HuffPost"});
  EXPECT_EQ(linked("http://hosted2.ap.org/APDEFAULT/x"), V{"Associated Press"});
}
TEST(LinkEvidence, ShareButtonsAndSocialNetworksAreNotSources) {
  EXPECT_EQ(linked("https://twitter.com/intent/tweet?url=https://example.test"), V{});
  EXPECT_EQ(linked("https://www.facebook.com/sharer/sharer.php?u=x"), V{});
  EXPECT_EQ(linked("https://x.com/Reuters/status/1"), V{});
  EXPECT_EQ(linked("https://www.youtube.com/watch?v=abc"), V{});
  EXPECT_EQ(linked("https://t.me/channel/12"), V{});
  EXPECT_EQ(linked("https://www.instagram.com/p/abc/"), V{});
}
TEST(LinkEvidence, SelfLinksIncludingThePublishersOtherDomainsAreNotSources) {
  EXPECT_EQ(linked("https://www.example-daily.test/other-story"), V{});
  EXPECT_EQ(linked("https://www.bbc.co.uk/news/uk-1", "https://www.bbc.com/news/world-1"), V{});
  EXPECT_EQ(linked("https://edition.cnn.com/x", "https://money.cnn.com/2016/x"), V{});
}
TEST(LinkEvidence, TagAndAuthorPagesAreNotSources) {
  EXPECT_EQ(linked("https://www.theguardian.com/profile/jane-doe"), V{});
  EXPECT_EQ(linked("https://www.reuters.com/authors/john-smith/"), V{});
  EXPECT_EQ(linked("https://www.theguardian.com/world/tag/ukraine"), V{});
  EXPECT_EQ(linked("https://www.reuters.com/search?q=budget"), V{});
  // Whole segments only: a story whose slug starts like a furniture path still counts.
  EXPECT_EQ(linked("https://www.reuters.com/business/shares-fall-as-rates-rise-2024-05-01/"), V{"Reuters"});
  EXPECT_EQ(linked("https://www.reuters.com/world/searchlight-on-budget-cuts-2024/"), V{"Reuters"});
}
TEST(LinkEvidence, ArchiveLinksAreNotSources) {
  EXPECT_EQ(linked("https://web.archive.org/web/2019/https://www.nytimes.com/x"), V{});
  EXPECT_EQ(linked("https://perma.cc/ABCD-1234"), V{});
  EXPECT_EQ(linked("https://archive.ph/xyz"), V{});
}
TEST(LinkEvidence, GovernmentAcademicAndOtherNonNewsSitesAreNotSources) {
  EXPECT_EQ(linked("https://www.cdc.gov/report.html"), V{});
  EXPECT_EQ(linked("https://web.stanford.edu/group/poverty/report.pdf"), V{});
  EXPECT_EQ(linked("https://news.un.org/en/story/2025/05/1"), V{});
  EXPECT_EQ(linked("https://www.energycontrol.org/", "https://www.example-daily.test/story", "Energy Control"), V{});
  EXPECT_EQ(linked("https://www.acme-widgets.com/press"), V{});
}
TEST(LinkEvidence, UnknownSiteThatLooksLikeNewsCountsUnderItsDomain) {
  auto got = sources({para("The Kyiv Herald Tribune reported the strike.",
                           {{"reported", "https://www.kyivheraldtribune.example/strike"}})});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].domain, "kyivheraldtribune.example");
  EXPECT_EQ(got[0].name, "The Kyiv Herald Tribune");
  EXPECT_EQ(got[0].via, newsarchive::Via::both);
}
TEST(LinkEvidence, AnUnknownNewsLookingSiteCountsOnlyForAStory) {
  EXPECT_EQ(linked("https://www.valleyherald.example/2024/05/01/mill-closes"), V{"valleyherald.example"});
  // Its home page, a product page or a manual is no story: "cypress" is no press.
  EXPECT_EQ(linked("https://www.valleyherald.example/"), V{});
  EXPECT_EQ(linked("http://www.cypress.example/products/32-bit-arm-cortex-m-psoc"), V{});
  EXPECT_EQ(linked("https://www.postgresql.example/docs/current/functions-srf.html"), V{});
  // A blog host's journal is a blog.
  EXPECT_EQ(linked("http://someone.livejournal.com/61927.html"), V{});
}
TEST(LinkEvidence, AnchorNamingAnOutletOnAnUnknownHostIsThatOutlet) {
  EXPECT_EQ(linked("https://kcnawatch.example/newstream/1", "https://www.example-daily.test/story", "KCNA"), V{"KCNA"});
}
TEST(LinkEvidence, RelatedStoryListsAreNotSources) {
  Block a = para("Ten things about the budget", {{"Ten things about the budget", "https://www.nytimes.com/a"}});
  Block b = para("Why the mayor quit", {{"Why the mayor quit", "https://www.washingtonpost.com/b"}});
  a.kind = b.kind = Block::Kind::list_item;
  EXPECT_EQ(names(sources({a, b})), V{});
  EXPECT_EQ(names(sources({para("Read more: Why the mayor quit", {{"Why the mayor quit", "https://www.washingtonpost.com/b"}})})),
            V{});
}
TEST(LinkEvidence, AliasTextAndLinkMergeIntoOneSource) {
  auto got = sources({para("The gunman, whom the U.K. Mirror said police identified, fled.",
                           {{"U.K. Mirror", "https://www.mirror.co.uk/news/a-1"}}),
                      para("The Mirror reported that three people were hurt."),
                      para("Later the Daily Mirror said the toll had risen.")});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "The Mirror");
  EXPECT_EQ(got[0].domain, "mirror.co.uk");
  EXPECT_EQ(got[0].via, newsarchive::Via::both);
  EXPECT_EQ(got[0].mentions, 3);  // the linked "U.K. Mirror" counts once
  EXPECT_EQ(got[0].urls, V{"https://www.mirror.co.uk/news/a-1"});
  EXPECT_EQ(got[0].evidence.size(), 3u);
  EXPECT_EQ(got[0].evidence[1], "The Mirror reported that three people were hurt.");
}
TEST(LinkSources, ALinkThroughGoogleTranslateIsToTheSiteItTranslates) {
  auto got = sources({para("WinFuture berichtet über die Uhr.",
                           {{"berichtet", "https://winfuture-de.translate.goog/news,141.html?_x_tr_sl=de"}})},
                     "https://www.gamestar.de/a", "de");
  EXPECT_EQ(names(got), V{"WinFuture"});
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].domain, "winfuture.de");
}
TEST(LinkEvidence, UnknownSiteNamedInTheSentenceAsTheStorysSourceCounts) {
  // The sentence names the linked site ("Gearloop" for gearloop.example) and a story of it,
  // at a dated address: an outlet the directory does not know.
  auto got = sources({para("Gearloop has run a two-part series (in May and June) on the dispute.",
                           {{"May", "https://gearloop.example/2015/05/24/the-dispute/"}})});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "Gearloop");
  EXPECT_EQ(got[0].domain, "gearloop.example");
  EXPECT_EQ(names(sources({para("According to fan site FilmRumours.net, the cut returns.",
                                {{"FilmRumours.net", "http://filmrumours.net/2017/02/rumor-cut/"}})})),
            V{"FilmRumours.net"});
  EXPECT_EQ(names(sources({para("He spoke in a story published at BOLTzine.",
                                {{"story", "http://boltzine.example/2015/03/19/interview"}})})),
            V{"BOLTzine"});
}
TEST(LinkEvidence, AnUnknownSiteNamedWithoutAStoryOfItsOwnDoesNotCount) {
  auto one = [](const std::string& text, const std::string& anchor, const std::string& url) {
    return names(sources({para(text, {{anchor, url}})}));
  };
  // No dated story address: a think tank's study, a forum thread, a shop's page.
  EXPECT_EQ(one("Revenue falls by $631 billion, according to the Tax Policy Center.", "according",
                "https://www.taxpolicycenter.example/publications/analysis-of-the-act"),
            V{});
  EXPECT_EQ(one("He first published the post on the NeoForum forum.", "post",
                "http://www.neoforum.example/forum/showthread.php?t=64"),
            V{});
  // A company's blog, its own site or statement speaks for the company.
  EXPECT_EQ(one("Stack Heap published its analysis of hiring trends.", "analysis",
                "https://stackheap.blog/2017/03/09/hiring-trends/"),
            V{});
  EXPECT_EQ(one("Voltcar said in a statement on its site that the story was wrong.", "statement",
                "https://www.voltcar.example/2024/05/recall"),
            V{});
  EXPECT_EQ(one("Voltcar announced the recall in a press release about the story.", "press release",
                "https://www.voltcar.example/2024/05/recall"),
            V{});
  // The sentence names someone else, or no story at all.
  EXPECT_EQ(one("Ms Graser explains the release in a story.", "story", "http://gearloop.example/2015/03/02/qgis/"),
            V{});
  EXPECT_EQ(one("Gearloop makes boards for hobbyists.", "boards", "http://gearloop.example/2015/03/02/boards/"),
            V{});
}

TEST(LinkEvidence, ACommonWordAnchorNamesNoOutletAtAnotherSite) {
  auto got = sources({para("Stats are tracked using Mint.", {{"Mint", "https://www.mint.com/how-it-works"}})});
  EXPECT_EQ(names(got), V{});
}

TEST(LinkEvidence, APortalsCopyOfAnotherOutletsStoryIsThatOutlet) {
  auto copy = sources({para("Reuters reported the raid first. You can read the Reuters report here.",
                            {{"here", "https://news.yahoo.com/raid-report-123.html"}})});
  EXPECT_EQ(names(copy), V{"Reuters"});
  // Yahoo News's own story, with no other outlet beside it, still counts.
  auto own = sources({para("Yahoo News first reported the memo on Monday.",
                           {{"first reported", "https://news.yahoo.com/memo-456.html"}})});
  EXPECT_EQ(names(own), V{"Yahoo News"});
}
// The outlet as an employer or a business (the r39s pass): its jobs, careers and
// subscription pages; a press-release wire is no outlet, however newsy its host.
TEST(LinkEvidence, JobsSubscriptionsAndPressReleaseWiresAreNotSources) {
  EXPECT_EQ(linked("https://careers.nine.com.au/jobs/brisbane-2032-reporter"), V{});
  EXPECT_EQ(linked("https://jobs.theguardian.com/job/123/"), V{});
  EXPECT_EQ(linked("https://businessday.ng/subscription/"), V{});
  EXPECT_EQ(linked("https://subscribe.wsj.com/offer"), V{});
  EXPECT_EQ(linked("https://prtimes.jp/main/html/rd/p/000000123.000012345.html"), V{});
  EXPECT_EQ(linked("https://www.theguardian.com/world/2024/jan/01/story"), V{"The Guardian"});
}

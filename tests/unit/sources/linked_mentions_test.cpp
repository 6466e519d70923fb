// A cue whose outlet name is (or lies inside) a link's anchor text: the link says which
// outlet the writer meant, so the mention is credited to the link's outlet and merges
// with the link evidence, instead of resolving the name through the directory.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helpers.hpp"
#include "newsarchive/extract.hpp"

using namespace sources_test;
using ::testing::ElementsAre;

namespace {

// The whole pipeline on a small hand-written page, as the archive runs it.
std::vector<Source> page_sources(const std::string& paragraphs,
                                 const std::string& url = "https://www.example-daily.test/news/mill-story") {
  std::string html = "<html lang=\"en\"><head><title>Mill to close</title></head><body><article>"
                     "<h1>Mill to close</h1>"
                     "<p>Workers at the riverside paper mill learned on Tuesday that their jobs will end in the "
                     "spring, after more than a century of production in the valley.</p>" +
                     paragraphs +
                     "<p>The town council said it would meet next week to discuss support for the families "
                     "affected by the closure and the future of the site.</p>"
                     "</article></body></html>";
  newsarchive::Page page;
  page.body = html;
  page.content_type = "text/html; charset=utf-8";
  page.url = url;
  newsarchive::ExtractOptions options;
  options.outlets = &directory();
  return newsarchive::extract_article(page, options).sources;
}

std::vector<std::pair<std::string, newsarchive::Via>> domains_via(const std::vector<Source>& s) {
  std::vector<std::pair<std::string, newsarchive::Via>> out;
  for (const auto& x : s) out.emplace_back(x.domain, x.via);
  return out;
}

constexpr auto both = newsarchive::Via::both;
constexpr auto text = newsarchive::Via::text;

}  // namespace

// ---- hand-made blocks ---------------------------------------------------------

TEST(LinkedMentions, CueInsideTheAnchorIsCreditedToTheLinkedSite) {
  auto got = sources({para("The Herald reported that the mill will close.",
                           {{"Herald reported", "https://www.smalltownherald.com/news/x"}})});
  EXPECT_THAT(domains_via(got), ElementsAre(std::pair{std::string("smalltownherald.com"), both}));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].mentions, 1);  // the link and its anchor's words are one citation
  EXPECT_EQ(got[0].urls, std::vector<std::string>{"https://www.smalltownherald.com/news/x"});
}
TEST(LinkedMentions, AnchorThatIsTheNameIsCreditedToTheLinkedSite) {
  auto got = sources({para("The Herald reported that the mill will close.",
                           {{"Herald", "https://www.smalltownherald.com/news/x"}})});
  EXPECT_THAT(domains_via(got), ElementsAre(std::pair{std::string("smalltownherald.com"), both}));
}
TEST(LinkedMentions, SameOutletByLinkAndByNameStillMerges) {
  auto got = sources({para("The plant closed, according to Reuters.", {{"Reuters", "https://www.reuters.com/x"}})});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "Reuters");
  EXPECT_EQ(got[0].domain, "reuters.com");
  EXPECT_EQ(got[0].via, both);
}
TEST(LinkedMentions, AnUnknownNameSpellingALinkedDomainLivesThere) {
  // The cited name and a link elsewhere in the body to the domain it spells: one outlet
  // with that domain; the link itself was not cited, so the evidence stays text.
  auto got = sources({para("The Plainsville Star obtained the documents on Friday."),
                      para("The documents are online.", {{"online", "https://www.plainsvillestar.com/docs/1"}})});
  EXPECT_THAT(domains_via(got), ElementsAre(std::pair{std::string("plainsvillestar.com"), text}));
  EXPECT_EQ(got[0].name, "The Plainsville Star");
}
TEST(LinkedMentions, MentionOutsideTheLinkResolvesByName) {
  // The link covers other words of the sentence: the name still resolves through the directory.
  auto got = sources({para("The Herald reported that the mill will close, as the council confirmed.",
                           {{"the council confirmed", "https://www.smalltownherald.com/news/x"}})});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_NE(find(got, "The Herald"), nullptr);
  EXPECT_EQ(find(got, "The Herald")->domain, "heraldscotland.com");
  EXPECT_EQ(find(got, "The Herald")->via, text);
  // And with no link at all.
  auto plain = sources({para("The Herald reported that the mill will close.")}, "https://www.example-daily.test/story",
                       "en");
  EXPECT_THAT(domains_via(plain), ElementsAre(std::pair{std::string("heraldscotland.com"), text}));
}
TEST(LinkedMentions, OnlyTheLinkedNameOfACoordinatedPairFollowsTheLink) {
  auto got = sources({para("The Herald and CNN reported that the mill will close.",
                           {{"Herald", "https://www.smalltownherald.com/news/x"}})});
  EXPECT_THAT(domains_via(got), ElementsAre(std::pair{std::string("smalltownherald.com"), both},
                                            std::pair{std::string("cnn.com"), text}));
}

TEST(LinkedMentions, KnownLinkedOutletThatFitsTheNameTakesIt) {
  auto got = sources({para("The Herald reported that the mill will close.",
                           {{"Herald", "https://www.bostonherald.com/2024/05/01/mill/"}})});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "Boston Herald");
  EXPECT_EQ(got[0].via, both);
}
TEST(LinkedMentions, NameOfAnotherKnownOutletLinkedToACopyKeepsBoth) {
  // A wire story read on another outlet's site: the name is not that site's.
  auto got = sources({para("The Associated Press reported that the mill will close.",
                           {{"The Associated Press reported", "https://www.usnews.com/news/business/articles/x"}})});
  EXPECT_THAT(domains_via(got), ElementsAre(std::pair{std::string("apnews.com"), text},
                                            std::pair{std::string("usnews.com"), newsarchive::Via::link}));
}
TEST(LinkedMentions, NonEditorialLinksDoNotDecide) {
  auto got = sources({para("The Herald reported that the mill will close.",
                           {{"Herald", "https://twitter.com/smalltownherald/status/1"}})});
  EXPECT_THAT(domains_via(got), ElementsAre(std::pair{std::string("heraldscotland.com"), text}));
}

// ---- hand-written HTML, through the whole pipeline ------------------------------

TEST(LinkedMentionsHtml, HeraldAnchorAroundNameAndVerb) {
  auto got = page_sources(
      R"(<p>The <a href="https://www.smalltownherald.com/news/x">Herald reported</a> that the mill will close.</p>)");
  EXPECT_THAT(domains_via(got), ElementsAre(std::pair{std::string("smalltownherald.com"), both}));
}
TEST(LinkedMentionsHtml, HeraldAnchorAroundTheName) {
  auto got = page_sources(
      R"(<p>the <a href="https://www.smalltownherald.com/news/x">Herald</a> reported that the mill will close.</p>)");
  EXPECT_THAT(domains_via(got), ElementsAre(std::pair{std::string("smalltownherald.com"), both}));
}
TEST(LinkedMentionsHtml, AccordingToLinkedReuters) {
  auto got = page_sources(
      R"(<p>The mill will close, according to <a href='https://www.reuters.com/x'>Reuters</a>.</p>)");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "Reuters");
  EXPECT_EQ(got[0].domain, "reuters.com");
  EXPECT_EQ(got[0].via, both);
}
TEST(LinkedMentionsHtml, UnlinkedMentionResolvesByName) {
  auto got = page_sources(R"(<p>The Herald reported that the mill will close.</p>)");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "The Herald");
  EXPECT_EQ(got[0].domain, "heraldscotland.com");
  EXPECT_EQ(got[0].via, text);
}

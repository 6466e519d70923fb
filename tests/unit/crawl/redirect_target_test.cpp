// Where a story's redirect landed: walls, the front page, the section above, sections
// elsewhere; and the variants and new slugs that are still the story.
#include "crawl/redirect_target.hpp"

#include <gtest/gtest.h>

using namespace newsarchive;

namespace {

FetchResult sent(const std::string& from, const std::string& to) {
  FetchResult f;
  f.url = from;
  f.final_url = to;
  f.status = 200;
  return f;
}

std::string away(const std::string& from, const std::string& to) {
  auto a = sent_away(sent(from, to));
  return a ? a->what : "";
}

}  // namespace

TEST(RedirectTarget, WallsTheFrontPageAndTheSectionAboveAreNoStory) {
  auto wall = sent_away(sent("https://n.test/a/story-one", "https://n.test/account/login?return=/a/story-one"));
  ASSERT_TRUE(wall);
  EXPECT_EQ(wall->kind, NoArticleKind::redirected_to_wall);
  EXPECT_EQ(away("https://n.test/a/story-one", "https://consent.n.test/?url=x"), wall->what);
  EXPECT_EQ(away("https://n.test/a/story-one", "https://n.test/index.html?ref=gone"), "the front page");
  EXPECT_EQ(away("https://n.test/politics/2026/11/story.html", "https://n.test/politics/"),
            "the section page above the story");
  EXPECT_EQ(sent_away(sent("https://n.test/a/story-one", "https://n.test/"))->kind, NoArticleKind::redirected_away);
}

TEST(RedirectTarget, VariantsNewSlugsAndPostsAreTheStory) {
  EXPECT_EQ(away("https://n.test/a/story-one/amp/", "https://n.test/a/story-one/"), "");
  EXPECT_EQ(away("https://n.test/a/story-one/2", "https://n.test/a/story-one/"), "");
  EXPECT_EQ(away("https://n.test/a/story-one", "https://n.test/a/story-one-updated"), "");
  EXPECT_EQ(away("https://n.test/a/story-one", "https://n.test/?p=123"), "");
  EXPECT_EQ(away("http://n.test/a/story-one", "https://www.n.test/a/story-one"), "");
  EXPECT_EQ(away("https://n.test/a/story-one", ""), "");
}

TEST(RedirectTarget, ASectionElsewhereOnTheSiteIsShapedLikeOne) {
  auto section = [](const std::string& to) {
    return sent_to_a_section(sent("https://www.n.test/2026/11/21/harbour-bridge-reopens", to));
  };
  EXPECT_TRUE(section("https://www.n.test/politics/"));
  EXPECT_TRUE(section("https://n.test/topics/climate-change"));
  EXPECT_TRUE(section("https://www.n.test/world/europe/index.html"));
  EXPECT_TRUE(section("https://www.n.test/2026/11/"));
  EXPECT_TRUE(section("https://www.n.test/news/?ref=gone"));
  // A story's slug, an id or a file; a date that is no date; another site; a query that
  // names a page; too deep for a section.
  EXPECT_FALSE(section("https://www.n.test/news/harbour-bridge-reopens-after-repairs"));
  EXPECT_FALSE(section("https://www.n.test/news/12345"));
  EXPECT_FALSE(section("https://www.n.test/news/story.html"));
  EXPECT_FALSE(section("https://www.n.test/2026/13/"));
  EXPECT_FALSE(section("https://www.n.test/politics/2026/11/21/"));
  EXPECT_FALSE(section("https://www.other.test/politics/"));
  EXPECT_FALSE(section("https://www.n.test/news/?id=77"));
  EXPECT_FALSE(section("https://www.n.test/a/b/c/d/"));
  // The same path on https or another host name is the page itself.
  EXPECT_FALSE(sent_to_a_section(sent("http://n.test/politics/", "https://www.n.test/politics")));
  EXPECT_FALSE(sent_to_a_section(sent("https://n.test/politics/", "https://n.test/politics/")));
}

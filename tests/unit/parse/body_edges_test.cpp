// Body edges: attribution lead-ins, the credit trailer under the story, and the next story
// of an endless page.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"
#include "parse/body.hpp"
#include "parse/furniture.hpp"
#include "parse/html.hpp"

using namespace newsarchive;
using parse_test::has;
using parse_test::para;

namespace {

// Served as plain "text/html": the charset is sniffed.
Article extract(const std::string& html) {
  return parse_test::extract(html, "https://news.example.com/a/story.html", "text/html");
}

parse::Body body_of(const std::string& html) {
  parse::Prepared p = parse::prepare_html(html);
  parse::GumboOutputPtr doc = parse::parse_html(p.html);
  parse::BodyHints hints;
  hints.base_url = "https://news.example.com/";
  return parse::extract_body(doc->root, hints);
}

}  // namespace

TEST(BodyEdges, KeepsALinkedAttributionLeadIn) {
  Article a = extract("<html><body><article>" + para(1) +
                      R"(<p><a href="https://www.ft.com/content/1">Financial Times</a> reported:</p>
    <blockquote><p>The bridge had been closed twice before, in 1958 and again in 1977, for repairs.</p></blockquote>)" +
                      para(2) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Financial Times reported:"));
}

TEST(BodyEdges, PassesTheCreditLineUnderTheStoryAsTrailer) {
  parse::Body b = body_of("<html><body><article><div class=\"story\">" + para(1) + para(2) + para(3) +
                          R"(</div><p class="article-footer_source">Quelle: ntv.de, ino/dpa</p>
    <div class="article-footer_tags"><a href="/thema/a">Bridges</a></div></article>
    <footer><p>&copy; Example News. All rights reserved.</p></footer></body></html>)");
  EXPECT_TRUE(has(b.trailer, "Quelle: ntv.de, ino/dpa"));
  EXPECT_FALSE(has(b.trailer, "All rights reserved"));
  ASSERT_FALSE(b.blocks.empty());
  EXPECT_FALSE(has(b.blocks.back().text, "Quelle"));
}

TEST(BodyEdges, FindsAnAgencyCopyrightLineRightUnderTheStory) {
  parse::Body b = body_of("<html><body><article>" + para(1) + para(2) +
                          "<p>&copy; dpa-infocom, dpa:230428-99-483045/5</p></article></body></html>");
  EXPECT_TRUE(has(b.trailer, "dpa-infocom"));
}

TEST(BodyEdges, LeavesOutTheNextStoryOfAnEndlessPage) {
  std::string next;
  for (int i = 10; i < 14; ++i) next += para(i);
  Article a = extract("<html><body><main><article><h1>Bridge to close</h1><div class=\"bodytext\">" + para(1) +
                      para(2) + para(3) + para(4) + para(5) + para(6) + "</div></article><div class=\"under-article\"><article>" +
                      "<h1>Ferry returns</h1><div class=\"bodytext\">" + next +
                      "</div></article></div></main></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 1 "));
  EXPECT_FALSE(has(a.body, "Paragraph 10 "));
}

TEST(BodyEdges, LeavesOutCountersAndLiveStampsThatChangeOnEveryVisit) {
  // They would make a revision of every re-fetch; a sentence about an update is kept.
  std::string story;
  for (int i = 0; i < 4; ++i) story += para(i);
  Article a = extract("<html><body><article><h1>Bridge</h1>"
                      "<div class=\"live-update\">Live: last update 02:47 GMT. Refresh for the latest.</div>" +
                      story +
                      "<p>Newly finished things since the last update in issue 277.</p>"
                      "<p>The last update at 5pm showed 12 cases.</p>"
                      "<p>Figures were last updated at 9am.</p>"
                      "<p>This page was last updated: 12:04 GMT</p>"
                      "<p><a href=\"#comments\">31 comments</a></p><p>Kommentare (12)</p>"
                      "<p>1,234 people are reading this</p><p><a href=\"#forum\">412 Postings</a></p>"
                      "</article></body></html>");
  EXPECT_EQ(a.body.find("people are reading"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("Postings"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("last update 02:47"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("comments"), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("Kommentare"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("since the last update in issue 277"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("The last update at 5pm showed 12 cases."), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("Figures were last updated at 9am."), std::string::npos) << a.body;
  EXPECT_EQ(a.body.find("This page was last updated"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("Paragraph 3"), std::string::npos) << a.body;
}

TEST(BodyEdges, CrumbsNamedShortAreABreadcrumb) {
  // tagDiv's WordPress themes: "entry-crumbs", whose last crumb repeats the headline.
  parse::GumboOutputPtr doc = parse::parse_html(
      "<html><body><div class=\"entry-crumbs\"><span><a class=\"entry-crumb\" href=\"/\">Home</a></span> <span>"
      "Council approves the splash pad</span></div><div class=\"entry-content\"><p>Story</p></div></body></html>");
  int crumbs = 0, content = 0;
  parse::for_each_element(doc->root, [&](const GumboNode* e) {
    std::string_view cls = parse::attr(e, "class");
    if (cls == "entry-crumbs" || cls == "entry-crumb") crumbs += parse::is_boilerplate(e, parse::Strictness::strict);
    if (cls == "entry-content") content += !parse::is_boilerplate(e, parse::Strictness::strict);
    return true;
  });
  EXPECT_EQ(crumbs, 2);
  EXPECT_EQ(content, 1);
}

TEST(BodyEdges, APullQuoteRepeatingTheStoryGoesWithItsCiteANewQuoteStays) {
  Article a = extract(
      "<html><body><article><h1>Metro line delayed a year</h1><div class=\"v-d\">" + para(1) +
      "<p>\"We could go faster or we could go safely, and we chose safety. Nobody would understand anything else on a "
      "project like this,\" the minister said on Tuesday.</p>"
      "<blockquote class=\"v-d-q\"><p>\"We could go faster or we could go safely\"</p><cite>Ana Ruiz, transport minister"
      "</cite></blockquote>" + para(2) +
      "<blockquote><p>The tunnel will open when the ground allows it, and not a day before.</p><cite>Site report, "
      "March 2025</cite></blockquote>" + para(3) + "</div></article></body></html>");
  EXPECT_TRUE(has(a.body, "we chose safety. Nobody would understand")) << a.body;
  EXPECT_FALSE(has(a.body, "\"We could go faster or we could go safely\"\n")) << a.body;
  EXPECT_FALSE(has(a.body, "Ana Ruiz, transport minister")) << a.body;
  EXPECT_TRUE(has(a.body, "The tunnel will open when the ground allows it")) << a.body;
  EXPECT_TRUE(has(a.body, "Site report, March 2025")) << a.body;
}

TEST(BodyEdges, ASmallHeadedBoxAfterTheStoryIsTheSitesPitchNotTheStory) {
  for (const char* box : {"<div class=\"members-block\"><h3>Help us tell stories like this</h3><p>The Example News is "
                          "made possible by the generous support of our members. Join today and get access to "
                          "exclusive newsletters and events.</p></div>",
                          "<div class=\"correction-request\"><h3>Spotted a mistake?</h3><p>We aim to correct errors "
                          "as quickly as possible. Read our <a href=\"/corrections/\">corrections policy</a> or tell us "
                          "what we got wrong.</p></div>"}) {
    Article a = extract("<html><body><article><h1>Library to stay open</h1><p class=\"byline\">By Jane Fielding</p>"
                        "<div class=\"entry-content\">" + para(1) + para(2) + para(3) + para(4) + "</div>" + box +
                        "</article></body></html>");
    EXPECT_TRUE(has(a.body, "Paragraph 4 tells")) << a.body;
    EXPECT_FALSE(has(a.body, "Help us tell")) << a.body;
    EXPECT_FALSE(has(a.body, "Spotted a mistake")) << a.body;
  }
  // A box after the story without a heading of its own continues it (a story split by an ad).
  Article split = extract("<html><body><article><h1>Library to stay open</h1><div class=\"entry-content\">" + para(1) +
                          para(2) + para(3) + "</div><div class=\"ad\"></div><div><p>The council said work on the "
                          "roof would start in the spring if the plan is approved by the county.</p></div>"
                          "</article></body></html>");
  EXPECT_TRUE(has(split.body, "work on the roof would start")) << split.body;
}

TEST(BodyEdges, AScoreBoxOfFragmentsBesideTheStoryIsNotTheStoryAStandfirstIs) {
  Article a = extract("<html><body><article><div><h1>United edge Aberdeen</h1><p>Late header settles a frantic "
                      "Friday night at Tannadice</p></div><div class=\"match-box\"><div>Premiership</div><div>"
                      "<span>Dundee United</span><span>2</span><span>FT</span><span>1</span><span>Aberdeen</span>"
                      "</div><div><span>Tannadice Park</span> <span>Attendance: 11,482</span></div><div>Sapsford 24"
                      "</div><div>Drummond 86</div></div><div class=\"content\">" + para(1) + para(2) + para(3) +
                      "</div></article></body></html>");
  EXPECT_FALSE(has(a.body, "Attendance")) << a.body;
  EXPECT_FALSE(has(a.body, "Sapsford 24")) << a.body;
  EXPECT_TRUE(has(a.body, "Late header settles a frantic Friday night")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3 tells")) << a.body;
}

TEST(BodyEdges, AClosingSectionAndABulletBoxAfterTheStoryStay) {
  Article a = extract("<html><body><article><h1>Budget</h1><div class=\"content\">" + para(1) + para(2) + para(3) +
                      "</div><div><ul><li>Schools close at 2pm on Friday</li><li>Buses run a Sunday service on "
                      "Saturday</li><li>Bins will be collected on Monday instead</li></ul></div><div><h2>What happens "
                      "next</h2><p>The council will vote again in March, and the mayor has promised to publish the "
                      "full figures before then.</p></div></article></body></html>");
  EXPECT_TRUE(has(a.body, "Buses run a Sunday service")) << a.body;
  EXPECT_TRUE(has(a.body, "The council will vote again in March")) << a.body;
}

TEST(BodyEdges, AShortStoryKeepsItsRelatedBoxOut) {
  // One paragraph of some 400 letters above a box of other stories' teasers: the strict
  // rules' short result stands against the pass that keeps every box.
  Article a = extract(
      "<html><body><div class='page'>"
      "<article><h1>Council approves budget</h1><div class='article-body'><p>The city council voted on "
      "Tuesday to approve a new budget that increases spending on public transport by twelve percent, the "
      "mayor said in a statement after the meeting. Opponents argued that the plan would raise property "
      "taxes for homeowners across the region, while supporters said the investment was long overdue and "
      "would cut traffic in the centre. The budget takes effect in January.</p><div "
      "class='related-content'><h3>Also in the news</h3><p>Heavy rain is expected across the northern "
      "valleys later this week, with forecasters warning that rivers could rise quickly after the snowmelt "
      "and roads may close.</p><p>The regional hospital will open a new maternity ward next month after a "
      "two-year delay, its director said, adding that forty midwives have already been hired.</p><p>Police "
      "arrested two men on Sunday after a break-in at a jewellery shop on Market Street, where thieves "
      "took watches worth thousands of euros, officers said.</p></div></div></article>"
      "</div></body></html>");
  EXPECT_TRUE(has(a.body, "takes effect in January")) << a.body;
  EXPECT_FALSE(has(a.body, "Also in the news")) << a.body;
  EXPECT_FALSE(has(a.body, "maternity ward")) << a.body;
}

// Body: main content, boilerplate removal, order, links and the articleBody fallback.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"

using namespace newsarchive;
using parse_test::has;
using parse_test::extract_sniffed;
using parse_test::para;

TEST(Body, KeepsParagraphsInOrderSeparatedByBlankLines) {
  Article a = extract_sniffed("<html><body><article>" + para(1) + para(2) + para(3) + "</article></body></html>");
  ASSERT_TRUE(has(a.body, "Paragraph 1"));
  EXPECT_LT(a.body.find("Paragraph 1"), a.body.find("Paragraph 2"));
  EXPECT_LT(a.body.find("Paragraph 2"), a.body.find("Paragraph 3"));
  EXPECT_TRUE(has(a.body, "century.\n\nParagraph 2"));
}

TEST(Body, RemovesCookieBanner) {
  Article a = extract_sniffed(R"(<html><body><div id="cookie-consent"><p>We use cookies to improve your experience,
    please accept all cookies to continue reading, or manage your choices.</p></div><article>)" + para(1) +
                      para(2) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 1"));
  EXPECT_FALSE(has(a.body, "cookies"));
}

TEST(Body, RecoversAllParagraphsOfAStorySplitByAds) {
  Article a = extract_sniffed("<html><body><div class=\"story\"><div class=\"text-block\">" + para(1) + para(2) +
                      "</div><div class=\"ad-container\"><p>Advertisement</p></div><div class=\"text-block\">" +
                      para(3) + para(4) + "</div><div class=\"ad\">Sponsored content you may like</div>"
                      "<div class=\"text-block\">" + para(5) + "</div></div></body></html>");
  for (int i = 1; i <= 5; ++i) EXPECT_TRUE(has(a.body, "Paragraph " + std::to_string(i))) << i;
  EXPECT_LT(a.body.find("Paragraph 2"), a.body.find("Paragraph 3"));
  EXPECT_LT(a.body.find("Paragraph 4"), a.body.find("Paragraph 5"));
  EXPECT_FALSE(has(a.body, "Advertisement"));
  EXPECT_FALSE(has(a.body, "Sponsored"));
}

TEST(Body, RemovesShareBarRelatedListAndComments) {
  Article a = extract_sniffed(R"(<html><body><article><div class="share-bar"><a href="https://facebook.com/sharer">Share on Facebook</a>
    <a href="https://twitter.com/intent">Tweet</a></div>)" + para(1) + para(2) +
                      R"(<div class="related-articles"><h3>Related</h3><ul><li><a href="/x">Another bridge story that is long</a></li>
    <li><a href="/y">Yet another bridge story with a long title</a></li></ul></div>
    <section id="comments"><p>Great article, I really enjoyed reading about the bridge and its history!</p></section>
    </article></body></html>)");
  EXPECT_TRUE(has(a.body, "Paragraph 2"));
  EXPECT_FALSE(has(a.body, "Facebook"));
  EXPECT_FALSE(has(a.body, "Another bridge story"));
  EXPECT_FALSE(has(a.body, "Great article"));
}

TEST(Body, ReadersCommentsGoEvenWhenTheStorysLayoutHasAFurnitureClass) {
  // The layout that holds the story is named for its sidebar, so only tag and visibility
  // rules apply; the comment thread under the story still goes, a flag on the story stays.
  Article a = extract_sniffed(R"(<html><body><div class="panel-two-col-sidebar-right"><div class="comments-enabled">)" +
                      para(1) + para(2) + para(3) +
                      R"(</div><div class="comments comment-wrapper"><div class="comment comment-by-anonymous">
    <p>Great article, I really enjoyed reading about the bridge and its history and builders!</p>
    <p>2:35 PM</p></div></div></div></body></html>)");
  EXPECT_TRUE(has(a.body, "Paragraph 1"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "Great article"));
  EXPECT_FALSE(has(a.body, "2:35 PM"));
}

TEST(Body, ALayoutNamedForItsSidebarKeepsTheStoryAndStillDropsFurniture) {
  // The container of the whole page is "layout-with-sidebar": it holds the story's prose,
  // so it stays, while the share bar and related list inside it still go.
  Article a = extract_sniffed(R"(<html><body><div class="layout-with-sidebar"><div class="share-bar">
    <a href="https://facebook.com/sharer">Share this story with all your friends on Facebook today</a></div>)" +
                      para(1) + para(2) + para(3) + para(4) + para(5) +
                      R"(<div class="related-posts"><p>Related: a bridge story told by another town council member</p></div>
    </div></body></html>)");
  for (int i = 1; i <= 5; ++i) EXPECT_TRUE(has(a.body, "Paragraph " + std::to_string(i))) << i;
  EXPECT_FALSE(has(a.body, "Facebook"));
  EXPECT_FALSE(has(a.body, "another town council"));
}

TEST(Body, ALinkInsideAParagraphKeepsItsWordsWhateverItsClass) {
  Article a = extract_sniffed("<html><body><article><p><a href=\"/t/jane-doe\" id=\"auto-tag_jane-doe\">Jane Doe</a> has "
                      "praised <a class=\"share-link\" href=\"/t/bridge\">the old bridge</a>, its builders and the "
                      "town that grew around it over a century of trade.</p>" +
                      para(2) + para(3) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Jane Doe has praised the old bridge, its builders")) << a.body;
}

TEST(Body, KeepsSubheadsListsAndQuotesInsideTheStory) {
  Article a = extract_sniffed("<html><body><article>" + para(1) + "<h2>What happens next</h2>" + para(2) +
                      "<ul><li>The bridge closes to cars on Monday, the council said.</li>"
                      "<li>Pedestrians may cross until the end of the month.</li></ul>"
                      "<blockquote><p>We had no choice, the engineers were very clear about it.</p></blockquote>" +
                      para(3) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "\n\nWhat happens next\n\n"));
  EXPECT_TRUE(has(a.body, "Pedestrians may cross"));
  EXPECT_TRUE(has(a.body, "We had no choice"));
}

TEST(Body, MakesLinksAbsoluteWithTheirText) {
  Article a = extract_sniffed("<html><body><article><p>The council published <a href=\"/reports/bridge.pdf#p2\">a report</a>"
                      " that, according to <a href=\"https://other.example.org/story\">another paper</a>, was late.</p>" +
                      para(1) + para(2) + "</article></body></html>");
  ASSERT_EQ(a.links.size(), 2u);
  EXPECT_EQ(a.links[0].url, "https://news.example.com/reports/bridge.pdf#p2");
  EXPECT_EQ(a.links[0].text, "a report");
  EXPECT_EQ(a.links[1].url, "https://other.example.org/story");
}

TEST(Body, FallsBackToJsonLdArticleBodyWhenTheDomIsThin) {
  Article a = extract_sniffed(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge",
    "articleBody":"The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.\nResidents said the decision, which follows a long campaign, would lengthen their commute by an hour.\nEngineers had warned that the structure was no longer safe to use."}</script></head>
    <body><div class="teaser"><p>The council voted on Tuesday to close the old bridge.</p></div></body></html>)");
  EXPECT_TRUE(has(a.body, "Residents said"));
  EXPECT_TRUE(has(a.body, "costs.\n\nResidents"));
}

TEST(Body, AnArticleBodyPrintedTwiceCountsOnceAndTheDomKeepsItsLinks) {
  // The CMS joined two copies of articleBody: twice the words of the page's own text is no
  // sign of a more complete story, so the DOM (paragraphs, the link) stays.
  std::string story =
      "The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs. "
      "Residents said the decision, which follows a long campaign, would lengthen their commute by an hour. "
      "Engineers had warned that the structure was no longer safe to use, the Coastal Times reported.";
  Article a = extract_sniffed(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge",
    "articleBody":")" + story + " " + story + R"("}</script></head><body><article>
    <p>The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.</p>
    <p>Residents said the decision, which follows a long campaign, would lengthen their commute by an hour.</p>
    <p>Engineers had warned that the structure was no longer safe to use, the
    <a href="https://coastaltimes.example/bridge">Coastal Times reported</a>.</p></article></body></html>)");
  EXPECT_TRUE(has(a.body, "costs.\n\nResidents")) << a.body;
  EXPECT_EQ(a.body.find("reported. The council"), std::string::npos) << a.body;
  ASSERT_EQ(a.links.size(), 1u);
  EXPECT_EQ(a.links[0].url, "https://coastaltimes.example/bridge");
}

TEST(Body, DropsTheHeadlineAndDatelineRepeatedInTheBody) {
  Article a = extract_sniffed(R"(<html><head><meta property="og:title" content="Bridge to close"></head><body><article>
    <h1>Bridge to close</h1><p class="date">December 19, 2016</p>)" + para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u);
}

TEST(Body, DropsTheHeadlineRepeatedWithoutTheSiteNameItsStatedTitleKeeps) {
  Article a = extract_sniffed(R"(<html><head><meta property="og:site_name" content="eHow">
    <meta property="og:title" content="How to Build a Terrarium | eHow"></head><body><div class="main">
    <div class="intro"><h2>How to Build a Terrarium</h2>
    <p>A terrarium is a small garden in a glass jar, and building one takes an afternoon and a few supplies.</p>
    <p>Start with a layer of gravel for drainage, then add activated charcoal to keep the soil fresh for months.</p>
    <p>Plant small ferns and mosses that like humidity, water lightly, and keep the jar out of direct sunlight.</p>
    </div></div></body></html>)",
                      "https://howto.example.com/build-a-terrarium");
  EXPECT_EQ(a.headline.value_or(""), "How to Build a Terrarium | eHow");
  EXPECT_EQ(a.body.find("How to Build a Terrarium"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("A terrarium is a small garden"), std::string::npos) << a.body;
}

TEST(Body, LeavesOutANeighbouringStreamOfTeaserCards) {
  // Beside the story, unmarked: cards whose headline is a link, each with a summary.
  std::string cards;
  for (int i = 1; i <= 4; ++i)
    cards += "<li><div><h3><a href=\"/other-" + std::to_string(i) + ".html\">Other story number " + std::to_string(i) +
             " about something else</a></h3><p>Summary " + std::to_string(i) +
             " of another story, written to make readers click, with a comma or two, and more words here: the mayor, "
             "the council and the engineers met again on Tuesday, and the debate, which ran late, went on.</p></div></li>";
  Article a = extract_sniffed("<html><body><div><div class=\"s\">" + para(1) + para(2) + para(3) +
                      "</div><div class=\"x\"><ul>" + cards + "</ul></div><div class=\"s\">" + para(4) +
                      "</div></div></body></html>");
  for (int i = 1; i <= 4; ++i) EXPECT_TRUE(has(a.body, "Paragraph " + std::to_string(i))) << i;
  EXPECT_FALSE(has(a.body, "Summary 1"));
  EXPECT_FALSE(has(a.body, "Other story"));
}

TEST(Body, LeavesOutEmbeddedSocialPosts) {
  // The page keeps them (the raw page is archived); the story's text does not.
  Article a = extract_sniffed("<html><body><article>" + para(1) +
                      R"(<blockquote class="twitter-tweet"><p lang="en">Breaking: the bridge is closed, more soon, a long tweet
    with many words in it to look like prose.</p>&mdash; Someone (@someone) <a href="https://twitter.com/x/status/1">May 1</a></blockquote>
    <blockquote class="instagram-media"><p>A photo of the bridge posted by the mayor with a caption of many words.</p></blockquote>)" +
                      para(2) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 1"));
  EXPECT_TRUE(has(a.body, "Paragraph 2"));
  EXPECT_FALSE(has(a.body, "Breaking"));
  EXPECT_FALSE(has(a.body, "posted by the mayor"));
}

TEST(Body, OnAnEndlessScrollPageTheStoryIsTheOneUnderTheHeadline) {
  std::string next;
  for (int i = 10; i < 17; ++i) next += para(i);
  Article a = extract_sniffed(R"(<html><head><meta property="og:title" content="Lakeport approves first dog park"></head><body><main>
    <article><header><h1>Lakeport approves first dog park</h1></header><div class="article-body">)" +
                      para(1) + para(2) + para(3) + R"(</div></article><div class="divider">Next article</div>
    <article><header><h1>Harbor dredging delayed again</h1></header><div class="article-body">)" + next +
                      "</div></article></main></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 1 ")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3 "));
  EXPECT_FALSE(has(a.body, "Paragraph 10 ")) << a.body;
}

TEST(Labels, ContributorsAndCyrillicLabelsNameTheAuthors) {
  Article a = extract_sniffed("<html><body><article>" + para(1) + para(2) +
                      "<p><strong>Contributors:</strong> Ana Ruiz, Ben Carter and Tom\xC3\xA1s Vidal</p></article></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ana Ruiz", "Ben Carter", "Tom\xC3\xA1s Vidal"}));
  Article ru = extract_sniffed("<html><body><article>" + para(1) + para(2) +
                       "<div class=\"article__author\">\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82: <a href=\"/a/es\">"
                       "\xD0\x95\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0</a></div>"
                       "</article></body></html>");
  EXPECT_EQ(ru.authors, (std::vector<std::string>{"\xD0\x95\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0"}));
}

TEST(Body, AFootnoteMarkDoesNotGlueToTheWordBeforeIt) {
  Article a = extract_sniffed("<html><body><article>" + para(1) +
                      "<p>The race was not run in 2019.<sup>2</sup> Its organisers had warned of this for years.<sup><a href=\"#fn1\">1</a></sup> "
                      "A field of 10<sup>6</sup> runners is not expected, and the council said so [3] in its report.</p>" +
                      para(2) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "not run in 2019. Its organisers")) << a.body;
  EXPECT_TRUE(has(a.body, "for years. A field of 10")) << a.body;
  EXPECT_FALSE(has(a.body, "2019.2"));
}

TEST(Body, ADataTablesRowIsOneLineAndALayoutTablesCellsStayParagraphs) {
  Article a = extract_sniffed("<html><body><article>" + para(1) +
                      "<table><tr><th>Min</th><th>Event</th><th>Team</th></tr>"
                      "<tr><td>23'</td><td>Goal, Ruiz</td><td>RID</td></tr></table>" + para(2) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Min | Event | Team\n\n23' | Goal, Ruiz | RID")) << a.body;
  Article layout = extract_sniffed("<html><body><table><tr><td class=\"nav\"><a href=\"/\">Home</a></td><td>" + para(1) + para(2) +
                           "</td></tr></table></body></html>");
  EXPECT_TRUE(has(layout.body, "century.\n\nParagraph 2")) << layout.body;
}

TEST(Body, AnInlineStyledBoxDoesNotBreakTheLineItSitsIn) {
  // A badge a browser extension put after a link, itself a div of divs, styled inline.
  Article a = extract_sniffed("<html><body><article>" + para(1) +
                      "<ul><li>Keller, Bill (1988). <a href=\"https://www.nytimes.com/1988/04/23/a.html\">\"A Movie "
                      "Tribute\"</a><div style=\"cursor: pointer; display: -webkit-inline-box; width: 16px\"><div "
                      "class=\"shield\"><div class=\"icon\"></div></div></div>. The New York Times. Retrieved "
                      "2015-11-23.</li></ul>"
                      "<p>The council <div style=\"display:inline\">met twice</div> before the vote.</p>" +
                      para(2) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "\"A Movie Tribute\". The New York Times. Retrieved")) << a.body;
  // A plain div still starts a new line, and an inline one holding text keeps it.
  EXPECT_TRUE(has(a.body, "met twice")) << a.body;
  Article block = extract_sniffed("<html><body><article>" + para(1) + "<ul><li>Before <div class=\"x\">after</div></li></ul>" +
                          para(2) + "</article></body></html>");
  EXPECT_FALSE(has(block.body, "Before after")) << block.body;
}

TEST(Body, AShortParagraphHoldingAPieceOfTheBylineStays) {
  Article a = extract_sniffed("<html><body><article><h1>Storm</h1><div class=\"byline\"><span class=\"author\">Jane Smith</span> "
                      "<span class=\"byline__conjunction\">and</span> <span class=\"author\">John Roe</span>, "
                      "<span class=\"byline__loc\">Paris</span></div>" +
                      para(1) + para(2) + "<p>Rain and wind are expected at the weekend.</p><p>Snow is expected in Paris.</p>" +
                      "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Rain and wind are expected at the weekend.")) << a.body;
  EXPECT_TRUE(has(a.body, "Snow is expected in Paris.")) << a.body;
  EXPECT_FALSE(has(a.body, "Jane Smith")) << a.body;
}

TEST(Body, FurnitureNamedInDataAttributesGoes) {
  Article a = extract_sniffed("<html><body><article>" + para(1) +
                      "<div data-component=\"Newsletter\"><h3>Get our local newsletter, delivered free each Friday</h3>"
                      "<p>Your information is being handled in accordance with the Privacy Collection Statement.</p></div>"
                      "<div data-component=\"ShareUtility\"><span>Facebook</span><span>X (formerly Twitter)</span></div>" +
                      para(2) + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "local newsletter")) << a.body;
  EXPECT_FALSE(has(a.body, "Facebook")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
}

// The standfirst in the header leads the body also when the story's wrapper opens with a
// byline line of its own ("By Dana Whitcombe" above the paragraphs); what follows the
// wrapper at that level (a newsletter box, trending links) is not taken with it.
TEST(Body, TheStandfirstLeadsTheBodyWhenABylineOpensTheStorysWrapper) {
  Article a = extract_sniffed("<html><body><article><section class=\"article-hero\"><h1>Flood insurance premiums climb "
                      "along the Gulf Coast</h1><div class=\"article-dek\">Premiums under the flood program are "
                      "climbing as much as 18% a year for some households in three states.</div></section>"
                      "<div class=\"article-body\"><div class=\"inline-byline\">By <a href=\"/author/dana\">Dana "
                      "Whitcombe</a></div><div class=\"article-body__content\">" + para(1) + para(2) + para(3) +
                      "</div></div><div class=\"after-story\"><p>Sign up to get the day's top stories delivered, "
                      "with alerts when news breaks near you and a weekly digest.</p></div></article></body></html>");
  EXPECT_EQ(a.body.rfind("Premiums under the flood program", 0), 0u) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  EXPECT_FALSE(has(a.body, "Dana Whitcombe")) << a.body;
  EXPECT_FALSE(has(a.body, "weekly digest")) << a.body;
}

TEST(Body, AHeadingOverAListOfLinksThatWentGoesWithIt) {
  Article a = extract_sniffed("<html><body><article>" + para(1) +
                      "<div class=\"more-on\"><h2>Keep reading</h2><ul><li><a href=\"/news/2026/4/2/a\">Lithium boom tests "
                      "water supply</a></li><li><a href=\"/news/2026/3/11/b\">What is El Nino, and why does it "
                      "matter?</a></li></ul></div>" +
                      para(2) + "<h2>What happens next</h2>" + para(3) + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "Keep reading")) << a.body;
  EXPECT_TRUE(has(a.body, "What happens next")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
  // A subhead right before an injected box with its own label ("Most read") is the story's.
  Article b = extract_sniffed("<html><body><article>" + para(1) + para(2) + "<h2>What happens next</h2><div class=\"most-"
                              "read\"><h3>Most read</h3><ol><li><a href=\"/a\">Man held after crash</a></li><li><a "
                              "href=\"/b\">Cafe opens in town</a></li></ol></div>" + para(3) + "</article></body></html>");
  EXPECT_TRUE(has(b.body, "What happens next")) << b.body;
  EXPECT_FALSE(has(b.body, "Most read")) << b.body;
}

TEST(Body, ACaptionEndingInACreditGoesOutsideAFigure) {
  // Captions outside <figure>, named in a class the rules do not know, still end in a credit.
  for (const char* credit : {"Bildquelle: picture alliance / dpa", "Foto: Jan Woitas/dpa", "Getty Images"}) {
    Article a = extract_sniffed(std::string("<html><body><article><div class=\"media\"><img src=\"a.jpg\"><div class=\"bu\">"
                                    "Eine Kellnerin trägt Teller durch ein Restaurant. ") +
                        credit + "</div></div>" + para(1) + para(2) + "</article></body></html>");
    EXPECT_FALSE(has(a.body, "Kellnerin")) << credit << "\n" << a.body;
    EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
  }
}

TEST(Body, ACreditInAnyCaseEndsACaption) {
  for (const char* line : {"\xE6\x97\x85\xE5\xAE\xA2\xE5\x80\x99\xE8\xBD\xA6\xEF\xBC\x88\xE6\x96\xB0\xE5\x8D\x8E"
                           "\xE7\xA4\xBE\xE8\xAE\xB0\xE8\x80\x85 \xE7\x8E\x8B\xE6\x98\x8A \xE6\x91\x84\xEF\xBC\x89",  // 旅客候车（新华社记者 王昊 摄）
                           "Jak \xC4\x8D\xC3\xADst fakturu za elekt\xC5\x99inu (video: Novinky)",
                           "Ulica w sobotnie popo\xC5\x82udnie (Fot. Dawid Kowal / Agencja)"}) {
    Article a = extract_sniffed("<html><body><article>" + para(1) + "<p class=\"i_d\">" + std::string(line) + "</p>" +
                                para(2) + "</article></body></html>");
    EXPECT_FALSE(has(a.body, line)) << a.body;
  }
}

TEST(Body, TheHeadlinesHeadingWithItsKickerInsideLeavesTheBody) {
  // og:title leaves the kicker out; the page's heading holds it in a topline span.
  Article a = extract_sniffed(
      "<html><head><meta property=\"og:title\" content=\"Koalition einigt sich auf höhere Zuschüsse\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pflegereform: Koalition einigt "
      "sich auf höhere Zuschüsse\"}</script></head><body><article><header><h2><span>Pflegereform</span><span>"
      "<span class=\"visually-hidden\">: </span>Koalition einigt sich auf höhere Zuschüsse</span></h2></header>" +
      para(1) + para(2) + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "Koalition einigt")) << a.body;
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
}

TEST(Body, AHeadingOverNothingButFurnitureInItsBoxGoes) {
  // "AI Summary" over a "Listen" button, the story outside the box; a standfirst heading in
  // the headline's own header stays though the byline and share buttons beside it go.
  Article a = extract_sniffed("<html><body><article><header><h1>Metro line opens</h1><h3>Trains run every ten minutes "
                      "from Monday on the new line.</h3><div class=\"info\"><span>Share</span></div></header>"
                      "<div class=\"x1\"><h2>AI Summary</h2><p>Listen</p></div>" +
                      para(1) + "<div class=\"sub\"><h2>What changes</h2></div>" + para(2) + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "AI Summary")) << a.body;
  EXPECT_TRUE(has(a.body, "Trains run every ten minutes")) << a.body;
  EXPECT_TRUE(has(a.body, "What changes")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
}

TEST(Body, APlaceInCapitalsRepeatedByTheFirstParagraphGoes) {
  // ANSA shows the place beside the byline and again in the wire dateline; a short line in
  // mixed case ("Types of Nylon", a subhead in a <p>) stays.
  Article a = extract_sniffed("<html><body><article><div class=\"news-info\"><span class=\"news-place\">ROMA</span></div>"
                      "<p>(ANSA) - ROMA, 06 APR - A febbraio la produzione industriale italiana torna a crescere.</p>" +
                      para(1) + "<p>Types of Nylon</p><p>Types of nylon differ in weight, weave and strength.</p>" +
                      para(2) + "</article></body></html>");
  EXPECT_EQ(a.body.rfind("(ANSA) - ROMA", 0), 0u) << a.body;
  EXPECT_TRUE(has(a.body, "Types of Nylon\n")) << a.body;
}

TEST(Body, AStandfirstNamedAsSuchLevelsAboveTheBodyLeadsIt) {
  // A grid layout: headline, standfirst, picture and byline each in their own cell, the
  // story two levels down in another; the story's box also holds an end slot, so no
  // sibling rule reaches the standfirst.
  Article a = extract_sniffed(
      "<html><body><main><article><div class=\"grid\"><div data-gu-name=\"headline\"><h1>Seagrass doubles</h1></div>"
      "<div data-gu-name=\"standfirst\"><div><p>Survey finds eelgrass has spread to 38 hectares since boats were "
      "moved to eco-moorings in 2020</p></div></div><div data-gu-name=\"meta\"><address>Hannah Greaves</address>"
      "</div><div data-gu-name=\"body\"><div id=\"maincontent\">" + para(1) + para(2) + para(3) +
      "</div><div id=\"slot-body-end\"><div class=\"dcr-1bim\"><h2>We have a small favour to ask</h2><p>Millions "
      "are turning to us for open, independent, quality news every day, and readers in 180 countries now support "
      "us.</p><a href=\"https://support.example.com/contribute\">Support us</a></div></div></div></div></article>"
      "</main></body></html>");
  EXPECT_EQ(a.body.rfind("Survey finds eelgrass", 0), 0u) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  EXPECT_FALSE(has(a.body, "favour to ask")) << a.body;
  EXPECT_FALSE(has(a.body, "Millions are turning")) << a.body;
}

TEST(Body, AStorysSentenceLinkingToAFundraiserStays) {
  Article a = extract_sniffed("<html><body><article>" + para(1) +
                              "<div class=\"x\"><p>Neighbours have raised $40,000 for the family so far; anyone can "
                              "<a href=\"https://www.gofundme.com/f/x/donate\">donate online</a> until Friday.</p></div>" +
                              para(2) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "raised $40,000")) << a.body;
}

TEST(Body, TheStorysHeaderBoxKeepsItsStandfirstWhateverItsClass) {
  // "header" and "headline" name site chrome as often as the story's own header; the box
  // holding the story's <h1> (no link) is the story's, and its standfirst leads the body.
  for (const char* cls : {"c-header", "header", "headline-block"}) {
    Article a = extract_sniffed(
        "<html><body><div class=\"site-header\"><h1 class=\"logo\"><a href=\"/\">Daily Example</a></h1>"
        "<ul class=\"sections\"><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></div>"
        "<article><div class=\"" + std::string(cls) + "\"><h1>The old bridge will close for good</h1><h2>After years "
        "of neglect the council has decided to shut the old bridge, and residents are angry.</h2></div>"
        "<div class=\"body\">" + para(1) + para(2) + para(3) + para(4) + para(5) + "</div></article></body></html>");
    EXPECT_EQ(a.body.rfind("After years of neglect", 0), 0u) << cls << "\n" << a.body;
    EXPECT_FALSE(has(a.body, "Daily Example")) << a.body;
    EXPECT_FALSE(has(a.body, "Sport")) << a.body;
  }
}

TEST(Body, AListNamedInlineLikeTheStorysParagraphsStaysALinkListGoes) {
  Article a = extract_sniffed(
      "<html><body><article>" + para(1) + para(2) +
      "<ul class=\"inline-placeholder\"><li>a new reading room for children;</li><li>a rooftop garden open in "
      "summer;</li><li>longer opening hours on weekends.</li></ul>" + para(3) +
      "<ul class=\"inline\"><li><a href=\"/a\">Council approves the new budget for next year</a></li><li><a "
      "href=\"/b\">Mayor opens the renovated town hall</a></li></ul>" + para(4) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "rooftop garden")) << a.body;
  EXPECT_FALSE(has(a.body, "renovated town hall")) << a.body;
}

TEST(Body, ALabelOverLinksToOtherStoriesGoesWithThem) {
  // Hashed classes say nothing; the box is a label over headlines that link elsewhere.
  for (const char* label : {"Related coverage", "Souvisej\xC3\xAD\x63\xC3\xAD \xC4\x8Dl\xC3\xA1nky", "\xE9\x96\xA2\xE9\x80\xA3\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9"}) {
    Article a = extract_sniffed("<html><body><article>" + para(1) + para(2) + "<div class=\"h_a\"><div class=\"h_b\">" +
                                std::string(label) + "</div><a class=\"h_c\" href=\"/b\"><span>How to change your "
                                "electricity supplier without losing money</span></a><a class=\"h_c\" href=\"/c\"><span>"
                                "Power prices on the exchange keep falling</span></a></div>" + para(3) +
                                "</article></body></html>");
    EXPECT_FALSE(has(a.body, label)) << a.body;
    EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  }
  // A short line over a sentence that holds a link stays.
  Article b = extract_sniffed("<html><body><article>" + para(1) + "<div><p>Why it matters</p><p>The report, <a "
                              "href=\"/r\">published by the regional audit office on Monday</a>, found the bridge "
                              "unsafe.</p></div>" + para(2) + "</article></body></html>");
  EXPECT_TRUE(has(b.body, "Why it matters")) << b.body;
}

TEST(Body, OlderTemplatesPictureBoxesHeaderBoxesAndTrails) {
  // A header box named for the byline it holds keeps the subtitle under the headline; a
  // picture with its caption in plain divs, a breadcrumb trail and an "sns" share bar go.
  Article a = extract_sniffed(
      "<html><body><div id=\"content\"><div class=\"title_author_2011\"><div class=\"location\"><a href=\"/\">"
      "\xEB\x89\xB4\xEC\x8A\xA4</a> &gt; <a href=\"/biz\">\xEA\xB2\xBD\xEC\xA0\x9C</a> &gt; <a href=\"/ind\">"
      "\xEC\x82\xB0\xEC\x97\x85</a></div><h1>Coal plants to halt in the dusty season</h1><div class=\"news_subtitle\">"
      "<h2>Government plans a seasonal fine-dust scheme from December to March</h2></div><div class=\"news_sns\"><a "
      "href=\"/fb\">Facebook</a><a href=\"/tw\">Twitter</a></div></div><div class=\"news_body\"><div "
      "class=\"news_imgbox\"><img src=\"a.jpg\"><div class=\"news_imgtxt\">Seoul under a haze of fine dust in March. "
      "/Yonhap</div></div>" + para(1) + para(2) + para(3) + "</div></div></body></html>");
  EXPECT_EQ(a.body.rfind("Government plans a seasonal", 0), 0u) << a.body;
  for (const char* gone : {"haze of fine dust", "Facebook", "&gt;", "\xEA\xB2\xBD\xEC\xA0\x9C"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  // A story's line with an inline icon, or one that compares with ">", stays.
  Article b = extract_sniffed("<html><body><article>" + para(1) + "<div><img src=\"flag.png\" width=\"16\"> <span>The vote "
                              "passed by 61 to 39 after a long debate.</span></div><p>Scores: A > B > C in every "
                              "poll taken since the spring, the pollster said.</p>" + para(2) + "</article></body></html>");
  EXPECT_TRUE(has(b.body, "The vote passed")) << b.body;
  EXPECT_TRUE(has(b.body, "Scores: A > B")) << b.body;
}

TEST(Body, ABloxMastheadHoldingTheHeadlineKeepsItsSubhead) {
  Article a = extract_sniffed(
      "<html><body><div class=\"asset-masthead\"><h1>Turbines must stand back from homes</h1><h2 class=\"subhead\">"
      "Turbines must stand at least 2,000 feet from homes; developer says project will shrink</h2></div><div "
      "class=\"asset-content\">" + para(1) + para(2) + para(3) + para(4) + "</div></body></html>");
  EXPECT_EQ(a.body.rfind("Turbines must stand at least", 0), 0u) << a.body;
}

TEST(Body, AShortStandfirstInTheHeaderBeforeTheStoryLeadsIt) {
  // Short enough that the header box alone would not be taken; its counters stay out.
  Article a = extract_sniffed(
      "<html><body><article><header class=\"article-header\"><h1>Council approves budget</h1><h2 class=\"sub\">"
      "Spending on local schools rises</h2><p class=\"stats\">1747</p></header><div class=\"body\">" + para(1) +
      para(2) + para(3) + para(4) + para(5) + "</div></article></body></html>");
  EXPECT_EQ(a.body.rfind("Spending on local schools rises\n\nParagraph 1", 0), 0u) << a.body;
}

TEST(Body, BlocksInsideAHeadlineAreOneHeading) {
  // Component frameworks put the kicker and the title in <div>s inside the <h1>.
  Article a = extract_sniffed(
      "<html><head><title>Steel makers review green plants</title></head><body><article><div><div>Exklusiv</div><h1>"
      "<div>Wasserstoff</div><div>Steel makers review green plants</div></h1><div><p>Switching to green steel costs "
      "more than planned, and several makers are reviewing their plans.</p></div></div><div>" + para(1) + para(2) +
      para(3) + "</div></article></body></html>");
  EXPECT_EQ(a.body.rfind("Switching to green steel", 0), 0u) << a.body;
  EXPECT_FALSE(has(a.body, "Wasserstoff")) << a.body;
}

TEST(Body, ElementorWidgetsAndHyphenatedSignUpBoxes) {
  // Elementor names every element a widget; a box named "sign-up" is a newsletter box.
  Article a = extract_sniffed(
      "<html><body><div class=\"wrap\"><div class=\"t\"><h1>Highway closure to last six weeks</h1></div><div "
      "class=\"elementor-element elementor-widget elementor-widget-theme-post-excerpt\"><div "
      "class=\"elementor-widget-container\">Crews say the hillside above the highway is still moving, and a detour adds "
      "an hour.</div></div><div class=\"content\"><div class=\"article__content-sign-up\"><p>Simply sign up to the "
      "Japanese business digest, delivered directly to your screen.</p></div>" + para(1) + para(2) + para(3) +
      para(4) + para(5) + "</div></div></body></html>");
  EXPECT_EQ(a.body.rfind("Crews say the hillside", 0), 0u) << a.body;
  EXPECT_FALSE(has(a.body, "Simply sign up")) << a.body;
}

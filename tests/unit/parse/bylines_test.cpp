// Authors as whole pages state them: bylines, teasers, credits, labels and the body's first line.
#include <gtest/gtest.h>
#include <tuple>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"

using namespace newsarchive;
using Names = std::vector<std::string>;

namespace {

using parse_test::extract;

using parse_test::kStory;

}  // namespace

TEST(Bylines, PhotoCreditIsNotAnAuthor) {
  Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
    "author":{"@type":"Organization","name":"Example Tribune"}}</script></head><body><article>
    <figure><img src="a.jpg"></figure><div class="bildautor">Bild: APA/KEYSTONE/CYRIL ZINGARO</div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Example Tribune"}));
}

TEST(Bylines, TeaserBylinesNameOtherStoriesWriters) {
  Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
    "author":{"@type":"Organization","name":"dpa"}}</script></head><body><article>)" + kStory +
                      R"(</article><div class="teaser-list"><a href="/b.html">Another story</a>
    <div class="teaser-footer__author">Von Max Mustermann</div></div></body></html>)");
  EXPECT_EQ(a.authors, (Names{"dpa"}));
}

TEST(Bylines, ReadsALabelledAuthorLine) {
  Article a = extract(R"X(<html><head><meta name="author" content="Example Wave (www.example.com)"></head>
    <body><article>)X" + kStory + R"(<ul><li><strong>Datum</strong> 28.04.2023</li>
    <li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul></article></body></html>)");
  EXPECT_EQ(a.authors, (Names{"Roman Goncharenko"}));
}

TEST(Bylines, LeavesOutTheCreditedEditor) {
  Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
    "author":{"@type":"Person","name":"Heri Yadi"}}</script></head><body><article>
    <div class="author">Naufal Zuhdi</div><div class="author-editor">Editor : Heri Yadi</div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Naufal Zuhdi"}));
}

TEST(Bylines, AuthorLinksCompleteAShortJsonLdList) {
  Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
    "author":{"@type":"Person","name":"Marlene Holm"}}</script></head><body><article>
    <p class="by"><a rel="author" href="/ingrid">Ingrid Treborg</a> <a rel="author" href="/marlene">Marlene Holm</a></p>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Ingrid Treborg", "Marlene Holm"}));
}

TEST(Bylines, ReadsTheBodysFirstLineAsBylineWhenTheMarkupNamesNoPerson) {
  Article a = extract(R"(<html><head><meta property="og:site_name" content="Example Times">
    <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Example A"}}</script>
    </head><body><article><p><strong>JANE DOE</strong></p>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"JANE DOE"}));
  EXPECT_EQ(a.body.find("JANE DOE"), std::string::npos);
}

TEST(Bylines, KeepsAShortFirstParagraphThatIsNoName) {
  Article a = extract(R"(<html><head><meta name="author" content="Jane Doe"></head><body><article>
    <p>Kyiv Post reported:</p>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Jane Doe"}));
  EXPECT_NE(a.body.find("Kyiv Post reported:"), std::string::npos);
}

TEST(Bylines, ReadsAuthorsAfterATextLabel) {
  // "Von:" then linked names, and a translator line that is not the byline.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1><ul>
    <li class="information-item">Von: <span><a href="/p/a">Bill  McCarthy</a>, </span>
      <span><a href="/p/b">Marisha Goldhamer</a></span></li>
    <li class="information-item">Übersetzung und Adaptierung: <a href="/p/c">Example Agency</a></li></ul>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Bill McCarthy", "Marisha Goldhamer"}));
}

TEST(Bylines, APrepositionWithoutColonInATeaserIsNoLabel) {
  Article a = extract(R"(<html><head><meta name="author" content="Jakob Hartung"></head><body><article>)" + kStory +
                      R"(</article><div><article data-track="Teaser.Stream"><a href="/b.html">Another story</a>
    <div><span>Von </span><span>Jakob Hartung</span></div></article><article data-track="Teaser.Stream">
    <a href="/c.html">A third story</a><div><span>Von </span><span>Nina Other</span></div></article></div>
    </body></html>)");
  EXPECT_EQ(a.authors, (Names{"Jakob Hartung"}));
}

TEST(Bylines, ADrupalPromotedStoryIsNoTeaser) {
  // Drupal marks the full story itself "node--promoted" (promoted to the front page).
  Article a = extract(R"(<html><body><main><article class="node node--promoted node--view-mode-full">
    <h1>Bridge to close</h1><div><ul><li>Published 13 May 2026</li><li>By: <a href="/p/a">Jane Roe</a></li></ul></div>)" +
                      kStory + "</article></main></body></html>");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->substr(0, 10), "2026-05-13");
  EXPECT_EQ(a.authors, (Names{"Jane Roe"}));
}

TEST(Bylines, AnImagesCreatorAndAFollowButtonAreNoAuthors) {
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <figure><img src="a.jpg"><figcaption><span itemprop="caption">The bridge</span>
      <span itemprop="creator">Ann Photog/Reuters</span></figcaption></figure>
    <div class="byline">By Sarah Archer</div>
    <span class="tweet-authors"><a href="https://twitter.com/@sarah" class="twitter-follow-button">Follow @sarah</a></span>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Sarah Archer"}));
}

TEST(Bylines, AnAuthorityControlBoxIsNoByline) {
  Article a = extract(R"(<html><body><article><h1>Bridge</h1>)" + kStory +
                      R"(<div id="authority-control"><a href="/x">Gemeinsame Normdatei</a></div>
    <table><tr><th id="Authority_control" class="navbox-group"><a href="/x">Authority control</a></th></tr>
    </table></article></body></html>)");
  EXPECT_TRUE(a.authors.empty());
}

TEST(Bylines, AnAgencyNamedOnlyInMicrodataIsTheAuthor) {
  Article a = extract(R"(<html><body><article><h1 itemprop="headline">Bridge to close</h1>
    <span class="author" itemprop="author creator" itemscope itemtype="http://schema.org/Person">
      <a href="/auteur/afp"><span itemprop="name"> AFP</span></a></span>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"AFP"}));
}

TEST(Bylines, AnOpinionPiecesCommentaryClassIsNoCommentThread) {
  Article a = extract(R"(<html><body><article class="commentary comments-open"><h1>Bridge to close</h1>
    <p class="meta">Published: May 4, 2024</p>)" + kStory + "</article></body></html>");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->substr(0, 10), "2024-05-04");
}

TEST(Bylines, ReadsAMetaAuthorWrittenSurnameFirst) {
  Article a = extract(R"(<html><head><meta name="author" content="O'Brien, Pat"></head><body><article>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Pat O'Brien"}));
  Article two = extract(R"(<html><head><meta name="author" content="Jane Doe, John Smith"></head><body><article>)" +
                        kStory + "</article></body></html>");
  EXPECT_EQ(two.authors, (Names{"Jane Doe", "John Smith"}));
}

TEST(Bylines, APrintedBylineKeepsItsPlaceApartFromTheName) {
  // On the page "Name, Place" is the usual order: no two-word surname is read before the comma.
  Article a = extract(R"(<html><body><article><div class="byline">Jane Doe, Washington</div>)" + kStory +
                      "</article></body></html>");
  ASSERT_FALSE(a.authors.empty());
  EXPECT_EQ(a.authors.front(), "Jane Doe");
  // A single surname before the comma still reads as one inverted name.
  Article b = extract(R"(<html><body><article><div class="byline">Doe, Jane</div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.authors, (Names{"Jane Doe"}));
}

TEST(Bylines, NamesInNeighbouringElementsStayApart) {
  // Two author links with nothing between them, and a name's heading above its date (the
  // Ghost theme's byline): the markup separates them, the text alone would not.
  Article a = extract(R"(<html><body><article><div class="byline"><a href="/authors/anika-sharma/">Anika Sharma</a><a href="/authors/li-wei/">Li Wei</a></div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Anika Sharma", "Li Wei"}));
  Article b = extract(
      R"(<html><body><article><div class="article-byline"><h4 class="author-name"><a href="/author/imani/">Imani Clarke</a></h4><div class="byline-meta-content"><time datetime="2024-03-14">Mar 14, 2024</time><span>&bull; 4 min read</span></div></div>)" +
      kStory + "</article></body></html>");
  EXPECT_EQ(b.authors, (Names{"Imani Clarke"}));
  // A weekday left beside the name is no second author; spaced markup stays one text.
  Article c = extract(R"(<html><body><article><div class="article-author"><a href="/a/jw"><span>Joe Wee</span></a>&nbsp;<span>Monday</span>, <span>February 29, 2016</span></div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(c.authors, (Names{"Joe Wee"}));
}

TEST(Bylines, ReadsAPrintedBylineWithARoleAndDropsItFromTheBody) {
  // No author markup: the story's first line is its byline, with the writer's role.
  Article a = extract("<html><body><article><h1>Bridge to close</h1><p>By Nadia Berg, Education Reporter</p>" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Nadia Berg"}));
  EXPECT_EQ(a.body.find("Nadia Berg"), std::string::npos) << a.body;
  Article b = extract("<html><body><article><p>By Jane Doe and John Roe, Staff Writers</p>" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(b.authors, (Names{"Jane Doe", "John Roe"}));
  Article place = extract("<html><body><article><p>By Jane Doe, Washington</p>" + kStory + "</article></body></html>");
  EXPECT_EQ(place.authors, (Names{"Jane Doe"}));
  // A sentence that opens with "By" is story text.
  Article c = extract("<html><body><article><p>By Tuesday, the council had voted.</p>" + kStory +
                      "</article></body></html>");
  EXPECT_TRUE(c.authors.empty());
}

TEST(Bylines, ReadsABylineInAnElementWithNoAuthorClass) {
  Article fr = extract(R"(<html><body><article><div class="signature">Par <strong>Claire Dubois</strong> et <strong>Julien Moreau</strong></div>)" +
                       kStory + "</article></body></html>");
  EXPECT_EQ(fr.authors, (Names{"Claire Dubois", "Julien Moreau"}));
  Article es = extract(R"(<html><body><article><div class="firma">Por <a href="/autor/lucia">Lucía Fernández</a></div>)" + kStory +
                       "</article></body></html>");
  EXPECT_EQ(es.authors, (Names{"Lucía Fernández"}));
  // The date under the name on its own line is not part of it.
  Article br = extract("<html><body><table><tr><td><h1>Cafe night</h1><p><font size=2>By Ren\xC3\xA9" "e C\xC3\xB4t\xC3\xA9<br>"
                       "Posted: Monday, June 3, 2024 10:15 am</font></p>" + kStory + "</td></tr></table></body></html>");
  EXPECT_EQ(br.authors, (Names{"Ren\xC3\xA9" "e C\xC3\xB4t\xC3\xA9"}));
  // "By TPN, in News, Portugal": a place or a section after the site's name is nobody.
  Article site = extract(R"(<html><body><article><p class="text-sm">By TPN, in <a href="/news">News</a>, <a href="/pt">Portugal</a></p>)" +
                         kStory + "</article></body></html>");
  EXPECT_EQ(site.authors, (Names{"TPN"}));
  // An Arabic byline: "bi-qalam" (by the pen of).
  Article ar = extract("<html><body><article><div class=\"author\">\xD8\xA8\xD9\x82\xD9\x84\xD9\x85: "
                       "\xD8\xA3\xD8\xAD\xD9\x85\xD8\xAF \xD8\xA7\xD9\x84\xD9\x83\xD8\xB9\xD8\xA8\xD9\x8A</div>" +
                       kStory + "</article></body></html>");
  EXPECT_EQ(ar.authors, (Names{"\xD8\xA3\xD8\xAD\xD9\x85\xD8\xAF \xD8\xA7\xD9\x84\xD9\x83\xD8\xB9\xD8\xA8\xD9\x8A"}));
}

// Bylines set in bold as the story's first lines: the name, a break, the place and day, or
// the title; and what has the same look but names no writer.
TEST(Bylines, PrintBylinesInBoldAndTheirLookalikes) {
  // A print byline: the name in bold, a break, the place and the day (a Gurmukhi month too).
  for (std::string place_day : {"Ludhiana, March 2", "ਲੁਧਿਆਣਾ, 2 ਮਾਰਚ"}) {
    Article pr = extract(R"(<html><body><article><h1>Cycles</h1><p><strong>Satwinder Basra</strong><br>)" + place_day +
                         "</p>" + kStory + "</article></body></html>");
    EXPECT_EQ(pr.authors, (Names{"Satwinder Basra"})) << place_day;
    EXPECT_EQ(pr.body.find("Satwinder"), std::string::npos) << pr.body;
  }
  // Not a listing's entries, each in the same shape.
  Article market = extract(R"(<html><body><article><h1>What's on</h1><p><strong>Riverside Farmers Market</strong><br>Oak
    Street, June 14</p><p><strong>Harbour Night Fair</strong><br>Pier Road, June 15</p>)" + kStory +
                           "</article></body></html>");
  EXPECT_TRUE(market.authors.empty()) << market.authors.front();
  EXPECT_NE(market.body.find("Riverside Farmers Market"), std::string::npos) << market.body;
  // Not a bold lead-in of the story ("<strong>Berlin</strong><br>The council ...").
  Article lead = extract(R"(<html><body><article><h1>Cycles</h1><p><strong>Big news</strong><br>The council met on
    Monday, March 2 and agreed a budget for the new school year in the town.</p>)" + kStory + "</article></body></html>");
  EXPECT_NE(lead.body.find("The council met"), std::string::npos) << lead.body;
  // The paper's staff after the name, no comma between: "Jane Doe Times staff".
  Article staff = extract(R"(<html><body><article><h1>Storm</h1><div class="byline">By <a href="/staff/jane">Jane
    Doe</a> Times staff</div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(staff.authors, (Names{"Jane Doe"}));
  // The name, a break and the title in bold as the story's first line.
  Article bold = extract(R"(<html><head><meta name="author" content="Herald Reporter"></head><body><article><h1>Water</h1>
    <div class="content"><p><strong>Fungai Lupande<br>Senior Reporter</strong></p>)" + kStory + "</div></article></body></html>");
  EXPECT_EQ(bold.authors, (Names{"Fungai Lupande"}));
  EXPECT_EQ(bold.body.find("Senior Reporter"), std::string::npos) << bold.body;
  // An interview's subject card is no byline: "President" is no newsroom's title.
  Article card = extract(R"(<html><body><article><h1>Rates</h1><div class="content"><p><strong>Christine
    Lagarde<br>President</strong></p>)" + kStory + "</div></article></body></html>");
  EXPECT_TRUE(card.authors.empty()) << card.authors.front();
  EXPECT_NE(card.body.find("President"), std::string::npos) << card.body;
}

TEST(Bylines, AWireBylineInCapitalsLosesTheAgencyNotTheSecondName) {
  Article a = extract(R"(<html><body><article><div class="byline">By KEVIN MARSH and ELLEN PARK Associated Press</div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"KEVIN MARSH", "ELLEN PARK"}));
}

TEST(Bylines, ABylineIsNotCutFromASentenceThatEndsWithTheSameName) {
  Article a = extract(R"(<html><body><div class="side"><p>By <strong>John Gruber</strong></p></div><article>)" + kStory +
                      "<p>This site is written and produced by John Gruber.</p></article></body></html>");
  EXPECT_EQ(a.authors, (Names{"John Gruber"}));
  EXPECT_NE(a.body.find("written and produced by John Gruber."), std::string::npos) << a.body;
}

TEST(Bylines, RolesOutletsPlacesAndButtonsBesideTheNameAreNotAuthors) {
  Article bbc = extract(R"(<html><body><article><div class="ssrcss-byline"><span><span>By </span><span>Priya Nair</span></span><div class="role">BBC News, Manchester</div><div><button>Share</button><button>Save</button></div></div>)" +
                        kStory + "</article></body></html>");
  EXPECT_EQ(bbc.authors, (Names{"Priya Nair"}));
  Article mail = extract(R"(<html><body><article><p class="author">By HARRIET COLE and TOM PRYCE FOR MAILONLINE</p>)" + kStory +
                         "</article></body></html>");
  EXPECT_EQ(mail.authors, (Names{"HARRIET COLE", "TOM PRYCE"}));
  // No person: "staff" and "wire reports" are no organisation either.
  Article wire = extract(R"(<html><head><meta name="author" content="From staff and wire reports"></head><body><article>)" + kStory +
                         "</article></body></html>");
  EXPECT_TRUE(wire.authors.empty()) << wire.authors.front();
  // An Italian byline class.
  Article it = extract(R"(<html><body><article><div class="firma">di Luca Ferri</div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(it.authors, (Names{"Luca Ferri"}));
}

TEST(Bylines, ChineseAndKoreanTitlesAroundTheNames) {
  // 记者 (reporter) before two names; 기자 (reporter) and "다른기사 보기" (other stories) after one.
  Article zh = extract("<html><body><article><span class=\"author\">\xE8\xAE\xB0\xE8\x80\x85 \xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E "
                       "\xE6\x9D\x8E\xE8\x8A\xB3</span>" + kStory + "</article></body></html>");
  EXPECT_EQ(zh.authors, (Names{"\xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E", "\xE6\x9D\x8E\xE8\x8A\xB3"}));
  Article ko = extract("<html><body><article><div class=\"byline\">\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80 \xEA\xB8\xB0\xEC\x9E\x90 "
                       "\xEB\x8B\xA4\xEB\xA5\xB8\xEA\xB8\xB0\xEC\x82\xAC \xEB\xB3\xB4\xEA\xB8\xB0</div>" + kStory + "</article></body></html>");
  EXPECT_EQ(ko.authors, (Names{"\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80"}));
}

TEST(Bylines, AMenuEntryNamedForABylinesSectionIsNoByline) {
  Article a = extract(R"(<html><body><ul class="nav"><li id="gnPriBylines"><a href="https://bylines.example.jp/">Columns</a></li>
    <li id="gnPriBusiness"><a href="https://news.example.jp/business/">Business</a></li></ul><article><h1>Bridge</h1>
    <div class="byline"><a href="https://news.example.jp/author/jane-doe">Jane Doe</a></div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
}

TEST(Bylines, ABylineNamedOnlyByItsTestIdNamesThePerson) {
  Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves plan",
    "author":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script></head><body><article><h1>Council approves plan</h1>
    <div data-testid="byline-new-contributors"><div><span>Jane Smith</span><div><span>BBC Scotland News</span></div></div></div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Jane Smith"}));
}

TEST(Bylines, TextOfNeighbouringBlocksIsNotGlued) {
  // "14:32 IST" then a share button's "Share" in the next block: the zone stays readable.
  Article a = extract(R"(<html><body><article><h1>Metro line opens</h1><div class="byline"><a href="/toireporter/author-sunita">Sunita Raghavan</a> / TNN / Updated: May 1, 2026, 14:32 IST</div><div class="share"><span>Share</span></div>)" +
                      kStory + "</article></body></html>");
  ASSERT_TRUE(a.modified.has_value());
  EXPECT_EQ(*a.modified, "2026-05-01T14:32:00+05:30");
}

TEST(Bylines, ARoleBeforeEachNameGoes) {
  Article a = extract(R"(<html><body><article><h1>Council approves plan</h1><div class="byline"><p>By political reporter <a href="/news/jane-smith/1">Jane Smith</a> and Pacific affairs reporter <a href="/news/john-roe/2">John Roe</a></p></div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Jane Smith", "John Roe"}));
  // "The" is no role: an agency keeps its article.
  Article b = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"The Associated Press"}}</script></head><body><article>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(b.authors, (Names{"The Associated Press"}));
}

TEST(Bylines, ReadsALeadInWordInThePagesLanguage) {
  // Norwegian "Av ... og ...", Indonesian "Oleh ... dan ...": the names, and the line leaves the body.
  for (const auto& [line, first, second] :
       {std::tuple<std::string, std::string, std::string>{"Av Kari Nordmann og Ola Hansen", "Kari Nordmann", "Ola Hansen"},
        {"Oleh Budi Santoso dan Siti Rahma", "Budi Santoso", "Siti Rahma"}}) {
    for (const std::string& markup : {"<div class=\"author\">" + line + "</div>", "<p>" + line + "</p>"}) {
      Article a = extract("<html><body><article><h1>Bridge to close</h1>" + markup + kStory + "</article></body></html>");
      EXPECT_EQ(a.authors, (Names{first, second})) << markup;
      EXPECT_EQ(a.body.find(first), std::string::npos) << a.body;
    }
  }
  // "Dan" in capitals is a given name, not the join word.
  Article d = extract("<html><body><article><h1>Bridge to close</h1><p class=\"byline\">By Dan Roe</p>" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(d.authors, (Names{"Dan Roe"}));
}

TEST(Bylines, ANameEndsBeforeTheDateLabelPrintedAfterIt) {
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <div class="byline">By Jane Smith and John Roe Published March 3, 2024</div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Jane Smith", "John Roe"}));
}

TEST(Bylines, ReadsABylineMetaTag) {
  Article a = extract("<html><head><meta name=\"byline\" content=\"Jane Smith\"></head><body><article>"
                      "<h1>Bridge to close</h1>" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Jane Smith"}));
}

TEST(Bylines, ALabelOverNamesInTheirOwnElementsGivesEachName) {
  for (const char* label : {"Authors", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD1\x8B"}) {  // Авторы
    Article a = extract("<html><body><article><h1>Bridge to close</h1><div class=\"article__authors\"><span "
                        "class=\"article__authors__title\">" + std::string(label) + "</span>\n<div "
                        "class=\"article__authors__author\"><a href=\"/author/k\">Ksenia Vorontsova</a></div>\n<div "
                        "class=\"article__authors__author\"><a href=\"/author/d\">Dmitry Kozlov</a></div></div>" +
                        kStory + "</article></body></html>");
    EXPECT_EQ(a.authors, (Names{"Ksenia Vorontsova", "Dmitry Kozlov"})) << label;
  }
}

TEST(Bylines, ThePrintedBylineNamesWritersTheStructuredDataLeftOut) {
  // JSON-LD names two of the three writers the byline prints.
  Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[
    {"@type":"Person","name":"Rachel Voss"},{"@type":"Person","name":"Tomas Ibarra"}]}</script></head><body><article>
    <h1>Bridge to close</h1><div class="byline"><span class="byline__by">By</span> <a href="/p/rv">Rachel Voss</a>,
    <a href="/p/ti">Tomas Ibarra</a> and <a href="/p/kl">Keisha Land</a>, CNN
    <div class="timestamp">Updated 3:41 PM EDT, Tue April 2, 2024</div></div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Rachel Voss", "Tomas Ibarra", "Keisha Land"}));
  // The meta tag names one; the byline's elements two.
  Article b = extract(R"(<html><head><meta name="author" content="R. Saravanakumar"></head><body><article>
    <h1>Bridge to close</h1><div class="author-name"><div class="author"><a href="/a/1">R. Saravanakumar</a></div>
    <div class="author"><a href="/a/2">Meera Sundaram</a></div></div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.authors, (Names{"R. Saravanakumar", "Meera Sundaram"}));
  // A place or bureau after the names is no writer.
  Article c = extract(R"(<html><head><meta name="author" content="Georgia Whitlam"></head><body><article>
    <h1>Bridge to close</h1><div class="byline">By Georgia Whitlam and Sam Nguyen, ABC Brisbane</div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(c.authors, (Names{"Georgia Whitlam", "Sam Nguyen"}));
  // A correspondent's station in its own chip, in Sinhala ("ගාල්ල", Galle), as in Latin script.
  Article si = extract(R"(<html lang="si"><body><article><h1>Bridge to close</h1><div class="post-author"><a
    href="/author/sunil">සුනිල් ප්‍රේමරත්න</a> <span class="author-place">ගාල්ල</span></div>)" + kStory +
                       "</article></body></html>");
  EXPECT_EQ(si.authors, (Names{"සුනිල් ප්‍රේමරත්න"}));
}

TEST(Bylines, ATeaserCardSharingAWriterAddsNoName) {
  Article a = extract(R"(<html><head><meta name="author" content="Julian Seiferth"></head><body><article>
    <h1>Bridge to close</h1>)" + kStory + R"(</article><div class="grid"><article><div class="card-author">
    <span>Trump escalates his dispute with the Pope once again</span> <div>Von Julian Seiferth, Charlotta Siemer</div>
    </div></article></div></body></html>)");
  EXPECT_EQ(a.authors, (Names{"Julian Seiferth"}));
}

TEST(Bylines, AHiddenWidgetNamedForAWriterIsNoByline) {
  Article a = extract(R"(<html><head><meta name="author" content="Jane Doe"></head><body>
    <div id="tdw-css-writer" style="display: none"><header><a href="#">Edit with Live CSS</a></header>
    <div>Write CSS OR LESS and hit save.</div></div><article><h1>Bridge to close</h1>
    <div class="byline">By Jane Doe</div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Jane Doe"}));
}

TEST(Bylines, NewsAgenciesByNameAndJapaneseTitlesBeforeTheName) {
  for (const char* agency : {"Lusa", "Belga", "Kyodo", "Yonhap", "Antara", "\xD0\xA0\xD0\x98\xD0\x90 \xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8"}) {
    Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[
      {"@type":"Person","name":"Ana Cristina Pereira"},{"@type":"Person","name":")" + std::string(agency) +
                        R"("}]}</script></head><body><article><h1>Bridge to close</h1>)" + kStory +
                        "</article></body></html>");
    EXPECT_EQ(a.authors, (Names{"Ana Cristina Pereira"})) << agency;
  }
  // 編集委員・大野太郎: "senior staff writer" before the name.
  Article j = extract(R"(<html><head><meta name="author" content="編集委員・大野太郎"></head><body><article>
    <h1>Bridge to close</h1>)" + kStory + "</article></body></html>");
  EXPECT_EQ(j.authors, (Names{"大野太郎"}));
}

TEST(Bylines, CreditsForOtherWorkAndStudiosAreNoWriters) {
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1><div class="byline"><p>Mario Wasserfaller
    (Text), Sandra Schober (Lektorat), beide ORF.at</p></div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Mario Wasserfaller"}));
  Article b = extract(R"(<html><body><article><h1>Bridge to close</h1><div class="author">Mareike Lindner,
    ARD-Hauptstadtstudio</div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.authors, (Names{"Mareike Lindner"}));
}

TEST(Bylines, APlaceAfterThePrintedNameIsWhereItWasFiled) {
  for (const char* line : {"By <a href=\"/a/js\">Jane Smith</a>, Berlin", "By Jane Smith, Washington"}) {
    Article a = extract("<html><body><article><h1>Bridge to close</h1><div class=\"authorline\">" + std::string(line) +
                        "</div>" + kStory + "</article></body></html>");
    EXPECT_EQ(a.authors, (Names{"Jane Smith"})) << line;
  }
}

TEST(Bylines, ARoleBetweenPrintedNamesDoesNotEndTheByline) {
  Article a = extract(R"(<html><head><meta name="author" content="Hannah Morrow"></head><body><article><h1>Cocoa
    record</h1><div class="byline"><div class="author"><a href="/h/">Hannah Morrow</a><span>Senior Reporter</span></div>
    <div class="author"><a href="/e/">Elijah Ferris</a><span>Staff Writer</span></div></div>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Hannah Morrow", "Elijah Ferris"}));
}

TEST(Bylines, TheBoxAroundTwoAuthorLinksIsNotAThirdWriter) {
  // "Elif KOÇ Mert AYDOĞAN": the author box's text is the two links side by side.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1><div class="author-box"><a class="author-name"
    href="/yazarlar/elif-koc/">Elif KOÇ</a> <a class="author-name" href="/yazarlar/mert-aydogan/">Mert AYDOĞAN</a>
    </div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Elif KOÇ", "Mert AYDOĞAN"}));
}

TEST(Bylines, ARoleInItsOwnElementOnlyGoesAsAWholeLine) {
  // The byline's "Staff Writer" must not take the story's "Times staff writer ... contributed".
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1><div class="byline"><a class="author-name"
    href="/people/jane">Jane Smith</a><div class="author-title">Staff Writer</div></div>)" + kStory +
                      "<p>Times staff writer Jorge Ramirez contributed to this report.</p></article></body></html>");
  EXPECT_TRUE(a.body.find("Jorge Ramirez contributed") != std::string::npos) << a.body;
}

TEST(Bylines, WritersInSiblingBoxesOfOneClassAreOneByline) {
  // The metadata names the first; each writer has a box with a role and a Follow button.
  std::string boxes;
  for (const char* name : {"Hannah Morrow", "Elijah Ferris"})
    boxes += std::string("<div class=\"contrib-byline-author\"><div class=\"fs-author-name\"><a href=\"/sites/x/\">") + name +
             "</a></div><div class=\"contrib-byline-type\">Forbes Staff</div><button>Follow</button></div>";
  Article a = extract(R"(<html><head><meta name="author" content="Hannah Morrow"></head><body><article><h1>Cocoa
    record</h1><div class="contrib-block">)" + boxes + "</div>" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Hannah Morrow", "Elijah Ferris"}));
}

// Authors as whole pages state them: bylines, teasers, credits, labels and the body's first line.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"

using namespace newsarchive;
using Names = std::vector<std::string>;

namespace {

using parse_test::extract;

const std::string kStory =
    "<p>The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.</p>"
    "<p>Residents said the decision, which follows a long campaign, would lengthen their commute by an hour.</p>"
    "<p>Engineers had warned in a report last year that the structure, built in 1921, was no longer safe.</p>";

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

TEST(Bylines, ReadsALabelledPublicationDate) {
  Article a = extract(R"(<html><body><article>)" + kStory +
                      R"(<ul><li><strong>Datum</strong> 28.04.2023</li></ul></article></body></html>)");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->substr(0, 10), "2023-04-28");
}

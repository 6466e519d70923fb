// Headline choice: breadcrumb SEO copies, kickers, disagreeing statements, site names.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"

using namespace newsarchive;

namespace {

using parse_test::extract;

const std::string kStory =
    "<p>The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.</p>"
    "<p>Residents said the decision, which follows a long campaign, would lengthen their commute by an hour.</p>";

}  // namespace

TEST(Headline, SkipsBreadcrumbCopyAndDropsKickerElement) {
  Article a = extract(R"(<html><head>
    <meta property="og:title" content="Bridge to close after years of neglect">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Town council votes on the old bridge"}</script>
    </head><body><nav class="breadcrumbs"><a href="/">Home</a> <h1>Town council votes on the old bridge</h1></nav>
    <article><h2><span class="article__kicker">Infrastructure</span>
    <span class="article__headline">Bridge to close after years of neglect</span></h2>)" +
                      kStory + "</article></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "Bridge to close after years of neglect");
}

TEST(Headline, ShownHeadlineWinsOverKickerPrefixedStatement) {
  Article a = extract(R"(<html><head>
    <meta property="og:title" content="Infrastructure: Bridge to close after years of neglect">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Town council votes on the old bridge"}</script>
    </head><body><ul class="crumbs"><li><h1>Town council votes on the old bridge</h1></li></ul>
    <article><h2><span data-kicker="1" class="kicker">Infrastructure</span>
    <span class="title">Bridge to close after years of neglect</span></h2>)" +
                      kStory + "</article></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "Bridge to close after years of neglect");
}

TEST(Headline, KeepsKickerWhenEveryStatementHasIt) {
  Article a = extract(R"(<html><head>
    <meta property="og:title" content="Infrastructure: Bridge to close after years of neglect">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Infrastructure: Bridge to close after years of neglect"}</script>
    </head><body><nav><h1>Infrastructure: Bridge to close after years of neglect</h1></nav>
    <article><h2><span class="kicker">Infrastructure</span>
    <span class="headline">Bridge to close after years of neglect</span></h2>)" +
                      kStory + "</article></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "Infrastructure: Bridge to close after years of neglect");
}

TEST(Headline, JsonLdLeadsEvenWhenTheH1ShowsTheOpenGraphTitle) {
  // The <h1> often repeats the social title; the JSON-LD headline is the article's own.
  Article a = extract(R"(<html><head>
    <meta property="og:title" content="Bridge to close after years of neglect">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Old bridge closure: what commuters need to know"}</script>
    </head><body><article><h1>Bridge to close after years of neglect</h1>)" +
                      kStory + "</article></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "Old bridge closure: what commuters need to know");
}

TEST(Headline, JsonLdStaysFirstWhenTheH1MatchesNeither) {
  Article a = extract(R"(<html><head>
    <meta property="og:title" content="Bridge to close after years of neglect">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Old bridge closure: what commuters need to know"}</script>
    </head><body><article><h1>Example News</h1>)" +
                      kStory + "</article></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "Old bridge closure: what commuters need to know");
}

TEST(Headline, StripsSiteNameGluedWithoutSpacesFromTheTitleTag) {
  Article a = extract(R"(<html><head><meta property="og:site_name" content="한국일보">
    <title>다리 폐쇄 결정, 주민 반발 커졌다-사회ㅣ한국일보</title>
    </head><body><article>)" + kStory + "</article></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "다리 폐쇄 결정, 주민 반발 커졌다");
}

TEST(Headline, KeepsHyphenatedWordsBeforeAGluedSiteName) {
  Article a = extract(R"(<html><head><meta property="og:site_name" content="Example News">
    <title>Council backs bridge close-down|Example News</title>
    </head><body><article>)" + kStory + "</article></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "Council backs bridge close-down");
}

TEST(Headline, KeepsTheSiteNameThatEveryStatementCarries) {
  // og:title is the publisher's own statement: "| eHow" stays when nothing says otherwise.
  Article a = extract(R"(<html><head><meta property="og:site_name" content="eHow">
    <meta property="og:title" content="How to Build a Terrarium | eHow">
    <title>How to Build a Terrarium (with Pictures) | eHow</title>
    </head><body><article><h1>How to Build a Terrarium</h1>)" + kStory + "</article></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "How to Build a Terrarium | eHow");
}

TEST(Headline, DropsAPartThatAnotherStatementLeavesOut) {
  // Suffix (with a date), prefix, and a glued section: each left out by a sibling statement.
  Article a = extract(R"(<html><head>
    <meta property="og:title" content="Bridge to close after years of neglect | DW | 28.04.2023">
    <meta name="twitter:title" content="Bridge to close after years of neglect">
    </head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.headline.value_or(""), "Bridge to close after years of neglect");
  Article b = extract(R"(<html><head>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Sport | Bridge to close after years of neglect"}</script>
    <meta property="og:title" content="Bridge to close after years of neglect">
    </head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.headline.value_or(""), "Bridge to close after years of neglect");
  Article c = extract(R"(<html><head>
    <meta property="og:title" content="다리 폐쇄 결정, 주민 반발 커졌다-사회ㅣ한국일보">
    <meta name="headline" content="다리 폐쇄 결정, 주민 반발 커졌다">
    </head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(c.headline.value_or(""), "다리 폐쇄 결정, 주민 반발 커졌다");
}

TEST(Headline, KeepsAContinuationThatIsNotJoinedByASeparator) {
  // "... how to check" vs "... how to check if you have one": a longer headline, not a site part.
  Article a = extract(R"(<html><head>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Your old coins could be worth thousands if you have the rare one"}</script>
    <meta property="og:title" content="Your old coins could be worth thousands">
    </head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.headline.value_or(""), "Your old coins could be worth thousands if you have the rare one");
}

TEST(Headline, SkipsAStatementThatOnlyNamesTheSite) {
  Article a = extract(R"(<html><head><meta property="og:site_name" content="Example News">
    <meta property="og:title" content="Example News"><title>Bridge to close | Example News</title>
    </head><body><article><h1>Bridge to close</h1>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.headline.value_or(""), "Bridge to close");
}

TEST(Headline, TitleTagLosesItsLastSeparatedPartWhenNoSiteNameIsKnown) {
  // Readability's rule: the last part goes; a short remainder takes the part after the first.
  Article a = extract(R"(<html><head><title>Getting your front-end code covered | Code | Jane Doe</title>
    </head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.headline.value_or(""), "Getting your front-end code covered | Code");
  Article b = extract(R"(<html><head><title>Jane Doe | Getting your front-end code covered</title>
    </head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.headline.value_or(""), "Getting your front-end code covered");
}

TEST(Headline, ReadsMetaTitleAndWeiboTitleBeforeTheTitleTag) {
  Article a = extract(R"(<html><head><meta name="title" content="Bridge to close after years of neglect">
    <title>Home page</title></head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.headline.value_or(""), "Bridge to close after years of neglect");
  Article b = extract(R"(<html><head><meta name="weibo:article:title" content="Bridge to close after years of neglect">
    <title>Home page</title></head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.headline.value_or(""), "Bridge to close after years of neglect");
}

TEST(Headline, AJsonLdHeadlineCutShortGivesWayToTheFullTitle) {
  Article a = parse_test::extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
    "headline":"Council votes to close the old bridge after years of neglect, and residents…"}</script>
    <meta property="og:title" content="Council votes to close the old bridge after years of neglect, and residents say they will fight on">
    </head><body><h1>Council votes to close the old bridge after years of neglect, and residents say they will fight on</h1>
    <p>Text.</p></body></html>)", "https://news.example.com/a.html");
  EXPECT_EQ(a.headline, "Council votes to close the old bridge after years of neglect, and residents say they will fight on");
  // A headline that ends in an ellipsis of its own stays.
  Article b = parse_test::extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
    "headline":"Who is the new mayor and what did she promise?..."}</script></head><body>
    <h1>Who is the new mayor and what did she promise?</h1><p>Text.</p></body></html>)", "https://news.example.com/b.html");
  EXPECT_EQ(b.headline, "Who is the new mayor and what did she promise?...");
}

TEST(Headline, ATitleGluedToTheSiteNameByAFullWidthBarKeepsWhatTheH1Shows) {
  // No stated title: the <title> "Headline\uFF5CSite", whose headline part the <h1> repeats.
  Article a = parse_test::extract(
      "<html><head><title>\xE5\xB9\xB3\xE5\x9D\x87\xE4\xBE\xA1\xE6\xA0\xBC\xE3\x80\x81\xE5\x88\x9D\xE3\x81\xAE" "1\xE5\x84\x84\xE5\x86\x86"
      "\xEF\xBD\x9C\xE6\x9D\xB1\xE9\x83\xBD\xE7\xB5\x8C\xE6\xB8\x88\xE6\x96\xB0\xE8\x81\x9E</title></head><body><article>"
      "<h1>\xE5\xB9\xB3\xE5\x9D\x87\xE4\xBE\xA1\xE6\xA0\xBC\xE3\x80\x81\xE5\x88\x9D\xE3\x81\xAE" "1\xE5\x84\x84\xE5\x86\x86</h1>"
      "<p>The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.</p>"
      "</article></body></html>",
      "https://www.example.co.jp/economy/article/20240503-a");
  EXPECT_EQ(a.headline.value_or(""),
            "\xE5\xB9\xB3\xE5\x9D\x87\xE4\xBE\xA1\xE6\xA0\xBC\xE3\x80\x81\xE5\x88\x9D\xE3\x81\xAE" "1\xE5\x84\x84\xE5\x86\x86");
  // An <h1> naming only the site keeps the <title>'s story part.
  Article b = parse_test::extract(
      "<html><head><title>Evolve: Shared Mutable History \xE2\x80\x94 evolve extension for Mercurial</title></head><body>"
      "<h1>evolve extension for Mercurial</h1><article><h1>Evolve: Shared Mutable History</h1>"
      "<p>The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.</p>"
      "</article></body></html>",
      "https://docs.example.org/evolve/");
  EXPECT_EQ(b.headline.value_or(""), "Evolve: Shared Mutable History \xE2\x80\x94 evolve extension for Mercurial");
}

TEST(Headline, ASiteNameBeforeTheTitleGoesWhenTheH1ShowsTheRest) {
  Article a = extract(R"(<html><head><title>Example Times: Council passes budget</title></head><body>
    <article><h1>Council passes budget</h1><p>The council voted on Tuesday to approve the new budget.</p></article></body></html>)",
                      "https://www.exampletimes.com/news/budget");
  EXPECT_EQ(a.headline.value_or(""), "Council passes budget");
  // A kicker before the title is the page's own words: it stays.
  Article k = extract(R"(<html><head><title>Budget: Council passes budget</title></head><body>
    <article><h1>Council passes budget</h1><p>The council voted on Tuesday to approve the new budget.</p></article></body></html>)",
                      "https://www.exampletimes.com/news/budget");
  EXPECT_EQ(k.headline.value_or(""), "Budget: Council passes budget");
}

TEST(Headline, ATitleTheH1ShowsWholeKeepsItsPartAfterADash) {
  // twitter:title is the short form; the <h1>, og:title and JSON-LD show the whole title.
  Article a = extract(R"(<html><head><meta property="og:title" content="Cocoa Prices Smash Record Again—Here's What It
    Means For Your Chocolate"><meta name="twitter:title" content="Cocoa Prices Smash Record Again"></head><body><article>
    <h1>Cocoa Prices Smash Record Again—Here's What It Means For Your Chocolate</h1>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(a.headline.value_or(""), "Cocoa Prices Smash Record Again—Here's What It Means For Your Chocolate");
  // Only a <title>, the same as the <h1>: Readability's cut at " - " does not apply.
  Article b = extract(R"(<html><head><title>Why cocoa is so expensive - and what it means for chocolate lovers</title>
    </head><body><article><h1>Why cocoa is so expensive - and what it means for chocolate lovers</h1>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(b.headline.value_or(""), "Why cocoa is so expensive - and what it means for chocolate lovers");
}

TEST(Headline, TheJointMostStatementsUseBetweenKickerAndHeadlineWins) {
  // JSON-LD joins the kicker with " - "; og:title and the <title> with ": ".
  const std::string head = R"(<html><head><title>Old bridge: Council votes to close it - Politics</title>
    <meta property="og:title" content="Old bridge: Council votes to close it">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Old bridge - Council votes to close it"}</script>)";
  Article a = extract(head + "</head><body><article><h1>Council votes to close it</h1>" + kStory + "</article></body></html>");
  EXPECT_EQ(a.headline.value_or(""), "Old bridge: Council votes to close it");
  // One statement each way: the JSON-LD headline keeps the lead.
  Article b = extract(R"(<html><head><meta property="og:title" content="Old bridge: Council votes to close it">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Old bridge - Council votes to close it"}</script>
    </head><body><article><h1>Council votes to close it</h1>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.headline.value_or(""), "Old bridge - Council votes to close it");
  // Quotes are not a joint: the JSON-LD headline without them stays.
  Article c = extract(R"(<html><head><meta property="og:title" content="&quot;We will close it&quot;, the council says">
    <meta name="twitter:title" content="&quot;We will close it&quot;, the council says">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"We will close it, the council says"}</script>
    </head><body><article><h1>Council votes to close it</h1>)" + kStory + "</article></body></html>");
  EXPECT_EQ(c.headline.value_or(""), "We will close it, the council says");
}

TEST(Headline, TheTitlesLeadingSitePathGoesWhenTheH1ShowsTheRest) {
  // Old and print templates build the <title> as site, section, headline.
  Article a = extract(R"(<html><head><title>Weserbote Online - Lokales - Weserbrücke: Vollsperrung ab Oktober</title>
    </head><body><h1>Weserbrücke: Vollsperrung ab Oktober</h1>)" + kStory + "</body></html>",
                      "https://www.example.org/lokales/1");
  EXPECT_EQ(a.headline.value_or(""), "Weserbrücke: Vollsperrung ab Oktober");
  Article b = extract(R"(<html><head><title>Valley Herald - Print: Water district orders rationing</title>
    </head><body><h1>Water district orders rationing</h1>)" + kStory + "</body></html>",
                      "https://www.example.org/print/1");
  EXPECT_EQ(b.headline.value_or(""), "Water district orders rationing");
}

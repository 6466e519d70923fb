// A columnist's card in the rail beside the story, and a story header whose title is no
// <h1> (the r38e leftovers).
#include <gtest/gtest.h>

#include "extract_page.hpp"

using namespace newsarchive;
using Names = std::vector<std::string>;

namespace {

using parse_test::extract;
using parse_test::has;
using parse_test::kStory;

// A column with its writer only in an <aside> card: name, a bio and the writer's other columns.
std::string column_with_card(const std::string& bio, int other_columns) {
  std::string more;
  for (int i = 0; i < other_columns; ++i)
    more += "<li><a href=\"/opinie/felietony/f" + std::to_string(i) + "\">Inny felieton autorki numer " +
            std::to_string(i) + " o mieście</a></li>";
  return R"(<html lang="pl"><body><main><article><h1>Miasto bez ławek</h1>)" + kStory +
         R"(</article></main><div class="layout-rail"><aside class="author-card"><div class="author-card__name">
         <a href="/autor/zofia-kus">Zofia Kuś</a></div>)" +
         (bio.empty() ? std::string() : "<p class=\"author-card__bio\">" + bio + "</p>") +
         R"(<div class="author-card__more"><h4>Inne felietony autorki</h4><ul>)" + more +
         "</ul></div></aside></div></body></html>";
}

}  // namespace

// The card is the writer's, however long the list of their other columns; a teaser's byline
// in an <aside> still names nobody, and the bio's university is no writer.
TEST(CardsAndHeaders, AColumnistsCardInTheRail) {
  const std::string bio = "Socjolożka miasta, wykłada na Uniwersytecie Mikołaja Kopernika. Pisze dla nas co drugą sobotę.";
  EXPECT_EQ(extract(column_with_card(bio, 4)).authors, Names{"Zofia Kuś"});
  EXPECT_EQ(extract(column_with_card(bio, 1)).authors, Names{"Zofia Kuś"});
  EXPECT_EQ(extract(column_with_card("", 8)).authors, Names{"Zofia Kuś"});
  Article teaser = extract(R"(<html lang="en"><body><main><article><h1>Bridge to close</h1>)" + kStory +
                           R"(</article></main><aside class="sidebar"><div class="story"><h3><a href="/b">Another
                           story</a></h3><span class="author">Mark Other</span></div></aside></body></html>)");
  EXPECT_TRUE(teaser.authors.empty());
}

// Korean ND soft sets the title in a <div> and the standfirst in an <h2 class="subheading">,
// in one <header> with the reporter, the stamps and a comment count: the standfirst leads
// the story, the rest goes.
TEST(CardsAndHeaders, AStandfirstUnderATitleThatIsNoH1) {
  auto page = [](const std::string& header_tag) {
    return R"(<html lang="ko"><head><title>오창 소재기업, 1200억 들여 공장 증설 - 한빛경제</title></head><body>
      <section class="user-content"><)" + header_tag + R"( class="article-view-header">
      <div class="article-head-title">오창 소재기업, 1200억 들여 공장 증설</div>
      <h2 class="subheading">연간 양극재 생산능력 2만톤에서 5만톤으로</h2>
      <article class="item"><ul class="infomation"><li>김민준 기자</li><li>입력 2026.11.20 00:32</li>
      <li>댓글 0</li></ul></article></)" + header_tag + R"(><div class="article-body">
      <article id="article-view-content-div" itemprop="articleBody">
      <p>충북 청주 오창과학산업단지에 있는 2차전지 소재기업이 1200억원을 투자해 양극재 공장을 증설한다.</p>
      <p>충북도와 청주시는 20일 도청에서 이 회사와 이 같은 내용의 투자협약을 체결했다고 밝혔다.</p>
      <p>증설이 끝나면 이 회사의 연간 양극재 생산능력은 현재 2만톤에서 5만톤으로 늘어난다.</p>
      </article></div></section></body></html>)";
  };
  for (const char* tag : {"header", "div"}) {
    Article a = extract(page(tag));
    EXPECT_EQ(a.body.substr(0, a.body.find('\n')), "연간 양극재 생산능력 2만톤에서 5만톤으로") << tag;
    EXPECT_FALSE(has(a.body, "댓글 0")) << tag;
    EXPECT_FALSE(has(a.body, "김민준 기자")) << tag;
  }
}

// The session's review: a widget of columnists in the rail is no writer's card; co-authors
// in spans of a byline box stay; a short brief keeps its text without its captions; 阿部 is a
// surname, not a desk.
TEST(CardsAndHeaders, WhatTheseRulesMustNotSweepIn) {
  Article rail = extract(R"(<html lang="en"><body><main><article><h1>Council approves budget</h1><div
    class="byline">By Jane Smith</div>)" + kStory + R"(</article><aside class="sidebar-columnists"><h3>Our
    columnists</h3><div class="columnist-card"><div class="author-name">Robert Miller</div><a href="/opinion/x">Why
    the budget fight is far from over</a></div></aside></main></body></html>)");
  EXPECT_EQ(rail.authors, Names{"Jane Smith"});
  Article box = extract(R"(<html lang="en"><body><article><h1>Council approves budget</h1><div
    class="article-byline-box">By <span class="author-name">Jane Smith</span>, <span>Robert Miller</span> and
    <span>Ann Lee</span></div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(box.authors, (Names{"Jane Smith", "Robert Miller", "Ann Lee"}));
  std::string figures;
  for (int i = 0; i < 3; ++i)
    figures += "<figure><img src=\"" + std::to_string(i) + ".jpg\"><figcaption>Smoke rises from the fire as it burns "
               "through dry brush north of the town on Tuesday afternoon, number " + std::to_string(i) +
               ".</figcaption></figure>";
  Article brief = extract(R"(<html lang="en"><body><article><h1>Wildfire forces evacuations</h1><div
    class="gallery">)" + figures + R"(</div><p>A fast-moving wildfire forced the evacuation of about 400 homes north
    of the town on Tuesday, officials said, as crews fought the flames through the night.</p><p>The fire had burned
    about 2,000 acres by the evening, and no injuries were reported by the county.</p></article></body></html>)");
  EXPECT_FALSE(has(brief.body, "Smoke rises")) << brief.body;
  Article abe = extract(R"(<html lang="ja"><body><article><h1>長野市で新しい図書館が開館</h1><div class="author">阿部 拓真</div>
    <p>長野市の中心部に新しい市立図書館が十九日、開館した。初日から多くの市民が訪れ、館内は終日にぎわった。</p>
    <p>新図書館は約三十万冊の蔵書を備え、子ども向けの読み聞かせスペースや、学習用の個室も設けられている。</p>
    </article></body></html>)");
  EXPECT_EQ(abe.authors, Names{"阿部 拓真"});
}

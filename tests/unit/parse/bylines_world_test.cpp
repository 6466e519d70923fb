// Bylines as pages across the world print them: labels in any language, names parted into
// spans, Taiwanese print bylines whole, titles between Chinese reporters' names.
#include <gtest/gtest.h>

#include "extract_page.hpp"

using newsarchive::Article;
using newsarchive::parse_test::extract;
using newsarchive::parse_test::kStory;
using newsarchive::parse_test::para;

namespace {

Article with_byline(const std::string& lang, const std::string& byline, const std::string& head = "") {
  return extract("<html lang=\"" + lang + "\"><head><title>Story</title>" + head +
                 "</head><body><article><h1>Story</h1>" + byline + "<div class=\"body\">" + para(1) + para(2) +
                 para(3) + "</div></article></body></html>");
}

using Names = std::vector<std::string>;

}  // namespace

// One word and a colon before the names is a label, whatever the language and number;
// a label for other work ("Editor:", "Foto:") still names no writer.
TEST(BylinesWorld, AnyOneWordLabelBeforeTheNames) {
  EXPECT_EQ(with_byline("sl", R"(<div class="article__author">Avtorja: <a href="/a/1">Maja Kralj</a>, <a href="/a/2">Tomaž Zupan</a> / STA</div>)").authors,
            (Names{"Maja Kralj", "Tomaž Zupan"}));
  EXPECT_EQ(with_byline("id", R"(<div class="story__byline">Penulis: <a href="/tag/rully">Rully R. Ramli</a> | Editor: Erlangga Djumena</div>)").authors,
            (Names{"Rully R. Ramli"}));
}

// A writer's link holding the name in two spans ("firstname", "lastname"), or hCard's
// given-name and family-name, is one name; the role beside it is none.
TEST(BylinesWorld, ANamePartedIntoSpansIsOneName) {
  EXPECT_EQ(with_byline("no", R"(<div class="bylines"><div class="byline-item"><a href="/emne/kari"><span class="firstname">Kari</span>
<span class="lastname">Nordvik</span></a><span class="description">Journalist</span></div><div class="byline-item">
<a href="/emne/eirik"><span class="firstname">Eirik</span> <span class="lastname">Haugen</span></a>
<span class="description">Journalist</span></div></div>)").authors,
            (Names{"Kari Nordvik", "Eirik Haugen"}));
  EXPECT_EQ(with_byline("en", R"(<div class="byline"><span class="given-name">Jane</span> <span class="family-name">Smith</span></div>)").authors,
            (Names{"Jane Smith"}));
}

// "聯合報 記者林雅婷、陳志明／台北即時報導": the paper, the title, the names, where they filed
// from; in JSON-LD whole or printed with a link on each name.
TEST(BylinesWorld, ATaiwanesePrintBylineNamesItsReporters) {
  EXPECT_EQ(with_byline("zh-Hant-TW", "",
                        R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story",
"author":{"@type":"Person","name":"聯合報 記者林雅婷、陳志明／台北即時報導"}}</script>)").authors,
            (Names{"林雅婷", "陳志明"}));
  // Printed with a link on each name: each part of the byline is read on its own.
  EXPECT_EQ(with_byline("zh-Hant-TW", R"(<section class="authors"><span class="article-content__author">聯合報／ 記者<a
href="/search/tagging/2/林雅婷">林雅婷</a>、<a href="/search/tagging/2/陳志明">陳志明</a>／台北即時報導</span></section>)").authors,
            (Names{"林雅婷", "陳志明"}));
}

// A Chinese wire opener's title between two names ("实习记者", an intern reporter) is nobody.
TEST(BylinesWorld, ATitleBetweenChineseReportersIsNobody) {
  Article a = extract(R"(<html lang="zh-CN"><head><title>发改委</title></head><body><div class="article"><h1>发改委：明年起公共充电桩建设补贴逐步退坡</h1>
<div class="text"><p>【财新网】（记者 王晓明 实习记者 李思远）国家发展改革委11月21日发布通知称，自2027年1月1日起，中央财政对公共充电基础设施的建设补贴将逐步退坡。</p>
<p>通知明确，2027年建设补贴标准在现行基础上下调40%，2028年再下调30%，2029年起不再对新建公共充电桩给予建设补贴。</p>
<p>通知还要求各地在2027年6月底前完成辖区内公共充电设施的普查，对长期闲置的设施进行清理。</p></div></div></body></html>)");
  EXPECT_EQ(a.authors, (Names{"王晓明", "李思远"}));
}

// The byline the story prints names the writer its JSON-LD names and a second one: a CMS's
// author field holds one account, the printed line everyone.
TEST(BylinesWorld, APrintedBylineNamingMoreThanTheMarkupWins) {
  Article a = extract(R"(<html lang="en"><head><title>NERC caps bills</title><script type="application/ld+json">
{"@type":"NewsArticle","headline":"NERC caps bills","author":{"@type":"Person","name":"Chinedu Okafor-Eze"}}</script>
</head><body><article><h1>NERC caps bills</h1><div class="entry-content"><p><strong>By Chinedu Okafor-Eze &amp;
Halima Yakubu, Abuja</strong></p>)" + para(1) + para(2) + "</div></article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Chinedu Okafor-Eze", "Halima Yakubu"}));
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
}

// The staff's bylines in South Asian scripts name nobody; Chinese and Thai bylines open with
// labels ("本报记者", "文/", "ผู้เขียน", "โดย") before the name; a German job title compound
// between two names is the first one's role.
TEST(BylinesWorld, StaffRolesAndLabelsOfOtherScripts) {
  EXPECT_EQ(with_byline("bn", R"(<div class="byline">নিজস্ব প্রতিবেদক</div>)").authors, Names{});
  EXPECT_EQ(with_byline("en", R"(<div class="byline">Desk Report</div>)").authors, Names{});
  EXPECT_EQ(with_byline("zh", R"(<div class="author-info"><span class="role">本报记者</span> <a href="/byline/lin">林慧敏</a></div>)").authors,
            Names{"林慧敏"});
  EXPECT_EQ(with_byline("zh", R"(<div class="author">文/林慧敏</div>)").authors, Names{"林慧敏"});
  EXPECT_EQ(with_byline("th", R"(<div class="meta-author">ผู้เขียน <a href="/author/s">สุภาวดี ทองคำ</a></div>)").authors,
            Names{"สุภาวดี ทองคำ"});
  EXPECT_EQ(with_byline("th", R"(<div class="meta-author">โดย สุภาวดี ทองคำ</div>)").authors, Names{"สุภาวดี ทองคำ"});
  EXPECT_EQ(with_byline("de", R"(<div class="article__byline">Von <a href="/a/rb">Reto Brunner</a>, Bundeshausredaktor, und <a href="/a/si">Selina Imhof</a></div>)",
                        R"(<meta name="author" content="Reto Brunner, Bundeshausredaktor, und Selina Imhof">)")
                .authors,
            (Names{"Reto Brunner", "Selina Imhof"}));
}

// The r30e pass: Japanese puts 記者 after each name; Persian joins names with the word "و";
// Arabic "كتب" opens a byline in a box named writeBy; a Taiwanese reporter line opens the
// story ("記者林佳慧、陳冠宇／台北報導") and leaves it.
TEST(BylinesWorld, TitlesAfterEachNameJoinsAndReporterLines) {
  EXPECT_EQ(with_byline("ja", R"(<p class="byline">佐藤健一記者、田中美咲記者</p>)").authors, (Names{"佐藤健一", "田中美咲"}));
  EXPECT_EQ(with_byline("fa", R"(<div class="item-author">گزارش: سارا محمدی و رضا کریمی</div>)").authors,
            (Names{"سارا محمدی", "رضا کریمی"}));
  EXPECT_EQ(with_byline("ar", R"(<div class="writeBy">كتب محمد عبد الله وأحمد سامي</div>)").authors,
            (Names{"محمد عبد الله", "أحمد سامي"}));
  Article tw = extract(R"(<html lang="zh-Hant-TW"><head><title>北市路邊停車</title></head><body><article><h1>北市路邊停車擬改階梯式計費</h1>
<div class="story"><p>記者林佳慧、陳冠宇／台北報導</p><p>台北市交通局20日宣布，明年起將在信義、大安、中山等市中心行政區試辦路邊停車階梯式計費，盼提高車位周轉率。</p>
<p>▲信義計畫區路邊停車格一位難求。（圖／記者陳冠宇攝）</p><p>交通局長表示，階梯式計費在日本、新加坡等城市都已實施多年，目的不是多收錢，而是讓車位流動起來。</p></div></article></body></html>)");
  EXPECT_EQ(tw.authors, (Names{"林佳慧", "陳冠宇"}));
  EXPECT_EQ(tw.body.rfind("台北市交通局", 0), 0u) << tw.body;
  EXPECT_EQ(tw.body.find("圖／"), std::string::npos) << tw.body;
}

// What a writer is, after their name: "Staff Software Engineer, Data Platform", "By X,
// University Communications".
TEST(BylinesWorld, JobTitlesAndOfficesAfterTheName) {
  EXPECT_EQ(with_byline("en", R"(<ul class="author-list"><li class="author-card"><a class="author-name" href="/a/w">Wen-Li Huang</a><span class="author-title">Staff Software Engineer, Data Platform</span></li></ul>)").authors,
            Names{"Wen-Li Huang"});
  EXPECT_EQ(with_byline("en", R"(<div class="story-byline"><span class="byline">By <a href="/people/hq">Harriet Quigley</a>, University Communications</span></div>)").authors,
            Names{"Harriet Quigley"});
}

// A mainland paper names its reporters in the lead ("新京报讯（记者张雨晴 李浩然）") and again
// in a closing line ("新京报记者 张雨晴 李浩然"), while its byline slot may hold only the
// paper's name: the writers are the reporters, and the closing line is no story.
TEST(BylinesWorld, AChinesePapersReportersNotItsNameOrClosingLine) {
  Article a = extract(
      "<html lang=\"zh-CN\"><head><title>北京新增社区老年餐桌 | 新京报</title></head><body><h1>北京新增社区老年餐桌</h1>"
      "<div class=\"info\"><span class=\"reporter\">新京报</span><span class=\"timer\">2026-11-20 14:05</span></div>"
      "<div class=\"content\"><p>新京报讯（记者张雨晴 李浩然）11月20日，北京市民政局召开新闻发布会，介绍全市老年助餐服务"
      "体系建设进展。今年以来，北京新增社区老年餐桌216家，全市老年助餐点总数达到2180家。</p>"
      "<p>市民政局养老服务处负责人介绍，对于80岁以上老人、失能老人和低保低收入老人，各区在就餐时给予每餐3元至5元不等的补贴。</p>"
      "<p>中国人民大学老年学研究所教授刘文海认为，老年助餐的关键在于可持续运营。“单靠财政补贴难以长久。”</p>"
      "<p>新京报记者 张雨晴 李浩然</p><p>编辑 刘梦婕 校对 赵琳</p></div></body></html>");
  EXPECT_EQ(a.authors, (Names{"张雨晴", "李浩然"}));
  EXPECT_EQ(a.body.find("新京报记者 张雨晴"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("单靠财政补贴难以长久"), std::string::npos) << a.body;
  // With no reporter named anywhere, the paper stays the author.
  Article b = extract("<html lang=\"zh-CN\"><head><title>Story | 新京报</title></head><body><article><h1>Story</h1>"
                      "<span class=\"reporter\">新京报</span><div class=\"body\">" + para(1) + para(2) +
                      "</div></article></body></html>");
  EXPECT_EQ(b.authors, Names{"新京报"});
}

// Lead-ins, joins and labels of more languages: Hebrew "מאת", Hausa "Daga … da", Welsh "Gan
// … ac" and "ap", a Plone login and Basque "egileak", a typed organisation in lower case, an
// agency named in a meta tag over the site typed as author, Somali "Qoraa:" and Khmer "ដោយ៖".
TEST(BylinesWorld, LeadInsJoinsAndLabelsOfMoreLanguages) {
  // Hebrew "מאת" (by).
  Article he = extract("<html lang=\"he\"><body><article><h1>Globes</h1><div class=\"author\">\xD7\x9E\xD7\x90\xD7\xAA "
                       "\xD7\x90\xD7\x95\xD7\xA8\xD7\x99 \xD7\xA9\xD7\x98\xD7\xA8\xD7\x9F</div>" + kStory + "</article></body></html>");
  EXPECT_EQ(he.authors, (Names{"\xD7\x90\xD7\x95\xD7\xA8\xD7\x99 \xD7\xA9\xD7\x98\xD7\xA8\xD7\x9F"}));
  // Hausa: "Daga" (by), towns after commas, "da" (and) between the names.
  Article ha = extract(R"(<html lang="ha"><body><article><h1>Taki</h1><p>Daga Hadiza Abdullahi, Kano da Yusuf Bala,
    Katsina</p>)" + kStory + "</article></body></html>");
  EXPECT_EQ(ha.authors, (Names{"Hadiza Abdullahi", "Yusuf Bala"}));
  EXPECT_EQ(ha.body.find("Daga"), std::string::npos) << ha.body;
  // Welsh: "Gan" (by), "ac" (and), "ap" (son of) inside a name, and a weekday ("Dydd Mawrth",
  // Tuesday) that is nobody.
  Article cy = extract(R"(<html lang="cy"><body><article><h1>Ysgol</h1><div class="byline">Gan Elin Haf ac Iwan ap
    Gruffudd</div><div class="meta">Dydd Mawrth</div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(cy.authors, (Names{"Elin Haf", "Iwan ap Gruffudd"}));
  Article ap = extract(R"(<html><body><article><h1>Ysgol</h1><div class="byline">By Elin Haf and Iwan ap Gruffudd</div>)" +
                       kStory + "</article></body></html>");
  EXPECT_EQ(ap.authors, (Names{"Elin Haf", "Iwan ap Gruffudd"}));
  // Plone's DC.creator holds the member's login: no name; the byline box (Basque "egileak",
  // authors) names them, joined by "eta" (and). A typed organisation keeps its lower case.
  Article eu = extract(R"(<html><head><meta name="DC.creator" content="jarruabarrena"></head><body><article><h1>Metroa</h1>
    <div class="egileak">Jone Arruabarrena eta Unai Etxeberria</div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(eu.authors, (Names{"Jone Arruabarrena", "Unai Etxeberria"}));
  Article login = extract(R"(<html><head><meta name="DC.creator" content="jarruabarrena"></head><body><article>
    <h1>Metroa</h1>)" + kStory + "</article></body></html>");
  EXPECT_TRUE(login.authors.empty()) << login.authors.front();
  Article typed = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Metroa",
    "author":{"@type":"Organization","name":"kicker"}}</script></head><body><article><h1>Metroa</h1>)" + kStory +
                          "</article></body></html>");
  EXPECT_EQ(typed.authors, (Names{"kicker"}));
  // The site typed as author (its publisher block copied) yields to the agency a meta tag names.
  Article agency = extract(R"(<html><head><meta property="og:site_name" content="NTV"><meta name="articleAuthor"
    content="Anadolu Ajansı"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Gol",
    "author":{"@type":"Organization","name":"NTV"}}</script></head><body><article><h1>Gol</h1>)" + kStory +
                           "</article></body></html>");
  EXPECT_EQ(agency.authors, (Names{"Anadolu Ajansı"}));
  // The same under the Somali "Qoraa:" (writer) and the Khmer "ដោយ៖" (by, with its own colon).
  for (std::string label : {"Qoraa:", "\xE1\x9E\x8A\xE1\x9F\x84\xE1\x9E\x99\xE1\x9F\x96"}) {
    Article so = extract(R"(<html><body><article><div class="entry-meta"><span class="byline">)" + label +
                         R"( <a href="/author/caasimada/">Caasimada Online</a></span></div>)" + kStory + "</article></body></html>");
    EXPECT_EQ(so.authors, (Names{"Caasimada Online"})) << label;
  }
}

TEST(BylinesWorld, AKoreanStorySignedWithTheReportersAddress) {
  Article a = extract("<html><body><article><h1>\xEC\x8B\x9C\xEC\x9E\xA5</h1>" + kStory +
                      "<p>\xEA\xB9\x80\xEC\xA7\x80\xED\x9B\x88 \xEA\xB8\xB0\xEC\x9E\x90 jhkim@example.co.kr</p></article>"
                      "</body></html>");
  EXPECT_EQ(a.authors, (Names{"\xEA\xB9\x80\xEC\xA7\x80\xED\x9B\x88"}));  // 김지훈
  EXPECT_EQ(a.body.find("jhkim@"), std::string::npos) << a.body;
}

// The r38e pass.
TEST(BylinesWorld, AChineseBylinesLabelledPartsAndAKoreanHeadersDetails) {
  // 报道：林佩珊　摄影：黄志强 (reported by ..., photographed by ...): the writer only.
  Article zh = with_byline("zh-Hans", "<div class=\"article-byline\"><span>\xE6\x8A\xA5\xE9\x81\x93\xEF\xBC\x9A"
                                      "\xE6\x9E\x97\xE4\xBD\xA9\xE7\x8F\x8A</span>\xE3\x80\x80<span>\xE6\x91\x84\xE5\xBD\xB1"
                                      "\xEF\xBC\x9A\xE9\xBB\x84\xE5\xBF\x97\xE5\xBC\xBA</span></div>");
  EXPECT_EQ(zh.authors, Names({"\xE6\x9E\x97\xE4\xBD\xA9\xE7\x8F\x8A"}));
  // A Korean CMS's header: the title in a <div>, the details as list items (reporter,
  // entered, edited, comment count); none of it is the story.
  Article ko = extract("<html lang=\"ko\"><head><meta property=\"og:title\" content=\"\xEC\x98\xA4\xEC\xB0\xBD "
                       "\xEC\x86\x8C\xEC\x9E\xAC\xEA\xB8\xB0\xEC\x97\x85, 1200\xEC\x96\xB5 \xEB\x93\xA4\xEC\x97\xAC "
                       "\xEA\xB3\xB5\xEC\x9E\xA5 \xEC\xA6\x9D\xEC\x84\xA4\"></head><body><section><header>"
                       "<div class=\"article-head-title\">\xEC\x98\xA4\xEC\xB0\xBD \xEC\x86\x8C\xEC\x9E\xAC\xEA\xB8\xB0"
                       "\xEC\x97\x85, 1200\xEC\x96\xB5 \xEB\x93\xA4\xEC\x97\xAC \xEA\xB3\xB5\xEC\x9E\xA5 "
                       "\xEC\xA6\x9D\xEC\x84\xA4</div><ul class=\"infomation\"><li>\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80 "
                       "\xEA\xB8\xB0\xEC\x9E\x90</li><li>\xEB\x8C\x93\xEA\xB8\x80 0</li></ul></header>"
                       "<div class=\"article-body\">" + para(1) + para(2) + para(3) + "</div></section></body></html>");
  EXPECT_EQ(ko.authors, Names({"\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80"}));  // 김민준
  EXPECT_EQ(ko.body.rfind("Paragraph 1", 0), 0u) << ko.body;
}

TEST(BylinesWorld, JapaneseKoreanAndTaiwaneseJoinsAndThePhotographer) {
  // 田中健一・中村美咲: two writers in kanji joined by a middle dot.
  EXPECT_EQ(with_byline("ja", "<p class=\"byline\">\xE7\x94\xB0\xE4\xB8\xAD\xE5\x81\xA5\xE4\xB8\x80\xE3\x83\xBB"
                              "\xE4\xB8\xAD\xE6\x9D\x91\xE7\xBE\x8E\xE5\x92\xB2</p>").authors,
            Names({"\xE7\x94\xB0\xE4\xB8\xAD\xE5\x81\xA5\xE4\xB8\x80", "\xE4\xB8\xAD\xE6\x9D\x91\xE7\xBE\x8E\xE5\x92\xB2"}));
  // 文／林佳蓉　圖／陳冠宇 (text by, pictures by): the writer.
  EXPECT_EQ(with_byline("zh-Hant", "<p class=\"byline\">\xE6\x96\x87\xEF\xBC\x8F\xE6\x9E\x97\xE4\xBD\xB3\xE8\x93\x89"
                                   "\xE3\x80\x80\xE5\x9C\x96\xEF\xBC\x8F\xE9\x99\xB3\xE5\x86\xA0\xE5\xAE\x87</p>").authors,
            Names({"\xE6\x9E\x97\xE4\xBD\xB3\xE8\x93\x89"}));
  // 김민수, 이지은 기자 / 기자 김민수, 이지은 / 기자명 김민수·이지은 기자: two reporters, in order.
  const Names two{"\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98", "\xEC\x9D\xB4\xEC\xA7\x80\xEC\x9D\x80"};
  EXPECT_EQ(with_byline("ko", "<div class=\"byline\">\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98, \xEC\x9D\xB4\xEC\xA7\x80"
                              "\xEC\x9D\x80 \xEA\xB8\xB0\xEC\x9E\x90</div>").authors, two);
  EXPECT_EQ(with_byline("ko", "<div class=\"byline\">\xEA\xB8\xB0\xEC\x9E\x90 \xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98, "
                              "\xEC\x9D\xB4\xEC\xA7\x80\xEC\x9D\x80</div>").authors, two);
  EXPECT_EQ(with_byline("ko", "<ul class=\"infomation\"><li>\xEA\xB8\xB0\xEC\x9E\x90\xEB\xAA\x85 \xEA\xB9\x80\xEB\xAF\xBC"
                              "\xEC\x88\x98\xC2\xB7\xEC\x9D\xB4\xEC\xA7\x80\xEC\x9D\x80 \xEA\xB8\xB0\xEC\x9E\x90</li></ul>").authors,
            two);
  // "By Olena Hrytsenko in Kyiv": where she filed from is no name.
  EXPECT_EQ(with_byline("en", "<p class=\"byline\">By Olena Hrytsenko in Kyiv</p>").authors, Names({"Olena Hrytsenko"}));
  // Structured data lists the photographer the byline credits as such.
  EXPECT_EQ(with_byline("sv", "<div class=\"article-byline\">Av <a href=\"/av/kl\">Karin Lindqvist</a> och <a "
                              "href=\"/av/ja\">Johan \xC3\x85kerstr\xC3\xB6m</a> <span>Foto: Olle Bergstr\xC3\xB6m</span></div>",
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\","
                        "\"name\":\"Karin Lindqvist\"},{\"@type\":\"Person\",\"name\":\"Johan \xC3\x85kerstr\xC3\xB6m\"},"
                        "{\"@type\":\"Person\",\"name\":\"Olle Bergstr\xC3\xB6m\"}]}</script>")
                .authors,
            Names({"Karin Lindqvist", "Johan \xC3\x85kerstr\xC3\xB6m"}));
}

TEST(BylinesWorld, ButtonsDesksAndAWriterWhoTookThePhotosToo) {
  // 기자 제보 (send a tip), 기자 구독 (follow the reporter): a Korean site's buttons.
  EXPECT_TRUE(with_byline("ko", "<ul class=\"util\"><li>\xEA\xB8\xB0\xEC\x9E\x90 \xEC\xA0\x9C\xEB\xB3\xB4</li><li>"
                                "\xEA\xB8\xB0\xEC\x9E\x90 \xEA\xB5\xAC\xEB\x8F\x85</li></ul>").authors.empty());
  // 経済部・佐藤健一: the economics desk, then the writer.
  EXPECT_EQ(with_byline("ja", "<p class=\"byline\">\xE7\xB5\x8C\xE6\xB8\x88\xE9\x83\xA8\xE3\x83\xBB\xE4\xBD\x90\xE8\x97\xA4"
                              "\xE5\x81\xA5\xE4\xB8\x80</p>").authors,
            Names({"\xE4\xBD\x90\xE8\x97\xA4\xE5\x81\xA5\xE4\xB8\x80"}));
  // "Text och foto: Anna Svensson": she wrote it too.
  EXPECT_EQ(with_byline("sv", "<div class=\"byline\">Text och foto: Anna Svensson</div>",
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":"
                        "\"Person\",\"name\":\"Anna Svensson\"},{\"@type\":\"Person\",\"name\":\"Erik Berg\"}]}</script>")
                .authors,
            Names({"Anna Svensson", "Erik Berg"}));
}

TEST(BylinesWorld, RomanianFinnishAndBalticJoinsBetweenNames) {
  // A printed byline naming two writers beside JSON-LD naming one: both, joined by
  // Romanian "și", Finnish/Estonian "ja", Lithuanian "ir", Latvian "un".
  for (std::string join : {"\xC8\x99i", "ja", "ir", "un"}) {
    Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Energie",
      "author":{"@type":"Person","name":"Andrei Popescu"}}</script></head><body><article><h1>Energie</h1>
      <span class="byline">de <span class="author"><a href="/author/andrei-popescu">Andrei Popescu</a></span> )" + join +
                        R"( <span class="author"><a href="/author/ioana-marinescu">Ioana Marinescu</a></span></span>)" +
                        kStory + "</article></body></html>");
    EXPECT_EQ(a.authors, (Names{"Andrei Popescu", "Ioana Marinescu"})) << join;
  }
}

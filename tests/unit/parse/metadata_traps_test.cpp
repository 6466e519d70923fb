// Authors and dates where pages make them hard: bylines in Arabic and Swahili, the site's
// clock over the story, a ticker of times, readers' talkbacks, source lines and fact boxes.
#include <gtest/gtest.h>

#include "extract_page.hpp"

using newsarchive::Article;
using newsarchive::parse_test::extract;
using newsarchive::parse_test::has;
using newsarchive::parse_test::para;

TEST(MetadataTraps, ArabicBylineLabelAndJoinedNames) {
  // "كتب: محمود الشاذلي ومنى عبدالرحمن" ("Wrote: ... and ..."); "وليد" opens with the same letter.
  Article a = extract("<html lang=\"ar\"><body><article><h1>\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87</h1>"
                      "<div class=\"byline\">\xD9\x83\xD8\xAA\xD8\xA8: \xD9\x85\xD8\xAD\xD9\x85\xD9\x88\xD8\xAF "
                      "\xD8\xA7\xD9\x84\xD8\xB4\xD8\xA7\xD8\xB0\xD9\x84\xD9\x8A \xD9\x88\xD9\x85\xD9\x86\xD9\x89 "
                      "\xD8\xB9\xD8\xA8\xD8\xAF\xD8\xA7\xD9\x84\xD8\xB1\xD8\xAD\xD9\x85\xD9\x86</div>" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"\xD9\x85\xD8\xAD\xD9\x85\xD9\x88\xD8\xAF \xD8\xA7\xD9\x84\xD8\xB4\xD8\xA7\xD8\xB0\xD9\x84\xD9\x8A",
                                                 "\xD9\x85\xD9\x86\xD9\x89 \xD8\xB9\xD8\xA8\xD8\xAF\xD8\xA7\xD9\x84\xD8\xB1\xD8\xAD\xD9\x85\xD9\x86"}));
  Article one = extract("<html lang=\"ar\"><body><article><h1>\xD9\x85\xD9\x8A\xD8\xA7\xD9\x87</h1>"
                        "<div class=\"byline\">\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xD9\x88\xD9\x84\xD9\x8A\xD8\xAF</div>" +  // محمد وليد
                        para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(one.authors.size(), 1u);
}

TEST(MetadataTraps, SwahiliByLineOpensTheStory) {
  Article a = extract("<html lang=\"sw\"><body><article><h1>Serikali yatenga fedha za maji</h1>"
                      "<p><strong>NA JUMA MRISHO NA NEEMA LYIMO, DODOMA</strong></p>" + para(1) + para(2) +
                      "</article></body></html>");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_FALSE(has(a.body, "MRISHO")) << a.body;
}

TEST(MetadataTraps, TheSitesClockAndATickerOfTimesAreNotTheStorysDate) {
  Article a = extract("<html><body><div class=\"jeg_topbar\"><div class=\"jeg_top_date\">Sunday, November 22, 2026</div></div>"
                      "<div class=\"ticker\"><ul><li><span class=\"time\">16:05</span> A</li><li><span class=\"time\">15:48</span> B</li>"
                      "<li><span class=\"time\">15:30</span> C</li><li><span class=\"time\">15:02</span> D</li>"
                      "<li><span class=\"time\">14:40</span> E</li></ul></div>"
                      "<div class=\"story\"><h1>Water cuts in eastern villages</h1><div class=\"pubdate\">Saturday 14-11-2026 19:42</div>" +
                      para(1) + para(2) + "</div></body></html>");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->substr(0, 10), "2026-11-14");
  // A "top strip" over the logo prints the reader's day too, in the page's language.
  Article s = extract("<html lang=\"so\"><body><div class=\"top-strip\"><span class=\"top-strip__date\">Talaado, Agoosto "
                      "20, 2024</span></div><article><h1>Waddada Wadnaha</h1><div class=\"entry-meta\"><span "
                      "class=\"posted-on\">Isniin, Agoosto 19, 2024</span></div>" + para(1) + para(2) + "</article></body></html>");
  ASSERT_TRUE(s.published);
  EXPECT_EQ(s.published->substr(0, 10), "2024-08-19");
  // "usatoday" is a name, not today's date.
  Article b = extract("<html><body><div class=\"usatoday-header\"><span class=\"date\">March 3, 2024</span></div>"
                      "<article><h1>Storm</h1>" + para(1) + para(2) + "</article></body></html>");
  ASSERT_TRUE(b.published);
  EXPECT_EQ(b.published->substr(0, 10), "2024-03-03");
}

TEST(MetadataTraps, TalkbacksAreReadersComments) {
  Article a = extract("<html lang=\"he\"><body><article><h1>Grant for reservists</h1>" + para(1) + para(2) +
                      "<section class=\"talkbacks\"><h3>Talkbacks (12)</h3><div class=\"tb\"><b>1. Finally</b> "
                      "<span class=\"tb-author\">Yossi, Ramat Gan</span> <time>13/11/2026 01:02</time>"
                      "<p>Better late than never, but it is far too little for what the families went through.</p></div>"
                      "</section></article></body></html>");
  EXPECT_TRUE(a.authors.empty());
  EXPECT_FALSE(a.published);
  EXPECT_FALSE(has(a.body, "Better late")) << a.body;
}

TEST(MetadataTraps, SourceLinesAndPublishedLabelsOfPersianAndArabicPages) {
  // "تاریخ انتشار: ۲۴ آبان ۱۴۰۵ - ۱۰:۱۲" (publication date, Solar Hijri) under the site's
  // clock, and the closing "منبع: گاردین" (source: the Guardian).
  Article a = extract("<html lang=\"fa\"><body><div class=\"top-bar\"><span class=\"fa-date\">"
                      "\xDB\x8C\xDA\xA9\xD8\xB4\xD9\x86\xD8\xA8\xD9\x87 \xDB\xB1 \xD8\xA2\xD8\xB0\xD8\xB1 \xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB5</span></div>"
                      "<div class=\"item\"><h1>Kamiyama</h1><span class=\"date\">\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE "
                      "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB1: \xDB\xB2\xDB\xB4 \xD8\xA2\xD8\xA8\xD8\xA7\xD9\x86 "
                      "\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB5 - \xDB\xB1\xDB\xB0:\xDB\xB1\xDB\xB2</span>" +
                      para(1) + para(2) + "<p>\xD9\x85\xD9\x86\xD8\xA8\xD8\xB9: \xDA\xAF\xD8\xA7\xD8\xB1\xD8\xAF\xDB\x8C\xD9\x86</p>"
                      "</div></body></html>");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->substr(0, 16), "2026-11-15T10:12");
  EXPECT_FALSE(has(a.body, "\xD9\x85\xD9\x86\xD8\xA8\xD8\xB9")) << a.body;
}

TEST(MetadataTraps, AFactBoxOfLabelledFiguresIsTheStorys) {
  Article a = extract("<html><body><article><h1>Road budget</h1>" + para(1) +
                      "<ul><li>Roads: 214</li><li>Bridges: 26</li><li>Budget: 85 million dollars by 2027</li></ul>" +
                      para(2) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Roads: 214")) << a.body;
  EXPECT_TRUE(has(a.body, "Bridges: 26")) << a.body;
}

// A UTC stamp and the local time the page prints in a span of a hashed class name (CSS in
// JS says nothing by its classes): the printed time gives the offset, so the day is Mar 4.
TEST(MetadataTraps, AUtcStampTakesTheOffsetOfAStampInAnyPlainElement) {
  Article a = extract(R"(<html lang="en"><head><title>Council approves plan</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves plan",
"datePublished":"2025-03-05T02:45:00Z"}</script></head><body><article><h1>Council approves plan</h1>
<div class="byline">By Jane Roe</div><div class="VZTD"><span class="xAPpq">March 4, 2025, 9:45 PM</span></div>)" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2025-03-04T21:45:00-05:00");
}

// A Croatian page's "listopada" is October (Polish and Czech use the word for November).
TEST(MetadataTraps, ACroatianPagesListopadIsOctober) {
  Article a = extract(R"(<html lang="hr"><head><title>Splitska luka</title></head><body><article>
<h1>Splitska luka dobiva novi terminal</h1><div class="item__date">Objavljeno: 23. listopada 2026. u 09:14</div>
<div class="item__updated">Aktualizirano: 24. listopada 2026. u 07:30</div>)" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2026-10-23T09:14:00");
  EXPECT_EQ(a.modified.value_or(""), "2026-10-24T07:30:00");
}

// A stamp row in spans with no class, labelled in Turkish: "Giriş Tarihi" opens the published
// stamp, "Son Güncelleme" the update; neither is the story's text.
TEST(MetadataTraps, LabelledStampsInPlainSpansGiveBothDates) {
  Article a = extract(R"(<html lang="tr"><body><div class="newsDetail"><h1>Asgari ücret</h1>
<div class="info"><div class="dateInfo"><span>Giriş Tarihi: 21.11.2026 14:32</span>
<span>Son Güncelleme: 22.11.2026 09:10</span></div></div><div class="newsBox">)" +
                      para(1) + para(2) + para(3) + "</div></div></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2026-11-21T14:32:00");
  EXPECT_EQ(a.modified.value_or(""), "2026-11-22T09:10:00");
  EXPECT_FALSE(has(a.body, "Tarihi")) << a.body;
}

// The site's header prints the reader's day; the story's own date line is under its title.
// A site header holding the story's title is the story's header, and its date counts.
TEST(MetadataTraps, TheSiteHeadersDateIsTheReadersDay) {
  Article a = extract(R"(<html lang="en"><body><header id="header"><div class="header-date"><span>Tuesday, August 13, 2024</span></div></header>
<article><h1>Handicrafts exports up 14% in four months</h1><div class="item-date">August 11, 2024 - 21:44</div>)" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.published.value_or("").substr(0, 10), "2024-08-11");
  Article b = extract(R"(<html lang="en"><body><header class="header"><h1>Handicrafts exports up 14% in four months</h1>
<div class="date">August 11, 2024</div></header><div class="text">)" +
                      para(1) + para(2) + "</div></body></html>");
  EXPECT_EQ(b.published.value_or(""), "2024-08-11");
}

// A byline element that prints the date after the name ("Hossam Rabie , Sunday 11 Aug 2024").
TEST(MetadataTraps, ADateInsideTheByline) {
  Article a = extract(R"(<html lang="en"><body><article><h1>Egypt signs solar deals</h1>
<div class="like-bar"><span id="ContentPlaceHolder1_divByLine">Hossam Rabie , Sunday 11 Aug 2024</span></div>)" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2024-08-11");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Hossam Rabie"});
}

// A UTC stamp whose page prints only the day: the instant on that day. A printed update time
// at Nepal's +05:45 gives the update's offset.
TEST(MetadataTraps, AUtcStampOnTheDayTheDateLinePrints) {
  Article a = extract(R"(<html lang="en"><head><title>Teachers threaten protest</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Teachers threaten protest",
"datePublished":"2024-05-11T23:45:00.000Z","dateModified":"2024-05-13T01:50:00.000Z"}</script></head><body><article>
<h1>Teachers threaten protest</h1><div class="updated-time"><div>Published at : May 12, 2024</div>
<div>Updated at : May 13, 2024 07:35</div></div>)" +
                      para(1) + para(2) + "</article></body></html>",
                      "https://example-post.com/national/teachers");
  EXPECT_EQ(a.published.value_or("").substr(0, 10), "2024-05-12");
  EXPECT_EQ(a.modified.value_or(""), "2024-05-13T07:35:00+05:45");
}

// Thai stamps: "เผยแพร่" (published) and "อัปเดตล่าสุด" (last updated) in one element, with
// Buddhist-era years; nine Thai letters take as many bytes as 27 Latin ones.
TEST(MetadataTraps, AThaiPublishedAndUpdatedPair) {
  Article a = extract(R"(<html lang="th"><body><article><h1>น้ำป่าทะลักท่วมเวียงสา</h1>
<div class="udsg__meta-date"><span>เผยแพร่ 11 ส.ค. 2567 - 14:30 น.</span><span>อัปเดตล่าสุด 12 ส.ค. 2567 - 08:10 น.</span></div>)" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2024-08-11T14:30:00");
  EXPECT_EQ(a.modified.value_or(""), "2024-08-12T08:10:00");
}

// An Urdu date with the Arabic comma; a visible "11:50 PM" beside a UTC stamp gives Santiago's
// offset.
TEST(MetadataTraps, UrduMonthsAndAnAmPmTimeBesideAUtcStamp) {
  Article a = extract(R"(<html lang="ur"><body><article><h1>بجٹ</h1><div class="detail-time"><span class="detail-date">13 مئی ، 2024</span></div>)" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2024-05-13");
  Article b = extract(R"(<html lang="es"><head><meta property="article:published_time" content="2025-06-15T03:50:00.118Z"></head>
<body><article><h1>La productividad que no llega</h1>
<time class="article-head__date" datetime="2025-06-15T03:50:00.118Z">14 JUN 2025 11:50 PM</time>)" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(b.published.value_or(""), "2025-06-14T23:50:00-04:00");
}

// Microdata authors of readers' comments (schema.org/Comment items under the story) are not
// the story's.
TEST(MetadataTraps, MicrodataAuthorsOfCommentsAreNotTheStorys) {
  Article a = extract(R"(<html lang="en"><body><article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">NWC expands water restrictions</h1>
<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Shanique Barrett</span></div>
<div itemprop="articleBody">)" + para(1) + para(2) + R"(</div><section class="talk"><h3>Comments</h3>
<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Sister P</span><p itemprop="text">Harbour View has been suffering.</p></div>
</section></article></body></html>)");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Shanique Barrett"});
}

// The r30e pass: Drupal's "Tue, 03/04/2025 - 19:30" is 4 March (the weekday settles the order);
// a UTC stamp takes the day "Published Mar 04, 2025" prints even under a byline that a date
// element's name also matches; "Data actualizării:" is Romanian's update; a stamp row whose
// parts run together ("14:05Aktualizacja: …") is no body.
TEST(MetadataTraps, WeekdaysLocalDaysAndGluedStampRows) {
  Article a = extract(R"(<html lang="en"><head><meta property="article:published_time" content="Tue, 03/04/2025 - 19:30"></head>
<body><article><h1>County board approves budget</h1>)" + para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.published.value_or("").substr(0, 10), "2025-03-04");
  Article b = extract(R"(<html lang="en-CA"><head><meta property="article:published_time" content="2025-03-05T00:45:12+00:00"></head>
<body><article><h1>Ontario overpaid for land</h1><div class="byline">By <a href="/author/s">Shanelle Tremblay</a></div>
<div class="dates"><span>Published Mar 04, 2025</span> &bull; <span>Last updated Mar 05, 2025</span></div>)" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(b.published.value_or("").substr(0, 10), "2025-03-04");
  Article c = extract(R"(<html lang="ro"><body><article><h1>Cod galben de ninsori</h1>
<div class="date-meta"><span>Data publicării: 20.11.2026 14:05</span> <span>Data actualizării: 21.11.2026 07:50</span></div>)" +
                      para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(c.modified.value_or("").substr(0, 10), "2026-11-21");
  Article d = extract(R"(<html lang="pl"><body><article><div class="article-top"><h1>Smog w Krakowie</h1>
<div class="article-top-bar"><time>20 listopada 2026, 14:05</time><span>Aktualizacja: 21 listopada 2026, 08:30</span></div></div>
<div class="content">)" + para(1) + para(2) + "</div></article></body></html>");
  EXPECT_EQ(d.body.rfind("Paragraph 1", 0), 0u) << d.body;
}

// An article node whose class reads as furniture ("node--promoted", Drupal's "promoted to the
// front page") beside a list of links: the links are no story, so the rules that spare prose
// find the article.
TEST(MetadataTraps, AFurnitureNamedArticleBesideALinkListStillGivesTheStory) {
  Article a = extract(R"(<html lang="en"><body><main><article class="node node--type-article node--promoted node--view-mode-full">
<h1>Vacant property tax to be extended</h1><div class="field field--name-body">)" +
                      para(1) + para(2) + para(3) + R"(</div></article><section class="block block-views"><h2>More in this section</h2><ul>
<li><a href="/news/1">Taoiseach defends pace of childcare reforms in Dáil clash</a></li>
<li><a href="/news/2">Cork man dies following single-vehicle crash in West Cork</a></li>
<li><a href="/news/3">Met Éireann issues status yellow rain warning for Munster</a></li>
<li><a href="/news/4">Munster confirm squad for crucial URC clash in Pretoria</a></li></ul></section></main></body></html>)");
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  EXPECT_FALSE(has(a.body, "Taoiseach")) << a.body;
}

// The r31e pass: a URL built from the UTC day ("/2026/11/23/") does not beat the page's stamp of
// 21:40 on the 22nd in New York; an agency's name as a byline part does not take its writers'
// credit line out of the story; a data table in a <figure> is the story's.
TEST(MetadataTraps, UtcDayUrlsAgencyBylinesAndFigureTables) {
  Article a = extract(R"(<html lang="en"><body><article><h1>Warehouse collapses at distillery</h1>
<time datetime="2026-11-22T21:40:00-05:00">Nov. 22, 2026</time>)" +
                      para(1) + para(2) + "</article></body></html>",
                      "https://www.example-tv.com/2026/11/23/warehouse-collapses/");
  EXPECT_EQ(a.published.value_or("").substr(0, 10), "2026-11-22");
  Article b = extract(R"(<html lang="en"><body><article><h1>Warehouse collapses at distillery</h1>
<div class="byline"><span class="author-name">By Marcus Oyelaran</span> <span class="author-org">Associated Press</span></div>)" +
                      para(1) + para(2) +
                      "<p>Associated Press writer Dana Whitcomb in Frankfort, Kentucky, contributed to this report.</p></article></body></html>");
  EXPECT_TRUE(has(b.body, "contributed to this report")) << b.body;
  Article c = extract(R"(<html lang="en"><body><article><h1>Radium found along roads</h1>)" + para(1) +
                      R"(<figure class="wp-block-table"><table><tr><th>County</th><th>Sites</th></tr>
<tr><td>Venango County</td><td>12</td></tr></table></figure>)" + para(2) + "</article></body></html>");
  EXPECT_TRUE(has(c.body, "Venango County")) << c.body;
}

// A docs page's meta row states only the update: "Edit this page Last updated on Aug 19, 2024"
// gives no publication date.
TEST(MetadataTraps, AMetaRowWithOnlyAnUpdateGivesNoPublishedDate) {
  Article a = extract(R"(<html lang="en"><body><article><h1>Retention policies</h1>)" + para(1) + para(2) +
                      R"(<div class="row footer-edit-meta-row"><a href="/edit">Edit this page</a>
<span>Last updated on <b><time datetime="2024-08-19T16:42:07.000Z" itemprop="dateModified">Aug 19, 2024</time></b></span></div>
</article></body></html>)");
  EXPECT_FALSE(a.published) << *a.published;
  EXPECT_EQ(a.modified.value_or("").substr(0, 10), "2024-08-19");
}

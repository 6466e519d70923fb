// How pages in other scripts and languages print their bylines, labels and furniture:
// wire datelines naming the reporters, Chinese names parted by spaces, labels above the
// headline that end in a letter of another script, reading times in words, tag rows.
#include <gtest/gtest.h>

#include "extract_page.hpp"

namespace newsarchive::parse_test {
namespace {

using Names = std::vector<std::string>;

std::string story_page(const std::string& head, const std::string& header, const std::string& body,
                       const std::string& after = "") {
  return "<html><head>" + head + "</head><body><nav><a href='/'>Home</a><a href='/world'>World</a></nav><main>"
         "<article><div class='article-header'>" + header + "</div><div class='article-body'>" + body +
         "</div>" + after + "</article></main><footer>Footer links</footer></body></html>";
}

const std::string kChineseBody =
    "<p>\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE\xE5\x8C\x97\xE4\xBA\xAC" "4\xE6\x9C\x88" "25\xE6\x97\xA5\xE7\x94\xB5"
    "\xEF\xBC\x88\xE8\xAE\xB0\xE8\x80\x85\xE5\x88\x98\xE6\x80\x9D\xE8\xBF\x9C\xE3\x80\x81\xE5\x91\xA8\xE9\x9B\xA8"
    "\xE6\xAC\xA3\xEF\xBC\x89"  // 新华社北京4月25日电（记者刘思远、周雨欣）
    "\xE8\xAE\xB0\xE8\x80\x85\xE4\xBB\x8E\xE5\x9B\xBD\xE9\x93\x81\xE9\x9B\x86\xE5\x9B\xA2\xE8\x8E\xB7\xE6\x82\x89"
    "\xEF\xBC\x8C\xE4\xBB\x8A\xE5\xB9\xB4\xE5\x81\x87\xE6\x9C\x9F\xE9\x93\x81\xE8\xB7\xAF\xE8\xBF\x90\xE8\xBE\x93"
    "\xE5\xB0\x86\xE6\x8C\x81\xE7\xBB\xAD\xE5\x85\xAB\xE5\xA4\xA9\xE3\x80\x82</p>"
    "<p>\xE5\x85\xA8\xE5\x9B\xBD\xE9\x93\x81\xE8\xB7\xAF\xE9\xA2\x84\xE8\xAE\xA1\xE5\x8F\x91\xE9\x80\x81\xE6\x97\x85"
    "\xE5\xAE\xA2\xE4\xB8\x80\xE4\xBA\xBF\xE4\xBA\x94\xE5\x8D\x83\xE4\xB8\x87\xE4\xBA\xBA\xE6\xAC\xA1\xEF\xBC\x8C"
    "\xE6\x97\xA5\xE5\x9D\x87\xE4\xB8\x80\xE5\x8D\x83\xE5\x85\xAB\xE7\x99\xBE\xE4\xB8\x87\xE4\xBA\xBA\xE6\xAC\xA1"
    "\xE3\x80\x82</p>";

const std::string kLiu = "\xE5\x88\x98\xE6\x80\x9D\xE8\xBF\x9C", kZhou = "\xE5\x91\xA8\xE9\x9B\xA8\xE6\xAC\xA3";

TEST(WireReporters, ChineseAgencyDatelineNamesTheReporters) {
  Article a = extract(story_page("<title>Story</title><meta name='author' content='Xinhua'>",
                                 "<h1>\xE9\x93\x81\xE8\xB7\xAF\xE5\x81\x87\xE6\x9C\x9F</h1>", kChineseBody));
  EXPECT_EQ(a.authors, (Names{kLiu, kZhou}));
  EXPECT_TRUE(has(a.body, "\xE8\xAE\xB0\xE8\x80\x85\xE5\x88\x98"));  // the dateline stays in the body
}

TEST(WireReporters, JapaneseBracketDatelineNamesTheReporter) {
  const std::string body =
      "<p>\xE3\x80\x90\xE4\xB8\x8A\xE6\xB5\xB7=\xE7\x94\xB0\xE4\xB8\xAD\xE9\x99\xBD\xE4\xBB\x8B\xE3\x80\x91"  // 【上海=田中陽介】
      "\xE4\xB8\xAD\xE5\x9B\xBD\xE3\x81\xAE\xE9\x9B\xBB\xE6\xB1\xA0\xE5\xA4\xA7\xE6\x89\x8B\xE3\x81\xAF" "18\xE6\x97\xA5"
      "\xE3\x80\x81\xE6\x96\xB0\xE5\xB7\xA5\xE5\xA0\xB4\xE3\x82\x92\xE5\xBB\xBA\xE8\xA8\xAD\xE3\x81\x99\xE3\x82\x8B"
      "\xE3\x81\xA8\xE7\x99\xBA\xE8\xA1\xA8\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\xE6\x8A\x95\xE8\xB3\x87\xE9\xA1\x8D"
      "\xE3\x81\xAF\xE7\xB4\x84" "40\xE5\x84\x84\xE3\x83\xA6\xE3\x83\xBC\xE3\x83\xAD\xE3\x81\xA0\xE3\x80\x82</p>"
      "<p>\xE6\x96\xB0\xE5\xB7\xA5\xE5\xA0\xB4\xE3\x81\xAE\xE5\xB9\xB4\xE9\x96\x93\xE7\x94\x9F\xE7\x94\xA3\xE8\x83"
      "\xBD\xE5\x8A\x9B\xE3\x81\xAF" "40\xE3\x82\xAE\xE3\x82\xAC\xE3\x83\xAF\xE3\x83\x83\xE3\x83\x88\xE6\x99\x82\xE3"
      "\x82\x92\xE8\xA8\x88\xE7\x94\xBB\xE3\x81\x99\xE3\x82\x8B\xE3\x80\x82</p>";
  Article a = extract(story_page("<title>Story</title><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                                 "\"headline\":\"Story\",\"author\":{\"@type\":\"Organization\",\"name\":\"Nikkei\"}}"
                                 "</script>",
                                 "<h1>Story</h1>", body));
  EXPECT_EQ(a.authors, (Names{"\xE7\x94\xB0\xE4\xB8\xAD\xE9\x99\xBD\xE4\xBB\x8B"}));
}

TEST(WireReporters, KoreanAgencyDatelineNamesTheReporter) {
  const std::string body =
      "<p>(\xEC\x84\x9C\xEC\x9A\xB8=\xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4) "  // (서울=연합뉴스)
      "\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80 \xEA\xB8\xB0\xEC\x9E\x90 = "              // 김민준 기자 =
      "\xEC\xA0\x95\xEB\xB6\x80\xEB\x8A\x94 \xEC\x98\xA4\xEB\x8A\x98 \xEC\x83\x88 \xEC\xA0\x95\xEC\xB1\x85\xEC\x9D\x84 "
      "\xEB\xB0\x9C\xED\x91\x9C\xED\x96\x88\xEB\x8B\xA4. \xEC\xA0\x95\xEB\xB6\x80\xEB\x8A\x94 \xEC\x98\xA4\xEB\x8A\x98 "
      "\xEC\x83\x88 \xEC\xA0\x95\xEC\xB1\x85\xEC\x9D\x84 \xEB\xB0\x9C\xED\x91\x9C\xED\x96\x88\xEB\x8B\xA4.</p>" +
      para(2) + para(3);
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", body));
  EXPECT_EQ(a.authors, (Names{"\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80"}));
}

TEST(WireReporters, TaiwaneseAgencyDatelineRunsTheLastNameIntoThePlace) {
  // （中央社記者陳家倫、林育瑄台北14日電）: two reporters, then Taipei and the day.
  const std::string body =
      "<p>\xEF\xBC\x88\xE4\xB8\xAD\xE5\xA4\xAE\xE7\xA4\xBE\xE8\xA8\x98\xE8\x80\x85\xE9\x99\xB3\xE5\xAE"
      "\xB6\xE5\x80\xAB\xE3\x80\x81\xE6\x9E\x97\xE8\x82\xB2\xE7\x91\x84\xE5\x8F\xB0\xE5\x8C\x97" "14"
      "\xE6\x97\xA5\xE9\x9B\xBB\xEF\xBC\x89" + kChineseBody.substr(kChineseBody.find("\xE8\xAE\xB0\xE8\x80\x85\xE4\xBB\x8E"));
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", body));
  EXPECT_EQ(a.authors, (Names{"\xE9\x99\xB3\xE5\xAE\xB6\xE5\x80\xAB", "\xE6\x9E\x97\xE8\x82\xB2\xE7\x91\x84"}));
}

TEST(WireReporters, AStoryOpeningWithABracketAndNoReporterNamesNobody) {
  // 【この記事のポイント】: a heading in brackets, no "place = reporter".
  const std::string body = "<p>\xE3\x80\x90\xE3\x83\x9D\xE3\x82\xA4\xE3\x83\xB3\xE3\x83\x88\xE3\x80\x91" + para(1).substr(3) +
                           para(2) + para(3);
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", body));
  EXPECT_TRUE(a.authors.empty());
}

TEST(WireReporters, TaiwanesePaperAndJapaneseSignOffNameTheReporters) {
  // 〔記者林佳蓉、陳志豪／台北報導〕 opens the story.
  const std::string ltn = "<p>\xE3\x80\x94\xE8\xA8\x98\xE8\x80\x85\xE6\x9E\x97\xE4\xBD\xB3\xE8\x93\x89\xE3\x80"
                          "\x81\xE9\x99\xB3\xE5\xBF\x97\xE8\xB1\xAA\xEF\xBC\x8F\xE5\x8F\xB0\xE5\x8C\x97\xE5\xA0"
                          "\xB1\xE5\xB0\x8E\xE3\x80\x95" + kChineseBody.substr(kChineseBody.find("\xE8\xAE\xB0\xE8\x80\x85\xE4\xBB\x8E"));
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", ltn));
  EXPECT_EQ(a.authors, (Names{"\xE6\x9E\x97\xE4\xBD\xB3\xE8\x93\x89", "\xE9\x99\xB3\xE5\xBF\x97\xE8\xB1\xAA"}));
  // …ことになる。【佐藤健一、鈴木美咲】 closes the lead.
  const std::string mainichi =
      "<p>\xE9\x85\x8D\xE9\x81\x94\xE3\x81\x8C" "1\xE6\x97\xA5\xE9\x81\x85\xE3\x82\x8C\xE3\x82\x8B\xE3\x81"
      "\x93\xE3\x81\xA8\xE3\x81\xAB\xE3\x81\xAA\xE3\x82\x8B\xE3\x80\x82\xE5\xAE\x85\xE9\x85\x8D\xE5\xA4\xA7"
      "\xE6\x89\x8B\xE5\x90\x84\xE7\xA4\xBE\xE3\x81\x8C\xE7\x99\xBA\xE8\xA1\xA8\xE3\x81\x97\xE3\x81\x9F\xE3"
      "\x80\x82\xE3\x80\x90\xE4\xBD\x90\xE8\x97\xA4\xE5\x81\xA5\xE4\xB8\x80\xE3\x80\x81\xE9\x88\xB4\xE6\x9C"
      "\xA8\xE7\xBE\x8E\xE5\x92\xB2\xE3\x80\x91</p>" + para(2) + para(3);
  Article b = extract(story_page("<title>Story</title>", "<h1>Story</h1>", mainichi));
  EXPECT_EQ(b.authors, (Names{"\xE4\xBD\x90\xE8\x97\xA4\xE5\x81\xA5\xE4\xB8\x80", "\xE9\x88\xB4\xE6\x9C\xA8\xE7\xBE\x8E\xE5\x92\xB2"}));
  // 【共同】 closing the lead is the agency, not a reporter.
  std::string kyodo = mainichi;
  kyodo.replace(kyodo.find("\xE3\x80\x90"), kyodo.find("</p>") - kyodo.find("\xE3\x80\x90"),
                "\xE3\x80\x90\xE5\x85\xB1\xE5\x90\x8C\xE3\x80\x91");
  Article c = extract(story_page("<title>Story</title>", "<h1>Story</h1>", kyodo));
  EXPECT_TRUE(c.authors.empty()) << c.authors.front();
}

TEST(WireReporters, KoreanBylineWithTheTitleAfterEachName) {
  // 박지훈 기자 정수민 기자 in one writer box, the metadata naming the first only.
  const std::string header = "<h1>Story</h1><div class='writer-zone'><a href='/r/1'><strong>\xEB\xB0\x95\xEC\xA7\x80"
                             "\xED\x9B\x88</strong> \xEA\xB8\xB0\xEC\x9E\x90</a> <a href='/r/2'><strong>\xEC\xA0"
                             "\x95\xEC\x88\x98\xEB\xAF\xBC</strong> \xEA\xB8\xB0\xEC\x9E\x90</a></div>";
  Article a = extract(story_page("<title>Story</title><meta property='dable:author' content='x'>"
                                 "<meta name='author' content='\xEB\xB0\x95\xEC\xA7\x80\xED\x9B\x88'>",
                                 header, para(1) + para(2) + para(3)));
  EXPECT_EQ(a.authors, (Names{"\xEB\xB0\x95\xEC\xA7\x80\xED\x9B\x88", "\xEC\xA0\x95\xEC\x88\x98\xEB\xAF\xBC"}));
}

TEST(WireReporters, HindiWriterLabelAndJoin) {
  // लेखक: रीतिका राय और मनोज गुप्ता ("Writer: A and B").
  const std::string header = "<h1>Story</h1><div class='c4f6'><span>\xE0\xA4\xB2\xE0\xA5\x87\xE0\xA4\x96\xE0\xA4\x95: "
                             "\xE0\xA4\xB0\xE0\xA5\x80\xE0\xA4\xA4\xE0\xA4\xBF\xE0\xA4\x95\xE0\xA4\xBE "
                             "\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xAF \xE0\xA4\x94\xE0\xA4\xB0 \xE0\xA4\xAE"
                             "\xE0\xA4\xA8\xE0\xA5\x8B\xE0\xA4\x9C \xE0\xA4\x97\xE0\xA5\x81\xE0\xA4\xAA\xE0"
                             "\xA5\x8D\xE0\xA4\xA4\xE0\xA4\xBE</span></div>";
  Article a = extract(story_page("<title>Story</title>", header, para(1) + para(2) + para(3)));
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[1], "\xE0\xA4\xAE\xE0\xA4\xA8\xE0\xA5\x8B\xE0\xA4\x9C \xE0\xA4\x97\xE0\xA5\x81\xE0\xA4"
                          "\xAA\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA4\xBE");
}

TEST(WireReporters, WritersSignedBoldAndRightAlignedUnderTheStory) {
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>",
                                 para(1) + para(2) + para(3) +
                                     "<p class='Normal' style='text-align:right;'><strong>Minh Anh - Ho\xC3\xA0ng "
                                     "Ph\xC6\xB0\xC6\xA1ng</strong></p>"));
  EXPECT_EQ(a.authors, (Names{"Minh Anh", "Ho\xC3\xA0ng Ph\xC6\xB0\xC6\xA1ng"}));
  EXPECT_FALSE(has(a.body, "Minh Anh")) << a.body;
  // A right-aligned bold sentence is no signature.
  Article b = extract(story_page("<title>Story</title>", "<h1>Story</h1>",
                                 para(1) + para(2) + "<p style='text-align:right'><strong>The end of the line.</strong></p>"));
  EXPECT_TRUE(has(b.body, "The end of the line."));
}

TEST(WireReporters, TheBbcsLabelledBylineListInPersian) {
  // <li><span>نویسنده، </span><span>مریم افشار</span></li><li><span>نقش، </span>...</li>:
  // "Author, Name" and "Role, BBC Persian"; then "به‌روزشده" (updated) over the date.
  const std::string header =
      "<h1>Story</h1><ul role='list'><li class='bbc-1a'><span class='bbc-m0'>\xD9\x86\xD9\x88\xDB\x8C\xD8\xB3\xD9\x86"
      "\xD8\xAF\xD9\x87\xD8\x8C </span><span class='bbc-1n'>\xD9\x85\xD8\xB1\xDB\x8C\xD9\x85 \xD8\xA7\xD9\x81\xD8"
      "\xB4\xD8\xA7\xD8\xB1</span></li><li class='bbc-1a'><span class='bbc-m0'>\xD9\x86\xD9\x82\xD8\xB4\xD8\x8C </span>"
      "<span class='bbc-1w'>BBC Persian</span></li></ul><div><span>\xD8\xA8\xD9\x87\xE2\x80\x8C\xD8\xB1\xD9\x88\xD8\xB2"
      "\xD8\xB4\xD8\xAF\xD9\x87 </span></div>";
  Article a = extract(story_page("<title>Story</title><meta name='author' content='BBC News'>", header,
                                 para(1) + para(2) + para(3)));
  EXPECT_EQ(a.authors, (Names{"\xD9\x85\xD8\xB1\xDB\x8C\xD9\x85 \xD8\xA7\xD9\x81\xD8\xB4\xD8\xA7\xD8\xB1"}));
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
}

TEST(WireReporters, RoleAndPlaceSpansBesideTheNameAreNoWriters) {
  // The structured data names one writer; the byline's role and place spans follow her name.
  const std::string header = "<h1>Story</h1><div class='c-byline'><a class='c-byline__author' href='/a/d'>Dana Whitlock"
                             "</a><span class='c-byline__role'>Queen's Park Reporter</span><span class='c-byline__"
                             "location'>Toronto</span></div><div class='byline'><span>Text</span> Erik Lindberg, Sara "
                             "Holm <span>Foto</span> Lars Lindqvist</div>";
  Article a = extract(story_page("<title>Story</title><meta name='author' content='Dana Whitlock'>", header,
                                 para(1) + para(2) + para(3)));
  EXPECT_EQ(a.authors, (Names{"Dana Whitlock"}));
}

TEST(WireReporters, TheWritersNameWithThePlaceOverTheStoryIsTheByline) {
  const std::string header = "<h1>Story</h1><div class='contributor-wrapper'><span class='contributor-name'>Jane Doe"
                             "</span> <span class='author-location'>Chittagong</span></div>";
  Article a = extract(story_page("<title>Story</title><meta name='author' content='Jane Doe'>", header,
                                 para(1) + para(2) + para(3)));
  EXPECT_EQ(a.authors, (Names{"Jane Doe"}));
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
}

TEST(WireReporters, AChineseBylineLineWithAnInternBetweenTheNames) {
  // 澎湃新闻记者 张伟 实习生 李娜: "The Paper reporter Zhang Wei, intern Li Na", over the story.
  const std::string body = "<p>\xE6\xBE\x8E\xE6\xB9\x83\xE6\x96\xB0\xE9\x97\xBB\xE8\xAE\xB0\xE8\x80\x85 "
                           "\xE5\xBC\xA0\xE4\xBC\x9F \xE5\xAE\x9E\xE4\xB9\xA0\xE7\x94\x9F \xE6\x9D\x8E\xE5"
                           "\xA8\x9C</p>" + kChineseBody;
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", body));
  EXPECT_EQ(a.authors, (Names{"\xE5\xBC\xA0\xE4\xBC\x9F", "\xE6\x9D\x8E\xE5\xA8\x9C"}));
  EXPECT_FALSE(has(a.body, "\xE5\xAE\x9E\xE4\xB9\xA0\xE7\x94\x9F")) << a.body;
}

TEST(ChineseNames, ASpaceBetweenNamesPartsTheWritersOnAChinesePage) {
  Article a = extract(story_page("<title>\xE9\x93\x81\xE8\xB7\xAF\xE5\x81\x87\xE6\x9C\x9F-\xE6\x96\xB0\xE9\x97\xBB</title>"
                                 "<meta name='author' content='" + kLiu + " " + kZhou + "'>",
                                 "<h1>\xE9\x93\x81\xE8\xB7\xAF\xE5\x81\x87\xE6\x9C\x9F</h1>", kChineseBody));
  EXPECT_EQ(a.authors, (Names{kLiu, kZhou}));
}

TEST(ChineseNames, AJapaneseNameKeepsItsSpace) {
  // 山田 太郎 is one person: Japanese writes a space between surname and given name.
  const std::string yamada = "\xE5\xB1\xB1\xE7\x94\xB0 \xE5\xA4\xAA\xE9\x83\x8E";
  Article a = extract(story_page("<title>\xE6\x96\xB0\xE5\xB7\xA5\xE5\xA0\xB4\xE3\x82\x92\xE5\xBB\xBA\xE8\xA8\xAD"
                                 "\xE3\x81\x99\xE3\x82\x8B</title><meta name='author' content='" + yamada + "'>",
                                 "<h1>Story</h1>", para(1) + para(2) + para(3)));
  EXPECT_EQ(a.authors, (Names{yamada}));
}

TEST(LabelsAboveTheHeadline, ALabelEndingInAnotherScriptsLetterIsNotTheFirstLine) {
  // "اقتصاد" (Economy) over the headline, and "دقيقتان للقراءة" (two minutes to read) under it.
  const std::string header = "<span class='section'>\xD8\xA7\xD9\x82\xD8\xAA\xD8\xB5\xD8\xA7\xD8\xAF</span><h1>Story</h1>"
                             "<div class='readingTime'>\xD8\xAF\xD9\x82\xD9\x8A\xD9\x82\xD8\xAA\xD8\xA7\xD9\x86 "
                             "\xD9\x84\xD9\x84\xD9\x82\xD8\xB1\xD8\xA7\xD8\xA1\xD8\xA9</div>";
  Article a = extract(story_page("<title>Story</title>", header, para(1) + para(2) + para(3)));
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
  EXPECT_FALSE(has(a.body, "\xD9\x84\xD9\x84\xD9\x82\xD8\xB1\xD8\xA7\xD8\xA1\xD8\xA9"));
}

TEST(LabelsAboveTheHeadline, AJapaneseTopicAndMembersLabelIsNotTheFirstLine) {
  // 中国・台湾 / 会員限定記事 (members-only article) above the headline.
  const std::string header = "<div class='topicLabel'><a href='/theme/1'>\xE4\xB8\xAD\xE5\x9B\xBD\xE3\x83\xBB\xE5\x8F\xB0"
                             "\xE6\xB9\xBE</a><span>\xE4\xBC\x9A\xE5\x93\xA1\xE9\x99\x90\xE5\xAE\x9A\xE8\xA8\x98\xE4\xBA"
                             "\x8B</span></div><h1>Story</h1>";
  Article a = extract(story_page("<title>Story</title>", header, para(1) + para(2) + para(3)));
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
}

TEST(ReadingTimes, CountsInWordsAndOtherLanguages) {
  for (const std::string line : {"Two minute read", "5 dk okuma", "4 min czytania", "1612\xE6\x96\x87\xE5\xAD\x97",
                                 "3' di lettura",
                                 "\xE6\x9C\x89\xE6\x96\x99\xE8\xA8\x98\xE4\xBA\x8B",
                                 "3 \xD0\xBC\xD0\xB8\xD0\xBD \xD1\x87\xD1\x82\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F"}) {
    Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1><p class='meta'>" + line + "</p>",
                                   para(1) + para(2) + para(3)));
    EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << line << "\n" << a.body;
  }
}

TEST(TagRows, ARowOfShortChipsIsTheStorysTagsNotItsFirstLine) {
  const std::string header = "<h1>Story</h1><div class='cikk-cimkek'><span>BKV</span> <span>H\xC3\x89V</span> "
                             "<span>t\xC3\xB6megk\xC3\xB6zleked\xC3\xA9s</span></div>";
  Article a = extract(story_page("<title>Story</title>", header, para(1) + para(2) + para(3)));
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
}

TEST(TagRows, AHeadingCutIntoRunsByAWordProcessorStays) {
  // "<strong>The g</strong><strong>ov</strong>..." is one subhead pasted from a document.
  const std::string body = para(1) + para(2) +
                           "<p><strong>The g</strong><strong>ov</strong><strong>ernmen</strong><strong>t</strong>"
                           "<strong>\xE2\x80\x99s</strong><strong> stance</strong></p>" + para(3) + para(4);
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", body));
  EXPECT_TRUE(has(a.body, "The government\xE2\x80\x99s stance")) << a.body;
}

TEST(EndMatter, PhotoCreditsAppealsAndCommentsInOtherLanguages) {
  const std::string body = para(1) + para(2) + para(3) + "<p>(Bor\xC3\xADt\xC3\xB3k\xC3\xA9p: Kiss J\xC3\xA1nos / Index)</p>";
  const std::string after =
      "<div class='tamogatas-box'><p>Az Index a f\xC3\xBCggetlen \xC3\xBAjs\xC3\xA1g\xC3\xADr\xC3\xA1s\xC3\xA9rt "
      "dolgozik. Ha fontosnak tartja a munk\xC3\xA1nkat, t\xC3\xA1mogasson minket.</p></div>"
      "<div id='kommentek'><h3>Kommentek</h3><p>A kommentek megtekint\xC3\xA9s\xC3\xA9hez \xC3\xA9s \xC3\xADr\xC3\xA1s"
      "\xC3\xA1hoz be kell jelentkeznie.</p></div>";
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", body, after));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "Index")) << a.body;
  EXPECT_FALSE(has(a.body, "jelentkeznie")) << a.body;
}

TEST(EndMatter, AnAppsPromotionInChineseIsNotTheStory) {
  // 「一手新聞」app早上7點推播新聞，立即下載 iOS Android: "download now".
  const std::string after = "<div class='paragraph-app'><p>\xE3\x80\x8C\xE4\xB8\x80\xE6\x89\x8B\xE6\x96\xB0\xE8\x81\x9E"
                            "\xE3\x80\x8D" "app\xE6\x97\xA9\xE4\xB8\x8A" "7\xE9\xBB\x9E\xE6\x8E\xA8\xE6\x92\xAD"
                            "\xEF\xBC\x8C\xE7\xAB\x8B\xE5\x8D\xB3\xE4\xB8\x8B\xE8\xBC\x89 <a href='#'>iOS</a> "
                            "<a href='#'>Android</a></p></div>";
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", para(1) + para(2) + para(3), after));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "Android")) << a.body;
}

TEST(EndMatter, PrintNotesAndAdLabelsInOtherLanguages) {
  const std::string body = para(1) + "<div class='d_c'><div>Pokra\xC4\x8Dov\xC3\xA1n\xC3\xAD \xC4\x8Dl\xC3\xA1nku pod "
                           "reklamou</div><div id='ssp-zone-1'></div></div>" + para(2) + para(3) +
                           "<p>Een versie van dit artikel verscheen ook in NRC in de ochtend van 13 november 2024.</p>";
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", body));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "reklamou")) << a.body;
  EXPECT_FALSE(has(a.body, "Een versie")) << a.body;
}

TEST(EndMatter, PaywallBoxesInHebrewAndAPremiumOffer) {
  // כתבה זו מיועדת למנויים: "this article is for subscribers".
  const std::string after =
      "<div class='ba bp'><p class='bc'>\xD7\x9B\xD7\xAA\xD7\x91\xD7\x94 \xD7\x96\xD7\x95 \xD7\x9E\xD7\x99\xD7"
      "\x95\xD7\xA2\xD7\x93\xD7\xAA \xD7\x9C\xD7\x9E\xD7\xA0\xD7\x95\xD7\x99\xD7\x99\xD7\x9D</p></div>"
      "<div class='premium-box'><h3>Z\xC3\xADskejte Premium</h3><p>Neomezen\xC3\xBD p\xC5\x99\xC3\xADstup k \xC4\x8Dl"
      "\xC3\xA1nk\xC5\xAFm a bez reklam. Prvn\xC3\xAD m\xC4\x9Bs\xC3\xAD\x63 za 1 K\xC4\x8D.</p>"
      "<a href='/premium'>Chci Premium</a></div>";
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", para(1) + para(2) + para(3), after));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "\xD7\x9B\xD7\xAA\xD7\x91\xD7\x94")) << a.body;
  EXPECT_FALSE(has(a.body, "Premium")) << a.body;
}

TEST(EndMatter, DeskInitialsOffersAndPointersToTheSite) {
  const std::string after =
      "<p>kno/ mhr/</p><div class='googleNewsBox'><p>Dzi\xC4\x99kujemy! Obserwuj nas w Wiadomo\xC5\x9B\x63iach Google.</p>"
      "</div><div class='offer'><h3>L\xC3\xA4s DN f\xC3\xB6r 1 kr i en m\xC3\xA5nad</h3><p>F\xC3\xA5 tillg\xC3\xA5ng till "
      "alla artiklar p\xC3\xA5 DN.se och i appen.</p></div><p class='seeAll'>See all the latest news from Greece and the "
      "world at news.example.com</p>";
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", para(1) + para(2) + para(3), after));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  for (const char* gone : {"kno/", "Google", "1 kr", "tillg\xC3\xA5ng", "latest news"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  // A story's sentence with a price by the month stays when it is long.
  Article b = extract(story_page("<title>Story</title>", "<h1>Story</h1>",
                                 para(1) + "<p>Tenants in the new blocks will pay 950 euro a month, the housing "
                                 "association said on Tuesday after the vote in the city council.</p>" + para(2)));
  EXPECT_TRUE(has(b.body, "950 euro a month"));
}

TEST(EndMatter, ChinesePapersCreditsAndNotices) {
  // 校对：刘洋 (proofreading), 澎湃新闻报料：021-962866 (tip line), 未经授权不得转载 (no reprints).
  const std::string after =
      "<div class='tip'><p>\xE6\xA0\xA1\xE5\xAF\xB9\xEF\xBC\x9A\xE5\x88\x98\xE6\xB4\x8B</p><p>\xE6\xBE\x8E"
      "\xE6\xB9\x83\xE6\x96\xB0\xE9\x97\xBB\xE6\x8A\xA5\xE6\x96\x99\xEF\xBC\x9A" "021-962866</p><p>\xE6\xBE"
      "\x8E\xE6\xB9\x83\xE6\x96\xB0\xE9\x97\xBB\xEF\xBC\x8C\xE6\x9C\xAA\xE7\xBB\x8F\xE6\x8E\x88\xE6\x9D\x83"
      "\xE4\xB8\x8D\xE5\xBE\x97\xE8\xBD\xAC\xE8\xBD\xBD</p></div>";
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", kChineseBody, after));
  EXPECT_TRUE(has(a.body, "\xE6\x97\xA5\xE5\x9D\x87"));  // the story's second paragraph
  for (const char* gone : {"\xE6\xA0\xA1\xE5\xAF\xB9", "962866", "\xE4\xB8\x8D\xE5\xBE\x97"})
    EXPECT_FALSE(has(a.body, gone)) << a.body;
}

TEST(EndMatter, ACommentsSectionNamedByACssModuleClass) {
  // CSS Modules: "thinkComments_t9x2k1" is the name "thinkComments" and a generated suffix.
  const std::string after = "<section class='thinkComments_t9x2k1'><h3>Think!</h3><p class='expert'>Analyst Jane Roe</p>"
                            "<p>What Europe wants is technology, not factories, and that is the point here.</p></section>";
  Article a = extract(story_page("<title>Story</title>", "<h1>Story</h1>", para(1) + para(2) + para(3), after));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "technology, not factories")) << a.body;
}

}  // namespace
}  // namespace newsarchive::parse_test

// Credit lines: wire datelines, bylines, syndication notes and source lines count with
// credit_line=true; photo and caption credits never do.
#include <gtest/gtest.h>

#include <algorithm>

#include "helpers.hpp"
#include "newsarchive/extract.hpp"

using namespace sources_test;
using V = std::vector<std::string>;

namespace {

// A whole page through extract_article with the built-in directory; `para` repeated four times
// makes the story.
newsarchive::Article extract_page(const std::string& before_story, const std::string& para,
                                  const std::string& after_story, const std::string& url) {
  std::string story;
  for (int i = 0; i < 4; ++i) story += para;
  const std::string html = before_story + story + after_story;  // Page only views its bytes
  newsarchive::Page page;
  page.body = html;
  page.url = url;
  newsarchive::ExtractOptions options;
  options.outlets = &directory();
  return newsarchive::extract_article(page, options);
}

}  // namespace

TEST(CreditLines, WireDatelineCreditsTheAgency) {
  auto got = sources({para("MOSCOW (AP) — An unmanned Russian cargo ship broke up over Siberia."),
                      para("The agency said the craft had been lost.")});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "Associated Press");
  EXPECT_TRUE(got[0].credit_line);
  EXPECT_EQ(got[0].via, newsarchive::Via::text);
}
TEST(CreditLines, BylineOfAnAgencyCredits) {
  auto got = sources({para("Die Lage blieb ruhig.")}, "https://www.mz.de/a", "de", "Von dpa");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "dpa");
  EXPECT_TRUE(got[0].credit_line);
  auto fr = sources({para("Deux morts.")}, "https://www.lefigaro.fr/a", "fr", "Par Le Figaro et AFP");
  EXPECT_EQ(names(fr), V{"Agence France-Presse"});
}
TEST(CreditLines, SyndicationNotesCredit) {
  auto got = sources({para("Neon signs lit the century."),
                      para("This article originally appeared on The Atlantic.",
                           {{"The Atlantic", "https://www.theatlantic.com/a"}})},
                     "https://www.citylab.com/design/a");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "The Atlantic");
  EXPECT_TRUE(got[0].credit_line);
  EXPECT_EQ(got[0].via, newsarchive::Via::both);
  auto trailer = sources({para("Traders were removed.")}, "https://www.dailymaverick.co.za/a", "en", "",
                         "First published in The Conversation.");
  EXPECT_EQ(names(trailer), V{"The Conversation"});
  EXPECT_TRUE(trailer[0].credit_line);
}
TEST(CreditLines, SourceAndCopyrightLinesCredit) {
  EXPECT_EQ(names(sources({para("Trump sprach."), para("Quelle: ntv.de, ino/dpa")}, "https://www.n-tv.de/politik/a", "de")),
            V{"dpa"});
  EXPECT_EQ(names(sources({para("Llull entschuldigt sich."), para("© dpa-infocom, dpa:230428-99-483045/5")},
                          "https://www.zeit.de/news/a", "de")),
            V{"dpa"});
  EXPECT_EQ(names(sources({para("The budget passed."), para("Copyright 2023 The Associated Press. All rights reserved.")},
                          "https://www.washingtontimes.com/news/a")),
            V{"Associated Press"});
}
TEST(CreditLines, SelfReferencesOfACreditedOutletMergeIntoItsEntry) {
  auto got = sources({para("INDIANAPOLIS (AP) — The budget deal gained support."),
                      para("Officials wrote in documents obtained by The Associated Press that the plan held.")},
                     "https://www.washingtontimes.com/news/a");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].credit_line);
  EXPECT_EQ(got[0].mentions, 2);
}
TEST(CreditLines, PhotoAndCaptionCreditsNeverCount) {
  EXPECT_EQ(names(sources({para("Protesters in the square."), para("Photo: AP")})), V{});
  EXPECT_EQ(names(sources({para("Die Polizei vor Ort."), para("Foto: Uncredited/AP/dpa")}, "https://www.mz.de/a", "de")), V{});
  EXPECT_EQ(names(sources({para("Crowds gathered (AFP via Getty Images).")})), V{});
  EXPECT_EQ(names(sources({para("Vecinos en la plaza.")}, "https://www.publico.es/a", "es", "Gustavo Valiente / Europa Press")),
            V{});
}
TEST(CreditLines, ThePublishersOwnCreditIsNotASource) {
  EXPECT_EQ(names(sources({para("JERUSALEM (Reuters) - Israeli tanks fired.")}, "https://www.reuters.com/world/a")), V{});
  EXPECT_EQ(names(sources({para("Poverty rose."), para("CNNMoney (New York) First published February 1, 2016")},
                          "http://money.cnn.com/2016/02/01/news/a")),
            V{});
}
TEST(CreditLines, APaperCallingItselfByItsLastWordIsNotASource) {
  // The Los Angeles Times' "Times staff writer": the paper itself, not The Times of London;
  // by its name, on a host the directory does not know.
  SourceContext ctx;
  ctx.page_url = "https://www.example-gazette.test/story";
  ctx.language = "en";
  ctx.site_name = "Example Valley Times";
  auto got = newsarchive::parse::extract_sources(
      {para("The pool reopened."), para("Times staff writer Jorge Ramirez contributed to this report.")}, ctx,
      &directory());
  EXPECT_EQ(names(got), V{});
  // Another paper's site still credits The Times of London.
  EXPECT_EQ(names(sources({para("The pool reopened."), para("Times staff writer Jorge Ramirez contributed to this report.")})),
            V{"The Times"});
}
TEST(CreditLines, ParenthesisedSourceLineAndDeskInitialsCredit) {
  // "(Quelle: APA/sda/dpa)" closing the story: each agency, lower-case "sda" included.
  auto got = sources({para("Die Feuerwehr war rasch vor Ort."), para("(Quelle: APA/sda/dpa)")},
                     "https://www.sn.at/panorama/a", "de");
  EXPECT_EQ(names(got), (V{"APA", "Keystone-SDA", "dpa"}));
  for (const auto& s : got) EXPECT_TRUE(s.credit_line) << s.name;
  // An editor's sign-off under the story: desk initials beside the agency.
  EXPECT_EQ(names(sources({para("Die Notenbank räumt Fehler ein.")}, "https://www.spiegel.de/a", "de", "", "sak/Reuters")),
            V{"Reuters"});
  EXPECT_EQ(names(sources({para("Der Kurs fiel."), para("mrc/dpa/AFP")}, "https://www.spiegel.de/a", "de")),
            (V{"dpa", "Agence France-Presse"}));
  // The shape alone is not enough: no agency, no credit; a long line is prose.
  EXPECT_EQ(names(sources({para("Der Kurs fiel."), para("and/or km/h")}, "https://www.spiegel.de/a", "de")), V{});
  // A national agency's initials closing the last paragraph, as Nigerian papers print them.
  auto nan = sources({para("The union met on Monday."), para("It would continue the strike. (NAN)")},
                     "https://www.example.com.ng/news/a", "en");
  ASSERT_EQ(names(nan), V{"News Agency of Nigeria"});
  EXPECT_TRUE(nan[0].credit_line);
  // Initials that name an agency only in a credit's brackets: Anadolu's "(AA)" in a Turkish
  // dateline, MENA's "(أ ش أ)" closing an Egyptian story; "AA said" in prose is no credit.
  auto aa = sources({para("ANKARA (AA) \u2013 Barajlardaki doluluk oran\u0131 y\u00fczde 8'e geriledi.")},
                    "https://www.example.com.tr/a", "tr");
  ASSERT_EQ(names(aa), V{"Anadolu Agency"});
  EXPECT_TRUE(aa[0].credit_line);
  EXPECT_EQ(names(sources({para("The council met."), para("The minister said the crisis was temporary. (\u0623 \u0634 \u0623)")},
                          "https://www.example.com.eg/a", "ar")),
            V{"MENA"});
  EXPECT_EQ(names(sources({para("AA said its flights to Dallas would resume on Monday after the storm.")},
                          "https://www.example.com/a", "en")),
            V{});
  // "With files from A and B" credits each (a part naming no outlet is skipped, unlike after a
  // bare "With"); "Additional reporting by PA" is PA Media.
  EXPECT_EQ(names(sources({para("The strike began at midnight."), para("With files from Postmedia Wire and The Canadian Press")},
                          "https://www.example.ca/a", "en")),
            V{"The Canadian Press"});
  auto pa = names(sources({para("The contracts were signed in March."), para("Additional reporting by PA")},
                          "https://www.example.co.uk/a", "en"));
  EXPECT_NE(std::find(pa.begin(), pa.end(), "PA Media"), pa.end());
}
TEST(CreditLines, IsInitialsCreditShape) {
  using newsarchive::parse::is_initials_credit;
  EXPECT_TRUE(is_initials_credit("sak/Reuters"));
  EXPECT_TRUE(is_initials_credit("ino/dpa"));
  EXPECT_TRUE(is_initials_credit(" dpa/AFP/mrc "));
  EXPECT_FALSE(is_initials_credit("Reuters/AFP"));   // no desk initials: a photo credit's shape
  EXPECT_FALSE(is_initials_credit("sak Reuters"));
  EXPECT_FALSE(is_initials_credit("the end of the war/peace debate"));
}
TEST(LaterCopies, AReprintNoteIsNotASource) {
  EXPECT_EQ(names(sources({para("Mathematicians proved the conjecture."),
                           para("This article was reprinted on Wired.com.", {{"Wired.com", "https://www.wired.com/a"}})},
                          "https://www.quantamagazine.org/a")),
            V{});
  // Where it first appeared still counts.
  EXPECT_EQ(names(sources({para("Mathematicians proved the conjecture."),
                           para("This article originally appeared on Wired.com.", {{"Wired.com", "https://www.wired.com/a"}})},
                          "https://www.quantamagazine.org/a")),
            V{"Wired"});
}
TEST(CreditLines, AnAgencyGivenAsAnAuthorCredits) {
  // JSON-LD authors [Adam Vidler, AP]: the person is the byline, the agency a credit.
  SourceContext ctx;
  ctx.page_url = "https://www.nine.com.au/world-news/a";
  ctx.language = "en";
  ctx.byline = "Adam Vidler";
  ctx.author_names = {"Adam Vidler", "AP"};
  auto got = newsarchive::parse::extract_sources({para("The court upheld the rule.")}, ctx, &directory());
  ASSERT_EQ(names(got), V{"Associated Press"});
  EXPECT_TRUE(got[0].credit_line);
  // The publisher named as author is not a source.
  ctx.page_url = "https://www.ntv.com.tr/a";
  ctx.author_names = {"NTV"};
  EXPECT_EQ(names(newsarchive::parse::extract_sources({para("Gol krallığı yarışı.")}, ctx, &directory())), V{});
}
TEST(CreditLines, BylineWithAPlaceOrASectionLabel) {
  EXPECT_EQ(names(sources({para("The death toll rose to ten.")}, "https://www.theguardian.com/world/a", "en",
                          "Associated Press in Valencia")),
            V{"Associated Press"});
  EXPECT_EQ(names(sources({para("Gol krallığı yarışı kıyasıya.")}, "https://www.ntv.com.tr/a", "tr",
                          "Haberler - Anadolu Ajansı")),
            V{"Anadolu Agency"});
}
TEST(CreditLines, AgencyAndPlaceOnTheirOwnLineAboveTheStory) {
  auto got = sources({para("AFP, MANILA"), para("Typhoon Kong-rey brought heavy rain to the northern Philippines.")},
                     "https://www.taipeitimes.com/News/a");
  ASSERT_EQ(names(got), V{"Agence France-Presse"});
  EXPECT_TRUE(got[0].credit_line);
  // A place beside a paper that is no agency, or a longer line, is not a credit.
  EXPECT_EQ(names(sources({para("Guardian, London"), para("Typhoon Kong-rey brought heavy rain to the north.")},
                          "https://www.taipeitimes.com/News/a")),
            V{});
}
TEST(CreditLines, AWiresContributionUnderTheStory) {
  auto got = sources({para("The council voted to close the mill."), para("Workers protested outside."),
                      para("Associated Press writer Jane Doe in Paris and Reuters contributed to this report.")});
  V got_names = names(got);
  std::sort(got_names.begin(), got_names.end());
  EXPECT_EQ(got_names, (V{"Associated Press", "Reuters"}));
  for (const Source& s : got) EXPECT_TRUE(s.credit_line) << s.name;
  auto reporting = sources({para("The council voted to close the mill."), para("Agence France-Presse contributed reporting.")});
  EXPECT_EQ(names(reporting), V{"Agence France-Presse"});
  ASSERT_EQ(reporting.size(), 1u);
  EXPECT_TRUE(reporting[0].credit_line);
  // The writer's colleagues are no wire; a contribution to something else is no credit.
  EXPECT_EQ(names(sources({para("The council voted."), para("Jane Doe contributed to this report.")})), V{});
  EXPECT_EQ(names(sources({para("The council voted."), para("The Associated Press contributed $5,000 to the fund.")})),
            V{});
}
TEST(ReferenceLists, AFootnoteNamesTheOutletAfterTheQuotedTitle) {
  auto got = sources({para("Mozilla was founded in 1998."),
                      para("^ \"Mac vendors ponder Netscape gambit.\". Macworld. 1 May 1998. Retrieved 2012-08-19."),
                      para("Smith, Jane (May 1, 2014). \xE2\x80\x9CThe browser wars\xE2\x80\x9D. The Guardian. Archived from "
                           "the original on 2 May 2014.")});
  EXPECT_EQ(names(got), (V{"Macworld", "The Guardian"}));
  for (const Source& s : got) EXPECT_FALSE(s.credit_line) << s.name;
  // A quotation in running text is no footnote; a footnote's title naming no outlet cites none.
  EXPECT_EQ(names(sources({para("He called it \"a disaster\". Reuters was not there.")})), V{});
  EXPECT_EQ(names(sources({para("^ \"Annual report\". Mozilla Foundation. Retrieved 2012-08-19.")})), V{});
}
TEST(ReferenceLists, AReferenceListTheBodyLeftOutIsStillRead) {
  // The body extractor drops the "References" list as furniture; its footnotes still
  // name what the text cites. Notes that are not citations name nothing.
  std::string story;
  for (int i = 0; i < 4; ++i)
    story += "<p>Firefox OS was announced in 2012 and shipped on low-cost phones in several countries, "
             "where carriers sold it to first-time smartphone buyers.</p>";
  const std::string html =
      "<html><head><title>Firefox OS</title></head><body><div id=\"content\"><h1>Firefox OS</h1>" + story +
      "</div><div class=\"reflist\"><ol class=\"references\">"
      "<li id=\"cite_note-1\"><a href=\"#cite_ref-1\">^</a> <cite><a href=\"https://www.engadget.com/2012/06/12/x/\">"
      "\"Mozilla Marketplace is live\"</a>. Engadget. Retrieved 2012-08-18.</cite></li>"
      "<li id=\"cite_note-2\"><a href=\"#cite_ref-2\">^</a> The phone was sold in red and blue.</li>"
      "</ol></div><div class=\"footnotes\"><p>Thanks to Reuters fans everywhere.</p></div></body></html>";
  newsarchive::Page page;
  page.body = html;
  page.url = "https://en.wikipedia.org/wiki/Firefox_OS";
  newsarchive::ExtractOptions options;
  options.outlets = &directory();
  newsarchive::Article a = newsarchive::extract_article(page, options);
  EXPECT_EQ(a.body.find("Engadget"), std::string::npos) << "the list is not body text";
  EXPECT_EQ(names(a.sources), V{"Engadget"});
}

TEST(CreditLines, EastAsianWireCreditsAndSourceLabels) {
  const std::string jp = "https://www.example.jp/a";
  auto kyodo = sources({para("政府は１日、新たな経済対策を発表した。"), para("関係者によると、規模は約２０兆円となる見通しだ。（共同）")},
                       jp, "ja");
  EXPECT_EQ(names(kyodo), V{"Kyodo News"});
  ASSERT_EQ(kyodo.size(), 1u);
  EXPECT_TRUE(kyodo[0].credit_line);
  auto source_label = sources({para("来源：人民日报海外版"), para("今年以来，多地推出了新的措施。")},
                              "https://www.example.cn/a", "zh");
  EXPECT_EQ(names(source_label), V{"People's Daily"});
  auto yonhap = sources({para("(서울=연합뉴스) 김철수 기자 = 정부가 1일 새로운 경제 대책을 발표했다."),
                         para("관계자에 따르면 규모는 약 20조 원이다.")},
                        "https://www.example.kr/a", "ko");
  EXPECT_EQ(names(yonhap), V{"Yonhap"});
  // A parenthesised aside that names no agency credits nothing.
  EXPECT_EQ(names(sources({para("政府は１日、対策を発表した。（写真）")}, jp, "ja")), V{});
}
TEST(CreditLines, FilesFromAndASignOffCreditTheAgencyOnce) {
  auto linked = sources({para("The province will hire 1,200 teachers over two years, the minister said."),
                         para("\xE2\x80\x94 With files from The Canadian Press",
                              {{"The Canadian Press", "https://www.thecanadianpress.com/"}})});
  ASSERT_EQ(linked.size(), 1u);
  EXPECT_EQ(linked[0].domain, "thecanadianpress.com");
  EXPECT_TRUE(linked[0].credit_line);
  EXPECT_EQ(linked[0].mentions, 1);  // the link and its line are one credit
  auto signed_off = sources({para("Two people died in the floods, officials said."),
                             para("\xE2\x80\x94 Agence France-Presse")});
  ASSERT_EQ(signed_off.size(), 1u);
  EXPECT_EQ(signed_off[0].name, "Agence France-Presse");
  EXPECT_TRUE(signed_off[0].credit_line);
  // A dash before words that only end with an outlet's name is no sign-off.
  EXPECT_TRUE(sources({para("Two people died in the floods, officials said."),
                       para("\xE2\x80\x94 Photos courtesy of the family")})
                  .empty());
}
TEST(CreditLines, InformationFromAnAgencyCreditsItAndAContributionCountsOnce) {
  auto info = sources({para("Two people died in the floods, officials said."),
                       para("Information from The Associated Press was used in this report.")});
  ASSERT_EQ(info.size(), 1u);
  EXPECT_EQ(info[0].name, "Associated Press");
  EXPECT_TRUE(info[0].credit_line);
  auto includes = sources({para("Two people died in the floods, officials said."),
                           para("This story includes information from Reuters.")});
  EXPECT_EQ(names(includes), V{"Reuters"});
  // A name and a credit line in one paragraph are one mention.
  auto contributed = sources({para("Two people died in the floods, officials said."),
                              para("Reuters contributed to this report.")});
  ASSERT_EQ(contributed.size(), 1u);
  EXPECT_EQ(contributed[0].mentions, 1);
  EXPECT_TRUE(contributed[0].credit_line);
}

TEST(CreditLines, ShortWithAndComLinesUnderTheStoryCredit) {
  for (const char* line : {"- with AAP", "(With inputs from Reuters)", "Com Reuters"}) {
    auto got = sources({para("The river peaked overnight and crews kept watch on the levee."), para(line)},
                       "https://www.example-daily.test/story");
    ASSERT_EQ(got.size(), 1u) << line;
    EXPECT_TRUE(got[0].credit_line) << line;
  }
  // A sentence that merely opens with "With" is no credit line.
  auto sentence = sources({para("The river peaked overnight."),
                           para("With Reuters and the BBC both on the scene, the town became a story of its own that week.")});
  for (const auto& s : sentence) EXPECT_FALSE(s.credit_line) << s.name;
}

TEST(CreditLines, AJapanesePortalsDistributedByLineCreditsTheSupplier) {
  newsarchive::Article a = extract_page(
      "<html lang=\"ja\"><head><title>アプリ発表</title></head><body><div id=\"ym_newsarticle\"><div class=\"hd\">"
      "<h1>アプリ発表</h1><p class=\"source\"><a href=\"/list/?m=cnetj\">CNET Japan</a> 3/9(木) 18:45配信</p></div>",
      "<p>トレンドマイクロは、公衆無線LANを安全に使うためのアプリを発表した。利用者は増えている。</p>", "</div></body></html>",
      "https://headlines.yahoo.co.jp/hl?a=20170309-35097789-cnetj-sci");
  ASSERT_EQ(names(a.sources), V{"CNET"});
  EXPECT_TRUE(a.sources[0].credit_line);
}

TEST(CreditLines, AnInnerBylineWithAvecCreditsTheAgency) {
  newsarchive::Article a = extract_page(
      "<html lang=\"fr\"><body><article><h1>Incendie à Saint-Fons</h1><div class=\"article__byline\"><span "
      "class=\"author\">Par La Gazette du Rhône avec AFP</span> <time datetime=\"2026-05-16T08:15:00+02:00\">Publié le "
      "16/05/2026 à 08h15, mis à jour le 16/05/2026 à 10h40</time></div>",
      "<p>Le feu s'est déclaré dans la nuit dans un entrepôt d'une usine classée à Saint-Fons.</p>",
      "</article></body></html>", "https://www.lagazette-rhone.example.fr/faits-divers/incendie");
  ASSERT_EQ(names(a.sources), V{"Agence France-Presse"});
  EXPECT_TRUE(a.sources[0].credit_line);
}

TEST(CreditLines, StaffCreditsLeaveTheBodyAndStillCredit) {
  // A wire story's newsroom credits are no story text; an outlet named there is a source.
  newsarchive::Article a = extract_page(
      "<html><body><article><h1>Pipeline blast</h1>",
      "<p>An explosion shut the main gas pipeline between the two countries on Tuesday, officials said.</p>",
      "<p>(Reporting by Jane Doe in Vilnius; additional reporting by Reuters; Editing by John Roe)</p>"
      "</article></body></html>",
      "https://www.example-daily.com/world/pipeline-blast");
  EXPECT_EQ(a.body.find("Reporting by"), std::string::npos) << a.body;
  EXPECT_NE(a.body.find("officials said"), std::string::npos) << a.body;
  EXPECT_EQ(names(a.sources), V{"Reuters"});
}
TEST(CreditLines, AStorySentenceWithFirstPublishedByIsACitationNotACredit) {
  auto s = sources({para("Officials met several times this week to discuss the harbour plan and its costs."),
                    para("The figures were first published by the BBC on Tuesday, and officials later confirmed them.")});
  ASSERT_EQ(names(s), V{"BBC"});
  EXPECT_FALSE(s[0].credit_line);
  auto credit = sources({para("Officials met several times this week to discuss the harbour plan and its costs."),
                         para("This article was first published by The Conversation.")});
  ASSERT_EQ(names(credit), V{"The Conversation"});
  EXPECT_TRUE(credit[0].credit_line);
}

// The r27s pass: a dateline with a month's abbreviation, the German "mit epd und KNA" and
// Danish "/ritzau/" under the story, Indonesian syndication ("telah tayang di").
TEST(CreditLines, MoreDatelineAndClosingForms) {
  for (const char* line : {"ROME, Nov. 18 (AP) — Stellantis told unions on Tuesday it would extend furloughs.",
                           "Roma, 18 nov. (Adnkronos) – Stellantis ha comunicato ai sindacati altre settimane."}) {
    auto got = sources({para(line), para("The plant has been idle for weeks.")}, "https://www.example-daily.test/a", "en");
    ASSERT_EQ(got.size(), 1u) << line;
    EXPECT_TRUE(got[0].credit_line) << line;
  }
  // A sentence before the brackets is no dateline: "He left. (AP) — ..." is not read so.
  EXPECT_EQ(names(sources({para("The talks ended. Then (AP) — nothing more was said.")})), V{});
  auto de = sources({para("Die Zahlen kommen im Juni."), para("mit epd und KNA")}, "https://www.ksta.de/a", "de");
  EXPECT_EQ(names(de), (V{"epd", "KNA"}));
  auto da = sources({para("Aktien steg 2,1 procent."), para("/ritzau/")}, "https://politiken.dk/a", "da");
  EXPECT_EQ(names(da), V{"Ritzau"});
  auto id = sources({para("Bulog menggelar operasi pasar beras."),
                     para("Artikel ini telah tayang di Antaranews.com dengan judul \"Bulog gelar operasi pasar\".")},
                    "https://www.kompas.com/a", "id");
  EXPECT_EQ(names(id), V{"Antara"});
  EXPECT_TRUE(id[0].credit_line);
}

// "新加坡亞洲新聞台（CNA）報導": the acronym in brackets glosses the name before it, a cited
// report, not a credit; Taiwanese cues of interviews and investigations.
TEST(CreditLines, ACjkGlossInBracketsIsNoCredit) {
  auto got = sources({para("新加坡亞洲新聞台（CNA）報導，東南亞多國正積極爭取台灣半導體供應鏈前往設廠。")},
                     "https://udn.com/news/story/1", "zh");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_FALSE(got[0].credit_line);
  auto tw = sources({para("《鏡週刊》調查發現，台積電今年已派遣工程師赴美支援。"),
                     para("前資深副總經理接受《天下雜誌》專訪時表示，美國廠的挑戰在於供應鏈。")},
                    "https://udn.com/news/story/1", "zh");
  EXPECT_EQ(names(tw), (V{"Mirror Media", "CommonWealth Magazine"}));
}

TEST(CreditLines, TermsOfReuseNamingTheFirstPublisherCreditIt) {
  // The reuse note leaves the body, and the outlet it names is still the story's source.
  newsarchive::Article a = extract_page(
      "<html><body><article><h1>Reef survey</h1>",
      "<p>Divers counted fewer young corals this year than in any survey since the programme began.</p>",
      "<p>Republished from The Conversation under a Creative Commons licence.</p></article></body></html>",
      "https://www.example-daily.test/science/reef");
  EXPECT_EQ(a.body.find("Creative Commons"), std::string::npos) << a.body;
  ASSERT_EQ(names(a.sources), V{"The Conversation"});
  EXPECT_TRUE(a.sources[0].credit_line);
}

// The r37s pass: a wire credited in a box of its own under the story, bracketed or not.
TEST(CreditLines, AWireCreditInABoxUnderTheStory) {
  const std::string para =
      "<p>The council will meet again next week to consider the proposal, officials said on Monday evening.</p>";
  struct Case {
    const char* credit;
    const char* lang;
    const char* agency;
  } cases[] = {{"(Avec AFP)", "fr", "Agence France-Presse"}, {"Com Lusa", "pt", "Lusa"},
               {"Met medewerking van ANP", "nl", "ANP"},    {"(APA/red)", "de", "APA"},
               {"(With inputs from PTI)", "en", "Press Trust of India"}, {"(mit dpa)", "de", "dpa"}};
  for (const Case& c : cases) {
    newsarchive::Article a = extract_page(std::string("<html lang=\"") + c.lang +
                                              "\"><head><title>Budget</title></head><body><article><h1>Budget</h1>"
                                              "<div class=\"article-body\">",
                                          para, std::string("</div><div class=\"article-credit\">") + c.credit +
                                                    "</div></article></body></html>",
                                          "https://www.example-daily.test/story");
    ASSERT_EQ(names(a.sources), V{c.agency}) << c.credit;
    EXPECT_TRUE(a.sources[0].credit_line) << c.credit;
  }
}

TEST(CreditLines, APicturesCreditBoxIsNoWireCredit) {
  newsarchive::Article a = extract_page(
      "<html lang=\"en\"><head><title>Budget</title></head><body><article><h1>Budget</h1>"
      "<div class=\"wp-caption\"><img src=\"/a.jpg\" alt=\"\"><span class=\"media-credit\">\xC2\xA9 AFP</span></div>"
      "<div class=\"article-body\">",
      "<p>The council will meet again next week to consider the proposal, officials said on Monday evening.</p>",
      "</div></article></body></html>", "https://www.example-daily.test/story");
  EXPECT_TRUE(a.sources.empty()) << names(a.sources).size();
}

// Pages in languages the r32e pass added: a country's code written as the language, the one
// offset of a country readers live in, closing source lines and initials, a place and its
// newsrooms above the story, an author card's heading.
#include <gtest/gtest.h>

#include "extract_page.hpp"

using newsarchive::Article;
using newsarchive::parse_test::extract;
using newsarchive::parse_test::has;
using newsarchive::parse_test::para;

TEST(WorldPages, ACountrysCodeAsTheLanguageIsThatCountrysLanguage) {
  Article a = extract("<html lang=\"kz\"><body><article><h1>Мақта жинау</h1>" + para(1) + para(2) +
                      "</article></body></html>");
  EXPECT_EQ(a.language, std::optional<std::string>("kk"));
}

TEST(WorldPages, AUtcStampTakesTheOneOffsetOfThePagesCountryOntoThePrintedDay) {
  // 22:40Z on 16 May is 02:40 on the 17th in Yerevan (+04:00), the day the page prints.
  Article a = extract("<html lang=\"hy\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                      "\"headline\":\"Story\",\"datePublished\":\"2024-05-16T22:40:00Z\"}</script></head><body><article>"
                      "<h1>Story</h1><span class=\"date\"><time datetime=\"2024-05-16T22:40:00Z\">Մայիս 17, 2024</time>"
                      "</span>" + para(1) + para(2) + "</article></body></html>",
                      "https://www.lur-orinak.am/a/32950417.html");
  EXPECT_EQ(a.published, std::optional<std::string>("2024-05-17T02:40:00+04:00"));
}

TEST(WorldPages, ClosingSourceLinesAndInitialsAndAPlaceWithItsNewsrooms) {
  Article lt = extract("<html lang=\"lt\"><body><article><h1>Audra</h1>" + para(1) + para(2) +
                       "<p>Naudota BNS informacija.</p></article></body></html>");
  EXPECT_FALSE(has(lt.body, "Naudota BNS")) << lt.body;
  Article sl = extract("<html lang=\"sl\"><body><article><h1>Požar na Viču</h1><div class=\"place-source\">"
                       "Ljubljana - MMC RTV SLO, STA</div>" + para(1) + para(2) + "<p>K. \xC5\xA0.</p>"
                       "</article></body></html>");
  EXPECT_FALSE(has(sl.body, "Ljubljana - MMC")) << sl.body;
  EXPECT_FALSE(has(sl.body, "K. \xC5\xA0.")) << sl.body;
  EXPECT_TRUE(has(sl.body, "Paragraph 2 tells")) << sl.body;
  // A sentence with a dash is no such line.
  Article en = extract("<html lang=\"en\"><body><article><h1>Bridge</h1><p>Ljubljana - the capital - reopened "
                       "its bridge on Monday after two years of repairs to the piers.</p>" + para(1) +
                       "</article></body></html>");
  EXPECT_TRUE(has(en.body, "Ljubljana - the capital")) << en.body;
}

TEST(WorldPages, AnAuthorCardsHeadingIsNoName) {
  Article a = extract("<html lang=\"it\"><body><article><h1>Alluvione</h1>" + para(1) + para(2) +
                      "<div class=\"author-card\"><h4>L'autore</h4><p>La redazione di Bologna.</p></div>"
                      "</article></body></html>");
  for (const auto& name : a.authors) EXPECT_NE(name, "L'autore");
}

TEST(WorldPages, CompoundSurnamesPhotographersAndAnIcelandicDateLine) {
  // "i"/"y" between two surnames is one name; between two names it joins two writers.
  Article ca = extract("<html lang=\"ca\"><body><article><h1>Xarxa de calor</h1><div class=\"byline\">Jordi Grau i Puig "
                       "i Marta Soler</div>" + para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(ca.authors, (std::vector<std::string>{"Jordi Grau i Puig", "Marta Soler"}));
  Article es = extract("<html lang=\"es\"><body><article><h1>Obras</h1><div class=\"byline\">Ana García y Luis Pérez"
                       "</div>" + para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(es.authors, (std::vector<std::string>{"Ana García", "Luis Pérez"}));
  // "Снимки:" (photos) names the photographer, no writer.
  Article bg = extract("<html lang=\"bg\"><body><article><h1>Римска баня</h1><div class=\"author\">Текст: Мартин "
                       "Димитров, снимки: Юлия Лазарова</div>" + para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(bg.authors, std::vector<std::string>{"Мартин Димитров"});
  // A date, a time and an update on one line of a "newsdate" span.
  Article is = extract("<html lang=\"is\"><body><article><h1>Gistinóttum fjölgaði</h1><div class=\"newsitem-info\">"
                       "<span class=\"newsdate\">3.10.2024 | 16:32 | Uppfært 4.10.2024 | 9:15</span></div>" +
                       para(1) + para(2) + "<p>Auglýsing</p>" + para(3) + "</article></body></html>");
  EXPECT_EQ(is.published, std::optional<std::string>("2024-10-03T16:32:00"));
  EXPECT_EQ(is.modified, std::optional<std::string>("2024-10-04T09:15:00"));
  EXPECT_FALSE(has(is.body, "Auglýsing")) << is.body;
}

TEST(WorldPages, ASignatureWithTheSurnameInCapitalsNamesTheWriter) {
  Article kk = extract("<html lang=\"kk\"><body><article><h1>Мақта жинау</h1>" + para(1) + para(2) +
                       "<p>Айгүл СЕЙІЛОВА, «Egemen Qazaqstan»</p></article></body></html>");
  EXPECT_EQ(kk.authors, std::vector<std::string>{"Айгүл Сейілова"});
  EXPECT_FALSE(has(kk.body, "СЕЙІЛОВА")) << kk.body;
  // A given name with a capital inside is no such signature (and is read to its end).
  Article mc = extract("<html lang=\"en\"><body><article><h1>Harbour</h1>" + para(1) + para(2) +
                       "<p>McDonald HARBOUR</p></article></body></html>");
  EXPECT_TRUE(mc.authors.empty());
}

TEST(WorldPages, ClosingNotesAccountsAndTermsOfReuseAreNoStory) {
  Article a = extract("<html lang=\"en\"><body><article><h1>School</h1>" + para(1) + para(2) +
                      "<p>To get the latest news, follow us on:</p><p>Website: https://www.example.com/ Facebook: "
                      "https://www.facebook.com/example Telegram: https://t.me/example</p><p>Thank you for staying with "
                      "us!</p><p>Republishing our news is allowed only with a mention of the source.</p>"
                      "<p>This story was funded by the Books Council of Wales.</p><p>Reuters Nairobi bureau</p>"
                      "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 2 tells")) << a.body;
  for (const char* gone : {"follow us", "t.me", "staying with us", "Republishing", "funded by", "Nairobi bureau"})
    EXPECT_FALSE(has(a.body, gone)) << gone << ": " << a.body;
  // The accounts in a long line of another language, and the line that introduced them.
  Article am = extract("<html lang=\"am\"><body><article><h1>Timket</h1>" + para(1) + para(2) +
                       "<p>\xE1\x88\x98\xE1\x88\xA8\xE1\x8C\x83\xE1\x8B\x8E\xE1\x89\xBD\xE1\x8A\x95 \xE1\x88\x88\xE1\x88\x9B\xE1\x8C\x8D\xE1\x8A\x98\xE1\x89\xB5\xE1\x8D\xA1-</p>"
                       "<p>Website\xE1\x8D\xA6 https://www.example.com/ Facebook\xE1\x8D\xA6 https://www.facebook.com/example "
                       "YouTube\xE1\x8D\xA6 https://www.youtube.com/c/example/ Telegram\xE1\x8D\xA6 https://t.me/example "
                       "Twitter\xE1\x8D\xA6 https://twitter.com/example \xE1\x89\xA0\xE1\x88\x98\xE1\x8B\x88\xE1\x8B\xB3\xE1\x8C\x80\xE1\x89\xB5 "
                       "\xE1\x8B\xAD\xE1\x8A\xA8\xE1\x89\xB3\xE1\x89\xB0\xE1\x88\x89\xE1\x8A\x95</p>"
                       "</article></body></html>");
  EXPECT_TRUE(has(am.body, "Paragraph 2 tells")) << am.body;
  EXPECT_FALSE(has(am.body, "t.me")) << am.body;
  EXPECT_FALSE(has(am.body, "\xE1\x88\x88\xE1\x88\x9B\xE1\x8C\x8D\xE1\x8A\x98\xE1\x89\xB5")) << am.body;
  // A Welsh page: its dates' labels ("Diweddarwyd", updated), its funder's note and its readers'
  // comments ("Sylwadau").
  Article cy = extract("<html lang=\"cy\"><body><article><h1>Ysgol</h1><div class=\"story-dates\"><span>Dydd "
                       "Mawrth, 12 Tachwedd 2024 07:00</span><br><span>Diweddarwyd: Dydd Mercher, 13 Tachwedd 2024 "
                       "09:15</span></div>" + para(1) + para(2) + "<p>Mae golwg360 yn derbyn cefnogaeth ariannol gan "
                       "Gyngor Llyfrau Cymru i gyhoeddi newyddion yn Gymraeg.</p><section class=\"sylwadau\"><h3>"
                       "Sylwadau</h3><p>Does dim sylwadau eto. Mewngofnodwch i adael sylw.</p></section>"
                       "</article></body></html>");
  EXPECT_TRUE(has(cy.body, "Paragraph 2 tells")) << cy.body;
  for (const char* gone : {"Diweddarwyd", "cefnogaeth", "sylwadau"}) EXPECT_FALSE(has(cy.body, gone)) << gone << cy.body;
  EXPECT_EQ(cy.modified.value_or("").substr(0, 16), "2024-11-13T09:15");
  // Terms of reuse in Pashto and Russian.
  Article ps = extract("<html lang=\"ps\"><body><article><h1>Kabul</h1>" + para(1) + para(2) +
                       "<p>\xD8\xAF \xD9\xBE\xDA\x98\xD9\x88\xD8\xA7\xDA\xA9 \xD8\xAF \xD8\xAE\xD8\xA8\xD8\xB1\xD9\x88\xD9\x86\xD9\x88 "
                       "\xD8\xA8\xDB\x8C\xD8\xA7 \xD8\xAE\xD9\xBE\xD8\xB1\xD9\x88\xD9\x84 \xD8\xAF \xD8\xB3\xD8\xB1\xDA\x86\xDB\x8C\xD9\x86\xDB\x90 "
                       "\xD8\xB1\xD9\x88\xD8\xA7 \xD8\xAF\xD9\x8A.</p>"
                       "<p>\xD0\x9F\xD1\x80\xD0\xB8 \xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBF\xD0\xB5\xD1\x87\xD0\xB0\xD1\x82\xD0\xBA\xD0\xB5 "
                       "\xD1\x81\xD1\x81\xD1\x8B\xD0\xBB\xD0\xBA\xD0\xB0 \xD0\xBE\xD0\xB1\xD1\x8F\xD0\xB7\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB0.</p>"
                       "</article></body></html>");
  EXPECT_TRUE(has(ps.body, "Paragraph 2 tells")) << ps.body;
  EXPECT_FALSE(has(ps.body, "\xD8\xAE\xD9\xBE\xD8\xB1\xD9\x88\xD9\x84")) << ps.body;
  EXPECT_FALSE(has(ps.body, "\xD1\x81\xD1\x81\xD1\x8B\xD0\xBB\xD0\xBA\xD0\xB0")) << ps.body;
  // The office before its town: Somali "Xafiiska Muqdisho" (the Mogadishu office).
  Article so = extract("<html lang=\"so\"><body><article><h1>Waddada</h1>" + para(1) + para(2) +
                       "<p><strong>Caasimada Online</strong><br>Xafiiska Muqdisho</p></article></body></html>");
  EXPECT_TRUE(has(so.body, "Paragraph 2 tells")) << so.body;
  EXPECT_FALSE(has(so.body, "Xafiiska")) << so.body;
}

TEST(WorldPages, AWritersNameHoldingTheSitesNameAndAStoryInAnotherScript) {
  Article a = extract("<html lang=\"en\"><head><meta property=\"og:site_name\" content=\"Star\"></head><body><article>"
                      "<h1>School</h1><div class=\"byline\">By Jane Smith and Tom Starling</div>" + para(1) + para(2) +
                      "</article></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Smith", "Tom Starling"}));
  Article ru = extract("<html lang=\"en-US\"><body><article><h1>Наводнение</h1><p>Региональные власти пообещали "
                       "выплатить компенсации всем пострадавшим от наводнения семьям до конца месяца.</p><p>Жители "
                       "сказали, что компенсация покроет лишь часть убытков, и попросили продлить срок.</p>"
                       "</article></body></html>");
  EXPECT_EQ(ru.language, std::optional<std::string>("ru"));
}

TEST(WorldPages, AMetaRowOpeningWithThePlaceAndLabelsLeftByTheirLinks) {
  Article a = extract("<html lang=\"de\"><body><article><h1>Bibliothek bleibt</h1><div class=\"meta\">Essen 21.11.2026, "
                      "00:45 Uhr Aktualisiert: 21.11.2026, 14:20 Uhr Lesezeit: 4 Minuten</div>" + para(1) + para(2) +
                      "<p>Mehr Artikel aus dieser Rubrik gibt es hier: <a href=\"/staedte/essen/\">Essen</a></p>"
                      "<p>Mehr zu Essener Schulen:</p><ul><li><a href=\"/a\">Schule A</a></li><li><a href=\"/b\">Schule B"
                      "</a></li></ul></article></body></html>");
  EXPECT_FALSE(has(a.body, "Lesezeit")) << a.body;
  EXPECT_FALSE(has(a.body, "Mehr Artikel")) << a.body;
  EXPECT_FALSE(has(a.body, "Mehr zu Essener Schulen:")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 2 tells")) << a.body;
}

TEST(WorldPages, ChannelPromptsSiteTermsAndAPitchIntoWhatWentAreNoStory) {
  Article a = extract("<html lang=\"en\"><body><article><h1>Library</h1>" + para(1) +
                      "<div class=\"c-box\"><p>Get Example News updates on WhatsApp</p></div>" + para(2) +
                      "<p>Residents can message the council on WhatsApp to book a visit, officials said on Monday.</p>"
                      "<p>If you purchase a product through a link on our site, we may receive compensation. By using "
                      "this site, you consent to our User Agreement.</p>"
                      "<div><p>Our journalists work hard to provide local news. This is how you can continue to access "
                      "our trusted content:</p></div></article></body></html>");
  EXPECT_FALSE(has(a.body, "updates on WhatsApp")) << a.body;
  EXPECT_TRUE(has(a.body, "message the council on WhatsApp")) << a.body;
  EXPECT_FALSE(has(a.body, "User Agreement")) << a.body;
  EXPECT_FALSE(has(a.body, "trusted content")) << a.body;
}

TEST(WorldPages, AKhmerLeadInAndACyrillicRoleChip) {
  Article km = extract("<html lang=\"km\"><body><article><h1>Story</h1><div class=\"author\">\xE1\x9E\x8A\xE1\x9F\x84"
                       "\xE1\x9E\x99\xE1\x9F\x96 សុខ ចាន់ថា</div>" + para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(km.authors, std::vector<std::string>{"សុខ ចាន់ថា"});
  Article mn = extract("<html lang=\"mn\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                       "\"headline\":\"Story\",\"author\":{\"@type\":\"Person\",\"name\":\"Б.Болормаа\"}}</script></head>"
                       "<body><article><h1>Story</h1><span class=\"author\">Сэтгүүлч</span>" + para(1) + para(2) +
                       "</article></body></html>");
  EXPECT_EQ(mn.authors, std::vector<std::string>{"Б.Болормаа"});
}

namespace newsarchive::parse_test {
namespace {

// The r35e pass: East and Southeast Asian national pages.
TEST(WorldPages, BylinesAndClosingLinesOfAsianNationalPages) {
  // A Japanese regional paper signs with the name in brackets under the story.
  Article ja = extract("<html lang=\"ja\"><body><article><h1>市バス減便</h1><div class=\"article-body\">" + para(1) +
                       para(2) + "<p class=\"article-writer\">\xEF\xBC\x88\xE4\xB8\xAD\xE6\x9D\x91\xE9\x99\xBD\xE5\xAD\x90"
                       "\xEF\xBC\x89</p></div></article></body></html>");
  EXPECT_EQ(ja.authors, (std::vector<std::string>{"\xE4\xB8\xAD\xE6\x9D\x91\xE9\x99\xBD\xE5\xAD\x90"}));
  // A Korean reporter card: the name, the beat, the button; the crew's credits in brackets.
  Article ko = extract("<html lang=\"ko\"><body><article><h1>\xED\x95\x9C\xED\x8C\x8C</h1>" + para(1) + para(2) +
                       "<p>(\xEC\x98\x81\xEC\x83\x81\xEC\xB7\xA8\xEC\x9E\xAC : \xEA\xB9\x80\xED\x83\x9C\xED\x9B\x88, "
                       "\xEB\x94\x94\xEC\x9E\x90\xEC\x9D\xB8 : \xEC\xA1\xB0\xEC\x88\x98\xEC\x9D\xB8)</p><div "
                       "class=\"w_reporter\"><strong class=\"name\">\xEC\xA0\x95\xED\x98\x9C\xEA\xB2\xBD \xEA\xB8\xB0"
                       "\xEC\x9E\x90</strong><span class=\"desc\">\xEA\xB8\xB0\xEC\x83\x81\xC2\xB7\xED\x99\x98\xEA\xB2\xBD "
                       "\xEB\x8B\xB4\xEB\x8B\xB9</span><a href=\"/reporter\">\xEA\xB8\xB0\xEC\x9E\x90 \xED\x8E\x98\xEC\x9D"
                       "\xB4\xEC\xA7\x80 \xEA\xB0\x80\xEA\xB8\xB0</a></div></article></body></html>");
  EXPECT_EQ(ko.authors, (std::vector<std::string>{"\xEC\xA0\x95\xED\x98\x9C\xEA\xB2\xBD"}));
  EXPECT_FALSE(has(ko.body, "\xEC\x98\x81\xEC\x83\x81\xEC\xB7\xA8\xEC\x9E\xAC")) << ko.body;
  // An Indonesian byline line inside the story, and the site and reporter closing it.
  Article id = extract("<html lang=\"id\"><body><h1>Revisi UU Pemilu</h1><div id=\"penulis\">Penulis: <a "
                       "href=\"/penulis/rina\">Rina Ayu Panca Rini</a></div><div class=\"txt-article\"><p><strong>Laporan "
                       "Wartawan Tribunnews.com, Rina Ayu</strong></p>" + para(1) + para(2) +
                       "<p>(Tribunnews.com/Rina Ayu)</p></div></body></html>");
  EXPECT_EQ(id.authors, (std::vector<std::string>{"Rina Ayu Panca Rini"}));
  EXPECT_FALSE(has(id.body, "Laporan Wartawan")) << id.body;
  EXPECT_FALSE(has(id.body, "(Tribunnews.com")) << id.body;
  // An editor's initials after a dash with no space, a Thai picture credit, a print headline.
  Article en = extract("<html lang=\"en\"><body><article><h1>Signal No. 2</h1>" + para(1) + para(2) +
                       "<p>\xE2\x80\x94VBL, GMA Integrated News</p><p>Newspaper headline: Bay waits for ice</p>"
                       "<p>\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\x9E\xE0\xB8\x88\xE0\xB8\xB2\xE0\xB8\x81 : "
                       "\xE0\xB8\x81\xE0\xB8\xA3\xE0\xB8\xA1</p></article></body></html>");
  for (const char* gone : {"VBL", "Newspaper headline", "\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\x9E"})
    EXPECT_FALSE(has(en.body, gone)) << gone << en.body;
  // A Chinese byline in a span: the place it was reported from is no name.
  Article cn = extract("<html lang=\"zh\"><body><h1>\xE8\x83\xBD\xE6\xBA\x90</h1><div><span>\xE6\x9C\xAC\xE6\x8A\xA5"
                       "\xE8\xAE\xB0\xE8\x80\x85 \xE5\xBC\xA0\xE4\xBC\x9F \xE5\x8C\x97\xE4\xBA\xAC\xE6\x8A\xA5\xE9\x81\x93"
                       "</span></div><div class=\"c\">" + para(1) + para(2) + "</div></body></html>");
  EXPECT_EQ(cn.authors, (std::vector<std::string>{"\xE5\xBC\xA0\xE4\xBC\x9F"}));
  // A character set where the language belongs.
  Article zh = extract("<html><head><meta http-equiv=\"Content-Language\" content=\"utf-8\"></head><body><article>"
                       "<h1>\xE8\x83\xBD\xE6\xBA\x90</h1><p>" + std::string(30, 'x') + "</p><p>\xE5\x9B\xBD\xE5\xAE\xB6"
                       "\xE5\x8F\x91\xE5\xB1\x95\xE6\x94\xB9\xE9\x9D\xA9\xE5\xA7\x94\xE5\x8F\xAC\xE5\xBC\x80\xE6\x96\xB0"
                       "\xE9\x97\xBB\xE5\x8F\x91\xE5\xB8\x83\xE4\xBC\x9A\xEF\xBC\x8C\xE4\xBB\x8B\xE7\xBB\x8D\xE8\x83\xBD"
                       "\xE6\xBA\x90\xE4\xBF\x9D\xE4\xBE\x9B\xE5\xB7\xA5\xE4\xBD\x9C\xE3\x80\x82</p></article></body></html>");
  EXPECT_NE(zh.language.value_or(""), "utf");
}

// A related-links box under the story's column must not lift the selection above it: the
// parent wins the climb only when it holds more paragraphs (a Japanese wire's "関連記事" and
// terms list under a story whose first paragraph a related link follows).
TEST(WorldPages, ListsUnderTheStoryDoNotLiftTheSelection) {
  Article a = extract(R"JP(<html lang="ja"><body>
<div id="Main">
<div class="MainInner Individual">
<div class="ArticleTitleButton"><ul class="clearfix"><li class="small">市</li><li class="middle current">の</li><li class="large">委</li></ul></div>
<article>
<div class="ArticleTitle">
	<h1>員会は来年度の、予１算について住　民の意見を聞きながら慎重に検―討を進</h1>
	<div class="ArticleData clearfix">
	<p class="ArticleTitleData">2026め11る18方07針12を</p>
</div>

</div>



<div class="ArticleText clearfix">
	
	
	<p>
	　示した新しい１７計、画では学校と病院の建て替えを優先す１る市の委員会は来年度の予算について住。民の意見を「聞きながら慎」重に検討、を進める方針を示した新しい計画では学校と病院の建て替えを優。先する市の委員会は来、年度の予算について住民の。意見を聞きながら慎重に検討を進。<br>
</p><p class="ArticleTextTab"><a href="/jc/article?k=2026111100854&g=soc">める方針を示し、た新しい計画で　は学校と病院の建て替え</a></p><p>
	　<a href="/jc/giin?d=6a1f0c93be27d5c41f8e0a7d2b913c55&c=syu" target="_self">を優先す</a>る市の委員会は来年度の予算に「ついて住民の意見を聞きながら慎、重に検討を進める方針を示した新。しい計画では学校と病院の建て替えを優先」する市の。委員会は来年度の予算について住民の意、見を聞きながら慎重に検討を進める方針を示した新し。<br>
	　い計画では学校と病院、の建て替えを優先する市の委３０員会は、来年度の予算７について住民の。２０２５意見を聞きながら慎重に検討を進１５める方針、を示した新しい計画では学校と。病院の建て替えを優先する市の、委員会は来年度の予算について住民の意「見を聞き」ながら慎重に検討を進め。<br>
	　る方針を示した、新しい計画では学校と病院の建、て替えを優先する市の委員会は来年度の予算について住民の意見を聞きながら慎重に検。討を進める方針を示した新しい計画では学校と病院、の建て替えを優先する市の委員会は。<br>
</p>
	
	<p>
	　来年度の予算に、ついて住民の意見を聞きながら慎重に検討を進、める方針を示した新しい計画では学校と病院の建て替えを優先す。る市、の委員会は来年度の予算について住４０民の意見を聞きながら慎重に検討を、進める方針を示した新しい計。<br>
	　画では学校と病院の建て替えを優先する、「市の委員会は来年度の、予算について住民の意見を聞きながら慎重に検討を進める方針を」（示した新しい計画では学校と病院の）建て替、えを優先する市の委員会は来年度の予算。<br>
	　につい２０４０て住民の意見を聞き５７ながら慎重に検討を進める方、針を示した新しい計画では学校と病院の建て替えを優先する、市の委員会は来年度の予算について。
	<img src="/news2/kiji_photos/square/dummy/dummy2.png" alt="" width="1" height="1"></p>
	<aside class="ArticleBottomLink">

</aside>

</div>
</article>
<div class="BottomArticleList Relation"><div class="TitleBorder clearfix"><p>住民の意</p></div><div class="ArticleListMain"><ul class="LinkList"><li class="RelationList"><a href="/jc/article?k=2026111100854&amp;g=soc">見を聞きながら、慎重に検討を進</a></li></ul></div></div>
<div class="BottomArticleList">
	<div class="TitleBorder clearfix">
		<p>める方針</p>
	</div>
	<div class="RelationWord">
		<ul>
			<li><a href="/jc/article?k=2026111000&g=tha">を示した</a><span>(11/17 21:03)</span></li><li><a href="/jc/article?k=2026111001&g=tha">新しい計画で</a><span>(11/17 21:02)</span></li><li><a href="/jc/article?k=2026111002&g=tha">は学校と</a><span>(11/15 08:10)</span></li><li><a href="/jc/article?k=2026111003&g=tha">病院の建</a><span>(11/12 14:55)</span></li><li><a href="/jc/article?k=2026111004&g=tha">て替えを優先す</a><span>(11/10 09:41)</span></li><li><a href="/jc/article?k=2026111005&g=tha">る市の委員会</a><span>(10/31 08:30)</span></li>
		</ul>
	</div>
</div>
</div>
</div>
</body>
</html>
)JP");
  EXPECT_TRUE(has(a.body, "\xE5\xB8\x82\xE3\x81\xAE")) << a.body;
  EXPECT_FALSE(has(a.body, "(11/17")) << a.body;
}

}  // namespace
}  // namespace newsarchive::parse_test

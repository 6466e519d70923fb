// Templates of Brazilian, Portuguese, Finnish, Hungarian and Croatian sites (the r43e and
// r44e passes): the site and the town in a byline, a video's placeholder and playlist, a
// masthead's day before the story's time, a share title cut before a clause, a label
// naming the writers and photographers, a call to follow the site on Google News.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "parse/fields.hpp"

using namespace newsarchive;
using Names = std::vector<std::string>;

namespace {

using parse::clean_authors;
using parse_test::extract;
using parse_test::has;
using parse_test::kStory;
using parse_test::para;

}  // namespace

TEST(TemplatesAbroad, TheSiteAndTheTownBesideTheWritersAreNoWriters) {
  Article a = extract(R"(<html><head><meta property="og:site_name" content="Portal Viva"><script
    type="application/ld+json">{"@type":"NewsArticle","headline":"Temporal alaga ruas","author":{"@type":"Person",
    "name":"Ana Souza"}}</script></head><body><article><h1>Temporal alaga ruas</h1><p class="from">Por <strong>Ana
    Souza e Bruno Lima, Portal Viva SP</strong> — São Paulo</p>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Ana Souza", "Bruno Lima"}));
}

TEST(TemplatesAbroad, AVideosPlaceholderAndPlaylistGo) {
  Article a = extract(R"(<html><body><article><h1>Temporal alaga ruas</h1><div class="content-video"><div
    class="content-video__placeholder"><span class="content-video__placeholder__title">Moradores registram rua
    transformada em rio</span><span class="content-video__placeholder__duration">01:12</span></div></div>)" + kStory +
                      R"(<div class="content-media content-media--video-playlist"><span class="item">Motociclista é
    atingido por fio solto</span><span class="item">Polícia prende suspeitos</span></div>)" + para(4) +
                      "</article></body></html>");
  EXPECT_FALSE(has(a.body, "Moradores registram")) << a.body;
  EXPECT_FALSE(has(a.body, "Motociclista")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 4")) << a.body;
  // A video story's wrapper holds its text: it stays.
  Article story = extract(R"(<html><body><article class="article--video"><h1>Bridge</h1>)" + kStory + para(4) +
                          para(5) + para(6) + "</article></body></html>");
  EXPECT_TRUE(has(story.body, "Paragraph 6")) << story.body;
}

TEST(TemplatesAbroad, TheStorysTimeOfTheMastheadsDayWins) {
  Article a = extract(R"(<html lang="pt"><body><div class="topo"><div class="topo-data">Sexta-feira, 14 de Março de
    2025</div></div><h1>Metro do Porto adia abertura da linha</h1><div class="noticia-info"><span
    class="noticia-data">14 de março de 2025, 10:15</span></div>)" + kStory + "</body></html>");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->substr(0, 16), "2025-03-14T10:15");
  // Another day's time does not replace the first date.
  Article b = extract(R"(<html lang="pt"><body><h1>Metro do Porto adia abertura da linha</h1><div
    class="noticia-data">14 de março de 2025</div><div class="noticia-data">15 de março de 2025, 10:15</div>)" + kStory +
                      "</body></html>");
  ASSERT_TRUE(b.published);
  EXPECT_EQ(*b.published, "2025-03-14");
}

TEST(TemplatesAbroad, AShareTitleCutBeforeAClauseYieldsToTheHeadingAndTitle) {
  const std::string h1 = "Pirkanmaa sulkee kuusi terveysasemaa – ”Emme saa lääkäreitä pieniin toimipisteisiin”";
  Article a = extract(R"(<html lang="fi"><head><title>)" + h1 + R"( | Kotimaa | Päivän Sanomat</title><meta
    property="og:title" content="Pirkanmaa sulkee kuusi terveysasemaa"></head><body><article><h1>)" + h1 + "</h1>" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.headline, h1);
  // A share title that is a different wording, not a cut, stays the headline.
  Article b = extract(R"(<html><head><title>Council closes the old bridge, and commuters pay | Gazette</title><meta
    property="og:title" content="Council closes the old bridge for good"></head><body><article><h1>Council closes the
    old bridge, and commuters pay</h1>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.headline, "Council closes the old bridge for good");
}

TEST(TemplatesAbroad, FinnishLabelsForTheWritersAndThePhotographer) {
  Article a = extract(R"(<html lang="fi"><body><article><h1>Terveysasemat</h1><div class="byline"><div
    class="byline-row"><span class="byline-role">Teksti</span> <a class="byline-name">Matti Virtanen</a>, <a
    class="byline-name">Laura Nieminen</a></div><div class="byline-row"><span class="byline-role">Kuvat</span> <span
    class="byline-name">Jukka Lehtinen</span></div></div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Matti Virtanen", "Laura Nieminen"}));
}

TEST(TemplatesAbroad, CallsToFollowOnGoogleNewsInMoreLanguages) {
  for (std::string call : {"Ne propustite najvažnije vijesti. Pratite nas na Google Newsu.",
                           "Ακολουθήστε μας στο Google News για όλες τις ειδήσεις.",
                           "Seuraa meitä Google Newsissa."}) {
    Article a = extract("<html><body><article><h1>Promet</h1>" + kStory + "<p>" + call + "</p>" + para(4) +
                        "</article></body></html>");
    EXPECT_FALSE(has(a.body, "Google News")) << a.body;
    EXPECT_TRUE(has(a.body, "Paragraph 4")) << a.body;
  }
}

TEST(TemplatesAbroad, ADateInACompoundNamedClassWithArabicDigits) {
  Article a = extract(R"(<html lang="ar" dir="rtl"><body><h1>عنوان الخبر اليوم في القاهرة</h1><span
    class="newsStoryDate">الجمعة، ١٤ مارس ٢٠٢٥ ٠٩:٣٠ ص</span><p>قالت وزارة التربية والتعليم إن امتحانات الثانوية العامة
    ستبدأ في موعدها المحدد دون أي تأجيل هذا العام.</p><p>وأضافت الوزارة أن جميع الاستعدادات قد اكتملت في المدارس والمراكز
    المخصصة لأداء الامتحانات في كل المحافظات.</p></body></html>)");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->substr(0, 16), "2025-03-14T09:30");
}

TEST(TemplatesAbroad, AStorysAgeAndReadingTimeGo) {
  for (std::string line : {"Hace 3 horas Tiempo de lectura: 4 minutos", "Tiempo de lectura: 4 minutos",
                           "3 hours ago · 4 min read", "vor 2 Stunden · 3 Min. Lesezeit", "Hace 3 horas"}) {
    Article a = extract("<html><body><article><h1>Bridge</h1><p>" + line + "</p>" + kStory + "</article></body></html>");
    EXPECT_TRUE(a.body.starts_with("The council voted")) << line << "\n" << a.body;
  }
  Article kept = extract("<html><body><article><h1>Bridge</h1><p>Hace 3 horas que llueve en Santiago.</p>" + kStory +
                         "</article></body></html>");
  EXPECT_TRUE(has(kept.body, "Hace 3 horas que llueve")) << kept.body;
}

TEST(TemplatesAbroad, ThePlaceBesideTheAgencyIsNoWriterAndASpanishAppCallGoes) {
  Article a = extract(R"(<html lang="es"><body><article><h1>Incendio en Alcañiz</h1><div class="firma"><span
    class="localidad">Alcañiz (Teruel)</span> | <span class="autor">EFE</span></div>)" + kStory +
                      R"(<div class="caja-app"><p>Descarga la app de Diario del Ebro y recibe las últimas noticias de
    Aragón en tu móvil.</p></div>)" + para(4) + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"EFE"}));
  EXPECT_FALSE(has(a.body, "Descarga la app")) << a.body;
}

TEST(TemplatesAbroad, AWritersSignOffStaysANewslettersCallGoes) {
  Article a = extract(R"(<html><body><article><h1>Ferry</h1>)" + kStory + R"(<p>Thanks for reading, and as always,
    reply to this email if you know something I should be looking into.</p><p>Thanks for reading Tidewater Notes!
    Subscribe for free to receive new posts and support my work.</p></article></body></html>)");
  EXPECT_TRUE(has(a.body, "reply to this email")) << a.body;
  EXPECT_FALSE(has(a.body, "Subscribe for free")) << a.body;
}

// What the twentieth session's review found the rules above must leave alone.
TEST(TemplatesAbroad, TheRulesLeaveNamesStoriesAndStampsAlone) {
  // Capitalised "Ja" and "Un" are parts of names, not "and".
  Article names = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Small
    states","author":[{"@type":"Person","name":"Chong Ja Ian"},{"@type":"Person","name":"Kim Un Yong"}]}</script></head>
    <body><article><h1>Small states</h1>)" + kStory + "</article></body></html>");
  EXPECT_EQ(names.authors, (Names{"Chong Ja Ian", "Kim Un Yong"}));
  // Writers joined by a dash; "Redacción" before a name or an agency; a writer and his paper.
  Article dash = extract(R"(<html><body><article><h1>Temporal</h1><p class="byline">Por Ana Souza — Bruno Lima</p>)" +
                         kStory + "</article></body></html>");
  EXPECT_EQ(dash.authors, (Names{"Ana Souza", "Bruno Lima"}));
  EXPECT_EQ(clean_authors({"Redacción EFE"}, true), (Names{"EFE"}));
  EXPECT_EQ(clean_authors({"Redacción Ana Gil"}), (Names{"Ana Gil"}));
  EXPECT_EQ(clean_authors({"Ronaldo (Estadão)"}), (Names{"Ronaldo"}));
  // A body section flagged as holding a video keeps its text.
  Article video = extract(R"(<html><body><article><h1>Flooding</h1><div class="article-body__section has-video">)" +
                          kStory + "</div></article></body></html>");
  EXPECT_TRUE(has(video.body, "The council voted")) << video.body;
  // News about apps and Google News stays.
  for (std::string line : {"El Gobierno descarga la responsabilidad de la aplicación de la ley en las comunidades.",
                           "Google News seuraa jatkossa tarkemmin, mistä lähteistä käyttäjät lukevat uutisia."}) {
    Article a = extract("<html><body><article><h1>Apps</h1><p>" + line + "</p>" + kStory + "</article></body></html>");
    EXPECT_TRUE(has(a.body, line.substr(0, 30))) << a.body;
  }
  // A day-only stamp before an update's "Stand:" time keeps its day.
  Article stand = extract(R"(<html lang="de"><body><h1>Stadtrat beschließt Haushalt</h1><div class="date">Freitag,
    14.03.2025</div><div class="date">Stand: 14.03.2025, 18:30 Uhr</div>)" + kStory + "</body></html>");
  ASSERT_TRUE(stand.published);
  EXPECT_EQ(*stand.published, "2025-03-14");
  // The <h1> that only adds the site's name is no fuller headline.
  Article site = extract(R"(<html><head><title>Council approves new budget for schools - Riverside Gazette</title><meta
    property="og:site_name" content="Riverside Gazette"><meta property="og:title" content="Council approves new budget
    for schools"></head><body><article><h1>Council approves new budget for schools - Riverside Gazette</h1>)" + kStory +
                         "</article></body></html>");
  EXPECT_EQ(site.headline, "Council approves new budget for schools");
}

TEST(TemplatesAbroad, ARegulatorsNoteASavePromptAndAnAISummarysNoteGo) {
  Article a = extract(R"(<html><body><article><h1>Ferry cancellations</h1><span class="save-text">You can save this
    article by registering for free here. Or sign-in if you have an account.</span>)" + kStory + R"(<p>This summary was
    generated with the help of AI and reviewed by an editor.</p>)" + para(4) + R"(<div class="notice"><p>This website
    and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.</p>
    </div></article></body></html>)");
  EXPECT_TRUE(a.body.starts_with("The council voted")) << a.body;
  EXPECT_FALSE(has(a.body, "help of AI")) << a.body;
  EXPECT_FALSE(has(a.body, "Independent Press Standards")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 4")) << a.body;
  // A story about the regulator stays.
  Article story = extract(R"(<html><body><article><h1>Regulator</h1><p>The Independent Press Standards Organisation
    upheld a complaint against the paper on Tuesday, its first ruling of the year.</p>)" + kStory +
                          "</article></body></html>");
  EXPECT_TRUE(has(story.body, "upheld a complaint")) << story.body;
}

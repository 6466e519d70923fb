// Attribution in languages added by the r32s pass: Catalan, Hungarian (case endings glued
// onto names), Vietnamese and Persian (the Arabic names in Persian letters); and what the
// r32s pages showed about links, bylines and namesakes.
#include <gtest/gtest.h>

#include "helpers.hpp"

using namespace sources_test;


TEST(Languages, CatalanCues) {
  const std::string url = "https://www.diari-exemple.cat/a";
  EXPECT_EQ(cited("Segons ha avançat El Punt Avui, el calendari preveu que la societat comenci el gener.", "ca", url),
            V{"El Punt Avui"});
  EXPECT_EQ(cited("Segons Reuters, el govern negociarà la compra.", "ca", url), V{"Reuters"});
  EXPECT_EQ(cited("El Punt Avui va organitzar un debat sobre el traspàs.", "ca", url), V{});  // a subject, no cue
}

TEST(Languages, HungarianCuesAndCaseEndings) {
  const std::string url = "https://www.hirlap-pelda.hu/a";
  EXPECT_EQ(cited("A Bloomberg értesülése szerint az Európai Bizottság is vizsgálja a finanszírozást.", "hu", url),
            V{"Bloomberg"});
  EXPECT_EQ(cited("Ezt írja a Reuters csütörtökön.", "hu", url), V{"Reuters"});
  EXPECT_EQ(cited("A miniszter a Reutersnek nyilatkozta, hogy nem mond le.", "hu", url), V{"Reuters"});
  EXPECT_EQ(cited("A miniszter a BBC-nek nyilatkozta, hogy nem mond le.", "hu", url), V{"BBC"});
  EXPECT_EQ(cited("A Reuters irodája a belvárosba költözik.", "hu", url), V{});
}

TEST(Languages, VietnameseCues) {
  const std::string url = "https://www.baovidu.vn/a";
  EXPECT_EQ(cited("Theo hãng tin Reuters, cuộc đàm phán đã bế tắc.", "vi", url), V{"Reuters"});
  EXPECT_EQ(cited("Reuters đưa tin rằng hai bên đã đạt thỏa thuận.", "vi", url), V{"Reuters"});
  EXPECT_EQ(cited("Bộ trưởng trả lời phỏng vấn VnExpress hôm qua.", "vi", url), V{"VnExpress"});
  EXPECT_EQ(cited("Theo ông Nguyễn Văn Nam, dự án sẽ hoàn thành.", "vi", url), V{});
}

TEST(Languages, PersianCuesAndPersianLetters) {
  const std::string url = "https://www.nameh-nemouneh.ir/a";
  // "رویترز" with Persian yeh is the directory's Arabic "رويترز".
  EXPECT_EQ(cited("به گزارش رویترز، مذاکرات متوقف شد.", "fa", url), V{"Reuters"});
  EXPECT_EQ(cited("وزیر در گفتگو با رویترز گفت که استعفا نمی‌دهد.", "fa", url), V{"Reuters"});
  EXPECT_EQ(cited("کارکنان رویترز در تهران تجمع کردند.", "fa", url), V{});
}

TEST(Languages, AnAnchorThatNamesTheLinkedSiteAndSaysItReported) {
  const std::string url = "https://www.example-daily.test/story";
  // A name the label starts with, a site name written as its domain, and initials.
  // (Sites the directory does not know.)
  EXPECT_EQ(names(sources({para("As Kestrel reported, the advisers were hired only in September.",
                                {{"Kestrel reported", "https://www.kestrelchile.cl/2026/11/12/consulta-litio/"}})},
                          url)),
            V{"Kestrel"});
  EXPECT_EQ(names(sources({para("Analysts think the move is about a listing, iFjord.no reports.",
                                {{"iFjord.no reports", "https://ifjord.no/analytikere-flyttingen-handler-om-bors/"}})},
                          url)),
            V{"iFjord.no"});
  EXPECT_EQ(names(sources({para("Three firms do 40 per cent of the work, an investigation by Stichting de Waakhond "
                                "found.",
                                {{"an investigation by Stichting de Waakhond",
                                  "https://www.sdw.nl/artikelen/groningen-versterking-aannemers"}})},
                          url)),
            V{"Stichting de Waakhond"});
  // A company's own page, named without a word of reporting, is no outlet.
  EXPECT_EQ(names(sources({para("The parts come from Halvorsen Marine, which builds the hulls.",
                                {{"Halvorsen Marine", "https://www.halvorsen.no/hulls/"}})},
                          url)),
            V{});
}

TEST(Languages, ASiteNameThatIsANamesakeAbroadDoesNotMakeThePublisher) {
  // "NewsDay" on newsday.co.zw is not Long Island's Newsday: "The Herald" is Harare's.
  SourceContext ctx;
  ctx.page_url = "https://www.newsday.co.zw/local-news/article/1";
  ctx.language = "en";
  ctx.site_name = "NewsDay";
  auto s = newsarchive::parse::extract_sources({para("The Herald reported that fuel queues had returned to Harare.")},
                                               ctx, &directory());
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].domain, std::optional<std::string>("herald.co.zw"));
}

TEST(Languages, ABylineCreditBeforeItsDateAndAFinnishCreditLine) {
  auto s = sources({para("I Comuni di confine rischiano di perdere fino a 20 milioni di franchi.")},
                   "https://www.cdt-esempio.ch/a", "it", "Redazione e Keystone-ATS \xC2\xB7 21.11.2026");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].domain, std::optional<std::string>("keystone-sda.ch"));
  EXPECT_TRUE(s[0].credit_line);
  auto fi = sources({para("Raitiotien kustannukset nousivat taas kolmella miljoonalla eurolla."),
                     para("Juttua täydennetty STT:n tiedoilla.")},
                    "https://www.lehti-esimerkki.fi/a", "fi");
  ASSERT_EQ(fi.size(), 1u);
  EXPECT_EQ(fi[0].domain, std::optional<std::string>("stt.fi"));
}

TEST(Languages, CreditsByInitialsAndLabelsOfMoreLanguages) {
  auto bd = sources({para("Garment workers rejected the new wage offer on Sunday."), para("With inputs from UNB")},
                    "https://www.dailystar-example.com.bd/a", "en");
  ASSERT_EQ(bd.size(), 1u);
  EXPECT_EQ(bd[0].domain, "unb.com.bd");
  auto ca = sources({para("El traspàs de Rodalies s'ajorna fins a l'estiu."), para("Amb informació de l'ACN")},
                    "https://www.diari-exemple.cat/a", "ca");
  ASSERT_EQ(ca.size(), 1u);
  EXPECT_EQ(ca[0].domain, "acn.cat");
  auto br = sources({para("O ministro disse que a CGU vai cruzar os dados."), para("*Com informações da Agência Brasil")},
                    "https://www.jornal-exemplo.com.br/a", "pt");
  ASSERT_EQ(br.size(), 1u);
  EXPECT_EQ(br[0].domain, "agenciabrasil.ebc.com.br");
}

TEST(Languages, ABodyThatSharesAnOutletsAcronymAndAFinnishAllative) {
  EXPECT_EQ(cited("Volgens het CBS zijn er sinds 2018 ruim 4.000 woningen gesloopt.", "nl", "https://www.krant-voorbeeld.nl/a"),
            V{});
  EXPECT_EQ(cited("Its circulation was just under 8,000, according to ABC figures.", "en",
                  "https://www.paper-example.co.uk/a"),
            V{});
  EXPECT_EQ(cited("Volgens CNN is de top uitgesteld.", "nl", "https://www.krant-voorbeeld.nl/a"), V{"CNN"});
  EXPECT_EQ(cited("– Kustannukset nousevat, hän sanoo Tamperelaiselle.", "fi", "https://www.lehti-esimerkki.fi/a"),
            V{"Tamperelainen"});
}

TEST(Languages, AWordOfJournalismBeforeTheAnchorButNotABareAccordingTo) {
  const std::string url = "https://www.jornal-exemplo.com.br/a";
  EXPECT_EQ(names(sources({para("O texto, conforme antecipou o Kestrel, prevê cortes.",
                                {{"Kestrel", "https://www.kestrel.info/politica/texto-preve-cortes/"}})},
                          url, "pt")),
            V{"Kestrel"});
  EXPECT_EQ(names(sources({para("Ifølge opplysninger i Firmadata hadde selskapet et driftsresultat på 2 milliarder.",
                                {{"Firmadata", "https://www.firmadata.no/selskap/vestlaks-holding-as/"}})},
                          "https://www.avis-eksempel.no/a", "no")),
            V{});
}

TEST(Languages, ACompanysOwnPublicationsAreNoOutletWhatTheAnchorSays) {
  const std::string url = "https://www.example-daily.test/story";
  EXPECT_EQ(names(sources({para("Demand grew, according to a report published by McKinsey last month.",
                                {{"McKinsey", "https://www.mckinsey.com/industries/x/our-insights/the-state-of-cities"}})},
                          url)),
            V{});
  EXPECT_EQ(names(sources({para("The carmaker denied it. Tesla wrote that its systems were safe.",
                                {{"Tesla wrote", "https://www.tesla.com/blog/update-our-autopilot"}})},
                          url)),
            V{});
  EXPECT_EQ(names(sources({para("An investigation by Gartner reached the same view.",
                                {{"investigation by Gartner",
                                  "https://www.gartner.com/en/newsroom/press-releases/2024-05-01-gartner-survey"}})},
                          url)),
            V{});
}

TEST(Languages, MoreCueFormsAndAnAudienceIsNoSource) {
  const std::string url = "https://www.example-daily.test/story";
  EXPECT_EQ(cited("Rates will rise, a indiqué l'AFP.", "fr", "https://www.journal-exemple.fr/a"), V{"Agence France-Presse"});
  EXPECT_EQ(cited("Según fuentes consultadas por El País, el acuerdo está cerca.", "es", "https://www.diario-ejemplo.es/a"),
            V{"El País"});
  EXPECT_EQ(cited("The Financial Times hears from City economists that rates will rise.", "en", url),
            V{"Financial Times"});
  EXPECT_EQ(cited("Guardian Australia reported that the fund had been cut.", "en", url), V{"The Guardian"});
  EXPECT_EQ(cited("The MP, who once told GB News viewers that the plan was dead, voted for it.", "en", url), V{});
  auto pti = sources({para("New Delhi, Nov 20 (PTI) Opposition members walked out of the Lok Sabha on Thursday.")},
                     "https://www.paper-example.in/a", "en");
  ASSERT_EQ(pti.size(), 1u);
  EXPECT_TRUE(pti[0].credit_line);
}

TEST(Languages, ATitleWordOpeningAClauseBeforeAReportingVerb) {
  const std::string url = "https://www.example-daily.test/story";
  EXPECT_EQ(cited("The deal is worth high eight figures, Variety reported Tuesday.", "en", url), V{"Variety"});
  EXPECT_EQ(cited("Crowds gathered, People reported seeing smoke.", "en", url), V{});
}

TEST(Languages, ATitleWordAfterAQuotedPhrasesComma) {
  EXPECT_EQ(cited("The deal is worth \"high eight figures,\" Variety reported Tuesday.", "en",
                  "https://www.example-daily.test/story"),
            V{"Variety"});
}

// Text evidence: attribution cues in English and the other supported languages, and
// what is not a source (people, officials, companies, unnamed media, photo credits).
#include <gtest/gtest.h>

#include "helpers.hpp"

using namespace sources_test;


TEST(TextCues, AccordingTo) { EXPECT_EQ(cited("The plant closed, according to Reuters."), V{"Reuters"}); }
TEST(TextCues, OutletReported) { EXPECT_EQ(cited("The Washington Post reported that talks failed."), V{"The Washington Post"}); }
TEST(TextCues, OutletReportsSaidWroteConfirmed) {
  EXPECT_EQ(cited("CNBC reports that shots were fired."), V{"CNBC"});
  EXPECT_EQ(cited("The Guardian wrote that the deal was off."), V{"The Guardian"});
  EXPECT_EQ(cited("Bloomberg confirmed the sale on Monday."), V{"Bloomberg"});
  EXPECT_EQ(cited("Politico first reported the memo."), V{"Politico"});
}
TEST(TextCues, InvertedReportedAtClauseEnd) {
  EXPECT_EQ(cited("Three people were wounded, reported the U.K. Daily Mail."), V{"Daily Mail"});
}
TEST(TextCues, ReportedBy) { EXPECT_EQ(cited("The memo was first reported by Axios on Tuesday."), V{"Axios"}); }
TEST(TextCues, ToldOutletWithDescriptorAndQualifier) {
  EXPECT_EQ(cited("Witnesses told the Russian TASS news agency that shots were fired."), V{"TASS"});
}
TEST(TextCues, InAnInterviewWith) { EXPECT_EQ(cited("He said so in an interview with NPR."), V{"NPR"}); }
TEST(TextCues, CitingAndVia) {
  EXPECT_EQ(cited("Bloomberg, citing people familiar with the matter, said the deal was near."), V{"Bloomberg"});
  EXPECT_EQ(cited("The video was shared widely (via BuzzFeed News)."), V{"BuzzFeed News"});
}
TEST(TextCues, AReportFrom) { EXPECT_EQ(cited("That is the finding of a report from ProPublica."), V{"ProPublica"}); }
TEST(TextCues, Possessives) {
  EXPECT_EQ(cited("CNN's Jake Tapper reported the exchange."), V{"CNN"});
  EXPECT_EQ(cited("Much of this rests on the Times' reporting in 2019.", "en", "https://www.thetimes.co.uk/x"), V{});
  EXPECT_EQ(cited("Much of this rests on the Guardian's reporting in 2019."), V{"The Guardian"});
}
TEST(TextCues, CoordinatedOutletsShareTheCue) {
  EXPECT_EQ(cited("Both Reuters and the Associated Press reported the arrests."), (V{"Reuters", "Associated Press"}));
}
TEST(TextCues, UnknownOutletWithTheShapeOfOne) {
  EXPECT_EQ(cited("The Plainsville Gazette reported that the mill will close."), V{"The Plainsville Gazette"});
  EXPECT_EQ(cited("The KRTX news agency reported an explosion."), V{"KRTX"});
}
TEST(TextCues, GermanCues) {
  EXPECT_EQ(cited("Das berichtete der „Spiegel“ am Montag.", "de", "https://www.example.de/a"), V{"Der Spiegel"});
  EXPECT_EQ(cited("Laut dpa wurde niemand verletzt.", "de", "https://www.example.de/a"), V{"dpa"});
  EXPECT_EQ(cited("Wie die BBC am Dienstag berichtete, war die Lage ruhig.", "de", "https://www.example.de/a"), V{"BBC"});
  EXPECT_EQ(cited("Das sagte er der SZ.", "de", "https://www.example.de/a"), V{"Süddeutsche Zeitung"});
  EXPECT_EQ(cited("Er erklärte gegenüber der Welt, das Papier sei alt.", "de", "https://www.example.de/a"), V{"Die Welt"});
  EXPECT_EQ(cited("Dem Handelsblatt zufolge steigen die Preise.", "de", "https://www.example.de/a"), V{"Handelsblatt"});
  EXPECT_EQ(cited("In einem Interview bei RTL/Ntv sagte er das.", "de", "https://www.example.de/a"), (V{"RTL", "n-tv"}));
}
TEST(TextCues, FrenchAndSpanishCues) {
  EXPECT_EQ(cited("Deux morts, selon l'AFP.", "fr", "https://www.example.fr/a"), V{"Agence France-Presse"});
  EXPECT_EQ(cited("Le président a démissionné, a rapporté Le Monde.", "fr", "https://www.example.fr/a"), V{"Le Monde"});
  EXPECT_EQ(cited("Según El País, el Gobierno dimitirá.", "es", "https://www.example.es/a"), V{"El País"});
  EXPECT_EQ(cited("Hubo tres heridos, informó EFE.", "es", "https://www.example.es/a"), V{"Agencia EFE"});
}
TEST(TextCues, ScandinavianItalianAndPolishCues) {
  EXPECT_EQ(cited("Han ble dømt, ifølge BBC.", "no", "https://www.example.no/a"), V{"BBC"});
  EXPECT_EQ(cited("Det melder Sky News.", "no", "https://www.example.no/a"), V{"Sky News"});
  EXPECT_EQ(cited("Tre skadades, enligt Dagens Nyheter.", "sv", "https://www.example.se/a"), V{"Dagens Nyheter"});
  EXPECT_EQ(cited("Secondo il Corriere della Sera, il governo cadrà.", "it", "https://www.example.it/a"),
            V{"Corriere della Sera"});
  EXPECT_EQ(cited("Jak podaje agencja prasowa IRNA, rozmowy zawieszono.", "pl", "https://www.example.pl/a"), V{"IRNA"});
  // Cue verbs spelled with Polish letters (ł, ż) after the name.
  EXPECT_EQ(cited("Portal CNN podawał zaś, że delegacja przybędzie we wtorek.", "pl", "https://www.example.pl/a"),
            V{"CNN"});
  EXPECT_EQ(cited("Dziennik „New York Post”, z którym rozmawiał prezydent, podawał, że rozmowy trwają.", "pl",
                  "https://www.example.pl/a"),
            V{"New York Post"});
}
TEST(TextCues, PeopleOfficialsAndCompaniesAreNotOutlets) {
  EXPECT_EQ(cited("Russian Foreign Minister Sergei Lavrov said the team had landed."), V{});
  EXPECT_EQ(cited("According to the FBI, the suspect acted alone."), V{});
  EXPECT_EQ(cited("Goldman Sachs said profits rose, according to Apple."), V{});
  EXPECT_EQ(cited("A White House spokesperson said in a statement that talks continue."), V{});
  // A title before a name is a person, even when the title is also a newspaper word.
  EXPECT_EQ(cited("Opposition Leader Bill Shorten said the bill went too far."), V{});
  // Opening words set in capitals are not an acronym: "AS Opposition Leader ...".
  EXPECT_EQ(cited("AS Opposition Leader Bill Shorten said in a letter last month that it went too far."), V{});
  EXPECT_EQ(cited("The Wrexham Leader reported that the mill would close."), V{"The Wrexham Leader"});
}
TEST(TextCues, UnnamedMediaCountForNothing) {
  EXPECT_EQ(cited("According to reports, local news outlets said the road was closed."), V{});
  EXPECT_EQ(cited("US-Medien berichteten, dass die Lage ruhig sei.", "de", "https://www.example.de/a"), V{});
}
TEST(TextCues, OutletNamedWithoutACueIsNotASource) {
  EXPECT_EQ(cited("Executives from Fox News and CNN met the minister on Monday."), V{});
  EXPECT_EQ(cited("A series of Miami Herald stories prompted the inquiry."), V{});
}
TEST(TextCues, CommonWordNamesNeedMoreThanACue) {
  EXPECT_EQ(cited("People reported feeling the tremor across the city."), V{});
  EXPECT_EQ(cited("She told People that the album was her best work."), V{"People"});
}
TEST(TextCues, PhotoCreditsNeverCount) {
  EXPECT_EQ(cited("The square on Monday (photo via AP)."), V{});
}
TEST(TextCues, ThePublisherIsNotItsOwnSource) {
  EXPECT_EQ(cited("In an interview with the BBC, he said he would stay.", "en", "https://www.bbc.com/news/x"), V{});
  EXPECT_EQ(cited("He told Daily Maverick the plan had failed.", "en", "https://www.dailymaverick.co.za/a"), V{});
}
TEST(TextCues, AGenericNameInsideAnInstitutionsNameIsNoOutlet) {
  // "Foreign Affairs" (the magazine) inside "the Ministry of Foreign Affairs said".
  EXPECT_EQ(names(sources({para("Pakistan summoned the envoy, the Ministry of Foreign Affairs said.")})), V{});
  EXPECT_EQ(names(sources({para("The Council on Foreign Relations said the talks had stalled.")})), V{});
  EXPECT_EQ(names(sources({para("The talks had stalled, Foreign Affairs reported.")})), V{"Foreign Affairs"});
}
TEST(TextCues, ABroadcasterNamedAfterAPaperIsNotThePaper) {
  auto got = sources({para("The chairwoman told Times Radio: \"Officers are exhausted.\"")}, "https://www.mirror.co.uk/a");
  EXPECT_EQ(names(got), V{"Times Radio"});
  EXPECT_EQ(names(sources({para("The chairwoman told the Times that officers were exhausted.")},
                          "https://www.mirror.co.uk/a")),
            V{"The Times"});
}
TEST(TextCues, WhatSomeoneSharedOnlineIsNotTheirSource) {
  EXPECT_EQ(names(sources({para("Emery also retweeted an article by New York magazine about the election.")})), V{});
  EXPECT_EQ(names(sources({para("The senator shared a story by the Washington Post on Sunday.")})), V{});
  // The writer's own cue stays, whatever the sentence says of sharing later.
  EXPECT_EQ(names(sources({para("The Washington Post reported that the senator shared a story on Sunday.")})),
            V{"The Washington Post"});
}
TEST(TextCues, TheOutletsOwnReportersAsWitnesses) {
  EXPECT_EQ(names(sources({para("Associated Press reporters heard explosions near the city center.")})),
            V{"Associated Press"});
  EXPECT_EQ(names(sources({para("Hendrik Pfeiffer merkte in der Liveübertragung des NDR an, dass es warm war.")},
                          "https://www.abendblatt.de/a", "de")),
            V{"Norddeutscher Rundfunk"});
}
TEST(TextCues, GermanVerbFinalTellingCountsAndAFunctionWordIsNoOutlet) {
  EXPECT_EQ(names(sources({para("Das hat Hendel dem Tagesspiegel im vergangenen Frühjahr erzählt.")},
                          "https://www.sueddeutsche.de/a", "de")),
            V{"Der Tagesspiegel"});
  // "Am" opening a sentence is the preposition, not the outlet AM.
  EXPECT_EQ(names(sources({para("Am Tag nach ihrer Heimkehr berichtete sie davon.")},
                          "https://www.krautreporter.de/a", "de")),
            V{});
}
TEST(TextCues, AnEnglishPluralIsNoGenitive) {
  // "Nations" is not "the Nation's": only "des Spiegels" or "NRKs" carry a glued-on genitive s.
  EXPECT_EQ(cited("A United Nations report said the camps were full."), V{});
  EXPECT_EQ(cited("Laut einem Bericht des Spiegels wurde der Vertrag gekündigt.", "de", "https://www.zeit.de/a"),
            V{"Der Spiegel"});
}
TEST(TextCues, GermanSpeakerBetweenTheVerbAndTheOutletAndDeclinedNames) {
  EXPECT_EQ(cited("„Nichts in Sicht“, sagte Meteorologe Dominik Jung dem Westfälischen Anzeiger.", "de",
                  "https://www.ruhrnachrichten.de/a"),
            V{"Westfälischer Anzeiger"});
  EXPECT_EQ(cited("Das sagte die Sprecherin der Polizei am Montag.", "de", "https://www.ruhrnachrichten.de/a"), V{});
}
TEST(TextCues, ScholarlyJournalsAreNoOutlets) {
  EXPECT_EQ(cited("The study is published in the New England Journal of Medicine, the authors said."), V{});
  EXPECT_EQ(cited("The findings were published in The Lancet on Friday."), V{});
  EXPECT_EQ(cited("The Wall Street Journal reported the findings on Friday."), V{"The Wall Street Journal"});
}
TEST(TextCues, AnAdverbOrATimePhraseBeforeTheVerb) {
  EXPECT_EQ(cited("Reuters on Tuesday reported that the bank would close."), V{"Reuters"});
  EXPECT_EQ(cited("CNN later confirmed the account."), V{"CNN"});
  EXPECT_EQ(cited("Politico earlier this week reported the same."), V{"Politico"});
  EXPECT_EQ(cited("The Guardian last month revealed the plan."), V{"The Guardian"});
  // A time phrase alone is no cue; an institution ending in an outlet's name is no outlet.
  EXPECT_EQ(cited("Reuters on Tuesday opened a new bureau in Kyiv."), V{});
  EXPECT_EQ(cited("The Palestinian Authority has said it will press charges."), V{});
}
TEST(TextCues, PerOpeningItsClause) {
  EXPECT_EQ(cited("Per Bloomberg, the central bank will cut rates."), V{"Bloomberg"});
  EXPECT_EQ(cited("The deal is dead, per the Financial Times."), V{"Financial Times"});
  EXPECT_EQ(cited("Ha lavorato per La Stampa e per il Corriere della Sera.", "it", "https://www.example.it/a"), V{});
}
TEST(TextCues, NotedOrSpottedBy) {
  EXPECT_EQ(cited("The change, first noted by Mediaite, was quietly reversed."), V{"Mediaite"});
  EXPECT_EQ(cited("The listing was spotted by The Verge on Friday."), V{"The Verge"});
}
TEST(TextCues, AShortFormRefersBackToTheOutletNamedInFull) {
  std::vector<Block> body{para("The New York Times reported on Monday that the deal had collapsed."),
                          para("Aides disputed the Times' reporting. The Journal said the company declined to comment."),
                          para("The Wall Street Journal had first reported the talks.")};
  // "the Times" is the New York Times named before, not The Times of London; "the Journal"
  // comes before any journal is named in full, so it names nothing.
  auto got = sources(body);
  EXPECT_EQ(names(got), (V{"The New York Times", "The Wall Street Journal"}));
  ASSERT_NE(find(got, "The New York Times"), nullptr);
  EXPECT_EQ(find(got, "The New York Times")->mentions, 2);
  // The publisher's own short form is no source either.
  EXPECT_EQ(names(sources({para("The New York Times has covered the case for years."),
                           para("The Times reported in 2019 that the firm was under investigation.")},
                          "https://www.nytimes.com/2024/05/03/us/story.html")),
            V{});
  EXPECT_EQ(cited("The Post reported that officials were alarmed."), V{});
}
TEST(TextCues, GermanCompoundsNamingTheOutletsReport) {
  const std::string de = "https://www.example.de/a";
  EXPECT_EQ(cited("Der Minister sagte im ZDF-Interview, die Lage sei ernst.", "de", de), V{"ZDF"});
  EXPECT_EQ(cited("Laut einem Reuters-Bericht steigen die Preise weiter.", "de", de), V{"Reuters"});
  EXPECT_EQ(cited("Einem CNN-Bericht zufolge wurden drei Menschen verletzt.", "de", de), V{"CNN"});
  EXPECT_EQ(cited("Wie aus einer dpa-Umfrage hervorgeht, sind viele unzufrieden.", "de", de), V{"dpa"});
  // Without a cue the compound cites nothing; nor does an outlet's presenter.
  EXPECT_EQ(cited("Der CNN-Bericht wurde scharf kritisiert.", "de", de), V{});
  EXPECT_EQ(cited("Im Gespräch mit der ZDF-Moderatorin blieb er ruhig.", "de", de), V{});
}
TEST(TextCues, AnOutletsInterviewPollOrAppearance) {
  EXPECT_EQ(cited("He made the comments in a BBC interview on Sunday."), V{"BBC"});
  EXPECT_EQ(cited("An NBC News poll released Sunday found the president trailing."), V{"NBC News"});
  EXPECT_EQ(cited("The governor, in a Fox News appearance, defended the policy."), V{"Fox News"});
  // Any organisation has polls and podcasts: a pollster or a show named like an outlet is none.
  EXPECT_EQ(cited("A Gallup Korea poll released on Friday showed the rating at 13%."), V{});
  EXPECT_EQ(cited("He recapped the weekend on his New Heights podcast."), V{});
}
TEST(TextCues, FrenchInversionsContractionsAndInvitations) {
  const std::string fr = "https://www.example.fr/a";
  EXPECT_EQ(cited("« La situation est grave », a-t-il déclaré au Figaro mardi.", "fr", fr), V{"Le Figaro"});
  EXPECT_EQ(cited("« Nous ne céderons pas », a-t-elle confié à l'AFP.", "fr", fr), V{"Agence France-Presse"});
  EXPECT_EQ(cited("« C'est une erreur », explique-t-il à Libération.", "fr", fr), V{"Libération"});
  EXPECT_EQ(cited("Selon les informations du Parisien, le projet est abandonné.", "fr", fr), V{"Le Parisien"});
  EXPECT_EQ(cited("Invité de BFMTV, le député a critiqué la réforme.", "fr", fr), V{"BFM TV"});
  // "du" before a name that is no outlet's with "Le" stays nothing.
  EXPECT_EQ(cited("Selon le maire du Plateau, la route est fermée.", "fr", fr), V{});
}
TEST(TextCues, SpanishPerfectTenseAndToldCues) {
  const std::string es = "https://www.example.es/a";
  EXPECT_EQ(cited("Así lo ha adelantado El Confidencial este martes.", "es", es), V{"El Confidencial"});
  EXPECT_EQ(cited("Según ha podido saber El País, el acuerdo está cerrado.", "es", es), V{"El País"});
  EXPECT_EQ(cited("Fuentes del Gobierno explicaron a Europa Press que no habrá cambios.", "es", es), V{"Europa Press"});
  EXPECT_EQ(cited("Tal y como publicó ABC, la investigación sigue abierta.", "es", es), V{"ABC (Spain)"});
}
TEST(TextCues, HatTipsViaAndSourceLabelsAndFlaggedBy) {
  EXPECT_EQ(cited("The video spread quickly (h/t Twitchy) and drew thousands of comments."), V{"Twitchy"});
  EXPECT_EQ(cited("Hat tip to RedState for catching this one."), V{"RedState"});
  EXPECT_EQ(cited("Via: Fox News"), V{"Fox News"});
  EXPECT_EQ(cited("Source: The Daily Caller"), V{"The Daily Caller"});
  EXPECT_EQ(cited("The Washington Examiner first flagged the discrepancy last week."), V{"Washington Examiner"});
  EXPECT_EQ(cited("Source: Getty Images"), V{});
}
TEST(TextCues, RussianIndonesianAndPortugueseCues) {
  // "As TASS reports, such routes already run in Nizhny Novgorod."
  EXPECT_EQ(cited("\xD0\x9A\xD0\xB0\xD0\xBA \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB0\xD0\xB5\xD1\x82 "
                  "\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1, \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB8\xD0\xB5 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x88\xD1\x80\xD1\x83\xD1\x82\xD1\x8B "
                  "\xD1\x83\xD0\xB6\xD0\xB5 \xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xB0\xD1\x8E\xD1\x82.",
                  "ru", "https://novosti.example.ru/city/a"),
            V{"TASS"});
  EXPECT_EQ(cited("Dilansir dari Antara, volume kendaraan meningkat hampir dua kali lipat.", "id",
                  "https://warta.example.co.id/a"),
            V{"Antara"});
  EXPECT_EQ(cited("De acordo com reportagem da Folha de S.Paulo, o metr\xC3\xB4 vai funcionar 24 horas.", "pt",
                  "https://g1.example.com/sp/a"),
            V{"Folha de S.Paulo"});
}

TEST(TextCues, InflectedNamesTurkishPolishAndRussian) {
  // Turkish case endings after an apostrophe, Polish and Russian case endings.
  EXPECT_EQ(cited("H\xC3\xBCrriyet'in haberine g\xC3\xB6re k\xC3\xB6pr\xC3\xBC y\xC4\xB1l sonunda a\xC3\xA7\xC4\xB1lacak.", "tr", "https://www.haber.example.com.tr/a"), V{"H\xC3\xBCrriyet"});
  EXPECT_EQ(cited("Bakan, Reuters'a yapt\xC4\xB1\xC4\x9F\xC4\xB1 a\xC3\xA7\xC4\xB1klamada zam olmayaca\xC4\x9F\xC4\xB1n\xC4\xB1 s\xC3\xB6yledi.", "tr", "https://www.haber.example.com.tr/a"), V{"Reuters"});
  EXPECT_EQ(cited("Anadolu Ajans\xC4\xB1'n\xC4\xB1n aktard\xC4\xB1\xC4\x9F\xC4\xB1na g\xC3\xB6re kar ya\xC4\x9F\xC4\xB1\xC5\x9F\xC4\xB1 s\xC3\xBCr\xC3\xBCyor.", "tr", "https://www.haber.example.com.tr/a"), V{"Anadolu Agency"});
  EXPECT_EQ(cited("Wed\xC5\x82ug Rzeczpospolitej rz\xC4\x85" "d przygotowuje now\xC4\x85 ustaw\xC4\x99.", "pl", "https://www.example.pl/a"), V{"Rzeczpospolita"});
  EXPECT_EQ(cited("Jak ustali\xC5\x82" "a redakcja, wed\xC5\x82ug Gazety Wyborczej minister z\xC5\x82o\xC5\xBCy\xC5\x82 dymisj\xC4\x99.", "pl", "https://www.example.pl/a"), V{"Gazeta Wyborcza"});
  EXPECT_EQ(cited("\xD0\x9F\xD0\xBE \xD0\xB4\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8B\xD0\xBC \xD0\x98\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD1\x84\xD0\xB0\xD0\xBA\xD1\x81\xD0\xB0, \xD0\xB2 \xD1\x80\xD0\xB5\xD0\xB3\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB5 \xD0\xB2\xD1\x8B\xD0\xBF\xD0\xB0\xD0\xBB \xD1\x81\xD0\xBD\xD0\xB5\xD0\xB3.", "ru", "https://novosti.example.ru/a"), V{"Interfax"});
  // Traps: a common word with a case ending is no outlet, a name with no cue cites nothing.
  EXPECT_EQ(cited("Sabah'\xC4\xB1n erken saatlerinde ya\xC4\x9Fmur ba\xC5\x9Flad\xC4\xB1.", "tr", "https://www.haber.example.com.tr/a"), V{});
  EXPECT_EQ(cited("H\xC3\xBCrriyet'in eski binas\xC4\xB1 sat\xC4\xB1ld\xC4\xB1.", "tr", "https://www.haber.example.com.tr/a"), V{});
}

TEST(TextCues, ChineseJapaneseAndKoreanNamesInTextWithoutSpaces) {
  EXPECT_EQ(cited("据新华社报道，北京今天下了今年第一场雪。", "zh", "https://www.example.cn/a"), V{"Xinhua"});
  EXPECT_EQ(cited("据美国《纽约时报》报道，谈判已经破裂。", "zh", "https://www.example.cn/a"),
            V{"The New York Times"});
  EXPECT_EQ(cited("路透社22日报道称，谈判已经破裂。", "zh", "https://www.example.cn/a"), V{"Reuters"});
  EXPECT_EQ(cited("共同通信によると、首相は辞任する意向を固めた。", "ja", "https://www.example.jp/a"), V{"Kyodo News"});
  EXPECT_EQ(cited("ロイター通信は22日、交渉が決裂したと報じた。", "ja", "https://www.example.jp/a"), V{"Reuters"});
  EXPECT_EQ(cited("연합뉴스에 따르면 정부는 새 법안을 발표했다.", "ko", "https://www.example.co.kr/a"), V{"Yonhap"});
  // A wire dateline is a credit line.
  std::vector<Source> wire = sources({para("新华社北京11月22日电 国务院今天召开常务会议。")}, "https://www.example.cn/a", "zh");
  ASSERT_EQ(names(wire), V{"Xinhua"});
  EXPECT_TRUE(wire[0].credit_line);
  // No cue, a common word, a photo credit, the publisher itself: nothing.
  EXPECT_EQ(cited("人民日报社的大楼在长安街上。", "zh", "https://www.example.cn/a"), V{});
  EXPECT_EQ(cited("二人は共同で記者会見を開いた。", "ja", "https://www.example.jp/a"), V{});
  EXPECT_EQ(cited("新华社记者张三摄", "zh", "https://www.example.cn/a"), V{});
  EXPECT_EQ(cited("据新华社报道，北京今天下了今年第一场雪。", "zh", "https://www.news.cn/a"), V{});
}

TEST(TextCues, AnAcronymInsideJapaneseTextIsFoundWithItsCue) {
  EXPECT_EQ(cited("NHKによると、首相は辞任する意向を固めた。", "ja", "https://www.example.jp/a"), V{"NHK"});
  EXPECT_EQ(cited("据 CNN 报道，谈判已经破裂。", "zh", "https://www.example.cn/a"), V{"CNN"});
  // Part of a longer Latin word, or without a cue: nothing.
  EXPECT_EQ(cited("APPによると、新機能が追加された。", "ja", "https://www.example.jp/a"), V{});
  EXPECT_EQ(cited("NHKホールで演奏会が開かれた。", "ja", "https://www.example.jp/a"), V{});
}

TEST(TextCues, AmbiguousNamesAndFormsFromTheR10Pass) {
  // A name shared across countries: on a page of neither, the American or British outlet.
  EXPECT_EQ(cited("Hale said on NBC's \"Meet the Press\" that he had no broker."), V{"NBC News"});
  EXPECT_EQ(cited("Crews carried out 80 rescues, the deputy commissioner told ABC Radio Newcastle.", "en",
                  "https://www.huntervalley.example.com.au/story/1"),
            V{"ABC News (Australia)"});
  // A possessive on a name ending in s.
  EXPECT_EQ(cited("CBS News' Dana Whitcomb reported that the talks had stalled."), V{"CBS News"});
  EXPECT_EQ(cited("The interview aired by Nine News on Tuesday night changed the race.", "en",
                  "https://www.huntervalley.example.com.au/story/1"),
            V{"9News"});
  // "Footage aired by ... showed" reports what the outlet's footage showed (a sentence of
  // the story, no caption's credit: "Video: Nine News" still never counts).
  EXPECT_EQ(cited("Footage aired by Nine News on Tuesday night showed the bridge.", "en",
                  "https://www.huntervalley.example.com.au/story/1"),
            V{"9News"});
  EXPECT_EQ(cited("Video: Nine News", "en", "https://www.huntervalley.example.com.au/story/1"), V{});
  // The speaker between verb and outlet; elided and merged articles.
  EXPECT_EQ(cited("« Nous tiendrons », a déclaré le ministre à l'AFP.", "fr", "https://www.example.fr/a"),
            V{"Agence France-Presse"});
  EXPECT_EQ(cited("Dat zei De Groot tegen RTL Nieuws.", "nl", "https://www.example.nl/a"), V{"RTL Nieuws"});
  EXPECT_EQ(cited("La pista riaprirà a dicembre, ha detto all'ANSA il sindaco.", "it", "https://www.example.it/a"),
            V{"ANSA"});
  EXPECT_EQ(cited("De acordo com o Estadão, o corte será de 10%.", "pt", "https://www.example.com.br/a"),
            V{"Estadão"});
  EXPECT_EQ(cited("Z ustaleń „Gazety Wyborczej” wynika, że koszty wzrosną.", "pl", "https://www.example.pl/a"),
            V{"Gazeta Wyborcza"});
  EXPECT_EQ(cited("Einem Bericht des „Wall Street Journals“ zufolge plant Washington neue Zölle.", "de",
                  "https://www.example.de/a"),
            V{"The Wall Street Journal"});
  // After a comma alone, a new clause: the board is no outlet.
  EXPECT_EQ(cited("Ein Insider sagte der Nachrichtenagentur Reuters, der Aufsichtsrat habe das Programm gebilligt.",
                  "de", "https://www.example.de/a"),
            V{"Reuters"});
}

TEST(TextCues, ALowerCaseBrandInQuotesIsItsName) {
  EXPECT_EQ(cited("Wie der „kicker“ berichtet, verlängert der Trainer bis 2028.", "de", "https://www.example.de/a"),
            V{"Kicker"});
  // Unquoted, the lower-case word is just a word.
  EXPECT_EQ(cited("Der kicker berichtet nichts Neues über den Platzwart.", "de", "https://www.example.de/a"), V{});
}

// A name its owner writes in lower case is found as written, mid-sentence ("dpa", "t3n"):
// the matcher's skip of lower-case words lets a word through that opens such a name.
TEST(TextCues, ANameWrittenInLowerCaseIsFoundAsWritten) {
  EXPECT_EQ(cited("Das Ministerium bestätigte den Bericht, wie t3n berichtete.", "de", "https://www.example.de/a"),
            V{"t3n"});
  EXPECT_EQ(cited("Nach Angaben der dpa wurde niemand verletzt.", "de", "https://www.example.de/a"), V{"dpa"});
}

TEST(TextCues, ShowsPollsSpeakersAndNamesFromTheR11Pass) {
  // Speaking on a network's show counts; fame found on one does not.
  EXPECT_EQ(cited("Kline was asked on CNN's \"State of the Union\" whether he would run."), V{"CNN"});
  EXPECT_EQ(cited("Jordan went on Fox News' Hannity on Thursday to insist the bill was dead."), V{"Fox News"});
  EXPECT_EQ(cited("The dancer, who found fame on the BBC's Strictly Come Dancing in 2022, wore a ring."), V{});
  // A poll with a modifier between the article and the name.
  EXPECT_EQ(cited("A new Fox News poll shows the race tightening in Arizona."), V{"Fox News"});
  // A speaker named like an outlet, after a quotation.
  EXPECT_EQ(cited("\"We will not be moved on this,\" Fox said after the council meeting."), V{});
  // A sentence's opening conjunction and a trailing weekday are no part of a name.
  EXPECT_EQ(names(sources({para("As the Courier reported in March, the deficit has grown to $107 million.")},
                          "https://www.thecourier.example.com/news/1")),
            V{});
  std::vector<Source> chronicle = sources({para("The mayor told the Valley Chronicle on Monday that the plan was dead.")});
  ASSERT_EQ(chronicle.size(), 1u);
  EXPECT_EQ(chronicle[0].name, "Valley Chronicle");
  // A journal named for its discipline is no outlet.
  EXPECT_EQ(cited("Research published in the Election Law Journal has found that turnout fell."), V{});
  // German outlet polls and radio shows as compounds; Dutch "tegenover"; French plural verbs.
  EXPECT_EQ(cited("Im aktuellen ZDF-Politbarometer liegt die Union vorn.", "de", "https://www.example.de/a"),
            V{"ZDF"});
  EXPECT_EQ(cited("Dat zei de minister tegenover De Telegraaf.", "nl", "https://www.example.nl/a"),
            V{"De Telegraaf"});
  EXPECT_EQ(cited("Nos confrères du Parisien rapportent que l'usine a fermé.", "fr", "https://www.example.fr/a"),
            V{"Le Parisien"});
  // A foreign outlet's name followed by "di" and a place names a local paper: the one the
  // directory knows, or none.
  EXPECT_EQ(cited("Come riferisce La Provincia di Sondrio, il ponte resterà chiuso.", "it", "https://www.example.it/a"),
            V{});
  EXPECT_EQ(cited("Come riferisce La Provincia di Como, il ponte resterà chiuso.", "it", "https://www.example.it/a"),
            V{"La Provincia di Como"});
}

TEST(TextCues, ANetworksFlagshipShowNamesTheNetwork) {
  EXPECT_EQ(cited("The senator said on Meet the Press that the bill would pass."), V{"NBC News"});
  EXPECT_EQ(cited("She told 60 Minutes that she had no regrets."), V{"CBS News"});
  EXPECT_EQ(cited("The meeting ran for 60 minutes and ended without a vote."), V{});
}

TEST(TextCues, HindiCuesIndonesianCommonWordNamesAndItalianGazettes) {
  EXPECT_EQ(cited("समाचार एजेंसी पीटीआई के अनुसार अगले चार दिनों तक लू चलेगी।", "hi", "https://www.samachar.example.in/a"),
            V{"Press Trust of India"});
  EXPECT_EQ(cited("बीबीसी हिंदी की एक हालिया रिपोर्ट में बताया गया था कि लू के दिन बढ़े हैं।", "hi",
                  "https://www.samachar.example.in/a"),
            V{"BBC"});
  // A name that is also a common word, right after a cue ending in its last word.
  EXPECT_EQ(cited("Seperti diberitakan Tempo sebelumnya, pemerintah menargetkan bus listrik.", "id",
                  "https://regional.example.id/a"),
            V{"Tempo"});
  // A linked anchor spelling a site whose name is a newspaper word in Italian.
  EXPECT_EQ(names(sources({para("Come riferisce la Gazzetta di Parma, i commercianti temono un calo.",
                                {{"Gazzetta di Parma", "https://www.gazzettadiparma.it/cronaca/2024/05/03/a.html"}})},
                          "https://www.example.it/a", "it")),
            V{"Gazzetta di Parma"});
}

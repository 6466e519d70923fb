// Citations of broadcast interviews and programmes (the r38s pass): a guest on a channel's
// programme, a presenter between the verb and the channel, the print interview's frames,
// and the case forms channels take; what these frames must not sweep in.
#include <gtest/gtest.h>

#include "helpers.hpp"

using namespace sources_test;


// "Speaking on Fox News, ...": the participle opening the sentence is no name before "on",
// so the channel is not taken for part of an institution's name ("Council on ...").
TEST(Broadcast, EnglishOnAirFrames) {
  const std::string uk = "https://www.example.co.uk/a";
  EXPECT_EQ(cited("Speaking on Fox News, he said the deal was done.", "en", uk), V{"Fox News"});
  EXPECT_EQ(cited("Appearing on Sky News' Sunday Morning with Trevor Phillips, she said the strike would go on.", "en",
                  uk),
            V{"Sky News"});
  EXPECT_EQ(cited("She told Nick Ferrari on LBC that the walkout would go ahead.", "en", uk), V{"LBC"});
  EXPECT_EQ(cited("The Council on Foreign Relations said the deal was done.", "en", uk), V{});
}

TEST(Broadcast, ProgrammesAndSetsInOtherLanguages) {
  EXPECT_EQ(cited("Elle a martelé sur le plateau de BFMTV que la réforme serait maintenue.", "fr",
                  "https://www.example.fr/a"),
            V{"BFM TV"});
  EXPECT_EQ(cited("Dans les colonnes du Parisien, le président du Medef a plaidé pour la réforme.", "fr",
                  "https://www.example.fr/a"),
            V{"Le Parisien"});
  EXPECT_EQ(cited("Ospite di «Otto e mezzo» su La7, il ministro ha difeso il progetto.", "it",
                  "https://www.example.it/a"),
            V{"La7"});
  EXPECT_EQ(cited("O ministro disse em participação no programa Pânico, da Jovem Pan, que o teto será mantido.", "pt",
                  "https://www.example.com.br/a"),
            V{"Jovem Pan"});
  EXPECT_EQ(cited("El ministro explicó en el programa La hora de La 1, de TVE, que habrá cambios.", "es",
                  "https://www.example.es/a"),
            V{"RTVE"});
  EXPECT_EQ(cited("In gesprek met RTL Nieuws zei de gedeputeerde dat de regeling blijft.", "nl",
                  "https://www.example.nl/a"),
            V{"RTL Nieuws"});
  EXPECT_EQ(cited("Na antenie RMF FM ekonomistka oceniła, że składka wzrośnie.", "pl", "https://www.example.pl/a"),
            V{"RMF FM"});
  EXPECT_EQ(cited("CNN Türk'te katıldığı programda konuşan bakan zammı açıkladı.", "tr",
                  "https://www.example.com.tr/a"),
            V{"CNN Türk"});
  // A comma inside the gap ends the clause: "El Vatan gazetesi ise ..., ... yazdı" cites
  // nothing by the gapped verb.
  EXPECT_EQ(cited("Başkan, gazetesi olmayan köyde, sonunda herkese yazdı.", "tr", "https://www.example.com.tr/a"), V{});
}

// A channel in another case keeps the capitals of its spelling word for word ("на Первом
// канале" is "Первый канал"); Czech and Slovak names decline like Polish ones; the paper's
// namesake across the border does not take its case forms.
TEST(Broadcast, ChannelsInTheirCases) {
  EXPECT_EQ(cited("Глава министерства защитил решение в эфире программы «Время» на Первом канале.", "ru",
                  "https://www.example.ru/a"),
            V{"Channel One Russia"});
  EXPECT_EQ(cited("Об этом он заявил в эфире Первого канала.", "ru", "https://www.example.ru/a"),
            V{"Channel One Russia"});
  EXPECT_EQ(cited("Gościem Radia ZET był w poniedziałek minister finansów.", "pl", "https://www.example.pl/a"),
            V{"Radio ZET"});
  EXPECT_EQ(cited("Posłanka powiedziała Polsatowi, że ustawa wróci do Sejmu.", "pl", "https://www.example.pl/a"),
            V{"Polsat News"});
  EXPECT_EQ(cited("Hejtman to řekl Českému rozhlasu, že kraj počká.", "cs", "https://www.example.cz/a"),
            V{"Český rozhlas"});
  EXPECT_EQ(cited("Podle Deníku N kraj počká.", "cs", "https://www.example.cz/a"), V{"Deník N"});
  EXPECT_EQ(cited("Hejtman to řekl Petrovi, že kraj počká.", "cs", "https://www.example.cz/a"), V{});
  // Turkish sets a proper noun's suffix off with an apostrophe: the paper, not the morning.
  EXPECT_EQ(cited("Sabah'ın haberine göre hükümet zam oranını açıklayacak.", "tr", "https://www.example.com.tr/a"),
            V{"Sabah"});
}

// Korean: a programme's title in quotes between the channel and "에 출연해"; "과의 통화에서"
// (on the phone with). Arabic: a phone-in with a channel named bare in quotes.
TEST(Broadcast, KoreanAndArabicProgrammes) {
  EXPECT_EQ(cited("장관은 MBC 라디오 '김종배의 시선집중'에 출연해 증원 방침을 밝혔다.", "ko",
                  "https://www.example.co.kr/a"),
            V{"MBC"});
  EXPECT_EQ(cited("교육부 관계자는 뉴스1과의 통화에서 일정을 설명했다.", "ko", "https://www.example.co.kr/a"),
            V{"News1"});
  EXPECT_EQ(cited("وقال الوزير في مداخلة هاتفية مع قناة «القاهرة الإخبارية» إن الأسعار ستبقى.", "ar",
                  "https://www.example.com.eg/a"),
            V{"Al Qahera News"});
}

// "By Jack Moreton, Energy Reporter, with AAP 5:45PM August 18, 2025": the stamp after the
// names is no part of the byline. "По данным аналитического агентства «Автостат»": an
// agency of another trade is no outlet.
TEST(Broadcast, BylineCreditsBesideTheStampAndAgenciesOfOtherTrades) {
  auto au = sources({para("The minister refused to rule out the plan.")}, "https://www.example.com.au/a", "en",
                    "By Jack Moreton, Energy Reporter, with AAP 5:45PM August 18, 2025");
  ASSERT_EQ(names(au), V{"Australian Associated Press"});
  EXPECT_TRUE(au[0].credit_line);
  EXPECT_EQ(cited("По данным аналитического агентства «Автостат», продажи упали на 18%.", "ru",
                  "https://www.example.ru/a"),
            V{});
  EXPECT_EQ(cited("По данным агентства «Интерфакс», продажи упали на 18%.", "ru", "https://www.example.ru/a"),
            V{"Interfax"});
}

// What these frames must not sweep in (the session's review): a channel as the object of a
// ban or an attack, a programme named like a magazine, a surname at the sentence's start, a
// town's paper opening the sentence, a channel's number in a byline credit.
TEST(Broadcast, WhatTheFramesMustNotSweepIn) {
  const std::string us = "https://www.example.com/a";
  EXPECT_EQ(cited("The minister said the ban on Al Jazeera would be lifted next month.", "en", us), V{});
  EXPECT_EQ(cited("Officials said the attacks on CNN were unacceptable.", "en", us), V{});
  EXPECT_EQ(cited("L'attrice, ospite di Oggi è un altro giorno su Rai1, ha raccontato la separazione.", "it",
                  "https://www.example.it/a"),
            V{"RAI"});
  EXPECT_EQ(cited("Stern schrieb in seinem Gutachten, die Brücke sei nicht mehr sicher.", "de",
                  "https://www.example.de/a"),
            V{});
  EXPECT_EQ(cited("Worthing Herald reported that the pier would close for repairs.", "en", us), V{"Worthing Herald"});
  auto ch4 = sources({para("The minister refused to rule out the plan.")}, "https://www.example.co.uk/a", "en",
                     "By Jane Smith, Channel 4 News");
  EXPECT_EQ(names(ch4), V{"Channel 4 News"});
}

// A writer's title between commas names a beat, not an outlet ("Coast and Environment
// Reporter" is no "The Coast"); "Jak wyliczył money.pl" (as money.pl calculated) cites.
TEST(Broadcast, TitlesInBylinesAndPolishCalculations) {
  auto coast = sources({para("The cliff collapsed overnight.")}, "https://www.example.co.uk/a", "en",
                       "By Jane Doe, Coast and Environment Reporter");
  EXPECT_EQ(names(coast), V{});
  EXPECT_EQ(cited("Jak wyliczył money.pl, każdy rok opóźnienia kosztuje miliardy.", "pl", "https://www.example.pl/a"),
            V{"money.pl"});
}

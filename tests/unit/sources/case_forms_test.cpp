// Outlet names in the case a sentence puts them in (the r37s leftovers): Russian datives and
// genitives, Arabic short names in quotes after a clitic, Turkish agency initials before
// "muhabirine"; and what such rules must not sweep in.
#include <gtest/gtest.h>

#include "helpers.hpp"

using namespace sources_test;


// "рассказал «Известиям»" (told Izvestia), "по данным «Ведомостей»", "в «Новой газете»":
// the nominative is guessed from the ending; an ending may stand for several.
TEST(CaseForms, RussianNamesInTheDativeAndGenitive) {
  const std::string ru = "https://www.example-gazeta.ru/a";
  EXPECT_EQ(cited("Вице-губернатор рассказал «Известиям», что город рассмотрит вариант аренды.", "ru", ru),
            V{"Izvestia"});
  EXPECT_EQ(cited("Чиновник рассказал «Коммерсанту», что торги перенесут.", "ru", ru), V{"Kommersant"});
  EXPECT_EQ(cited("Об этом сообщили «Ведомостям» два источника в правительстве.", "ru", ru), V{"Vedomosti"});
  EXPECT_EQ(cited("Как передаёт «Интерфакс», прокуратура начала проверку.", "ru", ru), V{"Interfax"});
  // A person told something to someone: no outlet.
  EXPECT_EQ(cited("Губернатор рассказал Иванову, что город рассмотрит вариант аренды.", "ru", ru), V{});
}

// "في تصريحات لـ«الشروق»" (in statements to Al-Shorouk), "موقع «الوطن»": a name the
// directory lists with what it is ("صحيفة الشروق") is written bare inside quotes. Bare and
// unquoted it is a word (الشروق, the sunrise).
TEST(CaseForms, ArabicShortNamesInQuotes) {
  const std::string eg = "https://www.example-news.com.eg/a";
  EXPECT_EQ(cited("وقال الأمين العام في تصريحات لـ«الشروق» إن الأعمال تجري تحت إشراف كامل.", "ar", eg),
            V{"Al-Shorouk"});
  EXPECT_EQ(cited("ووفقاً لما نشره موقع «الوطن»، وقّع أكثر من 40 أثرياً على بيان.", "ar", eg), V{"El Watan News"});
  // Bare, a short name is a home paper's (a foreign one is named in full), and only after
  // what it is or "to": not a party's name, not on a page of another country.
  EXPECT_EQ(cited("ووفقاً لما نشره موقع «الوطن»، وقّع أكثر من 40 أثرياً على بيان.", "ar",
                  "https://www.example-news.com.kw/a"),
            V{});
  EXPECT_EQ(cited("وقال رئيس حزب «الوطن» إن الحزب سيشارك في الانتخابات.", "ar", eg), V{});
  EXPECT_EQ(cited("وقال المزارع إنه يبدأ العمل مع الشروق كل يوم.", "ar", eg), V{});
}

// "AA muhabirine yaptığı açıklamada" (in a statement to AA's reporter): Anadolu's initials,
// known only in credits, name it before its reporter too; "AA said" in English does not.
TEST(CaseForms, TurkishAgencyInitialsBeforeItsReporter) {
  const std::string tr = "https://www.example-haber.com.tr/a";
  EXPECT_EQ(cited("Ajans Başkanı, AA muhabirine yaptığı açıklamada, zammın kalıcı olmadığını söyledi.", "tr", tr),
            V{"Anadolu Agency"});
  EXPECT_EQ(cited("Ekonomist Hakan Kaya ise BBC Türkçe'ye yaptığı değerlendirmede, zamların etkili olacağını söyledi.",
                  "tr", tr),
            V{"BBC"});
  EXPECT_EQ(cited("AA said its flights to Dallas would resume on Monday.", "en", "https://www.example.com/a"), V{});
}

// "vor der Presse in Graz" is the press in Graz: "in" says where, and makes no outlet's name
// of the words around it. "Según el diario Gestión, el MEF propone": a comma after a cited
// outlet opens a clause, so the ministry's acronym after it shares no cue.
TEST(CaseForms, WhatTheseRulesMustNotSweepIn) {
  EXPECT_EQ(cited("Das sei das Mindeste, sagte Claudia Holzer am Samstag vor der Presse in Graz.", "de",
                  "https://www.example-zeitung.at/a"),
            V{});
  EXPECT_EQ(cited("Das sei das Mindeste, sagte Holzer der Kleinen Zeitung in Graz.", "de",
                  "https://www.example-zeitung.at/a"),
            V{"Kleine Zeitung"});
  EXPECT_EQ(cited("Según el diario El Comercio, el MEF propone que la empresa entregue algunos lotes.", "es",
                  "https://www.example-diario.pe/a"),
            V{"El Comercio (Peru)"});
  EXPECT_EQ(cited("Según Reuters, XYZ y AP, el acuerdo se firmará el lunes.", "es", "https://www.example-diario.pe/a"),
            (V{"Reuters", "Associated Press"}));
}

// Cues and names of the r26s pass: Arabic script (no capitals, prefixes written onto names),
// a cue opening the sentence, speakers between a verb and the outlet in Italian, Turkish
// newspapers, and what is not a source: an outlet speaking of its own staff, a study's
// journal, a name whose head is not a news word.
#include <gtest/gtest.h>

#include "helpers.hpp"

using namespace sources_test;

namespace {

std::vector<std::string> cited(const std::string& text, const std::string& language,
                               const std::string& url = "https://www.example-daily.test/story") {
  return names(sources({para(text)}, url, language));
}

using V = std::vector<std::string>;

}  // namespace

TEST(WorldCues, ArabicNamesWithTheirCuesAndPrefixes) {
  EXPECT_EQ(cited("وفقاً لوكالة رويترز، فإن القرار قد يعلن خلال الاجتماع.", "ar"), V{"Reuters"});
  EXPECT_EQ(cited("وقال الوزير لرويترز إن المحادثات مستمرة.", "ar"), V{"Reuters"});  // "said to Reuters"
  EXPECT_EQ(cited("ونقلت صحيفة وول ستريت جورنال عن مسؤولين أن الأعضاء يضغطون.", "ar"), V{"The Wall Street Journal"});
  // Reuters as a workplace, with no cue: no source.
  EXPECT_EQ(cited("وتظاهر العاملون في وكالة رويترز أمام المقر.", "ar"), V{});
}

TEST(WorldCues, ACueOpeningTheSentenceIsNoName) {
  EXPECT_EQ(cited("Segundo o Expresso, a proposta avalia a companhia em mil milhões de euros.", "pt"), V{"Expresso"});
  EXPECT_EQ(cited("Em declarações à Reuters, o presidente do sindicato afirmou que haverá greve.", "pt"), V{"Reuters"});
}

TEST(WorldCues, ItalianSpeakerBetweenVerbAndOutlet) {
  EXPECT_EQ(cited("«Apriamo i cantieri», ha detto il ministro al Tg1 nella serata di lunedì.", "it"), V{"RAI"});
}

TEST(WorldCues, TurkishNewspaperAndBroadcasterOfThePagesCountry) {
  EXPECT_EQ(cited("Cumhuriyet gazetesinin haberine göre ara zam yapılmayacak.", "tr", "https://www.example.com.tr/a"),
            V{"Cumhuriyet"});
  EXPECT_EQ(cited("NTV'ye konuşan sendika başkanı artışa karşı çıktı.", "tr", "https://www.example.com.tr/a"), V{"NTV"});
}

TEST(WorldCues, SaidOnAirInGermanAndAnInterviewInKorean) {
  EXPECT_EQ(cited("Im ZDF sagte sie, das Paket sei ausverhandelt.", "de"), V{"ZDF"});
  EXPECT_EQ(cited("Im ZDF-Politbarometer liegt die Union vorn, im Standard-Tarif ändert sich nichts.", "de").size(), 1u);
  EXPECT_EQ(cited("장관은 KBS와의 인터뷰에서 추가 대책을 검토하고 있다고 말했다.", "ko"), V{"KBS"});
}

TEST(WorldCues, ACallSignWithItsBandNamesTheStation) {
  EXPECT_EQ(cited("WDIO-TV reported that the Army Corps of Engineers would survey the channel.", "en"), V{"WDIO"});
}

TEST(WorldCues, NotSourcesOutletsAsSubjectsJournalsAndOtherHeads) {
  EXPECT_EQ(cited("Radio Free Europe/Radio Liberty said one of its reporters had been beaten in custody.", "en"), V{});
  EXPECT_EQ(cited("A study published in the BMJ in 2023 looked at early-career nurses.", "en"), V{});
  EXPECT_EQ(cited("Network Rail said the line would remain closed until Monday.", "en"), V{});
  EXPECT_EQ(cited("The Minnesota Pollution Control Agency said it was monitoring the water.", "en"), V{});
  // An unknown paper named by its head word still counts.
  EXPECT_EQ(cited("As the Plainsville Gazette reported on Monday, the mill will close.", "en"), V{"Plainsville Gazette"});
}

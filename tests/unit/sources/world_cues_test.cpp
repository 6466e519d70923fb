// Cues and names of the r26s pass: Arabic script (no capitals, prefixes written onto names),
// a cue opening the sentence, speakers between a verb and the outlet in Italian, Turkish
// newspapers, and what is not a source: an outlet speaking of its own staff, a study's
// journal, a name whose head is not a news word.
#include <gtest/gtest.h>

#include "helpers.hpp"

using namespace sources_test;


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

// The r27s pass: cue families of Czech, Slovak, Ukrainian, Danish, Dutch, Polish and
// Indonesian; op-eds; Romance names after their article in lower case or merged into a
// preposition; a hyphenated qualifier before the descriptor.
TEST(WorldCues, CzechUkrainianDanishDutchPolishAndIndonesianCues) {
  EXPECT_EQ(cited("Úřad nakonec od toho upustil, uvedla agentura Reuters.", "cs"), V{"Reuters"});
  EXPECT_EQ(cited("Podle deníku The New York Times chce vláda zasáhnout.", "cs"), V{"The New York Times"});
  EXPECT_EQ(cited("Як повідомляє Reuters, у ніч на п'ятницю Росія атакувала енергетичні об'єкти.", "uk"), V{"Reuters"});
  EXPECT_EQ(cited("Reuters oplyser, at medarbejderne fik beskeden på et internt møde.", "da"), V{"Reuters"});
  EXPECT_EQ(cited("De schepen bevestigde aan de NOS dat de stad een crisiscel heeft opgericht.", "nl"), V{"NOS"});
  EXPECT_EQ(cited("“We laten ons niet doen”, zegt voorzitter Stephan Vandevelde in de Volkskrant.", "nl"),
            V{"de Volkskrant"});
  EXPECT_EQ(cited("Jak ustalił Onet, przyczyną awarii była nocna aktualizacja oprogramowania.", "pl"), V{"Onet"});
  EXPECT_EQ(cited("Kepala badan itu mengatakan kepada Reuters bahwa pemerintah tidak berencana impor.", "id"),
            V{"Reuters"});
  // "podle" before a person is no source.
  EXPECT_EQ(cited("Podle ministra financí se rozpočet nezmění.", "cs"), V{});
}

TEST(WorldCues, OpEdsArticlesInLowerCaseAndMergedPrepositions) {
  EXPECT_EQ(cited("In an op-ed for The Washington Post, the former governor argued the rule should wait.", "en"),
            V{"The Washington Post"});
  EXPECT_EQ(cited("Il governo, riporta il Fatto Quotidiano, starebbe valutando un nuovo tavolo.", "it"),
            V{"Il Fatto Quotidiano"});
  EXPECT_EQ(cited("Come anticipato dal Messaggero, l'esecutivo vorrebbe legare gli incentivi ai volumi.", "it"),
            V{"Il Messaggero"});
  EXPECT_EQ(cited("Dans un entretien accordé au Figaro, le président défend les propriétaires.", "fr"), V{"Le Figaro"});
  EXPECT_EQ(cited("Tal y como ha avanzado El País, el Ministerio estudia financiar la obra.", "es"), V{"El País"});
  EXPECT_EQ(cited("“Hay que mirar adelante”, ha explicado el alcalde al diario El Periódico.", "es"),
            V{"El Periódico"});
}

TEST(WorldCues, AHyphenatedQualifierIsNoName) {
  EXPECT_EQ(cited("Holland told French-language broadcaster TVA Nouvelles that most dentists had signed on.", "en"),
            V{"TVA Nouvelles"});
}

// Figures come from a statistics office, not a newsroom: "volgens cijfers van het CBS" is
// Statistics Netherlands, no CBS News; a slash inside a name ("Página/12") and "en diálogo
// con" (in conversation with) on air.
TEST(WorldCues, FiguresOfAnOfficeSlashedNamesAndConversationsOnAir) {
  EXPECT_EQ(cited("Volgens cijfers van het CBS is het aantal melkveebedrijven met een kwart gedaald.", "nl",
                  "https://www.nu.nl/a"),
            V{});
  EXPECT_EQ(cited("Según publicó Página/12, la central obrera evalúa una movilización.", "es",
                  "https://www.clarin.com/a"),
            V{"Página/12"});
  EXPECT_EQ(cited("«Los vamos a conseguir», aseguró el ministro en diálogo con Radio Mitre.", "es",
                  "https://www.clarin.com/a"),
            V{"Radio Mitre"});
}

// The r28s pass: Romanian, Greek and Finnish cues (Finnish names in their cases), Hindi
// "के मुताबिक", German "das der X vorliegt", English "X, quoting" and "as X put it".
TEST(WorldCues, RomanianFinnishHindiGermanAndEnglishForms) {
  EXPECT_EQ(cited("Ministrul Finanțelor, citat de Libertatea, a spus că nu există spațiu fiscal.", "ro",
                  "https://adevarul.ro/a"),
            V{"Libertatea"});
  EXPECT_EQ(cited("Proiectul a fost discutat luni seara, a relatat HotNews.", "ro", "https://adevarul.ro/a"), V{"Hotnews"});
  EXPECT_EQ(cited("Ylen mukaan lakko koskee noin 30 000 matkustajaa.", "fi", "https://www.hs.fi/a"), V{"Yle"});
  EXPECT_EQ(cited("Iltalehden tietojen mukaan yhtiö on vuokrannut kaksi konetta.", "fi", "https://www.hs.fi/a"),
            V{"Iltalehti"});
  EXPECT_EQ(cited("Reuters, quoting a senior source at the yard and two officials, said the ship would be out.", "en"),
            V{"Reuters"});
  EXPECT_EQ(cited("The deal was, as Global News put it, a lifeline for the region.", "en"), V{"Global News"});
  EXPECT_EQ(cited("Das geht aus einem Papier hervor, das dem Spiegel vorliegt.", "de", "https://www.stuttgarter-zeitung.de/a"),
            V{"Der Spiegel"});
}

// Footage an outlet aired is what the story reports from, no photo credit; a learned
// body's journal is no outlet; Swedish writes the possessive after a colon ("SVT:s").
TEST(WorldCues, AiredFootageJournalsOfLearnedBodiesAndColonPossessives) {
  EXPECT_EQ(cited("Footage broadcast by the BBC on Tuesday night showed residents queueing for water.", "en"),
            V{"BBC"});
  EXPECT_EQ(cited("The ship sank at dawn (Photo by AFP).", "en"), V{});
  EXPECT_EQ(cited("A study published in the Canadian Medical Association Journal found more visits.", "en"), V{});
  EXPECT_EQ(cited("SVT:s korrespondent i Kyiv rapporterade på torsdagen att piloterna var redo.", "sv",
                  "https://www.svd.se/a"),
            V{"Sveriges Television"});
}

// Hebrew writes prepositions and "the" onto names and quotes them: ב"גלובס" (in Globes); a
// cue before or a reporting verb right after the name cites it. "בישראל היום" in a sentence
// about prices ("in Israel today") names no paper.
TEST(WorldCues, HebrewNamesWithPrefixesQuotesAndCues) {
  EXPECT_EQ(cited("כפי שפורסם ב\"גלובס\", הקבלנים מציעים מבצעי מימון.", "he", "https://www.haaretz.co.il/a"),
            V{"Globes"});
  EXPECT_EQ(cited("העיתון \"ישראל היום\" דיווח כי האוצר בוחן הטבות מס.", "he", "https://www.haaretz.co.il/a"),
            V{"Israel Hayom"});
  EXPECT_EQ(cited("מחירי הדירות בישראל היום גבוהים ב-6.1% לעומת לפני שנה.", "he", "https://www.haaretz.co.il/a"), V{});
}

TEST(WorldCues, ANameThatIsAWordCountsWhenListedWithOutlets) {
  const std::string ng = "https://www.example.com.ng/news/a";
  EXPECT_EQ(names(sources({para("Vanguard, Daily Trust and TheCable all reported long queues in Kano.")}, ng, "en")),
            (V{"Vanguard (Nigeria)", "Daily Trust", "TheCable"}));
  // Alone at the start of a sentence the word stays a word, except at the paper's home:
  // "Dawn reported" on a Pakistani page is the paper, elsewhere a fund or a person.
  EXPECT_EQ(names(sources({para("Vanguard reported record inflows into its bond funds.")},
                          "https://www.example.com/a", "en")),
            V{});
  EXPECT_EQ(names(sources({para("Vanguard reported long queues in Kano.")}, ng, "en")), V{"Vanguard (Nigeria)"});
  EXPECT_EQ(names(sources({para("Dawn reported on Wednesday that the Foreign Office had lodged a protest.")},
                          "https://www.example.com.pk/a", "en")),
            V{"Dawn"});
  EXPECT_EQ(names(sources({para("Dawn reported the theft to the police on Wednesday.")},
                          "https://www.example.co.uk/a", "en")),
            V{});
}

TEST(WorldCues, ToldCuesWithTheSpeakerLeftOut) {
  EXPECT_EQ(cited("El conseller ha explicado al diario El Periódico que no dimitirá.", "es"), V{"El Periódico"});
  EXPECT_EQ(cited("Il commissario ha detto a Repubblica che le procedure sono in corso.", "it"), V{"la Repubblica"});
}

TEST(WorldCues, ALongAppositiveBeforeTheVerb) {
  EXPECT_EQ(cited("Klassekampen, som har sett et internt notat fra Olje- og energidepartementet, skriver at "
                  "ordningen forlenges.",
                  "no"),
            V{"Klassekampen"});
}

TEST(WorldCues, UkrainianApostropheInsideAWordIsNoElision) {
  EXPECT_EQ(cited("Як з'ясували журналісти hromadske, щонайменше п'ять адміністрацій не мають генераторів.", "uk"),
            V{"Hromadske"});
  EXPECT_EQ(cited("Jak ustalił „Fakt”, minister zrezygnuje.", "pl"), V{"Fakt"});
}

TEST(WorldCues, LatinNamesInHebrewAndArabicText) {
  const std::string il = "https://www.example.co.il/news/a";
  EXPECT_EQ(cited("לפי דיווח ב-CNN, הנשיא שקל להטיל סנקציות נוספות על המדינה.", "he", il), V{"CNN"});
  EXPECT_EQ(cited("לפי דיווח ב-ynet, בבנק ישראל שקלו ברצינות הורדה של רבע אחוז בריבית.", "he", il),
            V{"Yedioth Ahronoth"});
  EXPECT_EQ(cited("وقال الوزير لـCNN إن المحادثات مستمرة منذ أسابيع.", "ar"), V{"CNN"});
  // A workplace, with no cue, and a lower-case word the directory does not spell so.
  EXPECT_EQ(cited("הוא עבד ב-CNN במשך עשור לפני שעבר לחברת הייטק גדולה בתל אביב.", "he", il), V{});
  EXPECT_EQ(cited("לפי דיווח ב-time של הבוקר, הנשיא שקל להטיל סנקציות נוספות.", "he", il), V{});
}

TEST(WorldCues, HebrewSpellingsOfForeignOutletsAndAsReportedCues) {
  const std::string il = "https://www.example.co.il/news/a";
  EXPECT_EQ(cited("כפי שדווח ב\"ניו יורק טיימס\", הנשיא שקל להטיל סנקציות נוספות על המדינה.", "he", il),
            V{"The New York Times"});
  EXPECT_EQ(cited("על פי הוול סטריט ג'ורנל, הנשיא שקל להטיל סנקציות נוספות על המדינה.", "he", il),
            V{"The Wall Street Journal"});
}

// The r29s pass: attribution forms of Quebec French, Mexican Spanish, Portuguese, Flemish,
// Danish, Polish, Czech, Korean, Russian and Malay.
TEST(WorldCues, MoreAttributionFormsAcrossLanguages) {
  EXPECT_EQ(cited("D'après les informations obtenues par Le Journal de Québec, le cabinet aurait été informé.", "fr"),
            V{"Le Journal de Québec"});
  EXPECT_EQ(cited("La mairesse a réitéré son appui au projet, rapportait Le Monde jeudi.", "fr"), V{"Le Monde"});
  EXPECT_EQ(cited("El Universal documentó que al menos 40 colonias llevan dos semanas sin agua.", "es",
                  "https://www.example.com.mx/politica/a"),
            V{"El Universal (Mexico)"});
  EXPECT_EQ(cited("Ouvido pela RTP, o presidente da associação considerou que os números confirmam a crise.", "pt"),
            V{"RTP"});
  EXPECT_EQ(cited("Het Financieele Dagblad bericht dat ook VDL zijn productie afbouwt.", "nl"),
            V{"Het Financieele Dagblad"});
  EXPECT_EQ(cited("Transportministeren orienterede udvalget i et fortroligt notat, erfarer Altinget.", "da"),
            V{"Altinget"});
  EXPECT_EQ(cited("Weekendavisen kunne i sidste uge fortælle, at selskabet har brugt 400 millioner.", "da"),
            V{"Weekendavisen"});
  EXPECT_EQ(cited("Reuters opisał w najnowszym tekście kulisy sporu.", "pl"), V{"Reuters"});
  EXPECT_EQ(cited("Agentura Reuters s odvoláním na dva zdroje uvedla, že firma zvažuje navýšení.", "cs"), V{"Reuters"});
  EXPECT_EQ(cited("동아일보 보도에 따르면 정부는 선구제 방식의 부분 도입을 검토하고 있다.", "ko"), V{"The Dong-a Ilbo"});
  EXPECT_EQ(cited("По подсчетам Reuters, на выплату долгов уходит 62% дохода.", "ru"), V{"Reuters"});
  EXPECT_EQ(cited("Ketika dihubungi Reuters, pengarah bomba berkata 600 anggota telah digerakkan.", "ms"), V{"Reuters"});
  EXPECT_EQ(cited("The Guardian's Western North correspondent, Kwame Ofori-Atta, reported that farmers sold land.", "en"),
            V{"The Guardian"});
  EXPECT_EQ(cited("Агентство Reuters, ссылаясь на двух банкиров, сообщило о новых лимитах.", "ru"), V{"Reuters"});
  EXPECT_EQ(cited("РБК со ссылкой на данные бюро кредитных историй сообщил о росте просрочки.", "ru"), V{"RBC"});
  EXPECT_EQ(cited("《信報》早前分析指，北部都會區的招標進度落後。", "zh", "https://news.example.com.hk/a"),
            V{"Hong Kong Economic Journal"});
}

// The r31s pass: Portuguese "citada pela", "avançada pelo", French "au micro d'"; a German
// speaker of six words between "sagte" and "dem"; a title that seldom opens a sentence
// otherwise, before a reporting verb.
TEST(WorldCues, CitedByOnTheMicAndLongSpeakers) {
  EXPECT_EQ(cited("A informação, citada pela agência Lusa, foi confirmada pelo ministério.", "pt"), V{"Lusa"});
  EXPECT_EQ(cited("La ministre l'a affirmé au micro d'Europe 1 ce mercredi matin.", "fr"), V{"Europe 1"});
  EXPECT_EQ(cited("Das sagte der Sprecher des Bündnisses der Bürgerinitiativen dem „Wiesbadener Kurier“.", "de"),
            V{"Wiesbadener Kurier"});
  EXPECT_EQ(cited("Variety reported Tuesday that the network had agreed a deal with the studio.", "en"), V{"Variety"});
  EXPECT_EQ(cited("People reported seeing smoke over the harbour on Tuesday night.", "en"), V{});
}

// The r34s pass: Nigerian "gathered that", "insisted to", Italian "Lo rivela" and "Come
// racconta", Portuguese "noticia", Polish "przekazał, że" and a closing "– przekazała PAP",
// German "aus Konzernkreisen erfuhr", Ukrainian "розповів"; a place or nationality before a
// descriptor is no outlet; German capitals are no sign of a name; the publisher's short name.
TEST(WorldCues, CuesOfTheR34sPass) {
  EXPECT_EQ(cited("The Punch gathered that the victims included two teachers.", "en"), V{"Punch"});
  EXPECT_EQ(cited("A friend insisted to The Sun that the split was mutual.", "en"), V{"The Sun"});
  EXPECT_EQ(cited("Lo rivela il Corriere della Sera, nel numero in edicola da mercoledì.", "it"), V{"Corriere della Sera"});
  EXPECT_EQ(cited("Come racconta Repubblica, il calciatore sarebbe stato visto in corso Como.", "it"), V{"la Repubblica"});
  EXPECT_EQ(cited("O Expresso noticia que o Governo vai rever a lei.", "pt"), V{"Expresso"});
  EXPECT_EQ(cited("Onet przekazał, że w Łucku trafiony został zakład energetyczny.", "pl"), V{"Onet"});
  EXPECT_EQ(cited("Szczątki drona znaleziono na polu w gminie Mircze – przekazała PAP.", "pl"), V{"PAP"});
  EXPECT_EQ(cited("Właściciel Polsatu przekazał na ten cel 10 mln zł.", "pl"), V{});
  EXPECT_EQ(cited("Inflacja wyniosła 4,9 proc. – przekazał GUS.", "pl"), V{});
  EXPECT_EQ(cited("Kemenkominfo mengirim surat teguran kepada Kompas TV pekan lalu.", "id"), V{});
  EXPECT_EQ(cited("The probe revealed to scientists that the Sun is more active than thought.", "en"), V{});
  EXPECT_EQ(cited("Wie die Nachrichtenagentur Reuters aus Konzernkreisen erfuhr, soll der Vorstand vorlegen.", "de"),
            V{"Reuters"});
  EXPECT_EQ(cited("Лікар розповів ТСН, що пацієнтів перевели в укриття.", "uk"), V{"TSN.ua"});
  EXPECT_EQ(cited("A source told the Mumbai tabloid that talks had stalled.", "en"), V{});
  EXPECT_EQ(cited("The minister told Malaysian daily The Star that the plan was ready.", "en"), V{"The Star (Malaysia)"});
  EXPECT_EQ(cited("Wie Reuters unter Berufung auf Insider berichtete, soll der Vorstand vorlegen.", "de"), V{"Reuters"});
  EXPECT_EQ(cited("The documents, which the Citizen has also obtained, show the contract was put on hold.", "en",
                  "https://ottawacitizen.com/news/story"),
            V{});
}

// The r35s pass: a paper's initials on its own site are itself; Spanish, Italian, Portuguese,
// Polish and Russian cues of investigations and scoops.
TEST(WorldCues, InitialsOfThePublisherAndCuesOfTheR35sPass) {
  EXPECT_EQ(cited("Ensign editor Paula Drummond told the ODT that readers would not notice any drop.", "en",
                  "https://www.odt.co.nz/regions/southland/story"),
            V{});
  // Not initials another outlet goes by: on the Stuttgarter Zeitung's site "die SZ" is the
  // Süddeutsche Zeitung.
  EXPECT_EQ(cited("Der Vorstand soll gehen, wie die SZ berichtet.", "de", "https://www.stuttgarter-zeitung.de/inhalt.x"),
            V{"Süddeutsche Zeitung"});
  EXPECT_EQ(cited("Una investigación de El País reveló que el contrato se firmó sin concurso.", "es"), V{"El País"});
  EXPECT_EQ(cited("Lo ha rivelato un'inchiesta del Corriere della Sera pubblicata ieri.", "it"),
            V{"Corriere della Sera"});
  EXPECT_EQ(cited("A notícia foi antecipada pelo Expresso na sexta-feira.", "pt"), V{"Expresso"});
  EXPECT_EQ(cited("Onet ujawnił szczegóły umowy z wykonawcą.", "pl"), V{"Onet"});
  // An unknown acronym after a company's noun is that company, whatever verb follows.
  EXPECT_EQ(cited("La compañía eléctrica CGE informó que el suministro ya fue repuesto.", "es"), V{});
  EXPECT_EQ(cited("The utility PG&E said power would be restored by Friday.", "en"), V{});
}

TEST(WorldCues, PressReviewsSayHowEachPaperLeadsAndWhatItThinks) {
  EXPECT_EQ(cited("The Daily Telegraph leads with the headline \u201cRail fares frozen\u201d, but its story says cuts loom.", "en"),
            V{"The Telegraph"});
  EXPECT_EQ(cited("Elsewhere, the Daily Mirror's front page claims that 40,000 pensioners are waiting for refunds.", "en"),
            V{"The Mirror"});
  EXPECT_EQ(cited("Le Figaro titre \u00ab Budget : le gouvernement sauve les meubles \u00bb.", "fr"), V{"Le Figaro"});
  EXPECT_EQ(cited("\u00ab Un passage en force de plus \u00bb, lance Lib\u00e9ration, qui consacre sa une aux d\u00e9put\u00e9s.", "fr"),
            V{"Lib\u00e9ration"});
  EXPECT_EQ(cited("Die \u201eS\u00fcddeutsche Zeitung\u201c meint: \u201eDie Koalition hat sich Zeit gekauft.\u201c", "de"),
            V{"S\u00fcddeutsche Zeitung"});
  EXPECT_EQ(cited("In London urteilt die Financial Times, Deutschland leiste sich ein teures Versprechen.", "de"),
            V{"Financial Times"});
  EXPECT_EQ(cited("La Repubblica titola \u00abGiudici, la rivolta delle toghe\u00bb e racconta l'assemblea.", "it"),
            V{"la Repubblica"});
  EXPECT_EQ(cited("M\u00e1s cr\u00edtico se muestra el diario alem\u00e1n Die Welt, que advierte de un posible efecto llamada.", "es"),
            V{"Die Welt"});
  // A paper as the subject of the news, with no claim of its own: no source.
  EXPECT_EQ(cited("Un ancien journaliste du Blick, devenu porte-parole des propri\u00e9taires, juge que le march\u00e9 fonctionne.",
                  "fr", "https://www.example.ch/a"),
            V{});
}

// The r36s leftovers: a nationality after the noun, a "(Source: X)" note, Arabic wire
// datelines and initials, a republished piece whose outlet is described first, one outlet
// named in the text and linked on a domain of its own.
TEST(WorldCues, RomanceNationalitiesSourceNotesAndArabicWireDatelines) {
  EXPECT_EQ(cited("El diario portugu\u00e9s P\u00fablico informa de que Lisboa estudia un mecanismo parecido.", "es",
                  "https://www.example.es/a"),
            V{"P\u00fablico (Portugal)"});
  EXPECT_EQ(cited("Power was restored to 70 percent of households, the cooperative said. (Source: Philippine News Agency)",
                  "en"),
            V{"Philippine News Agency"});
  auto wam = sources({para("\u062f\u0628\u064a - \u0648\u0627\u0645: \u0627\u062a\u0641\u0642\u062a \u062f\u0648\u0644 "
                           "\u0645\u062c\u0644\u0633 \u0627\u0644\u062a\u0639\u0627\u0648\u0646 \u0639\u0644\u0649 "
                           "\u0628\u062f\u0621 \u0627\u0644\u0639\u0645\u0644 \u0628\u0627\u0644\u062a\u0623\u0634\u064a\u0631\u0629.")},
                     "https://www.example-news.test/a", "ar");
  ASSERT_EQ(names(wam), V{"WAM"});
  EXPECT_TRUE(wam.front().credit_line);
  // "وكالة الأنباء السعودية (واس)": the initials after the agency's name are no wire credit.
  auto spa = sources({para("\u0648\u0623\u0641\u0627\u062f\u062a \u0648\u0643\u0627\u0644\u0629 \u0627\u0644\u0623\u0646\u0628\u0627\u0621 "
                           "\u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629 (\u0648\u0627\u0633) \u0628\u0623\u0646 "
                           "\u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639 \u0623\u0642\u0631 \u0622\u0644\u064a\u0629 \u0645\u0648\u062d\u062f\u0629.")},
                     "https://www.example-news.test/a", "ar");
  ASSERT_EQ(spa.size(), 1u);
  EXPECT_FALSE(spa.front().credit_line);
}

TEST(WorldCues, ARepublishedPieceAndATextNameLinkedOnAnotherDomain) {
  auto cz = sources({para("\u010cl\u00e1nek p\u016fvodn\u011b vy\u0161el v rakousk\u00e9m den\u00edku Der Standard. "
                          "P\u0159elo\u017eili jsme ho se svolen\u00edm redakce.")},
                    "https://www.example-zpravy.test/a", "cs");
  ASSERT_EQ(names(cz), V{"Der Standard"});
  EXPECT_TRUE(cz.front().credit_line);
  auto merc = sources({para("Del otro lado de la cordillera, El Mercurio report\u00f3 que el gobierno chileno eval\u00faa "
                            "acelerar la licitaci\u00f3n (nota completa).",
                            {{"(nota completa)", "https://digital.elmercurio.cl/Inversiones/Noticias/2025/06/13/litio.aspx"}})},
                      "https://www.example-diario.test/a", "es");
  ASSERT_EQ(names(merc), V{"El Mercurio"});
  EXPECT_EQ(merc.front().urls.size(), 1u);
}

TEST(WorldCues, CommonWordNamesAsHorsesAndOwnersAndPortuguesePassives) {
  // A racehorse called Express, Mirror or Sun "reported for duty" and "ran": no newsroom.
  EXPECT_EQ(cited("The jockey sat still until the turn and the Express reported for duty when asked.", "en",
                  "https://www.example-online.co.uk/racing"),
            V{});
  EXPECT_EQ(cited("The Sun ran well for a long way but had nothing left.", "en", "https://www.example-online.co.uk/racing"),
            V{});
  EXPECT_EQ(cited("After the visit, New York magazine ran a profile of the man who lent the jet.", "en"),
            V{"New York magazine"});
  EXPECT_EQ(cited("Within an hour, Samaa TV ran a similar story on its website.", "en"), V{"Samaa TV"});
  EXPECT_EQ(cited("The Mirror ran a good race but the winner was tougher.", "en", "https://www.example-online.co.uk/racing"),
            V{});
  // "said The Guardian's print revenue had fallen": the paper owns what is spoken of.
  EXPECT_EQ(cited("The analyst said The Guardian's print revenue had fallen for a decade.", "en"), V{});
  EXPECT_EQ(cited("Rents rose sharply, according to the Guardian's analysis of listings.", "en"), V{"The Guardian"});
  EXPECT_EQ(cited("A medida foi noticiada pelo P\u00fablico na ter\u00e7a-feira.", "pt", "https://www.example.pt/a"),
            V{"P\u00fablico (Portugal)"});
}

TEST(WorldCues, AnOutletsPeopleBehindAnAdjectiveStillCite) {
  EXPECT_EQ(cited("The minister told the BBC's political editor that the plan would go ahead.", "en"), V{"BBC"});
  EXPECT_EQ(cited("Speaking to CNN's chief international correspondent, the general said talks had stalled.", "en"),
            V{"CNN"});
}

// Speech addressed to an outlet with the outlet fronted ("Der Abendzeitung gegenüber sagte",
// "Tegen de NOS zei ze") or set far from its verb by a speaker in commas ("a affirmé le
// ministre, Bruno Le Maire, dimanche, à franceinfo."); a place or a mirror is no outlet.
TEST(WorldCues, FrontedAndFarAddresseesCite) {
  const std::string de = "https://www.example-zeitung.de/a", nl = "https://www.example.nl/a",
                    fr = "https://www.example.fr/a";
  EXPECT_EQ(cited("Der Abendzeitung gegen\u00fcber sagte der Minister, er werde nicht zur\u00fccktreten.", "de", de),
            V{"Abendzeitung"});
  EXPECT_EQ(cited("Er stand dem Spiegel gegen\u00fcber und sagte nichts.", "de", de), V{});
  EXPECT_EQ(cited("Tegen de NOS zei ze dat ze niet zou opstappen.", "nl", nl), V{"NOS"});
  EXPECT_EQ(cited("De minister zei dat hij niet zou opstappen.", "nl", nl), V{});
  EXPECT_EQ(cited("C\u2019est ce qu\u2019a affirm\u00e9 le ministre de l\u2019\u00c9conomie, Bruno Le Maire, dimanche 3 "
                  "mars, \u00e0 Lib\u00e9ration.", "fr", fr),
            V{"Lib\u00e9ration"});
  EXPECT_EQ(cited("Le ministre a annonc\u00e9 sa d\u00e9mission, jeudi, \u00e0 Paris.", "fr", fr), V{});
  EXPECT_EQ(cited("Il a dit, au cours de la r\u00e9union, \u00e0 Lib\u00e9ration qu'il partirait.", "fr", fr), V{});
}

// The r40s pass: cues of reported speech and of fact checks in six languages, and the traps
// beside them (an association named after the press, an event a channel carried, a paper's
// editorial independence, officials of a company).
TEST(WorldCues, ReportedSpeechAndFactCheckCues) {
  EXPECT_EQ(cited("Reed said in an interview aired Sunday on CBS News that the plan was dead."), V{"CBS News"});
  EXPECT_EQ(cited("The same claim appeared in a segment on GB News on 3 November."), V{"GB News"});
  const std::string de = "https://www.example-zeitung.de/a";
  EXPECT_EQ(cited("Ausgangspunkt war ein Artikel des Portals \u201eApollo News\u201c \u00fcber die Zahlen.", "de", de),
            V{"Apollo News"});
  EXPECT_EQ(cited("Auch die \u201eBerliner Zeitung\u201c griff die Zahl auf.", "de", de), V{"Berliner Zeitung"});
  EXPECT_EQ(cited("Der Faktencheck der dpa kam zu einem \u00e4hnlichen Ergebnis.", "de", de), V{"dpa"});
  EXPECT_EQ(cited("In einem Artikel der Partei hie\u00df es, die Zahl sei falsch.", "de", de), V{});
  EXPECT_EQ(cited("Olivier Faure a d\u00e9clar\u00e9 sur BFMTV que le budget \u00e9tait injuste.", "fr",
                  "https://www.example.fr/a"),
            V{"BFM TV"});
  EXPECT_EQ(cited("Parlando al Corriere della Sera, Tajani ha detto che la manovra \u00e8 giusta.", "it",
                  "https://www.example.it/a"),
            V{"Corriere della Sera"});
  EXPECT_EQ(cited("Het FD schrijft dat de formatie vastloopt.", "nl", "https://www.example.nl/a"),
            V{"Het Financieele Dagblad"});
  EXPECT_EQ(cited("A absten\u00e7\u00e3o depende das pens\u00f5es, avan\u00e7ou a SIC Not\u00edcias.", "pt",
                  "https://www.example.pt/a"),
            V{"SIC Not\u00edcias"});
  EXPECT_EQ(cited("The Pentagon Press Association said it was deeply concerned about the changes."), V{});
  EXPECT_EQ(cited("The minister told the Press Association that he would stay."), V{"PA Media"});
  EXPECT_EQ(cited("She repeated a pledge she made at a hustings broadcast by GB News last year."), V{});
  EXPECT_EQ(cited("The interview, broadcast by the BBC on Sunday, showed the minister angry."), V{"BBC"});
  EXPECT_EQ(cited("A spokesperson told the council: \"We are committed to the Telegraph's editorial independence.\""),
            V{});
  EXPECT_EQ(cited("Even this past January there were 750 leaks, Con Edison officials said."), V{});
  // Listings, fire departments, "greift auf ... zurück" (falls back on).
  EXPECT_EQ(cited("The final will be broadcast live on BBC One at 8pm."), V{});
  EXPECT_EQ(cited("The documentary, which aired Sunday on PBS, drew two million viewers."), V{});
  EXPECT_EQ(cited("Crews from the Elm Grove FD said the fire started in the kitchen."), V{});
  EXPECT_EQ(cited("Die Welt greift wieder verst\u00e4rkt auf Kohle zur\u00fcck.", "de", de), V{});
}

// Czech Radio's news site is Czech Radio: no source of its own pages.
TEST(WorldCues, ABroadcastersNewsSiteIsTheBroadcaster) {
  EXPECT_EQ(cited("\u201eJe to \u00fastavn\u00ed ot\u00e1zka,\u201c \u0159ekl \u010cesk\u00e9mu rozhlasu \u00fastavn\u00ed "
                  "pr\u00e1vn\u00edk Jan Wintr.", "cs", "https://www.irozhlas.cz/zpravy/a"),
            V{});
}

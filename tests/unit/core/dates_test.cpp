#include <gtest/gtest.h>

#include "core/dates.hpp"

using namespace newsarchive;

namespace {
std::string iso(std::string_view text) {
  auto d = parse_date_loose(text);
  return d ? format_iso(*d) : "none";
}
}  // namespace

TEST(Dates, ReadsIso8601WithAndWithoutOffset) {
  EXPECT_EQ(format_iso(*parse_iso8601("2016-12-19T18:42:00-05:00")), "2016-12-19T18:42:00-05:00");
  EXPECT_EQ(format_iso(*parse_iso8601("2016-12-19T18:42:00.123Z")), "2016-12-19T18:42:00Z");
  EXPECT_EQ(format_iso(*parse_iso8601("2016-12-19 18:42")), "2016-12-19T18:42:00");
  EXPECT_EQ(format_iso(*parse_iso8601("2016-12-19")), "2016-12-19");
  EXPECT_EQ(format_iso(*parse_iso8601("2024-05-03T15:47:42+0200")), "2024-05-03T15:47:42+02:00");
  EXPECT_FALSE(parse_iso8601("2016-13-01"));
  EXPECT_FALSE(parse_iso8601("2016-02-30"));
  EXPECT_FALSE(parse_iso8601("yesterday"));
}

TEST(Dates, ReadsRfc822AsInFeeds) {
  EXPECT_EQ(format_iso(*parse_rfc822("Mon, 19 Dec 2016 18:42:00 -0500")), "2016-12-19T18:42:00-05:00");
  EXPECT_EQ(format_iso(*parse_rfc822("Mon, 19 Dec 2016 23:42:00 GMT")), "2016-12-19T23:42:00Z");
  EXPECT_EQ(format_iso(*parse_rfc822("19 Dec 16 18:42 EST")), "2016-12-19T18:42:00-05:00");
}

TEST(Dates, ReadsHumanDatelines) {
  EXPECT_EQ(iso("December 19, 2016"), "2016-12-19");
  EXPECT_EQ(iso("Updated Dec. 19, 2016 at 6:42 pm"), "2016-12-19T18:42:00");
  EXPECT_EQ(iso("19. Dezember 2016, 18:42 Uhr"), "2016-12-19T18:42:00");
  EXPECT_EQ(iso("19 de diciembre de 2016"), "2016-12-19");
  EXPECT_EQ(iso("le 19 décembre 2016"), "2016-12-19");
  EXPECT_EQ(iso("19.12.2016 18:42"), "2016-12-19T18:42:00");
  // The half of the day in other scripts: after the time in Arabic, before it in CJK.
  EXPECT_EQ(iso("03-06-2025 06:45 \xD9\x85"), "2025-06-03T18:45:00");          // م
  EXPECT_EQ(iso("04-06-2025 12:10 \xD8\xB5"), "2025-06-04T00:10:00");          // ص
  EXPECT_EQ(iso("2024\xE5\xB9\xB4" "3\xE6\x9C\x88" "14\xE6\x97\xA5 \xE5\x8D\x88\xE5\xBE\x8C" "3:20"), "2024-03-14T15:20:00");  // 午後
  EXPECT_EQ(iso("2024.03.14 \xEC\x98\xA4\xED\x9B\x84 3:20"), "2024-03-14T15:20:00");  // 오후
  EXPECT_EQ(iso("2016/12/19"), "2016-12-19");
  EXPECT_EQ(iso("no date in here"), "none");
  EXPECT_EQ(iso("Publi\xC3\xA9 le 3 mai 2024 \xC3\xA0 14h05"), "2024-05-03T14:05:00");
  EXPECT_EQ(iso("3 maggio 2024"), "2024-05-03");
  EXPECT_EQ(iso("Published 4:47 PM EST, February 15, 2024"), "2024-02-15T16:47:00-05:00");  // time first
  EXPECT_EQ(iso("February 15, 2024 4:47 PM EST"), "2024-02-15T16:47:00-05:00");
  EXPECT_EQ(iso("May 3, 2024 (Updated May 4, 2024 9:12 a.m.)"), "2024-05-03");  // the update's time is not its
  EXPECT_EQ(iso("3 mai 2024, mis \xC3\xA0 jour le 4 mai \xC3\xA0 09h30"), "2024-05-03");
  EXPECT_EQ(iso("3 de maio de 2024"), "2024-05-03");
  EXPECT_EQ(iso("3 mei 2024"), "2024-05-03");
  // Either order reads for 10/01/2012: an American zone says month first; without one, day first.
  EXPECT_EQ(iso("Updated: 10/01/2012 12:20:51 AM PDT"), "2012-10-01T00:20:51-07:00");
  EXPECT_EQ(iso("10/01/2012 9:05 a.m. ET"), "2012-10-01T09:05:00");
  EXPECT_EQ(iso("10/01/2012 12:20"), "2012-01-10T12:20:00");
  EXPECT_EQ(iso("10.01.2012 12:20 EST"), "2012-01-10T12:20:00-05:00");  // dots: the European order
  // A page written for the United States ("en-us", the extractor's reading of lang="en-US").
  EXPECT_EQ(parse_date_loose("Posted 3/4/2026 5:42 PM", "en-us").value().month, 3);
  EXPECT_EQ(parse_date_loose("Posted 3/4/2026 5:42 PM", "en").value().month, 4);
  // Japanese eras: Reiwa 8 is 2026, its first year 2019; a Gregorian year in brackets goes with it.
  EXPECT_EQ(iso("\xE4\xBB\xA4\xE5\x92\x8C" "8\xE5\xB9\xB4" "3\xE6\x9C\x88" "3\xE6\x97\xA5 18\xE6\x99\x82" "40\xE5\x88\x86"),
            "2026-03-03T18:40:00");  // 令和8年3月3日 18時40分
  EXPECT_EQ(iso("\xE4\xBB\xA4\xE5\x92\x8C" "8\xE5\xB9\xB4\xEF\xBC\x88" "2026\xE5\xB9\xB4\xEF\xBC\x89" "3\xE6\x9C\x88" "3\xE6\x97\xA5"),
            "2026-03-03");  // 令和8年（2026年）3月3日
  EXPECT_EQ(iso("\xE4\xBB\xA4\xE5\x92\x8C\xE5\x85\x83\xE5\xB9\xB4" "5\xE6\x9C\x88" "1\xE6\x97\xA5"), "2019-05-01");  // 令和元年5月1日
  EXPECT_EQ(iso("\xE5\xB9\xB3\xE6\x88\x90" "30\xE5\xB9\xB4" "12\xE6\x9C\x88" "1\xE6\x97\xA5"), "2018-12-01");  // 平成30年
  // Arabic: "published on 3 May 2024 - 14:05"
  EXPECT_EQ(iso("\xD9\x86\xD9\x8F\xD8\xB4\xD8\xB1 \xD9\x81\xD9\x8A 3 \xD9\x85\xD8\xA7\xD9\x8A\xD9\x88 2024 - 14:05"),
            "2024-05-03T14:05:00");
}

TEST(Dates, ConvertsToUnixTime) {
  EXPECT_EQ(parse_iso8601("1970-01-01T00:00:00Z")->to_unix(), 0);
  EXPECT_EQ(parse_iso8601("2016-12-19T18:42:00-05:00")->to_unix(),
            parse_iso8601("2016-12-19T23:42:00Z")->to_unix());
}

TEST(Dates, NamesMonthsAndWeekdays) {
  EXPECT_EQ(month_from_word("Dec."), 12);
  EXPECT_EQ(month_from_word("März"), 3);
  EXPECT_FALSE(month_from_word("Mark"));
  EXPECT_TRUE(is_weekday_name("Monday,"));
  EXPECT_TRUE(is_weekday_name("sábado"));
  EXPECT_FALSE(is_weekday_name("Mon"));  // full names only: "Mon" could be a name's part
  EXPECT_FALSE(is_weekday_name("Wee"));
}

TEST(Dates, ReadsMonthNamesOfNorthernAndEasternEuropeInTheirDateForm) {
  EXPECT_EQ(iso("3 марта 2024, 14:05"), "2024-03-03T14:05:00");  // Russian genitive
  EXPECT_EQ(iso("3 березня 2024"), "2024-03-03");                // Ukrainian
  EXPECT_EQ(iso("3 marca 2024, 14:05"), "2024-03-03T14:05:00");  // Polish
  EXPECT_EQ(iso("3. března 2024"), "2024-03-03");                // Czech
  EXPECT_EQ(iso("03 Mart 2024 14:05"), "2024-03-03T14:05:00");   // Turkish
  EXPECT_EQ(iso("3 Μαρτίου 2024"), "2024-03-03");                // Greek, capitalised
  EXPECT_EQ(iso("3. maaliskuuta 2024"), "2024-03-03");           // Finnish partitive
  EXPECT_EQ(iso("3 augusti 2024"), "2024-08-03");                // Swedish
  EXPECT_EQ(month_from_word("ΜΑΪΟΥ"), std::nullopt);             // accented capitals stay unknown, not wrong
}

TEST(Dates, ReadsChineseJapaneseAndKoreanDates) {
  EXPECT_EQ(iso("2024年3月3日 14時05分"), "2024-03-03T14:05:00");
  EXPECT_EQ(iso("2024年03月03日 14:05"), "2024-03-03T14:05:00");
  EXPECT_EQ(iso("2024년 3월 3일 14:05"), "2024-03-03T14:05:00");
  EXPECT_EQ(iso("2024年3月3日 14点05分"), "2024-03-03T14:05:00");
  EXPECT_EQ(iso("2024年13月3日"), "none");
}

TEST(Dates, ReadsDigitsAndMonthsOfSouthAsianScripts) {
  EXPECT_EQ(iso("প্রকাশ: ১৩ মার্চ ২০২৪, ০০: ২০"), "2024-03-13T00:20:00");  // Bengali digits and month
  EXPECT_EQ(iso("13 मार्च 2024, 10:05"), "2024-03-13T10:05:00");             // Hindi month
  EXPECT_EQ(iso("٢٠٢٤-٠٣-١٣"), "2024-03-13");                               // Arabic-Indic digits
  EXPECT_EQ(iso("১৩ জ ২০২৪"), "none");  // one letter is no month's abbreviation
}

TEST(Dates, ReadsThaiBuddhistEraAndSolarHijriDates) {
  EXPECT_EQ(iso("15 มีนาคม 2567 10:30 น."), "2024-03-15T10:30:00");           // Buddhist era: 2567 is 2024
  EXPECT_EQ(iso("วันศุกร์ที่ 15 มี.ค. 2567 เวลา 10:30 น."), "2024-03-15T10:30:00");  // the dotted abbreviation
  EXPECT_EQ(iso("۲۵ اسفند ۱۴۰۲"), "2024-03-15");                              // Solar Hijri, Persian digits
  EXPECT_EQ(iso("۱ فروردین ۱۴۰۳ - ۰۸:۱۵"), "2024-03-20T08:15:00");            // Nowruz
  EXPECT_EQ(iso("11 دي 1402"), "2024-01-01");                                 // Dey typed with the Arabic yeh
  EXPECT_FALSE(parse_date_loose("مهرداد 1402"));                                // a name that holds a month's
}

TEST(Dates, ReadsHungarianAndSwahiliDates) {
  EXPECT_EQ(iso("2026. november 14. 16:32"), "2026-11-14T16:32:00");  // year, month, day
  EXPECT_EQ(iso("2024. március 3."), "2024-03-03");
  EXPECT_EQ(iso("Novemba 14, 2026"), "2026-11-14");
  EXPECT_EQ(iso("14 Desemba 2026"), "2026-12-14");
}

TEST(Dates, ReadsSouthSlavicRomanianCatalanEstonianAndIndonesianMonths) {
  EXPECT_EQ(iso("23. studenoga 2026. u 09:14"), "2026-11-23T09:14:00");  // Croatian
  EXPECT_EQ(iso("5. srpnja 2026."), "2026-07-05");
  EXPECT_EQ(iso("21. novembra 2026 ob 10:15"), "2026-11-21T10:15:00");  // Slovenian, Serbian Latin
  EXPECT_EQ(iso("21. јануара 2026."), "2026-01-21");                     // Serbian Cyrillic
  EXPECT_EQ(iso("21 noiembrie 2026, 14:05"), "2026-11-21T14:05:00");    // Romanian
  EXPECT_EQ(iso("21 de juliol de 2026"), "2026-07-21");                  // Catalan
  EXPECT_EQ(iso("21. detsember 2026"), "2026-12-21");                    // Estonian
  EXPECT_EQ(iso("21 Maret 2026"), "2026-03-21");                         // Indonesian
}

// "listopad(a)" is November in Polish and Czech but October in Croatian: the page's
// language settles it.
TEST(Dates, ReadsListopadByThePagesLanguage) {
  auto in = [](std::string_view text, std::string_view lang) {
    auto d = parse_date_loose(text, lang);
    return d ? format_iso(*d) : "none";
  };
  EXPECT_EQ(in("23. listopada 2026. u 09:14", "hr"), "2026-10-23T09:14:00");
  EXPECT_EQ(in("23 listopada 2026", "pl"), "2026-11-23");
  EXPECT_EQ(in("23 listopada 2026", ""), "2026-11-23");
  EXPECT_EQ(month_from_word("Listopad", "bs"), 10);
  EXPECT_EQ(month_from_word("listopada", "hrx"), 11);
}

TEST(Dates, ReadsMonthsOfTheCaucasusCentralAsiaTheBalticsAndTamil) {
  EXPECT_EQ(iso("01 Қазан 2024, 08:15"), "2024-10-01T08:15:00");       // Kazakh, capitalised
  EXPECT_EQ(iso("Մայիս 17, 2024"), "2024-05-17");                       // Armenian, capitalised
  EXPECT_EQ(iso("9 նոյեմբերի 2024"), "2024-11-09");                     // Armenian genitive
  EXPECT_EQ(iso("09 noyabr 2024 00:40"), "2024-11-09T00:40:00");        // Azerbaijani
  EXPECT_EQ(iso("15 மார்ச் 2024"), "2024-03-15");                       // Tamil
  EXPECT_EQ(iso("20. nóvember 2026"), "2026-11-20");                    // Icelandic
  EXPECT_EQ(iso("2026 m. lapkričio 20 d. 14:05"), "2026-11-20T14:05:00");  // Lithuanian: year, month, day
  EXPECT_EQ(iso("2026. gada 20. novembris"), "2026-11-20");             // Latvian: year, day, month
  EXPECT_EQ(iso("5 nëntor 2026"), "2026-11-05");                        // Albanian
}

TEST(Dates, ReadsTheZoneAfterADottedHalfOfTheDay) {
  EXPECT_EQ(iso("November 21, 2026 at 8:40 p.m. CST"), "2026-11-21T20:40:00-06:00");
  EXPECT_EQ(iso("November 21, 2026 at 8:40PM CST"), "2026-11-21T20:40:00-06:00");
}

TEST(Dates, ReadsTheOffsetWrittenAfterUtcOrGmt) {
  EXPECT_EQ(iso("09 noyabr 2024 00:40 (UTC +04:00)"), "2024-11-09T00:40:00+04:00");
  EXPECT_EQ(iso("09.11.2024 00:40 (UTC +04:00)"), "2024-11-09T00:40:00+04:00");
  EXPECT_EQ(iso("9 Nov 2024 10:00 GMT+3"), "2024-11-09T10:00:00+03:00");
  EXPECT_EQ(iso("9 Nov 2024 10:00 GMT -0530"), "2024-11-09T10:00:00-05:30");
  EXPECT_EQ(iso("Sat, 09 Nov 2024 10:00:00 GMT"), "2024-11-09T10:00:00Z");
}

TEST(Dates, ReadsSomaliHausaWelshBasqueSinhalaAndKhmerDatesAndDigits) {
  EXPECT_EQ(iso("20 Nofembar 2024"), "2024-11-20");          // Somali
  EXPECT_EQ(iso("20 Nuwamba, 2024"), "2024-11-20");          // Hausa
  EXPECT_EQ(iso("20 Tachwedd 2024"), "2024-11-20");          // Welsh
  EXPECT_EQ(iso("2024ko azaroaren 20a, 14:05"), "2024-11-20T14:05:00");  // Basque: year, month, day
  EXPECT_EQ(iso("2024 නොවැම්බර් 20"), "2024-11-20");           // Sinhala
  EXPECT_EQ(iso("២០ វិច្ឆិកា ២០២៤"), "2024-11-20");             // Khmer, Khmer digits
  EXPECT_EQ(iso("၂၀.၁၁.၂၀၂၄"), "2024-11-20");                // Myanmar digits
}

TEST(Dates, ReadsKhmerAndMongolianDateWordsAndTheHalvesOfTheDay) {
  // Khmer glues "the" to the day, "month" to its name and "year" to the year.
  EXPECT_EQ(iso("ថ្ងៃសុក្រ ទី២៣ ខែសីហា ឆ្នាំ២០២៤, ម៉ោង ០៨:៤៥ ព្រឹក"), "2024-08-23T08:45:00");
  EXPECT_EQ(iso("ទី23 ខែ សីហា ឆ្នាំ2024 ម៉ោង 3:10 រសៀល"), "2024-08-23T15:10:00");  // afternoon
  // Mongolian numbers its months: "the 3rd month's 5th".
  EXPECT_EQ(iso("2024 оны 3-р сарын 5, 00:35"), "2024-03-05T00:35:00");
  EXPECT_EQ(iso("2024 оны 11 дүгээр сарын 20"), "2024-11-20");
  // Sinhala writes p.m. and a.m. before the time.
  EXPECT_EQ(iso("2024 නොවැම්බර් 05 අඟහරුවාදා, ප.ව. 04:10"), "2024-11-05T16:10:00");
  EXPECT_EQ(iso("2024 නොවැම්බර් 05, පෙ.ව. 12:10"), "2024-11-05T00:10:00");
  EXPECT_EQ(iso("3 сарын 5"), "none");  // no year: no date
  EXPECT_EQ(iso("2 ਮਾਰਚ 2024"), "2024-03-02");  // Punjabi (Gurmukhi)
  EXPECT_EQ(iso("20 નવેમ્બર 2024"), "2024-11-20");  // Gujarati
  EXPECT_EQ(iso("Nov - 20 - 2026 , 07:12"), "2026-11-20T07:12:00");  // Joomla K2
  EXPECT_EQ(iso("Dec 19-20, 2016"), "none");                        // a span of days is no date
}

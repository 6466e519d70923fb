// Dates printed as their own line in the story (a <time> under the headline, "Nov 20") are
// furniture, not prose; a date inside a sentence or a timeline's date heading is kept.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"

using namespace newsarchive;

namespace {

Article extract(const std::string& html, const std::string& url = "https://news.example.com/a/story.html") {
  return parse_test::extract(html, url);
}

const std::string kStory =
    "<p>The council voted to close the old bridge, citing years of neglect and rising costs of repair.</p>"
    "<p>Residents said the decision, which follows a long campaign, would lengthen their commute by an hour.</p>"
    "<p>Engineers had warned in a report last year that the structure, built in 1921, was no longer safe.</p>";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(Datelines, DropsATimeElementStandingAsItsOwnBlock) {
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <time datetime="2026-11-20">Nov 20</time>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.body.rfind("The council voted", 0), 0u) << a.body;
  EXPECT_FALSE(has(a.body, "Nov 20"));
}

TEST(Datelines, DropsATimeElementWithAnyWordsInside) {
  // Not a date the loose date parser knows: the <time> element says what it is.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <div class="info"><time datetime="2026-11-20T12:19">Published today at 12:19</time></div>)" +
                      kStory + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "12:19"));
  EXPECT_TRUE(has(a.body, "The council voted"));
}

TEST(Datelines, DropsAShortLineThatIsOnlyADate) {
  for (const char* date : {"Nov. 20", "Friday, 20 November", "Nov 20, 9:41 a.m. ET", "20.11.", "Le 20 novembre"}) {
    Article a = extract("<html><body><article><h1>Bridge to close</h1><p>" + std::string(date) + "</p>" + kStory +
                        "</article></body></html>");
    EXPECT_EQ(a.body.rfind("The council voted", 0), 0u) << date << "\n" << a.body;
  }
}

TEST(Datelines, KeepsAParagraphWithATimeInside) {
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <p>The vote on <time datetime="2026-11-16">Monday</time> passed.</p>)" + kStory + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "The vote on Monday passed.")) << a.body;
}

TEST(Datelines, KeepsShortLinesThatAreNotDates) {
  // A score, a fraction, a one-word answer: short, with numbers or calendar-like words, not a date.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>)" + kStory +
                      "<p>14/7</p><p>May I?</p><p>March on.</p></article></body></html>");
  EXPECT_TRUE(has(a.body, "14/7")) << a.body;
  EXPECT_TRUE(has(a.body, "May I?"));
  EXPECT_TRUE(has(a.body, "March on."));
}

TEST(Datelines, KeepsATimelinesDateHeadings) {
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>)" + kStory +
                      "<h2><time datetime=\"2026-11-20\">Nov 20</time></h2>"
                      "<p>The last cars crossed the bridge in the evening as neighbours gathered on both banks.</p>"
                      "<h2>Nov 21</h2><p>The demolition crews arrived before dawn and closed the road to all traffic.</p>"
                      "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Nov 20")) << a.body;
  EXPECT_TRUE(has(a.body, "Nov 21"));
}

TEST(Datelines, ALongRunOfDigitsIsNoDateAndNoOverflow) {
  // Found by fuzz_extract: a ten-digit number overflowed the day's value (UBSan).
  Article a = extract("<html><body><article><h1>Bridge to close</h1><p>Nov 3333333333</p>" + kStory +
                      "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Nov 3333333333")) << a.body;
}

TEST(Datelines, KeepsAShortSentenceThatHoldsADate) {
  // Short enough for a dateline, but a sentence: story text. A stamp line still goes.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <p>Published on Nov. 20, 2026 at 9:41 a.m.</p>)" + kStory +
                      "<p>The new vote is set for Feb. 13, 2027.</p></article></body></html>");
  EXPECT_TRUE(has(a.body, "The new vote is set for Feb. 13, 2027.")) << a.body;
  EXPECT_FALSE(has(a.body, "Published on"));
}

TEST(Datelines, StampsSideBySideAndAShortInstructionWithADate) {
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <p class="story-date">Published March 3, 2024 at 6:00 a.m. | Updated March 4, 2024 at 11:15 a.m.</p>)" + kStory +
                      "<ul><li>Return it by Jan. 31, 2024.</li><li>Keep the receipt.</li></ul></article></body></html>");
  EXPECT_FALSE(has(a.body, "Published March")) << a.body;
  EXPECT_TRUE(has(a.body, "Return it by Jan. 31, 2024.")) << a.body;
  EXPECT_EQ(a.published.value_or(""), "2024-03-03T06:00:00");
  EXPECT_EQ(a.modified.value_or(""), "2024-03-04T11:15:00");
}

TEST(Datelines, AKickerAboveTheHeadlineIsNotTheFirstParagraph) {
  Article a = extract(R"(<html><body><main><article><p class="dachzeile">Tarifkonflikt</p>
    <h1>Pendler in Bayern rechnen mit Ausf\xC3\xA4llen</h1><div class="text">)" + kStory +
                      "</div></article></main></body></html>");
  EXPECT_FALSE(has(a.body, "Tarifkonflikt")) << a.body;
  EXPECT_TRUE(has(a.body, "The council voted"));
}

TEST(Datelines, ReadsDateElementsNamedInOtherLanguagesNotTheMastheadsDay) {
  // No metadata: the masthead's "today" comes first in the page, the story's date after.
  Article a = extract(R"(<html><body><div id="top-bar"><span class="date-today">Friday, May 10, 2024</span></div>
    <article><h1>Biblioteca aperta di sera</h1><div class="data-articolo">3 maggio 2024 alle 14:05</div>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2024-05-03T14:05:00");
  // A Korean label after an icon: "입력" (entered) and the time.
  Article ko = extract("<html><body><article><h1>Bridge</h1><ul><li><i class=\"icon-clock\"></i> \xEC\x9E\x85\xEB\xA0\xA5 "
                       "2024.05.03 14:05</li></ul>" + kStory + "</article></body></html>");
  EXPECT_EQ(ko.published.value_or(""), "2024-05-03T14:05:00");
}

TEST(Datelines, AnUpdateLabelInTheStorySetsModifiedAFootersDoesNot) {
  Article a = extract(R"(<html><body><div class="article-box"><h1>Bridge</h1><div class="article-date">03.05.2024, 14:05</div>
    <div class="article-update">Aktualizacja: 03.05.2024, 16:20</div>)" + kStory +
                      R"(</div><div id="footer"><p>Last updated: January 5, 2025</p></div></body></html>)");
  EXPECT_EQ(a.published.value_or(""), "2024-05-03T14:05:00");
  EXPECT_EQ(a.modified.value_or(""), "2024-05-03T16:20:00");
  Article b = extract(R"(<html><body><article><h1>Bridge</h1>)" + kStory +
                      R"(</article><div id="footer"><p>Last updated: January 5, 2025</p></div></body></html>)");
  EXPECT_FALSE(b.modified.has_value()) << *b.modified;
}

TEST(Datelines, ATimeLabelledAsAnUpdateIsTheModifiedDate) {
  Article a = extract(R"(<html><body><article><h1>Plan approved</h1><p class="meta">Posted <time datetime="2026-05-01T03:14:00Z">1:14pm</time>, updated <time datetime="2026-05-01T06:02:00Z">4:02pm</time></p>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2026-05-01T03:14:00Z");
  EXPECT_EQ(a.modified.value_or(""), "2026-05-01T06:02:00Z");
  // The label in a definition list's term.
  Article b = extract(R"(<html><body><article><h1>Plan approved</h1><dl><dt>Posted</dt><dd><time datetime="2026-05-01T03:14:00Z">1:14pm</time></dd><dt>, updated</dt><dd><time datetime="2026-05-01T06:02:00Z">4:02pm</time></dd></dl>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(b.modified.value_or(""), "2026-05-01T06:02:00Z");
}

TEST(Datelines, DropsTwoStampsJoinedByAComma) {
  // Le Figaro's line under the standfirst, in a class that also names the content.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <div class="content-metas"><span class="content-metas__pub">Publié le 01/05/2026 à 08:15, mis à jour le
    01/05/2026 à 11:42</span></div>)" + kStory + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "Publié")) << a.body;
  EXPECT_TRUE(has(a.body, "The council voted"));
}

TEST(Datelines, KeepsALongStampLineWithoutAnUpdate) {
  // A blog's "Posted on ... by ..." line is the post's (Readability keeps it); only a pair of
  // stamps ("published ..., updated ...") goes when the line is long.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>)" + kStory +
                      "<p>Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.</p></article></body></html>");
  EXPECT_TRUE(has(a.body, "Posted on Tuesday")) << a.body;
}

TEST(Datelines, StampLinesInMoreLanguagesAndWithAReadingTimeGo) {
  for (const char* line : {"Publicerad 10 mars 2024 kl. 06.00 Uppdaterad 11 mars 2024 kl. 08.15",
                           "10.3. 14:15 | P\xC3\xA4ivitetty 10.3. 15:02", "10 Marzo 2024 alle 12:02 2 minuti di lettura",
                           "Uppdaterad 15.59 | Publicerad 14.14", "March 3, 2024 | 4 min read",
                           "3 maart 2024 14:02 5 min leestijd"}) {
    Article a = extract("<html><body><article><h1>Bridge to close</h1><div class=\"info\">" + std::string(line) +
                        "</div>" + kStory + "</article></body></html>");
    EXPECT_EQ(a.body.rfind("The council voted", 0), 0u) << line << "\n" << a.body;
  }
  // The update in Swedish without a colon sets the modified date.
  Article u = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <div class="publication-date">Publicerad 10 mars 2024 kl. 06.00 Uppdaterad 11 mars 2024 kl. 08.15</div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(u.modified.value_or("").substr(0, 10), "2024-03-11");
  // A sentence with a reading time's words stays.
  Article s = extract("<html><body><article><h1>Bridge to close</h1>" + kStory +
                      "<p>The guide takes 4 min read aloud.</p></article></body></html>");
  EXPECT_TRUE(has(s.body, "takes 4 min")) << s.body;
}

TEST(Datelines, AnEditorsNoteOrCreditOpeningWithAStampWordStays) {
  // A stamp's word opens them, but they read as sentences: the story's own record.
  for (const char* line : {"Updated to include the ministry's reply.", "Published in partnership with ProPublica.",
                           "First published in The Conversation."}) {
    Article a = extract("<html><body><article><h1>Bridge to close</h1>" + kStory + "<p>" + std::string(line) +
                        "</p></article></body></html>");
    EXPECT_TRUE(has(a.body, line)) << a.body;
  }
  // A stamp with its words in order stays out.
  Article s = extract("<html><body><article><h1>Bridge to close</h1><p>Publiziert 03.05.2024, 16:20</p>" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(s.body.rfind("The council voted", 0), 0u) << s.body;
}

TEST(Datelines, DateWordsInMoreLanguagesLabelUpdatesAndEndBylines) {
  // One vocabulary for labels, stamps and bylines: "Modifié le" labels the update, and
  // "Udgivet" (Danish) or "Modified" ends the name before it.
  Article m = extract(R"(<html><body><article><h1>Bridge to close</h1><p class="meta">Publié le 3 mai 2024</p>
    <p class="meta">Modifié le : 4 mai 2024</p>)" + kStory + "</article></body></html>");
  EXPECT_EQ(m.published.value_or("").substr(0, 10), "2024-05-03");
  EXPECT_EQ(m.modified.value_or("").substr(0, 10), "2024-05-04");
  for (const char* line : {"Af Jane Smith Udgivet 3. maj 2024", "By Jane Smith Modified 4 May 2024"}) {
    Article a = extract("<html><body><article><h1>Bridge to close</h1><p class=\"byline\">" + std::string(line) +
                        "</p>" + kStory + "</article></body></html>");
    EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Smith"}) << line;
  }
}

TEST(Datelines, AnElementNamedForTheUpdateGivesTheModifiedDate) {
  // Both dates in the update's element, the update in parentheses (Corriere).
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1><p class="is-last-update">27 settembre 2024
    (modifica il 28 settembre 2024 | 09:45)</p>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.published.value_or("").substr(0, 10), "2024-09-27");
  EXPECT_EQ(a.modified.value_or("").substr(0, 10), "2024-09-28");
  // A bare date there is the update's; a posting time so named is not.
  Article b = extract(R"(<html><body><article><h1>Bridge to close</h1><span class="date">March 3, 2024</span>
    <span class="article-updated">March 5, 2024</span>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.modified.value_or("").substr(0, 10), "2024-03-05");
  Article c = extract(R"(<html><body><article><h1>Bridge to close</h1><span id="update_posted_time_1">posted on
    April 21, 2015, at 11:29 a.m.</span>)" + kStory + "</article></body></html>");
  EXPECT_FALSE(c.modified.has_value()) << *c.modified;
}

TEST(Datelines, AUtcStampTakesTheLocalOffsetThePageShows) {
  // The same instant as the page's <time datetime> with its offset: Auckland's 14th.
  Article a = extract(R"(<html><head><meta property="article:published_time" content="2024-02-13T16:00:00Z"></head>
    <body><article><h1>Bridge to close</h1><time datetime="2024-02-14T05:00:00+13:00">14 Feb, 2024 05:00 AM</time>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2024-02-14T05:00:00+13:00");
  // The local time printed without an offset: the difference is the offset.
  Article b = extract(R"(<html><head><meta property="article:published_time" content="2024-12-11T23:14:52+00:00">
    </head><body><article><h1>Bridge to close</h1><span class="date">12 December 2024, 1:14 am</span>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(b.published.value_or(""), "2024-12-12T01:14:52+02:00");
  // What a <time> of the same instant prints gives the offset; the update takes the same.
  Article t = extract(R"(<html><head><meta property="article:published_time" content="2025-08-22T01:40:00Z">
    <meta property="article:modified_time" content="2025-08-22T02:15:31Z"></head><body><article><h1>Bridge to
    close</h1><time datetime="2025-08-22T01:40:00.000Z">21 de agosto de 2025 22:40</time>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(t.published.value_or(""), "2025-08-21T22:40:00-03:00");
  EXPECT_EQ(t.modified.value_or(""), "2025-08-21T23:15:31-03:00");
  // Arabic marks the evening after the time: "06:45 م" is 18:45, Riyadh's +03:00.
  Article r = extract(R"(<html><head><meta property="article:published_time" content="2025-06-03T15:45:00Z"></head>
    <body><article><h1>Bridge to close</h1><time datetime="2025-06-03T15:45:00Z">03-06-2025 06:45 )"
                      "\xD9\x85</time>" + kStory + "</article></body></html>");
  EXPECT_EQ(r.published.value_or(""), "2025-06-03T18:45:00+03:00");
  // A <time> of the instant printing only a date, the day after the UTC one: the nearest
  // whole hour onto that day (London's summer time); the day before: back onto it.
  Article f = extract(R"(<html><head><meta property="article:published_time" content="2024-06-14T23:30:05Z"></head>
    <body><article><h1>Bridge to close</h1><time datetime="2024-06-14T23:30:05Z">June 15 2024</time>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(f.published.value_or(""), "2024-06-15T00:30:05+01:00");
  Article w = extract(R"(<html><head><meta property="article:published_time" content="2024-06-15T01:40:00Z"></head>
    <body><article><h1>Bridge to close</h1><time datetime="2024-06-15T01:40:00Z">June 14 2024</time>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(w.published.value_or(""), "2024-06-14T21:40:00-04:00");  // the Americas: US Eastern, summer time
  // A <time> whose datetime is a day alone is the story's day (Ghost); an update's <time>
  // printing its day moves the modified stamp the same way; in winter US Eastern is -05:00.
  Article g = extract(R"(<html><head><meta property="article:published_time" content="2024-01-11T01:15:00Z">
    <meta property="article:modified_time" content="2024-01-12T02:00:00Z"></head><body><article><h1>Bridge to
    close</h1><time datetime="2024-01-10">Jan 10, 2024</time> Updated <time datetime="2024-01-12T02:00:00Z">January
    11, 2024</time>)" + kStory + "</article></body></html>");
  EXPECT_EQ(g.published.value_or(""), "2024-01-10T20:15:00-05:00");
  EXPECT_EQ(g.modified.value_or(""), "2024-01-11T21:00:00-05:00");
  // The same day printed: the stamp stays as stated.
  Article s = extract(R"(<html><head><meta property="article:published_time" content="2024-06-14T23:30:05Z"></head>
    <body><article><h1>Bridge to close</h1><time datetime="2024-06-14T23:30:05Z">June 14 2024</time>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(s.published.value_or(""), "2024-06-14T23:30:05Z");
  // Nothing printed with a time, but the page is Thai: Thailand keeps +07:00 all year.
  Article th = extract(R"(<html lang="th"><head><meta property="article:published_time" content="2024-03-14T17:45:00Z">
    </head><body><article><h1>Bridge to close</h1>)" + kStory + "</article></body></html>");
  EXPECT_EQ(th.published.value_or(""), "2024-03-15T00:45:00+07:00");
  // Or an Indian host with an English page: +05:30.
  Article in = extract(R"(<html lang="en"><head><meta property="article:published_time" content="2024-03-14T20:00:00Z">
    </head><body><article><h1>Bridge to close</h1>)" + kStory + "</article></body></html>",
                       "https://www.example.in/news/story.html");
  EXPECT_EQ(in.published.value_or(""), "2024-03-15T01:30:00+05:30");
  // Nepali on a .com host: Nepal keeps +05:45; a .mn host: Mongolia's capital keeps +08:00.
  Article ne = extract(R"(<html lang="ne"><head><meta property="article:published_time" content="2024-09-27T18:40:00Z">
    </head><body><article><h1>Bridge to close</h1>)" + kStory + "</article></body></html>",
                       "https://www.example.com/2024/09/1523401");
  EXPECT_EQ(ne.published.value_or(""), "2024-09-28T00:25:00+05:45");
  Article mn = extract(R"(<html><head><meta property="article:published_time" content="2024-03-04T16:35:00Z">
    </head><body><article><h1>Bridge to close</h1>)" + kStory + "</article></body></html>",
                       "https://www.example.mn/read/341803");
  EXPECT_EQ(mn.published.value_or(""), "2024-03-05T00:35:00+08:00");
  // A country of several zones or summer time says nothing: the stamp stays UTC.
  Article us = extract(R"(<html lang="en"><head><meta property="article:published_time" content="2024-03-14T20:00:00Z">
    </head><body><article><h1>Bridge to close</h1>)" + kStory + "</article></body></html>",
                       "https://www.example.com/news/story.html");
  EXPECT_EQ(us.published.value_or(""), "2024-03-14T20:00:00Z");
  // Only the update printed in local time: it gives the zone, and the published stamp
  // (UTC, the next day there) takes it too.
  Article up = extract(R"(<html><head><meta property="article:published_time" content="2025-01-09T03:48:12Z">
    <meta property="article:modified_time" content="2025-01-09T12:02:40Z"></head><body><article><h1>Bridge to
    close</h1><span class="date">Updated January 9, 2025, 7:02 a.m.</span>)" + kStory + "</article></body></html>",
                       "https://www.example.com/news/story.html");
  EXPECT_EQ(up.modified.value_or(""), "2025-01-09T07:02:40-05:00");
  EXPECT_EQ(up.published.value_or(""), "2025-01-08T22:48:12-05:00");
  // A printed time that is no whole offset away (an update at 1:37) changes nothing.
  Article c = extract(R"(<html><head><meta property="article:published_time" content="2024-12-11T23:14:52Z"></head>
    <body><article><h1>Bridge to close</h1><span class="date">12 December 2024, 1:37 am</span>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(c.published.value_or(""), "2024-12-11T23:14:52Z");
}

TEST(Datelines, APrintedZoneGivesTheStampsOffsetWhateverItsSeconds) {
  // Arc XP keeps UTC with seconds; the page prints the minute and its zone.
  Article a = extract(R"(<html><head><meta property="article:published_time" content="2026-11-22T02:40:18.512Z">
    </head><body><article><h1>Bay</h1><div class="b-date"><time datetime="2026-11-22T02:40:18.512Z">November 21, 2026
    at 8:40PM CST</time></div>)" + kStory + "</article></body></html>", "https://www.example.ca/x");
  EXPECT_EQ(a.published.value_or(""), "2026-11-21T20:40:18-06:00");
}

TEST(Datelines, TheFeminineUpdateWordOfPortugueseAndSpanish) {
  // "Atualizada em" agrees with "notícia", "Actualizada el" with "nota".
  for (std::string line : {"Atualizada em 21/11/2026 08h15", "Actualizada el 21/11/2026 08:15"}) {
    Article a = extract(R"(<html><head><meta property="article:published_time" content="2026-11-20T19:02:00-03:00"></head>
      <body><article><h1>PEC</h1><div class="info"><span class="date">Publicada em 20/11/2026</span> <span>)" + line +
                        "</span></div>" + kStory + "</article></body></html>");
    EXPECT_EQ(a.modified.value_or("").substr(0, 10), "2026-11-21") << line;
  }
}

TEST(Datelines, AGermanStandLineGivesTheUpdatesLocalTime) {
  // "Stand: 21.11.2026 00:12 Uhr" prints the update 23:12Z in Berlin's winter time; the
  // published stamp takes the same zone.
  Article a = extract(R"(<html lang="de"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tor",
    "datePublished":"2026-11-20T21:41:00Z","dateModified":"2026-11-20T23:12:00Z"}</script></head><body><article>
    <header><h1>Tor</h1><div class="metatextline">Stand: 21.11.2026 00:12 Uhr</div></header>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(a.modified.value_or(""), "2026-11-21T00:12:00+01:00");
  EXPECT_EQ(a.published.value_or(""), "2026-11-20T22:41:00+01:00");
}

TEST(Datelines, ALongDateOfAScriptOfThreeBytesALetterIsRead) {
  // 45 letters, 135 bytes: Khmer "Friday the 23rd, month August, year 2024, at 08:45 in the morning".
  Article a = extract(R"(<html lang="km"><body><article><h1>Rain</h1><div class="detail-info"><span class="date">ថ្ងៃសុក្រ
    ទី២៣ ខែសីហា ឆ្នាំ២០២៤, ម៉ោង ០៨:៤៥ ព្រឹក</span></div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2024-08-23T08:45:00");
}

TEST(Datelines, AStampInAPlainSpanIsTheLastResort) {
  // Digits of another script too: "२०२४-०९-२८ ००:२५" (Devanagari) puts the UTC stamp on its day.
  Article dv = extract(R"(<html><head><meta property="article:published_time" content="2024-09-27T18:40:00Z"></head>
    <body><article><h1>Bridge to close</h1><div><span>२०२४-०९-२८ ००:२५</span></div>)" + kStory +
                       "</article></body></html>", "https://www.example.com/2024/09/1523403");
  EXPECT_EQ(dv.published.value_or(""), "2024-09-28T00:25:00+05:45");
  // No metadata, no date element: the first element whose whole text is a date and a time.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1><div><span>2024-03-12 21:35</span>
    <span>Source: The Paper</span></div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2024-03-12T21:35:00");
  // A date without a time says too little to be taken from an unnamed element.
  Article b = extract(R"(<html><body><article><h1>Bridge to close</h1><div><span>2024-03-12</span></div>)" + kStory +
                      "</article></body></html>");
  EXPECT_FALSE(b.published.has_value()) << *b.published;
}

TEST(Datelines, ADateThenAnUpdateStampSideBySideGo) {
  for (const char* line : {"07-11-25, 17:52 Laatste update: 07-11-25, 19:30 Leestijd 3 minuten",
                           "03. September 2025, 18:10 Uhr Aktualisiert am 04. September 2025, 07:45 Uhr"}) {
    Article a = extract("<html><body><article><h1>Bridge to close</h1><div class=\"meta\">" + std::string(line) +
                        "</div>" + kStory + "</article></body></html>");
    EXPECT_EQ(a.body.rfind("The council voted", 0), 0u) << line << "\n" << a.body;
  }
}

// A stamp row naming the day relative to the reader's ("Vandaag, 05:30 Bijgewerkt 11:12 4 min
// leestijd") is no first line of the story.
TEST(Datelines, ARelativeDayStampRowGoes) {
  Article a = extract(R"(<html lang="nl"><body><main><h1>Dijken langs de Lek</h1><div class="meta"><time
datetime="2025-10-27T05:30:00+01:00">Vandaag, 05:30</time> <span>Bijgewerkt 11:12</span> <span>4 min leestijd</span></div>)" +
                      kStory + "</main></body></html>");
  EXPECT_FALSE(a.body.find("Vandaag") != std::string::npos) << a.body;
  EXPECT_EQ(a.published.value_or(""), "2025-10-27T05:30:00+01:00");
}

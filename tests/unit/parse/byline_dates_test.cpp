// Dates printed in a story's byline area: labelled dates, plain datelines under the headline,
// a printed byline's date, an update stamp beside the date it updates.
#include <gtest/gtest.h>

#include "extract_page.hpp"

using namespace newsarchive;
using Names = std::vector<std::string>;

namespace {

using parse_test::extract;
using parse_test::kStory;

}  // namespace

TEST(Bylines, ReadsALabelledPublicationDate) {
  Article a = extract(R"(<html><body><article>)" + kStory +
                      R"(<ul><li><strong>Datum</strong> 28.04.2023</li></ul></article></body></html>)");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->substr(0, 10), "2023-04-28");
}

TEST(Bylines, ReadsAPlainTextDateline) {
  // No label element, no machine date: the line readers see under the headline.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1><ul>
    <li class="info">
       Veröffentlicht am 13. Mai 2026 um 15:44</li></ul>)" + kStory + "</article></body></html>");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(*a.published, "2026-05-13T15:44:00");
  Article b = extract(R"(<html><body><article><h1>Bridge to close</h1><p class="meta">Published: May 4, 2024</p>)" +
                      kStory + "</article></body></html>");
  ASSERT_TRUE(b.published);
  EXPECT_EQ(b.published->substr(0, 10), "2024-05-04");
  // "erstellt:" (created) with the time in an element of its own, beside a URL that names
  // only the day.
  Article c = extract(R"(<html><body><article><h1>Bridge to close</h1><div class="meta">
    <span class="meta_date">erstellt: <strong>01. April 2025, 15:25</strong></span></div>)" +
                      kStory + "</article></body></html>", "https://example.it/2025/04/01/bridge/");
  ASSERT_TRUE(c.published);
  EXPECT_EQ(*c.published, "2025-04-01T15:25:00");
}

TEST(Bylines, DatelineWordsMustSayPublished) {
  // "Publishers", "Posted by" a reader and a comment's "Published" date no story.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <p class="x">Publishers 4 May 2024 meeting</p><p>Posted by a reader on 5 May 2024</p>)" + kStory +
                      R"(</article><section class="comments"><div>Published 6 May 2024 by a reader</div></section>
    </body></html>)");
  EXPECT_FALSE(a.published);
}

TEST(Bylines, ReadsTheDateAPrintedBylineGivesAfterItsNames) {
  for (std::string line : {"<p>Written by Jane Smith on March 3, 2024</p>", "<p>By Jane Smith<br>March 3, 2024</p>",
                                  "<p>By Jane Smith | March 3, 2024</p>"}) {
    Article a = extract("<html><body><article><h1>Bridge to close</h1>" + line + kStory + "</article></body></html>");
    EXPECT_EQ(a.authors, (Names{"Jane Smith"})) << line;
    EXPECT_EQ(a.published.value_or("").substr(0, 10), "2024-03-03") << line;
    EXPECT_EQ(a.body.find("Jane Smith"), std::string::npos) << a.body;
  }
  // A sentence that opens with "By" gives no date: the vote's day is not the story's.
  Article s = extract("<html><body><article><h1>Bridge to close</h1><p>By Tuesday, the council will vote on March 3, "
                      "2024.</p>" + kStory + "</article></body></html>");
  EXPECT_FALSE(s.published.has_value()) << *s.published;
}

TEST(Bylines, AnUpdateStampRightAfterTheDateItUpdates) {
  // No mark between them: the first stamp ends where "Updated" starts.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <div class="meta"><span class="date">Mar 3, 2024 11:20 am Updated Mar 4, 2024</span></div>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2024-03-03T11:20:00");
  EXPECT_EQ(a.modified.value_or(""), "2024-03-04");
}

// The r37e pass: pages built before CSS and print views.
TEST(Bylines, ReadsTheUpdateALongDateLineStatesAfterThePublishedDate) {
  // Two long-form dates in one date element: longer than a single stamp may be.
  Article a = extract(R"(<html lang="en"><body><h1>Bridge to close</h1><div class="dates">Published: Thursday,
    October 4, 2007 6:02 PM PDT<br>Last modified: Friday, October 5, 2007 8:15 AM PDT</div>)" +
                      kStory + "</body></html>");
  EXPECT_EQ(a.published.value_or(""), "2007-10-04T18:02:00-07:00");
  EXPECT_EQ(a.modified.value_or(""), "2007-10-05T08:15:00-07:00");
  // The same in an element named for nothing, after "Published on".
  Article b = extract(R"(<html lang="en"><body><h1>Bridge to close</h1><div style="color:gray">Published on Friday,
    May 31, 2013 &nbsp;|&nbsp; Last Updated: Saturday, June 1, 2013 10:02 AM</div>)" + kStory + "</body></html>");
  EXPECT_EQ(b.published.value_or("").substr(0, 10), "2013-05-31");
  EXPECT_EQ(b.modified.value_or(""), "2013-06-01T10:02:00");
}

TEST(Bylines, ReadsALowerCaseByAndAPostedLineOfAnOldPage) {
  Article a = extract(R"(<html><head><title>The Lantern: Trustees approve tuition increase</title></head><body>
    <h1>Trustees approve tuition increase</h1><b>by Rachel Emmerich</b><br><i>Lantern Staff Reporter</i><br>
    <font size=-1>Posted April 6, 1998</font>)" + kStory +
                      R"(<p><hr><font size=-1>Send letters to the editor to <a href="mailto:l@example.edu">l@example.edu</a>.
    <p>You are visitor number 004127 since September 1, 1997.
    <p><address>Webmaster: <a href="mailto:w@example.edu">w@example.edu</a></address></font></body></html>)");
  EXPECT_EQ(a.authors, Names({"Rachel Emmerich"}));
  EXPECT_EQ(a.published.value_or(""), "1998-04-06");
  EXPECT_EQ(a.body.find("visitor number"), std::string::npos);
  EXPECT_EQ(a.body.find("Send letters"), std::string::npos);
  EXPECT_EQ(a.body.find("Webmaster"), std::string::npos);
  // Lower-case "by" opens no byline before a lower-case word: "by the way".
  Article b = extract(R"(<html><body><h1>Trustees approve tuition increase</h1><b>by the way</b>)" + kStory +
                      "</body></html>");
  EXPECT_TRUE(b.authors.empty());
}

// The r38e pass: dates as newsrooms print them.
TEST(Bylines, AnUpdateStampBeforeThePublishedDateItUpdates) {
  Article a = extract(R"(<html lang="en"><body><article><h1>Bridge to close</h1><p class="dates">Updated March 4,
    2026, 8:40 a.m. | Published March 3, 2026, 9:15 p.m.</p>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2026-03-03T21:15:00");
  EXPECT_EQ(a.modified.value_or(""), "2026-03-04T08:40:00");
}

TEST(Bylines, TheHeadersTickerTimeIsNotTheStorys) {
  Article a = extract(R"(<html lang="en"><body><header class="header"><div class="breaking"><a href="/x">Bridge
    closed after crash</a> <time datetime="2026-11-20T00:20:00-05:00">10 minutes ago</time></div></header>
    <main><article><h1>Bridge to close</h1><p class="meta">Published <time datetime="2026-11-19T21:30:00-05:00">Nov.
    19, 2026</time></p>)" + kStory + "</article></main></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2026-11-19T21:30:00-05:00");
}

TEST(Bylines, APageWrittenForTheUnitedStatesPrintsTheMonthFirst) {
  auto page = [](const std::string& lang) {
    return "<html lang=\"" + lang + R"("><body><article><h1>Bridge to close</h1>
    <div class="story-posted">Posted 3/4/2026 5:42 PM</div>)" + kStory + "</article></body></html>";
  };
  EXPECT_EQ(extract(page("en-US"), "https://www.example.com/news/bridge").published.value_or(""), "2026-03-04T17:42:00");
  // The same theme on a British host: day first.
  EXPECT_EQ(extract(page("en-US"), "https://www.example.co.uk/news/bridge").published.value_or(""),
            "2026-04-03T17:42:00");
  // Plain "en" on a .com host says nothing (Ghanaian and Indian sites write so too): day first.
  EXPECT_EQ(extract(page("en"), "https://www.example.com/news/bridge").published.value_or(""), "2026-04-03T17:42:00");
}

TEST(Bylines, AStorysTimeInAHeaderOfItsOwnAndTheUsLocalForm) {
  // The story's header sits outside <article>: its <time> is the last resort, not lost.
  Article a = extract(R"(<html lang="en"><body><div class="container"><h1>Bridge to close</h1><header class="meta">
    <span>Jane Doe</span> <time datetime="2024-03-04T10:00:00-05:00">March 4</time></header>)" + kStory +
                      "</div></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2024-03-04T10:00:00-05:00");
  // A UTC stamp takes the offset of the local time an en-US page prints month first.
  Article b = extract(R"(<html lang="en-US"><head><script type="application/ld+json">{"@type":"NewsArticle",
    "datePublished":"2026-03-04T15:00:00Z"}</script></head><body><article><h1>Bridge to close</h1>
    <div class="story-date">03/04/2026 10:00 AM</div>)" + kStory + "</article></body></html>",
                      "https://www.example.com/news/bridge");
  EXPECT_EQ(b.published.value_or(""), "2026-03-04T10:00:00-05:00");
}

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
  // "Publishers", "Posted" and a comment's "Published" date no story.
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <p class="x">Publishers 4 May 2024 meeting</p><p>Posted 5 May 2024</p>)" + kStory +
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

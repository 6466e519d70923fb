// Which article a saved page is: canonical and fetched URLs, aliases, stories that moved
// to a new slug, twins listed under one, and the text measures that decide.
#include <gtest/gtest.h>

#include "newsarchive/archive.hpp"
#include "store/keys.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::SaveStatus;
using namespace storetest;

namespace {

// A page asked for at `asked` that a redirect took to `final`, stating `published`, fetched
// `minute` minutes into the test's day.
PageRecord redirected(const std::string& asked, const std::string& final, const std::string& headline,
                      const std::string& body, const std::string& published, int minute) {
  PageRecord r = article_page(asked, headline, body);
  r.fetch.final_url = r.article->final_url = final;
  if (!published.empty()) r.article->published = published;
  r.fetch.started_at_ms = at_minute(minute);
  return r;
}

}  // namespace

TEST(ArchiveSave, SameCanonicalUrlFromTwoRequestedUrlsIsOneArticle) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord first = article_page("https://example.com/a?from=home", "One story", "Text.", "https://example.com/story");
  PageRecord second = article_page("https://m.example.com/a", "One story", "Text.", "https://example.com/story");
  second.fetch.started_at_ms = at_minute(5);
  auto r1 = archive.save(first);
  auto r2 = archive.save(second);
  EXPECT_EQ(r1.status, SaveStatus::added);
  EXPECT_EQ(r2.status, SaveStatus::unchanged);
  EXPECT_EQ(r1.article_id, r2.article_id);
  EXPECT_EQ(archive.article_count(), 1);
  for (const char* url : {"https://example.com/a?from=home", "https://m.example.com/a", "https://example.com/story",
                          "HTTPS://EXAMPLE.COM/story#top"}) {
    auto a = archive.article_by_url(url);
    ASSERT_TRUE(a) << url;
    EXPECT_EQ(a->id, r1.article_id) << url;
  }
  EXPECT_FALSE(archive.article_by_url("https://example.com/other"));
}

TEST(ArchiveSave, AliasFollowsTheLatestArticleButIdentityUrlsStayPut) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  // A short link first redirects to story A, later to story B.
  PageRecord a = article_page("https://ex.am/top", "Story A", "A.", "https://example.com/a");
  PageRecord b = article_page("https://ex.am/top", "Story B", "B.", "https://example.com/b");
  a.fetch.final_url = a.article->final_url = "https://example.com/a";
  b.fetch.final_url = b.article->final_url = "https://example.com/b";
  auto id_a = archive.save(a).article_id;
  auto id_b = archive.save(b).article_id;
  EXPECT_NE(id_a, id_b);
  EXPECT_EQ(archive.article_by_url("https://ex.am/top")->id, id_b);
  EXPECT_EQ(archive.article_by_url("https://example.com/a")->id, id_a);
  // A page without a canonical URL is known by its own URL; a later page that
  // names another canonical URL does not take that URL over.
  PageRecord c = article_page("https://example.com/c", "Story C", "C.");
  auto id_c = archive.save(c).article_id;
  PageRecord d = article_page("https://example.com/c", "Story D", "D.", "https://example.com/d");
  auto id_d = archive.save(d).article_id;
  EXPECT_NE(id_c, id_d);
  EXPECT_EQ(archive.article_by_url("https://example.com/c")->id, id_c);
  EXPECT_EQ(archive.article_by_url("https://example.com/d")->id, id_d);
}

TEST(ArchiveSave, ATemplateCanonicalSharedByDifferentStoriesDoesNotMergeThem) {
  // Every page of the site names /f/latest-news.html as canonical (not above the
  // stories, so extraction keeps it): the second story is another article, not a
  // revision of the first, and stays so when fetched again, edited or not.
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  const std::string shared = "https://news.example/f/latest-news.html";
  const std::string harbour =
      "The council approved the harbour plan on Monday after a long debate about costs, noise and the ferry "
      "timetable. Work on the new quay starts in spring and should be finished before the summer season, the "
      "mayor said, adding that local firms would be asked to bid first. Fishermen welcomed the plan but asked "
      "for a second slipway, which the council promised to study before the end of the year.";
  const std::string footer = " Follow us on social media and subscribe to our newsletter for the latest news.";
  PageRecord a = article_page("https://news.example/f/harbour.html", "Harbour plan approved", harbour, shared);
  PageRecord b = article_page("https://news.example/f/ferry.html", "Ferry timetable changes",
                              "Winter ferries will leave an hour earlier from next week, the operator said." + footer,
                              shared);
  auto ra = archive.save(a);
  auto rb = archive.save(b);
  EXPECT_EQ(rb.status, SaveStatus::added);
  EXPECT_NE(ra.article_id, rb.article_id);
  EXPECT_EQ(archive.article_by_url("https://news.example/f/ferry.html")->article.headline, "Ferry timetable changes");
  EXPECT_EQ(archive.article_by_url("https://news.example/f/harbour.html")->article.headline, "Harbour plan approved");
  b.fetch.started_at_ms = at_minute(5);
  auto again = archive.save(b);
  EXPECT_EQ(again.status, SaveStatus::unchanged);
  EXPECT_EQ(again.article_id, rb.article_id);
  // The ferry story, edited to recap the harbour story, is still the ferry story.
  PageRecord edited = article_page("https://news.example/f/ferry.html", "Ferry timetable changes for winter",
                                   harbour + " Winter ferries will leave an hour earlier.", shared);
  edited.fetch.started_at_ms = at_minute(6);
  auto re = archive.save(edited);
  EXPECT_EQ(re.article_id, rb.article_id);
  EXPECT_EQ(re.status, SaveStatus::changed);
  // A brief sharing only the site's footer with another is another story.
  PageRecord brief = article_page("https://news.example/f/storm.html", "Storm warning",
                                  "Gales are expected on the coast tonight." + footer, shared);
  EXPECT_EQ(archive.save(brief).status, SaveStatus::added);
  EXPECT_EQ(archive.article(ra.article_id)->revisions, 1);
  // A copy of a story under the canonical it names, edited, is still that story.
  PageRecord amp = article_page("https://news.example/amp/harbour.html", "Harbour plan approved after debate",
                                harbour + " A public meeting follows next month.", shared);
  auto ramp = archive.save(amp);
  EXPECT_EQ(ramp.status, SaveStatus::changed);
  EXPECT_EQ(ramp.article_id, ra.article_id);
}

TEST(ArchiveSave, AStoryWhoseSlugChangedStaysOneArticle) {
  // The story archived at /old-slug later answers with a redirect to /new-slug, a URL no
  // article has: the page it leads to is that story (a revision when edited), not a
  // second article; both URLs find it from then on.
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord first = article_page("https://news.example/2026/police-arrest-man", "Police arrest man in harbour case",
                                  "Officers arrested a man on the quay on Monday.");
  first.article->published = "2026-11-20T10:00:00Z";
  auto r1 = archive.save(first);
  PageRecord moved = redirected("https://news.example/2026/police-arrest-man",
                                "https://news.example/2026/police-arrest-two-men", "Police arrest two men in harbour case",
                                "Officers arrested two men on the quay on Monday night, the police said.",
                                "2026-11-20T10:00:00Z", 5);
  moved.fetch.redirects = 1;
  auto r2 = archive.save(moved);
  EXPECT_EQ(r2.status, SaveStatus::changed);
  EXPECT_EQ(r2.article_id, r1.article_id);
  EXPECT_EQ(archive.article_count(), 1);
  EXPECT_EQ(archive.article(r1.article_id)->revisions, 2);
  EXPECT_EQ(archive.article_by_url("https://news.example/2026/police-arrest-two-men")->id, r1.article_id);
  // Unedited, with a canonical naming the new address: the same article, unchanged.
  PageRecord again = article_page("https://news.example/2026/police-arrest-man", "Police arrest two men in harbour case",
                                  "Officers arrested two men on the quay on Monday night, the police said.",
                                  "https://news.example/2026/police-arrest-two-men");
  again.fetch.final_url = again.article->final_url = "https://news.example/2026/police-arrest-two-men";
  again.fetch.started_at_ms = at_minute(6);
  EXPECT_EQ(archive.save(again).article_id, r1.article_id);
  // Sent on to another story whose headline shares words but not its time: its own article.
  PageRecord leeds = article_page("https://news.example/2026/leeds", "Man arrested after stabbing in Leeds",
                                  "A man was arrested after a stabbing in Leeds.");
  leeds.article->published = "2026-11-19T08:00:00Z";
  auto r5 = archive.save(leeds);
  PageRecord london = redirected("https://news.example/2026/leeds", "https://news.example/2026/london",
                                 "Woman arrested after stabbing in London", "A woman was arrested after a stabbing in London.",
                                 "2026-11-21T09:00:00Z", 8);
  EXPECT_NE(archive.save(london).article_id, r5.article_id);
  // A story removed and sent to another, new story: that story is an article of its own.
  PageRecord gone = article_page("https://news.example/2026/ferry-delays", "Ferry delays expected",
                                 "The morning ferry will leave late all week, the operator said.");
  auto r3 = archive.save(gone);
  PageRecord elsewhere = redirected("https://news.example/2026/ferry-delays", "https://news.example/2026/storm-closes-road",
                                    "Storm closes the coast road",
                                    "Gales closed the coast road overnight and schools stayed shut.", "", 7);
  auto r4 = archive.save(elsewhere);
  EXPECT_EQ(r4.status, SaveStatus::added);
  EXPECT_NE(r4.article_id, r3.article_id);
  EXPECT_EQ(archive.article(r3.article_id)->revisions, 1);
}

TEST(ArchiveSave, AStoryListedUnderItsNewSlugIsTheArchivedOne) {
  // The feed lists the new address directly, before the old one is asked again (the next
  // night): the same site, publication time and headline (or a like headline and most of
  // the text) make it the archived story. Two stories published at the same minute stay two.
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  const std::string text =
      "The council approved the harbour plan on Monday after a long debate about costs, noise and the ferry "
      "timetable. Work on the new quay starts in spring and should be finished before the summer season, the "
      "mayor said, adding that local firms would be asked to bid first. Fishermen welcomed the plan.";
  PageRecord old_slug = article_page("https://news.example/2026/harbour-plan", "Harbour plan approved", text);
  old_slug.article->published = "2026-11-20T10:00:00+01:00";
  auto r1 = archive.save(old_slug);
  PageRecord new_slug = article_page("https://news.example/2026/harbour-plan-approved-after-debate",
                                     "Harbour plan approved after long debate", text + " A public meeting follows.");
  new_slug.article->published = "2026-11-20T10:00:00+01:00";
  new_slug.fetch.started_at_ms = at_minute(24 * 60);
  auto r2 = archive.save(new_slug);
  EXPECT_EQ(r2.article_id, r1.article_id);
  EXPECT_EQ(r2.status, SaveStatus::changed);
  EXPECT_EQ(archive.article_by_url("https://news.example/2026/harbour-plan-approved-after-debate")->id, r1.article_id);
  PageRecord other = article_page("https://news.example/2026/ferry", "Ferry timetable changes",
                                  "Winter ferries will leave an hour earlier from next week, the operator said.");
  other.article->published = "2026-11-20T10:00:00+01:00";
  EXPECT_EQ(archive.save(other).status, SaveStatus::added);
  EXPECT_EQ(archive.article_count(), 2);
  // A recurring headline at one time, with another text: another page.
  std::string letters_a, letters_b;
  for (int i = 0; i < 12; ++i) {
    letters_a += "Readers wrote about the harbour plan and the ferry timetable this week. ";
    letters_b += "Readers wrote about school dinners and the new bus lanes in the city centre. ";
  }
  PageRecord monday = article_page("https://news.example/2026/letters-1", "Letters to the editor", letters_a);
  PageRecord tuesday = article_page("https://news.example/2026/letters-2", "Letters to the editor", letters_b);
  monday.article->published = tuesday.article->published = "2026-11-21T06:00:00Z";
  EXPECT_EQ(archive.save(monday).status, SaveStatus::added);
  EXPECT_EQ(archive.save(tuesday).status, SaveStatus::added);
}

TEST(ArchiveSave, TwoLiveStoriesOfOneTemplateFetchedTogetherStayTwo) {
  // One feed lists both at once; both addresses serve their own page: not a story that
  // moved, however much template text they share.
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  auto warning = [](const std::string& county) {
    return "Met Eireann has issued a status yellow wind warning for " + county +
           ". Southwest winds will reach mean speeds of 50 to 65 km/h with gusts of 90 to 110 km/h, higher in "
           "exposed and coastal areas. Possible impacts include wave overtopping, fallen trees and loose debris, "
           "and difficult travelling conditions. The warning is valid from 6pm on Friday until 6am on Saturday.";
  };
  PageRecord cork = article_page("https://news.example/2026/wind-warning-cork", "Yellow wind warning issued for Cork",
                                 warning("Cork"));
  PageRecord kerry = article_page("https://news.example/2026/wind-warning-kerry",
                                  "Yellow wind warning issued for Kerry", warning("Kerry"));
  cork.article->published = kerry.article->published = "2026-11-22T14:00:00Z";
  kerry.fetch.started_at_ms = at_minute(1);
  auto r1 = archive.save(cork);
  auto r2 = archive.save(kerry);
  EXPECT_EQ(r2.status, SaveStatus::added);
  EXPECT_NE(r2.article_id, r1.article_id);
  EXPECT_EQ(archive.article(r1.article_id)->article.headline, "Yellow wind warning issued for Cork");
}

TEST(ArchiveSave, ARedirectToALikeHeadlineAtTheSameTimeNeedsSomeOfTheText) {
  // A removed story sent to another with a like headline and the same stated time: the
  // texts share nothing, so it is another story.
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord schools = article_page("https://news.example/2026/schools", "Three schools to close in Oakham Cross",
                                    "The county council voted to close three primary schools in Oakham Cross after "
                                    "pupil numbers fell for a fifth year, and parents said they would appeal.");
  schools.article->published = "2026-11-20T09:12:00Z";
  auto r1 = archive.save(schools);
  PageRecord libraries = redirected("https://news.example/2026/schools", "https://news.example/2026/libraries",
                                    "Three libraries to close in Oakham Cross",
                                    "Libraries in the market square, the station road and the old mill will shut "
                                    "in spring to save money, the mayor announced at a packed meeting.",
                                    "2026-11-20T09:12:00Z", 5);
  auto r2 = archive.save(libraries);
  EXPECT_EQ(r2.status, SaveStatus::added);
  EXPECT_NE(r2.article_id, r1.article_id);
}

TEST(ArchiveSave, YesterdaysLivePageRedirectingToTodaysIsNotItsRevision) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord yesterday = article_page("https://news.example/live/2026-11-20", "Live updates: the war",
                                      "Shelling continued overnight in the east.");
  yesterday.article->published = "2026-11-20T05:00:00Z";
  auto r1 = archive.save(yesterday);
  PageRecord today = redirected("https://news.example/live/2026-11-20", "https://news.example/live/2026-11-21",
                                "Live updates: the war", "Talks resumed in the capital on Saturday morning.",
                                "2026-11-21T05:00:00Z", 5);
  auto r2 = archive.save(today);
  EXPECT_EQ(r2.status, SaveStatus::added);
  EXPECT_NE(r2.article_id, r1.article_id);
}

TEST(TextOverlap, HeadlineLikenessComparesContentWords) {
  using newsarchive::store::headline_likeness;
  EXPECT_DOUBLE_EQ(headline_likeness("Police arrest man in harbour case", "police ARREST two men in harbour case"),
                   4.0 / 7);
  EXPECT_DOUBLE_EQ(headline_likeness("Man arrested after stabbing in Leeds", "Woman arrested after stabbing in London"),
                   2.0 / 6)
      << "joiners and short words do not count";
  EXPECT_DOUBLE_EQ(headline_likeness("Ferry delays expected", "Storm closes the coast road"), 0.0);
  EXPECT_DOUBLE_EQ(headline_likeness("", "Storm"), 0.0);
}

TEST(TextOverlap, SharesOfWordTrigrams) {
  using newsarchive::store::text_overlap;
  EXPECT_DOUBLE_EQ(text_overlap("", ""), 1.0);
  EXPECT_DOUBLE_EQ(text_overlap("One two three four", "one  TWO three four"), 1.0);
  EXPECT_DOUBLE_EQ(text_overlap("one two three four", "five six seven eight"), 0.0);
  EXPECT_DOUBLE_EQ(text_overlap("one two three", "zero one two three four"), 1.0) << "the shorter text is inside";
  EXPECT_DOUBLE_EQ(text_overlap("Text.", "Some other text."), 1.0) << "single words for short texts";
  EXPECT_DOUBLE_EQ(text_overlap("a b c d e", "a b c x y"), 1.0 / 3);
}

TEST(ArchiveSave, ACanonicalOnAnotherSiteIsNotTheIdentity) {
  // A syndicated copy names the agency's story as canonical: it is still this site's
  // article (its own URL, its own site), and a second copy elsewhere is another article.
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord copy1 = article_page("https://news.example/wire/1", "Quake", "Copy one.", "https://apnews.com/x");
  PageRecord copy2 = article_page("https://other.example/ap/1", "Quake", "Copy two.", "https://apnews.com/x");
  auto one = archive.save(copy1);
  auto two = archive.save(copy2);
  EXPECT_EQ(one.status, SaveStatus::added);
  EXPECT_EQ(two.status, SaveStatus::added);
  EXPECT_NE(one.article_id, two.article_id);
  auto a = archive.article(one.article_id);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->site, "news.example");
  EXPECT_EQ(a->article.canonical_url, "https://apnews.com/x");
  // The same site's canonical (another host of it) still is.
  PageRecord mobile = article_page("https://m.news.example/wire/2", "Storm", "Text.", "https://news.example/wire/2");
  auto m = archive.save(mobile);
  EXPECT_EQ(archive.article(m.article_id)->site, "news.example");
}

// A copy of the story at another address (its AMP page, page 2 of a paginated story) that
// names it as canonical joins it, but once the canonical page is archived the copy neither
// replaces its text, nor makes a revision, nor takes over its validators.
TEST(ArchiveSave, ACopyAtAnotherAddressJoinsWithoutReplacingTheCanonicalText) {
  testsupport::TempDir dir;
  const std::string db = dir.file("a.db");
  Archive archive(db);
  PageRecord full = article_page("https://example.com/story", "Harbour dredging", "Full text. Fifth paragraph.",
                                 "https://example.com/story");
  full.fetch.etag = "\"v1\"";
  PageRecord amp = article_page("https://example.com/amp/story", "Harbour dredging", "Full text.",
                                "https://example.com/story");
  amp.fetch.etag = "\"amp\"";
  amp.fetch.started_at_ms = at_minute(2);
  auto r1 = archive.save(full);
  auto r2 = archive.save(amp);
  EXPECT_EQ(r2.status, SaveStatus::unchanged);
  EXPECT_EQ(r2.article_id, r1.article_id);
  EXPECT_EQ(archive.article_by_url("https://example.com/amp/story")->id, r1.article_id);
  EXPECT_EQ(archive.article_by_url("https://example.com/story")->article.body, "Full text. Fifth paragraph.");
  EXPECT_EQ(scalar(db, "SELECT revisions FROM articles"), 1);
  EXPECT_EQ(text_scalar(db, "SELECT etag FROM articles"), "\"v1\"");
  // An edit at the canonical address is still a revision.
  PageRecord edited = article_page("https://example.com/story", "Harbour dredging", "Full text, corrected.",
                                   "https://example.com/story");
  edited.fetch.started_at_ms = at_minute(4);
  EXPECT_EQ(archive.save(edited).status, SaveStatus::changed);
  EXPECT_EQ(scalar(db, "SELECT revisions FROM articles"), 2);
}

// A recheck that brings the same bytes stores no second raw page (the fetch is recorded);
// other bytes with the same text are a page of their own.
TEST(ArchiveSave, AnUnchangedRecheckStoresNoSecondPage) {
  testsupport::TempDir dir;
  const std::string db = dir.file("a.db");
  Archive archive(db);
  PageRecord first = article_page("https://example.com/s", "Bridge", "The bridge reopens.");
  PageRecord again = first;
  again.fetch.started_at_ms = at_minute(10);
  archive.save(first);
  EXPECT_EQ(archive.save(again).status, SaveStatus::unchanged);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM pages"), 1);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM fetches"), 2);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM articles WHERE page_id = (SELECT min(id) FROM pages)"), 1);
  PageRecord reworded_markup = first;
  reworded_markup.fetch.body += "<!-- cache 2 -->";
  reworded_markup.fetch.started_at_ms = at_minute(20);
  EXPECT_EQ(archive.save(reworded_markup).status, SaveStatus::unchanged);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM pages"), 2);
}

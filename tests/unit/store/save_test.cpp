// Saving records: what is kept for each outcome, identity, revisions.
#include <gtest/gtest.h>

#include "newsarchive/archive.hpp"
#include "store/keys.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::FetchError;
using newsarchive::Link;
using newsarchive::SaveStatus;
using newsarchive::Source;
using newsarchive::Via;
namespace store = newsarchive::store;
using namespace storetest;

namespace {

PageRecord full_record() {
  PageRecord r = article_page("https://www.example.com/news/1?utm_source=feed", "Flood hits the valley",
                              "Heavy rain flooded the valley.\n\nResidents were evacuated.",
                              "https://www.example.com/news/1");
  r.fetch.final_url = "https://www.example.com/news/1?utm_source=feed";
  r.fetch.etag = "\"v1\"";
  r.fetch.last_modified = "Tue, 15 Sep 2026 07:00:00 GMT";
  r.fetch.redirects = 1;
  Article& a = *r.article;
  a.site_name = "Example News";
  a.authors = {"Ann Writer", "Bob Reporter"};
  a.published = "2026-09-15T09:30:00+02:00";
  a.language = "en";
  a.description = "Rain and floods.";
  a.links = {Link{"https://gov.example.org/alert", "the alert"}, Link{"https://reuters.com/x", "Reuters"}};
  Source s;
  s.name = "Reuters";
  s.domain = "reuters.com";
  s.urls = {"https://reuters.com/x"};
  s.via = Via::both;
  s.mentions = 2;
  s.evidence = {"Reuters reported the flood."};
  s.credit_line = true;
  a.sources = {s};
  return r;
}

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

TEST(ArchiveSave, StoresArticleChildrenPageAndAttempt) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  PageRecord r = full_record();
  const std::string raw = r.fetch.body;
  auto result = archive.save(r);
  EXPECT_EQ(result.status, SaveStatus::added);
  ASSERT_GT(result.article_id, 0);
  ASSERT_GT(result.fetch_id, 0);

  auto stored = archive.article(result.article_id);
  ASSERT_TRUE(stored);
  const Article& a = stored->article;
  EXPECT_EQ(stored->site, "example.com");
  EXPECT_EQ(stored->first_seen, "2026-09-15T08:00:00Z");
  EXPECT_EQ(stored->last_fetched, "2026-09-15T08:00:00Z");
  EXPECT_EQ(stored->revisions, 1);
  EXPECT_EQ(a.headline, "Flood hits the valley");
  EXPECT_EQ(a.site_name, "Example News");
  EXPECT_EQ(a.canonical_url, "https://www.example.com/news/1");
  EXPECT_EQ(a.published, "2026-09-15T09:30:00+02:00");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.description, "Rain and floods.");
  EXPECT_EQ(a.body, "Heavy rain flooded the valley.\n\nResidents were evacuated.");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Writer", "Bob Reporter"}));
  ASSERT_EQ(a.links.size(), 2u);
  EXPECT_EQ(a.links[1].url, "https://reuters.com/x");
  EXPECT_EQ(a.links[1].text, "Reuters");
  ASSERT_EQ(a.sources.size(), 1u);
  EXPECT_EQ(a.sources[0].name, "Reuters");
  EXPECT_EQ(a.sources[0].via, Via::both);
  EXPECT_EQ(a.sources[0].mentions, 2);
  EXPECT_TRUE(a.sources[0].credit_line);
  EXPECT_EQ(a.sources[0].urls, std::vector<std::string>{"https://reuters.com/x"});
  EXPECT_EQ(a.sources[0].evidence, std::vector<std::string>{"Reuters reported the flood."});

  auto page = archive.raw_page(result.article_id);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->body, raw);
  EXPECT_EQ(page->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(scalar(path, "SELECT raw_size FROM pages"), static_cast<std::int64_t>(raw.size()));
  EXPECT_EQ(text_scalar(path, "SELECT headers FROM pages"),
            R"([["Content-Type","text/html; charset=utf-8"],["Server","test"]])");

  EXPECT_EQ(scalar(path, "SELECT count(*) FROM fetches"), 1);
  EXPECT_EQ(text_scalar(path, "SELECT outcome FROM fetches"), "added");
  EXPECT_EQ(scalar(path, "SELECT article_id FROM fetches"), result.article_id);
  EXPECT_EQ(scalar(path, "SELECT run_id FROM fetches"), 7);
  EXPECT_EQ(scalar(path, "SELECT redirects FROM fetches"), 1);
  EXPECT_EQ(text_scalar(path, "SELECT started_at FROM fetches"), "2026-09-15T08:00:00Z");
  EXPECT_EQ(text_scalar(path, "SELECT etag FROM fetches"), "\"v1\"");

  auto known = archive.known_url("https://www.example.com/news/1?utm_source=feed");
  ASSERT_TRUE(known);
  EXPECT_EQ(known->article_id, result.article_id);
  EXPECT_EQ(known->etag, "\"v1\"");
  EXPECT_EQ(known->last_modified, "Tue, 15 Sep 2026 07:00:00 GMT");
  EXPECT_EQ(known->published, "2026-09-15T09:30:00+02:00");
}

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
  // The feed lists the new address directly, before the old one is asked again: the same
  // site, publication time and headline (or a like headline and most of the text) make it
  // the archived story. Two stories published at the same minute stay two.
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
  new_slug.fetch.started_at_ms = at_minute(5);
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

TEST(ArchiveSave, ACorrectedBylineOrDateIsARevisionOtherMetadataIsUpdatedInPlace) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  PageRecord first = article_page("https://example.com/a", "Same", "Same text.");
  first.article->authors = {"Tom Brennan"};
  first.article->published = "2026-09-15T08:00:00Z";
  auto id = archive.save(first).article_id;

  // Same text, the byline corrected: a new version, with the new name.
  PageRecord corrected = article_page("https://example.com/a", "Same", "Same text.");
  corrected.article->authors = {"Thomas Brennan"};
  corrected.article->published = "2026-09-15T08:00:00Z";
  corrected.fetch.started_at_ms = at_minute(30);
  EXPECT_EQ(archive.save(corrected).status, SaveStatus::changed);
  EXPECT_EQ(archive.article(id)->article.authors, (std::vector<std::string>{"Thomas Brennan"}));
  EXPECT_EQ(archive.revisions(id).size(), 2u);
  EXPECT_EQ(text_scalar(path, "SELECT authors FROM revisions WHERE number = 1"), R"(["Tom Brennan"])");

  // The publication date moved: also a version.
  PageRecord redated = corrected;
  redated.article->published = "2026-09-14T08:00:00Z";
  redated.fetch.started_at_ms = at_minute(60);
  EXPECT_EQ(archive.save(redated).status, SaveStatus::changed);
  EXPECT_EQ(archive.article(id)->article.published, "2026-09-14T08:00:00Z");

  // Only the modified time and description: the article row follows, no new version.
  PageRecord touched = redated;
  touched.article->modified = "2026-09-16T10:00:00Z";
  touched.article->description = "A summary now.";
  touched.fetch.started_at_ms = at_minute(90);
  EXPECT_EQ(archive.save(touched).status, SaveStatus::unchanged);
  auto a = archive.article(id);
  EXPECT_EQ(a->article.modified, "2026-09-16T10:00:00Z");
  EXPECT_EQ(a->article.description, "A summary now.");
  EXPECT_EQ(a->revisions, 3);
  EXPECT_EQ(archive.revisions(id).size(), 3u);
}

TEST(ArchiveSave, UnchangedRefetchAddsNoRevision) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord first = article_page("https://example.com/a", "Same", "Same text.");
  first.fetch.etag = "\"1\"";
  PageRecord again = article_page("https://example.com/a", "Same", "Same text.");
  again.fetch.started_at_ms = at_minute(60);
  again.fetch.etag = "\"2\"";
  auto id = archive.save(first).article_id;
  EXPECT_EQ(archive.save(again).status, SaveStatus::unchanged);
  EXPECT_EQ(archive.revisions(id).size(), 1u);
  auto a = archive.article(id);
  EXPECT_EQ(a->first_seen, "2026-09-15T08:00:00Z");
  EXPECT_EQ(a->last_fetched, "2026-09-15T09:00:00Z");
  EXPECT_EQ(a->last_changed, "2026-09-15T08:00:00Z");
  EXPECT_EQ(archive.known_url("https://example.com/a")->etag, "\"2\"");
}

TEST(ArchiveSave, ChangedTextAddsRevisionTwoAndKeepsRevisionOne) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord first = article_page("https://example.com/a", "Early headline", "First version of the text.");
  PageRecord later = article_page("https://example.com/a", "Updated headline", "Second version, corrected.");
  later.fetch.started_at_ms = at_minute(30);
  auto id = archive.save(first).article_id;
  auto r = archive.save(later);
  EXPECT_EQ(r.status, SaveStatus::changed);
  EXPECT_EQ(r.article_id, id);
  auto revs = archive.revisions(id);
  ASSERT_EQ(revs.size(), 2u);
  EXPECT_EQ(revs[0].number, 1);
  EXPECT_EQ(revs[0].headline, "Early headline");
  EXPECT_EQ(revs[0].body, "First version of the text.");
  EXPECT_EQ(revs[0].fetched_at, "2026-09-15T08:00:00Z");
  EXPECT_EQ(revs[1].number, 2);
  EXPECT_EQ(revs[1].body, "Second version, corrected.");
  auto a = archive.article(id);
  EXPECT_EQ(a->article.headline, "Updated headline");
  EXPECT_EQ(a->revisions, 2);
  EXPECT_EQ(a->last_changed, "2026-09-15T08:30:00Z");
  EXPECT_EQ(archive.search("corrected").size(), 1u);
  EXPECT_TRUE(archive.search("Early").empty());
}

// A body is stored once: the latest revision shares the article's, an earlier one
// keeps its own copy, also when a reparse replaces the article's text.
TEST(ArchiveSave, LatestRevisionSharesTheArticlesBodyAndEarlierOnesKeepTheirs) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  PageRecord first = article_page("https://example.com/a", "Headline", "First version of the text.");
  PageRecord later = article_page("https://example.com/a", "Headline", "Second version, corrected.");
  later.fetch.started_at_ms = at_minute(30);
  auto id = archive.save(first).article_id;
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM revisions WHERE body IS NULL"), 1);
  archive.save(later);
  EXPECT_EQ(text_scalar(path, "SELECT body FROM revisions WHERE number = 1"), "First version of the text.");
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM revisions WHERE number = 2 AND body IS NULL"), 1);

  newsarchive::Article reparsed = *later.article;
  reparsed.body = "Second version, extracted better.";
  archive.update_parsed(id, reparsed);
  auto revs = archive.revisions(id);
  ASSERT_EQ(revs.size(), 2u);
  EXPECT_EQ(revs[0].body, "First version of the text.");
  EXPECT_EQ(revs[1].body, "Second version, corrected.") << "a reparse does not rewrite what was archived";
  EXPECT_EQ(archive.article(id)->article.body, "Second version, extracted better.");
}

TEST(ArchiveSave, NotModifiedUpdatesLastFetchedOnly) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  PageRecord first = article_page("https://example.com/a", "H", "Body.");
  first.fetch.etag = "\"e1\"";
  auto id = archive.save(first).article_id;
  PageRecord nm = page("https://example.com/a", "");
  nm.fetch.status = 304;
  nm.fetch.started_at_ms = at_minute(120);
  auto r = archive.save(nm);
  EXPECT_EQ(r.status, SaveStatus::not_modified);
  EXPECT_EQ(r.article_id, id);
  auto known = archive.known_url("https://example.com/a");
  EXPECT_EQ(known->last_fetched, "2026-09-15T10:00:00Z");
  EXPECT_EQ(known->etag, "\"e1\"");
  EXPECT_EQ(archive.revisions(id).size(), 1u);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM pages"), 1);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM fetches WHERE outcome = 'not_modified'"), 1);
}

TEST(ArchiveSave, FailedFetchStoresOnlyTheAttempt) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  PageRecord timeout = page("https://example.com/slow", "");
  timeout.fetch.status = 0;
  timeout.fetch.error = FetchError::timeout;
  timeout.fetch.error_message = "Operation timed out after 60000 ms";
  PageRecord missing = article_page("https://example.com/gone", "Not found", "This page does not exist.");
  missing.fetch.status = 404;
  EXPECT_EQ(archive.save(timeout).status, SaveStatus::failed);
  auto r = archive.save(missing);
  EXPECT_EQ(r.status, SaveStatus::failed);
  EXPECT_EQ(r.article_id, 0);
  EXPECT_GT(r.fetch_id, 0);
  EXPECT_EQ(archive.article_count(), 0);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM fetches"), 2);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM pages"), 0);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM revisions"), 0);
  EXPECT_EQ(text_scalar(path, "SELECT error || ': ' || error_message FROM fetches WHERE status = 0"),
            "timeout: Operation timed out after 60000 ms");
  EXPECT_EQ(scalar(path, "SELECT status FROM fetches WHERE requested_url LIKE '%gone'"), 404);
}

TEST(ArchiveSave, PageWithoutArticleKeepsAttemptAndRawPage) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  PageRecord index = page("https://example.com/");
  index.parse_error = "no article content";
  auto r = archive.save(index);
  EXPECT_EQ(r.status, SaveStatus::no_article);
  EXPECT_EQ(r.article_id, 0);
  EXPECT_EQ(archive.article_count(), 0);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM pages"), 1);
  EXPECT_EQ(text_scalar(path, "SELECT parse_error FROM fetches"), "no article content");
}

TEST(ArchiveSave, UsesPrecompressedRawWhenGiven) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord r = article_page("https://example.com/a", "H", "Body.");
  r.raw_zstd = Archive::compress_raw(r.fetch.body);
  const std::string raw = r.fetch.body;
  auto id = archive.save(r).article_id;
  EXPECT_EQ(archive.raw_page(id)->body, raw);
}

// Foreign keys are not enforced row by row; every kind of save leaves none dangling,
// and the check that says so does see a dangling one.
TEST(ArchiveSave, EveryOutcomeLeavesForeignKeysWhole) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  {
    Archive archive(path);
    PageRecord full = full_record();
    auto id = archive.save(full).article_id;
    PageRecord changed = full_record();
    changed.article->body = "The valley is dry again.";
    changed.fetch.started_at_ms = at_minute(30);
    EXPECT_EQ(archive.save(changed).status, SaveStatus::changed);
    EXPECT_EQ(archive.save(changed).status, SaveStatus::unchanged);
    PageRecord not_modified = page(full.fetch.url);
    not_modified.fetch.status = 304;
    not_modified.fetch.body.clear();
    archive.save(not_modified);
    PageRecord alias = full_record();
    alias.fetch.url = alias.fetch.final_url = "https://example.com/short/1";
    archive.save(alias);
    PageRecord failed = page("https://example.com/gone");
    failed.fetch.status = 500;
    archive.save(failed);
    PageRecord index = page("https://example.com/");
    archive.save(index);
    archive.update_parsed(id, *changed.article);
    EXPECT_EQ(archive.revisions(id).size(), 3u) << "the alias brought the first text back";
  }
  EXPECT_EQ(text_scalar(path, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  {
    newsarchive::store::Connection db(path, false);
    db.exec("INSERT INTO authors(article_id, position, name) VALUES (999, 0, 'Nobody')", "orphan");
  }
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM pragma_foreign_key_check"), 1);
}

// Links are one JSON column: every character comes back as it went in, in order, and
// the `links` view shows them row by row; a changed article replaces them.
TEST(ArchiveSave, LinksRoundTripThroughTheJsonColumnAndView) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  PageRecord r = article_page("https://example.com/l", "Links", "Text with links.");
  const std::vector<newsarchive::Link> links = {{"https://a.example/?q=\"x\"&b=\\", "a \"quoted\"\nline\ttab"},
                                                {"https://b.example/caf\xC3\xA9", "Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\xB0"},
                                                {"https://c.example/", ""}};
  r.article->links = links;
  auto id = archive.save(r).article_id;
  auto stored = archive.article(id);
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->article.links.size(), links.size());
  for (std::size_t i = 0; i < links.size(); ++i) {
    EXPECT_EQ(stored->article.links[i].url, links[i].url) << i;
    EXPECT_EQ(stored->article.links[i].text, links[i].text) << i;
  }
  EXPECT_EQ(text_scalar(path, "SELECT group_concat(position || '=' || url, ' ') FROM links"),
            "0=https://a.example/?q=\"x\"&b=\\ 1=https://b.example/caf\xC3\xA9 2=https://c.example/");

  PageRecord changed = article_page("https://example.com/l", "Links", "Text with other links.");
  changed.article->links = {{"https://d.example/", "d"}};
  ASSERT_EQ(archive.save(changed).status, SaveStatus::changed);
  EXPECT_EQ(text_scalar(path, "SELECT group_concat(url, ' ') FROM links"), "https://d.example/");
}

TEST(ArchiveSave, HashMadeByTheParseWorkerIsTheOneStored) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  PageRecord first = article_page("https://example.com/h", "Same", "Same text.");
  first.content_hash = Archive::content_hash(*first.article);
  const std::string hash = first.content_hash;
  auto id = archive.save(first).article_id;
  EXPECT_EQ(text_scalar(path, "SELECT content_hash FROM articles"), hash);
  // A record without one is hashed by the archive, the same way.
  PageRecord again = article_page("https://example.com/h", "Same", "Same text.");
  again.fetch.started_at_ms = at_minute(60);
  EXPECT_EQ(archive.save(again).status, SaveStatus::unchanged);
  PageRecord edited = article_page("https://example.com/h", "Same", "Edited text.");
  edited.fetch.started_at_ms = at_minute(120);
  EXPECT_EQ(archive.save(edited).status, SaveStatus::changed);
  EXPECT_NE(text_scalar(path, "SELECT content_hash FROM articles"), hash);
  EXPECT_EQ(archive.revisions(id).size(), 2u);
}

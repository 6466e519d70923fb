// Saving records: what is kept for each outcome, and revisions (identity: identity_test.cpp).
#include <gtest/gtest.h>

#include "newsarchive/archive.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::FetchError;
using newsarchive::Link;
using newsarchive::SaveStatus;
using newsarchive::Source;
using newsarchive::Via;
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

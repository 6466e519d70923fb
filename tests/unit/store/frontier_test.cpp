// The crawl frontier: discovered URLs per run, resume after a killed run, outcomes,
// and the archive lookup a crawl makes before re-fetching.
#include <gtest/gtest.h>

#include "newsarchive/archive.hpp"
#include "store/schema.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::FrontierAdd;
using newsarchive::FrontierCursor;
using newsarchive::FrontierEntry;
using newsarchive::FrontierResult;
using namespace storetest;

namespace {

FrontierEntry entry(const std::string& url, const std::string& site = "Alpha", const std::string& state = "pending") {
  FrontierEntry e;
  e.url = url;
  e.site = site;
  e.source = "feed";
  e.found_on = "http://alpha.example/rss.xml";
  e.state = state;
  return e;
}

std::vector<std::string> urls_of(const std::vector<FrontierEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.url);
  return out;
}

}  // namespace

TEST(Frontier, SchemaTwoAddsRunsAndFrontierTables) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  { Archive archive(path); }
  EXPECT_GE(newsarchive::store::current_schema_version(), 2);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('runs', 'frontier')"), 2);
}

TEST(Frontier, AddsEachUrlOncePerRunAndSetsIds) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t run = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> first{entry("http://alpha.example/a"), entry("http://alpha.example/b")};
  auto r1 = archive.frontier_add(run, first);
  EXPECT_EQ(r1, (std::vector<FrontierAdd>{FrontierAdd::added, FrontierAdd::added}));
  EXPECT_GT(first[0].id, 0);
  EXPECT_GT(first[1].id, first[0].id);

  std::vector<FrontierEntry> again{entry("http://alpha.example/b"), entry("http://alpha.example/c")};
  auto r2 = archive.frontier_add(run, again);
  EXPECT_EQ(r2, (std::vector<FrontierAdd>{FrontierAdd::seen_this_run, FrontierAdd::added}));
  EXPECT_EQ(again[0].id, first[1].id);
  EXPECT_EQ(archive.frontier_count("Alpha", "pending"), 3);
}

TEST(Frontier, PendingIsReadNewestFirstFromACursor) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t run = archive.begin_run("sites.toml", {"Alpha", "Beta"});
  std::vector<FrontierEntry> es{entry("http://alpha.example/old"), entry("http://beta.example/1", "Beta"),
                                entry("http://alpha.example/undated-1"), entry("http://alpha.example/new"),
                                entry("http://alpha.example/undated-2")};
  es[0].published = "2020-01-01T10:00:00+02:00";
  es[3].published = "2021-06-01T00:00:00Z";
  archive.frontier_add(run, es);
  // Undated URLs count as found now: newer than any listed date, in discovery order.
  auto page1 = archive.frontier_pending(run, "Alpha", {}, 2);
  EXPECT_EQ(urls_of(page1), (std::vector<std::string>{"http://alpha.example/undated-1",
                                                      "http://alpha.example/undated-2"}));
  auto page2 = archive.frontier_pending(run, "Alpha", FrontierCursor{page1.back().priority, page1.back().id}, 5);
  EXPECT_EQ(urls_of(page2), (std::vector<std::string>{"http://alpha.example/new", "http://alpha.example/old"}));
  EXPECT_EQ(page2.back().priority, "2020-01-01T08:00:00Z") << "published, in UTC";
  EXPECT_TRUE(archive.frontier_pending(run, "Alpha", FrontierCursor{page2.back().priority, page2.back().id}, 5)
                  .empty());
  EXPECT_EQ(archive.frontier_pending(run, "Beta", {}, 10).size(), 1u);
}

TEST(Frontier, UndatedSitemapEntriesComeAfterDatedUrls) {
  // An archive sitemap without <lastmod> must not starve today's feed items; links from
  // section pages stay "found now".
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t run = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> es{entry("http://alpha.example/archive-1"), entry("http://alpha.example/today"),
                                entry("http://alpha.example/archive-2"), entry("http://alpha.example/section-link"),
                                entry("http://alpha.example/last-year")};
  es[0].source = es[2].source = "sitemap";
  es[3].source = "section_page";
  es[1].published = "2026-11-21T06:00:00Z";
  es[4].published = "2025-11-21T06:00:00Z";
  es[4].source = "sitemap";
  archive.frontier_add(run, es);
  EXPECT_EQ(urls_of(archive.frontier_pending(run, "Alpha", {}, 10)),
            (std::vector<std::string>{"http://alpha.example/section-link", "http://alpha.example/today",
                                      "http://alpha.example/last-year", "http://alpha.example/archive-1",
                                      "http://alpha.example/archive-2"}));
}

TEST(Frontier, UrlsNeverArchivedGoBeforeRechecks) {
  // Two young archived stories due for a second look, and an older story never fetched:
  // a run that can afford two fetches takes the missing story first.
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t run = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> es{entry("http://alpha.example/recent-1"), entry("http://alpha.example/older"),
                                entry("http://alpha.example/recent-2")};
  es[0].published = "2026-11-21T08:00:00Z";
  es[1].published = "2026-11-18T08:00:00Z";
  es[2].published = "2026-11-20T08:00:00Z";
  es[0].recheck = es[2].recheck = true;
  archive.frontier_add(run, es);
  auto first = archive.frontier_pending(run, "Alpha", {}, 2);
  EXPECT_EQ(urls_of(first), (std::vector<std::string>{"http://alpha.example/older", "http://alpha.example/recent-1"}));
  auto rest = archive.frontier_pending(run, "Alpha", FrontierCursor{first.back().priority, first.back().id}, 5);
  EXPECT_EQ(urls_of(rest), (std::vector<std::string>{"http://alpha.example/recent-2"}));
  // A known URL a later listing makes due is a recheck too.
  std::vector<FrontierEntry> known{entry("http://alpha.example/known", "Alpha", "known")};
  known[0].published = "2026-11-21T09:00:00Z";
  archive.frontier_add(run, known);
  known[0].state = "pending";
  known[0].recheck = true;
  EXPECT_EQ(archive.frontier_add(run, known).front(), FrontierAdd::now_pending);
  EXPECT_EQ(urls_of(archive.frontier_pending(run, "Alpha", {}, 1)), (std::vector<std::string>{"http://alpha.example/older"}));
}

TEST(Frontier, FinishedUrlsLeaveThePendingList) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t run = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> es{entry("http://alpha.example/1"), entry("http://alpha.example/2")};
  archive.frontier_add(run, es);
  archive.frontier_finish({FrontierResult{es[0].id, "done", 1, 200, "", std::nullopt},
                           FrontierResult{es[1].id, "failed", 2, 404, "http_404", "2099-01-01T00:00:00Z"}});
  EXPECT_TRUE(archive.frontier_pending(run, "Alpha", {}, 10).empty());
  EXPECT_EQ(archive.frontier_count("Alpha", "done"), 1);
  EXPECT_EQ(archive.frontier_count("", "failed"), 1);
  EXPECT_EQ(scalar(archive.path(), "SELECT attempts FROM frontier WHERE url = 'http://alpha.example/2'"), 2);
}

TEST(Frontier, NextRunResumesWhatAKilledRunLeftPending) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  std::int64_t killed = 0;
  std::vector<FrontierEntry> es{entry("http://alpha.example/1"), entry("http://alpha.example/2"),
                                entry("http://beta.example/1", "Beta")};
  {
    Archive archive(path);
    killed = archive.begin_run("sites.toml", {"Alpha", "Beta"});
    archive.frontier_add(killed, es);
    archive.frontier_finish({FrontierResult{es[0].id, "done", 1, 200, "", std::nullopt}});
    // The process dies here: no finish_run.
  }
  Archive archive(path);
  std::int64_t next = archive.begin_run("sites.toml", {"Alpha"});
  EXPECT_EQ(archive.run(killed)->state, "aborted");
  EXPECT_EQ(archive.frontier_resume(next, "Alpha"), 1);
  EXPECT_EQ(urls_of(archive.frontier_pending(next, "Alpha", {}, 10)),
            std::vector<std::string>{"http://alpha.example/2"});
  EXPECT_TRUE(archive.frontier_pending(next, "Beta", {}, 10).empty()) << "Beta was not selected";
  // Rediscovering a resumed URL does not count it twice.
  std::vector<FrontierEntry> again{entry("http://alpha.example/2")};
  EXPECT_EQ(archive.frontier_add(next, again).front(), FrontierAdd::seen_this_run);
}

TEST(Frontier, LaterRunTakesUpDoneUrlsWithItsOwnVerdict) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t run1 = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> es{entry("http://alpha.example/1")};
  archive.frontier_add(run1, es);
  archive.frontier_finish({FrontierResult{es[0].id, "done", 1, 200, "", std::nullopt}});
  archive.finish_run(run1, "completed", 0, "{}");

  std::int64_t run2 = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> known{entry("http://alpha.example/1", "Alpha", "known")};
  EXPECT_EQ(archive.frontier_add(run2, known).front(), FrontierAdd::added);
  EXPECT_EQ(known[0].id, es[0].id);
  EXPECT_EQ(archive.frontier_count("Alpha", "known"), 1);
}

TEST(Frontier, FailedUrlIsDeferredUntilItsNextAttempt) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t run1 = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> es{entry("http://alpha.example/later"), entry("http://alpha.example/due")};
  archive.frontier_add(run1, es);
  archive.frontier_finish({FrontierResult{es[0].id, "failed", 1, 503, "retries_exhausted", "2999-01-01T00:00:00Z"},
                           FrontierResult{es[1].id, "failed", 1, 503, "retries_exhausted", "2000-01-01T00:00:00Z"}});
  std::int64_t run2 = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> again{entry("http://alpha.example/later"), entry("http://alpha.example/due")};
  EXPECT_EQ(archive.frontier_add(run2, again), (std::vector<FrontierAdd>{FrontierAdd::deferred, FrontierAdd::added}));
  EXPECT_EQ(urls_of(archive.frontier_pending(run2, "Alpha", {}, 10)),
            std::vector<std::string>{"http://alpha.example/due"});
}

TEST(Frontier, KnownUrlFindsAnArticleByAnyOfItsUrlsWithItsAge) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord rec = article_page("http://alpha.example/story?from=rss", "Headline", "Body text.",
                                std::string("http://alpha.example/story"));
  rec.fetch.etag = "\"v1\"";
  rec.fetch.last_modified = "Tue, 15 Sep 2026 08:00:00 GMT";
  rec.article->published = "2026-09-14T10:00:00+02:00";
  auto saved = archive.save(rec);

  auto by_canonical = archive.known_url("http://alpha.example/story");
  ASSERT_TRUE(by_canonical);
  EXPECT_EQ(by_canonical->article_id, saved.article_id);
  EXPECT_EQ(by_canonical->etag, "\"v1\"");
  EXPECT_EQ(by_canonical->last_modified, "Tue, 15 Sep 2026 08:00:00 GMT");
  EXPECT_EQ(by_canonical->dated, "2026-09-14T08:00:00Z") << "published, in UTC";
  EXPECT_TRUE(archive.known_url("http://alpha.example/story?from=rss"));
  EXPECT_FALSE(archive.known_url("http://alpha.example/other"));
}

TEST(Frontier, ALaterListingFillsInTheDateAndCanMakeAKnownUrlDue) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t run = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> first{entry("http://alpha.example/1", "Alpha", "known")};
  archive.frontier_add(run, first);
  std::vector<FrontierEntry> again{entry("http://alpha.example/1", "Alpha", "pending")};
  again[0].published = "2026-09-14T10:00:00Z";
  EXPECT_EQ(archive.frontier_add(run, again).front(), FrontierAdd::now_pending);
  EXPECT_EQ(archive.frontier_count("Alpha", "pending"), 1);
  EXPECT_EQ(text_scalar(archive.path(), "SELECT published FROM frontier"), "2026-09-14T10:00:00Z");
  std::vector<FrontierEntry> third{entry("http://alpha.example/1", "Alpha", "known")};
  EXPECT_EQ(archive.frontier_add(run, third).front(), FrontierAdd::seen_this_run);
  EXPECT_EQ(archive.frontier_count("Alpha", "pending"), 1) << "pending stays pending";
}

TEST(Frontier, DocumentStateIsKeptReplacedAndForgotten) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  const std::string feed = "http://alpha.example/feed";
  EXPECT_FALSE(archive.document_state(feed));
  archive.set_document_state(feed, {"http://alpha.example/rss.xml", "\"v1\"", ""});
  auto s = archive.document_state(feed);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->final_url, "http://alpha.example/rss.xml");
  EXPECT_EQ(s->etag, "\"v1\"");
  EXPECT_EQ(s->last_modified, "");
  archive.set_document_state(feed, {"http://alpha.example/rss.xml", "", "Tue, 15 Sep 2026 07:00:00 GMT"});
  EXPECT_EQ(archive.document_state(feed)->etag, "");
  EXPECT_EQ(archive.document_state(feed)->last_modified, "Tue, 15 Sep 2026 07:00:00 GMT");
  archive.set_document_state(feed, {"http://alpha.example/rss.xml", "", ""});
  EXPECT_FALSE(archive.document_state(feed)) << "without validators there is nothing to ask with";
}

TEST(Frontier, ListsTheUrlsADocumentListedLastWithTheirDates) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t run = archive.begin_run("sites.toml", {"Alpha"});
  std::vector<FrontierEntry> entries{entry("http://alpha.example/a"), entry("http://alpha.example/b"),
                                     entry("http://alpha.example/c")};
  entries[0].published = "2026-09-15T08:00:00Z";
  entries[2].found_on = "http://alpha.example/sitemap.xml";
  entries[2].source = "sitemap";
  archive.frontier_add(run, entries);
  auto listed = archive.frontier_listed_by("http://alpha.example/rss.xml");
  EXPECT_EQ(urls_of(listed), (std::vector<std::string>{"http://alpha.example/a", "http://alpha.example/b"}));
  EXPECT_EQ(listed[0].published, "2026-09-15T08:00:00Z");
  EXPECT_EQ(listed[0].source, "feed");
  EXPECT_FALSE(listed[1].published);
  EXPECT_EQ(urls_of(archive.frontier_listed_by("http://alpha.example/sitemap.xml")),
            (std::vector<std::string>{"http://alpha.example/c"}));
}

// What reparse needs of the archive: raw pages by site and date, corrupt frames
// reported rather than thrown, and batched updates of parsed fields.
#include <gtest/gtest.h>

#include "newsarchive/archive.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::ArchiveError;
using namespace storetest;

namespace {

PageRecord dated(const std::string& url, const std::string& headline, std::optional<std::string> published) {
  PageRecord r = article_page(url, headline, headline + " body text.");
  r.article->published = std::move(published);
  return r;
}

std::vector<std::string> visited_urls(Archive& archive, const Archive::RawPageFilter& filter) {
  std::vector<std::string> out;
  archive.for_each_raw_page(filter, [&](std::int64_t, Archive::RawPage&& page) { out.push_back(page.url); });
  return out;
}

}  // namespace

TEST(ArchiveRawPages, FilterBySiteAndDateVisitsOnlyThoseArticlesInIdOrder) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> records{dated("https://www.a.example/1", "A1", "2026-01-05T10:00:00Z"),
                                  dated("https://b.example/1", "B1", "2026-03-01T10:00:00Z"),
                                  dated("https://a.example/2", "A2", "2026-06-01T10:00:00+02:00")};
  records[0].fetch.url = "https://www.a.example/1?utm_source=x";
  archive.save_batch(records);

  EXPECT_EQ(visited_urls(archive, {}).size(), 3u);
  Archive::RawPageFilter site;
  site.site = "www.A.example";
  EXPECT_EQ(visited_urls(archive, site),
            (std::vector<std::string>{"https://www.a.example/1", "https://a.example/2"}));
  Archive::RawPageFilter since;
  since.since = "2026-02-01";
  EXPECT_EQ(visited_urls(archive, since), (std::vector<std::string>{"https://b.example/1", "https://a.example/2"}));
  site.since = "2026-02-01";
  EXPECT_EQ(visited_urls(archive, site), (std::vector<std::string>{"https://a.example/2"}));

  archive.for_each_raw_page({}, [&](std::int64_t, Archive::RawPage&& page) {
    if (page.url == "https://www.a.example/1") {
      EXPECT_EQ(page.requested_url, "https://www.a.example/1?utm_source=x");
    }
    EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
    EXPECT_TRUE(page.error.empty());
  });
}

TEST(ArchiveRawPages, ACorruptFrameIsVisitedWithItsErrorAndTheWalkGoesOn) {
  testsupport::TempDir dir;
  const std::string path = dir.file("a.db");
  {
    Archive archive(path);
    std::vector<PageRecord> records{dated("https://a.example/1", "One", std::nullopt),
                                    dated("https://a.example/2", "Two", std::nullopt)};
    archive.save_batch(records);
  }
  {
    newsarchive::store::Connection db(path, false);
    db.exec("UPDATE pages SET raw_zstd = x'28b52ffd0000' WHERE url = 'https://a.example/1'", "test damage");
  }
  Archive archive(path);
  std::vector<std::string> errors, bodies;
  archive.for_each_raw_page({}, [&](std::int64_t, Archive::RawPage&& page) {
    errors.push_back(page.error);
    bodies.push_back(page.body);
  });
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_FALSE(errors[0].empty());
  EXPECT_TRUE(bodies[0].empty());
  EXPECT_TRUE(errors[1].empty());
  EXPECT_NE(bodies[1].find("Two"), std::string::npos);
}

TEST(ArchiveReparse, UpdateParsedBatchReplacesEveryArticleInOneTransactionAndKeepsSearchExact) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> records;
  for (int i = 0; i < 5; ++i)
    records.push_back(article_page("https://a.example/" + std::to_string(i), "Old " + std::to_string(i),
                                   "stalewordfromold extraction number " + std::to_string(i)));
  archive.save_batch(records);

  std::vector<std::pair<std::int64_t, newsarchive::Article>> updates;
  for (std::int64_t id : {4, 2, 1}) {  // any order; the index is written in rowid order
    newsarchive::Article a = archive.article(id)->article;
    a.headline = "New " + std::to_string(id);
    a.body = "freshwordfromreparse text " + std::to_string(id);
    a.authors = {"Author " + std::to_string(id)};
    newsarchive::Source s;
    s.name = "Reuters";
    s.domain = "Reuters.com";
    s.mentions = 1;
    a.sources = {s};
    updates.emplace_back(id, std::move(a));
  }
  archive.update_parsed_batch(updates);

  EXPECT_EQ(archive.search("freshwordfromreparse").size(), 3u);
  EXPECT_EQ(archive.search("stalewordfromold").size(), 2u);
  auto two = archive.article(2);
  ASSERT_TRUE(two);
  EXPECT_EQ(two->article.headline, "New 2");
  EXPECT_EQ(two->article.authors, std::vector<std::string>{"Author 2"});
  ASSERT_EQ(two->article.sources.size(), 1u);
  EXPECT_EQ(two->article.sources[0].domain, "reuters.com");
  EXPECT_EQ(archive.revisions(2).size(), 1u);

  // An unknown id fails the whole batch: nothing of it is stored.
  updates.front().second.headline = "Never stored";
  updates.emplace_back(999, updates.front().second);
  EXPECT_THROW(archive.update_parsed_batch(updates), ArchiveError);
  EXPECT_EQ(archive.article(4)->article.headline, "New 4");
  EXPECT_EQ(scalar(archive.path(), "SELECT count(*) FROM articles WHERE headline = 'Never stored'"), 0);
}

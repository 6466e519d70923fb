// reparse_archive over a real archive file: pages stored the way the pipeline stores
// them are re-extracted on worker threads and only real changes are written.
#include "crawl/reparse.hpp"

#include <gtest/gtest.h>

#include "core/stop_flag.hpp"
#include "newsarchive/archive.hpp"
#include "newsarchive/pipeline.hpp"
#include "store/sqlite.hpp"
#include "support/temp_dir.hpp"

using namespace newsarchive;

namespace {

std::string story(int i) {
  return "<html><head><title>Story " + std::to_string(i) +
         "</title><meta name=\"author\" content=\"Ada Writer\"></head><body><article><h1>Story " +
         std::to_string(i) + "</h1><p>The council voted on the harbour plan number " + std::to_string(i) +
         " late on Monday evening, according to Reuters, after a long debate.</p><p>Residents said the plan "
         "would change the waterfront for a generation.</p></article></body></html>";
}

// Stores `n` pages exactly as a crawl would: fetched, decoded, extracted, compressed.
void archive_stories(const std::string& path, int n) {
  Archive archive(path);
  std::vector<PageRecord> records;
  for (int i = 0; i < n; ++i) {
    FetchResult f;
    f.url = f.final_url = "https://news.example/story-" + std::to_string(i);
    f.status = 200;
    f.content_type = "text/html; charset=utf-8";
    f.body = story(i);
    records.push_back(prepare_record(std::move(f), nullptr, 0));
  }
  archive.save_batch(records);
}

ReparseOptions options_for(const std::string& path) {
  ReparseOptions o;
  o.db_path = path;
  o.workers = 2;
  o.batch_size = 3;  // several batches
  return o;
}

}  // namespace

TEST(Reparse, AnArchiveTheCurrentExtractorWroteIsUnchangedEverywhere) {
  testsupport::TempDir dir;
  archive_stories(dir.file("a.db"), 10);
  ReparseSummary s = reparse_archive(options_for(dir.file("a.db")));
  EXPECT_EQ(s.pages, 10);
  EXPECT_EQ(s.unchanged, 10);
  EXPECT_EQ(s.changed, 0);
  EXPECT_EQ(s.failed, 0);
}

TEST(Reparse, ChangedArticlesAreRewrittenInBatchesAndADryRunWritesNothing) {
  testsupport::TempDir dir;
  const std::string path = dir.file("a.db");
  archive_stories(path, 10);
  {
    Archive archive(path);
    for (std::int64_t id : {2, 5, 9}) {
      Article old = archive.article(id)->article;
      old.headline = "Wrong headline";
      old.authors.clear();
      archive.update_parsed(id, old);
    }
  }
  ReparseOptions dry = options_for(path);
  dry.dry_run = true;
  ReparseSummary d = reparse_archive(dry);
  EXPECT_EQ(d.changed, 3);
  EXPECT_EQ(Archive(path).article(5)->article.headline, "Wrong headline");

  ReparseSummary s = reparse_archive(options_for(path));
  EXPECT_EQ(s.pages, 10);
  EXPECT_EQ(s.changed, 3);
  EXPECT_EQ(s.unchanged, 7);
  Archive archive(path);
  auto five = archive.article(5);
  ASSERT_TRUE(five);
  EXPECT_EQ(five->article.headline, "Story 4");  // ids start at 1
  EXPECT_EQ(five->article.authors, std::vector<std::string>{"Ada Writer"});
  EXPECT_TRUE(archive.search("\"wrong headline\"").empty());
  EXPECT_EQ(reparse_archive(options_for(path)).changed, 0);
}

TEST(Reparse, ACorruptRawPageCountsAsFailedAndItsArticleIsLeftAsStored) {
  testsupport::TempDir dir;
  const std::string path = dir.file("a.db");
  archive_stories(path, 4);
  {
    store::Connection db(path, false);
    db.exec("UPDATE pages SET raw_zstd = x'00112233' WHERE id = 2", "test damage");
  }
  ReparseSummary s = reparse_archive(options_for(path));
  EXPECT_EQ(s.pages, 4);
  EXPECT_EQ(s.failed, 1);
  EXPECT_EQ(s.unchanged, 3);
  EXPECT_EQ(Archive(path).article(2)->article.headline, "Story 1");
}

TEST(Reparse, SiteFilterLimitsThePages) {
  testsupport::TempDir dir;
  const std::string path = dir.file("a.db");
  archive_stories(path, 3);
  ReparseOptions o = options_for(path);
  o.site = "elsewhere.example";
  EXPECT_EQ(reparse_archive(o).pages, 0);
  o.site = "www.news.example";
  EXPECT_EQ(reparse_archive(o).pages, 3);
}

TEST(ReparseFields, SameFieldsCompareEverythingParsedButNotTheFetchUrls) {
  Article a;
  a.url = "https://x.example/a?ref=feed";
  a.headline = "H";
  a.body = "Body";
  a.authors = {"A"};
  a.links = {{"https://y.example/", "y"}};
  Source s;
  s.name = "Reuters";
  s.domain = "Reuters.com";
  a.sources = {s};
  Article b = a;
  b.url = "https://x.example/a";
  b.sources[0].domain = "reuters.com";  // stored lower-case
  EXPECT_TRUE(same_parsed_fields(a, b));
  b.links[0].text = "why";
  EXPECT_FALSE(same_parsed_fields(a, b));
  b = a;
  b.published = "2026-01-01";
  EXPECT_FALSE(same_parsed_fields(a, b));
  b = a;
  b.sources[0].mentions = 2;
  EXPECT_FALSE(same_parsed_fields(a, b));
}

TEST(Reparse, AStopRequestReadsNothingMoreAndSaysSo) {
  testsupport::TempDir dir;
  archive_stories(dir.file("a.db"), 10);
  stop_flag().request();
  ReparseOptions o = options_for(dir.file("a.db"));
  o.stop = &stop_flag();
  ReparseSummary s = reparse_archive(o);
  stop_flag().reset();
  EXPECT_TRUE(s.interrupted);
  EXPECT_EQ(s.pages, 0);
  ReparseSummary again = reparse_archive(options_for(dir.file("a.db")));
  EXPECT_FALSE(again.interrupted);
  EXPECT_EQ(again.pages, 10);
}

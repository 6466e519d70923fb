// Batches: one transaction, all or nothing, and a full disk.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>

#include "newsarchive/archive.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::ArchiveError;
using newsarchive::SaveStatus;
using namespace storetest;

namespace {

// Caps every connection opened while alive at `max_pages` database pages, the way a
// full disk would stop the archive growing (sqlite3_auto_extension runs on open).
class DiskLimit {
 public:
  explicit DiskLimit(std::int64_t max_pages) {
    pages() = max_pages;
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(&apply));
  }
  ~DiskLimit() { sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(&apply)); }

 private:
  static std::int64_t& pages() {
    static std::int64_t n = 0;
    return n;
  }
  static int apply(sqlite3* db, char**, const sqlite3_api_routines*) {
    std::string sql = "PRAGMA max_page_count = " + std::to_string(pages());
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    return SQLITE_OK;
  }
};

// Incompressible bytes, so each raw page takes several database pages.
std::string noise(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng() & 0xff);
  return s;
}

std::vector<PageRecord> big_batch(int n, int first) {
  std::vector<PageRecord> batch;
  for (int i = first; i < first + n; ++i) {
    PageRecord r = article_page("https://example.com/big/" + std::to_string(i), "Big " + std::to_string(i),
                                "Body number " + std::to_string(i) + " about batches.");
    r.fetch.body = noise(64 * 1024, static_cast<unsigned>(i));
    batch.push_back(std::move(r));
  }
  return batch;
}

std::int64_t page_count(const std::string& path) { return scalar(path, "PRAGMA page_count"); }

// Database pages (whatever their size) that hold about `bytes`.
std::int64_t pages_for(const std::string& path, std::int64_t bytes) {
  std::int64_t page_size = scalar(path, "PRAGMA page_size");
  return (bytes + page_size - 1) / page_size;
}

}  // namespace

TEST(ArchiveBatch, SavesAllRecordsInOrder) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> batch;
  batch.push_back(article_page("https://example.com/1", "One", "First."));
  batch.push_back(article_page("https://example.com/2", "Two", "Second."));
  batch.push_back(article_page("https://example.com/1", "One", "First."));
  auto results = archive.save_batch(batch);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].status, SaveStatus::added);
  EXPECT_EQ(results[1].status, SaveStatus::added);
  EXPECT_EQ(results[2].status, SaveStatus::unchanged);
  EXPECT_EQ(results[2].article_id, results[0].article_id);
  EXPECT_EQ(archive.article_count(), 2);
}

TEST(ArchiveBatch, FailureMidBatchStoresNothingOfIt) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  {
    Archive archive(path);
    auto before = big_batch(2, 0);
    archive.save_batch(before);
  }
  const std::int64_t fetches_before = scalar(path, "SELECT count(*) FROM fetches");
  {
    // Room for a few of the ten records, not all: the batch fails part way through.
    DiskLimit limit(page_count(path) + pages_for(path, 3 * 64 * 1024));
    Archive archive(path);
    auto batch = big_batch(10, 100);
    try {
      archive.save_batch(batch);
      FAIL() << "the batch should not fit";
    } catch (const ArchiveError& e) {
      EXPECT_EQ(e.kind(), ArchiveError::Kind::full) << e.what();
    }
    EXPECT_EQ(archive.article_count(), 2);
    EXPECT_FALSE(archive.article_by_url("https://example.com/big/100"));
  }
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM fetches"), fetches_before);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM pages"), 2);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM revisions"), 2);
  EXPECT_EQ(text_scalar(path, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'batches'"), 2);

  // The archive carries on once there is room again.
  Archive archive(path);
  auto small = big_batch(1, 200);
  EXPECT_EQ(archive.save_batch(small).front().status, SaveStatus::added);
  EXPECT_EQ(archive.article_count(), 3);
}

TEST(ArchiveBatch, FullDiskIsAFullError) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  { Archive create(path); }
  DiskLimit limit(page_count(path) + 1);
  Archive archive(path);
  PageRecord r = big_batch(1, 0).front();
  try {
    archive.save(r);
    FAIL() << "the record should not fit";
  } catch (const ArchiveError& e) {
    EXPECT_EQ(e.kind(), ArchiveError::Kind::full);
    std::string msg = e.what();
    EXPECT_NE(msg.find(path), std::string::npos) << msg;
    EXPECT_EQ(msg.find('\n'), std::string::npos) << msg;
  }
  EXPECT_EQ(archive.article_count(), 0);
}

TEST(ArchiveBatch, KilledWriterLeavesOnlyWholeBatches) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  constexpr int kBatch = 40;
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // The writer: reports its first commit, then keeps writing until killed.
    close(ready[0]);
    Archive archive(path);
    for (int i = 0; i < 500; ++i) {
      auto batch = big_batch(kBatch, i * kBatch);
      archive.save_batch(batch);
      if (i == 0 && write(ready[1], "x", 1) != 1) _exit(2);
    }
    _exit(0);
  }
  close(ready[1]);
  char byte = 0;
  ASSERT_EQ(read(ready[0], &byte, 1), 1);
  close(ready[0]);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);

  Archive archive(path);
  std::int64_t articles = archive.article_count();
  EXPECT_GE(articles, kBatch);
  EXPECT_EQ(articles % kBatch, 0) << "a batch was stored in part";
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM fetches"), articles);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM pages"), articles);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM revisions"), articles);
  EXPECT_EQ(text_scalar(path, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  newsarchive::store::Connection db(path, false);
  EXPECT_NO_THROW(db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)", "check"));
}

// Opening archives: schema creation, WAL, migrations, refusals.
#include <gtest/gtest.h>

#include "newsarchive/archive.hpp"
#include "store/schema.hpp"
#include "store/tokenizer.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::ArchiveError;
namespace store = newsarchive::store;
using namespace storetest;

namespace {

// Runs `fn` and returns the kind of ArchiveError it threw; fails the test otherwise.
template <typename Fn>
ArchiveError::Kind error_kind_of(Fn fn, std::string* message = nullptr) {
  try {
    fn();
  } catch (const ArchiveError& e) {
    if (message) *message = e.what();
    return e.kind();
  }
  ADD_FAILURE() << "no ArchiveError thrown";
  return ArchiveError::Kind::other;
}

void make_plain_db(const std::string& path, const char* sql) {
  store::Connection db(path, false);
  db.exec(sql, "test setup");
}

}  // namespace

TEST(ArchiveOpen, CreatesSchemaAtCurrentVersionInWalMode) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  {
    Archive archive(path);
    EXPECT_EQ(archive.schema_version(), store::current_schema_version());
    EXPECT_EQ(archive.path(), path);
    EXPECT_EQ(archive.article_count(), 0);
  }
  EXPECT_EQ(scalar(path, "PRAGMA user_version"), store::current_schema_version());
  EXPECT_EQ(text_scalar(path, "PRAGMA journal_mode"), "wal");
  for (const char* table : {"fetches", "pages", "articles", "article_urls", "authors", "links", "sources",
                            "revisions", "articles_fts"}) {
    store::Connection db(path, true);
    store::Statement q(db, "SELECT count(*) FROM sqlite_schema WHERE name = ?1", "test");
    q.bind(1, table);
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), 1) << table;
  }
}

TEST(ArchiveOpen, ReopeningKeepsData) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  {
    Archive archive(path);
    PageRecord r = article_page("https://example.com/a", "Kept", "Body that stays.");
    archive.save(r);
  }
  Archive again(path);
  EXPECT_EQ(again.article_count(), 1);
  auto a = again.article_by_url("https://example.com/a");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->article.headline, "Kept");
}

TEST(ArchiveOpen, MigratesAnExistingVersionZeroFile) {
  testsupport::TempDir dir;
  std::string path = dir.file("old.db");
  make_plain_db(path, "CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('kept')");
  ASSERT_EQ(scalar(path, "PRAGMA user_version"), 0);
  Archive archive(path);
  EXPECT_EQ(archive.schema_version(), store::current_schema_version());
  EXPECT_EQ(text_scalar(path, "SELECT x FROM notes"), "kept");
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'"), 1);
}

// Schema 5 drops the copy of the latest body that schema 1-4 revisions kept.
TEST(ArchiveOpen, SchemaFiveMigrationKeepsEveryRevisionsText) {
  testsupport::TempDir dir;
  std::string path = dir.file("v4.db");
  {
    store::Connection db(path, false);
    std::vector<store::Migration> v4(store::migrations().begin(), store::migrations().begin() + 4);
    ASSERT_EQ(store::migrate(db, v4), 4);
    db.exec("INSERT INTO articles(id, url, site, requested_url, final_url, body, dated, first_seen, last_fetched, "
            "last_changed, content_hash, revisions) VALUES (1, 'https://example.com/a', 'example.com', "
            "'https://example.com/a', 'https://example.com/a', 'Now.', 'd', 'f', 'l', 'c', 'h2', 2);"
            "INSERT INTO revisions(article_id, number, fetched_at, content_hash, body, authors) VALUES "
            "(1, 1, 't1', 'h1', 'Before.', '[]'), (1, 2, 't2', 'h2', 'Now.', '[]');",
            "writing a version 4 archive");
  }
  Archive archive(path);
  EXPECT_EQ(archive.schema_version(), store::current_schema_version());
  EXPECT_EQ(text_scalar(path, "SELECT group_concat(coalesce(body, '<shared>'), '|') FROM "
                              "(SELECT body FROM revisions ORDER BY number)"),
            "Before.|<shared>");
  auto revs = archive.revisions(1);
  ASSERT_EQ(revs.size(), 2u);
  EXPECT_EQ(revs[0].body, "Before.");
  EXPECT_EQ(revs[1].body, "Now.");
}

// Schema 9: the search index folds ß to "ss"; an index an older version wrote keeps
// "straße" and is rebuilt on open, so both spellings find the article.
TEST(ArchiveOpen, SchemaNineRebuildsAnIndexThatKeptSharpS) {
  testsupport::TempDir dir;
  std::string path = dir.file("v8.db");
  {
    Archive archive(path);
    PageRecord r = article_page("https://example.com/a", "Stra\xC3\x9F" "enfest", "Die Hauptstra\xC3\x9F" "e ist zu.");
    archive.save(r);
  }
  {
    // As version 8 left it: the index written by the built-in unicode61, which keeps ß.
    store::Connection plain(path, false);
    plain.exec("INSERT INTO articles_fts(articles_fts) VALUES('rebuild'); PRAGMA user_version = 8", "downgrading");
  }
  ASSERT_EQ(scalar(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'hauptstraße'"), 1);
  Archive archive(path);
  EXPECT_EQ(archive.schema_version(), store::current_schema_version());
  for (const char* query : {"hauptstrasse", "Hauptstra\xC3\x9F" "e", "strassenfest", "STRA\xE1\xBA\x9E" "ENFEST"})
    EXPECT_EQ(archive.count_matches(query), 1) << query;
  store::Connection ours(path, false);
  store::install_fast_unicode61(ours);
  EXPECT_NO_THROW(ours.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)", "check"));
}

// Schema 10: the search index cuts CJK runs into characters and bigrams; an index an
// older version wrote keeps each run whole and is rebuilt on open. An index of text
// without CJK is left as it is.
TEST(ArchiveOpen, SchemaTenRebuildsOnlyAnIndexHoldingCjk) {
  testsupport::TempDir dir;
  const std::string cjk = dir.file("v9-cjk.db"), latin = dir.file("v9-latin.db");
  {
    Archive archive(cjk);
    PageRecord r = article_page("https://example.com/ja", "東京湾に新しい橋が開通", "東京湾の新しい橋が月曜日に開通した。");
    r.article->authors = {"山田太郎"};
    archive.save(r);
  }
  {
    Archive archive(latin);
    PageRecord r = article_page("https://example.com/en", "Harbour bridge opens", "The bridge opened on Monday.");
    archive.save(r);
  }
  {
    // As version 9 left it: the index written by the built-in unicode61, which keeps runs whole.
    store::Connection plain(cjk, false);
    plain.exec("INSERT INTO articles_fts(articles_fts) VALUES('rebuild'); PRAGMA user_version = 9", "downgrading");
  }
  {
    // Marked so a rebuild would show: the article taken out of the index.
    store::Connection plain(latin, false);
    plain.exec("INSERT INTO articles_fts(articles_fts, rowid, headline, body, authors) VALUES "
               "('delete', 1, 'Harbour bridge opens', 'The bridge opened on Monday.', NULL); PRAGMA user_version = 9",
               "downgrading");
  }
  ASSERT_EQ(scalar(cjk, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '東京湾に新しい橋が開通'"), 1);
  ASSERT_EQ(scalar(cjk, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '東京'"), 0);
  {
    Archive archive(cjk);
    EXPECT_EQ(archive.schema_version(), store::current_schema_version());
    for (const char* query : {"東京", "東京湾", "橋", "開通", "東京湾に新しい橋が開通", "authors:太郎"})
      EXPECT_EQ(archive.count_matches(query), 1) << query;
  }
  store::Connection ours(cjk, false);
  store::install_fast_unicode61(ours);
  EXPECT_NO_THROW(ours.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)", "check"));
  Archive archive(latin);
  EXPECT_EQ(archive.schema_version(), store::current_schema_version());
  EXPECT_EQ(archive.count_matches("bridge"), 0) << "the index was rebuilt";
}

// An archive one index rebuild behind for CJK (schema 9) is read as it is where it
// cannot be written; searching its CJK text waits for the rebuild.
TEST(ArchiveOpen, ReadOnlyModeReadsASchemaNineArchiveHoldingCjk) {
  testsupport::TempDir dir;
  std::string path = dir.file("v9.db");
  {
    Archive archive(path);
    PageRecord r = article_page("https://example.com/ja", "東京湾に新しい橋が開通", "Bridge 東京湾の新しい橋が開通した。");
    archive.save(r);
  }
  {
    store::Connection plain(path, false);
    plain.exec("INSERT INTO articles_fts(articles_fts) VALUES('rebuild'); PRAGMA user_version = 9", "downgrading");
  }
  {
    Archive ro(path, Archive::Mode::read_only);
    EXPECT_EQ(ro.schema_version(), 9);
    EXPECT_EQ(ro.article_count(), 1);
    EXPECT_EQ(ro.search("bridge").size(), 1u);
    EXPECT_TRUE(ro.search("東京").empty()) << "not until the index is rebuilt";
    EXPECT_EQ(ro.list({}).size(), 1u);
  }
  EXPECT_EQ(scalar(path, "PRAGMA user_version"), 9) << "left as it was";
  Archive rw(path);
  EXPECT_TRUE(rw.schema_current());
  EXPECT_EQ(rw.search("東京").size(), 1u);
}

// Schema 7 rebuilds `sources` with its CHECK written as comparisons, and moves each
// article's links into a JSON column behind a `links` view.
TEST(ArchiveOpen, SchemaSevenMigrationKeepsSourcesLinksIndexesAndCheck) {
  testsupport::TempDir dir;
  std::string path = dir.file("v6.db");
  {
    store::Connection db(path, false);
    std::vector<store::Migration> v6(store::migrations().begin(), store::migrations().begin() + 6);
    ASSERT_EQ(store::migrate(db, v6), 6);
    db.exec("INSERT INTO sources VALUES (1, 0, 'Reuters', 'reuters.com', 'both', 2, 1, '[\"u\"]', '[\"e\"]'),"
            "(1, 1, 'CNN', 'cnn.com', 'text', 1, 0, '[]', '[]');"
            "INSERT INTO articles(id, url, site, requested_url, final_url, body, dated, first_seen, last_fetched, "
            "last_changed, content_hash) VALUES (1, 'https://example.com/a', 'example.com', 'https://example.com/a', "
            "'https://example.com/a', 'Text.', 'd', 'f', 'l', 'c', 'h'), (2, 'https://example.com/b', 'example.com', "
            "'https://example.com/b', 'https://example.com/b', 'Text.', 'd', 'f', 'l', 'c', 'h');"
            "INSERT INTO links VALUES (1, 2, 'https://c.example/', 'third \"q\"'), (1, 0, 'https://a.example/', 'first'),"
            "(1, 1, 'https://b.example/', 'second');",
            "writing a version 6 archive");
  }
  Archive archive(path);
  EXPECT_EQ(archive.schema_version(), store::current_schema_version());
  EXPECT_EQ(text_scalar(path, "SELECT group_concat(name || ',' || domain || ',' || via || ',' || mentions || ',' || "
                              "credit_line || ',' || urls || ',' || evidence, '|') FROM "
                              "(SELECT * FROM sources ORDER BY article_id, position)"),
            "Reuters,reuters.com,both,2,1,[\"u\"],[\"e\"]|CNN,cnn.com,text,1,0,[],[]");
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('sources_outlet', 'sources_domain')"), 2);
  EXPECT_EQ(text_scalar(path, "SELECT group_concat(article_id || ',' || position || ',' || url || ',' || text, '|') "
                              "FROM (SELECT * FROM links ORDER BY article_id, position)"),
            "1,0,https://a.example/,first|1,1,https://b.example/,second|1,2,https://c.example/,third \"q\"");
  EXPECT_EQ(text_scalar(path, "SELECT links FROM articles WHERE id = 2"), "[]");
  auto a = archive.article(1);
  ASSERT_TRUE(a);
  ASSERT_EQ(a->article.links.size(), 3u);
  EXPECT_EQ(a->article.links[2].text, "third \"q\"");
  store::Connection db(path, false);
  EXPECT_THROW(db.exec("INSERT INTO sources VALUES (2, 0, 'X', 'x.com', 'rumour', 1, 0, '[]', '[]')", "test"),
               ArchiveError);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM sources"), 2);
}

TEST(ArchiveOpen, MigrationsRunForwardInOrderOnlyOnce) {
  testsupport::TempDir dir;
  std::string path = dir.file("m.db");
  store::Connection db(path, false);
  std::vector<store::Migration> list = {{1, "CREATE TABLE a(x INTEGER)"}, {2, "INSERT INTO a VALUES (2)"}};
  EXPECT_EQ(store::migrate(db, list), 2);
  list.push_back({3, "INSERT INTO a VALUES (3)"});
  EXPECT_EQ(store::migrate(db, list), 3);
  EXPECT_EQ(store::migrate(db, list), 3);
  EXPECT_EQ(text_scalar(path, "SELECT group_concat(x, ',') FROM a"), "2,3");
}

TEST(ArchiveOpen, FailedMigrationLeavesThePreviousVersion) {
  testsupport::TempDir dir;
  std::string path = dir.file("m.db");
  store::Connection db(path, false);
  std::vector<store::Migration> list = {{1, "CREATE TABLE a(x INTEGER)"},
                                        {2, "CREATE TABLE b(y INTEGER); INSERT INTO nowhere VALUES (1)"}};
  EXPECT_THROW(store::migrate(db, list), ArchiveError);
  EXPECT_EQ(store::read_schema_version(db), 1);
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'b'"), 0);
}

TEST(ArchiveOpen, RefusesANewerSchemaVersion) {
  testsupport::TempDir dir;
  std::string path = dir.file("new.db");
  make_plain_db(path, "PRAGMA user_version = 99");
  std::string msg;
  EXPECT_EQ(error_kind_of([&] { Archive a(path); }, &msg), ArchiveError::Kind::open);
  EXPECT_NE(msg.find("99"), std::string::npos) << msg;
  EXPECT_NE(msg.find(path), std::string::npos) << msg;
  EXPECT_EQ(scalar(path, "PRAGMA user_version"), 99);
}

TEST(ArchiveOpen, ReadOnlyModeReadsButRefusesWrites) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  {
    Archive archive(path);
    PageRecord r = article_page("https://example.com/a", "Read me", "Only reading.");
    archive.save(r);
  }
  Archive ro(path, Archive::Mode::read_only);
  EXPECT_EQ(ro.article_count(), 1);
  EXPECT_EQ(ro.search("reading").size(), 1u);
  PageRecord r = article_page("https://example.com/b", "No", "Not stored.");
  EXPECT_EQ(error_kind_of([&] { ro.save(r); }), ArchiveError::Kind::read_only);
  std::vector<PageRecord> batch(1, r);
  EXPECT_EQ(error_kind_of([&] { ro.save_batch(batch); }), ArchiveError::Kind::read_only);
  EXPECT_EQ(error_kind_of([&] { ro.update_parsed(1, *r.article); }), ArchiveError::Kind::read_only);
  EXPECT_EQ(ro.article_count(), 1);
}

TEST(ArchiveOpen, ReadOnlyModeRefusesAnArchiveThatNeedsMigrating) {
  testsupport::TempDir dir;
  std::string path = dir.file("old.db");
  make_plain_db(path, "CREATE TABLE notes(x TEXT)");
  std::string msg;
  EXPECT_EQ(error_kind_of([&] { Archive a(path, Archive::Mode::read_only); }, &msg), ArchiveError::Kind::read_only);
  EXPECT_NE(msg.find("migrat"), std::string::npos) << msg;
  EXPECT_EQ(scalar(path, "PRAGMA user_version"), 0);
}

// An archive one index rebuild behind (schema 8, before ß was folded) is read as it is
// where it cannot be written: the rebuild changes no table a reader needs.
TEST(ArchiveOpen, ReadOnlyModeReadsAnArchiveMissingOnlyAnIndexRebuild) {
  testsupport::TempDir dir;
  std::string path = dir.file("v8.db");
  {
    Archive archive(path);
    PageRecord r = article_page("https://example.com/a", "Read me", "Only reading.");
    archive.save(r);
  }
  { store::Connection(path, false).exec("PRAGMA user_version = 8", "downgrading"); }
  Archive ro(path, Archive::Mode::read_only);
  EXPECT_EQ(ro.schema_version(), 8);
  EXPECT_FALSE(ro.schema_current());
  EXPECT_EQ(ro.article_count(), 1);
  EXPECT_EQ(ro.search("reading").size(), 1u);
  EXPECT_EQ(scalar(path, "PRAGMA user_version"), 8) << "left as it was";
  EXPECT_TRUE(Archive(path).schema_current());
}

TEST(ArchiveOpen, ReadOnlyModeOnAMissingFileIsAnOpenError) {
  testsupport::TempDir dir;
  std::string path = dir.file("missing.db");
  EXPECT_EQ(error_kind_of([&] { Archive a(path, Archive::Mode::read_only); }), ArchiveError::Kind::open);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(ArchiveOpen, NonSqliteFileIsCorruptAndLeftUntouched) {
  testsupport::TempDir dir;
  std::string content;
  for (int i = 0; i < 200; ++i) content += "This is a plain text file, not a database. Line " + std::to_string(i) + "\n";
  std::string path = dir.write("notes.txt", content);
  std::string msg;
  EXPECT_EQ(error_kind_of([&] { Archive a(path); }, &msg), ArchiveError::Kind::corrupt);
  EXPECT_NE(msg.find(path), std::string::npos) << msg;
  EXPECT_EQ(msg.find('\n'), std::string::npos) << msg;
  EXPECT_EQ(testsupport::read_file(path), content);
  EXPECT_EQ(error_kind_of([&] { Archive a(path, Archive::Mode::read_only); }), ArchiveError::Kind::corrupt);
  EXPECT_EQ(testsupport::read_file(path), content);
}

TEST(ArchiveOpen, MovedArchiveKeepsWorking) {
  testsupport::TempDir dir;
  Archive first(dir.file("a.db"));
  Archive moved(std::move(first));
  PageRecord r = article_page("https://example.com/a", "Moved", "Still works.");
  EXPECT_EQ(moved.save(r).status, newsarchive::SaveStatus::added);
  EXPECT_EQ(moved.article_count(), 1);
}

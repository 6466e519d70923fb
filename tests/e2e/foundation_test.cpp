// The foundation end to end: the real binary fetches from a loopback server, and the
// SQLite file holds what was asked for.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

#include "e2e_util.hpp"
#include "fixtures.hpp"
#include "sqlite_reader.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

using namespace e2e;
using testsupport::run_newsarchive;
using nlohmann::json;

namespace {

class FoundationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    serve_news_site(server_);
    server_.start();
    db_ = dir_.file("archive.db");
  }

  testsupport::RunResult na(std::vector<std::string> args, const testsupport::RunOptions& options = {}) {
    args.insert(args.begin(), {"--db", db_});
    return run_newsarchive(args, options);
  }

  json show(const std::string& ref) {
    auto r = na({"show", ref, "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  }

  testsupport::TempDir dir_;
  testsupport::LoopbackServer server_;
  std::string db_;
};

}  // namespace

TEST_F(FoundationTest, FetchArchivesEachPageAndRecordsEachFailure) {
  std::vector<std::string> urls{server_.url("/news/storm.html"), server_.url("/news/cp1252.html"),
                                server_.url("/news/latin1.html"), server_.url("/old-link"),
                                server_.url("/missing"),         server_.url("/broken"),
                                server_.url("/news/gzip.html"),  server_.url("/file.pdf")};
  std::vector<std::string> args{"fetch", "--json"};
  args.insert(args.end(), urls.begin(), urls.end());
  auto r = na(args);
  EXPECT_EQ(r.exit_code, 1) << "some URLs failed, so exit 1; stderr: " << r.err;

  auto outcomes = json_lines(r.out);
  ASSERT_EQ(outcomes.size(), urls.size()) << r.out;
  std::map<std::string, json> by_url;
  for (auto& o : outcomes) by_url[o["url"]] = o;
  EXPECT_EQ(by_url[server_.url("/missing")]["status"], "failed");
  EXPECT_EQ(by_url[server_.url("/missing")]["http_status"], 404);
  EXPECT_EQ(by_url[server_.url("/broken")]["http_status"], 500);
  EXPECT_EQ(by_url[server_.url("/file.pdf")]["status"], "no_article");
  EXPECT_EQ(by_url[server_.url("/news/cp1252.html")]["status"], "added");

  SqliteReader db(db_);
  // storm.html and /old-link are one article (same canonical URL).
  EXPECT_EQ(db.count("SELECT count(*) FROM articles"), 4);
  EXPECT_EQ(db.count("SELECT count(*) FROM fetches"), static_cast<long long>(urls.size()));
  EXPECT_EQ(db.count("SELECT count(*) FROM fetches WHERE status = 404"), 1);
  EXPECT_EQ(db.count("SELECT count(*) FROM fetches WHERE status = 500"), 1);
  EXPECT_GE(db.count("SELECT count(*) FROM pages"), 4);
  EXPECT_EQ(db.value("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(db.value("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(db.count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(FoundationTest, CanonicalLinksToOtherPagesDoNotMergeStories) {
  // Both local stories name the home page as canonical; the wire story an agency's page.
  auto r = na({"fetch", "--json", server_.url("/local/Alderney.html"), server_.url("/local/Brixham.html"),
               server_.url("/wire/quake.html")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& o : json_lines(r.out)) EXPECT_EQ(o["status"], "added") << o.dump();
  auto list = na({"list", "--site", "127.0.0.1", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(json_lines(list.out).size(), 3u) << list.out;
  EXPECT_EQ(show(server_.url("/local/Alderney.html"))["headline"], "Alderney bridge to close");
  EXPECT_EQ(show(server_.url("/local/Brixham.html"))["headline"], "Brixham bridge to close");
  json wire = show(server_.url("/wire/quake.html"));
  EXPECT_EQ(wire["site"], "127.0.0.1");
  EXPECT_EQ(wire["canonical_url"], "https://apnews.example/article/quake");
}

TEST_F(FoundationTest, APageWithoutArticleTextIsNoArticleButItsPageIsKept) {
  // A section page: a headline and a list of links, no story.
  auto r = na({"fetch", "--json", server_.url("/local/")});
  EXPECT_EQ(r.exit_code, 1) << "no article is a URL that did not give one; stderr: " << r.err;
  auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  EXPECT_EQ(lines[0]["status"], "no_article");
  SqliteReader db(db_);
  EXPECT_EQ(db.count("SELECT count(*) FROM articles"), 0);
  EXPECT_EQ(db.count("SELECT count(*) FROM pages"), 1);
}

TEST_F(FoundationTest, StoredArticleHasMetadataCleanBodyAndSources) {
  ASSERT_EQ(na({"fetch", server_.url("/news/storm.html")}).exit_code, 0);
  json a = show(server_.url("/news/storm.html"));
  EXPECT_EQ(a["headline"], "Harbour bridge reopens after storm repairs");
  EXPECT_EQ(a["authors"], json::array({"Erik Sandvik"}));
  EXPECT_EQ(a["published"], "2026-02-03T08:15:00+01:00");
  EXPECT_EQ(a["site_name"], "Coastal Times");
  EXPECT_EQ(a["language"], "en");
  EXPECT_EQ(a["modified"], nullptr);
  const std::string body = a["body"];
  for (const auto& p : storm_paragraphs()) EXPECT_TRUE(contains(body, p)) << "missing paragraph: " << p;
  for (const char* junk : {"Finally! The detour", "All rights reserved", "Share on Facebook", "Ferry timetable",
                           "not part of the story", "font-family"})
    EXPECT_FALSE(contains(body, junk)) << "boilerplate in body: " << junk;
  EXPECT_TRUE(contains(body, "\n\n")) << "paragraphs are separated by a blank line";

  bool reuters = false;
  for (const auto& s : a["sources"]) {
    EXPECT_NE(s["domain"], "facebook.com");
    EXPECT_NE(s["domain"], "twitter.com");
    EXPECT_NE(s["domain"], "127.0.0.1") << "the site is never its own source";
    if (s["domain"] == "reuters.com") {
      reuters = true;
      EXPECT_TRUE(s["via"] == "link" || s["via"] == "both");
    }
  }
  EXPECT_TRUE(reuters) << a["sources"].dump();
  bool reuters_link = false;
  for (const auto& l : a["links"])
    if (contains(l["url"], "reuters.com")) reuters_link = true;
  EXPECT_TRUE(reuters_link) << "body links are kept, absolute";
}

TEST_F(FoundationTest, LegacyCharsetsComeOutAsCorrectUtf8) {
  ASSERT_EQ(na({"fetch", server_.url("/news/cp1252.html"), server_.url("/news/latin1.html")}).exit_code, 0);
  json cp = show(server_.url("/news/cp1252.html"));
  EXPECT_EQ(cp["headline"], "Caf\xC3\xA9 owners welcome the \xE2\x80\x9Cquiet\xE2\x80\x9D season");
  const std::string body = cp["body"];
  EXPECT_TRUE(contains(body, "\xE2\x80\x9CWe know everyone by name in winter,\xE2\x80\x9D")) << body;
  EXPECT_TRUE(contains(body, "Ren\xC3\xA9" "e Fabre")) << body;
  EXPECT_TRUE(contains(body, "November \xE2\x80\x93 but")) << body;
  json latin = show(server_.url("/news/latin1.html"));
  EXPECT_EQ(latin["headline"], "Na\xC3\xAFve art show opens");
  EXPECT_TRUE(contains(latin["body"], "\xC2\xA3" "3")) << latin["body"];
}

TEST_F(FoundationTest, RedirectsAndGzipAreFollowedAndDecoded) {
  ASSERT_EQ(na({"fetch", server_.url("/old-link"), server_.url("/news/gzip.html")}).exit_code, 0);
  json a = show(server_.url("/old-link"));
  EXPECT_EQ(a["final_url"], server_.url("/news/storm.html"));
  EXPECT_EQ(a["headline"], "Harbour bridge reopens after storm repairs");
  json g = show(server_.url("/news/gzip.html"));
  EXPECT_EQ(g["headline"], "Gzip edition: harbour bridge reopens");
  EXPECT_TRUE(contains(g["body"], storm_paragraphs()[0]));
}

TEST_F(FoundationTest, ListSearchExportAndShowPrintTheArchiveBack) {
  ASSERT_EQ(na({"fetch", server_.url("/news/storm.html"), server_.url("/news/cp1252.html")}).exit_code, 0);

  auto list = na({"list", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  auto listed = json_lines(list.out);
  ASSERT_EQ(listed.size(), 2u);
  // Newest first: by publication date, else by when it was first archived (today).
  EXPECT_EQ(listed[0]["headline"], "Caf\xC3\xA9 owners welcome the \xE2\x80\x9Cquiet\xE2\x80\x9D season");
  EXPECT_EQ(listed[1]["headline"], "Harbour bridge reopens after storm repairs");
  EXPECT_EQ(json_lines(na({"list", "--json", "--site", "127.0.0.1"}).out).size(), 2u);
  EXPECT_EQ(json_lines(na({"list", "--json", "--site", "elsewhere.example"}).out).size(), 0u);

  auto search = na({"search", "bakery", "--json"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  auto hits = json_lines(search.out);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["headline"], "Harbour bridge reopens after storm repairs");
  EXPECT_TRUE(contains(hits[0]["snippet"], "bakery"));
  EXPECT_EQ(json_lines(na({"search", "zeppelin", "--json"}).out).size(), 0u);

  std::string out = dir_.file("export.jsonl");
  auto exp = na({"export", "--format", "jsonl", "-o", out});
  ASSERT_EQ(exp.exit_code, 0) << exp.err;
  auto exported = json_lines(testsupport::read_file(out));
  ASSERT_EQ(exported.size(), 2u);
  for (const char* key : {"url", "final_url", "canonical_url", "site_name", "headline", "authors", "published",
                          "modified", "language", "description", "body", "links", "sources"})
    EXPECT_TRUE(exported[0].contains(key)) << key;

  auto text = na({"show", std::to_string(listed[1]["id"].get<long long>())});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(contains(text.out, "Harbour bridge reopens after storm repairs"));
  EXPECT_TRUE(contains(text.out, "Erik Sandvik"));
  EXPECT_TRUE(contains(text.out, "reuters.com"));
}

TEST_F(FoundationTest, ExportWritesThroughSymlinksAndIntoPipesWithoutReplacingThem) {
  ASSERT_EQ(na({"fetch", server_.url("/news/storm.html")}).exit_code, 0);
  // A symlink stays a symlink; the file it names gets the export.
  std::string real = dir_.write("real.jsonl", "old\n");
  std::string link = dir_.file("link.jsonl");
  ASSERT_EQ(::symlink(real.c_str(), link.c_str()), 0);
  ASSERT_EQ(na({"export", "-o", link}).exit_code, 0);
  struct stat st {};
  ASSERT_EQ(::lstat(link.c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  EXPECT_EQ(json_lines(testsupport::read_file(real)).size(), 1u);
  // A named pipe is written into, not renamed over (so is /dev/null).
  std::string fifo = dir_.file("pipe");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = testsupport::read_file(fifo); });
  auto r = na({"export", "-o", fifo});
  reader.join();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(::lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(json_lines(received).size(), 1u);
  EXPECT_EQ(na({"export", "-o", dir_.path().string()}).exit_code, 2);  // a directory
}

TEST_F(FoundationTest, UrlListComesFromAFileOrStdin) {
  testsupport::RunOptions options;
  options.stdin_data = "# morning list\n" + server_.url("/news/storm.html") + "\n\n" + server_.url("/missing") + "\n";
  auto r = na({"fetch", "-i", "-", "--json"}, options);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(json_lines(r.out).size(), 2u);
  std::string list = dir_.write("urls.txt", server_.url("/news/latin1.html") + "\n");
  auto f = na({"fetch", "-i", list});
  EXPECT_EQ(f.exit_code, 0) << f.err;
  EXPECT_EQ(SqliteReader(db_).count("SELECT count(*) FROM articles"), 2);
}

TEST_F(FoundationTest, RefetchOfUnchangedPageKeepsOneRevision) {
  ASSERT_EQ(na({"fetch", server_.url("/news/storm.html")}).exit_code, 0);
  auto again = na({"fetch", "--json", server_.url("/news/storm.html")});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  auto o = json_lines(again.out);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_TRUE(o[0]["status"] == "unchanged" || o[0]["status"] == "not_modified") << o[0];
  SqliteReader db(db_);
  EXPECT_EQ(db.count("SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(db.count("SELECT count(*) FROM revisions"), 1);
  EXPECT_EQ(db.count("SELECT count(*) FROM fetches"), 2);
}

TEST_F(FoundationTest, ExtractPrintsJsonLinesForLocalFilesWithoutNetworkOrArchive) {
  std::string page = dir_.write("cafe.html", cp1252_article());
  auto r = run_newsarchive({"--db", db_, "extract", page, "--url", "http://town.example/cafe",
                            "--content-type", "text/html; charset=windows-1252"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto out = json_lines(r.out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0]["file"], page);
  EXPECT_EQ(out[0]["url"], "http://town.example/cafe");
  EXPECT_EQ(out[0]["headline"], "Caf\xC3\xA9 owners welcome the \xE2\x80\x9Cquiet\xE2\x80\x9D season");
  EXPECT_EQ(out[0]["published"], nullptr) << "missing values are null, never invented";
  EXPECT_EQ(out[0]["authors"], json::array());
  EXPECT_FALSE(std::filesystem::exists(db_)) << "extract never touches the archive";
  // Without the header, the bytes are still decoded correctly (detection).
  auto guessed = run_newsarchive({"extract", page});
  ASSERT_EQ(guessed.exit_code, 0) << guessed.err;
  EXPECT_TRUE(contains(json_lines(guessed.out)[0]["body"], "Ren\xC3\xA9" "e Fabre"));
}

TEST_F(FoundationTest, ReadCommandsUpgradeAnArchiveFromAnOlderVersionOnce) {
  ASSERT_EQ(na({"fetch", server_.url("/news/storm.html")}).exit_code, 0);
  {
    // Turn the file back into a version-1 archive (before the crawl's tables, with a
    // row per link).
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "DROP VIEW links; CREATE TABLE links (article_id INTEGER NOT NULL, position INTEGER NOT "
                           "NULL, url TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article_id, position)) WITHOUT "
                           "ROWID; INSERT INTO links SELECT id, 0, 'https://wire.example/', 'wire' FROM articles; "
                           "ALTER TABLE articles DROP COLUMN links; DROP TABLE documents; DROP TABLE runs; "
                           "DROP TABLE frontier; DROP TABLE articles_fts; DROP VIEW articles_text; "
                           "CREATE VIRTUAL TABLE articles_fts USING fts5(headline, body, content='articles', "
                           "content_rowid='id', tokenize='unicode61 remove_diacritics 2'); "
                           "INSERT INTO articles_fts(articles_fts) VALUES('rebuild'); PRAGMA user_version = 1;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  auto list = na({"list", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(json_lines(list.out).size(), 1u);
  SqliteReader db(db_);
  EXPECT_GE(std::stoi(db.value("PRAGMA user_version")), 2);
  EXPECT_EQ(db.count("SELECT count(*) FROM runs"), 0);
  EXPECT_EQ(db.value("SELECT links FROM articles"), R"([["https://wire.example/","wire"]])");
  // The search index was rebuilt with the authors (schema 8).
  EXPECT_EQ(json_lines(na({"search", "authors:sandvik", "--json"}).out).size(), 1u);
  EXPECT_EQ(json_lines(na({"search", "storm", "--json"}).out).size(), 1u);
  EXPECT_EQ(db.value("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Erik'"), "1");
}

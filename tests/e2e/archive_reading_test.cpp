// The reading commands end to end: an archive on read-only media, an export to a .gz
// name, --cites with a filter, --site forms, and one meaning of `url` in every JSON.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "e2e_util.hpp"
#include "fixtures.hpp"
#include "sqlite_reader.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"
#include "support/warc_reader.hpp"

using namespace e2e;
using testsupport::run_newsarchive;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

class ArchiveReading : public ::testing::Test {
 protected:
  void SetUp() override {
    serve_news_site(server_);
    server_.start();
    db_ = dir_.file("archive.db");
    // The storm story through its old address (a 301), and a second story.
    auto r = na({"fetch", server_.url("/old-link"), server_.url("/news/cp1252.html")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  testsupport::RunResult na(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return run_newsarchive(args);
  }

  std::map<std::string, std::string> id_to_url(const std::string& jsonl) {
    std::map<std::string, std::string> out;
    for (const json& j : json_lines(jsonl)) out[std::to_string(j["id"].get<long long>())] = j["url"];
    return out;
  }

  testsupport::TempDir dir_;
  testsupport::LoopbackServer server_;
  std::string db_;
};

// Makes `dir` and `file` read-only for the test and writable again afterwards, so the
// temporary directory can be removed.
class ReadOnlyGuard {
 public:
  ReadOnlyGuard(std::string dir, std::string file) : dir_(std::move(dir)), file_(std::move(file)) {
    ::chmod(file_.c_str(), 0444);
    ::chmod(dir_.c_str(), 0555);
  }
  ~ReadOnlyGuard() {
    ::chmod(dir_.c_str(), 0755);
    ::chmod(file_.c_str(), 0644);
  }

 private:
  std::string dir_, file_;
};

}  // namespace

// An archive copied to a folder this user cannot write, with no -wal or -shm beside it
// (a read-only mount, another user's folder): SQLite cannot create the files WAL
// reading needs, so the archive is read as immutable. Root ignores permissions, so as
// root the commands run as nobody (setpriv).
TEST_F(ArchiveReading, EveryReadingCommandWorksOnAnArchiveInAReadOnlyFolder) {
  std::vector<std::string> runner;
  if (::geteuid() == 0) {
    if (!fs::exists("/usr/bin/setpriv")) GTEST_SKIP() << "running as root without setpriv to drop privileges";
    runner = {"--reuid=65534", "--regid=65534", "--clear-groups", testsupport::newsarchive_binary()};
  }
  exec_sql(db_, "PRAGMA wal_checkpoint(TRUNCATE)");  // the copy below is then the whole archive
  const std::string ro_dir = dir_.file("ro");
  fs::create_directories(ro_dir);
  const std::string ro_db = ro_dir + "/archive.db";
  fs::copy_file(db_, ro_db);
  const std::string bytes = testsupport::read_file(ro_db);
  // A copy as the previous version left it (schema 8: the search index before ß was
  // folded) is read as it is, as it cannot be upgraded there.
  const std::string old_db = ro_dir + "/old.db";
  fs::copy_file(db_, old_db);
  exec_sql(old_db, "PRAGMA user_version = 8; PRAGMA journal_mode = DELETE; PRAGMA journal_mode = WAL");
  ASSERT_FALSE(fs::exists(old_db + "-wal"));
  const std::string old_bytes = testsupport::read_file(old_db);
  fs::permissions(dir_.path(), fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);  // nobody passes
  ReadOnlyGuard guard(ro_dir, ro_db), old_guard(ro_dir, old_db);
  auto run_on = [&](const std::string& db, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    if (runner.empty()) return run_newsarchive(args);
    std::vector<std::string> all = runner;
    all.insert(all.end(), args.begin(), args.end());
    testsupport::RunOptions options;
    options.cwd = "/";
    return testsupport::run_program("/usr/bin/setpriv", all, options);
  };
  auto run = [&](std::vector<std::string> args) { return run_on(ro_db, std::move(args)); };

  const std::vector<std::vector<std::string>> reads = {
      {"list"},        {"list", "--json"},  {"search", "bridge"},           {"show", "1"}, {"show", "1", "--json"},
      {"sources"},     {"history", "1"},    {"sources", "--cites", "Reuters"}, {"export"},
      {"reparse", "--dry-run"}};
  for (const auto& command : reads) {
    auto r = run(command);
    EXPECT_EQ(r.exit_code, 0) << command[0] << ": " << r.err;
    EXPECT_FALSE(r.out.empty()) << command[0];
    EXPECT_FALSE(contains(r.err, "readonly database")) << r.err;
  }
  EXPECT_EQ(lines(run({"list"}).out).size(), 2u);
  auto old_list = run_on(old_db, {"list"});
  EXPECT_EQ(old_list.exit_code, 0) << old_list.err;
  EXPECT_EQ(lines(old_list.out).size(), 2u);
  EXPECT_TRUE(contains(run({"reparse", "--dry-run"}).out, "2 pages")) << "dry run read every page";

  // Writing is refused with the file and the reason, as an archive error (exit 4).
  auto fetch = run({"fetch", server_.url("/news/storm.html")});
  EXPECT_EQ(fetch.exit_code, 4) << fetch.err;
  EXPECT_TRUE(contains(fetch.err, "cannot write archive " + ro_db + ": the file is not writable")) << fetch.err;
  EXPECT_EQ(lines(fetch.err).size(), 1u) << fetch.err;
  auto reparse = run({"reparse"});
  EXPECT_EQ(reparse.exit_code, 4) << reparse.err;
  EXPECT_TRUE(contains(reparse.err, "cannot write archive " + ro_db)) << reparse.err;
  EXPECT_TRUE(contains(reparse.err, "lock file")) << reparse.err;

  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(ro_dir)) left.push_back(entry.path().filename().string());
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{"archive.db", "old.db"})) << "no -wal, -shm or lock file made";
  EXPECT_TRUE(testsupport::read_file(ro_db) == bytes) << "the archive is byte-identical";
  EXPECT_TRUE(testsupport::read_file(old_db) == old_bytes) << "the old archive is left at schema 8";
}

// A reading command brings an archive from the previous version up to date when it
// may write it: the search index is rebuilt with ß folded.
TEST_F(ArchiveReading, AReadingCommandUpgradesAWritableArchiveFromThePreviousVersion) {
  exec_sql(db_, "UPDATE articles SET body = body || ' Die Hauptstraße ist gesperrt.' WHERE id = 1; "
                "INSERT INTO articles_fts(articles_fts) VALUES('rebuild'); PRAGMA user_version = 8");
  auto r = na({"search", "hauptstrasse", "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json_lines(r.out).size(), 1u) << r.out;
  EXPECT_EQ(SqliteReader(db_).value("PRAGMA user_version"), "10");
}

// Japanese words inside a run of text are found, by search and by byline; an archive
// whose index kept such runs whole (schema 9) is upgraded by the first reading command.
TEST_F(ArchiveReading, FindsJapaneseWordsAndUpgradesAnIndexThatKeptRunsWhole) {
  auto fetch = na({"fetch", server_.url("/news/tokyo.html")});
  ASSERT_EQ(fetch.exit_code, 0) << fetch.err;
  // As the previous version left it: the index of the built-in unicode61.
  exec_sql(db_, "INSERT INTO articles_fts(articles_fts) VALUES('rebuild'); PRAGMA user_version = 9");
  for (const char* query : {"東京", "東京湾", "橋", "開通", "東京湾に新しい橋が開通", "authors:山田"}) {
    auto r = na({"search", "--json", "--", query});
    EXPECT_EQ(r.exit_code, 0) << query << ": " << r.err;
    ASSERT_EQ(json_lines(r.out).size(), 1u) << query << ": " << r.out;
    EXPECT_TRUE(contains(json_lines(r.out)[0]["headline"], "東京湾")) << r.out;
  }
  EXPECT_EQ(SqliteReader(db_).value("PRAGMA user_version"), "10");
  auto plain = na({"search", "開通"});
  EXPECT_TRUE(contains(plain.out, "[開通]")) << plain.out;
  for (const char* name : {"山田", "太郎"}) {
    auto r = na({"list", "--author", name});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(lines(r.out).size(), 1u) << name << ": " << r.out;
  }
  EXPECT_TRUE(lines(na({"list", "--author", "山本"}).out).empty());
}

TEST_F(ArchiveReading, ExportToAGzNameWritesGzip) {
  auto plain = na({"export"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(lines(plain.out).size(), 2u);
  const std::string gz = dir_.file("articles.jsonl.gz");
  auto r = na({"export", "--format", "jsonl", "-o", gz});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string bytes = testsupport::read_file(gz);
  ASSERT_GE(bytes.size(), 2u);
  EXPECT_EQ(bytes.substr(0, 2), "\x1f\x8b") << "gzip magic";
  EXPECT_LT(bytes.size(), plain.out.size());
  EXPECT_EQ(testsupport::gunzip_members(bytes), plain.out);
  // Another name stays plain text.
  const std::string text = dir_.file("articles.jsonl");
  ASSERT_EQ(na({"export", "-o", text}).exit_code, 0);
  EXPECT_EQ(testsupport::read_file(text), plain.out);
}

TEST_F(ArchiveReading, CitesWithAFilterSaysWhenArticlesOutsideItCite) {
  // The storm story (published 2026-02-03) cites Reuters.
  auto all = na({"sources", "--cites", "Reuters", "--json"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  ASSERT_EQ(json_lines(all.out).size(), 1u);

  auto later = na({"sources", "--cites", "Reuters", "--since", "2026-03-01"});
  EXPECT_EQ(later.exit_code, 0) << later.err;
  EXPECT_TRUE(later.out.empty()) << later.out;
  EXPECT_TRUE(contains(later.err, "no archived article matching --since 2026-03-01 cites Reuters")) << later.err;
  EXPECT_TRUE(contains(later.err, "articles outside that filter do")) << later.err;
  EXPECT_FALSE(contains(later.err, "no archived article cites")) << later.err;

  auto elsewhere = na({"sources", "--cites", "Reuters", "--site", "elsewhere.example", "--until", "2026-01-01"});
  EXPECT_TRUE(contains(elsewhere.err, "matching --site elsewhere.example --until 2026-01-01 cites Reuters"))
      << elsewhere.err;

  // An outlet no article cites is still said to be cited by none, filter or not.
  for (std::vector<std::string> args : {std::vector<std::string>{"sources", "--cites", "cnn.com"},
                                        {"sources", "--cites", "cnn.com", "--since", "2026-03-01"}}) {
    auto none = na(args);
    EXPECT_EQ(none.exit_code, 0) << none.err;
    EXPECT_TRUE(contains(none.err, "no archived article cites CNN")) << none.err;
  }
}

// A listing cut short by its limit says so on stderr (not under -q); stdout keeps the rows.
TEST_F(ArchiveReading, AListingCutByItsLimitSaysMoreMatch) {
  auto one = na({"list", "-n", "1"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(lines(one.out).size(), 1u);
  EXPECT_TRUE(contains(one.err, "more match than the 1 shown (-n/--limit or --offset shows more)")) << one.err;
  auto both = na({"list", "-n", "2"});
  EXPECT_EQ(lines(both.out).size(), 2u);
  EXPECT_FALSE(contains(both.err, "more match")) << both.err;
  auto quiet = na({"-q", "list", "-n", "1"});
  EXPECT_EQ(lines(quiet.out).size(), 1u);
  EXPECT_TRUE(quiet.err.empty()) << quiet.err;
  auto top = na({"sources", "-n", "1", "--json"});
  EXPECT_EQ(json_lines(top.out).size(), 1u);
  EXPECT_TRUE(contains(top.err, "more match than the 1 shown (-n/--limit shows more)")) << top.err;
  auto blank = na({"show", " "});
  EXPECT_EQ(blank.exit_code, 2);
  EXPECT_TRUE(contains(blank.err, "show: give an article's id or URL")) << blank.err;
}

// `url` is the address the archive knows an article by (its canonical URL, else where
// it was fetched) in list, search, sources --cites, show and export alike; the address
// first asked for is `requested_url`.
TEST_F(ArchiveReading, UrlMeansTheSameInEveryCommandsJson) {
  const std::string canonical = server_.url("/news/storm.html");
  auto list = id_to_url(na({"list", "--json"}).out);
  auto search = id_to_url(na({"search", "bridge", "--json"}).out);
  auto cites = id_to_url(na({"sources", "--cites", "Reuters", "--json"}).out);
  auto exported = id_to_url(na({"export"}).out);
  ASSERT_EQ(list.size(), 2u);
  ASSERT_EQ(search.size(), 1u);
  const std::string id = search.begin()->first;
  EXPECT_EQ(search[id], canonical);
  EXPECT_EQ(list[id], canonical);
  EXPECT_EQ(cites[id], canonical);
  EXPECT_EQ(exported, list);
  for (const auto& [each, url] : list) {
    auto shown = na({"show", each, "--json"});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_EQ(json::parse(shown.out)["url"], url) << each;
  }
  json storm = json::parse(na({"show", id, "--json"}).out);
  EXPECT_EQ(storm["requested_url"], server_.url("/old-link"));
  EXPECT_EQ(storm["final_url"], canonical);
  EXPECT_EQ(storm["canonical_url"], canonical);
  auto first = json_lines(na({"export"}).out);
  for (const json& j : first) EXPECT_TRUE(j.contains("requested_url")) << j.dump();
  // The text forms name it the same way.
  EXPECT_TRUE(contains(na({"show", id}).out, "  URL:       " + canonical + "\n"));
  EXPECT_TRUE(contains(na({"history", id}).out, "#" + id + "  " + canonical + "\n"));
}

TEST_F(ArchiveReading, SiteTakesHostAndPortAndRefusesAnEmptyValue) {
  const std::string port = std::to_string(server_.port());
  for (const std::string& site : {std::string("127.0.0.1"), "127.0.0.1:" + port, "http://127.0.0.1:" + port + "/"}) {
    auto r = na({"list", "--site", site, "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json_lines(r.out).size(), 2u) << site;
    auto cited = na({"sources", "--site", site, "--json"});
    EXPECT_FALSE(cited.out.empty()) << site;
  }
  EXPECT_TRUE(na({"list", "--site", "127.0.0.2:" + port}).out.empty());
  for (std::vector<std::string> args : {std::vector<std::string>{"list", "--site", ""},
                                        {"list", "--site", " "},
                                        {"sources", "--site", ""},
                                        {"reparse", "--dry-run", "--site", ""}}) {
    auto r = na(args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << ": " << r.err;
    EXPECT_TRUE(contains(r.err, "--site: must name a host")) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
}

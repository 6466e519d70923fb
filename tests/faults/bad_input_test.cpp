// Bad input everywhere else: junk URL lists, unknown options, FTS syntax errors,
// missing articles, unwritable export paths. Each is a one-line error with a
// documented exit code, or a recorded failure while the rest of the run goes on.
#include <gtest/gtest.h>

#include <filesystem>

#include "fault_fixture.hpp"

using namespace faults;

TEST_F(FaultTest, JunkUrlListLinesAreRecordedAndTheGoodOnesFetched) {
  std::string junk_binary("\x7f" "ELF\x02\x01\x01\0\0\0\xff\xfe\x80garbage", 20);
  std::string long_line = "http://127.0.0.1:1/" + std::string(200000, 'a');
  std::string list = "# a comment\n\n" + junk_binary + "\n" + long_line + "\n" +
                     "http://exa mple.com/with spaces\n" + "   \t  \n" + "not a url at all\n" +
                     "http://[::1:bad/\n" + "https://\n" + "http://127.0.0.1:99999/port\n";
  good_url_ = fresh_good_url();
  list += "  " + good_url_ + "  \r\n";  // surrounding spaces and a CRLF are trimmed
  std::string file = dir_.write("urls.txt", list);
  auto r = run_cli({"fetch", "-i", file});
  expect_survived(r, 1);
  ArchiveProbe p(db_);
  for (const std::string& bad : {std::string("not a url at all"), std::string("http://exa mple.com/with spaces")}) {
    auto rows = p.rows("SELECT error, outcome FROM fetches WHERE requested_url = " + sql_quote(bad));
    ASSERT_EQ(rows.size(), 1u) << bad;
    EXPECT_EQ(rows[0][1], "failed") << bad;
    EXPECT_NE(rows[0][0], "none") << bad;
  }
  EXPECT_EQ(p.count("SELECT count(*) FROM fetches WHERE length(requested_url) > 100000 AND outcome = 'failed'"), 1);
  EXPECT_EQ(p.count("SELECT count(*) FROM fetches WHERE id > 2 AND outcome = 'failed'"), 7) << r.out;
}

TEST_F(FaultTest, UrlListFromStandardInput) {
  good_url_ = fresh_good_url();
  std::string file = dir_.write("stdin.txt", std::string("\0\0\0\n", 4) + good_url_ + "\n");
  ChildOptions options;
  options.stdin_file = file;
  auto r = run_cli({"fetch", "-i", "-"}, options);
  expect_survived(r, 1);
}

TEST(BadInput, UnknownAndMalformedOptionsAreUsageErrors) {
  testsupport::TempDir dir;
  std::string db = dir.file("a.db");
  std::string d = dir.path().string();
  expect_one_line_error(run({"--db", db, "fetch", "--bogus", "http://127.0.0.1:1/"}, d), 2, "--bogus");
  expect_one_line_error(run({"--db", db, "--timeout", "soon", "fetch", "http://127.0.0.1:1/"}, d), 2, "--timeout");
  expect_one_line_error(run({"--db", db, "--max-body-mb", "-5", "fetch", "http://127.0.0.1:1/"}, d), 2,
                        "--max-body-mb");
  expect_one_line_error(run({"--db", db, "--concurrency", "0", "fetch", "http://127.0.0.1:1/"}, d), 2,
                        "--concurrency");
  expect_one_line_error(run({"--db", db, "frobnicate"}, d), 2, "unknown command 'frobnicate'");
  expect_one_line_error(run({"--db", db, "fetch"}, d), 2, "no URLs");
  EXPECT_FALSE(std::filesystem::exists(db)) << "nothing is created for a usage error";
}

TEST_F(FaultTest, SearchSyntaxErrorsAreUsageErrors) {
  for (const char* query : {"\"unbalanced", "AND", "NEAR(", "nosuchcolumn:word", "*", "a OR", "(((", "^"}) {
    SCOPED_TRACE(query);
    auto r = run_cli({"search", query});
    if (r.exit_code == 0) continue;  // FTS5 accepts some of these; that is fine too
    expect_one_line_error(r, 2, "");
  }
  auto ok = run_cli({"search", "Loopback"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("Loopback story"), std::string::npos);
}

TEST_F(FaultTest, ShowOfAMissingArticleIsNotFound) {
  expect_one_line_error(run_cli({"show", "4242"}), 6, "4242");
  expect_one_line_error(run_cli({"show", "99999999999999999999999"}), 6, "99999999999999999999999");
  expect_one_line_error(run_cli({"show", "-1"}), 6, "");
  expect_one_line_error(run_cli({"show", std::string(5000, 'x')}), 6, "");
}

TEST_F(FaultTest, ExportIntoAMissingDirectoryIsAOneLineError) {
  std::string target = dir_.file("no/such/dir/out.jsonl");
  expect_one_line_error(run_cli({"export", "-o", target}), 2, "no/such/dir/out.jsonl");
  EXPECT_FALSE(std::filesystem::exists(dir_.file("no")));
}

TEST_F(FaultTest, ExportWritesThroughATemporaryFileAndLeavesNoneBehind) {
  std::string out_dir = dir_.file("exports");
  std::filesystem::create_directories(out_dir);
  auto r = run_cli({"export", "-o", out_dir + "/all.jsonl"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(out_dir)) names.push_back(e.path().filename().string());
  ASSERT_EQ(names.size(), 1u) << "only the export, no temporary file";
  EXPECT_EQ(names[0], "all.jsonl");
  EXPECT_NE(testsupport::read_file(out_dir + "/all.jsonl").find("Loopback story 1"), std::string::npos);
  // An export onto a directory fails cleanly and leaves no temporary file.
  expect_one_line_error(run_cli({"export", "-o", out_dir}), 2, "exports");
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(out_dir)) n += e.path().filename() != "all.jsonl";
  EXPECT_EQ(n, 0u);
}

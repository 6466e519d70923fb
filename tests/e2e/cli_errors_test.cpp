// Bad input on the command line: a one-line error and a documented exit code.
#include <gtest/gtest.h>

#include "e2e_util.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

using namespace e2e;
using testsupport::run_newsarchive;

namespace {

void expect_one_line_error(const testsupport::RunResult& r, int code, const std::string& mentions) {
  EXPECT_EQ(r.exit_code, code) << r.err;
  auto err = lines(r.err);
  ASSERT_FALSE(err.empty());
  EXPECT_TRUE(contains(err[0], "newsarchive: error:")) << r.err;
  EXPECT_TRUE(contains(r.err, mentions)) << r.err;
  EXPECT_FALSE(contains(r.err, "terminate called")) << r.err;
}

}  // namespace

TEST(CliErrors, HelpListsCommandsAndExitCodes) {
  auto r = run_newsarchive({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* word : {"fetch", "extract", "show", "list", "search", "export", "sources", "Exit codes", "130"})
    EXPECT_TRUE(contains(r.out, word)) << word;
}

TEST(CliErrors, UnknownOptionIsAUsageError) {
  expect_one_line_error(run_newsarchive({"--bogus", "list"}), 2, "--bogus");
  expect_one_line_error(run_newsarchive({}), 2, "");
}

TEST(CliErrors, UnknownCommandIsNamedWithASuggestion) {
  auto r = run_newsarchive({"--db", "x.db", "fecth", "http://news.example/a"});
  expect_one_line_error(r, 2, "unknown command 'fecth' (did you mean 'fetch'?)");
  expect_one_line_error(run_newsarchive({"frobnicate"}), 2, "unknown command 'frobnicate'");
}

TEST(CliErrors, ReadingAMissingArchiveSaysSo) {
  testsupport::TempDir dir;
  expect_one_line_error(run_newsarchive({"--db", dir.file("none.db"), "list"}), 4, "no archive at");
  EXPECT_FALSE(std::filesystem::exists(dir.file("none.db")));
}

TEST(CliErrors, MissingArticleAndBadSearchSyntax) {
  testsupport::TempDir dir;
  std::string db = dir.file("a.db");
  // An empty archive is enough: extract an article into it by fetching nothing.
  auto fetch = run_newsarchive({"--db", db, "fetch", "not a url"});
  EXPECT_EQ(fetch.exit_code, 1) << "a bad URL is reported and recorded";
  expect_one_line_error(run_newsarchive({"--db", db, "show", "4242"}), 6, "4242");
  expect_one_line_error(run_newsarchive({"--db", db, "show", "http://nowhere.example/x"}), 6, "nowhere.example");
  expect_one_line_error(run_newsarchive({"--db", db, "search", "\"unbalanced"}), 2, "");
}

TEST(CliErrors, UnreadableInputFiles) {
  testsupport::TempDir dir;
  expect_one_line_error(run_newsarchive({"--db", dir.file("a.db"), "fetch", "-i", dir.file("missing.txt")}), 2,
                        "missing.txt");
  auto r = run_newsarchive({"extract", dir.file("missing.html")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "missing.html")) << r.err;
}

TEST(CliErrors, NotAnArchiveFileIsRefusedAndLeftUntouched) {
  testsupport::TempDir dir;
  std::string db = dir.write("notes.db", "these are my notes, not a database\n");
  expect_one_line_error(run_newsarchive({"--db", db, "list"}), 4, "notes.db");
  EXPECT_EQ(testsupport::read_file(db), "these are my notes, not a database\n");
}

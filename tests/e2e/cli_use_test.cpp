// The command line as people and scripts use it (the r32c pass): "--" after the search
// words, usage errors that say where help is, an archive path that is a directory, a
// file-size limit reached mid-run, two fetches creating one archive at once.
#include <gtest/gtest.h>

#include <filesystem>
#include <future>

#include "e2e_util.hpp"
#include "support/loopback_server.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

using namespace e2e;
using testsupport::run_newsarchive;

namespace {

// Story `i`: a few paragraphs of text no other story repeats (so pages do not compress away).
std::string story(int i, int paragraphs) {
  const std::string n = std::to_string(i);
  std::string html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour report ";
  html += n;
  html += "</title></head><body><article><h1>Harbour report ";
  html += n;
  html += "</h1>";
  for (int p = 0; p < paragraphs; ++p) {
    html += "<p>";
    for (int w = 0; w < 40; ++w) {
      html += 'w';
      html += std::to_string(i * 7919 + p * 104729 + w * 31);
      html += ' ';
    }
    html += "said the harbour master of report ";
    html += std::to_string(i);
    html += ".</p>";
  }
  return html + "</article></body></html>";
}

struct Site {
  testsupport::LoopbackServer server;
  testsupport::TempDir dir;
  Site() {
    server.http().Get(R"(/story/(\d+)\.html)", [](const httplib::Request& req, httplib::Response& res) {
      res.set_content(story(std::stoi(req.matches[1]), 60), "text/html; charset=utf-8");
    });
    server.start();
  }
};

}  // namespace

TEST(CliUse, SearchWordsThenDashDashThenAnExclusion) {
  Site s;
  std::string db = s.dir.file("a.db");
  ASSERT_EQ(run_newsarchive({"--db", db, "fetch", s.server.url("/story/1.html"), s.server.url("/story/2.html")}).exit_code, 0);
  // "-headline:2" is FTS5's "2 in any column but the headline": report 2's body.
  auto ids = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    auto r = run_newsarchive(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> out;
    for (const auto& hit : json_lines(r.out)) out.push_back(hit["headline"]);
    return out;
  };
  const std::vector<std::string> expected{"Harbour report 2"};
  EXPECT_EQ(ids({"search", "--json", "--", "harbour", "-headline:2"}), expected);
  EXPECT_EQ(ids({"search", "--json", "harbour", "--", "-headline:2"}), expected);
  EXPECT_EQ(ids({"search", "-n", "5", "--json", "harbour", "--", "-headline:2"}), expected);
  EXPECT_EQ(ids({"search", "harbour", "-n", "5", "--json", "--", "-headline:2"}), expected);
  EXPECT_EQ(ids({"search", "harbour", "--limit=3", "--json", "--", "-headline:2"}), expected);
  // A usage error found after parsing still says where help is.
  auto empty = run_newsarchive({"--db", db, "search", ""});
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_TRUE(contains(empty.err, "--help")) << empty.err;
}

TEST(CliUse, AnArchivePathThatIsADirectoryIsNamedSo) {
  testsupport::TempDir dir;
  std::filesystem::create_directory(dir.file("news.db"));
  for (std::vector<std::string> cmd : {std::vector<std::string>{"list"}, {"fetch", "http://127.0.0.1:9/x"}}) {
    cmd.insert(cmd.begin(), {"--db", dir.file("news.db")});
    auto r = run_newsarchive(cmd);
    EXPECT_EQ(r.exit_code, 4) << r.err;
    EXPECT_TRUE(contains(r.err, "it is a directory")) << r.err;
  }
}

TEST(CliUse, AFileSizeLimitReachedMidRunIsAStorageError) {
  Site s;
  std::string db = s.dir.file("a.db");
  ASSERT_EQ(run_newsarchive({"--db", db, "fetch", s.server.url("/story/0.html")}).exit_code, 0);
  std::string list;
  for (int i = 1; i <= 30; ++i) list += s.server.url("/story/" + std::to_string(i) + ".html") + "\n";
  testsupport::RunOptions in;
  in.stdin_data = list;
  // The archive may grow by about 2 MB: 30 stories of ~100 KB do not fit.
  auto size_kb = std::filesystem::file_size(db) / 1024;
  auto r = testsupport::run_program(
      "/bin/sh", {"-c", "ulimit -f " + std::to_string(size_kb + 2048) + "; exec \"$0\" -q --db \"$1\" fetch -i -",
                  testsupport::newsarchive_binary(), db},
      in);
  EXPECT_EQ(r.exit_code, 4) << r.out << r.err;
  EXPECT_TRUE(contains(r.err, "newsarchive: error:")) << r.err;
  // What was stored is whole.
  auto listed = run_newsarchive({"--db", db, "list", "--json", "-n", "100"});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_GE(json_lines(listed.out).size(), 1u);
}

TEST(CliUse, TwoFetchesCreatingOneArchiveAtOnceBothSucceed) {
  Site s;
  for (int attempt = 0; attempt < 5; ++attempt) {
    std::string db = s.dir.file("race" + std::to_string(attempt) + ".db");
    auto first = std::async(std::launch::async, [&] { return run_newsarchive({"--db", db, "fetch", s.server.url("/story/1.html")}); });
    auto second = std::async(std::launch::async, [&] { return run_newsarchive({"--db", db, "fetch", s.server.url("/story/2.html")}); });
    auto a = first.get(), b = second.get();
    EXPECT_EQ(a.exit_code, 0) << a.err;
    EXPECT_EQ(b.exit_code, 0) << b.err;
  }
}

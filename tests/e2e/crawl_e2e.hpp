#pragma once
// The fixture the crawl end-to-end tests share: a temp dir, the two-site loopback
// server, and helpers that run `newsarchive crawl` and read the archive.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "crawl_sites.hpp"
#include "e2e_util.hpp"
#include "sqlite_reader.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace e2e {

class CrawlE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.start();
    db_ = dir_.file("archive.db");
  }

  // The arguments of `newsarchive --db DB --resolve ... crawl --config FILE extra...`.
  std::vector<std::string> crawl_args(const std::string& config_text, const std::vector<std::string>& extra = {},
                                      const std::string& db = "") {
    std::string config = dir_.write("sites.toml", config_text);
    std::vector<std::string> args{"--db", db.empty() ? db_ : db};
    for (const auto& a : sites_.resolve_args()) args.push_back(a);
    args.insert(args.end(), {"crawl", "--config", config});
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
  }

  testsupport::RunResult crawl(const std::string& config_text, const std::vector<std::string>& extra = {},
                               const std::string& db = "") {
    return testsupport::run_newsarchive(crawl_args(config_text, extra, db));
  }

  testsupport::RunResult na(std::vector<std::string> args, const std::string& db = "") {
    args.insert(args.begin(), {"--db", db.empty() ? db_ : db});
    return testsupport::run_newsarchive(args);
  }

  // The newest run record, as `runs --json` prints it.
  nlohmann::json latest_run(const std::string& db = "") {
    auto r = na({"runs", "--json", "-n", "1"}, db);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto runs = json_lines(r.out);
    return runs.empty() ? nlohmann::json() : runs.front();
  }

  std::set<std::string> archived_urls(const std::string& db = "") {
    std::set<std::string> out;
    for (auto& row : SqliteReader(db.empty() ? db_ : db).rows("SELECT url FROM articles")) out.insert(row[0]);
    return out;
  }

  long long count(const std::string& sql, const std::string& db = "") {
    std::string path = db.empty() ? db_ : db;
    if (!std::filesystem::exists(path)) return 0;
    try {
      return SqliteReader(path).count(sql);
    } catch (const std::exception&) {
      return 0;  // not yet created by the run under test
    }
  }

  std::set<std::string> expected() const {
    auto v = sites_.expected_articles();
    return {v.begin(), v.end()};
  }

  static bool is_article_path(const std::string& path) {
    return path.rfind("/news/", 0) == 0 || path.rfind("/world/", 0) == 0 || path.rfind("/2026/", 0) == 0;
  }

  testsupport::TempDir dir_;
  testsupport::LoopbackServer server_;
  CrawlSites sites_{server_};
  std::string db_;
};

}  // namespace e2e

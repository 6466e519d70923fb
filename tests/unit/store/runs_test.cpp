// Crawl run records: begun, updated, finished, listed newest first.
#include <gtest/gtest.h>
#include <unistd.h>

#include "newsarchive/archive.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::ArchiveError;

TEST(Runs, BeginRecordsARunningRunWithItsSitesAndPid) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t id = archive.begin_run("/etc/sites.toml", {"Alpha", "Beta"});
  auto run = archive.run(id);
  ASSERT_TRUE(run);
  EXPECT_EQ(run->state, "running");
  EXPECT_EQ(run->config, "/etc/sites.toml");
  EXPECT_EQ(run->sites, (std::vector<std::string>{"Alpha", "Beta"}));
  EXPECT_EQ(run->pid, ::getpid());
  EXPECT_FALSE(run->exit_code);
  EXPECT_TRUE(run->finished_at.empty());
  EXPECT_FALSE(run->started_at.empty());
}

TEST(Runs, FinishStoresStateExitCodeAndSummary) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t id = archive.begin_run("sites.toml", {"Alpha"});
  archive.update_run(id, R"({"partial":true})");
  EXPECT_EQ(archive.run(id)->summary, R"({"partial":true})");
  archive.finish_run(id, "interrupted", 130, R"({"sites":[]})");
  auto run = archive.run(id);
  EXPECT_EQ(run->state, "interrupted");
  EXPECT_EQ(run->exit_code, 130);
  EXPECT_EQ(run->summary, R"({"sites":[]})");
  EXPECT_FALSE(run->finished_at.empty());
}

TEST(Runs, ListsNewestFirstAndMarksKilledRunsAborted) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::int64_t first = archive.begin_run("sites.toml", {"Alpha"});  // never finished: killed
  std::int64_t second = archive.begin_run("sites.toml", {"Alpha"});
  archive.finish_run(second, "completed", 0, "{}");
  auto runs = archive.runs();
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].id, second);
  EXPECT_EQ(runs[1].id, first);
  EXPECT_EQ(runs[1].state, "aborted");
  EXPECT_EQ(archive.runs(1).size(), 1u);
}

TEST(Runs, ReadOnlyArchiveRefusesToRecordARun) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  { Archive create(path); }
  Archive archive(path, Archive::Mode::read_only);
  EXPECT_THROW(archive.begin_run("sites.toml", {}), ArchiveError);
  EXPECT_TRUE(archive.runs().empty());
}

// Crash safety through the real binary: a full disk (a real, small tmpfs), read-only
// and immutable archives and directories, a locked archive, and fetches killed with
// SIGKILL at random moments. The archive must stay intact and every article the
// program reported as stored must be there.
#include <gtest/gtest.h>
#include <sched.h>
#include <sqlite3.h>
#include <signal.h>
#include <sys/mount.h>

#include <cstring>

#include <chrono>
#include <filesystem>
#include <random>
#include <regex>
#include <sstream>
#include <thread>

#include "fault_fixture.hpp"
#include "support/run_binary.hpp"

using namespace faults;
namespace fs = std::filesystem;

namespace {

// A tmpfs of a fixed size mounted on `dir`, in a mount namespace private to the
// calling thread (and the children it forks), so nothing is left mounted if the test
// dies. Needs CAP_SYS_ADMIN; available() says why not.
class SmallDisk {
 public:
  SmallDisk(const std::string& dir, const std::string& size) : dir_(dir) {
    if (::unshare(CLONE_NEWNS) != 0) {
      why_ = std::string("unshare(CLONE_NEWNS): ") + std::strerror(errno);
      return;
    }
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
      why_ = std::string("making / private: ") + std::strerror(errno);
      return;
    }
    fs::create_directories(dir_);
    std::string opts = "size=" + size + ",mode=0755";
    if (::mount("newsarchive-test", dir_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, opts.c_str()) != 0) {
      why_ = std::string("mounting a tmpfs: ") + std::strerror(errno);
      return;
    }
    mounted_ = true;
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool available() const { return mounted_; }
  const std::string& why() const { return why_; }

 private:
  std::string dir_;
  std::string why_;
  bool mounted_ = false;
};

// chattr +i on a path for the guard's lifetime: root cannot write an immutable file
// or create entries in an immutable directory, where plain permissions do not stop it.
class Immutable {
 public:
  explicit Immutable(const std::string& path) : path_(path) {
    auto r = testsupport::run_program("/usr/bin/chattr", {"+i", path_});
    ok_ = r.exit_code == 0;
    why_ = r.err;
  }
  ~Immutable() {
    if (ok_) testsupport::run_program("/usr/bin/chattr", {"-i", path_});
  }
  bool ok() const { return ok_; }
  const std::string& why() const { return why_; }

 private:
  std::string path_;
  bool ok_ = false;
  std::string why_;
};

bool have_chattr() { return fs::exists("/usr/bin/chattr"); }

// Article text of `words` pseudo-random words, so zstd and FTS cannot shrink it much.
std::string noisy_article(const std::string& headline, int words, unsigned seed) {
  std::mt19937 rng(seed);
  std::string html = "<!doctype html><html><head><title>" + headline + "</title></head><body><article><h1>" +
                     headline + "</h1>";
  for (int p = 0; p < words / 100; ++p) {
    html += "<p>";
    for (int w = 0; w < 100; ++w) {
      int len = 3 + static_cast<int>(rng() % 8);
      for (int c = 0; c < len; ++c) html += static_cast<char>('a' + rng() % 26);
      html += ' ';
    }
    html += "</p>";
  }
  return html + "</article></body></html>";
}

// "added\t#12\thttp://..." lines: the articles the program said it stored.
std::vector<std::pair<std::string, std::string>> reported_stored(const std::string& out) {
  std::vector<std::pair<std::string, std::string>> stored;
  std::istringstream in(out);
  static const std::regex line(R"(^(added|changed|unchanged)\t#(\d+)\t(\S+)\t.*$)");
  for (std::string l; std::getline(in, l);) {
    std::smatch m;
    if (std::regex_match(l, m, line)) stored.emplace_back(m[2], m[3]);
  }
  return stored;
}

// Copies an archive and its WAL off a disk the test is about to lose, for checking.
std::string copy_archive(const std::string& db, const std::string& to_dir) {
  std::string copy = to_dir + "/copy.db";
  fs::copy_file(db, copy, fs::copy_options::overwrite_existing);
  if (fs::exists(db + "-wal")) fs::copy_file(db + "-wal", copy + "-wal", fs::copy_options::overwrite_existing);
  return copy;
}

}  // namespace

class CrashSafety : public FaultTest {};

// Fill the disk: exit 4, the archive intact, everything reported stored is there.
// (The one-line check of the error is FullDiskErrorIsOneLine below.)
TEST_F(CrashSafety, FullDiskFailsCleanlyAndLeavesTheArchiveIntact) {
  std::string disk_dir = dir_.file("disk");
  SmallDisk disk(disk_dir, "3m");
  if (!disk.available()) GTEST_SKIP() << "no small filesystem: " << disk.why();
  // The fixture's archive lives on the normal disk; this test needs one on the small
  // disk, seeded with two articles first.
  std::string db = disk_dir + "/archive.db";
  std::vector<std::string> urls;
  for (int i = 0; i < 40; ++i) {
    std::string path = "/noisy/" + std::to_string(i);
    route(path, [i](const httplib::Request&, httplib::Response& res) {
      res.set_content(noisy_article("Noisy report " + std::to_string(i), 8000, static_cast<unsigned>(i)),
                      "text/html");
    });
    urls.push_back(url(path));
  }
  auto seed = run({"--db", db, "fetch", fresh_good_url(), fresh_good_url()}, dir_.path().string());
  ASSERT_EQ(seed.exit_code, 0) << seed.err;
  std::string prior;
  {
    ArchiveProbe p(db);
    prior = p.dump("SELECT * FROM articles ORDER BY id");
  }
  std::vector<std::string> args{"--db", db, "fetch"};
  args.insert(args.end(), urls.begin(), urls.end());
  auto r = run(args, dir_.path().string());
  expect_error(r, 4, "database or disk is full");
  EXPECT_LT(r.peak_rss_kb, rss_bound_kb(100));

  std::string copy = copy_archive(db, dir_.path().string());
  ArchiveProbe p(copy, true);
  EXPECT_EQ(p.integrity(), "ok");
  EXPECT_EQ(p.fts_integrity(), "ok");
  std::string after = p.dump("SELECT * FROM articles WHERE id <= 2 ORDER BY id");
  EXPECT_TRUE(after == prior) << "the earlier articles are still there, unchanged";
  for (const auto& [id, u] : reported_stored(r.out))
    EXPECT_EQ(p.count("SELECT count(*) FROM articles WHERE id = " + id), 1) << "reported stored: " << u;
}

// A full disk is reported once: the pipeline rethrows the writer's error and main
// prints it (the pipeline used to log it as well, which made two lines).
TEST_F(CrashSafety, FullDiskErrorIsOneLine) {
  std::string disk_dir = dir_.file("disk");
  SmallDisk disk(disk_dir, "1m");
  if (!disk.available()) GTEST_SKIP() << "no small filesystem: " << disk.why();
  std::vector<std::string> args{"--db", disk_dir + "/archive.db", "fetch"};
  for (int i = 0; i < 20; ++i) {
    std::string path = "/noisy/" + std::to_string(i);
    route(path, [i](const httplib::Request&, httplib::Response& res) {
      res.set_content(noisy_article("Noisy report " + std::to_string(i), 8000, static_cast<unsigned>(i)),
                      "text/html");
    });
    args.push_back(url(path));
  }
  expect_one_line_error(run(args, dir_.path().string()), 4, "database or disk is full");
}

TEST_F(CrashSafety, ImmutableArchiveFileIsRefusedUntouched) {
  if (!have_chattr()) GTEST_SKIP() << "no chattr";
  std::string bytes = testsupport::read_file(db_);
  Immutable guard(db_);
  if (!guard.ok()) GTEST_SKIP() << "chattr +i failed: " << guard.why();
  auto r = run_cli({"fetch", fresh_good_url()});
  expect_one_line_error(r, 4, "archive.db");
  EXPECT_LT(r.peak_rss_kb, rss_bound_kb(100));
  EXPECT_TRUE(testsupport::read_file(db_) == bytes) << "the archive file is byte-identical";
  auto list = run_cli({"list"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("Loopback story 1"), std::string::npos) << list.out;
}

TEST_F(CrashSafety, ImmutableDirectoryRefusesANewArchive) {
  if (!have_chattr()) GTEST_SKIP() << "no chattr";
  std::string locked_dir = dir_.file("frozen");
  fs::create_directories(locked_dir);
  Immutable guard(locked_dir);
  if (!guard.ok()) GTEST_SKIP() << "chattr +i failed: " << guard.why();
  auto r = run({"--db", locked_dir + "/new.db", "fetch", fresh_good_url()}, dir_.path().string());
  expect_one_line_error(r, 4, "new.db");
  EXPECT_FALSE(fs::exists(locked_dir + "/new.db"));
}

TEST_F(CrashSafety, ImmutableDirectoryAroundAnExistingArchive) {
  if (!have_chattr()) GTEST_SKIP() << "no chattr";
  // The archive file is writable but its directory is not, so SQLite cannot create the
  // -wal and -shm files WAL mode needs. A read-write connection that closes last
  // checkpoints and removes them (the probe's read-only opens left them behind).
  {
    sqlite3* last = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &last), SQLITE_OK);
    sqlite3_exec(last, "SELECT count(*) FROM articles", nullptr, nullptr, nullptr);
    sqlite3_close(last);
  }
  ASSERT_FALSE(fs::exists(db_ + "-wal"));
  std::string bytes = testsupport::read_file(db_);
  Immutable guard(dir_.path().string());
  if (!guard.ok()) GTEST_SKIP() << "chattr +i failed: " << guard.why();
  auto r = run({"--db", db_, "fetch", fresh_good_url()}, "/tmp");
  expect_one_line_error(r, 4, "archive.db");
  EXPECT_TRUE(testsupport::read_file(db_) == bytes) << "the archive file is byte-identical";
  // Reading needs no -shm file when no -wal holds changes: the archive is read as is.
  for (std::vector<std::string> command : {std::vector<std::string>{"list"}, {"search", "paragraph"}, {"export"}}) {
    command.insert(command.begin(), {"--db", db_});
    auto read = run(command, "/tmp");
    EXPECT_EQ(read.exit_code, 0) << command.back() << ": " << read.err;
    EXPECT_FALSE(read.out.empty()) << command.back();
  }
  EXPECT_TRUE(testsupport::read_file(db_) == bytes);
}

TEST_F(CrashSafety, AnArchiveOnAReadOnlyMountCanBeRead) {
  std::string disk_dir = dir_.file("disk");
  SmallDisk disk(disk_dir, "8m");
  if (!disk.available()) GTEST_SKIP() << "no small filesystem: " << disk.why();
  std::string db = disk_dir + "/archive.db";
  auto seed = run({"--db", db, "fetch", fresh_good_url(), fresh_good_url()}, dir_.path().string());
  ASSERT_EQ(seed.exit_code, 0) << seed.err;
  ASSERT_FALSE(fs::exists(db + "-wal")) << "the last writer merged and removed its WAL";
  if (::mount(nullptr, disk_dir.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0)
    GTEST_SKIP() << "remounting read-only: " << std::strerror(errno);
  auto list = run({"--db", db, "list"}, dir_.path().string());
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(std::count(list.out.begin(), list.out.end(), '\n'), 2) << list.out;
  expect_one_line_error(run({"--db", db, "fetch", fresh_good_url()}, dir_.path().string()), 4, "archive.db");
}

TEST_F(CrashSafety, ReadOnlyArchiveViaProcPathIsRefused) {
  // A path under /proc cannot be created by anyone, root included.
  auto r = run({"--db", "/proc/newsarchive-test.db", "fetch", fresh_good_url()}, dir_.path().string());
  expect_one_line_error(r, 4, "/proc/newsarchive-test.db");
}

namespace {

// Runs `fetch` of `n` fresh URLs while this process holds the archive's write lock
// through its own connection (SQLite's locks are per process, so the child sees it).
ChildResult fetch_while_locked(const std::string& db, const std::vector<std::string>& urls, const std::string& dir,
                               double* seconds) {
  sqlite3* holder = nullptr;
  EXPECT_EQ(sqlite3_open(db.c_str(), &holder), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(holder, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> args{"--db", db, "fetch"};
  args.insert(args.end(), urls.begin(), urls.end());
  ChildOptions options;
  options.timeout = std::chrono::seconds(90);
  auto r = run(args, dir, options);
  *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(holder);
  return r;
}

}  // namespace

// A locked archive ends the run after one busy timeout with exit 5 and one line, and
// nothing in it changes.
TEST_F(CrashSafety, LockedArchiveFailsWithinOneBusyTimeout) {
  double seconds = 0;
  auto r = fetch_while_locked(db_, {fresh_good_url(), fresh_good_url(), fresh_good_url()}, dir_.path().string(),
                              &seconds);
  EXPECT_FALSE(r.timed_out);
  expect_one_line_error(r, 5, "locked");
  EXPECT_LT(seconds, 12.0) << "busy timeout is 5 s; one wait, not one per URL";
  ArchiveProbe p(db_);
  EXPECT_EQ(p.integrity(), "ok");
  EXPECT_TRUE(snapshot() == before_);
}

TEST_F(CrashSafety, FetchKilledAtRandomMomentsLosesNothingReported) {
  // A slow server: every page takes 40-200 ms, so a run of 40 URLs is mid-flight
  // whenever the kill lands.
  std::vector<std::string> urls;
  for (int i = 0; i < 40; ++i) {
    std::string path = "/slow/" + std::to_string(i);
    route(path, [i](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(40 + (i * 37) % 160));
      res.set_content(article_html("Slow story " + std::to_string(i), 8), "text/html");
    });
    urls.push_back(url(path));
  }
  std::vector<std::string> args{"--db", db_, "--concurrency", "2", "fetch"};
  args.insert(args.end(), urls.begin(), urls.end());
  std::size_t reported_total = 0;
  for (unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 rng(seed);
    int delay_ms = 150 + static_cast<int>(rng() % 2000);
    ChildResult killed;
    {
      Child child(args, dir_.path().string());
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
      killed = child.kill_now();
    }
    EXPECT_EQ(killed.signal, SIGKILL) << "the kill landed while the run was still going";
    reported_total += reported_stored(killed.out).size();
    ArchiveProbe p(db_);
    EXPECT_EQ(p.integrity(), "ok");
    ArchiveProbe writable(db_, true);
    EXPECT_EQ(writable.fts_integrity(), "ok");
    for (const auto& [id, u] : reported_stored(killed.out))
      EXPECT_EQ(p.count("SELECT count(*) FROM articles WHERE id = " + id + " AND requested_url = " + sql_quote(u)), 1)
          << "reported stored before the kill: #" << id << " " << u;
    EXPECT_TRUE(snapshot() == before_);
  }
  EXPECT_GT(reported_total, 0u) << "some kills landed after articles were stored";
  auto rerun = run(args, dir_.path().string());
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  ArchiveProbe p(db_);
  EXPECT_EQ(p.count("SELECT count(*) FROM articles WHERE requested_url LIKE '%/slow/%'"), 40);
  EXPECT_EQ(p.integrity(), "ok");
}

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/file.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <thread>
#include <chrono>
#include <cstdio>
#include <string>

#include "crawl/run_lock.hpp"
#include "support/temp_dir.hpp"

using namespace newsarchive;

namespace {

// Forks a child that takes the lock, reports on `ready`, then waits for the parent to
// close `hold` (or to kill it). Returns the child's pid.
pid_t hold_lock_in_child(const std::string& archive, int ready[2], int hold[2]) {
  pid_t pid = fork();
  if (pid == 0) {
    close(ready[0]);
    close(hold[1]);
    char ok = 0;
    try {
      RunLock lock(archive);
      ok = 1;
      if (write(ready[1], &ok, 1) != 1) _exit(2);
      char byte;
      while (read(hold[0], &byte, 1) > 0) {
      }
    } catch (...) {
      ssize_t ignored = write(ready[1], &ok, 1);
      (void)ignored;
      _exit(1);
    }
    _exit(0);
  }
  close(ready[1]);
  close(hold[0]);
  return pid;
}

bool wait_ready(int fd) {
  char ok = 0;
  return read(fd, &ok, 1) == 1 && ok == 1;
}

}  // namespace

TEST(RunLock, SecondAcquisitionFailsWhileTheFirstIsHeld) {
  testsupport::TempDir dir;
  std::string archive = dir.file("news.db");
  RunLock first(archive);
  EXPECT_EQ(first.path(), archive + ".lock");
  EXPECT_TRUE(std::filesystem::exists(archive + ".lock"));
  try {
    RunLock second(archive);  // a second open file description: flock conflicts
    FAIL() << "expected LockedError";
  } catch (const LockedError& e) {
    EXPECT_EQ(e.path(), archive + ".lock");
    EXPECT_EQ(e.holder_pid(), getpid());
    std::string what = e.what();
    EXPECT_NE(what.find(archive + ".lock"), std::string::npos) << what;
    EXPECT_NE(what.find("pid " + std::to_string(getpid())), std::string::npos) << what;
  }
}

TEST(RunLock, ASymlinkToTheArchiveTakesTheSameLock) {
  testsupport::TempDir dir;
  std::string archive = dir.file("news.db");
  { std::FILE* f = std::fopen(archive.c_str(), "w"); ASSERT_NE(f, nullptr); std::fclose(f); }
  std::string link = dir.file("link.db");
  std::filesystem::create_symlink(archive, link);
  RunLock first(archive);
  EXPECT_THROW(RunLock{link}, LockedError);
  // A relative spelling of the same file too.
  std::string relative = std::filesystem::relative(archive).string();
  EXPECT_THROW(RunLock{relative}, LockedError);
}

TEST(RunLock, SucceedsAgainAfterRelease) {
  testsupport::TempDir dir;
  std::string archive = dir.file("news.db");
  { RunLock first(archive); }
  EXPECT_TRUE(std::filesystem::exists(archive + ".lock"));  // never deleted
  RunLock again(archive);
  RunLock moved(std::move(again));
  EXPECT_THROW(RunLock{archive}, LockedError);  // the moved-to object holds it
}

TEST(RunLock, HeldTellsWhetherARunHoldsItWithoutTakingIt) {
  testsupport::TempDir dir;
  std::string archive = dir.file("news.db");
  EXPECT_FALSE(RunLock::held(archive));  // no lock file yet
  {
    RunLock run(archive);
    EXPECT_TRUE(RunLock::held(archive));
    EXPECT_TRUE(RunLock::held(archive)) << "asking twice leaves it with the run";
  }
  EXPECT_FALSE(RunLock::held(archive));  // released, the file stays
  RunLock next(archive);                 // and asking never kept it
}

TEST(RunLock, AGlanceByRunsDoesNotTurnAStartingRunAway) {
  testsupport::TempDir dir;
  std::string archive = dir.file("news.db");
  { RunLock first(archive); }  // makes the lock file
  // Another process glancing at the lock holds it shared for an instant, as held() does.
  int glance = ::open((archive + ".lock").c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(glance, 0);
  ASSERT_EQ(::flock(glance, LOCK_SH | LOCK_NB), 0);
  std::thread release([glance] {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ::close(glance);
  });
  EXPECT_NO_THROW(RunLock{archive});
  release.join();
}

TEST(RunLock, NamesTheOtherProcessHoldingTheLock) {
  testsupport::TempDir dir;
  std::string archive = dir.file("news.db");
  int ready[2], hold[2];
  ASSERT_EQ(pipe(ready), 0);
  ASSERT_EQ(pipe(hold), 0);
  pid_t child = hold_lock_in_child(archive, ready, hold);
  ASSERT_TRUE(wait_ready(ready[0]));
  try {
    RunLock mine(archive);
    FAIL() << "expected LockedError";
  } catch (const LockedError& e) {
    EXPECT_EQ(e.holder_pid(), child);
  }
  close(hold[1]);  // lets the child exit
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(ready[0]);
  RunLock mine(archive);
}

TEST(RunLock, IsReleasedWhenTheHolderIsKilled) {
  testsupport::TempDir dir;
  std::string archive = dir.file("news.db");
  int ready[2], hold[2];
  ASSERT_EQ(pipe(ready), 0);
  ASSERT_EQ(pipe(hold), 0);
  pid_t child = hold_lock_in_child(archive, ready, hold);
  ASSERT_TRUE(wait_ready(ready[0]));
  EXPECT_THROW(RunLock{archive}, LockedError);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status));
  close(hold[1]);
  close(ready[0]);
  RunLock mine(archive);  // the kernel dropped the dead holder's lock
}

TEST(RunLock, FailsClearlyWhenTheLockFileCannotBeCreated) {
  testsupport::TempDir dir;
  EXPECT_THROW(RunLock{dir.file("no/such/dir/news.db")}, std::system_error);
}

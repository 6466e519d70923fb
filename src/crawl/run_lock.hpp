#pragma once
// One crawl per archive at a time (cron may start the next run before the last ended).
#include <stdexcept>
#include <string>
#include <sys/types.h>

namespace newsarchive {

// Another process holds the run lock.
class LockedError : public std::runtime_error {
 public:
  LockedError(const std::string& what, std::string path, pid_t holder)
      : std::runtime_error(what), path_(std::move(path)), holder_(holder) {}
  const std::string& path() const { return path_; }
  pid_t holder_pid() const { return holder_; }  // 0 when unknown

 private:
  std::string path_;
  pid_t holder_;
};

// An exclusive flock(LOCK_EX | LOCK_NB) on "<archive path>.lock", held for the object's
// lifetime. The kernel drops it when the process dies, even by SIGKILL, so a stale
// file never blocks a run; the file itself is never deleted (deleting a lock file
// while another process waits on it would let two runs in). Our pid is written into
// the file for the message a second run prints.
class RunLock {
 public:
  // Throws LockedError when another open file description holds the lock (another
  // process, or another RunLock in this one), std::system_error when the lock file
  // cannot be created or opened.
  explicit RunLock(const std::string& archive_path);
  ~RunLock();
  RunLock(RunLock&& other) noexcept;
  RunLock& operator=(RunLock&& other) noexcept;
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

  const std::string& path() const { return path_; }  // the lock file

  // Whether a run holds the lock of `archive_path` now. A run killed outright (SIGKILL, a
  // power cut) holds nothing: its row still says "running" until the next crawl closes it.
  static bool held(const std::string& archive_path);

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace newsarchive

#pragma once
// One crawl per archive at a time (cron may start the next run before the last ended),
// and a clean stop on SIGINT/SIGTERM.
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

 private:
  std::string path_;
  int fd_ = -1;
};

// A stop request from SIGINT/SIGTERM, polled by the crawler between steps. The first
// signal only sets the flag (the run finishes in-flight work, records what it has and
// exits); a second one restores the default action and re-raises, ending the process
// at once. Process-wide: there is one StopFlag, reached through the functions below.
class StopFlag {
 public:
  // True once a stop was requested (by a signal or request()).
  bool requested() const noexcept;
  // The signal that requested the stop; 0 for none or request().
  int signal_number() const noexcept;
  // Read end of a non-blocking self-pipe that becomes readable on a stop request, for
  // loops that poll()/select() on descriptors; -1 before install_stop_handlers().
  int wake_fd() const noexcept;
  // Requests a stop from code (time limit, tests). Async-signal-safe.
  void request() noexcept;
  // Forgets a request, so tests can reuse the flag.
  void reset() noexcept;
};

// Installs the SIGINT and SIGTERM handlers (sigaction, SA_RESTART) and the self-pipe;
// idempotent. The CLI calls it explicitly: nothing is installed by merely linking.
// Throws std::system_error if the pipe or a handler cannot be set up.
StopFlag& install_stop_handlers();

// The process-wide flag, whether or not handlers are installed.
StopFlag& stop_flag() noexcept;

}  // namespace newsarchive

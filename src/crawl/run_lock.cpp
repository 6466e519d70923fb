#include "crawl/run_lock.hpp"

#include <filesystem>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <system_error>
#include <utility>

namespace newsarchive {
namespace {

pid_t read_pid(int fd) {
  char buf[32] = {};
  ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return 0;
  char* end = nullptr;
  long pid = std::strtol(buf, &end, 10);
  return (end != buf && pid > 0) ? static_cast<pid_t>(pid) : 0;
}

void write_pid(int fd) {
  std::string text = std::to_string(getpid()) + "\n";
  // Best effort: the pid only improves the message another run prints.
  if (ftruncate(fd, 0) == 0) {
    ssize_t ignored = pwrite(fd, text.data(), text.size(), 0);
    (void)ignored;
  }
}

// One lock per archive file, however it is named: a symlink or a relative path to the
// same archive takes the same lock.
std::string lock_path_of(const std::string& archive_path) {
  std::error_code ec;
  std::filesystem::path real = std::filesystem::weakly_canonical(archive_path, ec);
  return (ec || real.empty() ? archive_path : real.string()) + ".lock";
}

}  // namespace

RunLock::RunLock(const std::string& archive_path) : path_(lock_path_of(archive_path)) {
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw std::system_error(errno, std::generic_category(), "cannot open lock file " + path_);
  // `runs` asks whether the lock is held by taking it shared for an instant (held()): a
  // few short retries keep that glance from turning a starting crawl away.
  int rc = ::flock(fd_, LOCK_EX | LOCK_NB);
  for (int retry = 0; rc != 0 && errno == EWOULDBLOCK && retry < 10; ++retry) {
    ::usleep(10'000);
    rc = ::flock(fd_, LOCK_EX | LOCK_NB);
  }
  if (rc != 0) {
    int err = errno;
    pid_t holder = err == EWOULDBLOCK ? read_pid(fd_) : 0;
    ::close(fd_);
    fd_ = -1;
    if (err != EWOULDBLOCK)
      throw std::system_error(err, std::generic_category(), "cannot lock " + path_);
    std::string what = "another crawl or reparse is running on this archive (lock " + path_ + " is held";
    what += holder > 0 ? " by pid " + std::to_string(holder) + ")" : ")";
    throw LockedError(what, path_, holder);
  }
  write_pid(fd_);
}

bool RunLock::held(const std::string& archive_path) {
  int fd = ::open(lock_path_of(archive_path).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;  // no lock file: no run ever took it
  // A shared lock is granted unless a run holds the exclusive one; it is dropped at once.
  bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);
  return held;
}

RunLock::~RunLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

RunLock::RunLock(RunLock&& other) noexcept
    : path_(std::move(other.path_)), fd_(std::exchange(other.fd_, -1)) {}

RunLock& RunLock::operator=(RunLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    path_ = std::move(other.path_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

}  // namespace newsarchive

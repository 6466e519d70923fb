#include "core/stop_flag.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <system_error>

namespace newsarchive {
namespace {

// Plain lock-free atomics with static storage and constant initialisation: safe to
// touch from a signal handler and free of global constructors.
static_assert(std::atomic<int>::is_always_lock_free);
std::atomic<int> g_signals{0};       // stop signals received
std::atomic<int> g_signal_number{0};
std::atomic<bool> g_requested{false};
std::atomic<int> g_pipe_read{-1};
std::atomic<int> g_pipe_write{-1};
std::atomic<bool> g_installed{false};

void poke_pipe() noexcept {
  int fd = g_pipe_write.load(std::memory_order_relaxed);
  if (fd >= 0) {
    char byte = 1;
    ssize_t ignored = write(fd, &byte, 1);  // a full pipe is already readable
    (void)ignored;
  }
}

extern "C" void on_stop_signal(int sig) {
  int saved_errno = errno;
  if (g_signals.fetch_add(1) >= 1) {
    // Second signal: the user means it. Default action, re-raised: the process ends
    // with the status a shell expects for that signal.
    ::signal(sig, SIG_DFL);
    ::raise(sig);
    return;
  }
  g_signal_number.store(sig);
  g_requested.store(true);
  poke_pipe();
  errno = saved_errno;
}

}  // namespace

bool StopFlag::requested() const noexcept { return g_requested.load(); }
int StopFlag::signal_number() const noexcept { return g_signal_number.load(); }
int StopFlag::wake_fd() const noexcept { return g_pipe_read.load(); }

void StopFlag::request() noexcept {
  g_requested.store(true);
  poke_pipe();
}

void StopFlag::reset() noexcept {
  g_requested.store(false);
  g_signals.store(0);
  g_signal_number.store(0);
  int fd = g_pipe_read.load();
  if (fd >= 0) {
    char buf[64];
    while (read(fd, buf, sizeof buf) > 0) {
    }
  }
}

StopFlag& stop_flag() noexcept {
  static StopFlag flag;  // stateless; the state lives in the atomics above
  return flag;
}

StopFlag& install_stop_handlers() {
  if (g_installed.exchange(true)) return stop_flag();
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
    g_installed.store(false);
    throw std::system_error(errno, std::generic_category(), "cannot create the stop pipe");
  }
  g_pipe_read.store(fds[0]);
  g_pipe_write.store(fds[1]);
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  for (int sig : {SIGINT, SIGTERM}) {
    if (::sigaction(sig, &sa, nullptr) != 0)
      throw std::system_error(errno, std::generic_category(), "cannot install a signal handler");
  }
  return stop_flag();
}

}  // namespace newsarchive

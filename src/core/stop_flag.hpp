#pragma once
// A clean stop on SIGINT/SIGTERM for long commands (crawl, fetch): work in flight
// finishes and is recorded, nothing new starts.

namespace newsarchive {

// A stop request from SIGINT/SIGTERM, polled by crawl and fetch between steps. The first
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

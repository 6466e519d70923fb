#pragma once
// The newsarchive binary running in the background, for tests that signal it (SIGKILL,
// SIGTERM) or run a second instance beside it. Output goes to files in `dir`.
#include <sys/types.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace e2e {

class ChildProcess {
 public:
  ChildProcess(const std::vector<std::string>& args, const std::string& dir);
  ~ChildProcess();  // kills (SIGKILL) and reaps a child still running
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  void signal(int sig);
  // Waits at most `timeout` for the child to end; true when it has.
  bool wait_for(std::chrono::milliseconds timeout);
  bool running() const { return !reaped_; }
  int exit_code() const { return exit_code_; }  // -1 unless it exited
  int term_signal() const { return signal_; }   // 0 unless a signal ended it
  std::string out() const;
  std::string err() const;

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
  int exit_code_ = -1;
  int signal_ = 0;
  std::string out_path_, err_path_;
};

// Polls `condition` every 20 ms until it holds or `timeout` passes.
bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout);

}  // namespace e2e

#pragma once
// The real newsarchive binary as a background child (fork/exec, reaped with wait4), for
// tests that signal it (SIGKILL, SIGTERM), run a second instance beside it, or read its
// peak resident memory (ru_maxrss). stdout and stderr go to files, so what the child
// printed before a kill is kept.
#include <sys/types.h>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace testsupport {

struct ChildResult {
  int exit_code = -1;  // -1 when ended by a signal
  int signal = 0;
  bool timed_out = false;  // killed by us after the deadline
  long peak_rss_kb = 0;    // ru_maxrss of the child: its own peak, or this process's
                           // resident size when it forked, whichever is larger
  std::string out;
  std::string err;
};

struct ChildOptions {
  std::map<std::string, std::string> env;  // added to the environment
  std::string stdin_file;                  // read as stdin; /dev/null when empty
  std::chrono::seconds timeout{90};        // SIGKILL after this
};

class Child {
 public:
  // Starts newsarchive with `args`; output goes to files in `dir`.
  Child(const std::vector<std::string>& args, const std::string& dir, const ChildOptions& options = {});
  ~Child();  // kills and reaps a child still running
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }
  // What the child has written to stdout / stderr so far.
  std::string out_so_far() const;
  std::string err_so_far() const;
  // True until it has exited (it is reaped only by wait(), wait_for() or kill_now()).
  bool running() const;
  void signal(int sig);
  // Waits at most `timeout` for it to exit by itself; the result when it did.
  std::optional<ChildResult> wait_for(std::chrono::milliseconds timeout);
  // Waits until it exits (killing it at the deadline) and collects the result.
  ChildResult wait();
  // SIGKILLs it now and collects the result.
  ChildResult kill_now();

 private:
  pid_t pid_ = -1;
  std::string out_path_, err_path_;
  std::chrono::steady_clock::time_point deadline_;
  ChildResult reap(bool killed_by_us);
};

// Starts newsarchive and waits for it.
ChildResult run_child(const std::vector<std::string>& args, const std::string& dir, const ChildOptions& options = {});

// Polls `condition` every 20 ms until it holds or `timeout` passes.
bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout);

}  // namespace testsupport

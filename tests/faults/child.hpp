#pragma once
// Runs the real newsarchive binary as a child with fork/exec and reaps it with wait4,
// so a test can read the child's peak resident memory (ru_maxrss) and can kill it
// mid-run. stdout and stderr go to files, so what the child printed before a kill
// is kept.
#include <sys/types.h>

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace faults {

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
  // What the child has written to stdout so far.
  std::string out_so_far() const;
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
ChildResult run(const std::vector<std::string>& args, const std::string& dir, const ChildOptions& options = {});

}  // namespace faults

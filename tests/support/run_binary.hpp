#pragma once
// Runs the real newsarchive binary (or any program) as a child process.
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace testsupport {

struct RunResult {
  int exit_code = -1;     // -1 when killed by a signal
  int signal = 0;         // the signal that ended it, if any
  bool timed_out = false;
  std::string out;
  std::string err;
};

struct RunOptions {
  std::string stdin_data;
  std::map<std::string, std::string> env;  // added to (or overriding) the environment
  std::chrono::seconds timeout{120};       // killed with SIGKILL after this
  std::string cwd;
};

// Runs `program args...`, capturing stdout and stderr.
RunResult run_program(const std::string& program, const std::vector<std::string>& args,
                      const RunOptions& options = {});
// Runs the newsarchive binary built with the tests.
RunResult run_newsarchive(const std::vector<std::string>& args, const RunOptions& options = {});
const char* newsarchive_binary();

}  // namespace testsupport

#include "support/child.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <stdexcept>
#include <thread>

#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

extern char** environ;

namespace testsupport {
namespace {

std::atomic<int> counter{0};

}  // namespace

Child::Child(const std::vector<std::string>& args, const std::string& dir, const ChildOptions& options) {
  int n = counter++;
  out_path_ = dir + "/child-" + std::to_string(n) + ".out";
  err_path_ = dir + "/child-" + std::to_string(n) + ".err";
  std::string program = testsupport::newsarchive_binary();
  std::vector<char*> argv;
  argv.push_back(program.data());
  std::vector<std::string> copy = args;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  // Everything the child needs is built before fork: between fork and exec only
  // async-signal-safe calls, since this process has threads (the loopback servers).
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) {
    std::string entry(*e);
    if (!options.env.count(entry.substr(0, entry.find('=')))) env_strings.push_back(entry);
  }
  for (const auto& [k, v] : options.env) env_strings.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::string in_path = options.stdin_file.empty() ? "/dev/null" : options.stdin_file;
  deadline_ = std::chrono::steady_clock::now() + options.timeout;
  // Linux folds the forking process's high-water RSS into the child's ru_maxrss at
  // exec; resetting ours to its current size first keeps earlier peaks of this test
  // process (large fixtures already freed) out of the child's figure.
  if (FILE* f = std::fopen("/proc/self/clear_refs", "w")) {
    std::fputs("5", f);
    std::fclose(f);
  }
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    int in = ::open(in_path.c_str(), O_RDONLY);
    int out = ::open(out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = ::open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || err < 0) ::_exit(127);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    ::execve(program.c_str(), argv.data(), envp.data());
    ::_exit(127);
  }
}

Child::~Child() {
  if (pid_ > 0) kill_now();
}

std::string Child::out_so_far() const {
  std::error_code ec;
  return std::filesystem::exists(out_path_, ec) ? testsupport::read_file(out_path_) : std::string();
}

ChildResult Child::reap(bool killed_by_us) {
  ChildResult r;
  int status = 0;
  rusage usage{};
  while (::wait4(pid_, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  r.timed_out = killed_by_us;
  r.peak_rss_kb = usage.ru_maxrss;
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.out = testsupport::read_file(out_path_);
  r.err = testsupport::read_file(err_path_);
  return r;
}

ChildResult Child::wait() {
  // Polls with WNOHANG so the deadline holds; wait4 then reaps with the usage.
  while (std::chrono::steady_clock::now() < deadline_) {
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_)
      return reap(false);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ::kill(pid_, SIGKILL);
  return reap(true);
}

ChildResult Child::kill_now() {
  ::kill(pid_, SIGKILL);
  ChildResult r = reap(false);
  return r;
}

ChildResult run_child(const std::vector<std::string>& args, const std::string& dir, const ChildOptions& options) {
  Child child(args, dir, options);
  return child.wait();
}

std::string Child::err_so_far() const {
  std::error_code ec;
  return std::filesystem::exists(err_path_, ec) ? testsupport::read_file(err_path_) : std::string();
}

bool Child::running() const {
  if (pid_ <= 0) return false;
  siginfo_t info{};
  // WNOWAIT: look without reaping, so wait()/wait_for() still collect the usage.
  return !(::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_);
}

void Child::signal(int sig) {
  if (pid_ > 0) ::kill(pid_, sig);
}

std::optional<ChildResult> Child::wait_for(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (running()) {
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (pid_ <= 0) return std::nullopt;
  return reap(false);
}

bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (condition()) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

}  // namespace testsupport

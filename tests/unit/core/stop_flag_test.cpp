#include <gtest/gtest.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/stop_flag.hpp"

using namespace newsarchive;

namespace {

// Runs `body` in a forked child and returns its wait status, so signal handlers are
// installed in the child only.
template <typename F>
int in_child(F body) {
  pid_t pid = fork();
  if (pid == 0) _exit(body());
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

}  // namespace

TEST(StopFlag, FirstSignalSetsTheFlagAndWakesThePipe) {
  int status = in_child([] {
    StopFlag& flag = install_stop_handlers();
    if (flag.requested()) return 10;
    raise(SIGTERM);
    if (!flag.requested() || flag.signal_number() != SIGTERM) return 11;
    pollfd p{flag.wake_fd(), POLLIN, 0};
    if (poll(&p, 1, 0) != 1) return 12;
    flag.reset();
    if (flag.requested()) return 13;
    if (poll(&p, 1, 0) != 0) return 14;  // drained
    flag.request();
    if (!flag.requested() || flag.signal_number() != 0) return 15;
    return 0;
  });
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(StopFlag, SecondSignalEndsTheProcess) {
  int status = in_child([] {
    install_stop_handlers();
    raise(SIGINT);
    if (!stop_flag().requested()) return 10;
    raise(SIGINT);
    return 11;  // not reached
  });
  ASSERT_TRUE(WIFSIGNALED(status)) << status;
  EXPECT_EQ(WTERMSIG(status), SIGINT);
}

TEST(StopFlag, NothingIsInstalledByLinkingAlone) {
  struct sigaction current {};
  ASSERT_EQ(sigaction(SIGTERM, nullptr, &current), 0);
  EXPECT_EQ(current.sa_handler, SIG_DFL);
}

// A crawl's life: killed and resumed, locked against a second run, stopped by SIGTERM,
// ended by --max-duration.
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support/child.hpp"
#include "crawl_e2e.hpp"

using namespace e2e;
using namespace std::chrono_literals;
using testsupport::Child;
using testsupport::eventually;

namespace {

std::vector<std::vector<std::string>> articles_of(const std::string& db) {
  return SqliteReader(db).rows("SELECT url, coalesce(headline, ''), body FROM articles ORDER BY url");
}

}  // namespace

TEST_F(CrawlE2E, KilledRunResumesToTheSameArchiveAsAnUninterruptedRun) {
  const std::string reference = dir_.file("reference.db");
  ASSERT_EQ(crawl(sites_.config(0, 2), {}, reference).exit_code, 0);

  sites_.set_slow_ms(400);
  {
    Child run(crawl_args(sites_.config(0, 2)), dir_.path().string());
    ASSERT_TRUE(eventually([&] { return count("SELECT count(*) FROM articles") >= 2; }, 30s)) << run.err_so_far();
    run.signal(SIGKILL);
    auto ended = run.wait_for(10s);
    ASSERT_TRUE(ended);
    EXPECT_EQ(ended->signal, SIGKILL);
  }
  long long stored = count("SELECT count(*) FROM articles");
  EXPECT_GE(stored, 2);
  EXPECT_LT(stored, 9) << "the kill landed mid-run";
  // Its row still says "running", but nothing holds the archive's lock: `runs` knows.
  auto killed = json_lines(na({"runs", "--json"}).out);
  ASSERT_EQ(killed.size(), 1u);
  EXPECT_EQ(killed[0]["state"], "aborted");

  sites_.set_slow_ms(0);
  auto again = crawl(sites_.config(0, 2));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(articles_of(db_), articles_of(reference));
  EXPECT_EQ(SqliteReader(db_).value("PRAGMA integrity_check"), "ok");

  auto runs = json_lines(na({"runs", "--json"}).out);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0]["state"], "completed");
  EXPECT_EQ(runs[1]["state"], "aborted") << "the killed run";
  int resumed = 0;
  for (const auto& s : runs[0]["summary"]["sites"]) resumed += s["resumed"].get<int>();
  EXPECT_GT(resumed, 0) << "pending URLs of the killed run were taken up";
}

TEST_F(CrawlE2E, SecondRunExitsFiveWhileTheFirstHoldsTheLock) {
  sites_.set_slow_ms(500);
  Child first(crawl_args(sites_.config(0, 2)), dir_.path().string());
  ASSERT_TRUE(eventually([&] { return !server_.requests().empty(); }, 20s)) << first.err_so_far();
  auto second = crawl(sites_.config(0, 2));
  EXPECT_EQ(second.exit_code, 5) << second.err;
  EXPECT_EQ(lines(second.err).size(), 1u) << second.err;
  EXPECT_TRUE(contains(second.err, "another crawl or reparse is running")) << second.err;
  EXPECT_TRUE(first.running()) << "the first run goes on";
  auto runs = json_lines(na({"runs", "--json"}).out);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0]["state"], "running") << "the run holding the lock";
  first.signal(SIGTERM);
  auto ended = first.wait_for(20s);
  ASSERT_TRUE(ended);
  EXPECT_EQ(ended->exit_code, 130) << ended->err;
}

TEST_F(CrawlE2E, SigtermStopsGracefullyWithExit130AndTheRunRecordedInterrupted) {
  sites_.set_slow_ms(300);
  Child run(crawl_args(sites_.config(0, 2)), dir_.path().string());
  auto article_requested = [&] {
    for (const auto& q : server_.requests())
      if (is_article_path(q.path)) return true;
    return false;
  };
  ASSERT_TRUE(eventually(article_requested, 20s)) << run.err_so_far();
  run.signal(SIGTERM);
  auto ended = run.wait_for(15s);
  ASSERT_TRUE(ended) << "a stopped run ends promptly";
  EXPECT_EQ(ended->exit_code, 130) << ended->err;
  EXPECT_TRUE(contains(ended->out, "interrupted")) << ended->out;

  SqliteReader db(db_);
  EXPECT_EQ(db.value("SELECT state FROM runs ORDER BY id DESC LIMIT 1"), "interrupted");
  EXPECT_EQ(db.value("SELECT exit_code FROM runs ORDER BY id DESC LIMIT 1"), "130");
  EXPECT_GT(db.count("SELECT count(*) FROM frontier WHERE state = 'pending'"), 0) << "kept for the next run";
  EXPECT_EQ(db.value("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(db.count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(CrawlE2E, MaxDurationEndsTheRunOnTime) {
  sites_.set_slow_ms(600);
  auto started = std::chrono::steady_clock::now();
  auto r = crawl(sites_.config(0.3, 2), {"--max-duration", "2s"});
  double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_LT(took, 8.0) << "2 s limit, 2 s grace for transfers in flight, slack for slow builds";
  for (const auto& q : server_.requests()) {
    double at = std::chrono::duration<double>(q.at - started).count();
    EXPECT_LT(at, 3.0) << "no request starts after the limit: " << q.path;
  }
  SqliteReader db(db_);
  EXPECT_EQ(db.value("SELECT state FROM runs ORDER BY id DESC LIMIT 1"), "timed_out");
  EXPECT_GT(db.count("SELECT count(*) FROM frontier WHERE state = 'pending'"), 0);
}

namespace {

// Runs newsarchive with stdout and stderr on a pseudo-terminal (as a person at a shell
// sees it) and returns what it printed; killed after 60 s.
std::string run_on_terminal(const std::vector<std::string>& args) {
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) return "forkpty failed";
  if (pid == 0) {
    std::vector<char*> argv{const_cast<char*>(testsupport::newsarchive_binary())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  std::string out;
  char buf[4096];
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{master, POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) continue;
    ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break;  // EIO once the child has closed the terminal
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::kill(pid, SIGKILL);  // no-op when it has ended
  waitpid(pid, nullptr, 0);
  close(master);
  return out;
}

}  // namespace

// The progress line is for a person watching: shown on a terminal, never when the
// output goes to pipes or files (cron).
TEST_F(CrawlE2E, ProgressLineOnlyOnATerminal) {
  std::string shown = run_on_terminal(crawl_args(sites_.config(0.3)));
  EXPECT_TRUE(contains(shown, "in flight")) << shown;
  EXPECT_TRUE(contains(shown, "crawl run 1 completed")) << shown;

  auto piped = crawl(sites_.config(0.3));
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_FALSE(contains(piped.err + piped.out, "in flight")) << piped.err;
  EXPECT_TRUE(contains(piped.out, "crawl run 2 completed")) << piped.out;
}

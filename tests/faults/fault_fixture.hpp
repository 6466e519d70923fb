#pragma once
// The frame every fault test shares: an archive that already holds two articles from
// an earlier run, a well-behaved loopback server for the good URL fetched alongside
// each fault, and the checks that a run survived the fault without losing anything.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "archive_probe.hpp"
#include "support/child.hpp"
#include "support/loopback_server.hpp"
#include "support/temp_dir.hpp"

namespace faults {

using testsupport::Child;
using testsupport::ChildOptions;
using testsupport::ChildResult;
inline ChildResult run(const std::vector<std::string>& args, const std::string& dir, const ChildOptions& options = {}) {
  return testsupport::run_child(args, dir, options);
}

// A page the extractor reads as an article: a headline and a few paragraphs.
std::string article_html(const std::string& headline, int paragraphs = 5);

// Peak-memory bound for a child: `mb` megabytes; in ASan builds 4 x `mb` + 256 MB, for
// shadow memory and the quarantine of freed memory that inflate every process.
long rss_bound_kb(long mb);

// SQL string literal for `text` (quotes doubled): tests only, with their own URLs.
std::string sql_quote(const std::string& text);

class FaultTest : public ::testing::Test {
 protected:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

  // Starts the loopback server, archives two articles (the earlier run) and takes a
  // snapshot of every stored row.
  void SetUp() override;

  // Serves `path` on the loopback server from now on.
  void route(const std::string& path, Handler handler);
  std::string url(const std::string& path) const { return server_.url(path); }

  // A good URL not fetched before: a fresh article on the loopback server.
  std::string fresh_good_url();

  // Runs `newsarchive [options] --db DB fetch urls... GOOD`, where GOOD is a fresh good
  // URL fetched in the same run (remembered in good_url_).
  ChildResult fetch_with_good(const std::vector<std::string>& urls, const std::vector<std::string>& options = {});
  ChildResult run_cli(const std::vector<std::string>& args, const ChildOptions& options = {});

  // The run ended with `exit_code`, no crash or sanitizer report, peak RSS under
  // `max_rss_mb`, the good URL archived, the archive intact and every row stored
  // before the run byte-identical.
  void expect_survived(const ChildResult& r, int exit_code, long max_rss_mb = 100);

  // The fetches row for a requested URL (latest attempt): error, error_message,
  // status, outcome, parse_error, retry_after_s, body_bytes.
  std::map<std::string, std::string> attempt(const std::string& requested_url);
  // Rows stored before the run, exactly as stored.
  std::string snapshot();

  testsupport::TempDir dir_;
  std::string db_;
  std::string good_url_;
  std::string before_;

 private:
  testsupport::LoopbackServer server_;
  std::mutex routes_mutex_;
  std::map<std::string, Handler> routes_;
  int next_story_ = 1;
  long long prior_articles_ = 0, prior_fetches_ = 0, prior_pages_ = 0, prior_revisions_ = 0;
};

// The one-line error contract for CLI failures: the exit code, exactly one line on
// stderr starting "newsarchive: error:" (after any log lines), mentioning `mentions`,
// and no crash text.
void expect_one_line_error(const ChildResult& r, int exit_code, const std::string& mentions = "");

// The looser contract while a known double report stands: the exit code, at least one
// "newsarchive: error:" line mentioning `mentions`, no crash text.
void expect_error(const ChildResult& r, int exit_code, const std::string& mentions = "");

// True when stderr holds the words of a crash or a sanitizer report.
bool looks_like_crash(const std::string& err);

}  // namespace faults

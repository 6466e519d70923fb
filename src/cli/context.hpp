#pragma once
// Global options shared by every command, and what they configure: logging, the
// archive path, the fetcher and the outlet directory.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "newsarchive/fetcher.hpp"

namespace CLI {
class App;
class Option;
}

namespace newsarchive {
class OutletDirectory;
}

namespace newsarchive::cli {

struct Context {
  std::string db;               // --db; empty: $NEWSARCHIVE_DB, else ./newsarchive.db
  int verbosity = 0;            // -v (repeatable)
  bool quiet = false;           // -q
  std::string log_file;         // --log-file
  std::vector<std::string> resolve;
  std::string ca_file;          // --cacert
  std::string user_agent;
  std::string outlets_file;     // --outlets: the user's outlet directory
  double timeout_s = 60;
  double connect_timeout_s = 10;
  double max_body_mb = 20;
  int concurrency = 16;
  int per_host = 4;
  int workers = 0;

  // Registers the global options on the top-level app.
  void add_options(CLI::App& app);
  // Sets up spdlog after parsing: stderr at warn (-v info, -vv debug, -q error),
  // plus a rotating file when --log-file is given. Throws CliError(kUsage) when that
  // file cannot be opened for appending (no directory is created for it).
  void setup_logging() const;
  std::string db_path() const;
  FetcherOptions fetcher_options() const;
  // --max-body-mb in bytes: the largest page (or `extract` input file) taken.
  std::int64_t max_body_bytes() const { return static_cast<std::int64_t>(max_body_mb * 1024 * 1024); }
  // The built-in outlet directory, or the user's file; loaded on first use.
  const OutletDirectory& outlets();
  // Whether the user gave this global option (e.g. "--timeout") on the command line.
  bool given(const std::string& name) const;

 private:
  std::shared_ptr<OutletDirectory> outlets_;
  std::map<std::string, const CLI::Option*> options_;  // the fetch options; owned by the app
};

}  // namespace newsarchive::cli

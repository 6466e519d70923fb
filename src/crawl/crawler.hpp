#pragma once
// The nightly crawl: discovery (robots.txt, feeds, sitemaps, start pages), politeness
// through the HostScheduler, the frontier kept in the archive (so a killed run
// resumes), fetch -> Pipeline -> archive as for `fetch`, and the run's report.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crawl/config.hpp"
#include "crawl/crawl_report.hpp"
#include "newsarchive/fetcher.hpp"

namespace newsarchive {

class OutletDirectory;

// A snapshot for a progress line, over all sites.
struct CrawlProgress {
  double elapsed_s = 0;
  int discovered = 0;
  int fetched = 0;
  int added = 0;
  int changed = 0;
  int failed = 0;
  std::size_t queued = 0;     // waiting in the scheduler
  std::size_t in_flight = 0;  // transfers running
};

struct CrawlOptions {
  std::string db_path;
  std::string config_path;               // recorded with the run
  bool dry_run = false;                  // discover only: fetch no article, write nothing
  std::optional<double> max_duration_s;  // no transfer starts after this long
  std::vector<std::string> resolve;      // curl's HOST:PORT:ADDR entries
  std::string ca_file;                   // certificates to trust instead of the system's
  const OutletDirectory* outlets = nullptr;
  int workers = 0;                       // parser threads; 0: the config's
  double stop_grace_s = 2.0;             // in-flight transfers get this long after a stop
  std::uint64_t seed = 0;                // retry jitter
  // Called about four times a second while the run goes on.
  std::function<void(const CrawlProgress&)> on_progress;
  // Dry run: each article URL that would be fetched, once, in the order decided.
  std::function<void(const std::string& site, const std::string& url)> on_would_fetch;
};

class Crawler {
 public:
  // `sites` point into `config`, which must outlive the crawler. `fetcher` null: the
  // libcurl fetcher built from the config (a test may pass a fake).
  Crawler(const CrawlConfig& config, std::vector<const SiteConfig*> sites, CrawlOptions options,
          std::unique_ptr<Fetcher> fetcher = nullptr);
  ~Crawler();
  Crawler(const Crawler&) = delete;
  Crawler& operator=(const Crawler&) = delete;

  // Runs once, to the end, a stop request (stop_flag(): SIGINT/SIGTERM) or the time
  // limit; commits what was done and records the run (not in a dry run). Throws
  // ArchiveError when the archive cannot be opened or written.
  CrawlReport run();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsarchive

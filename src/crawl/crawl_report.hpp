#pragma once
// What a crawl run did, per site: the counters the summary prints, the JSON kept in
// the run record, and the run's exit status.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace newsarchive {

struct SiteReport {
  std::string name;
  // Discovery: robots.txt, feeds, sitemaps and start pages fetched for the site.
  int sources = 0;
  int sources_failed = 0;
  std::map<std::string, int> source_failures;  // reason -> count ("http_404", "robots", ...)
  // Article URLs: each distinct URL found this run ends in one of the counters below.
  int discovered = 0;  // distinct article URLs found (feeds, sitemaps, links) or resumed
  int resumed = 0;     // of which left pending by an earlier run
  int fetched = 0;     // fetched to an outcome: new + changed + unchanged + failed
  int added = 0;       // new articles
  int changed = 0;     // a new revision
  int unchanged = 0;   // 304 or the same text
  int not_modified = 0;  // of which 304
  int robots = 0;      // disallowed by robots.txt
  int known = 0;       // archived and not due for a recheck
  int deferred = 0;    // failed in an earlier run, not due again yet
  int left = 0;        // still pending: page or time limit, or stopped; the next run goes on
  std::map<std::string, int> failed;  // reason -> count

  int failed_total() const;
  // The site failed entirely: every discovery source failed, or every article fetched
  // failed and not only because stories were taken down (404, 410).
  bool failed_entirely() const;
};

enum class RunEnd { completed, interrupted, timed_out };
const char* run_end_name(RunEnd end);

struct CrawlReport {
  std::int64_t run_id = 0;  // 0 for a dry run
  bool dry_run = false;
  RunEnd end = RunEnd::completed;
  double elapsed_s = 0;
  std::vector<SiteReport> sites;

  bool any_site_failed() const;
  // The state stored in the run record: completed, failed (some site failed
  // entirely), interrupted or timed_out.
  std::string state() const;
  // 0 all good, 1 some site failed entirely, 130 interrupted.
  int exit_code() const;
  nlohmann::ordered_json to_json() const;
  // The summary printed at the end: a headline and one row per site.
  std::string to_text() const;
};

// Reads back the JSON of a run record's summary (unknown fields ignored).
CrawlReport report_from_json(const nlohmann::json& j);

}  // namespace newsarchive

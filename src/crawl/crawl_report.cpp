#include "crawl/crawl_report.hpp"

#include <cstdio>
#include <sstream>

#include "crawl/duration.hpp"

namespace newsarchive {
namespace {

std::string reasons_text(const std::map<std::string, int>& reasons) {
  std::string out;
  for (const auto& [reason, n] : reasons) {
    if (!out.empty()) out += ", ";
    out += reason + " " + std::to_string(n);
  }
  return out;
}

int sum(const std::map<std::string, int>& m) {
  int n = 0;
  for (const auto& [k, v] : m) n += v;
  return n;
}

}  // namespace

int SiteReport::failed_total() const { return sum(failed); }

bool SiteReport::failed_entirely() const {
  if (sources > 0 && sources_failed >= sources) return true;
  // Stories taken down (404, 410, an error page served as 200, a redirect to the front
  // page or the section) are news about the site, not its failure: a night whose only
  // recheck found its story deleted must not page the operator. A wall is a failure.
  auto gone = [this](const char* key) {
    auto it = failed.find(key);
    return it == failed.end() ? 0 : it->second;
  };
  int broken = failed_total() - gone("http_404") - gone("http_410") - gone("soft_404") - gone("redirected_away");
  return fetched > 0 && failed_total() >= fetched && broken > 0;
}

const char* run_end_name(RunEnd end) {
  switch (end) {
    case RunEnd::completed: return "completed";
    case RunEnd::interrupted: return "interrupted";
    case RunEnd::timed_out: return "timed_out";
  }
  return "completed";
}

bool CrawlReport::any_site_failed() const {
  for (const SiteReport& s : sites)
    if (s.failed_entirely()) return true;
  return false;
}

std::string CrawlReport::state() const {
  if (end != RunEnd::completed) return run_end_name(end);
  return any_site_failed() ? "failed" : "completed";
}

int CrawlReport::exit_code() const {
  if (end == RunEnd::interrupted) return 130;
  return any_site_failed() ? 1 : 0;
}

nlohmann::ordered_json CrawlReport::to_json() const {
  nlohmann::ordered_json j;
  j["run_id"] = run_id;
  j["dry_run"] = dry_run;
  j["state"] = state();
  j["elapsed_s"] = elapsed_s;
  j["sites"] = nlohmann::ordered_json::array();
  for (const SiteReport& s : sites) {
    nlohmann::ordered_json o;
    o["name"] = s.name;
    o["failed_entirely"] = s.failed_entirely();
    o["sources"] = s.sources;
    o["sources_failed"] = s.sources_failed;
    o["source_failures"] = s.source_failures;
    o["discovered"] = s.discovered;
    o["resumed"] = s.resumed;
    o["fetched"] = s.fetched;
    o["new"] = s.added;
    o["changed"] = s.changed;
    o["unchanged"] = s.unchanged;
    o["not_modified"] = s.not_modified;
    o["robots"] = s.robots;
    o["known"] = s.known;
    o["deferred"] = s.deferred;
    o["left"] = s.left;
    o["failed"] = s.failed;
    j["sites"].push_back(std::move(o));
  }
  return j;
}

CrawlReport report_from_json(const nlohmann::json& j) {
  CrawlReport r;
  if (!j.is_object()) return r;
  r.run_id = j.value("run_id", std::int64_t{0});
  r.dry_run = j.value("dry_run", false);
  std::string state = j.value("state", std::string("completed"));
  r.end = state == "interrupted" ? RunEnd::interrupted : state == "timed_out" ? RunEnd::timed_out : RunEnd::completed;
  r.elapsed_s = j.value("elapsed_s", 0.0);
  if (!j.contains("sites") || !j["sites"].is_array()) return r;
  for (const auto& o : j["sites"]) {
    if (!o.is_object()) continue;
    SiteReport s;
    s.name = o.value("name", std::string());
    s.sources = o.value("sources", 0);
    s.sources_failed = o.value("sources_failed", 0);
    s.source_failures = o.value("source_failures", std::map<std::string, int>{});
    s.discovered = o.value("discovered", 0);
    s.resumed = o.value("resumed", 0);
    s.fetched = o.value("fetched", 0);
    s.added = o.value("new", 0);
    s.changed = o.value("changed", 0);
    s.unchanged = o.value("unchanged", 0);
    s.not_modified = o.value("not_modified", 0);
    s.robots = o.value("robots", 0);
    s.known = o.value("known", 0);
    s.deferred = o.value("deferred", 0);
    s.left = o.value("left", 0);
    s.failed = o.value("failed", std::map<std::string, int>{});
    r.sites.push_back(std::move(s));
  }
  return r;
}

std::string CrawlReport::to_text() const {
  SiteReport total;
  for (const SiteReport& s : sites) {
    total.discovered += s.discovered;
    total.fetched += s.fetched;
    total.added += s.added;
    total.changed += s.changed;
    total.unchanged += s.unchanged;
    total.robots += s.robots;
    total.known += s.known;
    total.deferred += s.deferred;
    total.left += s.left;
    total.failed["all"] += s.failed_total();
  }
  std::ostringstream out;
  if (dry_run)
    out << "dry run";
  else
    out << "crawl run " << run_id;
  out << " " << (dry_run ? run_end_name(end) : state()) << " in " << format_duration(elapsed_s) << ": "
      << sites.size() << " site" << (sites.size() == 1 ? "" : "s") << ", " << total.discovered << " discovered, "
      << total.fetched << " fetched, " << total.added << " new, " << total.changed << " changed, "
      << total.unchanged << " unchanged, " << total.robots << " skipped by robots, " << total.failed_total()
      << " failed\n";
  std::size_t width = 4;
  for (const SiteReport& s : sites) width = std::max(width, s.name.size());
  char line[512];
  std::snprintf(line, sizeof line, "%-*s %10s %8s %6s %8s %10s %7s %6s %8s %7s %5s\n", static_cast<int>(width),
                "site", "discovered", "fetched", "new", "changed", "unchanged", "robots", "known", "deferred", "failed",
                "left");
  out << line;
  for (const SiteReport& s : sites) {
    std::snprintf(line, sizeof line, "%-*s %10d %8d %6d %8d %10d %7d %6d %8d %7d %5d", static_cast<int>(width),
                  s.name.c_str(), s.discovered, s.fetched, s.added, s.changed, s.unchanged, s.robots, s.known,
                  s.deferred, s.failed_total(), s.left);
    out << line;
    if (!s.failed.empty()) out << "  failed: " << reasons_text(s.failed);
    if (s.sources_failed > 0)
      out << "  sources failed: " << s.sources_failed << "/" << s.sources << " (" << reasons_text(s.source_failures)
          << ")";
    if (s.failed_entirely()) out << "  SITE FAILED";
    out << '\n';
  }
  return out.str();
}

}  // namespace newsarchive

// `runs [--json] [-n N]`: the crawl runs recorded in the archive, newest first.
#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render.hpp"
#include "crawl/crawl_report.hpp"
#include "crawl/duration.hpp"
#include "crawl/run_lock.hpp"

namespace newsarchive::cli {

namespace {

struct RunsOptions {
  int limit = 20;
  bool json = false;
};

Json run_json(const RunRecord& r) {
  Json summary = Json::parse(r.summary.empty() ? "null" : r.summary, nullptr, false);
  if (summary.is_discarded()) summary = nullptr;
  return Json{{"id", r.id},
              {"started_at", r.started_at},
              {"finished_at", r.finished_at.empty() ? Json(nullptr) : Json(r.finished_at)},
              {"state", r.state},
              {"exit_code", r.exit_code ? Json(*r.exit_code) : Json(nullptr)},
              {"pid", r.pid},
              {"config", r.config},
              {"sites", r.sites},
              {"summary", summary}};
}

void print_run(std::ostream& out, const RunRecord& r) {
  CrawlReport rep = report_from_json(nlohmann::json::parse(r.summary.empty() ? "{}" : r.summary, nullptr, false));
  int discovered = 0, fetched = 0, added = 0, changed = 0, unchanged = 0, failed = 0;
  for (const SiteReport& s : rep.sites) {
    discovered += s.discovered, fetched += s.fetched, added += s.added, changed += s.changed;
    unchanged += s.unchanged, failed += s.failed_total();
  }
  out << '#' << r.id << "  " << r.started_at << "  " << r.state;
  if (r.exit_code) out << " (exit " << *r.exit_code << ")";
  if (!r.finished_at.empty()) out << "  " << format_duration(rep.elapsed_s);
  out << "  " << r.sites.size() << " site" << (r.sites.size() == 1 ? "" : "s") << ": " << discovered
      << " discovered, " << fetched << " fetched, " << added << " new, " << changed << " changed, " << unchanged
      << " unchanged, " << failed << " failed\n";
}

int run_runs(const RunsOptions& o, Context& ctx) {
  Archive archive = open_archive_for_reading(ctx);
  std::optional<bool> lock_held;
  for (RunRecord r : archive.runs(o.limit)) {
    // A "running" row whose run no longer holds the archive's lock was killed; the next
    // crawl records it so, and it is shown so now.
    if (r.state == "running") {
      if (!lock_held) lock_held = RunLock::held(ctx.db_path());
      if (!*lock_held) r.state = "aborted";
    }
    if (o.json)
      std::cout << json_line(run_json(r)) << '\n';
    else
      print_run(std::cout, r);
  }
  return kOk;
}

}  // namespace

Command add_runs_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<RunsOptions>();
  CLI::App* cmd = app.add_subcommand("runs", "List recorded crawl runs, newest first");
  cmd->add_option("-n,--limit", o->limit, "At most this many")->check(CLI::Range(1, 1000000));
  cmd->add_flag("--json", o->json, "One JSON object a line (with the per-site summary)");
  return {cmd, [o, &ctx] { return run_runs(*o, ctx); }};
}

}  // namespace newsarchive::cli

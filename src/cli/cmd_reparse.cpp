// `reparse [--site HOST] [--since DATE] [--dry-run]`: re-extracts every stored
// article's latest raw page with the current extractor, on all cores, and stores what
// changed. Prints one summary line; exits 1 when some pages could not be re-extracted.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/option_checks.hpp"
#include "core/stop_flag.hpp"
#include "crawl/reparse.hpp"
#include "crawl/run_lock.hpp"

namespace newsarchive::cli {
namespace {

struct ReparseCommandOptions {
  std::string site;
  std::string since;
  bool dry_run = false;
};

int run_reparse(const ReparseCommandOptions& o, Context& ctx) {
  // Never creates an archive; migrates an older one once.
  { Archive check = open_archive_for_reading(ctx); }
  const std::string db = ctx.db_path();
  std::optional<RunLock> lock;
  // A crawl and a reparse never write the same archive at once.
  if (!o.dry_run) lock.emplace(lock_archive(ctx));
  ReparseOptions ro;
  ro.db_path = db;
  if (!o.site.empty()) ro.site = o.site;
  if (!o.since.empty()) ro.since = o.since;
  ro.workers = ctx.workers;
  ro.outlets = &ctx.outlets();
  ro.dry_run = o.dry_run;
  // SIGINT/SIGTERM: what was read is still stored, the summary printed, exit 130.
  ro.stop = &install_stop_handlers();
  ReparseSummary s = reparse_archive(ro);
  // A dry run's count is its result, so -q does not hide it.
  if (!ctx.quiet || o.dry_run || s.failed > 0 || s.interrupted) {
    double rate = s.elapsed_s > 0 ? static_cast<double>(s.pages) / s.elapsed_s : 0;
    std::printf("reparse: %lld pages, %lld changed, %lld unchanged, %lld failed in %.1f s (%.0f pages/s)%s\n",
                static_cast<long long>(s.pages), static_cast<long long>(s.changed),
                static_cast<long long>(s.unchanged), static_cast<long long>(s.failed), s.elapsed_s, rate,
                o.dry_run ? "; dry run, nothing written" : s.interrupted ? "; interrupted, the rest left as stored" : "");
    std::fflush(stdout);
  }
  if (s.interrupted) return kInterrupted;
  return s.failed > 0 ? kSomeFailed : kOk;
}

}  // namespace

Command add_reparse_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ReparseCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "reparse", "Re-extract every archived article from its stored raw page with the current extractor");
  cmd->add_option("--site", o->site, "Only articles on this host (www. and a port ignored)")->type_name("HOST")->check(site_check());
  cmd->add_option("--since", o->since, "Only articles published (else first seen) on or after this date")
      ->type_name("YYYY-MM-DD")
      ->check(calendar_date_check());
  cmd->add_flag("--dry-run", o->dry_run, "Count what would change; write nothing");
  return {cmd, [o, &ctx] { return run_reparse(*o, ctx); }};
}

}  // namespace newsarchive::cli

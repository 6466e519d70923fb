// `crawl --config sites.toml [--site NAME]... [--max-duration 2h] [--dry-run]`: the
// nightly job. Config errors exit 3 before any request; a second run on the same
// archive exits 5; SIGINT/SIGTERM stop gracefully with 130.
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "core/stop_flag.hpp"
#include "core/text.hpp"
#include "crawl/config.hpp"
#include "crawl/crawler.hpp"
#include "crawl/duration.hpp"
#include "crawl/run_lock.hpp"
#include "newsarchive/outlets.hpp"

namespace newsarchive::cli {
namespace {

struct CrawlCommandOptions {
  std::string config;
  std::vector<std::string> sites;
  std::optional<std::string> max_duration;  // given as "" is an error, not "no limit"
  bool dry_run = false;
};

// One line, rewritten in place; only when stderr is a terminal.
void print_progress(const CrawlProgress& p) {
  std::fprintf(stderr,
               "\r%7.1fs  discovered %d  fetched %d  new %d  changed %d  failed %d  queued %zu  in flight %zu\033[K",
               p.elapsed_s, p.discovered, p.fetched, p.added, p.changed, p.failed, p.queued, p.in_flight);
  std::fflush(stderr);
}

// Fetch options given on the command line override the configuration file's [crawl]
// values; --user-agent (checked like the file's user_agent when parsed) also replaces
// the agent of every site that has none of its own.
void apply_command_line(const Context& ctx, CrawlConfig& config) {
  CrawlSettings& c = config.crawl;
  if (ctx.given("--user-agent")) {
    for (SiteConfig& site : config.sites)
      if (site.user_agent == c.user_agent) site.user_agent = ctx.user_agent;
    c.user_agent = ctx.user_agent;
  }
  if (ctx.given("--timeout")) c.timeout = ctx.timeout_s;
  if (ctx.given("--connect-timeout")) c.connect_timeout = ctx.connect_timeout_s;
  if (ctx.given("--max-body-mb")) c.max_body_mb = ctx.max_body_mb;
  if (ctx.given("--concurrency")) c.concurrency = ctx.concurrency;
}

int run_crawl(const CrawlCommandOptions& o, Context& ctx) {
  std::optional<double> max_duration;
  if (o.max_duration) {
    max_duration = parse_duration(*o.max_duration);
    if (!max_duration)
      throw CliError(kUsage, "--max-duration: '" + *o.max_duration + "' is not a duration (e.g. 90s, 30m, 2h, 1h30m)");
  }
  CrawlConfig config;
  std::vector<const SiteConfig*> sites;
  std::optional<OutletDirectory> own_outlets;
  try {
    config = load_config(o.config);
    apply_command_line(ctx, config);
    sites = select_sites(config, o.sites);
    if (!config.crawl.outlets.empty()) own_outlets = OutletDirectory::from_file(config.crawl.outlets);
  } catch (const ConfigError& e) {
    throw CliError(kConfig, e.what());
  } catch (const std::exception& e) {
    throw CliError(kConfig, o.config + ": [crawl]: 'outlets': " + e.what());
  }
  if (sites.empty()) throw CliError(kConfig, o.config + ": no enabled [[site]] to crawl (use --site NAME)");

  const std::string db = ctx.db_path();
  std::optional<RunLock> lock;
  if (!o.dry_run) lock.emplace(lock_archive(ctx));
  StopFlag& stop = install_stop_handlers();

  CrawlOptions co;
  co.db_path = db;
  // The run record names the file wherever `runs` is later read from.
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(o.config, ec);
  co.config_path = ec ? o.config : absolute.lexically_normal().string();
  co.dry_run = o.dry_run;
  co.max_duration_s = max_duration;
  co.resolve = ctx.resolve;
  co.ca_file = ctx.ca_file;
  co.outlets = own_outlets ? &*own_outlets : &ctx.outlets();
  co.workers = ctx.workers;
  co.seed = static_cast<std::uint64_t>(::getpid());
  // Someone is watching only when the summary goes to a terminal; the line itself goes
  // to stderr, so never into a redirected log either.
  const bool progress = !ctx.quiet && ::isatty(STDOUT_FILENO) == 1 && ::isatty(STDERR_FILENO) == 1;
  if (progress) co.on_progress = print_progress;
  if (o.dry_run)
    co.on_would_fetch = [](const std::string&, const std::string& url) { std::cout << url << '\n'; };

  Crawler crawler(config, std::move(sites), std::move(co));
  CrawlReport report = crawler.run();
  if (progress) std::fprintf(stderr, "\r\033[K");
  // A dry run's stdout is the URL list, one a line, for a pipe into `fetch -i -`: its
  // summary goes to stderr.
  const std::string summary = report.to_text();
  if (!ctx.quiet) (o.dry_run ? std::cerr : std::cout) << summary;
  std::cout.flush();
  // The log file keeps the summary too (under cron -q leaves it nowhere else but `runs`);
  // not the terminal, which has it on stdout already.
  if (!ctx.log_file.empty() && ctx.verbosity == 0)
    for (std::string_view line : split(summary, '\n'))
      if (!trim(line).empty()) spdlog::info("{}", line);
  if (report.end == RunEnd::interrupted && stop.signal_number())
    spdlog::warn("crawl: stopped by signal {}; pending URLs are kept for the next run", stop.signal_number());
  return report.exit_code();
}

}  // namespace

Command add_crawl_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<CrawlCommandOptions>();
  CLI::App* cmd = app.add_subcommand("crawl", "Crawl the configured sites: archive what is new or changed");
  cmd->add_option("--config", o->config, "Sites file (TOML; see config/sites.example.toml)")
      ->required()
      ->type_name("FILE");
  cmd->add_option("--site", o->sites, "Only this site (repeatable; by name, case-insensitive)")->type_name("NAME");
  cmd->add_option("--max-duration", o->max_duration, "Stop starting transfers after this long (90s, 30m, 2h, 1h30m)")
      ->type_name("DURATION");
  cmd->add_flag("--dry-run", o->dry_run, "Discover and print the article URLs that would be fetched; write nothing");
  return {cmd, [o, &ctx] { return run_crawl(*o, ctx); }};
}

}  // namespace newsarchive::cli

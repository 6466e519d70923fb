#include "cli/context.hpp"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/option_checks.hpp"
#include "core/text.hpp"
#include "crawl/config.hpp"
#include "newsarchive/outlets.hpp"

namespace newsarchive::cli {

void Context::add_options(CLI::App& app) {
  app.add_option("--db", db, "Archive file (default: $NEWSARCHIVE_DB, else ./newsarchive.db)")
      ->check([](const std::string& path) { return trim(path).empty() ? "must name a file" : ""; });
  CLI::Option* verbose = app.add_flag("-v,--verbose", verbosity, "More detail on stderr (-vv for debug)");
  app.add_flag("-q,--quiet", quiet, "Only errors on stderr")->excludes(verbose);
  app.add_option("--log-file", log_file, "Also log to this file (rotating, 3 x 10 MB)")
      ->check([](const std::string& path) { return trim(path).empty() ? "must name a file" : ""; });
  app.add_option("--resolve", resolve, "HOST:PORT:ADDR, as curl's --resolve (repeatable)")
      ->type_name("HOST:PORT:ADDR")
      ->check(resolve_entry_check());
  app.add_option("--cacert", ca_file, "PEM certificates to trust for https instead of the system's")
      ->type_name("FILE")
      ->check(CLI::ExistingFile);
  app.add_option("--outlets", outlets_file, "Outlet directory TSV to use instead of the built-in one")
      ->check(CLI::ExistingFile);
  // For `crawl` these override the configuration file's [crawl] values (said in the help).
  auto fetch_option = [&](const char* name, auto& value, const char* help) {
    CLI::Option* option = app.add_option(name, value, std::string(help) + " (crawl: overrides the config)");
    options_[name] = option;
    return option;
  };
  fetch_option("--user-agent", user_agent, "User-Agent header; starts with a product name (default: newsarchive's own)")
      ->check(user_agent_check());
  fetch_option("--timeout", timeout_s, "Seconds allowed per transfer")
      ->check(bounded_number_check(0.001, 7 * 86400, "seconds"));
  fetch_option("--connect-timeout", connect_timeout_s, "Seconds allowed to connect")
      ->check(bounded_number_check(0.001, 86400, "seconds"));
  fetch_option("--max-body-mb", max_body_mb, "Largest page kept, decoded, in MB")
      ->check(bounded_number_check(0.001, 1 << 20, "MB"));
  fetch_option("--concurrency", concurrency, "Transfers in flight")->check(CLI::Range(1, kMaxConcurrency));
  // Not a crawl override: a crawl paces each host by its per_host_delay.
  options_["--per-host"] = app.add_option("--per-host", per_host, "Transfers in flight per host (fetch; not crawl)")
                               ->check(CLI::Range(1, 64));
  app.add_option("--workers", workers, "Parser threads (default: one per core)")->check(CLI::Range(0, kMaxWorkers));
}

void Context::setup_logging() const {
  auto level = quiet ? spdlog::level::err
               : verbosity >= 2 ? spdlog::level::debug
               : verbosity == 1 ? spdlog::level::info
                                : spdlog::level::warn;
  std::vector<spdlog::sink_ptr> sinks;
  auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
  console->set_level(level);
  console->set_pattern(verbosity ? "[%H:%M:%S.%e] %^%l%$: %v" : "newsarchive: %^%l%$: %v");
  sinks.push_back(console);
  auto file_level = level;
  if (!log_file.empty()) {
    // A log file would rotate the archive away (renaming it), then write over it.
    if (clobbers_archive(log_file, db_path()))
      throw CliError(kUsage, "--log-file " + log_file + " is the archive " + db_path() + " (or one of its files)");
    // spdlog would create missing directories, or fail later; a cron job must learn at
    // once that its log goes nowhere.
    std::FILE* probe = std::fopen(log_file.c_str(), "a");
    if (!probe) throw CliError(kUsage, "--log-file: cannot open " + log_file + ": " + std::strerror(errno));
    std::fclose(probe);
    try {
      auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(log_file, 10 * 1024 * 1024, 2);  // the file and two older ones
      file_level = std::min(level, spdlog::level::info);
      file->set_level(file_level);
      file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%P] %l: %v");
      sinks.push_back(file);
    } catch (const spdlog::spdlog_ex& e) {
      throw CliError(kUsage, "cannot open log file " + log_file + ": " + e.what());
    }
  }
  auto logger = std::make_shared<spdlog::logger>("newsarchive", sinks.begin(), sinks.end());
  logger->set_level(std::min(level, file_level));
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
}

bool Context::given(const std::string& name) const {
  auto it = options_.find(name);
  return it != options_.end() && it->second->count() > 0;
}

std::string Context::db_path() const {
  if (!db.empty()) return db;
  if (const char* env = std::getenv("NEWSARCHIVE_DB"); env && *env) return env;
  return "newsarchive.db";
}

FetcherOptions Context::fetcher_options() const {
  FetcherOptions o;
  if (!user_agent.empty()) o.user_agent = user_agent;
  o.max_total = concurrency;
  o.max_per_host = per_host;
  o.total_timeout_ms = static_cast<long>(timeout_s * 1000);
  o.connect_timeout_ms = static_cast<long>(connect_timeout_s * 1000);
  o.max_body_bytes = max_body_bytes();
  o.resolve = resolve;
  o.ca_file = ca_file;
  return o;
}

const OutletDirectory& Context::outlets() {
  if (!outlets_) {
    try {
      outlets_ = std::make_shared<OutletDirectory>(outlets_file.empty() ? OutletDirectory::builtin()
                                                                        : OutletDirectory::from_file(outlets_file));
    } catch (const std::exception& e) {
      throw CliError(kUsage, std::string("outlet directory: ") + e.what());
    }
    spdlog::debug("outlet directory: {} outlets", outlets_->size());
  }
  return *outlets_;
}

StoredArticle find_article(const Archive& archive, const std::string& ref) {
  std::string_view digits(ref);
  if (!digits.empty() && digits.front() == '#') digits.remove_prefix(1);
  bool id = !digits.empty() && digits.size() < 19 && digits.find_first_not_of("0123456789") == std::string_view::npos;
  std::optional<StoredArticle> found = id ? archive.article(std::stoll(std::string(digits))) : archive.article_by_url(ref);
  if (!found) throw CliError(kNotFound, std::string("no archived article ") + (id ? "with id " : "at ") + ref);
  return std::move(*found);
}

RunLock lock_archive(const Context& ctx) {
  const std::string db = ctx.db_path();
  try {
    return RunLock(db);
  } catch (const LockedError& e) {
    throw CliError(kLocked, e.what());
  } catch (const std::system_error& e) {
    throw CliError(kArchive, "cannot write archive " + db + ": cannot create its lock file " + db + ".lock (" +
                                 e.code().message() + ")");
  }
}

Archive open_archive_for_reading(const Context& ctx) {
  std::string path = ctx.db_path();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw CliError(kArchive, "no archive at " + path + " (fetch or crawl first)");
  // SQLite takes an empty file for an empty database, and the upgrade below would write a
  // schema into it: a reading command leaves a file it was merely pointed at as it was.
  if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0 && !ec)
    throw CliError(kArchive, "no archive at " + path + ": the file is empty (fetch or crawl first)");
  try {
    Archive archive(path, Archive::Mode::read_only);
    if (archive.schema_current()) return archive;
    // Older, but readable as it is (the search index predates a tokenizer change): upgraded
    // when we may write it, else read as it is (read-only media).
    try {
      Archive(path, Archive::Mode::read_write);
    } catch (const ArchiveError& e) {
      spdlog::info("{}", e.what());
      return archive;
    }
    return Archive(path, Archive::Mode::read_only);
  } catch (const ArchiveError& e) {
    if (e.kind() != ArchiveError::Kind::read_only) throw;
    // An archive from an older version: upgrade it once if we may write it.
    try {
      Archive(path, Archive::Mode::read_write);
    } catch (const ArchiveError&) {
      throw e;
    }
    return Archive(path, Archive::Mode::read_only);
  }
}

}  // namespace newsarchive::cli

#pragma once
// Each command registers its subcommand and options and returns how to run it.
#include <functional>

#include "cli/context.hpp"
#include "crawl/run_lock.hpp"
#include "newsarchive/archive.hpp"

namespace CLI {
class App;
}

namespace newsarchive::cli {

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;  // returns an ExitCode; throws CliError/ArchiveError
};

Command add_fetch_command(CLI::App& app, Context& ctx);
Command add_extract_command(CLI::App& app, Context& ctx);
Command add_show_command(CLI::App& app, Context& ctx);
Command add_list_command(CLI::App& app, Context& ctx);
Command add_search_command(CLI::App& app, Context& ctx);
Command add_export_command(CLI::App& app, Context& ctx);
Command add_sources_command(CLI::App& app, Context& ctx);
Command add_crawl_command(CLI::App& app, Context& ctx);
Command add_runs_command(CLI::App& app, Context& ctx);
Command add_history_command(CLI::App& app, Context& ctx);
Command add_reparse_command(CLI::App& app, Context& ctx);

// The archive at ctx.db_path() for a read command: never created (CliError(kArchive)
// when missing), opened read-only, and migrated forward once when it was written by
// an older version and the file is writable. An older archive that cannot be written
// is read as it is when only migrations readers can do without are missing.
Archive open_archive_for_reading(const Context& ctx);

// The run lock of the archive at ctx.db_path(), for crawl and reparse. Throws
// CliError(kLocked) when another run holds it, CliError(kArchive) naming the lock file
// and why when it cannot be made (the archive's folder is not writable).
RunLock lock_archive(const Context& ctx);

// The article `ref` names for show and history: an id ("12", or "#12" as list and fetch
// print it) or a URL. Throws CliError(kNotFound) naming it when there is none.
StoredArticle find_article(const Archive& archive, const std::string& ref);

}  // namespace newsarchive::cli

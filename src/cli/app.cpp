#include "cli/app.hpp"

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "newsarchive/archive.hpp"

namespace newsarchive::cli {
namespace {

int archive_exit_code(const ArchiveError& e) {
  switch (e.kind()) {
    case ArchiveError::Kind::locked: return kLocked;
    case ArchiveError::Kind::query: return kUsage;
    default: return kArchive;
  }
}

void print_error(const std::string& message) { std::fprintf(stderr, "newsarchive: error: %s\n", message.c_str()); }

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"newsarchive: fetch, parse and archive news articles with their cited sources"};
  app.name("newsarchive");
  app.footer(kExitCodeHelp);
  app.require_subcommand(1);
  app.fallthrough();  // global options are accepted after the command too
  app.set_version_flag("--version", "newsarchive 0.1.0");
  Context ctx;
  ctx.add_options(app);

  std::vector<Command> commands{
      add_fetch_command(app, ctx),  add_extract_command(app, ctx), add_show_command(app, ctx),
      add_list_command(app, ctx),   add_search_command(app, ctx),  add_export_command(app, ctx),
      add_sources_command(app, ctx), add_crawl_command(app, ctx),   add_runs_command(app, ctx),
      add_history_command(app, ctx), add_reparse_command(app, ctx),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(e.what());
    std::fprintf(stderr, "Run 'newsarchive --help' for usage.\n");
    return kUsage;
  }

  try {
    ctx.setup_logging();
    for (auto& c : commands)
      if (c.app->parsed()) return c.run();
    print_error("no command given");
    return kUsage;
  } catch (const CliError& e) {
    print_error(e.what());
    return e.code();
  } catch (const ArchiveError& e) {
    print_error(e.what());
    return archive_exit_code(e);
  } catch (const std::exception& e) {
    print_error(e.what());
    return kArchive;
  }
}

}  // namespace newsarchive::cli

#include "cli/app.hpp"

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render.hpp"
#include "core/text.hpp"
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

// Errors are one line: line breaks inside a message (a library's, a value the user
// gave) become "; ".
void print_error(std::string message) {
  for (std::size_t at; (at = message.find_first_of("\r\n")) != std::string::npos;) {
    std::size_t end = message.find_first_not_of("\r\n", at);
    if (end == std::string::npos)
      message.erase(at);
    else
      message.replace(at, end - at, "; ");
  }
  // What the user typed (a URL, a user agent) may hold terminal controls: never raw.
  std::fprintf(stderr, "newsarchive: error: %s\n", terminal_safe(message).c_str());
}

// The first word on the command line that is neither an option nor an option's value:
// what the user meant as the command. "" when there is none.
std::string typed_command(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.size() > 1 && arg[0] == '-') {
      const CLI::Option* opt = arg.find('=') == std::string::npos ? app.get_option_no_throw(arg) : nullptr;
      if (opt && opt->get_items_expected_min() > 0) ++i;  // skip its value
      continue;
    }
    return arg;
  }
  return {};
}

// "unknown command 'fecth' (did you mean 'fetch'?)", or CLI11's own message.
std::string parse_error_message(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  bool any_parsed = false;
  for (const CLI::App* sub : app.get_subcommands({})) any_parsed = any_parsed || sub->parsed();
  std::string typed = typed_command(app, argc, argv);
  if (any_parsed || typed.empty()) return e.what();
  std::string best, names;
  std::size_t best_distance = 3;
  for (const CLI::App* sub : app.get_subcommands({})) {
    names += (names.empty() ? "" : ", ") + sub->get_name();
    std::size_t d = edit_distance(typed, sub->get_name());
    if (d < best_distance) best_distance = d, best = sub->get_name();
  }
  return "unknown command '" + typed + "'" + (best.empty() ? "" : " (did you mean '" + best + "'?)") +
         "; commands: " + names;
}

}  // namespace

// A command's results on stdout that could not be written (a full disk, a closed file)
// are an error, not a success: exit 2 as `export` says it, unless the command failed worse.
int with_output_checked(int code) {
  std::cout.flush();
  if (std::cout.good() && std::fflush(stdout) == 0 && !std::ferror(stdout)) return code;
  print_error("error writing to standard output");
  return code == kOk || code == kSomeFailed ? kUsage : code;
}

int run(int argc, char** argv) {
  // Past a file-size limit (ulimit -f) a write fails with EFBIG and the archive reports it
  // (exit 4) instead of the process being killed mid-transaction.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"newsarchive: fetch, parse and archive news articles with their cited sources"};
  app.name("newsarchive");
  app.footer(kExitCodeHelp);
  app.require_subcommand(1);
  app.fallthrough();  // global options are accepted after the command too
  app.set_version_flag("--version", "newsarchive " NEWSARCHIVE_VERSION);
  Context ctx;
  ctx.add_options(app);

  std::vector<Command> commands{
      add_fetch_command(app, ctx),  add_extract_command(app, ctx), add_show_command(app, ctx),
      add_list_command(app, ctx),   add_search_command(app, ctx),  add_export_command(app, ctx),
      add_sources_command(app, ctx), add_crawl_command(app, ctx),   add_runs_command(app, ctx),
      add_history_command(app, ctx), add_reparse_command(app, ctx),
  };

  // "search harbour -- -authors:x": CLI11 takes "--" only while a positional still wants
  // words, and one word fills the query. The options between the command and "--" (with
  // their values) go first, then "--", then the words.
  std::vector<std::string> args(argv, argv + argc);
  if (auto cmd = std::find(args.begin(), args.end(), "search"); cmd != args.end()) {
    auto mark = std::find(cmd + 1, args.end(), "--");
    if (mark != args.end()) {
      std::vector<std::string> options, words;
      for (auto it = cmd + 1; it != mark; ++it) {
        if (!it->starts_with('-') || *it == "-") {
          words.push_back(*it);
          continue;
        }
        options.push_back(*it);
        std::string name = it->substr(0, it->find('='));
        const CLI::Option* opt = app.get_subcommand("search")->get_option_no_throw(name);
        if (!opt) opt = app.get_option_no_throw(name);
        if (opt && opt->get_expected_max() > 0 && it->find('=') == std::string::npos && it + 1 != mark)
          options.push_back(*++it);
      }
      std::vector<std::string> reordered(args.begin(), cmd + 1);
      reordered.insert(reordered.end(), options.begin(), options.end());
      reordered.push_back("--");
      reordered.insert(reordered.end(), words.begin(), words.end());
      reordered.insert(reordered.end(), mark + 1, args.end());
      args = std::move(reordered);
    }
  }
  std::vector<char*> arg_ptrs;
  for (auto& a : args) arg_ptrs.push_back(a.data());
  try {
    app.parse(static_cast<int>(arg_ptrs.size()), arg_ptrs.data());
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(parse_error_message(app, e, argc, argv));
    std::fprintf(stderr, "Run 'newsarchive --help' for usage.\n");
    return kUsage;
  }

  try {
    ctx.setup_logging();
    for (auto& c : commands)
      if (c.app->parsed()) return with_output_checked(c.run());
    print_error("no command given");
    return kUsage;
  } catch (const CliError& e) {
    print_error(e.what());
    if (e.code() == kUsage) std::fprintf(stderr, "Run 'newsarchive --help' for usage.\n");
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

#pragma once
// Process exit codes; documented in README.md and in `newsarchive --help`.
#include <stdexcept>
#include <string>

namespace newsarchive::cli {

enum ExitCode : int {
  kOk = 0,            // everything asked for was done
  kSomeFailed = 1,    // some URLs, files or sites failed (each reported); the rest was done
  kUsage = 2,         // bad command line, unreadable input file, bad search syntax
  kConfig = 3,        // configuration file invalid (nothing was fetched)
  kArchive = 4,       // archive cannot be opened or written (full disk, read-only, corrupt)
  kLocked = 5,        // another run holds the archive's lock
  kNotFound = 6,      // show/history: no such article
  kInterrupted = 130, // stopped by SIGINT/SIGTERM after committing what was done
};

constexpr const char* kExitCodeHelp =
    "Exit codes:\n"
    "  0    success\n"
    "  1    some URLs, files or sites failed (each is reported; the rest was archived)\n"
    "  2    usage error: bad option or argument, unreadable input file, bad search syntax\n"
    "  3    configuration error (nothing was fetched)\n"
    "  4    archive error: cannot open, create or write the archive (disk full, read-only, corrupt)\n"
    "  5    locked: another newsarchive run is using this archive\n"
    "  6    not found: no such article\n"
    "  130  interrupted (SIGINT/SIGTERM); work done so far is committed\n";

// Thrown by commands for a clean one-line error with a given exit code.
class CliError : public std::runtime_error {
 public:
  CliError(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

}  // namespace newsarchive::cli

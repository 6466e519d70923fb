#pragma once

namespace newsarchive::cli {

// Parses argv, runs the command and maps every failure to a documented exit code
// with a one-line message on stderr. Never throws.
int run(int argc, char** argv);

}  // namespace newsarchive::cli

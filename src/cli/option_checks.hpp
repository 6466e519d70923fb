#pragma once
// Checks shared by the options of every command, as CLI11 validators: a value that
// fails one is a usage error (exit 2) naming the option, before any work starts.
#include <string_view>

namespace CLI {
class Validator;
}

namespace newsarchive::cli {

// True for a real calendar date written exactly YYYY-MM-DD ("2026-02-29" is not one).
bool is_calendar_date(std::string_view text);
// For every --since and --until: accepts what is_calendar_date() accepts.
CLI::Validator calendar_date_check();

// For --user-agent: the rule the configuration file's user_agent follows
// (user_agent_problem() in crawl/config.hpp), for every command.
CLI::Validator user_agent_check();

}  // namespace newsarchive::cli

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
// The calendar date after `date` (a date is_calendar_date() accepts), YYYY-MM-DD: an
// inclusive --until D is "before the day after D".
std::string day_after(std::string_view date);

// For --site HOST (list, sources, reparse): a host, "host:port" or URL; an empty value
// would mean every site, so it is refused.
CLI::Validator site_check();

// For --user-agent: the rule the configuration file's user_agent follows
// (user_agent_problem() in crawl/config.hpp), for every command.
CLI::Validator user_agent_check();

// A finite number from `min` to `max` ("--timeout 1e-9" would round to 0 ms, which
// curl reads as no limit; "nan" and "1e300" overflow), said in `unit`.
CLI::Validator bounded_number_check(double min, double max, const char* unit);

// For --resolve: curl's HOST:PORT:ADDR[,ADDR...] (a leading '+' allowed), PORT 1-65535.
bool is_resolve_entry(std::string_view text);
CLI::Validator resolve_entry_check();

// True when writing `path` would overwrite the archive at `db` or one of its companion
// files (-wal, -shm, -journal, .lock): the same file, or the same name once resolved.
bool clobbers_archive(const std::string& path, const std::string& db);

}  // namespace newsarchive::cli

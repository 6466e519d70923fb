#include "cli/option_checks.hpp"

#include <CLI/CLI.hpp>
#include <string>

#include "core/dates.hpp"
#include "crawl/config.hpp"

namespace newsarchive::cli {

bool is_calendar_date(std::string_view text) {
  // Exactly the extended form: ISO 8601 also reads "20261120" and times.
  return text.size() == 10 && text[4] == '-' && text[7] == '-' && parse_iso8601(text).has_value();
}

CLI::Validator calendar_date_check() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (is_calendar_date(value)) return {};
        return "'" + value + "' is not a calendar date written YYYY-MM-DD (e.g. 2026-11-20)";
      },
      "", "calendar date");
}

CLI::Validator user_agent_check() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        std::string problem = user_agent_problem(value);
        if (problem.empty()) return {};
        return "'" + value + "' " + problem;
      },
      "", "user agent");
}

}  // namespace newsarchive::cli

#include "cli/option_checks.hpp"

#include <CLI/CLI.hpp>
#include <string>

#include "core/dates.hpp"
#include "crawl/config.hpp"

namespace newsarchive::cli {

bool is_calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  auto number = [&](std::size_t pos, std::size_t len, int& out) {
    out = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  DateTime dt;
  if (!number(0, 4, dt.year) || !number(5, 2, dt.month) || !number(8, 2, dt.day)) return false;
  return is_valid(dt);
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

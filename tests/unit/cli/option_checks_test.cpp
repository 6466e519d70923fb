// The checks every command's options share: dates and the user agent.
#include <gtest/gtest.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "cli/option_checks.hpp"

using namespace newsarchive::cli;

namespace {

// The message parsing `args` with one option checked by `check` gives, "" when accepted.
std::string parse_error(const CLI::Validator& check, std::vector<std::string> args) {
  CLI::App app{"test"};
  std::string value;
  app.add_option("--value", value)->check(check);
  std::reverse(args.begin(), args.end());  // CLI11 takes them last first
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(CalendarDate, AcceptsRealDatesWrittenYyyyMmDd) {
  for (const char* date : {"2026-11-20", "2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01", "9999-12-31"})
    EXPECT_TRUE(is_calendar_date(date)) << date;
}

TEST(CalendarDate, RejectsEverythingElse) {
  for (const char* date : {"", "garbage", "yesterday", "2026-11-99", "2027-99-99", "2026-13-01", "2026-00-10",
                           "2026-11-00", "2026-02-29", "1900-02-29", "2026-04-31", "20261120", "2026-1-20",
                           "2026-11-2", " 2026-11-20", "2026-11-20 ", "2026-11-20T10:00", "2026-11-20Z",
                           "2026/11/20", "20-11-2026", "+026-11-20", "2026-1a-20", "0000-01-01"})
    EXPECT_FALSE(is_calendar_date(date)) << date;
}

TEST(CalendarDate, CheckNamesTheOptionAndTheValue) {
  EXPECT_EQ(parse_error(calendar_date_check(), {"--value", "2026-11-20"}), "");
  std::string msg = parse_error(calendar_date_check(), {"--value", "2026-11-99"});
  EXPECT_NE(msg.find("--value"), std::string::npos) << msg;
  EXPECT_NE(msg.find("'2026-11-99'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("YYYY-MM-DD"), std::string::npos) << msg;
  EXPECT_NE(parse_error(calendar_date_check(), {"--value", ""}), "");
}

TEST(UserAgentCheck, AcceptsAnAgentStartingWithAProductName) {
  for (const char* agent : {"newsarchive/1.0", "newsarchive/0.1 (+https://example.org/contact)", "mybot",
                            "my-bot_2/3 (compatible)"})
    EXPECT_EQ(parse_error(user_agent_check(), {"--value", agent}), "") << agent;
}

TEST(UserAgentCheck, RejectsBlankAgentsAndControlCharacters) {
  for (const char* agent : {"", " ", "\t", "/no-product", "(compatible)", "bot/1.0\r\nX-Injected: 1", "bot/1\n"}) {
    std::string msg = parse_error(user_agent_check(), {"--value", agent});
    EXPECT_NE(msg.find("--value"), std::string::npos) << "'" << agent << "': " << msg;
  }
  EXPECT_NE(parse_error(user_agent_check(), {"--value", ""}).find("product name"), std::string::npos);
}

TEST(CalendarDate, DayAfterCrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(day_after("2026-11-20"), "2026-11-21");
  EXPECT_EQ(day_after("2026-11-30"), "2026-12-01");
  EXPECT_EQ(day_after("2026-12-31"), "2027-01-01");
  EXPECT_EQ(day_after("2024-02-28"), "2024-02-29");
  EXPECT_EQ(day_after("2026-02-28"), "2026-03-01");
}

TEST(ResolveEntry, TakesCurlsHostPortAddr) {
  for (const char* ok : {"news.example:80:127.0.0.1", "+news.example:443:127.0.0.1,127.0.0.2", "[::1]:8080:127.0.0.1",
                         "a:65535:[::1]"})
    EXPECT_TRUE(is_resolve_entry(ok)) << ok;
  for (const char* bad : {"", "+", "bad", "news.example:80", "news.example:80:", ":80:127.0.0.1", "news.example::1.2.3.4",
                          "news.example:0:127.0.0.1", "news.example:65536:127.0.0.1", "news.example:8o:127.0.0.1",
                          "[::1:80:127.0.0.1"})
    EXPECT_FALSE(is_resolve_entry(bad)) << bad;
}

TEST(BoundedNumber, RefusesWhatCannotBeALimit) {
  auto check = bounded_number_check(0.001, 604800, "seconds");
  for (const char* ok : {"0.001", "1", "2.5", "604800", "1e2"}) EXPECT_EQ(parse_error(check, {"--value", ok}), "") << ok;
  for (const char* bad : {"0", "0.0009", "1e-9", "-1", "nan", "inf", "1e300", "5s", ""})
    EXPECT_NE(parse_error(check, {"--value", bad}), "") << bad;
}

#include <gtest/gtest.h>

#include "crawl/duration.hpp"

using newsarchive::format_duration;
using newsarchive::parse_duration;

TEST(Duration, ReadsSecondsMinutesHoursAndCombinations) {
  EXPECT_EQ(parse_duration("90s"), 90.0);
  EXPECT_EQ(parse_duration("30m"), 1800.0);
  EXPECT_EQ(parse_duration("2h"), 7200.0);
  EXPECT_EQ(parse_duration("1h30m"), 5400.0);
  EXPECT_EQ(parse_duration("1h30m15s"), 5415.0);
  EXPECT_EQ(parse_duration("1d"), 86400.0);
  EXPECT_EQ(parse_duration("1.5h"), 5400.0);
  EXPECT_EQ(parse_duration(" 45 "), 45.0) << "a bare number is seconds";
  EXPECT_EQ(parse_duration("2H"), 7200.0);
}

TEST(Duration, RejectsJunkRepeatsAndNonPositiveValues) {
  for (const char* bad : {"", "h", "abc", "10x", "1h1h", "1h30", "-5m", "0s", "0", "1h 30m", "m30", "."})
    EXPECT_FALSE(parse_duration(bad)) << bad;
}

TEST(Duration, FormatsShortly) {
  EXPECT_EQ(format_duration(0.44), "0.4s");
  EXPECT_EQ(format_duration(12.34), "12.3s");
  EXPECT_EQ(format_duration(125), "2m05s");
  EXPECT_EQ(format_duration(5400), "1h30m00s");
}

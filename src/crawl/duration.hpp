#pragma once
// Durations as people write them on a command line: "90s", "30m", "2h", "1h30m".
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive {

// Seconds in `text`: one or more <number><unit> parts with units d, h, m, s (in any
// order, each at most once), or a bare number of seconds; fractions allowed ("1.5h").
// nullopt for anything else, and for zero or negative totals.
std::optional<double> parse_duration(std::string_view text);

// "0.4s", "12.3s", "2m05s", "1h30m00s": short, for summaries.
std::string format_duration(double seconds);

}  // namespace newsarchive

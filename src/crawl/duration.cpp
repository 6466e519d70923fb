#include "crawl/duration.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/text.hpp"

namespace newsarchive {

std::optional<double> parse_duration(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  double total = 0;
  std::string seen;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
    if (i == start) return std::nullopt;
    double value = 0;
    auto [ptr, ec] = std::from_chars(text.data() + start, text.data() + i, value);
    if (ec != std::errc() || ptr != text.data() + i || !std::isfinite(value)) return std::nullopt;
    if (i == text.size()) {
      if (!seen.empty()) return std::nullopt;  // "1h30" is ambiguous
      total = value;
      break;
    }
    char unit = static_cast<char>(text[i] | 0x20);
    double scale = unit == 'd' ? 86400 : unit == 'h' ? 3600 : unit == 'm' ? 60 : unit == 's' ? 1 : 0;
    if (scale == 0 || seen.find(unit) != std::string::npos) return std::nullopt;
    seen.push_back(unit);
    total += value * scale;
    ++i;
  }
  if (!(total > 0) || !std::isfinite(total)) return std::nullopt;
  return total;
}

std::string format_duration(double seconds) {
  char buf[48];
  if (!(seconds >= 0)) seconds = 0;
  if (seconds < 60) {
    std::snprintf(buf, sizeof buf, "%.1fs", seconds);
    return buf;
  }
  auto whole = static_cast<long long>(std::llround(seconds));
  long long h = whole / 3600, m = whole / 60 % 60, s = whole % 60;
  if (h > 0)
    std::snprintf(buf, sizeof buf, "%lldh%02lldm%02llds", h, m, s);
  else
    std::snprintf(buf, sizeof buf, "%lldm%02llds", m, s);
  return buf;
}

}  // namespace newsarchive

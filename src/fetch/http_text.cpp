#include "fetch/http_text.hpp"

#include <charconv>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive::fetch {

std::optional<double> parse_retry_after(std::string_view value, std::int64_t now_unix_s) {
  value = trim(value);
  if (value.empty()) return std::nullopt;
  if (value.find_first_not_of("0123456789") == std::string_view::npos) {
    std::int64_t seconds = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (ec == std::errc::result_out_of_range) return 1e18;  // absurd but well-formed
    if (ec != std::errc{} || end != value.data() + value.size()) return std::nullopt;
    return static_cast<double>(seconds);
  }
  std::optional<DateTime> date = parse_rfc822(value);
  if (!date) date = parse_date_loose(value);
  if (!date || !date->has_time || !is_valid(*date)) return std::nullopt;
  std::int64_t delta = date->to_unix() - now_unix_s;
  return delta > 0 ? static_cast<double>(delta) : 0.0;
}

std::optional<std::pair<std::string, std::string>> parse_header_line(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view name = trim(line.substr(0, colon));
  if (name.empty()) return std::nullopt;
  return std::pair{std::string(name), std::string(trim(line.substr(colon + 1)))};
}

long parse_status_line(std::string_view line) {
  if (!istarts_with(line, "HTTP/")) return 0;
  std::size_t space = line.find(' ');
  if (space == std::string_view::npos) return 0;
  std::string_view rest = line.substr(space + 1);
  long code = 0;
  auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), code);
  if (ec != std::errc{} || end - rest.data() != 3) return 0;
  return code;
}


std::string header_safe(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value)
    if (c != '\r' && c != '\n' && c != '\0') out.push_back(c);
  return std::string(trim(out));
}

}  // namespace newsarchive::fetch

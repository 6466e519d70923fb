// Fuzzes the date parsers. Whatever a parser accepts must be a real calendar date
// (is_valid) that formats and converts without overflow.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/dates.hpp"

namespace {

void check(const std::optional<newsarchive::DateTime>& dt) {
  if (!dt) return;
  if (!newsarchive::is_valid(*dt)) __builtin_trap();
  std::string iso = newsarchive::format_iso(*dt);
  (void)dt->to_unix();
  // A formatted date reads back as the same instant.
  auto back = newsarchive::parse_iso8601(iso);
  if (!back || back->to_unix() != dt->to_unix()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  check(newsarchive::parse_iso8601(text));
  check(newsarchive::parse_rfc822(text));
  check(newsarchive::parse_date_loose(text));
  return 0;
}

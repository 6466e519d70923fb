#pragma once
// Wall-clock helpers.
#include <cstdint>
#include <string>

namespace newsarchive {

std::int64_t now_ms();
// "2026-11-21T09:16:00Z" (seconds precision, UTC).
std::string iso_utc(std::int64_t unix_ms);
std::string iso_utc_now();

}  // namespace newsarchive

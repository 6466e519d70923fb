#pragma once
// Pure helpers for the text of HTTP responses and URLs: no libcurl, no I/O.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace newsarchive::fetch {

// Seconds to wait from a Retry-After value: delta-seconds ("120") or an HTTP-date
// ("Wed, 21 Oct 2026 07:28:00 GMT") measured from `now_unix_s`. A date in the past
// gives 0; an unparseable value gives nullopt.
std::optional<double> parse_retry_after(std::string_view value, std::int64_t now_unix_s);

// One header line ("Name: value", CRLF optional) split into trimmed name and value;
// nullopt when it has no colon or an empty name.
std::optional<std::pair<std::string, std::string>> parse_header_line(std::string_view line);

// The status code of a status line ("HTTP/1.1 404 Not Found", "HTTP/2 200"); 0 if none.
long parse_status_line(std::string_view line);

// A header value made safe to send: CR, LF and NUL removed (no header injection).
std::string header_safe(std::string_view value);

}  // namespace newsarchive::fetch

#include "cli/option_checks.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "crawl/config.hpp"

namespace newsarchive::cli {

namespace {

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

// A validator whose message is the value, quoted, then what `problem` finds wrong with it
// ("" when it is fine): "'2026-13-01' is not a calendar date ...".
template <typename Problem>
CLI::Validator value_check(Problem problem, const char* name) {
  return CLI::Validator(
      [problem](std::string& value) -> std::string {
        std::string what = problem(value);
        if (what.empty()) return {};
        return "'" + value + "' " + what;
      },
      "", name);
}

// A value_check for a yes/no test: `fault` is what a value that fails it is.
CLI::Validator predicate_check(bool (*ok)(std::string_view), const char* fault, const char* name) {
  return value_check([ok, fault](const std::string& value) -> std::string { return ok(value) ? "" : fault; }, name);
}

}  // namespace

bool is_calendar_date(std::string_view text) {
  // Exactly the extended form: ISO 8601 also reads "20261120" and times.
  return text.size() == 10 && text[4] == '-' && text[7] == '-' && parse_iso8601(text).has_value();
}

std::string day_after(std::string_view date) {
  std::optional<DateTime> dt = parse_iso8601(date);
  if (!dt) return std::string(date);
  return iso_utc((dt->to_unix() + 86400) * 1000).substr(0, 10);
}

CLI::Validator calendar_date_check() {
  return predicate_check(is_calendar_date, "is not a calendar date written YYYY-MM-DD (e.g. 2026-11-20)",
                         "calendar date");
}

CLI::Validator site_check() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (value.find_first_not_of(" \t") != std::string::npos) return {};
        return "must name a host, e.g. news.example.com or 127.0.0.1:8080";
      },
      "", "host");
}

CLI::Validator user_agent_check() {
  return value_check([](const std::string& value) { return user_agent_problem(value); }, "user agent");
}

CLI::Validator bounded_number_check(double min, double max, const char* unit) {
  return value_check(
      [=](const std::string& value) -> std::string {
        const char* begin = value.c_str();
        char* end = nullptr;
        const double v = std::strtod(begin, &end);
        if (end != begin && *end == '\0' && std::isfinite(v) && v >= min && v <= max) return {};
        std::string what = "must be a number of ";
        return what.append(unit).append(" from ").append(format_number(min)).append(" to ").append(format_number(max));
      },
      "number");
}

bool is_resolve_entry(std::string_view text) {
  constexpr auto npos = std::string_view::npos;
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return false;
  std::size_t from = 0;  // an IPv6 host is bracketed: its colons separate nothing
  if (text.front() == '[' && (from = text.find(']')) == npos) return false;
  std::size_t host_end = text.find(':', from);
  if (host_end == npos || host_end == 0) return false;
  std::size_t port_end = text.find(':', host_end + 1);
  if (port_end == npos || port_end + 1 >= text.size()) return false;
  std::string_view port = text.substr(host_end + 1, port_end - host_end - 1);
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != npos) return false;
  int n = std::stoi(std::string(port));
  if (n < 1 || n > 65535) return false;
  // A host name has no spaces or controls; the addresses are IPv4 or IPv6 ones, comma
  // separated, an IPv6 one bracketed or not. Anything else libcurl would drop in silence
  // and look the host up in DNS after all.
  std::string_view host = text.substr(0, host_end);
  if (std::any_of(host.begin(), host.end(), [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 0x7F; }))
    return false;
  for (std::string_view addr : split(text.substr(port_end + 1), ',')) {
    addr = trim(addr);
    if (addr.size() >= 2 && addr.front() == '[' && addr.back() == ']') addr = addr.substr(1, addr.size() - 2);
    unsigned char buf[sizeof(in6_addr)];
    std::string a(addr);
    if (a.empty() || (::inet_pton(AF_INET, a.c_str(), buf) != 1 && ::inet_pton(AF_INET6, a.c_str(), buf) != 1))
      return false;
  }
  return true;
}

CLI::Validator resolve_entry_check() {
  return predicate_check(is_resolve_entry, "is not HOST:PORT:ADDR (e.g. news.example:443:127.0.0.1)",
                         "HOST:PORT:ADDR");
}

bool clobbers_archive(const std::string& path, const std::string& db) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) return false;
  for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
    fs::path companion = fs::weakly_canonical(fs::absolute(db + suffix, ec), ec);
    if (!ec && companion == target) return true;
    std::error_code same;
    if (fs::equivalent(path, db + suffix, same) && !same) return true;
  }
  return false;
}

}  // namespace newsarchive::cli

// Fuzzes URL parsing, resolution and normalisation. The input is split at its first
// newline into a base and a reference. Checks the documented contracts: normalising
// is idempotent, a normalised URL is http(s) and parses again.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "newsarchive/url.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::size_t nl = in.find('\n');
  std::string_view base = nl == std::string_view::npos ? in : in.substr(0, nl);
  std::string_view ref = nl == std::string_view::npos ? std::string_view{} : in.substr(nl + 1);

  if (auto u = parse_url(base)) {
    std::string s = u->str();
    (void)u->authority();
    (void)parse_url(s);
  }
  (void)is_http_url(base);
  std::string host = url_host(base);
  (void)registrable_domain(host);
  if (auto n = normalize_url(base)) {
    if (!is_http_url(*n)) __builtin_trap();
    auto again = normalize_url(*n);
    if (!again || *again != *n) __builtin_trap();
  }
  if (auto r = resolve_url(base, ref)) {
    (void)normalize_url(*r);
  }
  (void)resolve_url("https://news.example.com/a/b/c?d=e#f", ref);
  return 0;
}

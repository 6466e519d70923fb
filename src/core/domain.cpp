// Registrable domains from the Public Suffix List (libpsl, with the system list when
// it is newer than the built-in one).
#include <libpsl.h>

#include <string>

#include "newsarchive/url.hpp"

namespace newsarchive {
namespace {

const psl_ctx_t* psl() {
  // Loaded once; libpsl contexts are read-only after loading, so sharing is safe.
  static const psl_ctx_t* ctx = [] {
    const psl_ctx_t* latest = psl_latest(nullptr);
    return latest ? latest : psl_builtin();
  }();
  return ctx;
}

bool is_ip_literal(std::string_view host) {
  if (!host.empty() && host.front() == '[') return true;
  if (host.empty()) return false;
  for (char c : host)
    if (!((c >= '0' && c <= '9') || c == '.')) return false;
  return true;
}

}  // namespace

std::string registrable_domain(std::string_view host_in) {
  std::string host(host_in);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  while (!host.empty() && host.back() == '.') host.pop_back();
  if (host.empty() || is_ip_literal(host)) return host;
  const psl_ctx_t* ctx = psl();
  if (!ctx) return host;
  const char* reg = psl_registrable_domain(ctx, host.c_str());
  return reg ? std::string(reg) : host;
}

bool is_public_suffix(std::string_view host_in) {
  std::string host(host_in);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (host.empty() || is_ip_literal(host)) return false;
  const psl_ctx_t* ctx = psl();
  return ctx && psl_is_public_suffix(ctx, host.c_str()) != 0;
}

}  // namespace newsarchive

#include "newsarchive/url.hpp"

#include <idn2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace newsarchive {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_unreserved(char c) { return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~'; }
int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

bool is_special(std::string_view scheme) { return scheme == "http" || scheme == "https"; }

std::string_view default_port(std::string_view scheme) {
  if (scheme == "http") return "80";
  if (scheme == "https") return "443";
  return {};
}

// Browsers strip leading/trailing C0 controls and spaces and remove tabs and newlines
// anywhere; pages rely on it (href=" https://x.example/a\n").
std::string clean_input(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t b = 0, e = text.size();
  while (b < e && static_cast<unsigned char>(text[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(text[e - 1]) <= 0x20) --e;
  for (std::size_t i = b; i < e; ++i)
    if (text[i] != '\t' && text[i] != '\n' && text[i] != '\r') out.push_back(text[i]);
  return out;
}

// Appends "%XX" (upper-case hex) for byte c.
void append_escape(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out.push_back('%');
  out.push_back(kHex[c >> 4]);
  out.push_back(kHex[c & 15]);
}

// Percent-encodes bytes that may not appear raw in a path/query/fragment, keeping
// existing escapes. A lone '%' becomes "%25".
std::string encode_component(std::string_view s, bool query) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool bad = c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '`' ||
               (!query && (c == '{' || c == '}' || c == '^' || c == '|'));
    if (c == '%' && !(i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2])))
      bad = true;
    if (bad) {
      append_escape(out, c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// RFC 3986 5.2.4.
std::string remove_dot_segments(std::string_view path) {
  std::vector<std::string_view> out;
  bool absolute = !path.empty() && path.front() == '/';
  std::vector<std::string_view> segs = split(absolute ? path.substr(1) : path, '/');
  bool trailing_slash = false;
  for (std::size_t i = 0; i < segs.size(); ++i) {
    std::string_view seg = segs[i];
    bool last = i + 1 == segs.size();
    if (seg == "." || iequals(seg, "%2e")) {
      if (last) trailing_slash = true;
      continue;
    }
    if (seg == ".." || iequals(seg, ".%2e") || iequals(seg, "%2e.") || iequals(seg, "%2e%2e")) {
      if (!out.empty()) out.pop_back();
      if (last) trailing_slash = true;
      continue;
    }
    out.push_back(seg);
  }
  std::string result = absolute ? "/" : "";
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i) result.push_back('/');
    result.append(out[i]);
  }
  if (trailing_slash && !out.empty()) result.push_back('/');
  return result;
}

// "[...]" holding hex digits and two to eight colons (dots for an embedded IPv4 tail).
bool valid_ipv6_literal(std::string_view host) {
  if (host.size() < 4 || host.front() != '[' || host.back() != ']') return false;
  std::string_view in = host.substr(1, host.size() - 2);
  int colons = 0;
  for (unsigned char c : in) {
    if (c == ':') ++colons;
    else if (!std::isxdigit(c) && c != '.') return false;
  }
  // Eight groups take seven colons; "::" may add one ("1:2:3:4:5:6:7::").
  return colons >= 2 && (colons <= 7 || (colons == 8 && in.find("::") != std::string_view::npos));
}

// Four dot-separated decimal numbers of 0 to 255.
bool valid_ipv4(std::string_view host) {
  int parts = 0;
  for (std::string_view rest = host;; ++parts) {
    std::size_t dot = rest.find('.');
    std::string_view part = rest.substr(0, dot);
    if (part.empty() || part.size() > 3 || !std::all_of(part.begin(), part.end(), [](unsigned char c) {
          return std::isdigit(c);
        }))
      return false;
    if (std::stoi(std::string(part)) > 255) return false;
    if (dot == std::string_view::npos) return parts == 3;
    rest.remove_prefix(dot + 1);
  }
}

// A host a resolver could answer for: an IPv6 literal, a dotted IPv4 address, or a name of
// non-empty labels of at most 63 letters, digits, hyphens or underscores (253 in all). As in
// browsers, a name whose last label is a number must be an IPv4 address, so "256.1.1.1" and
// ".test" are refused here instead of being handed to the system resolver.
bool valid_host(std::string_view host) {
  if (host.empty() || host.size() > 253) return false;
  if (host.front() == '[') return valid_ipv6_literal(host);
  std::string_view last;
  for (std::string_view rest = host;;) {
    std::size_t dot = rest.find('.');
    std::string_view label = rest.substr(0, dot);
    if (label.empty() || label.size() > 63) return false;
    for (unsigned char c : label)
      if (!std::isalnum(c) && c != '-' && c != '_') return false;
    last = label;
    if (dot == std::string_view::npos) break;
    rest.remove_prefix(dot + 1);
  }
  bool numeric_end = std::all_of(last.begin(), last.end(), [](unsigned char c) { return std::isdigit(c); });
  return !numeric_end || valid_ipv4(host);
}

bool is_tracking_param(std::string_view name) {
  static constexpr std::array<std::string_view, 40> kExact{
      "fbclid",   "gclid",       "dclid",       "gbraid",     "wbraid",       "msclkid",  "mc_cid",
      "mc_eid",   "_ga",         "_gl",         "igshid",     "yclid",        "twclid",   "ttclid",
      "li_fat_id", "_hsenc",     "_hsmi",       "hsctatracking", "mkt_tok",   "ocid",     "ncid",
      "cmpid",    "smid",        "smtyp",       "xtor",       "ito",          "ref",      "ref_src",
      "ref_url",  "__twitter_impression", "at_medium", "at_campaign", "at_custom1", "s_cid", "sr_share",
      "cmp",      "ns_mchannel", "ns_source",   "ns_campaign", "ns_linkname"};
  std::string lower = to_lower_ascii(name);
  if (lower.rfind("utm_", 0) == 0) return true;
  for (std::string_view t : kExact)
    if (lower == t) return true;
  return false;
}

// IDNA2008 with the UTS #46 mapping (case folded, width mapped), as browsers do; nullopt
// for a name that has no ASCII form.
std::optional<std::string> idna_to_ascii(std::string_view host) {
  char* out = nullptr;
  std::string in(host);
  int rc = idn2_to_ascii_8z(in.c_str(), &out, IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT);
  if (rc != IDN2_OK || !out) {
    rc = idn2_to_ascii_8z(in.c_str(), &out, IDN2_TRANSITIONAL | IDN2_NFC_INPUT);  // names IDNA2008 disallows
    if (rc != IDN2_OK || !out) return std::nullopt;
  }
  std::string ascii(out);
  idn2_free(out);
  return ascii;
}

}  // namespace

std::string normalize_percent_encoding(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%' && i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
      unsigned char d = static_cast<unsigned char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      if (is_unreserved(static_cast<char>(d))) {
        out.push_back(static_cast<char>(d));
      } else {
        append_escape(out, d);
      }
      i += 2;
    } else if (c <= 0x20 || c >= 0x7F) {
      append_escape(out, c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string Url::authority() const {
  std::string out = host;
  if (!port.empty() && port != default_port(scheme)) {
    out.push_back(':');
    out.append(port);
  }
  return out;
}

std::string Url::str() const {
  std::string out = scheme;
  out.push_back(':');
  if (!host.empty() || is_special(scheme)) {
    out.append("//");
    if (!userinfo.empty()) {
      out.append(userinfo);
      out.push_back('@');
    }
    out.append(host);
    if (!port.empty()) {
      out.push_back(':');
      out.append(port);
    }
  }
  out.append(path);
  if (has_query) {
    out.push_back('?');
    out.append(query);
  }
  if (has_fragment) {
    out.push_back('#');
    out.append(fragment);
  }
  return out;
}

std::optional<Url> parse_url(std::string_view text) {
  std::string s = clean_input(text);
  Url url;
  std::size_t colon = s.find(':');
  if (colon == std::string::npos || colon == 0 || !is_alpha(s[0])) return std::nullopt;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = s[i];
    if (!(is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.')) return std::nullopt;
  }
  url.scheme = to_lower_ascii(std::string_view(s).substr(0, colon));
  std::string rest = s.substr(colon + 1);
  bool special = is_special(url.scheme);
  if (special)
    for (char& c : rest)
      if (c == '\\') c = '/';
  // Fragment and query first: they may contain '/' and '@'.
  if (std::size_t hash = rest.find('#'); hash != std::string::npos) {
    url.has_fragment = true;
    url.fragment = encode_component(std::string_view(rest).substr(hash + 1), true);
    rest.resize(hash);
  }
  if (std::size_t q = rest.find('?'); q != std::string::npos) {
    url.has_query = true;
    url.query = encode_component(std::string_view(rest).substr(q + 1), true);
    rest.resize(q);
  }
  std::string_view r = rest;
  if (r.substr(0, 2) == "//" || (special && !r.empty() && r.front() == '/')) {
    // Special schemes tolerate any number of slashes before the host ("http:///x.example").
    while (!r.empty() && r.front() == '/') r.remove_prefix(1);
    std::size_t end = r.find('/');
    std::string_view authority = r.substr(0, end);
    r = end == std::string_view::npos ? std::string_view{} : r.substr(end);
    if (std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
      url.userinfo = std::string(authority.substr(0, at));
      authority.remove_prefix(at + 1);
    }
    std::string_view hostport = authority;
    std::string_view port;
    if (!hostport.empty() && hostport.front() == '[') {
      std::size_t close = hostport.find(']');
      if (close == std::string_view::npos) return std::nullopt;
      if (close + 1 < hostport.size()) {
        if (hostport[close + 1] != ':') return std::nullopt;
        port = hostport.substr(close + 2);
      }
      hostport = hostport.substr(0, close + 1);
    } else if (std::size_t pc = hostport.rfind(':'); pc != std::string_view::npos) {
      port = hostport.substr(pc + 1);
      hostport = hostport.substr(0, pc);
    }
    for (char c : port)
      if (!is_digit(c)) return std::nullopt;
    if (port.size() > 5 || (!port.empty() && std::stoi(std::string(port)) > 65535)) return std::nullopt;
    // An internationalised name ("münchen.de", "пример.рф") in its ASCII form, as DNS, the
    // TLS certificate and the archive's keys know it: "xn--mnchen-3ya.de".
    std::string ascii_host;
    if (!hostport.empty() && hostport.front() != '[' && has_non_ascii(hostport)) {
      auto idna = idna_to_ascii(hostport);
      if (!idna) return std::nullopt;
      ascii_host = std::move(*idna);
      hostport = ascii_host;
    }
    url.host = to_lower_ascii(hostport);
    while (!url.host.empty() && url.host.back() == '.') url.host.pop_back();
    url.port = std::string(port);
    if (special && !valid_host(url.host)) return std::nullopt;
    url.path = encode_component(r, false);
    if (url.path.empty() && special) url.path.push_back('/');
  } else {
    if (special) return std::nullopt;  // "http:foo" has no host
    url.path = std::string(r);          // mailto:, javascript:, data: kept opaque
  }
  return url;
}

std::optional<std::string> resolve_url(std::string_view base, std::string_view ref) {
  std::optional<Url> b = parse_url(base);
  if (!b) return std::nullopt;
  std::string r = clean_input(ref);
  // A reference with its own scheme is absolute.
  std::size_t colon = r.find(':');
  if (colon != std::string::npos && colon > 0 && is_alpha(r[0])) {
    bool scheme_like = true;
    for (std::size_t i = 0; i < colon; ++i) {
      char c = r[i];
      if (!(is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.')) scheme_like = false;
    }
    if (scheme_like) {
      auto u = parse_url(r);
      if (!u) return std::nullopt;
      // "http:path" relative to an http base (legacy form browsers accept).
      return u->str();
    }
  }
  if (is_special(b->scheme))
    for (char& c : r)
      if (c == '\\') c = '/';
  Url t = *b;
  t.has_fragment = false;
  t.fragment.clear();
  std::string_view rv = r;
  std::string_view frag, query;
  bool has_frag = false, has_query = false;
  if (std::size_t h = rv.find('#'); h != std::string_view::npos) {
    has_frag = true;
    frag = rv.substr(h + 1);
    rv = rv.substr(0, h);
  }
  if (std::size_t q = rv.find('?'); q != std::string_view::npos) {
    has_query = true;
    query = rv.substr(q + 1);
    rv = rv.substr(0, q);
  }
  if (rv.substr(0, 2) == "//") {
    auto u = parse_url(b->scheme + ":" + r);
    if (!u) return std::nullopt;
    return u->str();
  }
  if (rv.empty()) {
    if (has_query) {
      t.has_query = true;
      t.query = encode_component(query, true);
    }
  } else {
    std::string path;
    if (rv.front() == '/') {
      path = std::string(rv);
    } else {
      std::string_view bp = b->path;
      std::size_t slash = bp.rfind('/');
      path = slash == std::string_view::npos ? std::string("/") : std::string(bp.substr(0, slash + 1));
      path.append(rv);
    }
    t.path = encode_component(remove_dot_segments(path), false);
    if (t.path.empty() || t.path.front() != '/') t.path = std::string("/").append(t.path);
    t.has_query = has_query;
    t.query = encode_component(query, true);
  }
  if (has_frag) {
    t.has_fragment = true;
    t.fragment = encode_component(frag, true);
  }
  return t.str();
}

std::optional<std::string> normalize_url(std::string_view text) {
  std::optional<Url> u = parse_url(text);
  if (!u || !is_special(u->scheme) || u->host.empty()) return std::nullopt;
  if (u->port == default_port(u->scheme)) u->port.clear();
  u->path = normalize_percent_encoding(remove_dot_segments(u->path));
  if (u->path.empty()) u->path.push_back('/');
  u->has_fragment = false;
  u->fragment.clear();
  if (u->has_query) {
    std::string kept;
    for (std::string_view param : split(u->query, '&')) {
      if (param.empty()) continue;
      std::string_view name = param.substr(0, param.find('='));
      if (is_tracking_param(name)) continue;
      if (!kept.empty()) kept.push_back('&');
      kept.append(normalize_percent_encoding(param));
    }
    u->query = kept;
    u->has_query = !kept.empty();
  }
  u->userinfo.clear();
  return u->str();
}

bool is_http_url(std::string_view text) {
  auto u = parse_url(text);
  return u && is_special(u->scheme) && !u->host.empty();
}

std::string redact_url(std::string_view url) {
  std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  std::size_t authority_begin = scheme_end + 3;
  std::size_t authority_end = url.find_first_of("/?#", authority_begin);
  if (authority_end == std::string_view::npos) authority_end = url.size();
  std::string_view authority = url.substr(authority_begin, authority_end - authority_begin);
  std::size_t at = authority.rfind('@');
  if (at == std::string_view::npos) return std::string(url);
  std::string out(url.substr(0, authority_begin));
  out.append(authority.substr(at + 1));
  out.append(url.substr(authority_end));
  return out;
}

std::string url_host(std::string_view url) {
  auto u = parse_url(url);
  if (!u) return {};
  std::string host = u->host;
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

}  // namespace newsarchive

#pragma once
// URL parsing, resolution and normalisation (RFC 3986), shared by every stage.
#include <optional>
#include <string>
#include <string_view>

namespace newsarchive {

struct Url {
  std::string scheme;    // lower case
  std::string userinfo;  // without '@'
  std::string host;      // lower case; IPv6 keeps its brackets
  std::string port;      // digits, may be empty
  std::string path;      // "/" when empty and the URL has an authority
  std::string query;     // without '?'
  std::string fragment;  // without '#'
  bool has_query = false;
  bool has_fragment = false;

  std::string str() const;
  // host[:port] with default ports dropped.
  std::string authority() const;
};

// Parses an absolute URL; nullopt when it has no scheme or is malformed.
std::optional<Url> parse_url(std::string_view text);

// Resolves `ref` against `base` (RFC 3986 section 5.2); nullopt when either is unusable.
std::optional<std::string> resolve_url(std::string_view base, std::string_view ref);

// One URL per document: lower-cased scheme and host, default port and fragment removed,
// dot segments resolved, percent-escapes normalised, tracking parameters (utm_*, fbclid,
// gclid, ...) removed. nullopt for unparseable or non-http(s) URLs.
std::optional<std::string> normalize_url(std::string_view text);

// One spelling per URL part: escapes of unreserved characters decoded, other escapes
// upper-cased, raw spaces, controls and non-ASCII bytes escaped, so "/caf%c3%a9",
// "/caf%C3%A9" and "/café" compare equal (RFC 3986 6.2.2, RFC 9309 2.2.2).
std::string normalize_percent_encoding(std::string_view s);

// True for absolute http:// or https:// URLs with a host.
bool is_http_url(std::string_view text);

// The lower-cased host of a URL, without "www."; "" when unparseable.
std::string url_host(std::string_view url);

// `url` with any "user:password@" removed from its authority, for logs and messages;
// anything else (even text that is not a URL) is returned unchanged.
std::string redact_url(std::string_view url);

// The registrable domain ("bbc.co.uk" for "news.bbc.co.uk") per the Public Suffix List;
// the host itself for IP addresses and hosts with no known suffix.
std::string registrable_domain(std::string_view host);
// True for a public suffix itself ("com", "co.uk", an unknown top-level label), which is
// no one's site.
bool is_public_suffix(std::string_view host);

}  // namespace newsarchive

#pragma once
// Fetching pages over HTTP(S). The interface lets the crawler run against a fake in
// unit tests; the real implementation is libcurl's multi interface (src/fetch).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace newsarchive {

struct FetchRequest {
  std::string url;
  std::optional<std::string> etag;           // sent as If-None-Match
  std::optional<std::string> last_modified;  // sent as If-Modified-Since
  std::uint64_t tag = 0;                     // caller's own id, echoed in the result
  std::string user_agent;                    // "" sends FetcherOptions::user_agent
  // false: a 3xx comes back as the response (status and Location header), for a
  // caller that must vet each hop (the crawl checks robots.txt and its patterns).
  bool follow_redirects = true;
  // > 0: only the first this many decoded bytes are wanted. A longer body is cut there
  // and the transfer ends as a success with `body_cut` set, whatever the body limit
  // (robots.txt: RFC 9309 has crawlers parse at least the first 500 KiB).
  std::int64_t read_first_bytes = 0;
};

// Why a transfer produced no usable response. HTTP statuses are not errors here:
// a 404 is a response with status 404.
enum class FetchError {
  none,
  bad_url,             // not a parseable absolute URL, or a redirect naming none (3xx without Location)
  scheme,              // not http/https (also on a redirect)
  dns,                 // host name did not resolve
  connect,             // refused, unreachable
  timeout,             // connect or total timeout, or too slow
  too_large,           // decoded body over the limit
  too_many_redirects,
  tls,
  recv,                // reset or truncated mid-transfer
  decode,              // bad or unsupported Content-Encoding, truncated gzip
  aborted,             // cancelled by the caller
  other,
};

const char* fetch_error_name(FetchError e);

// Milliseconds from the transfer's start until each phase ended (curl's *_TIME_T), so
// they grow in this order; 0 for a phase that did not happen (no TLS on http://).
struct FetchTimings {
  double dns_ms = 0, connect_ms = 0, tls_ms = 0, ttfb_ms = 0, total_ms = 0;
};

struct FetchResult {
  std::uint64_t tag = 0;
  std::string url;        // as requested
  std::string final_url;  // after redirects
  long status = 0;        // 0 when no response
  std::string content_type;
  std::string etag;
  std::string last_modified;
  std::vector<std::pair<std::string, std::string>> headers;  // final response's headers
  std::string body;       // decoded (Content-Encoding removed), not charset-converted
  std::int64_t wire_bytes = 0;  // bytes as transferred (compressed)
  FetchError error = FetchError::none;
  std::string error_message;  // human-readable reason, set when error != none
  FetchTimings timings;
  int redirects = 0;
  std::string http_version;              // "1.1", "2"
  std::optional<double> retry_after_s;   // from Retry-After, when present
  std::int64_t started_at_ms = 0;        // unix epoch milliseconds
  bool body_cut = false;                 // the body is the request's read_first_bytes only

  bool ok() const { return error == FetchError::none && status >= 200 && status < 300; }
  // First header value with this (case-insensitive) name, or "".
  std::string header(std::string_view name) const;
};

struct FetcherOptions {
  std::string user_agent = "newsarchive/0.1 (+https://github.com/newsarchive/newsarchive)";
  int max_total = 16;          // transfers in flight overall
  int max_per_host = 4;        // transfers in flight per host
  long connect_timeout_ms = 10000;
  long total_timeout_ms = 60000;
  long low_speed_bytes = 100;  // abort if slower than this many bytes/s ...
  long low_speed_time_s = 20;  // ... for this long
  std::int64_t max_body_bytes = 20 * 1024 * 1024;  // on the decoded body
  int max_redirects = 10;
  bool http2 = true;
  std::vector<std::string> resolve;  // curl's HOST:PORT:ADDR entries
  std::string ca_file;               // PEM bundle to trust instead of the system's ("": system)
};

class Fetcher {
 public:
  virtual ~Fetcher() = default;
  // Queues a transfer; it starts as soon as the caps allow.
  virtual void add(FetchRequest request) = 0;
  // Drives transfers for at most `wait_ms` and returns those that finished.
  virtual std::vector<FetchResult> perform(int wait_ms) = 0;
  // Transfers queued or running.
  virtual std::size_t pending() const = 0;
  // Wakes a perform() that is waiting, from another thread.
  virtual void wakeup() = 0;
};

// The libcurl implementation. Throws std::runtime_error if curl cannot initialise.
std::unique_ptr<Fetcher> make_curl_fetcher(const FetcherOptions& options);

// Convenience: fetches all requests and returns results in request order. The fetcher
// must have nothing pending; throws std::logic_error otherwise.
std::vector<FetchResult> fetch_all(Fetcher& fetcher, std::vector<FetchRequest> requests);

}  // namespace newsarchive

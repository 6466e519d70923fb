#pragma once
// One transfer's state: the request, the result being filled in, and the easy handle
// that carries it. CURLOPT_PRIVATE and the callbacks' user pointers point here.
#include <curl/curl.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "fetch/curl_handles.hpp"
#include "fetch/decoder.hpp"
#include "newsarchive/fetcher.hpp"

namespace newsarchive::fetch {

struct Transfer {
  FetchRequest request;
  std::string target;    // the URL handed to curl (parsed and re-serialised)
  std::string host_key;  // host[:port], for the per-host cap
  FetchResult result;
  EasyPtr easy;
  SlistPtr request_headers;
  std::int64_t max_body = 0;
  int max_redirects = 0;

  // State of the response being received; reset by each status line, so only the
  // final response (not the redirect hops) survives.
  long response_status = 0;
  std::optional<std::int64_t> content_length;
  std::string content_encoding;
  std::unique_ptr<ContentDecoder> decoder;  // made when the response's headers end
  bool body_over_limit = false;   // the write or header callback aborted on the size cap
  bool body_cut = false;          // the write callback ended a read_first_bytes request
  bool decode_failed = false;     // the body's Content-Encoding could not be removed
  bool callback_failed = false;   // an allocation failed inside a callback
  bool fresh_connection = false;  // CURLOPT_FRESH_CONNECT: a retry after a stale connection
  char error_buffer[CURL_ERROR_SIZE] = {};
};

// Sets every option on `t.easy` (a fresh or curl_easy_reset handle) for `t.request`.
// `resolve` is the fetcher's CURLOPT_RESOLVE list (may be null) and must outlive the
// transfer. Returns the first option curl refused, or CURLE_OK.
CURLcode configure_transfer(Transfer& t, const FetcherOptions& options, curl_slist* resolve);

// Fills `t.result` from the finished handle and curl's result code: status, URLs,
// headers' values, timings, sizes, and the error mapped to FetchError. A redirect
// left unfollowed while following is on (no Location) is a bad_url failure.
void complete_transfer(Transfer& t, CURLcode code);

// True when the transfer failed before any response on a connection curl reused: the
// server had closed it, or bytes a previous response left behind were read as this
// one's ("Received HTTP/0.9"). Such a request deserves one more try on a new connection.
bool failed_on_stale_connection(const Transfer& t, CURLcode code);

// A result for a request that never reached the network.
FetchResult failed_result(const FetchRequest& request, FetchError error, std::string message);

}  // namespace newsarchive::fetch

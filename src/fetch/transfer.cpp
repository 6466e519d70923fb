#include "fetch/transfer.hpp"

#include <algorithm>
#include <charconv>

#include "core/text.hpp"
#include "core/time.hpp"
#include "fetch/http_text.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive::fetch {
namespace {

constexpr std::size_t kMaxReserve = 1 << 20;
constexpr std::size_t kMaxHeaders = 1000;  // more are dropped: a hostile server cannot grow us

// Called once per response, after its blank line. Rejects a declared Content-Length
// over the cap before any body arrives. Redirect hops are left to the write callback.
bool on_end_of_headers(Transfer& t) {
  if (t.response_status >= 100 && t.response_status < 200) return true;  // interim response
  t.decoder = std::make_unique<ContentDecoder>(t.content_encoding);
  if (t.response_status < 200 || (t.response_status >= 300 && t.response_status < 400)) return true;
  if (!t.content_length || t.request.read_first_bytes > 0) return true;
  bool encoded = !t.content_encoding.empty() && !iequals(t.content_encoding, "identity");
  // Encoded, incompressible data is a little larger than the decoded bytes it carries.
  std::int64_t allowed = encoded ? t.max_body + t.max_body / 1000 + 1024 : t.max_body;
  if (*t.content_length > allowed) {
    t.body_over_limit = true;
    return false;
  }
  if (!encoded) t.result.body.reserve(std::min<std::size_t>(*t.content_length, kMaxReserve));
  return true;
}

bool on_header_line(Transfer& t, std::string_view line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  if (istarts_with(line, "HTTP/")) {
    // A new response (a redirect hop's successor, or after a 1xx): forget the last one.
    t.response_status = parse_status_line(line);
    t.content_length.reset();
    t.content_encoding.clear();
    t.result.headers.clear();
    t.result.body.clear();
    t.decoder.reset();
    return true;
  }
  if (line.empty()) return on_end_of_headers(t);
  auto& headers = t.result.headers;
  if (line.front() == ' ' || line.front() == '\t') {  // obsolete line folding
    if (!headers.empty()) {
      headers.back().second.push_back(' ');
      headers.back().second.append(trim(line));
    }
    return true;
  }
  auto header = parse_header_line(line);
  if (!header || headers.size() >= kMaxHeaders) return true;
  if (iequals(header->first, "Content-Length")) {
    std::int64_t n = 0;
    const std::string& v = header->second;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec == std::errc{} && end == v.data() + v.size() && n >= 0) t.content_length = n;
  } else if (iequals(header->first, "Content-Encoding")) {
    if (!t.content_encoding.empty()) t.content_encoding.append(", ");
    t.content_encoding.append(header->second);
  }
  headers.push_back(std::move(*header));
  return true;
}

size_t on_header(char* data, size_t size, size_t count, void* user) noexcept {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  try {
    return on_header_line(*t, std::string_view(data, n)) ? n : 0;
  } catch (...) {
    t->callback_failed = true;
    return 0;
  }
}

// Appends decoded bytes to the body, up to the cap.
class BodySink final : public ByteSink {
 public:
  explicit BodySink(Transfer& t) : t_(t) {}
  bool put(std::string_view bytes) override {
    std::string& body = t_.result.body;
    if (static_cast<std::int64_t>(body.size() + bytes.size()) > t_.max_body) {
      if (t_.request.read_first_bytes > 0) {  // the first bytes were all that was wanted
        body.append(bytes.substr(0, static_cast<std::size_t>(t_.max_body) - body.size()));
        t_.body_cut = true;
        return false;
      }
      t_.body_over_limit = true;
      return false;
    }
    body.append(bytes);
    return true;
  }

 private:
  Transfer& t_;
};

// Receives the body as transferred and decodes it; returning short makes curl abort
// with CURLE_WRITE_ERROR.
size_t on_body(char* data, size_t size, size_t count, void* user) noexcept {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  try {
    if (!t->decoder) t->decoder = std::make_unique<ContentDecoder>(t->content_encoding);
    BodySink sink(*t);
    if (t->decoder->write(std::string_view(data, n), sink)) return n;
    if (!t->body_over_limit && !t->body_cut) t->decode_failed = true;
    return 0;
  } catch (...) {
    t->callback_failed = true;
    return 0;
  }
}

FetchError classify(CURLcode code) {
  switch (code) {
    case CURLE_OK: return FetchError::none;
    case CURLE_URL_MALFORMAT: return FetchError::bad_url;
    case CURLE_UNSUPPORTED_PROTOCOL: return FetchError::scheme;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return FetchError::dns;
    case CURLE_COULDNT_CONNECT: return FetchError::connect;
    case CURLE_OPERATION_TIMEDOUT: return FetchError::timeout;
    case CURLE_FILESIZE_EXCEEDED: return FetchError::too_large;
    case CURLE_TOO_MANY_REDIRECTS: return FetchError::too_many_redirects;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED: return FetchError::tls;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM: return FetchError::recv;
    case CURLE_BAD_CONTENT_ENCODING: return FetchError::decode;
    case CURLE_ABORTED_BY_CALLBACK: return FetchError::aborted;
    default: return FetchError::other;
  }
}

const char* http_version_name(long version) {
  switch (version) {
    case CURL_HTTP_VERSION_1_0: return "1.0";
    case CURL_HTTP_VERSION_1_1: return "1.1";
    case CURL_HTTP_VERSION_2_0: return "2";
    case CURL_HTTP_VERSION_3: return "3";
    default: return "";
  }
}

double elapsed_ms(CURL* easy, CURLINFO info) {
  curl_off_t us = 0;
  curl_easy_getinfo(easy, info, &us);
  return static_cast<double>(us) / 1000.0;
}

std::string error_text(const Transfer& t, CURLcode code, FetchError error) {
  if (t.callback_failed) return "out of memory while receiving the response";
  if (error == FetchError::too_large) {
    if (t.content_length && t.result.body.empty())
      return "declared Content-Length " + std::to_string(*t.content_length) +
             " exceeds the body limit of " + std::to_string(t.max_body) + " bytes";
    return "decoded body exceeds the limit of " + std::to_string(t.max_body) + " bytes";
  }
  if (error == FetchError::decode && t.decoder && !t.decoder->error().empty())
    return "cannot decode the body: " + t.decoder->error();
  if (error == FetchError::scheme) {
    if (std::string location = t.result.header("Location"); !location.empty())
      return "redirect to a URL that is not http(s) refused: " + redact_url(location);
  }
  std::string message = curl_easy_strerror(code);
  // curl starts a transfer it held back (waiting on a connection to the host) with the
  // time already spent, and blames the resolver "with timeout after 0 ms"; in truth it
  // timed out before it was ever sent.
  if (code == CURLE_OPERATION_TIMEDOUT && istarts_with(t.error_buffer, "Failed to resolve"))
    return message + ": waited " + std::to_string(std::max<std::int64_t>(now_ms() - t.result.started_at_ms, 0)) +
           " ms for a connection to the host; the request was never sent";
  if (t.error_buffer[0] != '\0' && message != t.error_buffer) {
    message.append(": ");
    message.append(t.error_buffer);
  }
  return message;
}

}  // namespace

CURLcode configure_transfer(Transfer& t, const FetcherOptions& options, curl_slist* resolve) {
  CURL* e = t.easy.get();
  CURLcode rc = CURLE_OK;
  auto set = [&](CURLoption option, auto value) {
    if (rc == CURLE_OK) rc = curl_easy_setopt(e, option, value);
  };
  t.error_buffer[0] = '\0';
  t.result.url = t.request.url;
  t.result.tag = t.request.tag;
  t.result.started_at_ms = now_ms();

  SlistPtr headers;
  slist_append(headers, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
  if (t.request.etag && !header_safe(*t.request.etag).empty())
    slist_append(headers, ("If-None-Match: " + header_safe(*t.request.etag)).c_str());
  if (t.request.last_modified && !header_safe(*t.request.last_modified).empty())
    slist_append(headers, ("If-Modified-Since: " + header_safe(*t.request.last_modified)).c_str());
  t.request_headers = std::move(headers);

  set(CURLOPT_URL, t.target.c_str());
  set(CURLOPT_PRIVATE, static_cast<void*>(&t));
  set(CURLOPT_ERRORBUFFER, t.error_buffer);
  set(CURLOPT_NOSIGNAL, 1L);
  set(CURLOPT_PROTOCOLS_STR, "http,https");
  set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  set(CURLOPT_FOLLOWLOCATION, t.max_redirects > 0 ? 1L : 0L);
  set(CURLOPT_MAXREDIRS, static_cast<long>(std::max(t.max_redirects, 0)));
  set(CURLOPT_AUTOREFERER, 1L);
  const std::string& agent = t.request.user_agent.empty() ? options.user_agent : t.request.user_agent;
  set(CURLOPT_USERAGENT, agent.c_str());
  // We advertise the codings ContentDecoder removes and decode them ourselves.
  set(CURLOPT_ACCEPT_ENCODING, accepted_encodings());
  set(CURLOPT_HTTP_CONTENT_DECODING, 0L);
  set(CURLOPT_HTTPHEADER, t.request_headers.get());
  set(CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  set(CURLOPT_TIMEOUT_MS, options.total_timeout_ms);
  if (options.low_speed_bytes > 0 && options.low_speed_time_s > 0) {
    set(CURLOPT_LOW_SPEED_LIMIT, options.low_speed_bytes);
    set(CURLOPT_LOW_SPEED_TIME, options.low_speed_time_s);
  }
  set(CURLOPT_TCP_KEEPALIVE, 1L);
  if (t.fresh_connection) set(CURLOPT_FRESH_CONNECT, 1L);
  set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
  if (resolve) set(CURLOPT_RESOLVE, resolve);
  if (!options.ca_file.empty()) set(CURLOPT_CAINFO, options.ca_file.c_str());
  set(CURLOPT_HEADERFUNCTION, static_cast<curl_write_callback>(&on_header));
  set(CURLOPT_HEADERDATA, static_cast<void*>(&t));
  set(CURLOPT_WRITEFUNCTION, static_cast<curl_write_callback>(&on_body));
  set(CURLOPT_WRITEDATA, static_cast<void*>(&t));
  if (rc != CURLE_OK) return rc;
  // HTTP/2 is optional: a libcurl built without it keeps HTTP/1.1.
  if (options.http2 && curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long{CURL_HTTP_VERSION_2TLS}) == CURLE_OK) {
    // PIPEWAIT holds a transfer until the host's first connection shows whether it can
    // multiplex. Over TLS, ALPN tells at the handshake; over http:// (always HTTP/1.1
    // here) only the first response does, so one slow page would stall the rest.
    if (istarts_with(t.target, "https://")) curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
  } else {
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long{CURL_HTTP_VERSION_1_1});
  }
  return CURLE_OK;
}

bool failed_on_stale_connection(const Transfer& t, CURLcode code) {
  if (t.fresh_connection || t.response_status != 0 || t.decoder) return false;
  const bool garbage = code == CURLE_UNSUPPORTED_PROTOCOL && std::string_view(t.error_buffer).find("HTTP/0.9") !=
                                                                  std::string_view::npos;
  if (!garbage && code != CURLE_GOT_NOTHING && code != CURLE_RECV_ERROR && code != CURLE_SEND_ERROR &&
      code != CURLE_WEIRD_SERVER_REPLY)
    return false;
  long connects = -1;
  curl_easy_getinfo(t.easy.get(), CURLINFO_NUM_CONNECTS, &connects);
  return connects == 0;
}

void complete_transfer(Transfer& t, CURLcode code) {
  CURL* e = t.easy.get();
  FetchResult& r = t.result;
  long status = 0, redirects = 0, version = 0;
  char* effective = nullptr;
  char* content_type = nullptr;
  curl_off_t wire = 0;
  curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_getinfo(e, CURLINFO_REDIRECT_COUNT, &redirects);
  curl_easy_getinfo(e, CURLINFO_HTTP_VERSION, &version);
  curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &effective);
  curl_easy_getinfo(e, CURLINFO_CONTENT_TYPE, &content_type);
  curl_easy_getinfo(e, CURLINFO_SIZE_DOWNLOAD_T, &wire);
  r.status = status;
  r.redirects = static_cast<int>(redirects);
  r.http_version = http_version_name(version);
  r.final_url = effective ? effective : t.target;
  r.content_type = content_type ? content_type : "";
  r.wire_bytes = static_cast<std::int64_t>(wire);
  r.timings.dns_ms = elapsed_ms(e, CURLINFO_NAMELOOKUP_TIME_T);
  r.timings.connect_ms = elapsed_ms(e, CURLINFO_CONNECT_TIME_T);
  r.timings.tls_ms = elapsed_ms(e, CURLINFO_APPCONNECT_TIME_T);
  r.timings.ttfb_ms = elapsed_ms(e, CURLINFO_STARTTRANSFER_TIME_T);
  r.timings.total_ms = elapsed_ms(e, CURLINFO_TOTAL_TIME_T);
  r.etag = r.header("ETag");
  r.last_modified = r.header("Last-Modified");
  if (std::string retry = r.header("Retry-After"); !retry.empty())
    r.retry_after_s = parse_retry_after(retry, now_ms() / 1000);

  if (code == CURLE_OK && t.max_redirects > 0 && status >= 300 && status < 400 && status != 304) {
    // A redirect curl could not follow ends the chain without a page: the URL to go on
    // to is missing, so it fails as this URL's own fault (bad_url), not the host's.
    r.error = FetchError::bad_url;
    r.error_message = "HTTP " + std::to_string(status) +
                      (r.header("Location").empty() ? " without a Location header" : " redirect not followed");
    return;
  }
  if (code == CURLE_OK && !t.callback_failed && (!t.decoder || t.decoder->finish())) return;
  if (t.body_cut && !t.callback_failed) {
    r.body_cut = true;
    return;
  }
  if (t.callback_failed) r.error = FetchError::other;
  else if (t.body_over_limit) r.error = FetchError::too_large;
  else if (t.decode_failed || code == CURLE_OK) r.error = FetchError::decode;
  else r.error = classify(code);
  r.error_message = error_text(t, code, r.error);
}

FetchResult failed_result(const FetchRequest& request, FetchError error, std::string message) {
  FetchResult r;
  r.tag = request.tag;
  r.url = request.url;
  r.final_url = request.url;
  r.error = error;
  r.error_message = std::move(message);
  r.started_at_ms = now_ms();
  return r;
}

}  // namespace newsarchive::fetch

// The libcurl multi loop (curl's 10-at-a-time example): a bounded window of easy
// handles on one multi handle, fed from per-host queues so that thousands of queued
// URLs hold no curl state, and so that no host gets more than its share.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <stdexcept>
#include <unordered_map>

#include "core/text.hpp"
#include "fetch/curl_handles.hpp"
#include "fetch/http_text.hpp"
#include "fetch/transfer.hpp"
#include "newsarchive/fetcher.hpp"
#include "newsarchive/url.hpp"

#if LIBCURL_VERSION_NUM < 0x075500
#error "newsarchive needs libcurl 7.85 or later (CURLOPT_PROTOCOLS_STR)"
#endif

namespace newsarchive {
namespace {

using fetch::EasyPtr;
using fetch::MultiPtr;
using fetch::SlistPtr;
using fetch::Transfer;

struct Queued {
  std::uint64_t seq = 0;  // arrival order, so hosts take turns fairly
  FetchRequest request;
  std::string target;
  bool fresh_connection = false;  // a retry after a reused connection failed
};

struct HostQueue {
  std::deque<Queued> waiting;
  int active = 0;
};

class CurlFetcher final : public Fetcher {
 public:
  explicit CurlFetcher(const FetcherOptions& options);
  ~CurlFetcher() override;
  CurlFetcher(const CurlFetcher&) = delete;
  CurlFetcher& operator=(const CurlFetcher&) = delete;

  void add(FetchRequest request) override;
  std::vector<FetchResult> perform(int wait_ms) override;
  std::size_t pending() const override { return queued_ + active_.size() + ready_.size(); }
  void wakeup() override;

 private:
  void top_up();
  void start(Queued queued, const std::string& host_key);
  void drain(std::vector<FetchResult>& out);
  EasyPtr take_easy();

  FetcherOptions options_;
  // Owners before what depends on them: the multi outlives every easy handle.
  MultiPtr multi_;
  SlistPtr resolve_;
  std::vector<EasyPtr> idle_;  // reset handles ready for reuse
  std::unordered_map<Transfer*, std::unique_ptr<Transfer>> active_;
  std::unordered_map<std::string, HostQueue> hosts_;
  std::vector<FetchResult> ready_;  // finished without touching the network
  std::size_t queued_ = 0;
  std::uint64_t next_seq_ = 0;
  std::atomic<bool> woken_{false};
};

CurlFetcher::CurlFetcher(const FetcherOptions& options) : options_(options) {
  options_.max_total = std::max(options_.max_total, 1);
  options_.max_per_host = std::clamp(options_.max_per_host, 1, options_.max_total);
  fetch::ensure_curl_global_init();
  multi_.reset(curl_multi_init());
  if (!multi_) throw std::runtime_error("curl_multi_init failed");
  curl_multi_setopt(multi_.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(options_.max_total));
  curl_multi_setopt(multi_.get(), CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(options_.max_per_host));
  curl_multi_setopt(multi_.get(), CURLMOPT_PIPELINING, long{CURLPIPE_MULTIPLEX});
  for (const std::string& entry : options_.resolve) fetch::slist_append(resolve_, entry.c_str());
}

CurlFetcher::~CurlFetcher() {
  for (auto& [raw, transfer] : active_) curl_multi_remove_handle(multi_.get(), transfer->easy.get());
}

void CurlFetcher::add(FetchRequest request) {
  std::optional<Url> url = parse_url(request.url);
  if (url && url->scheme != "http" && url->scheme != "https") {
    ready_.push_back(fetch::failed_result(request, FetchError::scheme,
                                          "scheme \"" + url->scheme + "\" is not http or https"));
    return;
  }
  if (!url || url->host.empty()) {
    bool looks_http = istarts_with(request.url, "http://") || istarts_with(request.url, "https://");
    ready_.push_back(fetch::failed_result(request, FetchError::bad_url,
                                          looks_http ? "the host or port is not valid" : "not an absolute http(s) URL"));
    return;
  }
  std::string host_key = url->host + ":" + (url->port.empty() ? url->scheme : url->port);
  Queued queued{next_seq_++, std::move(request), url->str()};
  hosts_[host_key].waiting.push_back(std::move(queued));
  ++queued_;
}

void CurlFetcher::wakeup() {
  woken_.store(true);
  curl_multi_wakeup(multi_.get());
}

EasyPtr CurlFetcher::take_easy() {
  if (!idle_.empty()) {
    EasyPtr easy = std::move(idle_.back());
    idle_.pop_back();
    return easy;
  }
  return EasyPtr(curl_easy_init());
}

// Starts queued transfers while the window has room, oldest first among the hosts
// that are under their cap.
void CurlFetcher::top_up() {
  while (queued_ > 0 && active_.size() < static_cast<std::size_t>(options_.max_total)) {
    auto best = hosts_.end();
    for (auto it = hosts_.begin(); it != hosts_.end(); ++it) {
      const HostQueue& h = it->second;
      if (h.waiting.empty() || h.active >= options_.max_per_host) continue;
      if (best == hosts_.end() || h.waiting.front().seq < best->second.waiting.front().seq) best = it;
    }
    if (best == hosts_.end()) return;
    Queued next = std::move(best->second.waiting.front());
    best->second.waiting.pop_front();
    --queued_;
    start(std::move(next), best->first);
  }
}

void CurlFetcher::start(Queued queued, const std::string& host_key) {
  auto transfer = std::make_unique<Transfer>();
  Transfer& t = *transfer;
  t.request = std::move(queued.request);
  t.target = std::move(queued.target);
  t.host_key = host_key;
  t.max_body = t.request.read_first_bytes > 0 ? t.request.read_first_bytes : options_.max_body_bytes;
  t.max_redirects = t.request.follow_redirects ? options_.max_redirects : 0;
  t.fresh_connection = queued.fresh_connection;
  t.easy = take_easy();
  if (!t.easy) {
    ready_.push_back(fetch::failed_result(t.request, FetchError::other, "curl_easy_init failed"));
    return;
  }
  CURLcode rc = fetch::configure_transfer(t, options_, resolve_.get());
  if (rc != CURLE_OK) {
    ready_.push_back(fetch::failed_result(
        t.request, FetchError::other, std::string("curl_easy_setopt failed: ") + curl_easy_strerror(rc)));
    return;
  }
  if (CURLMcode mrc = curl_multi_add_handle(multi_.get(), t.easy.get()); mrc != CURLM_OK) {
    ready_.push_back(fetch::failed_result(
        t.request, FetchError::other, std::string("curl_multi_add_handle failed: ") + curl_multi_strerror(mrc)));
    return;
  }
  if (spdlog::should_log(spdlog::level::debug))
    spdlog::debug("fetch: start {}", redact_url(t.target));
  ++hosts_[host_key].active;
  active_.emplace(&t, std::move(transfer));
}

// Moves every finished transfer's result to `out` and returns its handle to the pool.
void CurlFetcher::drain(std::vector<FetchResult>& out) {
  int left = 0;
  while (CURLMsg* msg = curl_multi_info_read(multi_.get(), &left)) {
    if (msg->msg != CURLMSG_DONE) continue;
    CURL* easy = msg->easy_handle;
    const CURLcode code = msg->data.result;  // read before the handle is removed
    void* priv = nullptr;
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, &priv);
    auto it = active_.find(static_cast<Transfer*>(priv));
    if (it == active_.end()) continue;
    std::unique_ptr<Transfer> transfer = std::move(it->second);
    active_.erase(it);
    curl_multi_remove_handle(multi_.get(), easy);
    if (fetch::failed_on_stale_connection(*transfer, code)) {
      // Sent once more on a new connection, ahead of the host's queue; the request was
      // never answered, so nothing is lost by asking again.
      spdlog::debug("fetch: {} failed on a reused connection ({}); retrying on a new one",
                    redact_url(transfer->target), curl_easy_strerror(code));
      Queued again{next_seq_++, std::move(transfer->request), std::move(transfer->target), true};
      HostQueue& host = hosts_[transfer->host_key];
      --host.active;
      host.waiting.push_front(std::move(again));
      ++queued_;
      curl_easy_reset(transfer->easy.get());
      idle_.push_back(std::move(transfer->easy));
      continue;
    }
    fetch::complete_transfer(*transfer, code);
    if (spdlog::should_log(spdlog::level::debug))
      spdlog::debug("fetch: done {} status={} error={} {}", redact_url(transfer->target),
                    transfer->result.status, fetch_error_name(transfer->result.error),
                    transfer->result.error_message);
    if (auto host = hosts_.find(transfer->host_key); host != hosts_.end()) {
      --host->second.active;
      if (host->second.active == 0 && host->second.waiting.empty()) hosts_.erase(host);
    }
    curl_easy_reset(transfer->easy.get());
    idle_.push_back(std::move(transfer->easy));
    out.push_back(std::move(transfer->result));
  }
}

std::vector<FetchResult> CurlFetcher::perform(int wait_ms) {
  using clock = std::chrono::steady_clock;
  const auto deadline = clock::now() + std::chrono::milliseconds(std::max(wait_ms, 0));
  std::vector<FetchResult> out = std::move(ready_);
  ready_.clear();
  top_up();
  for (;;) {
    int running = 0;
    curl_multi_perform(multi_.get(), &running);
    drain(out);
    top_up();
    // Handles that failed to start land in ready_; hand them over now.
    std::move(ready_.begin(), ready_.end(), std::back_inserter(out));
    ready_.clear();
    if (!out.empty() || active_.empty()) break;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now()).count();
    if (left <= 0 || woken_.exchange(false)) break;
    curl_multi_poll(multi_.get(), nullptr, 0, static_cast<int>(left), nullptr);
    if (woken_.exchange(false)) {
      curl_multi_perform(multi_.get(), &running);
      drain(out);
      top_up();
      break;
    }
  }
  return out;
}

}  // namespace

std::unique_ptr<Fetcher> make_curl_fetcher(const FetcherOptions& options) {
  return std::make_unique<CurlFetcher>(options);
}

}  // namespace newsarchive

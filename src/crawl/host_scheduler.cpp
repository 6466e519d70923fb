#include "crawl/host_scheduler.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "crawl/config.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {
namespace {

constexpr double kMaxDelayS = 86400.0;  // keeps every duration conversion in range

SteadyClock::duration seconds(double s) {
  s = std::clamp(std::isfinite(s) ? s : 0.0, 0.0, kMaxDelayS);
  return std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(s));
}

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

enum class Kind { success, retryable, throttled, permanent, host_broken, aborted };

// How an outcome counts: a response other than 5xx/429 is a success for the host,
// whatever its status. 429 and 503 ask the whole host to slow down.
Kind classify(const FetchOutcome& o) {
  switch (o.error) {
    case FetchError::none:
      if (o.status == 429 || o.status == 503) return Kind::throttled;
      if (o.status >= 500 || o.status == 0) return Kind::retryable;
      return Kind::success;
    case FetchError::timeout:
    case FetchError::connect:
    case FetchError::recv:
    case FetchError::dns:
      return Kind::retryable;
    case FetchError::tls:
    case FetchError::other:
      return Kind::host_broken;
    case FetchError::aborted:
      return Kind::aborted;
    default:  // bad_url, scheme, too_large, too_many_redirects, decode: this URL only
      return Kind::permanent;
  }
}

std::string normalize_host_arg(std::string_view host) {
  if (host.find("://") != std::string_view::npos) return HostScheduler::host_key(host);
  return to_lower_ascii(trim(host));
}

}  // namespace

const char* after_fetch_name(AfterFetch n) {
  switch (n) {
    case AfterFetch::done: return "done";
    case AfterFetch::retry: return "retry";
    case AfterFetch::give_up: return "give_up";
  }
  return "unknown";
}

SchedulerOptions scheduler_options(const CrawlSettings& settings, std::uint64_t seed) {
  SchedulerOptions o;
  o.per_host_delay_s = settings.per_host_delay;
  o.max_retries = settings.max_retries;
  o.retry_base_delay_s = settings.retry_base_delay;
  o.max_retry_delay_s = settings.max_retry_delay;
  o.host_failure_limit = settings.host_failure_limit;
  o.seed = seed;
  return o;
}

std::optional<double> parse_retry_after(std::string_view value, std::int64_t now_unix_s) {
  value = trim(value);
  if (value.empty()) return std::nullopt;
  if (value.front() >= '0' && value.front() <= '9') {
    double s = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), s);
    if (ec != std::errc() || ptr != value.data() + value.size() || !std::isfinite(s)) return std::nullopt;
    return s;
  }
  std::optional<DateTime> dt = parse_rfc822(value);
  if (!dt || !is_valid(*dt)) return std::nullopt;
  return static_cast<double>(std::max<std::int64_t>(0, dt->to_unix() - now_unix_s));
}

FetchOutcome fetch_outcome(const FetchResult& result, std::int64_t now_unix_s) {
  FetchOutcome o;
  o.status = result.status;
  o.error = result.error;
  o.retry_after_s = result.retry_after_s;
  if (!o.retry_after_s) {
    std::string header = result.header("Retry-After");
    if (!header.empty()) o.retry_after_s = parse_retry_after(header, now_unix_s);
  }
  return o;
}

HostScheduler::HostScheduler(SchedulerOptions options)
    : options_(std::move(options)), rng_state_(options_.seed) {}

std::string HostScheduler::host_key(std::string_view url) {
  std::optional<Url> u = parse_url(url);
  if (!u || u->host.empty()) return "";
  return u->authority();
}

HostScheduler::Host& HostScheduler::host(const std::string& key) {
  auto [it, inserted] = hosts_.try_emplace(key);
  if (inserted) order_.push_back(key);
  return it->second;
}

// A delay learned after a request started (robots.txt's Crawl-delay comes with the first
// response) also spaces the next request from that one.
void HostScheduler::respace(Host& h) {
  if (h.last_start) h.next_allowed = std::max(h.next_allowed, *h.last_start + seconds(delay_of(h)));
}

void HostScheduler::set_host_delay(std::string_view h, double s) {
  Host& x = host(normalize_host_arg(h));
  x.delay_s = s;
  respace(x);
}

void HostScheduler::set_crawl_delay(std::string_view h, double s) {
  Host& x = host(normalize_host_arg(h));
  x.crawl_delay_s = s;
  respace(x);
}

double HostScheduler::host_delay(std::string_view h) const {
  auto it = hosts_.find(normalize_host_arg(h));
  return it == hosts_.end() ? options_.per_host_delay_s : delay_of(it->second);
}

double HostScheduler::delay_of(const Host& h) const {
  return std::max(h.delay_s.value_or(options_.per_host_delay_s), h.crawl_delay_s.value_or(0.0));
}

int HostScheduler::cap_of(const Host& h) const {
  if (options_.max_in_flight_per_host > 0) return options_.max_in_flight_per_host;
  return delay_of(h) > 0 ? 1 : std::max(1, options_.max_in_flight_no_delay);
}

bool HostScheduler::add(std::string url, std::uint64_t tag) {
  std::string key = host_key(url);
  if (key.empty()) return false;
  Host& h = host(key);
  if (h.set_aside) return false;
  h.queue.push_back(Ticket{std::move(url), std::move(key), tag, 0});
  return true;
}

bool HostScheduler::has_ready_item(const Host& h, SteadyClock::time_point now) const {
  return !h.queue.empty() || (!h.waiting.empty() && h.waiting.begin()->first <= now);
}

// Due retries go first: they have already waited their turn once.
Ticket HostScheduler::take_item(Host& h, SteadyClock::time_point now) {
  if (!h.waiting.empty() && h.waiting.begin()->first <= now) {
    Ticket t = std::move(h.waiting.begin()->second);
    h.waiting.erase(h.waiting.begin());
    return t;
  }
  Ticket t = std::move(h.queue.front());
  h.queue.pop_front();
  return t;
}

std::vector<Ticket> HostScheduler::pop_ready(SteadyClock::time_point now, std::size_t budget) {
  std::vector<Ticket> out;
  const std::size_t n = order_.size();
  // Walk the hosts in a circle from the one after the last served, one request per
  // host per visit, until the budget is spent or a full circle serves nobody.
  std::size_t idle_visits = 0;
  for (std::size_t i = cursor_; out.size() < budget && idle_visits < n; ++i) {
    Host& h = hosts_.find(order_[i % n])->second;
    bool ready = !h.set_aside && h.in_flight < cap_of(h) && now >= h.next_allowed &&
                 has_ready_item(h, now);
    if (!ready) {
      ++idle_visits;
      continue;
    }
    idle_visits = 0;
    out.push_back(take_item(h, now));
    ++h.in_flight;
    h.last_start = now;
    h.next_allowed = now + seconds(delay_of(h));
    cursor_ = (i + 1) % n;
  }
  return out;
}

std::optional<SteadyClock::time_point> HostScheduler::next_wakeup() const {
  std::optional<SteadyClock::time_point> best;
  for (const auto& [key, h] : hosts_) {
    if (h.set_aside || h.in_flight >= cap_of(h)) continue;
    std::optional<SteadyClock::time_point> item;
    if (!h.queue.empty())
      item = h.next_allowed;
    else if (!h.waiting.empty())
      item = std::max(h.next_allowed, h.waiting.begin()->first);
    if (item && (!best || *item < *best)) best = item;
  }
  return best;
}

double HostScheduler::backoff_s(int attempt) {
  double raw = std::ldexp(options_.retry_base_delay_s, std::min(attempt, 60));
  double capped = std::min(raw, options_.max_retry_delay_s);
  double u = static_cast<double>(splitmix64(rng_state_) >> 11) * 0x1.0p-53;  // [0, 1)
  return capped * (0.5 + 0.5 * u);
}

void HostScheduler::set_aside(Host& h) {
  h.set_aside = true;
  for (Ticket& t : h.queue) skipped_.push_back(std::move(t));
  for (auto& [when, t] : h.waiting) skipped_.push_back(std::move(t));
  h.queue.clear();
  h.waiting.clear();
}

Decision HostScheduler::retry(Host& h, const Ticket& t, double delay_s, bool host_wide,
                              SteadyClock::time_point now, const char* deadline_reason) {
  SteadyClock::time_point at = now + seconds(delay_s);
  if (host_wide) h.next_allowed = std::max(h.next_allowed, at);
  at = std::max(at, h.next_allowed);
  if (options_.deadline && at >= *options_.deadline) return Decision{AfterFetch::give_up, deadline_reason, {}};
  Ticket again = t;
  ++again.attempt;
  h.waiting.emplace(at, std::move(again));
  return Decision{AfterFetch::retry, "", at};
}

bool left_for_next_run(const Decision& d) {
  return d.next == AfterFetch::give_up && (d.reason == "retry_past_deadline" || d.reason == "retry_after_past_deadline" ||
                                           d.reason == "retry_after_too_long");
}

Decision HostScheduler::on_done(const Ticket& t, const FetchOutcome& outcome, SteadyClock::time_point now) {
  Host& h = host(t.host);
  h.in_flight = std::max(0, h.in_flight - 1);
  Kind kind = classify(outcome);

  if (kind == Kind::success) {
    h.consecutive_failures = 0;
    return Decision{AfterFetch::done, "", {}};
  }
  if (kind == Kind::aborted) return Decision{AfterFetch::give_up, "aborted", {}};
  if (kind == Kind::permanent) return Decision{AfterFetch::give_up, fetch_error_name(outcome.error), {}};

  // A failure of the host: timeouts, resets, 5xx, 429, TLS.
  ++h.consecutive_failures;
  if (!h.set_aside && h.consecutive_failures >= options_.host_failure_limit) set_aside(h);
  if (h.set_aside) return Decision{AfterFetch::give_up, "host_failing", {}};
  if (kind == Kind::host_broken) return Decision{AfterFetch::give_up, fetch_error_name(outcome.error), {}};
  if (t.attempt >= options_.max_retries) return Decision{AfterFetch::give_up, "retries_exhausted", {}};

  if (kind == Kind::throttled && outcome.retry_after_s) {
    // A host asking for a longer pause than we wait for any retry gets it: nothing more
    // is requested from it this run (a cron run would otherwise sit idle for hours).
    if (*outcome.retry_after_s > options_.max_retry_delay_s) {
      set_aside(h);
      return Decision{AfterFetch::give_up, "retry_after_too_long", {}};
    }
    return retry(h, t, std::max(*outcome.retry_after_s, 0.0), true, now, "retry_after_past_deadline");
  }
  return retry(h, t, backoff_s(t.attempt), kind == Kind::throttled, now, "retry_past_deadline");
}

std::vector<Ticket> HostScheduler::take_skipped() {
  std::vector<Ticket> out;
  out.swap(skipped_);
  return out;
}

std::vector<Ticket> HostScheduler::drain() {
  std::vector<Ticket> out;
  for (const std::string& key : order_) {
    Host& h = hosts_.find(key)->second;
    for (Ticket& t : h.queue) out.push_back(std::move(t));
    for (auto& [when, t] : h.waiting) out.push_back(std::move(t));
    h.queue.clear();
    h.waiting.clear();
  }
  return out;
}

std::size_t HostScheduler::queued() const {
  std::size_t n = 0;
  for (const auto& [key, h] : hosts_) n += h.queue.size() + h.waiting.size();
  return n;
}

std::size_t HostScheduler::in_flight() const {
  std::size_t n = 0;
  for (const auto& [key, h] : hosts_) n += static_cast<std::size_t>(h.in_flight);
  return n;
}

bool HostScheduler::host_set_aside(std::string_view h) const {
  auto it = hosts_.find(normalize_host_arg(h));
  return it != hosts_.end() && it->second.set_aside;
}

}  // namespace newsarchive

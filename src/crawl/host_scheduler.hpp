#pragma once
// Politeness: per-host queues with a delay between request starts, an in-flight cap per
// host, round-robin across hosts, Retry-After, retries with jittered exponential
// backoff, and hosts set aside after repeated failures. Pure logic: the caller passes
// the time in, so tests drive it with a fake clock. Not thread-safe: one crawler loop
// owns it.
#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsarchive/fetcher.hpp"

namespace newsarchive {

struct CrawlSettings;

using SteadyClock = std::chrono::steady_clock;

struct SchedulerOptions {
  double per_host_delay_s = 1.0;    // between request starts to one host
  int max_in_flight_per_host = 0;   // 0: 1 when the host's delay is > 0, else ...
  int max_in_flight_no_delay = 4;   // ... this (a crawl sets its concurrency)
  int max_retries = 3;              // retries after the first attempt
  double retry_base_delay_s = 2.0;  // backoff before retry n (0-based): base * 2^n ...
  double max_retry_delay_s = 300;   // ... capped here, then jittered to [50%, 100%]; a
                                    // longer Retry-After sets the host aside for the run
  int host_failure_limit = 10;      // consecutive failures before a host is set aside
  std::uint64_t seed = 0;           // jitter seed (fixed in tests)
  // End of the run: a retry that could not start before it is given up instead.
  std::optional<SteadyClock::time_point> deadline;
};

// Options from [crawl] (delay, retries, backoff, failure limit) with a jitter seed.
SchedulerOptions scheduler_options(const CrawlSettings& settings, std::uint64_t seed);

// One URL handed out by pop_ready(); give it back to on_done() when it finishes.
struct Ticket {
  std::string url;
  std::string host;       // authority (host[:port]) the politeness applies to
  std::uint64_t tag = 0;  // the caller's id, e.g. FetchRequest::tag
  int attempt = 0;        // 0 for the first try
};

// What a finished request means for scheduling.
struct FetchOutcome {
  long status = 0;                      // HTTP status; 0 when there was no response
  FetchError error = FetchError::none;  // transport failure, if any
  std::optional<double> retry_after_s;  // parsed Retry-After, when the response had one
};

// The outcome of a FetchResult; `now_unix_s` (wall clock) resolves an HTTP-date
// Retry-After. Uses result.retry_after_s when set, else the Retry-After header.
FetchOutcome fetch_outcome(const FetchResult& result, std::int64_t now_unix_s);

// Seconds to wait from a Retry-After value (delta-seconds or an HTTP-date, RFC 9110
// 10.2.3); nullopt when unreadable. Dates in the past give 0.
std::optional<double> parse_retry_after(std::string_view value, std::int64_t now_unix_s);

enum class AfterFetch {
  done,     // finished for this run (any response, including 404 and 304)
  retry,    // requeued; it comes back from pop_ready() at or after retry_at
  give_up,  // not retried; `reason` says why
};
const char* after_fetch_name(AfterFetch n);

struct Decision {
  AfterFetch next = AfterFetch::done;
  // For give_up: "host_failing", "retries_exhausted", "retry_after_too_long" (the host is
  // set aside: it asked for a longer pause than max_retry_delay_s), "retry_after_past_deadline",
  // "retry_past_deadline", or a fetch_error_name() for errors retrying cannot fix
  // ("too_large", "tls", "bad_url", ...).
  std::string reason;
  SteadyClock::time_point retry_at{};
};

// A give_up that is no failure of the URL: the run ended before its retry, or its host
// asked for a longer pause than a run waits. The URL stays pending for the next run.
bool left_for_next_run(const Decision& d);

class HostScheduler {
 public:
  explicit HostScheduler(SchedulerOptions options);

  // The authority the scheduler keys hosts by ("news.example", "127.0.0.1:8080");
  // "" for URLs that do not parse.
  static std::string host_key(std::string_view url);

  // Overrides the delay for one host (a site's per_host_delay). The effective delay
  // is the longer of this (or the default) and the host's crawl delay. Either, set after
  // a request to the host started, also spaces the next request from that one.
  void set_host_delay(std::string_view host, double seconds);
  // The host's robots.txt Crawl-delay.
  void set_crawl_delay(std::string_view host, double seconds);
  double host_delay(std::string_view host) const;
  // Sets or moves the end of the run (see SchedulerOptions::deadline).
  void set_deadline(SteadyClock::time_point deadline) { options_.deadline = deadline; }

  // Queues a URL. Returns false, queueing nothing, for an unparseable URL or a host
  // that has been set aside (the caller records it as skipped: "host_failing").
  bool add(std::string url, std::uint64_t tag);

  // Up to `budget` requests that may start now, taking at most one per host per pass
  // and rotating the starting host between calls, so every ready host proceeds.
  std::vector<Ticket> pop_ready(SteadyClock::time_point now, std::size_t budget);

  // The earliest time pop_ready() could return something, or nullopt when nothing is
  // waiting on time (all queues empty, or every host with work is at its in-flight cap).
  std::optional<SteadyClock::time_point> next_wakeup() const;

  // Records a finished request and says what happens to its URL.
  Decision on_done(const Ticket& ticket, const FetchOutcome& outcome, SteadyClock::time_point now);

  // URLs dropped from queues since the last call because their host was set aside.
  std::vector<Ticket> take_skipped();
  // Empties every queue (e.g. on stop or time limit) and returns what was queued.
  std::vector<Ticket> drain();

  std::size_t queued() const;     // waiting, including requeued retries
  std::size_t in_flight() const;  // handed out and not yet done
  bool idle() const { return queued() == 0 && in_flight() == 0; }
  bool host_set_aside(std::string_view host) const;

 private:
  struct Host {
    std::deque<Ticket> queue;                                // FIFO, ready now
    std::multimap<SteadyClock::time_point, Ticket> waiting;  // retries by time
    SteadyClock::time_point next_allowed{};
    int in_flight = 0;
    int consecutive_failures = 0;
    bool set_aside = false;
    std::optional<double> delay_s;        // override of options.per_host_delay_s
    std::optional<double> crawl_delay_s;  // robots.txt
    std::optional<SteadyClock::time_point> last_start;  // of the latest request handed out
  };

  Host& host(const std::string& key);
  double delay_of(const Host& h) const;
  void respace(Host& h);
  int cap_of(const Host& h) const;
  bool has_ready_item(const Host& h, SteadyClock::time_point now) const;
  Ticket take_item(Host& h, SteadyClock::time_point now);
  double backoff_s(int attempt);
  void set_aside(Host& h);
  Decision retry(Host& h, const Ticket& t, double delay_s, bool host_wide,
                 SteadyClock::time_point now, const char* deadline_reason);

  SchedulerOptions options_;
  std::unordered_map<std::string, Host> hosts_;
  std::vector<std::string> order_;  // round-robin order (first-seen)
  std::size_t cursor_ = 0;
  std::vector<Ticket> skipped_;
  std::uint64_t rng_state_;
};

}  // namespace newsarchive

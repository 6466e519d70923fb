#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "crawl/config.hpp"
#include "crawl/host_scheduler.hpp"

using namespace newsarchive;
using std::chrono::milliseconds;

namespace {

const SteadyClock::time_point t0 = SteadyClock::time_point{} + std::chrono::hours(1);

SteadyClock::duration secs(double s) {
  return std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(s));
}
double seconds_between(SteadyClock::time_point a, SteadyClock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

std::vector<std::string> urls(const std::vector<Ticket>& ts) {
  std::vector<std::string> out;
  for (const Ticket& t : ts) out.push_back(t.url);
  return out;
}

FetchOutcome status(long s, std::optional<double> retry_after = std::nullopt) {
  return FetchOutcome{s, FetchError::none, retry_after};
}
FetchOutcome error(FetchError e) { return FetchOutcome{0, e, std::nullopt}; }

SchedulerOptions opts(double delay = 1.0) {
  SchedulerOptions o;
  o.per_host_delay_s = delay;
  o.seed = 42;
  return o;
}

}  // namespace

TEST(HostScheduler, KeysHostsByAuthority) {
  EXPECT_EQ(HostScheduler::host_key("https://News.Example/a"), "news.example");
  EXPECT_EQ(HostScheduler::host_key("http://127.0.0.1:8080/a"), "127.0.0.1:8080");
  EXPECT_EQ(HostScheduler::host_key("https://news.example:443/a"), "news.example");
  EXPECT_EQ(HostScheduler::host_key("not a url"), "");
}

TEST(HostScheduler, SpacesRequestStartsPerHostWhileTwoHostsInterleave) {
  HostScheduler s(opts(1.0));
  for (const char* u : {"https://a.example/1", "https://a.example/2", "https://a.example/3",
                        "https://b.example/1", "https://b.example/2"})
    ASSERT_TRUE(s.add(u, 0));

  EXPECT_EQ(urls(s.pop_ready(t0, 10)), (std::vector<std::string>{"https://a.example/1", "https://b.example/1"}));
  EXPECT_TRUE(s.pop_ready(t0, 10).empty());  // one in flight per host when a delay is set

  // Done quickly, but the next start still waits for the delay since the last start.
  Ticket a1{"https://a.example/1", "a.example", 0, 0}, b1{"https://b.example/1", "b.example", 0, 0};
  EXPECT_EQ(s.on_done(a1, status(200), t0 + milliseconds(200)).next, AfterFetch::done);
  EXPECT_EQ(s.on_done(b1, status(200), t0 + milliseconds(300)).next, AfterFetch::done);
  EXPECT_TRUE(s.pop_ready(t0 + milliseconds(999), 10).empty());
  ASSERT_TRUE(s.next_wakeup());
  EXPECT_EQ(*s.next_wakeup(), t0 + secs(1));

  std::vector<Ticket> second = s.pop_ready(t0 + secs(1), 10);
  EXPECT_EQ(urls(second), (std::vector<std::string>{"https://a.example/2", "https://b.example/2"}));
  for (const Ticket& t : second) s.on_done(t, status(200), t0 + secs(1.1));
  EXPECT_EQ(urls(s.pop_ready(t0 + secs(2), 10)), std::vector<std::string>{"https://a.example/3"});
}

TEST(HostScheduler, TheLongerOfSiteDelayAndCrawlDelayWins) {
  HostScheduler s(opts(1.0));
  s.set_host_delay("a.example", 0.5);
  s.set_crawl_delay("a.example", 5);
  s.set_host_delay("https://b.example/", 3);  // a URL names its host too
  s.set_crawl_delay("b.example", 2);
  EXPECT_DOUBLE_EQ(s.host_delay("a.example"), 5.0);
  EXPECT_DOUBLE_EQ(s.host_delay("b.example"), 3.0);
  EXPECT_DOUBLE_EQ(s.host_delay("c.example"), 1.0);

  s.add("https://a.example/1", 1);
  s.add("https://a.example/2", 2);
  std::vector<Ticket> first = s.pop_ready(t0, 10);
  ASSERT_EQ(first.size(), 1u);
  s.on_done(first[0], status(200), t0 + secs(0.1));
  EXPECT_TRUE(s.pop_ready(t0 + secs(4.9), 10).empty());
  EXPECT_EQ(s.pop_ready(t0 + secs(5), 10).size(), 1u);
}

TEST(HostScheduler, RoundRobinKeepsABusyHostFromStarvingOthers) {
  SchedulerOptions o = opts(0.0);  // no delay: up to 4 in flight per host
  HostScheduler s(o);
  for (int i = 0; i < 100; ++i) s.add("https://big.example/" + std::to_string(i), 0);
  s.add("https://small1.example/x", 0);
  s.add("https://small2.example/x", 0);

  std::vector<Ticket> got = s.pop_ready(t0, 3);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].host, "big.example");
  EXPECT_EQ(got[1].host, "small1.example");
  EXPECT_EQ(got[2].host, "small2.example");

  // The next call starts after the last host served, and the per-host cap holds.
  std::vector<Ticket> more = s.pop_ready(t0, 10);
  EXPECT_EQ(more.size(), 3u);  // big.example up to its cap of 4
  for (const Ticket& t : more) EXPECT_EQ(t.host, "big.example");
}

TEST(HostScheduler, RotatesTheFirstHostBetweenCalls) {
  HostScheduler s(opts(0.0));
  for (int i = 0; i < 3; ++i)
    for (const char* h : {"a", "b", "c"}) s.add("https://" + std::string(h) + ".example/" + std::to_string(i), 0);
  EXPECT_EQ(s.pop_ready(t0, 2)[0].host, "a.example");
  EXPECT_EQ(s.pop_ready(t0, 2)[0].host, "c.example");
  EXPECT_EQ(s.pop_ready(t0, 2)[0].host, "b.example");
}

TEST(HostScheduler, RetryAfterPausesTheWholeHost) {
  HostScheduler s(opts(1.0));
  s.add("https://a.example/1", 1);
  s.add("https://a.example/2", 2);
  Ticket t = s.pop_ready(t0, 1).at(0);
  Decision d = s.on_done(t, status(429, 30.0), t0 + secs(1));
  EXPECT_EQ(d.next, AfterFetch::retry);
  EXPECT_EQ(d.retry_at, t0 + secs(31));
  EXPECT_TRUE(s.pop_ready(t0 + secs(30), 10).empty());
  EXPECT_EQ(*s.next_wakeup(), t0 + secs(31));
  std::vector<Ticket> again = s.pop_ready(t0 + secs(31), 10);
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].url, "https://a.example/1");  // the retry goes first
  EXPECT_EQ(again[0].attempt, 1);
  EXPECT_EQ(again[0].tag, 1u);
}

TEST(HostScheduler, ARetryAfterLongerThanTheRetryCapSetsTheHostAside) {
  SchedulerOptions o = opts(0.0);
  o.max_retry_delay_s = 300;
  HostScheduler s(o);
  s.add("https://a.example/1", 1);
  s.add("https://a.example/2", 2);
  std::vector<Ticket> first = s.pop_ready(t0, 1);
  ASSERT_EQ(first.size(), 1u);
  // Waiting as asked, up to the cap...
  Decision d = s.on_done(first[0], status(503, 300.0), t0);
  EXPECT_EQ(d.next, AfterFetch::retry);
  EXPECT_EQ(d.retry_at, t0 + secs(300));
  // ... but a host that asks for more is left alone for the rest of the run.
  std::vector<Ticket> again = s.pop_ready(t0 + secs(300), 1);
  ASSERT_EQ(again.size(), 1u);
  Decision d2 = s.on_done(again[0], status(503, 10 * 3600.0), t0 + secs(300));
  EXPECT_EQ(d2.next, AfterFetch::give_up);
  EXPECT_EQ(d2.reason, "retry_after_too_long");
  EXPECT_TRUE(left_for_next_run(d2));
  EXPECT_FALSE(left_for_next_run(d)) << "a retry within the run";
  EXPECT_TRUE(s.host_set_aside("a.example"));
  EXPECT_EQ(s.take_skipped().size(), 1u) << "the host's other URL is not requested";
  EXPECT_FALSE(s.add("https://a.example/3", 3));
  EXPECT_TRUE(s.add("https://b.example/1", 4));
  std::vector<Ticket> rest = s.pop_ready(t0 + secs(300), 10);
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].host, "b.example");
}

TEST(HostScheduler, RetryAfterIsGivenUpPastTheDeadline) {
  SchedulerOptions o = opts(0.0);
  o.deadline = t0 + secs(60);
  HostScheduler s(o);
  s.add("https://a.example/1", 0);
  Decision late = s.on_done(s.pop_ready(t0, 1).at(0), status(429, 120.0), t0);
  EXPECT_EQ(late.next, AfterFetch::give_up);
  EXPECT_EQ(late.reason, "retry_after_past_deadline");
  EXPECT_TRUE(left_for_next_run(late));
}

TEST(HostScheduler, ReadsRetryAfterAsSecondsOrHttpDate) {
  const std::int64_t now = 1715934600;  // Fri, 17 May 2024 08:30:00 GMT
  EXPECT_EQ(parse_retry_after("120", now), 120.0);
  EXPECT_EQ(parse_retry_after("Fri, 17 May 2024 08:30:30 GMT", now), 30.0);
  EXPECT_EQ(parse_retry_after("Fri, 17 May 2024 08:00:00 GMT", now), 0.0);  // past
  EXPECT_FALSE(parse_retry_after("soon", now));
  EXPECT_FALSE(parse_retry_after("", now));

  FetchResult r;
  r.status = 503;
  r.headers = {{"retry-after", "Fri, 17 May 2024 08:31:00 GMT"}};
  FetchOutcome o = fetch_outcome(r, now);
  EXPECT_EQ(o.status, 503);
  EXPECT_EQ(o.retry_after_s, 60.0);
  r.retry_after_s = 5.0;  // the fetcher's own parse wins
  EXPECT_EQ(fetch_outcome(r, now).retry_after_s, 5.0);
}

TEST(HostScheduler, BackoffGrowsExponentiallyUpToTheCap) {
  SchedulerOptions o = opts(0.0);
  o.retry_base_delay_s = 2;
  o.max_retry_delay_s = 10;
  o.max_retries = 6;
  o.host_failure_limit = 100;
  HostScheduler s(o);
  s.add("https://a.example/1", 7);
  SteadyClock::time_point now = t0;
  std::vector<double> waits;
  for (int attempt = 0; attempt <= 6; ++attempt) {
    std::vector<Ticket> got = s.pop_ready(now, 1);
    ASSERT_EQ(got.size(), 1u) << attempt;
    EXPECT_EQ(got[0].attempt, attempt);
    Decision d = s.on_done(got[0], error(FetchError::timeout), now);
    if (attempt == 6) {
      EXPECT_EQ(d.next, AfterFetch::give_up);
      EXPECT_EQ(d.reason, "retries_exhausted");
      break;
    }
    ASSERT_EQ(d.next, AfterFetch::retry);
    waits.push_back(seconds_between(now, d.retry_at));
    EXPECT_TRUE(s.pop_ready(d.retry_at - milliseconds(1), 1).empty());
    now = d.retry_at;
  }
  // Jittered to [50%, 100%] of min(base * 2^n, cap).
  const double expected[] = {2, 4, 8, 10, 10, 10};
  ASSERT_EQ(waits.size(), 6u);
  for (std::size_t i = 0; i < waits.size(); ++i) {
    EXPECT_GE(waits[i], expected[i] / 2 - 1e-6) << i;
    EXPECT_LE(waits[i], expected[i] + 1e-6) << i;
  }
  EXPECT_GT(waits[2], waits[0]);
  EXPECT_TRUE(s.idle());
}

TEST(HostScheduler, JitterIsDeterministicForASeed) {
  auto first_wait = [](std::uint64_t seed) {
    SchedulerOptions o = opts(0.0);
    o.seed = seed;
    o.retry_base_delay_s = 100;
    o.max_retry_delay_s = 100;
    HostScheduler s(o);
    s.add("https://a.example/1", 0);
    return s.on_done(s.pop_ready(t0, 1).at(0), status(500), t0).retry_at;
  };
  EXPECT_EQ(first_wait(1), first_wait(1));
  EXPECT_NE(first_wait(1), first_wait(2));
}

TEST(HostScheduler, ServerErrorsAndTransportFailuresAreRetried) {
  for (FetchOutcome o : {status(500), status(502), status(504), error(FetchError::timeout),
                         error(FetchError::connect), error(FetchError::recv), error(FetchError::dns)}) {
    HostScheduler s(opts(0.0));
    s.add("https://a.example/1", 0);
    EXPECT_EQ(s.on_done(s.pop_ready(t0, 1).at(0), o, t0).next, AfterFetch::retry);
    EXPECT_EQ(s.queued(), 1u);
  }
}

TEST(HostScheduler, AnyOtherResponseFinishesTheUrl) {
  for (long code : {200L, 301L, 304L, 404L, 410L}) {
    HostScheduler s(opts(0.0));
    s.add("https://a.example/1", 0);
    EXPECT_EQ(s.on_done(s.pop_ready(t0, 1).at(0), status(code), t0).next, AfterFetch::done) << code;
    EXPECT_TRUE(s.idle());
  }
}

TEST(HostScheduler, ErrorsRetryingCannotFixAreGivenUpAtOnce) {
  HostScheduler s(opts(0.0));
  s.add("https://a.example/1", 0);
  Decision d = s.on_done(s.pop_ready(t0, 1).at(0), error(FetchError::too_large), t0);
  EXPECT_EQ(d.next, AfterFetch::give_up);
  EXPECT_EQ(d.reason, "too_large");
}

TEST(HostScheduler, SetsAsideAHostAfterConsecutiveFailures) {
  SchedulerOptions o = opts(0.0);
  o.host_failure_limit = 3;
  o.max_in_flight_per_host = 1;
  HostScheduler s(o);
  for (int i = 0; i < 6; ++i) s.add("https://bad.example/" + std::to_string(i), static_cast<std::uint64_t>(i));
  s.add("https://good.example/1", 100);

  // A success in between resets the count.
  // Runs one round: the bad host's request gets `outcome`, any other one succeeds.
  auto run_one = [&](const std::string& host, FetchOutcome outcome) {
    Decision d;
    for (const Ticket& t : s.pop_ready(t0 + secs(3600), 10)) {
      if (t.host == host)
        d = s.on_done(t, outcome, t0);
      else
        s.on_done(t, status(200), t0);
    }
    return d;
  };
  EXPECT_EQ(run_one("bad.example", error(FetchError::timeout)).next, AfterFetch::retry);
  EXPECT_EQ(run_one("bad.example", status(200)).next, AfterFetch::done);
  EXPECT_EQ(run_one("bad.example", error(FetchError::connect)).next, AfterFetch::retry);
  EXPECT_EQ(run_one("bad.example", status(502)).next, AfterFetch::retry);
  Decision third = run_one("bad.example", error(FetchError::timeout));
  EXPECT_EQ(third.next, AfterFetch::give_up);
  EXPECT_EQ(third.reason, "host_failing");
  EXPECT_FALSE(left_for_next_run(third)) << "a URL that was requested and failed";

  EXPECT_TRUE(s.host_set_aside("bad.example"));
  std::vector<Ticket> skipped = s.take_skipped();
  EXPECT_FALSE(skipped.empty());
  for (const Ticket& t : skipped) EXPECT_EQ(t.host, "bad.example");
  EXPECT_TRUE(s.take_skipped().empty());
  EXPECT_FALSE(s.add("https://bad.example/new", 50));
  EXPECT_EQ(s.queued(), 0u);
  EXPECT_TRUE(s.pop_ready(t0 + secs(7200), 10).empty());
  EXPECT_TRUE(s.add("https://good.example/2", 101));
}

TEST(HostScheduler, NextWakeupIsEmptyWhenNothingWaitsOnTime) {
  HostScheduler s(opts(1.0));
  EXPECT_FALSE(s.next_wakeup());
  s.add("https://a.example/1", 0);
  s.add("https://a.example/2", 0);
  EXPECT_EQ(*s.next_wakeup(), SteadyClock::time_point{});  // ready at once
  s.pop_ready(t0, 10);
  EXPECT_FALSE(s.next_wakeup());  // at its in-flight cap: on_done will free it
  EXPECT_EQ(s.in_flight(), 1u);
  EXPECT_EQ(s.queued(), 1u);
}

TEST(HostScheduler, DrainEmptiesEveryQueue) {
  HostScheduler s(opts(1.0));
  s.add("https://a.example/1", 1);
  s.add("https://a.example/2", 2);
  s.add("https://b.example/1", 3);
  Ticket t = s.pop_ready(t0, 1).at(0);
  s.on_done(t, status(503), t0);  // requeued for later
  std::vector<Ticket> left = s.drain();
  EXPECT_EQ(left.size(), 3u);
  EXPECT_EQ(s.queued(), 0u);
  EXPECT_TRUE(s.pop_ready(t0 + secs(3600), 10).empty());
}

TEST(HostScheduler, TakesItsOptionsFromTheCrawlSettings) {
  CrawlSettings c;
  c.per_host_delay = 2.5;
  c.max_retries = 5;
  c.retry_base_delay = 1;
  c.max_retry_delay = 60;
  c.host_failure_limit = 7;
  SchedulerOptions o = scheduler_options(c, 9);
  EXPECT_DOUBLE_EQ(o.per_host_delay_s, 2.5);
  EXPECT_EQ(o.max_retries, 5);
  EXPECT_DOUBLE_EQ(o.retry_base_delay_s, 1.0);
  EXPECT_DOUBLE_EQ(o.max_retry_delay_s, 60.0);
  EXPECT_EQ(o.host_failure_limit, 7);
  EXPECT_EQ(o.seed, 9u);
}

TEST(HostScheduler, GivesUpABackoffThatWouldEndPastTheDeadline) {
  SchedulerOptions o = opts(0.0);
  o.retry_base_delay_s = 30;
  HostScheduler s(o);
  s.set_deadline(t0 + secs(10));
  s.add("https://a.example/1", 0);
  Decision d = s.on_done(s.pop_ready(t0, 1).at(0), status(500), t0);
  EXPECT_EQ(d.next, AfterFetch::give_up);
  EXPECT_EQ(d.reason, "retry_past_deadline");
}

// robots.txt's Crawl-delay arrives with the response to the first request: the next
// request waits the crawl delay from that request's start, not the delay it started with.
TEST(HostScheduler, ACrawlDelayLearnedAfterAStartSpacesTheNextFromIt) {
  HostScheduler s(opts(0.5));
  ASSERT_TRUE(s.add("https://a.example/robots.txt", 1));
  ASSERT_EQ(s.pop_ready(t0, 10).size(), 1u);
  s.on_done(Ticket{"https://a.example/robots.txt", "a.example", 1, 0}, status(200), t0 + secs(0.1));
  s.set_crawl_delay("a.example", 5);
  ASSERT_TRUE(s.add("https://a.example/feed", 2));
  EXPECT_TRUE(s.pop_ready(t0 + secs(0.6), 10).empty()) << "0.5 s after the start: too early";
  ASSERT_TRUE(s.next_wakeup());
  EXPECT_NEAR(seconds_between(t0, *s.next_wakeup()), 5.0, 1e-6);
  EXPECT_EQ(s.pop_ready(t0 + secs(5), 10).size(), 1u);
  // A site's longer per_host_delay set later does the same.
  s.on_done(Ticket{"https://a.example/feed", "a.example", 2, 0}, status(200), t0 + secs(5.1));
  s.set_host_delay("a.example", 8);
  ASSERT_TRUE(s.add("https://a.example/story", 3));
  EXPECT_TRUE(s.pop_ready(t0 + secs(12), 10).empty());
  EXPECT_EQ(s.pop_ready(t0 + secs(13), 10).size(), 1u);
}

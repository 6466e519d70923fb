#pragma once
// Crawler::Impl, shared by crawler.cpp (the run loop, articles, the frontier),
// crawler_discovery.cpp (robots.txt, feeds, sitemaps, start pages) and
// crawler_redirects.cpp (redirects followed hop by hop).
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"
#include "crawl/crawler.hpp"
#include "crawl/host_scheduler.hpp"
#include "crawl/robots.hpp"
#include "crawl/url_filter.hpp"
#include "newsarchive/archive.hpp"
#include "newsarchive/pipeline.hpp"

namespace newsarchive {

namespace crawl_detail {

enum class JobKind { robots, document, start_page, article };

// One request the crawl wants made.
struct Job {
  JobKind kind = JobKind::article;
  int site = -1;                 // index into sites; the site that asked (robots: first asker)
  std::string url;               // as found or configured: the frontier's and documents' key
  std::string hop;               // the redirect target being requested; "" while asking `url`
  int redirects = 0;             // hops followed so far
  std::vector<std::string> chain;  // the URL and its hops' targets, normalised (a loop ends the chain)
  int depth = 0;                 // document: sitemap index nesting
  std::int64_t frontier_id = 0;  // article
  int prior_attempts = 0;        // article: attempts by earlier runs
  int attempts = 0;              // made in this run

  const std::string& request_url() const { return hop.empty() ? url : hop; }
};

// Dry run: where the frontier would rank a URL found (it is not written there).
struct Found {
  std::string priority;   // frontier_priority()
  std::size_t order = 0;  // discovery order, the frontier's tie-break
  bool dated = false;     // a listing gave it a date
  bool known = false;     // archived and not due: not to be fetched
};

struct SiteState {
  const SiteConfig* config = nullptr;
  std::string token;  // robots.txt product token of its user_agent, lower case
  UrlFilter filter;
  SiteReport report;
  std::unordered_set<std::string> home_hosts;  // authorities of its start/feed/sitemap URLs
  std::unordered_set<std::string> documents;   // discovery URLs taken up (normalised)
  std::unordered_map<std::string, Found> seen;  // dry run: article URLs found
  std::vector<std::string> allowed;             // dry run: of those, the ones robots.txt allows
  std::vector<FrontierEntry> admissions;       // found, not yet in the frontier
  // Archived articles due for a recheck this run, by id, with the URL that rechecks them:
  // an article listed under two URLs (its old address, which redirects, and its new
  // one) is fetched once.
  std::unordered_map<std::int64_t, std::string> rechecking;
  int discovery_open = 0;   // discovery jobs not finished (queued, parked, in flight)
  int child_sitemaps = 0;   // taken from sitemap indexes
  FrontierCursor cursor;    // the last pending URL taken from the frontier
  bool exhausted = false;   // no pending URL left in the frontier
  int claimed = 0;          // article URLs taken from the frontier (robots skips excepted)
  int active = 0;           // of which not fetched yet (parked, queued, in flight)

  explicit SiteState(const SiteConfig& site)
      : config(&site), token(to_lower_ascii(product_token(site.user_agent))), filter(site) {}
  bool discovering() const { return discovery_open > 0; }
};

struct HostRobots {
  enum class State { fetching, ready } state = State::fetching;
  Robots robots;
  std::string unreachable;  // why everything is disallowed ("http_503", ...); "" otherwise
  std::vector<Job> parked;  // waiting for the robots.txt
};

inline constexpr int kMaxSitemapDepth = 2;       // index -> index -> urlset
inline constexpr int kMaxChildSitemaps = 100;    // per site per run
inline constexpr std::size_t kAdmitBatch = 512;  // frontier rows per transaction
inline constexpr int kMaxRedirects = 10;         // hops per job, as the fetcher's default

// A 3xx a crawl follows itself (301, 302, 303, 307, 308); crawler_redirects.cpp.
bool is_redirect(const FetchResult& result);

}  // namespace crawl_detail

struct Crawler::Impl {
  using Job = crawl_detail::Job;
  using JobKind = crawl_detail::JobKind;
  using SiteState = crawl_detail::SiteState;
  using HostRobots = crawl_detail::HostRobots;

  Impl(const CrawlConfig& config, std::vector<const SiteConfig*> sites, CrawlOptions options,
       std::unique_ptr<Fetcher> fetcher);

  const CrawlConfig& config;
  CrawlOptions options;
  std::unique_ptr<Fetcher> fetcher;
  HostScheduler scheduler;
  std::string token;  // robots.txt product token of [crawl]'s user_agent, lower case
  int concurrency = 1;
  int window = 64;    // article URLs per site taken from the frontier at a time

  std::optional<Archive> archive;      // this thread's connection: frontier, runs, rechecks
  std::unique_ptr<Pipeline> pipeline;  // parse and store; not in a dry run
  std::int64_t run_id = 0;

  std::vector<SiteState> sites;
  std::unordered_map<std::string, HostRobots> robots;  // by robots_key()
  std::unordered_map<std::uint64_t, Job> jobs;          // in the scheduler or in flight
  std::unordered_map<std::uint64_t, Ticket> in_flight;  // handed to the fetcher
  std::unordered_map<std::uint64_t, Job> parsing;       // articles in the pipeline
  std::unordered_map<std::string, double> host_delays;  // per_host_delay set per host: the largest
  std::unordered_map<std::string, int> dry_run_owner;   // dry run: URL -> the site that found it first
  std::vector<FrontierResult> finished;                 // outcomes not yet written
  std::uint64_t next_tag = 1;

  SteadyClock::time_point started;
  std::optional<SteadyClock::time_point> deadline;
  SteadyClock::time_point grace_end;
  SteadyClock::time_point last_flush, last_checkpoint, last_progress;
  bool stopping = false;
  RunEnd end = RunEnd::completed;

  // crawler.cpp
  CrawlReport run();
  void start();
  void loop();
  CrawlReport finish();
  void begin_stop(RunEnd why, SteadyClock::time_point now);
  bool done() const;
  int wait_ms(SteadyClock::time_point now) const;
  void release(SteadyClock::time_point now);
  void refill();
  void on_result(FetchResult result, SteadyClock::time_point now);
  void finish_job(Job job, FetchResult result, bool cut_short);
  // crawler_redirects.cpp: a 3xx answer to a job that asked not to follow; the target
  // goes through the same gates as any request (robots.txt of its host, exclude).
  void follow_redirect(Job job, FetchResult result);
  void on_outcome(const PipelineOutcome& outcome);
  void collect_outcomes();
  void periodic(SteadyClock::time_point now, bool force);
  CrawlReport report() const;
  void record(FetchResult result, std::string note);
  void finish_article(Job job, FetchResult result, bool cut_short);
  void article_not_fetched(const Job& job, const std::string& state, const std::string& reason);
  // An article URL not requested this run (its host was set aside) stays pending for the
  // next run, without using up the page budget.
  void article_left_pending(const Job& job);

  // crawler_discovery.cpp
  void submit(Job job);
  void gate(Job job, const HostRobots& host);
  void enqueue(Job job);
  void job_not_started(const Job& job, const std::string& reason);
  void submit_document(int site, const std::string& url, int depth, JobKind kind);
  // A site's User-Agent and robots.txt product token (the [crawl] ones for site < 0).
  const std::string& user_agent_of(int site) const;
  const std::string& token_of(int site) const;
  // robots.txt rules depend on the product token, so they are kept per token and host.
  std::string robots_key(int site, const std::string& url) const;
  void resolve_robots(int site, const std::string& robots_url, Robots policy, const std::string& unreachable);
  void remember_document(const std::string& url, const DocumentState& state);
  void relist(const Job& job);
  void finish_robots(const Job& job, FetchResult result);
  void finish_document(const Job& job, FetchResult result, bool cut_short);
  void finish_start_page(const Job& job, FetchResult result, bool cut_short);
  void source_failed(int site, const std::string& reason);
  // Takes a discovered URL into the run when the site's filter accepts it; the filter's
  // verdict otherwise.
  UrlVerdict admit(int site, const std::string& url, LinkSource from, const std::string& listed_date,
                   const std::string& found_on);
  void flush_admissions(SiteState& site);
  // Dry run: prints the URLs a real run would take from the frontier, in its order.
  void list_would_fetch(SiteState& site);
};

}  // namespace newsarchive

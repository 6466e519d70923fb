// The crawl's run loop: the HostScheduler releases requests, the Fetcher runs them,
// discovery results feed the frontier (crawler_discovery.cpp), article pages go to
// the Pipeline, and outcomes go back to the frontier and the report.
#include "crawl/crawler.hpp"

#include <poll.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <thread>

#include "core/stop_flag.hpp"
#include "core/time.hpp"
#include "crawl/crawl_policy.hpp"
#include "crawl/crawler_impl.hpp"

namespace newsarchive {

namespace {

constexpr int kMaxWaitMs = 200;
constexpr auto kFlushEvery = std::chrono::seconds(1);
constexpr auto kCheckpointEvery = std::chrono::seconds(5);
constexpr auto kProgressEvery = std::chrono::milliseconds(250);

SchedulerOptions make_scheduler_options(const CrawlConfig& config, const CrawlOptions& options) {
  SchedulerOptions o = scheduler_options(config.crawl, options.seed);
  o.max_in_flight_no_delay = config.crawl.concurrency;
  return o;
}

std::unique_ptr<Fetcher> make_fetcher(const CrawlConfig& config, const CrawlOptions& options) {
  FetcherOptions o = fetcher_options(config.crawl);
  // The scheduler is the per-host gate; the fetcher only caps the total.
  o.max_per_host = config.crawl.concurrency;
  o.resolve = options.resolve;
  o.ca_file = options.ca_file;
  return make_curl_fetcher(o);
}

int ms_until(SteadyClock::time_point when, SteadyClock::time_point now) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when - now).count();
  return static_cast<int>(std::clamp<long long>(ms, 0, 1 << 30));
}

}  // namespace

Crawler::Impl::Impl(const CrawlConfig& c, std::vector<const SiteConfig*> selected, CrawlOptions o,
                    std::unique_ptr<Fetcher> f)
    : config(c),
      options(std::move(o)),
      fetcher(std::move(f)),
      scheduler(make_scheduler_options(c, options)),
      token(to_lower_ascii(product_token(c.crawl.user_agent))),
      concurrency(std::max(1, c.crawl.concurrency)),
      window(std::max(64, 4 * c.crawl.concurrency)) {
  for (const SiteConfig* s : selected) {
    sites.emplace_back(*s);
    SiteState& site = sites.back();
    site.report.name = s->name;
    for (const auto* list : {&s->start, &s->feeds, &s->sitemaps})
      for (const std::string& url : *list) site.home_hosts.insert(HostScheduler::host_key(url));
  }
}

Crawler::Crawler(const CrawlConfig& config, std::vector<const SiteConfig*> sites, CrawlOptions options,
                 std::unique_ptr<Fetcher> fetcher)
    : impl_(std::make_unique<Impl>(config, std::move(sites), std::move(options), std::move(fetcher))) {}

Crawler::~Crawler() = default;

CrawlReport Crawler::run() { return impl_->run(); }

CrawlReport Crawler::Impl::run() {
  start();
  loop();
  return finish();
}

void Crawler::Impl::start() {
  started = last_flush = last_checkpoint = last_progress = SteadyClock::now();
  if (options.max_duration_s) {
    deadline = started + std::chrono::duration_cast<SteadyClock::duration>(
                             std::chrono::duration<double>(*options.max_duration_s));
    scheduler.set_deadline(*deadline);
  }
  if (!options.dry_run) {
    archive.emplace(options.db_path);  // creates or migrates before the writer opens it
    std::vector<std::string> names;
    for (const SiteState& s : sites) names.push_back(s.config->name);
    run_id = archive->begin_run(options.config_path, names);
    PipelineOptions p;
    p.workers = options.workers > 0 ? options.workers : config.crawl.workers;
    p.outlets = options.outlets;
    p.run_id = run_id;
    pipeline = std::make_unique<Pipeline>(options.db_path, p);
    for (SiteState& s : sites) {
      auto resumed = static_cast<int>(archive->frontier_resume(run_id, s.config->name));
      s.report.discovered += resumed;
      s.report.resumed += resumed;
      if (resumed) spdlog::info("crawl: {}: {} URLs left pending by an earlier run", s.config->name, resumed);
    }
    spdlog::info("crawl: run {} started on {} with {} sites", run_id, options.db_path, sites.size());
  } else {
    std::error_code ec;
    if (std::filesystem::exists(options.db_path, ec)) {
      try {
        archive.emplace(options.db_path, Archive::Mode::read_only);
      } catch (const ArchiveError& e) {
        spdlog::warn("crawl: dry run without the archive's knowledge ({})", e.what());
      }
    }
  }
  if (!fetcher) fetcher = make_fetcher(config, options);
  for (std::size_t i = 0; i < sites.size(); ++i) {
    const SiteConfig& s = *sites[i].config;
    int index = static_cast<int>(i);
    for (const std::string& url : s.feeds) submit_document(index, url, 0, JobKind::document);
    for (const std::string& url : s.sitemaps) submit_document(index, url, 0, JobKind::document);
    for (const std::string& url : s.start) submit_document(index, url, 0, JobKind::start_page);
  }
}

void Crawler::Impl::loop() {
  for (;;) {
    auto now = SteadyClock::now();
    if (!stopping) {
      if (stop_flag().requested())
        begin_stop(RunEnd::interrupted, now);
      else if (deadline && now >= *deadline)
        begin_stop(RunEnd::timed_out, now);
    }
    if (!stopping) {
      refill();
      release(now);
    }
    int wait = wait_ms(now);
    std::vector<FetchResult> results;
    if (fetcher->pending() > 0) {
      results = fetcher->perform(wait);
    } else if (wait > 0) {
      pollfd fd{stop_flag().wake_fd(), POLLIN, 0};
      if (fd.fd >= 0 && !stopping)
        ::poll(&fd, 1, wait);
      else
        std::this_thread::sleep_for(std::chrono::milliseconds(wait));
    }
    now = SteadyClock::now();
    for (FetchResult& r : results) on_result(std::move(r), now);
    collect_outcomes();
    periodic(now, false);
    if (stopping) {
      if (fetcher->pending() == 0 || now >= grace_end) break;
    } else if (done()) {
      break;
    }
  }
}

void Crawler::Impl::begin_stop(RunEnd why, SteadyClock::time_point now) {
  stopping = true;
  end = why;
  grace_end = now + std::chrono::duration_cast<SteadyClock::duration>(
                        std::chrono::duration<double>(options.stop_grace_s));
  spdlog::info("crawl: {}: finishing the transfers in flight", why == RunEnd::interrupted ? "stop requested"
                                                                                          : "time limit reached");
  // What has not started stays pending in the frontier for the next run.
  for (const Ticket& t : scheduler.drain()) {
    auto it = jobs.find(t.tag);
    if (it == jobs.end()) continue;
    Job& job = it->second;
    if (job.kind == JobKind::article) --sites[job.site].active;
    if (job.kind == JobKind::document || job.kind == JobKind::start_page) {
      --sites[job.site].discovery_open;
      --sites[job.site].report.sources;
    }
    jobs.erase(it);
  }
  for (auto& [key, host] : robots) {
    for (const Job& job : host.parked) {
      if (job.kind == JobKind::article) --sites[job.site].active;
      if (job.kind == JobKind::document || job.kind == JobKind::start_page) {
        --sites[job.site].discovery_open;
        --sites[job.site].report.sources;
      }
    }
    host.parked.clear();
  }
}

bool Crawler::Impl::done() const {
  if (!scheduler.idle() || fetcher->pending() > 0) return false;
  for (const SiteState& s : sites) {
    if (s.discovering()) return false;
    bool more = !options.dry_run && !s.exhausted && s.claimed < s.config->max_pages;
    if (more) return false;
  }
  return true;
}

int Crawler::Impl::wait_ms(SteadyClock::time_point now) const {
  if (stopping) return 50;
  int wait = kMaxWaitMs;
  // With every slot taken, nothing can start before a transfer ends, and perform()
  // returns as soon as one does.
  if (fetcher->pending() < static_cast<std::size_t>(concurrency)) {
    if (auto next = scheduler.next_wakeup()) wait = std::max(1, std::min(wait, ms_until(*next, now)));
  }
  if (deadline) wait = std::min(wait, ms_until(*deadline, now) + 1);
  if (pipeline && pipeline->in_progress() > 0 && fetcher->pending() == 0) wait = std::min(wait, 20);
  return wait;
}

// Tops each site's share of the scheduler up from the frontier once its discovery
// is over: at most `window` article URLs at a time, `max_pages` in the run.
void Crawler::Impl::refill() {
  if (options.dry_run || !archive) return;
  for (std::size_t i = 0; i < sites.size(); ++i) {
    SiteState& s = sites[i];
    if (s.discovering() || s.exhausted) continue;
    int room = std::min(window - s.active, s.config->max_pages - s.claimed);
    if (room <= 0 || (s.active > window / 2 && room < window / 2)) continue;
    std::vector<FrontierEntry> pending = archive->frontier_pending(run_id, s.config->name, s.cursor, room);
    if (static_cast<int>(pending.size()) < room) s.exhausted = true;
    for (FrontierEntry& e : pending) {
      s.cursor = FrontierCursor{e.priority, e.id};
      ++s.claimed;
      ++s.active;
      Job job;
      job.kind = JobKind::article;
      job.site = static_cast<int>(i);
      job.url = std::move(e.url);
      job.frontier_id = e.id;
      job.prior_attempts = e.attempts;
      submit(std::move(job));
    }
  }
}

void Crawler::Impl::release(SteadyClock::time_point now) {
  std::size_t pending = fetcher->pending();
  if (pending >= static_cast<std::size_t>(concurrency)) return;
  for (Ticket& t : scheduler.pop_ready(now, static_cast<std::size_t>(concurrency) - pending)) {
    auto it = jobs.find(t.tag);
    if (it == jobs.end()) continue;
    const Job& job = it->second;
    FetchRequest request;
    request.url = t.url;
    request.tag = t.tag;
    request.user_agent = user_agent_of(job.site);
    // robots.txt redirects are followed as RFC 9309 asks; every other hop is vetted.
    request.follow_redirects = job.kind == JobKind::robots;
    // A robots.txt is parsed only so far; a larger one is read that far (one byte more
    // tells a cut line) rather than failed, which would close the host for the run.
    if (job.kind == JobKind::robots) request.read_first_bytes = kRobotsParseBytes + 1;
    // An article's validators are those of the article this URL leads to (a hop's own
    // target may be another article); a document's are kept under the URL as found and
    // go to it and to the last URL it led to.
    if (job.kind == JobKind::article && archive) {
      if (auto known = archive->known_url(t.url)) {
        if (!known->etag.empty()) request.etag = known->etag;
        if (!known->last_modified.empty()) request.last_modified = known->last_modified;
      }
    }
    // A dry run lists what a feed holds, so it asks for the whole document.
    if (job.kind == JobKind::document && archive && !options.dry_run) {
      if (auto doc = archive->document_state(job.url); doc && (job.hop.empty() || job.hop == doc->final_url)) {
        if (!doc->etag.empty()) request.etag = doc->etag;
        if (!doc->last_modified.empty()) request.last_modified = doc->last_modified;
      }
    }
    spdlog::debug("crawl: fetch {}{}", t.url, t.attempt ? " (retry " + std::to_string(t.attempt) + ")" : "");
    std::uint64_t tag = t.tag;
    in_flight.emplace(tag, std::move(t));
    fetcher->add(std::move(request));
  }
}

void Crawler::Impl::on_result(FetchResult result, SteadyClock::time_point now) {
  auto flight = in_flight.find(result.tag);
  if (flight == in_flight.end()) return;
  Ticket ticket = std::move(flight->second);
  in_flight.erase(flight);
  auto it = jobs.find(result.tag);
  if (it == jobs.end()) return;
  Decision d = scheduler.on_done(ticket, fetch_outcome(result, now_ms() / 1000), now);
  ++it->second.attempts;
  if (d.next == AfterFetch::retry) {
    spdlog::info("crawl: {} will be retried: {}", result.url, failure_key(result));
    FetchResult attempt = std::move(result);
    attempt.tag = 0;
    record(std::move(attempt), "will be retried");
  } else {
    Job job = std::move(it->second);
    jobs.erase(it);
    bool cut_short = left_for_next_run(d);
    if (!cut_short && job.kind != JobKind::robots && crawl_detail::is_redirect(result))
      follow_redirect(std::move(job), std::move(result));
    else
      finish_job(std::move(job), std::move(result), cut_short);
  }
  for (const Ticket& t : scheduler.take_skipped()) {
    auto skipped = jobs.find(t.tag);
    if (skipped == jobs.end()) continue;
    Job job = std::move(skipped->second);
    jobs.erase(skipped);
    job_not_started(job, "host_failing");
  }
}

void Crawler::Impl::finish_job(Job job, FetchResult result, bool cut_short) {
  if (job.redirects > 0) {
    // The chain is one fetch of the URL as found: it becomes the article's alias and
    // keeps the document's validators; final_url is where the chain ended.
    result.url = job.url;
    result.redirects += job.redirects;
  }
  switch (job.kind) {
    case JobKind::robots: finish_robots(job, std::move(result)); break;
    case JobKind::document: finish_document(job, std::move(result), cut_short); break;
    case JobKind::start_page: finish_start_page(job, std::move(result), cut_short); break;
    case JobKind::article: finish_article(std::move(job), std::move(result), cut_short); break;
  }
}

void Crawler::Impl::record(FetchResult result, std::string note) {
  if (pipeline) pipeline->record_attempt(std::move(result), std::move(note));
}

void Crawler::Impl::finish_article(Job job, FetchResult result, bool cut_short) {
  // The window counts fetches only: the pipeline's own bounded queues hold the pages.
  --sites[job.site].active;
  if (cut_short || !pipeline) {
    // Left pending: the next run tries again.
    FetchResult attempt = std::move(result);
    attempt.tag = 0;
    record(std::move(attempt), "retry left for the next run");
    return;
  }
  std::uint64_t tag = result.tag;
  parsing.emplace(tag, std::move(job));
  pipeline->push(std::move(result));
}

void Crawler::Impl::article_not_fetched(const Job& job, const std::string& state, const std::string& reason) {
  SiteState& site = sites[job.site];
  if (state == "robots") {
    ++site.report.robots;
    if (!options.dry_run) --site.claimed;  // does not use up the page budget
  } else {
    ++site.report.failed[reason];
  }
  if (options.dry_run) return;
  --site.active;
  FrontierResult r;
  r.id = job.frontier_id;
  r.state = state;
  r.error = reason;
  r.attempts = job.attempts;  // a redirect refused after its request counts
  if (state == "failed")
    r.next_attempt_at = retry_not_before(job.prior_attempts + std::max(1, job.attempts), now_ms() / 1000);
  finished.push_back(std::move(r));
}

void Crawler::Impl::article_left_pending(const Job& job) {
  if (options.dry_run) return;
  SiteState& site = sites[job.site];
  --site.active;
  --site.claimed;
}

void Crawler::Impl::on_outcome(const PipelineOutcome& o) {
  auto it = parsing.find(o.tag);
  if (o.tag == 0 || it == parsing.end()) return;
  Job job = std::move(it->second);
  parsing.erase(it);
  SiteState& site = sites[job.site];
  ++site.report.fetched;
  bool ok = true;
  switch (o.saved.status) {
    case SaveStatus::added: ++site.report.added; break;
    case SaveStatus::changed: ++site.report.changed; break;
    case SaveStatus::unchanged: ++site.report.unchanged; break;
    case SaveStatus::not_modified:
      ++site.report.unchanged;
      ++site.report.not_modified;
      break;
    case SaveStatus::failed:
    case SaveStatus::no_article: ok = false; break;
  }
  FrontierResult r;
  r.id = job.frontier_id;
  r.state = ok ? "done" : "failed";
  r.attempts = job.attempts;
  r.status = o.http_status;
  if (!ok) {
    r.error = failure_key(o);
    ++site.report.failed[r.error];
    r.next_attempt_at = retry_not_before(job.prior_attempts + job.attempts, now_ms() / 1000);
    spdlog::info("crawl: {}: {} failed: {}", site.config->name, o.url, o.reason.empty() ? r.error : o.reason);
  }
  finished.push_back(std::move(r));
}

void Crawler::Impl::collect_outcomes() {
  if (!pipeline) return;
  for (const PipelineOutcome& o : pipeline->drain()) on_outcome(o);
}

void Crawler::Impl::periodic(SteadyClock::time_point now, bool force) {
  if (archive && !options.dry_run) {
    if (force || (now - last_flush >= kFlushEvery && !finished.empty())) {
      archive->frontier_finish(finished);
      finished.clear();
      last_flush = now;
    }
    if (force || now - last_checkpoint >= kCheckpointEvery) {
      archive->update_run(run_id, report().to_json().dump());
      last_checkpoint = now;
    }
  }
  if (options.on_progress && now - last_progress >= kProgressEvery) {
    last_progress = now;
    CrawlProgress p;
    p.elapsed_s = std::chrono::duration<double>(now - started).count();
    for (const SiteState& s : sites) {
      p.discovered += s.report.discovered;
      p.fetched += s.report.fetched;
      p.added += s.report.added;
      p.changed += s.report.changed;
      p.failed += s.report.failed_total();
    }
    p.queued = scheduler.queued();
    p.in_flight = fetcher ? fetcher->pending() : 0;  // the fetcher is gone once the run ends
    options.on_progress(p);
  }
}

CrawlReport Crawler::Impl::report() const {
  CrawlReport r;
  r.run_id = run_id;
  r.dry_run = options.dry_run;
  r.end = end;
  r.elapsed_s = std::chrono::duration<double>(SteadyClock::now() - started).count();
  for (const SiteState& s : sites) r.sites.push_back(s.report);
  return r;
}

CrawlReport Crawler::Impl::finish() {
  // Transfers still running after the grace period are abandoned: their URLs stay
  // pending for the next run.
  in_flight.clear();
  jobs.clear();
  fetcher.reset();
  for (SiteState& s : sites) {
    flush_admissions(s);
    if (options.dry_run) list_would_fetch(s);
  }
  if (pipeline) {
    pipeline->finish();
    collect_outcomes();
  }
  if (archive && !options.dry_run) {
    periodic(SteadyClock::now(), true);
    for (SiteState& s : sites) s.report.left = static_cast<int>(archive->frontier_count(s.config->name, "pending"));
  }
  CrawlReport r = report();
  for (const SiteReport& s : r.sites)
    if (s.failed_entirely()) spdlog::error("crawl: site '{}' failed entirely", s.name);
  if (archive && !options.dry_run) archive->finish_run(run_id, r.state(), r.exit_code(), r.to_json().dump());
  spdlog::info("crawl: run {} {} in {:.1f} s", run_id, r.state(), r.elapsed_s);
  return r;
}

}  // namespace newsarchive

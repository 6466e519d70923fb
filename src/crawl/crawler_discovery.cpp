// Discovery: robots.txt first for every host, then feeds, sitemaps (indexes followed,
// gzip and news sitemaps read by parse_feed) and start pages (their links and the
// feeds they advertise). Every request goes through robots and the HostScheduler.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>

#include "core/time.hpp"
#include "crawl/crawl_policy.hpp"
#include "crawl/crawler_impl.hpp"
#include "crawl/feeds.hpp"
#include "newsarchive/extract.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {

using crawl_detail::Found;
using crawl_detail::kAdmitBatch;
using crawl_detail::kMaxChildSitemaps;
using crawl_detail::kMaxSitemapDepth;

namespace {

const char* source_name(LinkSource from) {
  switch (from) {
    case LinkSource::feed: return "feed";
    case LinkSource::sitemap: return "sitemap";
    case LinkSource::section_page: return "section_page";
  }
  return "feed";
}

std::string final_url_of(const FetchResult& r) { return r.final_url.empty() ? r.url : r.final_url; }

}  // namespace

// Every job passes here: the host's robots.txt is fetched first (once per run and
// product token) and the job waits for it; then robots decides.
void Crawler::Impl::submit(Job job) {
  std::string robots_txt = robots_url(job.request_url());
  std::string key = robots_key(job.site, job.request_url());
  if (robots_txt.empty()) {
    job_not_started(job, "bad_url");
    return;
  }
  if (job.site >= 0) {
    std::string host = HostScheduler::host_key(job.request_url());
    // Sites sharing a host share its pace: the slowest any of them asks for.
    double delay = sites[job.site].config->per_host_delay;
    auto [it, first] = host_delays.try_emplace(host, delay);
    if (first || delay > it->second) {
      it->second = std::max(it->second, delay);
      scheduler.set_host_delay(host, it->second);
    }
  }
  auto [it, inserted] = robots.try_emplace(key);
  if (inserted) {
    it->second.parked.push_back(std::move(job));
    Job fetch_robots;
    fetch_robots.kind = JobKind::robots;
    fetch_robots.site = it->second.parked.front().site;
    fetch_robots.url = std::move(robots_txt);
    enqueue(std::move(fetch_robots));
    return;
  }
  if (it->second.state == HostRobots::State::fetching) {
    it->second.parked.push_back(std::move(job));
    return;
  }
  gate(std::move(job), it->second);
}

void Crawler::Impl::gate(Job job, const HostRobots& host) {
  if (!host.robots.allowed(job.request_url())) {
    const std::string reason = host.unreachable.empty() ? "robots" : "robots_unreachable";
    spdlog::debug("crawl: {} disallowed by robots.txt{}", job.request_url(),
                  host.unreachable.empty() ? "" : " (unreachable: " + host.unreachable + ")");
    job_not_started(job, reason);
    return;
  }
  if (job.kind == JobKind::article && options.dry_run) {
    sites[job.site].allowed.push_back(job.url);
    return;
  }
  enqueue(std::move(job));
}

void Crawler::Impl::enqueue(Job job) {
  std::uint64_t tag = next_tag++;
  if (!scheduler.add(job.request_url(), tag)) {
    if (job.kind == JobKind::robots)
      resolve_robots(job.site, job.url, Robots::disallow_all(), "host_failing");
    else
      job_not_started(job, "host_failing");
    return;
  }
  jobs.emplace(tag, std::move(job));
}

void Crawler::Impl::job_not_started(const Job& job, const std::string& reason) {
  switch (job.kind) {
    case JobKind::robots:
      resolve_robots(job.site, job.url, Robots::disallow_all(), reason);
      break;
    case JobKind::document:
    case JobKind::start_page:
      source_failed(job.site, reason);
      --sites[job.site].discovery_open;
      break;
    case JobKind::article:
      if (reason == "robots" || reason == "robots_unreachable")
        article_not_fetched(job, "robots", reason);
      else if (reason == "host_failing")
        article_left_pending(job);  // never requested: no failure to back off from
      else
        article_not_fetched(job, "failed", reason);
      break;
  }
}

void Crawler::Impl::list_would_fetch(SiteState& site) {
  std::vector<std::string>& urls = site.allowed;
  std::stable_sort(urls.begin(), urls.end(), [&](const std::string& a, const std::string& b) {
    const Found& x = site.seen.at(a);
    const Found& y = site.seen.at(b);
    return x.priority != y.priority ? x.priority > y.priority : x.order < y.order;
  });
  for (const std::string& url : urls) {
    if (site.claimed >= site.config->max_pages) {
      ++site.report.left;
      continue;
    }
    ++site.claimed;
    if (options.on_would_fetch) options.on_would_fetch(site.config->name, url);
  }
  urls.clear();
}

void Crawler::Impl::submit_document(int site_index, const std::string& url, int depth, JobKind kind) {
  SiteState& site = sites[site_index];
  if (stopping) return;  // a robots.txt or sitemap index finishing after a stop
  std::optional<std::string> key = normalize_url(url);
  if (!key || !site.documents.insert(*key).second) return;
  ++site.report.sources;
  ++site.discovery_open;
  Job job;
  job.kind = kind;
  job.site = site_index;
  job.url = url;
  job.depth = depth;
  submit(std::move(job));
}

const std::string& Crawler::Impl::user_agent_of(int site) const {
  return site >= 0 ? sites[site].config->user_agent : config.crawl.user_agent;
}

const std::string& Crawler::Impl::token_of(int site) const { return site >= 0 ? sites[site].token : token; }

std::string Crawler::Impl::robots_key(int site, const std::string& url) const {
  std::string where = robots_url(url);
  return where.empty() ? where : token_of(site) + ' ' + where;
}

void Crawler::Impl::resolve_robots(int site, const std::string& robots_txt, Robots policy,
                                   const std::string& unreachable) {
  const std::string key = robots_key(site, robots_txt);
  HostRobots& host = robots[key];
  host.state = HostRobots::State::ready;
  host.robots = std::move(policy);
  host.unreachable = host.robots.kind() == Robots::Kind::disallow_all ? unreachable : "";
  std::string authority = HostScheduler::host_key(robots_txt);
  if (auto delay = host.robots.crawl_delay()) {
    // Honoured in full, a Crawl-delay of hours would hold a nightly run for days.
    double cap = config.crawl.max_crawl_delay;
    if (*delay > cap)
      spdlog::warn("crawl: {} asks for a Crawl-delay of {:g} s; waiting max_crawl_delay ({:g} s) between requests to {}",
                   robots_txt, *delay, cap, authority);
    scheduler.set_crawl_delay(authority, std::min(*delay, cap));
  }
  if (!host.unreachable.empty()) {
    // robots.txt rules one scheme, host and port: name the origin, not just the host.
    std::string_view origin(robots_txt);
    if (iends_with(origin, "/robots.txt")) origin.remove_suffix(std::string_view("/robots.txt").size());
    spdlog::warn("crawl: {} unreachable ({}): nothing on {} is fetched this run", robots_txt, unreachable, origin);
  }
  // The Sitemap: lines serve the sites that live on this host.
  std::vector<std::string> sitemaps = host.robots.sitemaps();
  std::vector<Job> parked = std::move(host.parked);
  host.parked.clear();
  for (std::size_t i = 0; i < sites.size(); ++i)
    if (sites[i].home_hosts.count(authority))
      for (const std::string& url : sitemaps)
        if (sites[i].filter.takes_document(url)) submit_document(static_cast<int>(i), url, 0, JobKind::document);
  // `host` may move when the map grows; look it up again for each parked job.
  for (Job& job : parked) gate(std::move(job), robots[key]);
}

void Crawler::Impl::finish_robots(const Job& job, FetchResult r) {
  long status = r.error == FetchError::none ? r.status : 0;
  Robots policy = Robots::from_fetch(status, r.body, token_of(job.site), job.url);
  std::string why = failure_key(r);
  const char* kind = policy.kind() == Robots::Kind::parsed      ? "parsed"
                     : policy.kind() == Robots::Kind::allow_all ? "allow all"
                                                                : "disallow all";
  std::string note = std::string("discovery: robots.txt, ") + kind;
  if (r.body_cut && policy.kind() == Robots::Kind::parsed) {
    note += " (its first 500 KiB)";
    spdlog::info("crawl: {} is larger than the 500 KiB read of a robots.txt; the rest is ignored", job.url);
  }
  record(std::move(r), note);
  resolve_robots(job.site, job.url, std::move(policy), why);
}

void Crawler::Impl::source_failed(int site_index, const std::string& reason) {
  SiteState& site = sites[site_index];
  ++site.report.sources_failed;
  ++site.report.source_failures[reason];
}

void Crawler::Impl::finish_document(const Job& job, FetchResult r, bool cut_short) {
  SiteState& site = sites[job.site];
  --site.discovery_open;
  if (cut_short) {
    --site.report.sources;  // not tried to the end: neither a success nor a failure
    record(std::move(r), "discovery: cut short by the end of the run");
    return;
  }
  if (r.error == FetchError::none && r.status == 304) {
    record(std::move(r), "discovery: not modified");
    relist(job);
    return;
  }
  if (!r.ok()) {
    std::string reason = failure_key(r);
    spdlog::warn("crawl: {}: discovery source {} failed: {}", site.config->name, job.url,
                 r.error != FetchError::none ? r.error_message : "HTTP " + std::to_string(r.status));
    source_failed(job.site, reason);
    record(std::move(r), "discovery: failed");
    return;
  }
  const std::string base = final_url_of(r);
  const DocumentState validators{base, r.etag, r.last_modified};
  FeedDocument doc = parse_feed(r.body, base);
  std::string note = std::string("discovery: ") + feed_kind_name(doc.kind) + ", " +
                     std::to_string(doc.entries.size()) + " entries" + (doc.truncated ? " (truncated)" : "");
  record(std::move(r), note);
  spdlog::info("crawl: {}: {} ({}, {} entries)", site.config->name, job.url, feed_kind_name(doc.kind),
               doc.entries.size());
  if (doc.listed > doc.entries.size())
    spdlog::warn("crawl: {}: {} lists {} entries, more than the {} read from one document; {}", site.config->name,
                 job.url, doc.listed, doc.entries.size(),
                 std::any_of(doc.entries.begin(), doc.entries.end(),
                             [](const FeedEntry& e) { return !e.best_date().empty(); })
                     ? "the newest are kept"
                     : "none is dated, so the first listed are kept");
  if (doc.kind == FeedKind::unknown) {
    spdlog::warn("crawl: {}: discovery source {} failed: not a feed or sitemap", site.config->name, job.url);
    remember_document(job.url, {});
    source_failed(job.site, "not_a_feed");
    return;
  }
  if (doc.kind == FeedKind::sitemap_index) {
    remember_document(job.url, {});  // its children are found by reading it whole
    // Newest child sitemaps first: an archive's index lists years of them, dated by
    // <lastmod> or only by their names (sitemap-2026-08.xml). Undated ones (sitemap-news.xml,
    // the live ones as a rule) go first, in their order.
    std::vector<std::pair<std::string, FeedEntry>> children;
    children.reserve(doc.entries.size());
    for (FeedEntry& e : doc.entries) {
      std::string date = !e.best_date().empty() ? e.best_date() : date_in_url(e.url);
      children.emplace_back(std::move(date), std::move(e));
    }
    std::stable_sort(children.begin(), children.end(), [](const auto& a, const auto& b) {
      if (a.first.empty() != b.first.empty()) return a.first.empty();
      return a.first > b.first;
    });
    const bool dated = !children.empty() && !children.back().first.empty();
    int left_out = 0;
    for (const auto& [date, e] : children) {
      if (job.depth >= kMaxSitemapDepth) break;
      if (!site.filter.takes_document(e.url)) continue;
      if (site.child_sitemaps >= kMaxChildSitemaps) {
        ++left_out;
        continue;
      }
      ++site.child_sitemaps;
      submit_document(job.site, e.url, job.depth + 1, JobKind::document);
    }
    if (left_out > 0)
      spdlog::warn("crawl: {}: sitemap index {} lists {} more sitemaps than the {} a site reads per run; {}",
                   site.config->name, job.url, left_out, kMaxChildSitemaps,
                   dated ? "the oldest are left out" : "none is dated, so the first listed are read");
    return;
  }
  LinkSource from = doc.kind == FeedKind::rss || doc.kind == FeedKind::atom ? LinkSource::feed : LinkSource::sitemap;
  std::size_t elsewhere = 0;
  std::set<std::string> other_hosts;
  for (const FeedEntry& e : doc.entries) {
    std::string date = e.best_date();
    if (!e.news_publication_date.empty() && e.modified.empty()) date = e.news_publication_date;
    if (admit(job.site, e.url, from, date, base) == UrlVerdict::other_site) {
      ++elsewhere;
      if (other_hosts.size() < 3) other_hosts.insert(url_host(e.url));
    }
  }
  flush_admissions(site);
  // A feed whose links go through a tracker host, or to a sister domain, would otherwise
  // lose its stories without a word.
  if (elsewhere > 0)
    spdlog::warn("crawl: {}: {} lists {} of its {} entries on other hosts ({}); they are left out unless the "
                 "site's 'hosts' names them",
                 site.config->name, job.url, elsewhere, doc.entries.size(), join(std::vector<std::string>(other_hosts.begin(), other_hosts.end()), ", "));
  remember_document(job.url, validators);  // only once what it listed is in the frontier
}

void Crawler::Impl::remember_document(const std::string& url, const DocumentState& state) {
  if (archive && !options.dry_run) archive->set_document_state(url, state);
}

// A feed or sitemap that has not changed lists what it listed last time: those URLs
// are admitted again, so young articles are still rechecked for edits.
void Crawler::Impl::relist(const Job& job) {
  SiteState& site = sites[job.site];
  std::optional<DocumentState> doc = archive ? archive->document_state(job.url) : std::nullopt;
  if (!doc) return;
  std::vector<FrontierEntry> listed = archive->frontier_listed_by(doc->final_url);
  spdlog::info("crawl: {}: {} not modified ({} URLs listed before)", site.config->name, job.url, listed.size());
  for (const FrontierEntry& e : listed) {
    LinkSource from = e.source == "feed" ? LinkSource::feed : LinkSource::sitemap;
    admit(job.site, e.url, from, e.published.value_or(""), doc->final_url);
  }
  flush_admissions(site);
}

void Crawler::Impl::finish_start_page(const Job& job, FetchResult r, bool cut_short) {
  SiteState& site = sites[job.site];
  --site.discovery_open;
  if (cut_short) {
    --site.report.sources;
    record(std::move(r), "discovery: cut short by the end of the run");
    return;
  }
  if (!r.ok() || !looks_like_html(r.body, r.content_type)) {
    std::string reason = r.ok() ? "not_html" : failure_key(r);
    spdlog::warn("crawl: {}: start page {} failed: {}", site.config->name, job.url, reason);
    source_failed(job.site, reason);
    record(std::move(r), "discovery: failed");
    return;
  }
  const std::string base = final_url_of(r);
  std::string utf8 = decode_to_utf8(r.body, r.content_type);
  Page page;
  page.body = utf8;
  page.content_type = "text/html; charset=utf-8";
  page.url = base;
  page.requested_url = r.url;
  PageLinks links = extract_page_links(page);
  if (links.links_cut)
    spdlog::warn("crawl: {}: start page {} has more than {} links; the first {} are read", site.config->name,
                 job.url, kMaxPageLinks, kMaxPageLinks);
  record(std::move(r), "discovery: start page, " + std::to_string(links.links.size()) + " links, " +
                           std::to_string(links.feeds.size()) + " feeds");
  for (const std::string& feed : links.feeds)
    if (site.filter.takes_document(feed)) submit_document(job.site, feed, 0, JobKind::document);
  for (const Link& link : links.links) admit(job.site, link.url, LinkSource::section_page, "", base);
  flush_admissions(site);
}

// A candidate article URL: the site's filter, then (dry run) straight to robots, or
// into the frontier as pending, or as known when archived and not due for a recheck.
UrlVerdict Crawler::Impl::admit(int site_index, const std::string& url, LinkSource from,
                                const std::string& listed_date, const std::string& found_on) {
  SiteState& site = sites[site_index];
  if (UrlVerdict v = site.filter.check(url, from); v != UrlVerdict::accepted) return v;
  std::optional<std::string> key = normalize_url(url);
  if (!key) return UrlVerdict::not_http;
  // Robots is checked here when the host's robots.txt is already known, else when the
  // URL is taken from the frontier.
  bool disallowed = false;
  if (auto host = robots.find(robots_key(site_index, *key)); host != robots.end())
    disallowed = host->second.state == HostRobots::State::ready && !host->second.robots.allowed(*key);
  bool known = false, archived = false;
  if (archive) {
    if (auto info = archive->known_url(*key)) {  // only archived articles are known
      archived = true;
      known = !due_for_recheck(*info, listed_date, config.crawl.recheck_days, now_ms() / 1000);
      if (!known && !disallowed) {
        auto [by, first] = site.rechecking.try_emplace(info->article_id, *key);
        known = !first && by->second != *key;  // rechecked under its other URL
      }
    }
  }
  if (options.dry_run) {
    // The frontier holds a URL once: the first site to find it takes it.
    if (auto [owner, first_site] = dry_run_owner.try_emplace(*key, site_index); !first_site && owner->second != site_index)
      return UrlVerdict::accepted;
    FrontierEntry ranked;
    ranked.source = source_name(from);
    if (!listed_date.empty()) ranked.published = listed_date;
    ranked.recheck = archived;
    std::string priority = frontier_priority(ranked, iso_utc_now());
    auto [it, first] = site.seen.try_emplace(*key, Found{priority, site.seen.size(), !listed_date.empty(), known});
    Found& found = it->second;
    if (!first) {
      // As frontier_add() would: a later listing dates a URL the first left undated,
      // or says an archived one changed, which makes it due.
      bool promote = found.known && !known;
      if (promote || (!found.dated && !listed_date.empty())) found.priority = priority;
      found.dated = found.dated || !listed_date.empty();
      if (!promote) return UrlVerdict::accepted;
      found.known = false;
      --site.report.known;
    } else {
      ++site.report.discovered;
      if (disallowed) {
        ++site.report.robots;
        found.known = false;  // nothing to promote
        return UrlVerdict::accepted;
      }
      if (known) {
        ++site.report.known;
        return UrlVerdict::accepted;
      }
    }
    Job job;
    job.kind = JobKind::article;
    job.site = site_index;
    job.url = *key;
    submit(std::move(job));
    return UrlVerdict::accepted;
  }
  FrontierEntry e;
  e.url = std::move(*key);
  e.site = site.config->name;
  e.source = source_name(from);
  e.found_on = found_on;
  if (!listed_date.empty()) e.published = listed_date;
  e.state = disallowed ? "robots" : known ? "known" : "pending";
  e.recheck = archived;
  site.admissions.push_back(std::move(e));
  if (site.admissions.size() >= kAdmitBatch) flush_admissions(site);
  return UrlVerdict::accepted;
}

void Crawler::Impl::flush_admissions(SiteState& site) {
  if (site.admissions.empty() || !archive || options.dry_run) return;
  std::vector<FrontierAdd> added = archive->frontier_add(run_id, site.admissions);
  for (std::size_t i = 0; i < added.size(); ++i) {
    if (added[i] == FrontierAdd::seen_this_run) continue;
    if (added[i] == FrontierAdd::now_pending) {
      --site.report.known;
      continue;
    }
    ++site.report.discovered;
    if (added[i] == FrontierAdd::deferred)
      ++site.report.deferred;
    else if (site.admissions[i].state == "known")
      ++site.report.known;
    else if (site.admissions[i].state == "robots")
      ++site.report.robots;
  }
  site.admissions.clear();
}

}  // namespace newsarchive

// A crawl's redirects, hop by hop: each 3xx answer's target is a request of its own,
// through the same gates as any (robots.txt of its host, the per-host delay, the site's
// exclude patterns), until a page, a refusal or a loop ends the chain.
#include <spdlog/spdlog.h>

#include <algorithm>

#include "crawl/crawler_impl.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {

bool crawl_detail::is_redirect(const FetchResult& r) {
  bool redirect_status = r.status == 301 || r.status == 302 || r.status == 303 || r.status == 307 || r.status == 308;
  return r.error == FetchError::none && redirect_status;
}

void Crawler::Impl::follow_redirect(Job job, FetchResult result) {
  const std::string location = result.header("Location");
  auto fail = [&](FetchError error, std::string message) {
    result.error = error;
    result.error_message = std::move(message);
    finish_job(std::move(job), std::move(result), false);
  };
  // As `fetch` says it: the URL to go on to is missing, this URL's own fault.
  if (trim(location).empty())
    return fail(FetchError::bad_url, "HTTP " + std::to_string(result.status) + " without a Location header");
  std::optional<std::string> target = resolve_url(job.request_url(), location);
  if (!target || !is_http_url(*target))
    return fail(FetchError::scheme, "redirect to a URL that is not http(s) refused: " + redact_url(location));
  // A chain that comes back to a URL it passed through would only go round: no need to
  // spend the remaining hops finding out. The URLs as requested, not their archive keys:
  // "/story" redirecting to "/story?utm_source=x" is a different request, not a loop.
  if (job.chain.empty()) job.chain.push_back(job.request_url());
  const std::string key = target->substr(0, target->find('#'));
  if (std::find(job.chain.begin(), job.chain.end(), key) != job.chain.end())
    return fail(FetchError::too_many_redirects, "redirect loop: " + redact_url(*target) + " was already asked");
  if (job.redirects >= crawl_detail::kMaxRedirects)
    return fail(FetchError::too_many_redirects,
                "more than " + std::to_string(crawl_detail::kMaxRedirects) + " redirects from " + job.url);
  if (stopping) return finish_job(std::move(job), std::move(result), true);
  FetchResult hop = std::move(result);
  hop.tag = 0;
  if (job.kind == JobKind::article && sites[job.site].filter.excluded(*target)) {
    spdlog::info("crawl: {}: {} redirects to {}, which the site excludes", sites[job.site].config->name, job.url,
                 *target);
    record(std::move(hop), "redirect to " + redact_url(*target) + ", excluded by the site's patterns");
    article_not_fetched(job, "failed", "redirect_excluded");
    return;
  }
  spdlog::debug("crawl: {} redirects to {}", job.request_url(), *target);
  record(std::move(hop), "redirect to " + redact_url(*target));
  job.chain.push_back(key);
  job.hop = std::move(*target);
  ++job.redirects;
  --job.attempts;  // a hop followed is not an attempt: backoff counts failed chains
  submit(std::move(job));
}

}  // namespace newsarchive

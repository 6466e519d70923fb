#pragma once
// The crawl's small decisions, pure so they are unit-tested: whether an archived URL
// is fetched again, when a failed URL may be retried by a later run, and the key a
// failure is counted under.
#include <cstdint>
#include <string>
#include <string_view>

#include "newsarchive/archive.hpp"
#include "newsarchive/pipeline.hpp"

namespace newsarchive {

// True when an archived URL is due for another (conditional) fetch: the article is
// younger than `recheck_days` (counted from info.dated: published, else first seen),
// or `listed_date` (the date a feed or sitemap gives for it, ISO 8601, may be "") is
// after our last fetch. Unreadable dates count as old.
bool due_for_recheck(const KnownUrl& info, std::string_view listed_date, int recheck_days,
                     std::int64_t now_unix_s);

// When a later run may try again a URL that has failed `total_attempts` times in all:
// an hour, doubled per earlier attempt, at most a week. ISO 8601 UTC.
std::string retry_not_before(int total_attempts, std::int64_t now_unix_s);

// The key a failed article fetch is counted under in the summary: "http_404",
// "timeout", "connect", "no_article", ...
std::string failure_key(const PipelineOutcome& outcome);
// The same for a fetch that has not been through the pipeline (discovery documents).
std::string failure_key(const FetchResult& result);

}  // namespace newsarchive

#include "crawl/crawl_policy.hpp"

#include <algorithm>

#include "core/dates.hpp"
#include "core/time.hpp"

namespace newsarchive {
namespace {

std::optional<std::int64_t> unix_of(std::string_view iso) {
  if (iso.empty()) return std::nullopt;
  auto dt = parse_iso8601(iso);
  if (!dt || !is_valid(*dt)) return std::nullopt;
  return dt->to_unix();
}

std::string http_key(long status) { return "http_" + std::to_string(status); }

}  // namespace

bool due_for_recheck(const KnownUrl& info, std::string_view listed_date, int recheck_days,
                     std::int64_t now_unix_s) {
  if (auto dated = unix_of(info.dated); dated && now_unix_s - *dated < std::int64_t{recheck_days} * 86400)
    return true;
  auto listed = unix_of(listed_date);
  auto fetched = unix_of(info.last_fetched);
  return listed && fetched && *listed > *fetched;
}

std::string retry_not_before(int total_attempts, std::int64_t now_unix_s) {
  constexpr std::int64_t kHour = 3600, kWeek = 7 * 24 * kHour;
  int doublings = std::clamp(total_attempts - 1, 0, 20);
  std::int64_t wait = std::min(kWeek, kHour << doublings);
  return iso_utc((now_unix_s + wait) * 1000);
}

std::string failure_key(const PipelineOutcome& o) {
  if (o.error != FetchError::none) return fetch_error_name(o.error);
  if (o.http_status >= 400 || (o.http_status > 0 && o.http_status < 200)) return http_key(o.http_status);
  if (o.saved.status == SaveStatus::no_article) switch (o.no_article) {
      case NoArticleKind::soft_404: return "soft_404";
      // Sent to a wall: the crawl is kept out (a failure). Sent home or to the section: the
      // story is gone, as with a 404.
      case NoArticleKind::redirected_to_wall: return "redirected_to_wall";
      case NoArticleKind::redirected_away: return "redirected_away";
      case NoArticleKind::other: return "no_article";
    }
  if (o.not_stored) return "not_stored";
  return "failed";
}

std::string failure_key(const FetchResult& f) {
  if (f.error != FetchError::none) return fetch_error_name(f.error);
  if (f.status < 200 || f.status >= 300) return http_key(f.status);
  return "failed";
}

}  // namespace newsarchive

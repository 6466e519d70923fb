#include <gtest/gtest.h>

#include "core/time.hpp"
#include "crawl/crawl_policy.hpp"

using namespace newsarchive;

namespace {
constexpr std::int64_t kNow = 1789459200;  // 2026-09-15T08:00:00Z

KnownUrl archived(const std::string& dated, const std::string& last_fetched = "2026-09-15T07:00:00Z") {
  KnownUrl info;
  info.article_id = 1;
  info.dated = dated;
  info.last_fetched = last_fetched;
  return info;
}
}  // namespace

TEST(RecheckPolicy, YoungArticlesAreFetchedAgain) {
  EXPECT_TRUE(due_for_recheck(archived("2026-09-13T08:00:01Z"), "", 3, kNow));
  EXPECT_FALSE(due_for_recheck(archived("2026-09-12T07:59:59Z"), "", 3, kNow));
  EXPECT_FALSE(due_for_recheck(archived("2026-09-15T07:00:00Z"), "", 0, kNow)) << "recheck_days = 0: never";
}

TEST(RecheckPolicy, AListingDateAfterOurLastFetchMeansChanged) {
  KnownUrl old = archived("2026-01-01T00:00:00Z", "2026-09-10T00:00:00Z");
  EXPECT_TRUE(due_for_recheck(old, "2026-09-14T12:00:00+02:00", 3, kNow));
  EXPECT_FALSE(due_for_recheck(old, "2026-09-09T12:00:00Z", 3, kNow));
  EXPECT_FALSE(due_for_recheck(old, "not a date", 3, kNow));
  EXPECT_FALSE(due_for_recheck(archived("garbage", "2026-09-10T00:00:00Z"), "", 3, kNow));
}

TEST(RecheckPolicy, FailedUrlsWaitLongerEachTimeUpToAWeek) {
  EXPECT_EQ(retry_not_before(1, kNow), iso_utc((kNow + 3600) * 1000));
  EXPECT_EQ(retry_not_before(3, kNow), iso_utc((kNow + 4 * 3600) * 1000));
  EXPECT_EQ(retry_not_before(40, kNow), iso_utc((kNow + 7 * 24 * 3600) * 1000));
}

TEST(RecheckPolicy, FailureKeysNameTheCause) {
  PipelineOutcome o;
  o.http_status = 404;
  EXPECT_EQ(failure_key(o), "http_404");
  o.http_status = 0;
  o.error = FetchError::timeout;
  EXPECT_EQ(failure_key(o), "timeout");
  o.error = FetchError::none;
  o.http_status = 200;
  o.saved.status = SaveStatus::no_article;
  EXPECT_EQ(failure_key(o), "no_article");
  // The kind decides, not the wording of the reason.
  o.reason = "redirected to the front page (https://a.test/), not a story";
  o.no_article = NoArticleKind::soft_404;
  EXPECT_EQ(failure_key(o), "soft_404");
  o.no_article = NoArticleKind::redirected_to_wall;
  EXPECT_EQ(failure_key(o), "redirected_to_wall");
  o.no_article = NoArticleKind::redirected_away;
  EXPECT_EQ(failure_key(o), "redirected_away");
  o.saved.status = SaveStatus::failed;
  o.not_stored = true;
  EXPECT_EQ(failure_key(o), "not_stored");
  FetchResult f;
  f.status = 503;
  EXPECT_EQ(failure_key(f), "http_503");
  f.error = FetchError::connect;
  EXPECT_EQ(failure_key(f), "connect");
}

#include "fetch/http_text.hpp"
#include "newsarchive/url.hpp"

#include <gtest/gtest.h>

using namespace newsarchive::fetch;
using newsarchive::redact_url;

namespace {

constexpr std::int64_t kNow = 1445412480;  // Wed, 21 Oct 2015 07:28:00 GMT

TEST(RetryAfter, ReadsDeltaSeconds) {
  EXPECT_EQ(parse_retry_after("120", kNow), 120.0);
  EXPECT_EQ(parse_retry_after(" 0 ", kNow), 0.0);
}

TEST(RetryAfter, ReadsHttpDateRelativeToNow) {
  EXPECT_EQ(parse_retry_after("Wed, 21 Oct 2015 07:30:00 GMT", kNow), 120.0);
}

TEST(RetryAfter, TreatsPastDateAsZero) {
  EXPECT_EQ(parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", kNow), 0.0);
}

TEST(RetryAfter, RejectsGarbage) {
  EXPECT_FALSE(parse_retry_after("", kNow).has_value());
  EXPECT_FALSE(parse_retry_after("soon", kNow).has_value());
  EXPECT_FALSE(parse_retry_after("-5", kNow).has_value());
}

TEST(HeaderLine, SplitsNameAndTrimmedValue) {
  auto h = parse_header_line("Content-Type:  text/html ; charset=utf-8\r\n");
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->first, "Content-Type");
  EXPECT_EQ(h->second, "text/html ; charset=utf-8");
  EXPECT_FALSE(parse_header_line("no colon here").has_value());
  EXPECT_FALSE(parse_header_line(": empty name").has_value());
}

TEST(StatusLine, ReadsCodeFromHttp1AndHttp2) {
  EXPECT_EQ(parse_status_line("HTTP/1.1 404 Not Found"), 404);
  EXPECT_EQ(parse_status_line("HTTP/2 200"), 200);
  EXPECT_EQ(parse_status_line("Server: x"), 0);
}

TEST(RedactUrl, RemovesUserAndPassword) {
  EXPECT_EQ(redact_url("https://user:secret@news.example/a?b=c@d"), "https://news.example/a?b=c@d");
  EXPECT_EQ(redact_url("http://news.example/x@y"), "http://news.example/x@y");
  EXPECT_EQ(redact_url("http://token@news.example"), "http://news.example");
}

TEST(HeaderSafe, DropsLineBreaks) {
  EXPECT_EQ(header_safe("\"v1\"\r\nX-Evil: 1"), "\"v1\"X-Evil: 1");
}

}  // namespace

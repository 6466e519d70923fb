// What a completed transfer records: status, headers, body bytes, timings, and the
// request headers the fetcher sends.
#include <gtest/gtest.h>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <ctime>
#include <sstream>

#include "fetch_helpers.hpp"
#include "support/loopback_server.hpp"

using newsarchive::FetchError;
using newsarchive::FetchRequest;
using newsarchive::FetchResult;
using fetchtest::fetch_one;
using fetchtest::test_options;

namespace {

class FetcherResponse : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& http = server_.http();
    http.Get("/page", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("ETag", "\"abc123\"");
      res.set_header("Last-Modified", "Mon, 19 Dec 2016 18:42:00 GMT");
      res.set_header("X-Custom", "hello");
      res.set_content("<html><body>Hello</body></html>", "text/html; charset=utf-8");
    });
    http.Get("/latin", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string("caf\xE9 \x80 na\xEFve", 12), "text/html; charset=windows-1252");
    });
    http.Get("/missing", [](const httplib::Request&, httplib::Response& res) {
      res.status = 404;
      res.set_content("not here", "text/plain");
    });
    http.Get("/broken", [](const httplib::Request&, httplib::Response& res) {
      res.status = 500;
      res.set_content("oops", "text/plain");
    });
    http.Get("/conditional", [](const httplib::Request& req, httplib::Response& res) {
      if (req.get_header_value("If-None-Match") == "\"v1\"") {
        res.status = 304;
        return;
      }
      res.set_header("ETag", "\"v1\"");
      res.set_content("fresh", "text/plain");
    });
    http.Get("/busy", [](const httplib::Request&, httplib::Response& res) {
      res.status = 429;
      res.set_header("Retry-After", "120");
      res.set_content("slow down", "text/plain");
    });
    http.Get("/busy-until", [](const httplib::Request&, httplib::Response& res) {
      std::time_t later = std::time(nullptr) + 3600;
      std::tm tm{};
      gmtime_r(&later, &tm);
      char date[64];
      std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
      res.status = 503;
      res.set_header("Retry-After", date);
    });
    server_.start();
  }

  testsupport::LoopbackServer server_;
};

TEST_F(FetcherResponse, Returns200WithHeadersBodyAndTimings) {
  FetchResult r = fetch_one(server_.url("/page"));
  EXPECT_EQ(r.error, FetchError::none) << r.error_message;
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "<html><body>Hello</body></html>");
  EXPECT_EQ(r.url, server_.url("/page"));
  EXPECT_EQ(r.final_url, server_.url("/page"));
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.etag, "\"abc123\"");
  EXPECT_EQ(r.last_modified, "Mon, 19 Dec 2016 18:42:00 GMT");
  EXPECT_EQ(r.header("x-custom"), "hello");
  EXPECT_EQ(r.http_version, "1.1");
  EXPECT_EQ(r.redirects, 0);
  EXPECT_GT(r.wire_bytes, 0);
  EXPECT_GT(r.timings.total_ms, 0.0);
  EXPECT_LE(r.timings.dns_ms, r.timings.connect_ms);
  EXPECT_LE(r.timings.connect_ms, r.timings.ttfb_ms);
  EXPECT_LE(r.timings.ttfb_ms, r.timings.total_ms);
  EXPECT_GT(r.started_at_ms, 1600000000000);
  EXPECT_FALSE(r.retry_after_s.has_value());
}

TEST_F(FetcherResponse, PassesWindows1252BytesThroughUntouched) {
  FetchResult r = fetch_one(server_.url("/latin"));
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.body, std::string("caf\xE9 \x80 na\xEFve", 12));
  EXPECT_EQ(r.content_type, "text/html; charset=windows-1252");
}

TEST_F(FetcherResponse, Reports404And500AsStatusesNotErrors) {
  FetchResult missing = fetch_one(server_.url("/missing"));
  EXPECT_EQ(missing.error, FetchError::none);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body, "not here");
  EXPECT_FALSE(missing.ok());
  FetchResult broken = fetch_one(server_.url("/broken"));
  EXPECT_EQ(broken.error, FetchError::none);
  EXPECT_EQ(broken.status, 500);
}

TEST_F(FetcherResponse, SendsConfiguredUserAgent) {
  auto options = test_options();
  options.user_agent = "newsarchive-test/9.9";
  fetch_one(server_.url("/page"), options);
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].header("User-Agent"), "newsarchive-test/9.9");
}

TEST_F(FetcherResponse, DefaultUserAgentNamesTheTool) {
  fetch_one(server_.url("/page"));
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_NE(requests[0].header("User-Agent").find("newsarchive"), std::string::npos);
}

TEST_F(FetcherResponse, ConditionalGetSendsValidatorsAndReturns304) {
  FetchRequest request;
  request.url = server_.url("/conditional");
  request.etag = "\"v1\"";
  request.last_modified = "Mon, 19 Dec 2016 18:42:00 GMT";
  FetchResult r = fetch_one(request);
  EXPECT_EQ(r.error, FetchError::none) << r.error_message;
  EXPECT_EQ(r.status, 304);
  EXPECT_TRUE(r.body.empty());
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].header("If-None-Match"), "\"v1\"");
  EXPECT_EQ(requests[0].header("If-Modified-Since"), "Mon, 19 Dec 2016 18:42:00 GMT");
}

TEST_F(FetcherResponse, UnconditionalGetSendsNoValidators) {
  FetchResult r = fetch_one(server_.url("/conditional"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.etag, "\"v1\"");
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].header("If-None-Match"), "");
  EXPECT_EQ(requests[0].header("If-Modified-Since"), "");
}

TEST_F(FetcherResponse, ParsesRetryAfterSecondsOn429) {
  FetchResult r = fetch_one(server_.url("/busy"));
  EXPECT_EQ(r.error, FetchError::none);
  EXPECT_EQ(r.status, 429);
  ASSERT_TRUE(r.retry_after_s.has_value());
  EXPECT_EQ(*r.retry_after_s, 120.0);
}

TEST_F(FetcherResponse, ParsesRetryAfterHttpDate) {
  FetchResult r = fetch_one(server_.url("/busy-until"));
  EXPECT_EQ(r.status, 503);
  ASSERT_TRUE(r.retry_after_s.has_value());
  EXPECT_GT(*r.retry_after_s, 3000.0);
  EXPECT_LE(*r.retry_after_s, 3600.0);
}

TEST_F(FetcherResponse, ResolvesMadeUpHostNameToLoopback) {
  auto options = test_options();
  options.resolve = {server_.resolve_entry("news.example")};
  std::string url = "http://news.example:" + std::to_string(server_.port()) + "/page";
  FetchResult r = fetch_one(url, options);
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.final_url, url);
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].host, "news.example");
}

TEST_F(FetcherResponse, SendsCredentialsInUrlAsBasicAuth) {
  std::string url = "http://reader:secret@127.0.0.1:" + std::to_string(server_.port()) + "/page";
  FetchResult r = fetch_one(url);
  ASSERT_TRUE(r.ok()) << r.error_message;
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].header("Authorization"), "Basic cmVhZGVyOnNlY3JldA==");
}

TEST_F(FetcherResponse, DebugLogNamesUrlsWithoutCredentials) {
  std::ostringstream log;
  auto previous = spdlog::default_logger();
  auto capture = std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
  capture->set_level(spdlog::level::debug);
  spdlog::set_default_logger(capture);
  std::string url = "http://reader:secret@127.0.0.1:" + std::to_string(server_.port()) + "/page";
  FetchResult r = fetch_one(url);
  spdlog::set_default_logger(previous);
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_NE(log.str().find("127.0.0.1"), std::string::npos) << log.str();
  EXPECT_EQ(log.str().find("secret"), std::string::npos) << log.str();
  EXPECT_EQ(log.str().find("reader"), std::string::npos) << log.str();
}

TEST_F(FetcherResponse, IsQuietByDefault) {
  EXPECT_FALSE(spdlog::should_log(spdlog::level::debug));
}

}  // namespace

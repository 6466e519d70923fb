// A slow or stuck transfer never holds back the others to its host, a transfer that
// ran out of time before it was sent says so, and a redirect that leads nowhere fails.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "fetch_helpers.hpp"
#include "raw_server.hpp"
#include "support/loopback_server.hpp"

using newsarchive::FetchError;
using newsarchive::FetchRequest;
using newsarchive::FetchResult;
using fetchtest::fetch_one;
using fetchtest::test_options;

namespace {

std::vector<FetchRequest> requests_for(const std::vector<std::string>& urls) {
  std::vector<FetchRequest> out;
  for (const auto& url : urls) {
    FetchRequest r;
    r.url = url;
    out.push_back(std::move(r));
  }
  return out;
}

class FetcherStall : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& http = server_.http();
    // Answers after 3 s, or as soon as the test ends.
    http.Get("/slow", [this](const httplib::Request&, httplib::Response& res) {
      auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
      while (!released_ && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      res.set_content("late", "text/plain");
    });
    http.Get("/fast", [](const httplib::Request&, httplib::Response& res) { res.set_content("quick", "text/plain"); });
    http.Get("/no-location", [](const httplib::Request&, httplib::Response& res) {
      res.status = 301;
      res.set_content("moved, but nobody says where", "text/plain");
    });
    http.Get("/not-modified", [](const httplib::Request&, httplib::Response& res) { res.status = 304; });
    server_.start();
  }
  void TearDown() override { released_ = true; }

  std::atomic<bool> released_{false};
  testsupport::LoopbackServer server_;
};

TEST_F(FetcherStall, SlowResponseDoesNotHoldBackOtherTransfersToTheHost) {
  auto options = test_options();
  options.total_timeout_ms = 2000;
  auto fetcher = newsarchive::make_curl_fetcher(options);
  auto start = std::chrono::steady_clock::now();
  auto results = newsarchive::fetch_all(
      *fetcher, requests_for({server_.url("/slow"), server_.url("/fast?1"), server_.url("/fast?2")}));
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].error, FetchError::timeout) << results[0].error_message;
  for (std::size_t i = 1; i < 3; ++i) {
    ASSERT_TRUE(results[i].ok()) << i << ": " << results[i].error_message;
    EXPECT_EQ(results[i].body, "quick");
    EXPECT_LT(results[i].timings.total_ms, 1500.0) << "not queued behind the slow response";
  }
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 2.9);
}

// Over https curl holds a second transfer until the first connection's handshake shows
// whether it can multiplex; a handshake that never ends runs that transfer out of time
// before it is sent. Its error must say so, not blame the resolver.
TEST(FetcherStallTls, TransferHeldBackPastItsTimeoutSaysItWasNeverSent) {
  fetchtest::SilentServer server;  // accepts, never answers the TLS hello
  std::string base = server.url("/");
  std::string https = "https://" + base.substr(std::string("http://").size());
  auto options = test_options();
  options.connect_timeout_ms = 1000;
  options.total_timeout_ms = 1000;
  auto fetcher = newsarchive::make_curl_fetcher(options);
  auto results = newsarchive::fetch_all(*fetcher, requests_for({https + "a", https + "b"}));
  ASSERT_EQ(results.size(), 2u);
  int never_sent = 0;
  for (const FetchResult& r : results) {
    EXPECT_EQ(r.error, FetchError::timeout) << r.error_message;
    EXPECT_EQ(r.error_message.find("resolve"), std::string::npos) << r.error_message;
    never_sent += r.error_message.find("never sent") != std::string::npos;
  }
  EXPECT_EQ(never_sent, 1) << results[0].error_message << " / " << results[1].error_message;
}

TEST_F(FetcherStall, RedirectWithoutLocationIsAFailureThatSaysWhy) {
  FetchResult r = fetch_one(server_.url("/no-location"));
  EXPECT_EQ(r.status, 301);
  EXPECT_EQ(r.error, FetchError::bad_url);
  EXPECT_EQ(r.error_message, "HTTP 301 without a Location header");
}

TEST_F(FetcherStall, RedirectLeftUnfollowedOnRequestIsAResponse) {
  auto options = test_options();
  options.max_redirects = 0;
  FetchResult r = fetch_one(server_.url("/no-location"), options);
  EXPECT_EQ(r.status, 301);
  EXPECT_EQ(r.error, FetchError::none) << r.error_message;
}

TEST_F(FetcherStall, NotModifiedIsAResponseNotAFailedRedirect) {
  FetchResult r = fetch_one(server_.url("/not-modified"));
  EXPECT_EQ(r.status, 304);
  EXPECT_EQ(r.error, FetchError::none) << r.error_message;
}

}  // namespace

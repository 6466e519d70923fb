// The queue: many URLs complete through a bounded window, caps per host hold, and
// fetch_all keeps request order.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "fetch_helpers.hpp"
#include "support/loopback_server.hpp"

using newsarchive::FetchError;
using newsarchive::FetchRequest;
using newsarchive::FetchResult;
using fetchtest::test_options;

namespace {

// Counts requests in flight per Host header and remembers the most seen at once.
class CountingServer {
 public:
  CountingServer() {
    server_.http().Get(R"(/item/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
      std::string host = req.get_header_value("Host");
      host = host.substr(0, host.rfind(':'));
      {
        std::lock_guard<std::mutex> lock(mutex_);
        int now = ++in_flight_[host];
        peak_[host] = std::max(peak_[host], now);
        int total = ++total_in_flight_;
        peak_total_ = std::max(peak_total_, total);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(40));
      {
        std::lock_guard<std::mutex> lock(mutex_);
        --in_flight_[host];
        --total_in_flight_;
      }
      res.set_content("item " + req.matches[1].str(), "text/plain");
    });
    server_.start();
  }
  int peak(const std::string& host) {
    std::lock_guard<std::mutex> lock(mutex_);
    return peak_[host];
  }
  int peak_total() {
    std::lock_guard<std::mutex> lock(mutex_);
    return peak_total_;
  }
  testsupport::LoopbackServer& server() { return server_; }

  // Fetches /item/0 .. /item/(n-1), alternating between hosts a.example and b.example.
  void fetch_two_hosts(newsarchive::FetcherOptions options, int n) {
    options.resolve = {server_.resolve_entry("a.example"), server_.resolve_entry("b.example")};
    std::string port = std::to_string(server_.port());
    std::vector<FetchRequest> requests;
    for (int i = 0; i < n; ++i) {
      std::string host = i % 2 ? "b.example" : "a.example";
      requests.push_back({"http://" + host + ":" + port + "/item/" + std::to_string(i), std::nullopt,
                          std::nullopt, static_cast<std::uint64_t>(i), ""});
    }
    auto fetcher = newsarchive::make_curl_fetcher(options);
    for (const FetchResult& r : newsarchive::fetch_all(*fetcher, requests)) EXPECT_TRUE(r.ok()) << r.error_message;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, int> in_flight_, peak_;
  int total_in_flight_ = 0, peak_total_ = 0;
  testsupport::LoopbackServer server_;
};

TEST(FetcherQueue, PerHostCapHoldsWhileManyUrlsComplete) {
  CountingServer counting;
  auto options = test_options();
  options.max_total = 8;
  options.max_per_host = 2;
  std::vector<FetchRequest> requests;
  for (int i = 0; i < 24; ++i)
    requests.push_back({counting.server().url("/item/" + std::to_string(i)), std::nullopt, std::nullopt,
                        static_cast<std::uint64_t>(100 + i), ""});
  auto fetcher = newsarchive::make_curl_fetcher(options);
  auto results = newsarchive::fetch_all(*fetcher, requests);
  ASSERT_EQ(results.size(), 24u);
  for (int i = 0; i < 24; ++i) {
    EXPECT_TRUE(results[i].ok()) << results[i].error_message;
    EXPECT_EQ(results[i].tag, static_cast<std::uint64_t>(100 + i));
    EXPECT_EQ(results[i].body, "item " + std::to_string(i));
  }
  EXPECT_LE(counting.peak("127.0.0.1"), 2);
  EXPECT_GE(counting.peak("127.0.0.1"), 1);
}

TEST(FetcherQueue, EachHostGetsItsOwnCap) {
  CountingServer counting;
  auto options = test_options();
  options.max_total = 8;
  options.max_per_host = 2;
  counting.fetch_two_hosts(options, 20);
  EXPECT_LE(counting.peak("a.example"), 2);
  EXPECT_LE(counting.peak("b.example"), 2);
  EXPECT_LE(counting.peak_total(), 4);
}

TEST(FetcherQueue, TotalCapHoldsAcrossHosts) {
  CountingServer counting;
  auto options = test_options();
  options.max_total = 3;
  options.max_per_host = 3;
  counting.fetch_two_hosts(options, 18);
  EXPECT_LE(counting.peak_total(), 3);
}

TEST(FetcherQueue, PerformDrivesQueuedTransfersToCompletion) {
  CountingServer counting;
  auto options = test_options();
  options.max_total = 4;
  auto fetcher = newsarchive::make_curl_fetcher(options);
  for (int i = 0; i < 40; ++i)
    fetcher->add({counting.server().url("/item/" + std::to_string(i)), std::nullopt, std::nullopt,
                  static_cast<std::uint64_t>(i), ""});
  fetcher->add({"mailto:someone@example.com", std::nullopt, std::nullopt, 999, ""});
  EXPECT_EQ(fetcher->pending(), 41u);
  std::vector<FetchResult> done;
  for (int round = 0; round < 2000 && fetcher->pending() > 0; ++round)
    for (FetchResult& r : fetcher->perform(100)) done.push_back(std::move(r));
  EXPECT_EQ(fetcher->pending(), 0u);
  ASSERT_EQ(done.size(), 41u);
  std::size_t ok = std::count_if(done.begin(), done.end(), [](const FetchResult& r) { return r.ok(); });
  EXPECT_EQ(ok, 40u);
  auto mailto = std::find_if(done.begin(), done.end(), [](const FetchResult& r) { return r.tag == 999; });
  ASSERT_NE(mailto, done.end());
  EXPECT_EQ(mailto->error, FetchError::scheme);
}

TEST(FetcherQueue, FetchAllKeepsRequestOrderWithMixedOutcomes) {
  CountingServer counting;
  auto fetcher = newsarchive::make_curl_fetcher(test_options());
  std::vector<FetchRequest> requests{
      {counting.server().url("/item/1"), std::nullopt, std::nullopt, 7, ""},
      {"gopher://127.0.0.1/", std::nullopt, std::nullopt, 8, ""},
      {counting.server().url("/nothing-here"), std::nullopt, std::nullopt, 9, ""},
      {counting.server().url("/item/2"), std::nullopt, std::nullopt, 10, ""},
  };
  auto results = newsarchive::fetch_all(*fetcher, requests);
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results[0].tag, 7u);
  EXPECT_EQ(results[0].body, "item 1");
  EXPECT_EQ(results[1].tag, 8u);
  EXPECT_EQ(results[1].error, FetchError::scheme);
  EXPECT_EQ(results[2].tag, 9u);
  EXPECT_EQ(results[2].status, 404);
  EXPECT_EQ(results[3].tag, 10u);
  EXPECT_EQ(results[3].body, "item 2");
}

TEST(FetcherQueue, ReusesConnectionsAcrossRequests) {
  CountingServer counting;
  auto options = test_options();
  options.max_total = 1;
  options.max_per_host = 1;
  auto fetcher = newsarchive::make_curl_fetcher(options);
  std::vector<FetchRequest> requests;
  for (int i = 0; i < 5; ++i)
    requests.push_back({counting.server().url("/item/" + std::to_string(i)), std::nullopt, std::nullopt, 0, ""});
  auto results = newsarchive::fetch_all(*fetcher, requests);
  ASSERT_EQ(results.size(), 5u);
  for (const FetchResult& r : results) EXPECT_TRUE(r.ok()) << r.error_message;
  // A reused connection skips the TCP handshake: curl reports no connect time.
  EXPECT_EQ(results[1].timings.connect_ms, 0.0);
}

}  // namespace

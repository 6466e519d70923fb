// Network failures end as results with a FetchError, within the configured time.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "fetch_helpers.hpp"
#include "raw_server.hpp"

using newsarchive::FetchError;
using newsarchive::FetchRequest;
using newsarchive::FetchResult;
using fetchtest::fetch_one;
using fetchtest::test_options;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(FetcherFailure, ServerThatNeverAnswersTimesOut) {
  fetchtest::SilentServer server;
  auto options = test_options();
  options.total_timeout_ms = 1000;
  auto start = std::chrono::steady_clock::now();
  FetchResult r = fetch_one(server.url("/"), options);
  EXPECT_EQ(r.error, FetchError::timeout) << r.error_message;
  EXPECT_EQ(r.status, 0);
  EXPECT_LT(seconds_since(start), 4.0);
  EXPECT_NE(r.error_message.find("imeout"), std::string::npos) << r.error_message;
}

TEST(FetcherFailure, ServerThatDripsBytesTimesOutAsTooSlow) {
  std::vector<fetchtest::ScriptedServer::Step> script{
      {"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n", 0}};
  for (int i = 0; i < 30; ++i) script.push_back({"x", 300});
  fetchtest::ScriptedServer server(script);
  auto options = test_options();
  options.total_timeout_ms = 20000;
  options.low_speed_bytes = 100;
  options.low_speed_time_s = 1;
  auto start = std::chrono::steady_clock::now();
  FetchResult r = fetch_one(server.url("/"), options);
  EXPECT_EQ(r.error, FetchError::timeout) << r.error_message;
  EXPECT_LT(seconds_since(start), 6.0);
}

TEST(FetcherFailure, RefusedPortIsConnectError) {
  fetchtest::ClosedPort port;
  FetchResult r = fetch_one(port.url("/"));
  EXPECT_EQ(r.error, FetchError::connect) << r.error_message;
  EXPECT_EQ(r.status, 0);
  EXPECT_FALSE(r.error_message.empty());
}

TEST(FetcherFailure, ServerThatClosesWithoutReplyIsRecvError) {
  fetchtest::ScriptedServer server({});
  FetchResult r = fetch_one(server.url("/"));
  EXPECT_EQ(r.error, FetchError::recv) << r.error_message;
  EXPECT_EQ(r.status, 0);
}

TEST(FetcherFailure, ChunkedBodyCutShortIsRecvError) {
  fetchtest::ScriptedServer server({{"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                     "Transfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n"
                                     "10\r\n01234",
                                     0}});
  FetchResult r = fetch_one(server.url("/"));
  EXPECT_EQ(r.error, FetchError::recv) << r.error_message;
}

TEST(FetcherFailure, RejectsNonHttpUrlWithoutNetwork) {
  FetchResult ftp = fetch_one("ftp://127.0.0.1/file.txt");
  EXPECT_EQ(ftp.error, FetchError::scheme);
  EXPECT_EQ(ftp.timings.total_ms, 0.0);
  FetchResult file = fetch_one("file:///etc/passwd");
  EXPECT_EQ(file.error, FetchError::scheme);
  EXPECT_TRUE(file.body.empty());
}

TEST(FetcherFailure, RejectsRelativeOrMalformedUrl) {
  EXPECT_EQ(fetch_one("/just/a/path").error, FetchError::bad_url);
  EXPECT_EQ(fetch_one("not a url").error, FetchError::bad_url);
  EXPECT_EQ(fetch_one("http://").error, FetchError::bad_url);
  EXPECT_EQ(fetch_one("").error, FetchError::bad_url);
}

TEST(FetcherFailure, WakeupEndsAWaitingPerform) {
  fetchtest::SilentServer server;
  auto options = test_options();
  options.total_timeout_ms = 20000;
  auto fetcher = newsarchive::make_curl_fetcher(options);
  fetcher->add(FetchRequest{server.url("/"), std::nullopt, std::nullopt, 1, ""});
  std::thread waker([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    fetcher->wakeup();
  });
  auto start = std::chrono::steady_clock::now();
  auto results = fetcher->perform(15000);
  waker.join();
  EXPECT_TRUE(results.empty());
  EXPECT_EQ(fetcher->pending(), 1u);
  EXPECT_LT(seconds_since(start), 10.0);
}

}  // namespace

TEST(FetcherFailure, GarbageLeftOnAKeptAliveConnectionIsRetriedOnAFreshOne) {
  // The first answer's surplus bytes sit on the reused connection, where the second
  // request reads them as its response ("HTTP/0.9"): that request is sent again on a new
  // connection instead of failing.
  fetchtest::ShortLengthServer server;
  newsarchive::FetcherOptions options = fetchtest::test_options();
  options.max_per_host = 1;
  auto fetcher = newsarchive::make_curl_fetcher(options);
  std::vector<FetchRequest> requests(2);
  requests[0].url = server.url("/first");
  requests[1].url = server.url("/second");
  std::vector<FetchResult> got = newsarchive::fetch_all(*fetcher, std::move(requests));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].error, FetchError::none) << got[0].error_message;
  EXPECT_EQ(got[1].error, FetchError::none) << got[1].error_message;
  EXPECT_EQ(got[1].status, 200);
  EXPECT_NE(got[1].body.find("page /second"), std::string::npos) << got[1].body;
  EXPECT_EQ(server.connections(), 2);
}

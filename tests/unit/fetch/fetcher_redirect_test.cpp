// Redirects: followed within the limit, recorded, and never to a scheme other than http(s).
#include <gtest/gtest.h>

#include "fetch_helpers.hpp"
#include "support/loopback_server.hpp"

using newsarchive::FetchError;
using newsarchive::FetchResult;
using fetchtest::fetch_one;
using fetchtest::test_options;

namespace {

class FetcherRedirect : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& http = server_.http();
    http.Get("/start", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/middle", 301);
      res.set_header("X-Hop", "first");
    });
    http.Get("/middle", [this](const httplib::Request&, httplib::Response& res) {
      res.set_redirect(server_.url("/end"), 302);
    });
    http.Get("/end", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("X-Final", "yes");
      res.set_content("arrived", "text/plain");
    });
    http.Get("/loop", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop", 302); });
    http.Get("/to-ftp", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("ftp://127.0.0.1/secret.txt", 302);
    });
    http.Get("/to-file", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("file:///etc/passwd", 302);
    });
    http.Get("/to-gopher", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("gopher://127.0.0.1/1", 302);
    });
    server_.start();
  }

  testsupport::LoopbackServer server_;
};

TEST_F(FetcherRedirect, FollowsChainAndRecordsFinalUrl) {
  FetchResult r = fetch_one(server_.url("/start"));
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.body, "arrived");
  EXPECT_EQ(r.url, server_.url("/start"));
  EXPECT_EQ(r.final_url, server_.url("/end"));
  EXPECT_EQ(r.redirects, 2);
  EXPECT_EQ(server_.requests().size(), 3u);
}

TEST_F(FetcherRedirect, KeepsOnlyTheFinalResponsesHeaders) {
  FetchResult r = fetch_one(server_.url("/start"));
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.header("X-Final"), "yes");
  EXPECT_EQ(r.header("X-Hop"), "");
  EXPECT_EQ(r.header("Location"), "");
}

TEST_F(FetcherRedirect, StopsALoopAsTooManyRedirects) {
  auto options = test_options();
  options.max_redirects = 5;
  FetchResult r = fetch_one(server_.url("/loop"), options);
  EXPECT_EQ(r.error, FetchError::too_many_redirects);
  EXPECT_FALSE(r.error_message.empty());
  EXPECT_EQ(r.redirects, 5);
  EXPECT_EQ(server_.requests().size(), 6u);
}

TEST_F(FetcherRedirect, RefusesRedirectToFtp) {
  FetchResult r = fetch_one(server_.url("/to-ftp"));
  EXPECT_EQ(r.error, FetchError::scheme);
  EXPECT_NE(r.error_message.find("ftp://"), std::string::npos) << r.error_message;
}

TEST_F(FetcherRedirect, RefusesRedirectToFile) {
  FetchResult r = fetch_one(server_.url("/to-file"));
  EXPECT_EQ(r.error, FetchError::scheme);
  EXPECT_TRUE(r.body.empty());
  EXPECT_NE(r.error_message.find("file://"), std::string::npos) << r.error_message;
}

TEST_F(FetcherRedirect, RefusesRedirectToGopher) {
  FetchResult r = fetch_one(server_.url("/to-gopher"));
  EXPECT_EQ(r.error, FetchError::scheme);
}

TEST_F(FetcherRedirect, ReturnsTheRedirectItselfWhenFollowingIsOff) {
  auto options = test_options();
  options.max_redirects = 0;
  FetchResult r = fetch_one(server_.url("/start"), options);
  EXPECT_EQ(r.error, FetchError::none) << r.error_message;
  EXPECT_EQ(r.status, 301);
  EXPECT_EQ(r.header("Location"), "/middle");
  EXPECT_EQ(server_.requests().size(), 1u);
}

TEST_F(FetcherRedirect, OneRequestCanAskNotToFollow) {
  newsarchive::FetchRequest request;
  request.url = server_.url("/start");
  request.follow_redirects = false;
  FetchResult r = fetch_one(request);
  EXPECT_EQ(r.error, FetchError::none) << r.error_message;
  EXPECT_EQ(r.status, 301);
  EXPECT_EQ(r.header("Location"), "/middle");
  EXPECT_EQ(r.final_url, server_.url("/start"));
  EXPECT_EQ(server_.requests().size(), 1u);
  // A request that does not ask still follows.
  EXPECT_EQ(fetch_one(server_.url("/start")).status, 200);
}

}  // namespace

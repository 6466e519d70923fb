// Network faults, through the real binary: each run fetches a faulty URL and a good
// one; the good one is archived, the fault is recorded with its reason, memory stays
// bounded, earlier rows are untouched and the exit code is 1 (some URLs failed).
#include <gtest/gtest.h>

#include "fault_fixture.hpp"
#include "unit/fetch/raw_server.hpp"

using namespace faults;
using fetchtest::ScriptedServer;

namespace {

std::string head(const std::string& extra, long length) {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra +
         "Content-Length: " + std::to_string(length) + "\r\nConnection: close\r\n\r\n";
}

}  // namespace

TEST_F(FaultTest, ConnectionRefusedIsRecordedAsConnect) {
  fetchtest::ClosedPort closed;
  auto r = fetch_with_good({closed.url("/refused")});
  expect_survived(r, 1);
  auto a = attempt(closed.url("/refused"));
  EXPECT_EQ(a["error"], "connect");
  EXPECT_FALSE(a["error_message"].empty());
  EXPECT_EQ(a["outcome"], "failed");
}

TEST_F(FaultTest, ResetMidBodyIsRecordedAsRecv) {
  std::string body = article_html("Cut short", 40);
  ScriptedServer server({{head("", static_cast<long>(body.size())) + body.substr(0, body.size() / 3), 0, true}});
  auto r = fetch_with_good({server.url("/reset")});
  expect_survived(r, 1);
  auto a = attempt(server.url("/reset"));
  EXPECT_EQ(a["error"], "recv") << a["error_message"];
  EXPECT_EQ(a["outcome"], "failed");
  EXPECT_EQ(a["body_bytes"], "0") << "a cut page is not kept as if whole";
}

TEST_F(FaultTest, ServerThatNeverAnswersTimesOut) {
  fetchtest::SilentServer silent;
  auto r = fetch_with_good({silent.url("/silent")}, {"--timeout", "2"});
  expect_survived(r, 1);
  auto a = attempt(silent.url("/silent"));
  EXPECT_EQ(a["error"], "timeout") << a["error_message"];
  EXPECT_EQ(a["outcome"], "failed");
}

TEST_F(FaultTest, ServerThatDripsAByteASecondTimesOut) {
  std::vector<ScriptedServer::Step> script{{head("", 5000), 0}};
  for (int i = 0; i < 30; ++i) script.push_back({"x", 1000});
  ScriptedServer server(script);
  auto r = fetch_with_good({server.url("/drip")}, {"--timeout", "3"});
  expect_survived(r, 1);
  auto a = attempt(server.url("/drip"));
  EXPECT_EQ(a["error"], "timeout") << a["error_message"];
  EXPECT_EQ(a["outcome"], "failed");
  EXPECT_EQ(a["body_bytes"], "0");
}

TEST_F(FaultTest, ServerErrorsAreRecordedWithTheirStatus) {
  for (int status : {500, 502, 503, 504})
    route("/status/" + std::to_string(status), [status](const httplib::Request&, httplib::Response& res) {
      res.status = status;
      res.set_content("<html><body><h1>Server trouble</h1><p>Try again later.</p></body></html>", "text/html");
    });
  auto r = fetch_with_good({url("/status/500"), url("/status/502"), url("/status/503"), url("/status/504")});
  expect_survived(r, 1);
  for (int status : {500, 502, 503, 504}) {
    auto a = attempt(url("/status/" + std::to_string(status)));
    EXPECT_EQ(a["status"], std::to_string(status));
    EXPECT_EQ(a["outcome"], "failed");
    EXPECT_EQ(a["body_bytes"], "0") << "error pages are not archived";
  }
  EXPECT_NE(r.out.find("HTTP 503"), std::string::npos) << r.out;
}

TEST_F(FaultTest, TooManyRequestsRecordsRetryAfter) {
  route("/busy", [](const httplib::Request&, httplib::Response& res) {
    res.status = 429;
    res.set_header("Retry-After", "120");
    res.set_content("slow down", "text/plain");
  });
  auto r = fetch_with_good({url("/busy")});
  expect_survived(r, 1);
  auto a = attempt(url("/busy"));
  EXPECT_EQ(a["status"], "429");
  EXPECT_EQ(a["outcome"], "failed");
  EXPECT_EQ(a["retry_after_s"], "120.0");
}

TEST_F(FaultTest, RedirectLoopsAndLongChainsStopAtTheLimit) {
  route("/loop", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop"); });
  for (int i = 0; i < 15; ++i)
    route("/chain/" + std::to_string(i), [i](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/chain/" + std::to_string(i + 1));
    });
  route("/chain/15", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(article_html("End of a long chain"), "text/html");
  });
  auto r = fetch_with_good({url("/loop"), url("/chain/0")});
  expect_survived(r, 1);
  for (const char* path : {"/loop", "/chain/0"}) {
    auto a = attempt(url(path));
    EXPECT_EQ(a["error"], "too_many_redirects") << path << ": " << a["error_message"];
    EXPECT_EQ(a["outcome"], "failed");
  }
}

TEST_F(FaultTest, RedirectsToOtherSchemesAreRefused) {
  testsupport::TempDir elsewhere;
  std::string secret = elsewhere.write("secret.html", article_html("Local file secret"));
  fetchtest::ScriptedServer gopher({{"should never be asked", 0}}, 1);
  std::vector<std::string> targets{"file://" + secret, "ftp://127.0.0.1/pub/x.html", gopher.url("/1x").replace(0, 4, "gopher"),
                                   "javascript:alert(1)", "data:text/html,<h1>x</h1>"};
  std::vector<std::string> urls;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    std::string target = targets[i];
    route("/away/" + std::to_string(i), [target](const httplib::Request&, httplib::Response& res) {
      res.status = 302;
      res.set_header("Location", target);
    });
    urls.push_back(url("/away/" + std::to_string(i)));
  }
  auto r = fetch_with_good(urls);
  expect_survived(r, 1);
  for (const auto& u : urls) {
    auto a = attempt(u);
    EXPECT_EQ(a["outcome"], "failed") << u;
    EXPECT_TRUE(a["error"] == "scheme" || a["status"] == "302") << u << ": " << a["error"] << " " << a["error_message"];
    EXPECT_EQ(a["body_bytes"], "0") << u;
  }
  ArchiveProbe p(db_);
  EXPECT_EQ(p.count("SELECT count(*) FROM articles WHERE body LIKE '%Local file secret%' OR headline LIKE '%secret%'"),
            0);
}

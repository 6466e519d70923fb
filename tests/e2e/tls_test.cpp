// https end to end: `fetch` and `crawl` against a TLS server on 127.0.0.1 whose
// certificate (made for this run by the openssl tool) is trusted through --cacert, and
// refused as a TLS error without it.
#include <gtest/gtest.h>
#include <httplib.h>

#include <thread>

#include "e2e_util.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

using namespace e2e;
using testsupport::run_newsarchive;

namespace {

const char* kStory =
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour vote</title></head><body>"
    "<article><h1>Harbour vote</h1><p>The council met on Tuesday evening to settle the question that has divided "
    "the town for most of a year, and the vote was closer than anyone expected.</p><p>Supporters said the decision "
    "would bring the harbour back to life; opponents warned that the cost had been underestimated.</p>"
    "</article></body></html>";

class TlsE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    cert_ = dir_.file("cert.pem");
    key_ = dir_.file("key.pem");
    auto made = testsupport::run_program(
        "/usr/bin/openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key_, "-out", cert_, "-days",
                             "2", "-subj", "/CN=news.test", "-addext", "subjectAltName=DNS:news.test,IP:127.0.0.1"});
    if (made.exit_code != 0) GTEST_SKIP() << "openssl could not make a certificate: " << made.err;
    server_ = std::make_unique<httplib::SSLServer>(cert_.c_str(), key_.c_str());
    ASSERT_TRUE(server_->is_valid());
    server_->Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
    });
    server_->Get("/rss.xml", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><item><title>t</title>"
                      "<link>" + url("news.test", "/story.html") + "</link></item></channel></rss>",
                      "application/rss+xml");
    });
    server_->Get("/story.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kStory, "text/html; charset=utf-8");
    });
    port_ = server_->bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { server_->listen_after_bind(); });
    while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }

  std::string url(const std::string& host, const std::string& path) const {
    return "https://" + host + ":" + std::to_string(port_) + path;
  }
  std::string resolve() const { return "news.test:" + std::to_string(port_) + ":127.0.0.1"; }

  testsupport::TempDir dir_;
  std::string cert_, key_;
  std::unique_ptr<httplib::SSLServer> server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace

TEST_F(TlsE2E, FetchTrustsTheGivenCertificatesAndRefusesAnUnknownOne) {
  const std::string db = dir_.file("a.db");
  auto trusted = run_newsarchive({"--db", db, "--cacert", cert_, "fetch", "--json", url("127.0.0.1", "/story.html")});
  ASSERT_EQ(trusted.exit_code, 0) << trusted.err << trusted.out;
  auto ok = json_lines(trusted.out);
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_EQ(ok[0]["status"], "added");
  EXPECT_EQ(ok[0]["headline"], "Harbour vote");

  auto refused = run_newsarchive({"--db", db, "fetch", "--json", url("127.0.0.1", "/story.html")});
  EXPECT_EQ(refused.exit_code, 1);
  auto failed = json_lines(refused.out);
  ASSERT_EQ(failed.size(), 1u) << refused.out;
  EXPECT_EQ(failed[0]["status"], "failed");
  EXPECT_EQ(failed[0]["error"].get<std::string>().rfind("tls: ", 0), 0u) << failed[0];
}

TEST_F(TlsE2E, ACrawlOverHttpsReadsRobotsTheFeedAndTheArticle) {
  const std::string db = dir_.file("crawl.db");
  std::string config = dir_.write("sites.toml", "[crawl]\nper_host_delay = 0\n\n[[site]]\nname = \"News\"\nfeeds = [\"" +
                                                    url("news.test", "/rss.xml") + "\"]\n");
  auto r = run_newsarchive(
      {"--db", db, "--cacert", cert_, "--resolve", resolve(), "crawl", "--config", config});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  auto list = run_newsarchive({"--db", db, "list", "--json"});
  auto rows = json_lines(list.out);
  ASSERT_EQ(rows.size(), 1u) << list.out;
  EXPECT_EQ(rows[0]["url"], url("news.test", "/story.html"));
}

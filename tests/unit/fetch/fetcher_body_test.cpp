// Bodies: decoded from gzip, deflate, brotli and zstd, capped on the decoded size, and
// decode failures reported as results. cpp-httplib compresses text/* itself when the
// client accepts it, so responses whose exact wire bytes matter use kOpaque.
#include <gtest/gtest.h>

#include <zstd.h>

#include <mutex>

#include "fetch_helpers.hpp"
#include "raw_server.hpp"
#include "support/gzip.hpp"
#include "support/loopback_server.hpp"

using newsarchive::FetchError;
using newsarchive::FetchResult;
using fetchtest::fetch_one;
using fetchtest::test_options;

namespace {

constexpr const char* kOpaque = "application/octet-stream";
std::string zstd(std::string_view data);

const std::string kText = [] {
  std::string s;
  for (int i = 0; i < 200; ++i) s += "<p>Paragraph " + std::to_string(i) + " of the article.</p>\n";
  return s;
}();

class FetcherBody : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& http = server_.http();
    http.Get("/gzip", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "gzip");
      res.set_content(testsupport::gzip(kText), kOpaque);
    });
    http.Get("/deflate", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "deflate");
      res.set_content(testsupport::deflate(kText), kOpaque);
    });
    http.Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(2 * kLimit, 'x'), kOpaque);
    });
    http.Get("/big-chunked", [](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider(kOpaque, [](std::size_t offset, httplib::DataSink& sink) {
        if (offset >= 4 * kLimit) {
          sink.done();
          return true;
        }
        std::string chunk(64 * 1024, 'y');
        return sink.write(chunk.data(), chunk.size());
      });
    });
    http.Get("/exact", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(kLimit, 'z'), kOpaque);
    });
    http.Get("/bomb", [this](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "gzip");
      res.set_content(bomb(), kOpaque);
    });
    http.Get("/html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kText, "text/html");  // the server picks br or gzip itself
    });
    http.Get("/zstd", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "zstd");
      res.set_content(zstd(kText), kOpaque);
    });
    http.Get("/gzip-then-zstd", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "gzip, zstd");
      res.set_content(zstd(testsupport::gzip(kText)), kOpaque);
    });
    http.Get("/bad-gzip", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "gzip");
      res.set_content("this is not gzip at all, just text", kOpaque);
    });
    http.Get("/unknown-encoding", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "x-squeeze");
      res.set_content("whatever", kOpaque);
    });
    server_.start();
  }

  // 50 MB of zeros, gzipped to about 50 KB; made once per test that asks.
  const std::string& bomb() {
    std::call_once(bomb_once_, [this] { bomb_ = testsupport::gzip(std::string(50u << 20, '\0')); });
    return bomb_;
  }

  static constexpr std::size_t kLimit = 1 << 20;
  std::once_flag bomb_once_;
  std::string bomb_;
  testsupport::LoopbackServer server_;
};

std::string zstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  std::size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  out.resize(ZSTD_isError(n) ? 0 : n);
  return out;
}

newsarchive::FetcherOptions limited() {
  auto options = test_options();
  options.max_body_bytes = 1 << 20;
  return options;
}

TEST_F(FetcherBody, DecodesGzip) {
  FetchResult r = fetch_one(server_.url("/gzip"));
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.body, kText);
  EXPECT_EQ(r.wire_bytes, static_cast<std::int64_t>(testsupport::gzip(kText).size()));
  EXPECT_LT(r.wire_bytes, static_cast<std::int64_t>(kText.size()));
}

TEST_F(FetcherBody, DecodesDeflate) {
  FetchResult r = fetch_one(server_.url("/deflate"));
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.body, kText);
}

TEST_F(FetcherBody, DecodesWhateverTheServerChoseForHtml) {
  FetchResult r = fetch_one(server_.url("/html"));
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.body, kText);
  EXPECT_FALSE(r.header("Content-Encoding").empty());
  EXPECT_LT(r.wire_bytes, static_cast<std::int64_t>(kText.size()));
}

TEST_F(FetcherBody, DecodesZstd) {
  FetchResult r = fetch_one(server_.url("/zstd"));
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.body, kText);
}

TEST_F(FetcherBody, RemovesStackedEncodingsInReverseOrder) {
  FetchResult r = fetch_one(server_.url("/gzip-then-zstd"));
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.body, kText);
}

TEST_F(FetcherBody, AdvertisesTheEncodingsItDecodes) {
  fetch_one(server_.url("/gzip"));
  auto requests = server_.requests();
  ASSERT_EQ(requests.size(), 1u);
  std::string accepted = requests[0].header("Accept-Encoding");
  EXPECT_NE(accepted.find("gzip"), std::string::npos) << accepted;
  EXPECT_NE(accepted.find("deflate"), std::string::npos) << accepted;
  EXPECT_NE(accepted.find("zstd"), std::string::npos) << accepted;
}

TEST_F(FetcherBody, RejectsDeclaredContentLengthOverLimit) {
  FetchResult r = fetch_one(server_.url("/big"), limited());
  EXPECT_EQ(r.error, FetchError::too_large);
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.body.empty());
  EXPECT_NE(r.error_message.find("Content-Length"), std::string::npos) << r.error_message;
}

TEST_F(FetcherBody, StopsChunkedBodyAtLimit) {
  FetchResult r = fetch_one(server_.url("/big-chunked"), limited());
  EXPECT_EQ(r.error, FetchError::too_large) << r.error_message;
  EXPECT_LE(r.body.size(), kLimit);
  EXPECT_LT(r.wire_bytes, static_cast<std::int64_t>(4 * kLimit));
}

TEST_F(FetcherBody, AcceptsBodyExactlyAtLimit) {
  FetchResult r = fetch_one(server_.url("/exact"), limited());
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.body.size(), kLimit);
}

TEST_F(FetcherBody, StopsGzipBombAtLimit) {
  FetchResult r = fetch_one(server_.url("/bomb"), limited());
  EXPECT_EQ(r.error, FetchError::too_large) << r.error_message;
  EXPECT_LE(r.body.size(), kLimit);
  EXPECT_LE(r.body.capacity(), 2 * kLimit);
  EXPECT_LT(r.wire_bytes, static_cast<std::int64_t>(bomb().size()) + 1);
}

TEST_F(FetcherBody, ReadsOnlyTheFirstBytesAskedForAsASuccess) {
  // A declared length over the body limit, a chunked stream and a gzip bomb: each ends
  // after the first bytes wanted, with that much of the body and no error.
  for (const char* path : {"/big", "/big-chunked", "/bomb"}) {
    newsarchive::FetchRequest request;
    request.url = server_.url(path);
    request.read_first_bytes = 1000;
    FetchResult r = fetch_one(request, limited());
    ASSERT_TRUE(r.ok()) << path << ": " << r.error_message;
    EXPECT_TRUE(r.body_cut) << path;
    EXPECT_EQ(r.body.size(), 1000u) << path;
  }
  newsarchive::FetchRequest small;
  small.url = server_.url("/gzip");
  small.read_first_bytes = 1 << 20;
  FetchResult r = fetch_one(small, limited());
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_FALSE(r.body_cut) << "a body within the bytes asked for is whole";
  EXPECT_EQ(r.body, kText);
}

TEST_F(FetcherBody, ReportsInvalidGzipAsDecodeError) {
  FetchResult r = fetch_one(server_.url("/bad-gzip"));
  EXPECT_EQ(r.error, FetchError::decode);
  EXPECT_FALSE(r.error_message.empty());
}

TEST_F(FetcherBody, ReportsUnknownContentEncodingAsDecodeError) {
  FetchResult r = fetch_one(server_.url("/unknown-encoding"));
  EXPECT_EQ(r.error, FetchError::decode);
  EXPECT_FALSE(r.error_message.empty());
}

TEST(FetcherBodyRaw, ReportsTruncatedGzipAsDecodeError) {
  std::string gz = testsupport::gzip(kText);
  std::string half = gz.substr(0, gz.size() / 2);
  fetchtest::ScriptedServer server({{"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                     "Content-Encoding: gzip\r\nContent-Length: " +
                                         std::to_string(half.size()) + "\r\n\r\n" + half,
                                     0}});
  FetchResult r = fetch_one(server.url("/"));
  EXPECT_EQ(r.error, FetchError::decode) << r.error_message;
}

TEST(FetcherBodyRaw, ReportsGzipCutByConnectionCloseAsDecodeError) {
  std::string gz = testsupport::gzip(kText);
  fetchtest::ScriptedServer server({{"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                     "Content-Encoding: gzip\r\nConnection: close\r\n\r\n" +
                                         gz.substr(0, gz.size() - 6),
                                     0}});
  FetchResult r = fetch_one(server.url("/"));
  EXPECT_EQ(r.error, FetchError::decode) << r.error_message;
  EXPECT_NE(r.error_message.find("truncated"), std::string::npos) << r.error_message;
}

TEST(FetcherBodyRaw, ReportsConnectionCutMidBodyAsRecv) {
  fetchtest::ScriptedServer server({{"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                     "Content-Length: 1000\r\n\r\nonly a few bytes",
                                     0}});
  FetchResult r = fetch_one(server.url("/"));
  EXPECT_EQ(r.error, FetchError::recv) << r.error_message;
  EXPECT_EQ(r.status, 200);
}

}  // namespace

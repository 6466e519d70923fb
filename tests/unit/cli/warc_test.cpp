#include "cli/warc.hpp"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "support/warc_reader.hpp"

using newsarchive::Archive;
using namespace newsarchive::cli;

namespace {

Archive::ArchivedPage page_with(std::vector<std::pair<std::string, std::string>> headers, std::string body,
                                std::string http_version = "1.1") {
  Archive::ArchivedPage p;
  p.id = 7;
  p.url = "https://news.example/a";
  p.status = 200;
  p.http_version = std::move(http_version);
  p.headers = std::move(headers);
  p.body = std::move(body);
  return p;
}

}  // namespace

TEST(WarcSha1, IsBase32OfTheSha1) {
  // Known values: SHA-1 of "" and of "abc", in RFC 4648 base32.
  EXPECT_EQ(warc_sha1(""), "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
  EXPECT_EQ(warc_sha1("abc"), "sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
}

TEST(HttpResponseBlock, DecodedBodyKeepsTransferHeadersUnderOriginalNames) {
  auto p = page_with({{"Content-Type", "text/html"}, {"Content-Encoding", "gzip"}, {"Content-Length", "31"},
                      {"Transfer-Encoding", "chunked"}, {"ETag", "\"v1\""}},
                     "<p>hello</p>");
  std::string block = http_response_block(p);
  EXPECT_EQ(block,
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Archive-Orig-Content-Encoding: gzip\r\n"
            "X-Archive-Orig-Content-Length: 31\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\nETag: \"v1\"\r\n"
            "Content-Length: 12\r\n\r\n<p>hello</p>");
}

TEST(HttpResponseBlock, ContentLengthThatFitsTheBodyStaysAsReceived) {
  auto p = page_with({{"content-type", "text/html"}, {"content-length", "12"}}, "<p>hello</p>", "2");
  EXPECT_EQ(http_response_block(p), "HTTP/2 200 OK\r\ncontent-type: text/html\r\ncontent-length: 12\r\n\r\n<p>hello</p>");
}

TEST(HttpResponseBlock, HeaderValuesStayOnOneLine) {
  auto p = page_with({{"X-Note", "a\r\nInjected: yes"}}, "", "");
  std::string block = http_response_block(p);
  EXPECT_EQ(block, "HTTP/1.1 200 OK\r\nX-Note: a  Injected: yes\r\nContent-Length: 0\r\n\r\n");
}

TEST(WarcIds, AreDistinctUrnUuidsPerKindAndNumber) {
  WarcIds ids;
  std::set<std::string> seen{ids.info(), ids.page(1), ids.page(2), ids.article(1), ids.article(2)};
  EXPECT_EQ(seen.size(), 5u);
  EXPECT_EQ(ids.page(1), ids.page(1));
  for (const auto& id : seen) {
    EXPECT_EQ(id.rfind("<urn:uuid:", 0), 0u) << id;
    EXPECT_EQ(id.size(), std::string("<urn:uuid:00000000-0000-0000-0000-000000000000>").size()) << id;
  }
  EXPECT_NE(WarcIds().page(1), ids.page(1));  // another export, other ids
}

TEST(WarcWriter, PlainRecordsReadBack) {
  std::ostringstream out;
  WarcWriter w(out, false);
  w.write("resource", {{"WARC-Record-ID", "<urn:uuid:x>"}, {"WARC-Target-URI", "https://a.example/"}}, "body\r\n\r\nmore");
  w.write("metadata", {{"WARC-Record-ID", "<urn:uuid:y>"}}, "");
  auto records = testsupport::read_warc(out.str());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].version, "WARC/1.1");
  EXPECT_EQ(records[0].fields["WARC-Type"], "resource");
  EXPECT_EQ(records[0].fields["WARC-Target-URI"], "https://a.example/");
  EXPECT_EQ(records[0].block, "body\r\n\r\nmore");
  EXPECT_EQ(records[1].fields["Content-Length"], "0");
}

TEST(WarcWriter, GzipWritesOneMemberPerRecord) {
  std::ostringstream plain, packed;
  WarcWriter a(plain, false), b(packed, true);
  for (WarcWriter* w : {&a, &b}) {
    w->write("resource", {{"WARC-Record-ID", "<urn:uuid:1>"}}, std::string(5000, 'x'));
    w->write("resource", {{"WARC-Record-ID", "<urn:uuid:2>"}}, "short");
  }
  std::string z = packed.str();
  EXPECT_LT(z.size(), plain.str().size());
  // Two gzip headers: each record can be read on its own from its offset.
  std::size_t second = z.find("\x1f\x8b", 2);
  ASSERT_NE(second, std::string::npos);
  EXPECT_EQ(testsupport::gunzip_members(z), plain.str());
  auto tail = testsupport::read_warc(testsupport::gunzip_members(z.substr(second)));
  ASSERT_EQ(tail.size(), 1u);
  EXPECT_EQ(tail[0].block, "short");
}

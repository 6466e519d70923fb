// ContentDecoder on its own: every supported coding, truncation, corruption, and the
// size cap stopping a bomb after a bounded amount of output.
#include "fetch/decoder.hpp"

#include <gtest/gtest.h>

#include "support/gzip.hpp"

using newsarchive::fetch::ByteSink;
using newsarchive::fetch::ContentDecoder;

namespace {

class StringSink final : public ByteSink {
 public:
  explicit StringSink(std::size_t cap = std::string::npos) : cap_(cap) {}
  bool put(std::string_view bytes) override {
    if (out.size() + bytes.size() > cap_) {
      stopped = true;
      return false;
    }
    out.append(bytes);
    return true;
  }
  std::string out;
  bool stopped = false;

 private:
  std::size_t cap_;
};

const std::string kText = [] {
  std::string s;
  for (int i = 0; i < 500; ++i) s += "line " + std::to_string(i) + " of a news story\n";
  return s;
}();

// Feeds `encoded` in small pieces, as a network would.
bool feed(ContentDecoder& decoder, std::string_view encoded, StringSink& sink, std::size_t piece = 97) {
  for (std::size_t i = 0; i < encoded.size(); i += piece)
    if (!decoder.write(encoded.substr(i, piece), sink)) return false;
  return true;
}

std::string raw_deflate(std::string_view zlib_stream) {
  // A zlib stream is a 2-byte header, the raw deflate data, and a 4-byte checksum.
  return std::string(zlib_stream.substr(2, zlib_stream.size() - 6));
}

TEST(ContentDecoder, DecodesGzipFedInPieces) {
  ContentDecoder decoder("gzip");
  StringSink sink;
  ASSERT_TRUE(feed(decoder, testsupport::gzip(kText), sink)) << decoder.error();
  EXPECT_TRUE(decoder.finish());
  EXPECT_EQ(sink.out, kText);
}

TEST(ContentDecoder, DecodesConcatenatedGzipMembers) {
  ContentDecoder decoder("x-gzip");
  StringSink sink;
  ASSERT_TRUE(feed(decoder, testsupport::gzip("first ") + testsupport::gzip("second"), sink));
  EXPECT_TRUE(decoder.finish());
  EXPECT_EQ(sink.out, "first second");
}

TEST(ContentDecoder, DecodesZlibDeflate) {
  ContentDecoder decoder("deflate");
  StringSink sink;
  ASSERT_TRUE(feed(decoder, testsupport::deflate(kText), sink)) << decoder.error();
  EXPECT_TRUE(decoder.finish());
  EXPECT_EQ(sink.out, kText);
}

TEST(ContentDecoder, DecodesRawDeflateFromLenientServers) {
  ContentDecoder decoder("deflate");
  StringSink sink;
  ASSERT_TRUE(feed(decoder, raw_deflate(testsupport::deflate(kText)), sink, 4096)) << decoder.error();
  EXPECT_TRUE(decoder.finish());
  EXPECT_EQ(sink.out, kText);
}

TEST(ContentDecoder, PassesIdentityThrough) {
  ContentDecoder decoder("identity");
  StringSink sink;
  ASSERT_TRUE(feed(decoder, kText, sink));
  EXPECT_TRUE(decoder.finish());
  EXPECT_EQ(sink.out, kText);
}

TEST(ContentDecoder, ReportsTruncatedGzipAtFinish) {
  std::string gz = testsupport::gzip(kText);
  ContentDecoder decoder("gzip");
  StringSink sink;
  ASSERT_TRUE(feed(decoder, gz.substr(0, gz.size() - 4), sink));
  EXPECT_FALSE(decoder.finish());
  EXPECT_NE(decoder.error().find("truncated"), std::string::npos);
}

TEST(ContentDecoder, ReportsCorruptGzip) {
  ContentDecoder decoder("gzip");
  StringSink sink;
  EXPECT_FALSE(feed(decoder, "plainly not gzip", sink));
  EXPECT_NE(decoder.error().find("gzip"), std::string::npos) << decoder.error();
}

TEST(ContentDecoder, ReportsUnsupportedCodingOnlyWhenBytesArrive) {
  ContentDecoder empty("compress");
  EXPECT_TRUE(empty.finish());
  ContentDecoder decoder("compress");
  StringSink sink;
  EXPECT_FALSE(decoder.write("abc", sink));
  EXPECT_NE(decoder.error().find("compress"), std::string::npos);
}

TEST(ContentDecoder, EmptyBodyIsComplete) {
  ContentDecoder decoder("gzip");
  EXPECT_TRUE(decoder.finish());
}

TEST(ContentDecoder, StopsBombAtSinkCapWithBoundedOutput) {
  std::string bomb = testsupport::gzip(std::string(20u << 20, '\0'));
  ContentDecoder decoder("gzip");
  StringSink sink(1 << 20);
  EXPECT_FALSE(feed(decoder, bomb, sink, 16384));
  EXPECT_TRUE(sink.stopped);
  EXPECT_TRUE(decoder.error().empty());
  EXPECT_LE(sink.out.size(), 1u << 20);
}

}  // namespace

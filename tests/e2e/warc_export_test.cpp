// `export --format warc`: the raw responses and the parsed articles as WARC 1.1 records,
// read back by the test's own reader and checked against what the server sent.
#include <openssl/sha.h>

#include <gtest/gtest.h>

#include <array>
#include <set>

#include "e2e_util.hpp"
#include "fixtures.hpp"
#include "sqlite_reader.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"
#include "support/warc_reader.hpp"

using namespace e2e;
using nlohmann::json;
using testsupport::run_newsarchive;

namespace {

// "sha1:" + RFC 4648 base32, computed here independently of the program.
std::string sha1_base32(const std::string& data) {
  std::array<unsigned char, SHA_DIGEST_LENGTH> d{};
  SHA1(reinterpret_cast<const unsigned char*>(data.data()), data.size(), d.data());
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string bits;
  for (unsigned char c : d)
    for (int i = 7; i >= 0; --i) bits.push_back((c >> i) & 1 ? '1' : '0');
  std::string out = "sha1:";
  for (std::size_t i = 0; i < bits.size(); i += 5) out.push_back(alphabet[std::stoi(bits.substr(i, 5), nullptr, 2)]);
  return out;
}

std::string payload_of(const std::string& http_block) {
  std::size_t end = http_block.find("\r\n\r\n");
  return end == std::string::npos ? "" : http_block.substr(end + 4);
}

class WarcExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    serve_news_site(server_);
    server_.start();
    db_ = dir_.file("archive.db");
    auto f = na({"fetch", server_.url("/news/storm.html"), server_.url("/news/gzip.html"),
                 server_.url("/news/cp1252.html"), server_.url("/local/")});
    ASSERT_EQ(f.exit_code, 1) << f.out << f.err;  // the section page holds no article
    ASSERT_EQ(lines(f.out).size(), 4u);
  }

  testsupport::RunResult na(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return run_newsarchive(args);
  }

  testsupport::TempDir dir_;
  testsupport::LoopbackServer server_;
  std::string db_;
};

}  // namespace

TEST_F(WarcExportTest, RawResponsesAndArticlesReadBackFromWarcGz) {
  std::string path = dir_.file("archive.warc.gz");
  auto r = na({"export", "--format", "warc", "-o", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto records = testsupport::read_warc(testsupport::gunzip_members(testsupport::read_file(path)));
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records[0].fields["WARC-Type"], "warcinfo");
  EXPECT_EQ(records[0].fields["WARC-Filename"], "archive.warc.gz");
  EXPECT_TRUE(contains(records[0].block, "software: newsarchive/"));

  std::map<std::string, testsupport::WarcRecordRead> responses;  // by target URI
  std::set<std::string> response_ids;
  std::vector<json> articles;
  std::set<std::string> ids;
  for (const auto& rec : records) {
    EXPECT_EQ(rec.version, "WARC/1.1");
    EXPECT_TRUE(ids.insert(rec.fields.at("WARC-Record-ID")).second) << "duplicate id";
    const std::string& type = rec.fields.at("WARC-Type");
    if (type == "response") {
      EXPECT_EQ(rec.fields.at("Content-Type"), "application/http;msgtype=response");
      EXPECT_EQ(rec.fields.at("WARC-Block-Digest"), sha1_base32(rec.block));
      EXPECT_EQ(rec.fields.at("WARC-Payload-Digest"), sha1_base32(payload_of(rec.block)));
      EXPECT_EQ(rec.fields.at("WARC-Date").size(), std::string("2026-11-21T09:16:00Z").size());
      response_ids.insert(rec.fields.at("WARC-Record-ID"));
      responses[rec.fields.at("WARC-Target-URI")] = rec;
    } else if (type == "metadata") {
      EXPECT_EQ(rec.fields.at("Content-Type"), "application/json");
      EXPECT_TRUE(response_ids.count(rec.fields.at("WARC-Refers-To"))) << "metadata before or without its response";
      articles.push_back(json::parse(rec.block));
    }
  }
  SqliteReader db(db_);
  // Every stored page, the section page that made no article included; every article.
  EXPECT_EQ(static_cast<long long>(responses.size()), db.count("SELECT count(*) FROM pages"));
  EXPECT_EQ(responses.size(), 4u);
  EXPECT_EQ(static_cast<long long>(articles.size()), db.count("SELECT count(*) FROM articles"));
  EXPECT_EQ(articles.size(), 3u);

  // The gzip page: its body decoded, the transfer's encoding kept under its original name.
  const auto& gz = responses.at(server_.url("/news/gzip.html")).block;
  EXPECT_EQ(gz.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << gz.substr(0, 80);
  EXPECT_TRUE(contains(gz, "\r\nX-Archive-Orig-Content-Encoding: gzip\r\n"));
  EXPECT_TRUE(contains(payload_of(gz), "Gzip edition: harbour bridge reopens"));
  EXPECT_TRUE(contains(gz, "\r\nContent-Length: " + std::to_string(payload_of(gz).size()) + "\r\n"));
  // A windows-1252 page is kept as its bytes, not converted.
  EXPECT_EQ(payload_of(responses.at(server_.url("/news/cp1252.html")).block), cp1252_article());

  bool found = false;
  for (const auto& a : articles)
    if (a.value("headline", "") == "Gzip edition: harbour bridge reopens") found = true;
  EXPECT_TRUE(found);
}

TEST_F(WarcExportTest, PlainWarcOnStdoutHoldsTheSameRecords) {
  auto r = na({"export", "--format", "warc"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto records = testsupport::read_warc(r.out);
  ASSERT_EQ(records.size(), 1u + 4u + 3u);  // warcinfo, pages, articles
  EXPECT_EQ(records[0].fields.count("WARC-Filename"), 0u);
}

TEST_F(WarcExportTest, ACorruptStoredPageIsLeftOutAndReported) {
  exec_sql(db_, "UPDATE pages SET raw_zstd = x'00112233' WHERE url LIKE '%storm.html'");
  auto r = na({"export", "--format", "warc"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "left out")) << r.err;
  auto records = testsupport::read_warc(r.out);
  ASSERT_EQ(records.size(), 1u + 3u + 3u);
  for (const auto& rec : records) {
    if (rec.fields.at("WARC-Type") == "metadata" && contains(rec.block, "storm.html\"")) {
      EXPECT_EQ(rec.fields.count("WARC-Refers-To"), 0u);
    }
  }
}

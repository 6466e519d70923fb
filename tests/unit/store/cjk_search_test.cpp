// Searching Chinese, Japanese and Korean text: a word inside a run of characters is
// found by any of its characters' runs, and marked exactly in the snippet.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newsarchive/archive.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::ListQuery;
using newsarchive::SearchHit;
using namespace storetest;

namespace {

const std::string kJapanese = "https://news.example/ja", kChinese = "https://news.example/zh",
                  kKorean = "https://news.example/ko", kEnglish = "https://news.example/en";

class CjkSearch : public ::testing::Test {
 protected:
  testsupport::TempDir dir;
  Archive archive{dir.file("cjk.db")};

  void SetUp() override {
    std::vector<PageRecord> batch = {
        article_page(kJapanese, "東京湾に新しい橋が開通",
                     "東京湾の新しい橋が月曜日に開通し、多くの市民が徒歩で渡った。"),
        article_page(kChinese, "北京地铁新线路开通", "北京市政府周一宣布，新的地铁线路将于明年开通。"),
        article_page(kKorean, "서울에서 열린 국제회의", "서울시는 월요일 국제회의를 열었다."),
        article_page(kEnglish, "Tokyo Bay bridge opens", "A new bridge opened in Tokyo on Monday.")};
    batch[0].article->authors = {"山田太郎"};
    batch[2].article->authors = {"김민수"};
    archive.save_batch(batch);
  }

  // The URLs a search finds, sorted.
  std::vector<std::string> found(const std::string& query) {
    std::vector<std::string> urls;
    for (const SearchHit& h : archive.search(query)) urls.push_back(h.article.url);
    std::sort(urls.begin(), urls.end());
    return urls;
  }

  std::string snippet(const std::string& query) {
    auto hits = archive.search(query);
    return hits.size() == 1 ? hits[0].snippet : "<" + std::to_string(hits.size()) + " hits>";
  }

  std::vector<std::string> by_author(const std::string& name) {
    ListQuery q;
    q.author = name;
    std::vector<std::string> urls;
    for (const auto& s : archive.list(q)) urls.push_back(s.url);
    return urls;
  }
};

using Urls = std::vector<std::string>;

}  // namespace

TEST_F(CjkSearch, FindsAWordOfAnyLengthInsideARun) {
  for (const char* query : {"東京", "東京湾", "橋", "開通", "京湾に新", "東京湾に新しい橋が開通", "月曜日"})
    EXPECT_EQ(found(query), Urls{kJapanese}) << query;
  for (const char* query : {"北京", "地铁", "开通", "线路"}) EXPECT_EQ(found(query), Urls{kChinese}) << query;
  for (const char* query : {"서울", "회의", "국제회의", "열린"}) EXPECT_EQ(found(query), Urls{kKorean}) << query;
  // 京 stands in 東京 and in 北京; 開 and 开 are different characters.
  EXPECT_EQ(found("京"), (Urls{kJapanese, kChinese}));
  // Characters that are there but not together, or not in that order.
  for (const char* query : {"湾京", "東湾", "京東", "北京湾"}) EXPECT_TRUE(found(query).empty()) << query;
}

TEST_F(CjkSearch, KeepsQuerySyntaxAndLatinWords) {
  EXPECT_EQ(found("東京 AND 開通"), Urls{kJapanese});
  EXPECT_EQ(found("東京湾 OR 地铁"), (Urls{kJapanese, kChinese}));
  EXPECT_EQ(found("headline:開通"), Urls{kJapanese});
  EXPECT_TRUE(found("headline:月曜日").empty());
  EXPECT_EQ(found("\"新しい 橋\""), Urls{kJapanese}) << "a phrase across a space, as in Latin text";
  EXPECT_EQ(found("東京*"), Urls{kJapanese});
  EXPECT_EQ(found("tokyo"), Urls{kEnglish});
  EXPECT_EQ(found("bridge NOT 東京"), Urls{kEnglish});
}

TEST_F(CjkSearch, FindsAndListsByAPartOfAnAuthorsName) {
  EXPECT_EQ(found("authors:山田"), Urls{kJapanese});
  EXPECT_EQ(found("authors:太郎"), Urls{kJapanese});
  EXPECT_EQ(found("authors:민수"), Urls{kKorean});
  EXPECT_TRUE(found("authors:東京").empty());
  for (const char* name : {"山田", "太郎", "田太", "山田太郎"}) EXPECT_EQ(by_author(name), Urls{kJapanese}) << name;
  EXPECT_EQ(by_author("민수"), Urls{kKorean});
  EXPECT_TRUE(by_author("山本").empty());
  EXPECT_TRUE(by_author("郎山").empty());
}

TEST_F(CjkSearch, SnippetMarksExactlyTheWord) {
  EXPECT_NE(snippet("東京湾").find("[東京湾]"), std::string::npos) << snippet("東京湾");
  EXPECT_NE(snippet("橋").find("新しい[橋]が"), std::string::npos) << snippet("橋");
  EXPECT_NE(snippet("月曜日").find("橋が[月曜日]に開通"), std::string::npos) << snippet("月曜日");
  EXPECT_NE(snippet("회의").find("국제[회의]"), std::string::npos) << snippet("회의");
  EXPECT_NE(snippet("地铁").find("[地铁]"), std::string::npos) << snippet("地铁");
}

// Past 64 KiB the snippet is made by the archive in one pass (store/snippet.hpp): it
// marks the characters of the word, not their neighbours.
TEST(CjkLongBody, GetsAWindowAroundItsFirstMatch) {
  testsupport::TempDir dir;
  Archive archive(dir.file("long.db"));
  std::string filler;
  while (filler.size() < 100 * 1024) filler += "会議は同じ道でまた開かれた。";
  std::vector<PageRecord> batch = {article_page("https://news.example/long", "会議録",
                                                filler + "その後、富士山の山頂で記者会見が行われた。" + filler)};
  archive.save_batch(batch);
  auto hits = archive.search("富士山");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find("その後、[富士山]の山頂で"), std::string::npos) << hits[0].snippet;
  EXPECT_EQ(hits[0].snippet.rfind("…", 0), 0u) << "the window starts inside the text";
  EXPECT_LT(hits[0].snippet.size(), 400u);
  hits = archive.search("山");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find("富士[山]の[山]頂"), std::string::npos) << hits[0].snippet;
  hits = archive.search("富士*");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find("[富士]山の山頂"), std::string::npos) << hits[0].snippet;
}

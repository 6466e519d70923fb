// Reading back: search, listing, export, raw pages, reparse, compression.
#include <gtest/gtest.h>

#include <filesystem>

#include "newsarchive/archive.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::ArchiveError;
using newsarchive::ListQuery;
using newsarchive::StoredArticle;
using namespace storetest;

namespace {

PageRecord dated(const std::string& url, const std::string& headline, const std::string& body,
                 std::optional<std::string> published, int minute) {
  PageRecord r = article_page(url, headline, body);
  r.article->published = std::move(published);
  r.fetch.started_at_ms = at_minute(minute);
  return r;
}

void save_all(Archive& archive, std::vector<PageRecord> records) { archive.save_batch(records); }

}  // namespace

TEST(ArchiveSearch, ALongBodyGetsAWindowAroundItsFirstMatch) {
  // Past 64 KiB the snippet is made in one pass (FTS5's grows with the square of the
  // matches): the words around the first match, each match in brackets, folded as the
  // index folds, a prefix as a prefix; a match only in the headline shows the headline.
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::string filler;
  while (filler.size() < 100 * 1024) filler += "The council met again on the same old road. ";
  std::string body = filler + "Then the Müller harbourmaster spoke of the ferries. " + filler;
  save_all(archive, {article_page("https://a.example/long", "Council minutes", body),
                     article_page("https://a.example/short", "Ferries return", "The ferries are back.")});
  auto hits = archive.search("muller harbour*");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find("[Müller] [harbourmaster] spoke"), std::string::npos) << hits[0].snippet;
  EXPECT_EQ(hits[0].snippet.rfind("…", 0), 0u) << "the window starts inside the text";
  EXPECT_LT(hits[0].snippet.size(), 400u);
  auto the = archive.search("headline:council");
  ASSERT_EQ(the.size(), 1u);
  EXPECT_NE(the[0].snippet.find("[Council]"), std::string::npos) << the[0].snippet;
  auto common = archive.search("the", 5);
  ASSERT_EQ(common.size(), 2u);
  for (const auto& h : common) EXPECT_NE(h.snippet.find("[The]"), std::string::npos) << h.snippet;
}

TEST(ArchiveSearch, FindsBodyWordsAndRanksHeadlineMatchesFirst) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  save_all(archive, {
                        article_page("https://a.example/1", "Markets close higher",
                                     "Shares rose on Monday. A volcano was mentioned in passing."),
                        article_page("https://a.example/2", "Volcano erupts in Iceland",
                                     "The volcano near Grindavik erupted overnight, sending lava toward the town."),
                        article_page("https://a.example/3", "Weather", "Sunny with light winds."),
                    });
  auto hits = archive.search("volcano");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].article.url, "https://a.example/2");
  EXPECT_EQ(hits[1].article.url, "https://a.example/1");
  EXPECT_GT(hits[0].rank, hits[1].rank);
  EXPECT_NE(hits[0].snippet.find("[Volcano]"), std::string::npos) << hits[0].snippet;
  EXPECT_NE(hits[1].snippet.find("[volcano]"), std::string::npos) << hits[1].snippet;
  EXPECT_EQ(hits[0].article.headline, "Volcano erupts in Iceland");

  EXPECT_EQ(archive.search("lava AND town").size(), 1u);
  EXPECT_EQ(archive.search("\"light winds\"").size(), 1u);
  EXPECT_TRUE(archive.search("nonexistentword").empty());
  EXPECT_EQ(archive.count_matches("volcano"), 2);
  EXPECT_EQ(archive.count_matches("nonexistentword"), 0);
  EXPECT_EQ(archive.search("volcano", 1).size(), 1u);
}

TEST(ArchiveSearch, AWordInThousandsOfArticlesIsRankedAmongTheNewestFiveThousand) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  // The oldest article is the best match for "harbour" (in its headline, twice)...
  std::vector<PageRecord> batch{article_page("https://a.example/0", "Harbour harbour", "The harbour closed.")};
  for (int i = 1; i <= 5200; ++i)
    batch.push_back(article_page("https://a.example/" + std::to_string(i), "Story " + std::to_string(i),
                                 "A long day at the harbour for story " + std::to_string(i) + "."));
  archive.save_batch(batch);
  // ... but with more than 5,000 matches only the 5,000 most recently archived are ranked.
  EXPECT_EQ(archive.count_matches("harbour"), 5201);
  auto hits = archive.search("harbour", 10);
  ASSERT_EQ(hits.size(), 10u);
  for (const auto& h : hits) EXPECT_NE(h.article.url, "https://a.example/0");
  for (const auto& h : hits) EXPECT_GT(std::stoi(h.article.url.substr(std::string("https://a.example/").size())), 200);
  // Fewer matches: everything is ranked, the old headline match comes first.
  auto closed = archive.search("closed", 10);
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].article.url, "https://a.example/0");
}

TEST(ArchiveSearch, IndexFollowsChangesWithinOneBatch) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  std::vector<PageRecord> batch;
  batch.push_back(article_page("https://a.example/x", "First draft", "Alpha wording."));
  batch.push_back(article_page("https://a.example/y", "Other", "Unrelated gamma text."));
  batch.push_back(article_page("https://a.example/x", "Second draft", "Beta wording."));
  batch.push_back(article_page("https://a.example/x", "Final", "Delta wording."));
  archive.save_batch(batch);
  EXPECT_TRUE(archive.search("alpha").empty());
  EXPECT_TRUE(archive.search("beta").empty());
  EXPECT_EQ(archive.search("delta").size(), 1u);
  EXPECT_EQ(archive.search("wording").size(), 1u);
  EXPECT_EQ(archive.search("gamma").size(), 1u);
  EXPECT_EQ(archive.revisions(archive.article_by_url("https://a.example/x")->id).size(), 3u);
  // FTS5 checks its index against the articles table.
  newsarchive::store::Connection db(path, false);
  EXPECT_NO_THROW(db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)", "check"));
}

TEST(ArchiveSearch, FindsAuthorsAndFollowsABylineChange) {
  testsupport::TempDir dir;
  std::string path = dir.file("a.db");
  Archive archive(path);
  PageRecord first = article_page("https://a.example/x", "Harbour reopens", "Ships returned on Monday.");
  first.article->authors = {"Jane Müller", "John Roe"};
  PageRecord other = article_page("https://a.example/y", "Weather", "Jane said it would rain.");
  save_all(archive, {first, other});
  // Folded as headline and body are: "muller" finds "Müller".
  ASSERT_EQ(archive.search("muller").size(), 1u);
  EXPECT_NE(archive.search("muller")[0].snippet.find("[Müller]"), std::string::npos) << archive.search("muller")[0].snippet;
  EXPECT_EQ(archive.search("\"john roe\"").size(), 1u);
  EXPECT_EQ(archive.search("jane").size(), 2u);
  EXPECT_EQ(archive.search("authors:jane").size(), 1u) << "a column filter for bylines";
  // A new byline replaces the old one in the index (a new revision).
  PageRecord edited = first;
  edited.article->authors = {"Ana Lima"};
  save_all(archive, {edited});
  EXPECT_TRUE(archive.search("muller").empty());
  EXPECT_EQ(archive.search("authors:lima").size(), 1u);
  // Reparse replaces it too.
  auto stored = archive.article_by_url("https://a.example/x");
  ASSERT_TRUE(stored);
  stored->article.authors = {"Kofi Mensah"};
  archive.update_parsed(stored->id, stored->article);
  EXPECT_TRUE(archive.search("lima").empty());
  EXPECT_EQ(archive.search("mensah").size(), 1u);
  newsarchive::store::Connection db(path, false);
  EXPECT_NO_THROW(db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)", "check"));
}

TEST(ArchiveSearch, SyntaxErrorIsAQueryError) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  save_all(archive, {article_page("https://a.example/1", "Title", "Some words.")});
  for (const char* bad : {"\"unbalanced", "words AND", "(open"}) {
    try {
      archive.search(bad);
      ADD_FAILURE() << "no error for " << bad;
    } catch (const ArchiveError& e) {
      EXPECT_EQ(e.kind(), ArchiveError::Kind::query) << bad << ": " << e.what();
      EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
      EXPECT_NE(std::string(e.what()).find(archive.path()), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(archive.search("words").size(), 1u);  // the archive is still usable
}

TEST(ArchiveList, NewestFirstByPublishedElseFirstSeenAndFiltersBySite) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  save_all(archive, {
                        dated("https://www.example.com/old", "Old", "a", "2026-01-01T10:00:00+00:00", 0),
                        dated("https://example.com/new", "New", "b", "2026-09-01", 1),
                        // No date: sorted by first seen, 2026-09-15.
                        dated("https://www.example.com/undated", "Undated", "c", std::nullopt, 2),
                        dated("https://other.org/x", "Other", "d", "2026-05-05T00:00:00Z", 3),
                        // 23:30 at -05:00 is 04:30 the next day in UTC.
                        dated("https://example.com/late", "Late", "e", "2026-09-01T23:30:00-05:00", 4),
                    });
  auto all = archive.list(ListQuery{});
  ASSERT_EQ(all.size(), 5u);
  std::vector<std::string> order;
  for (const auto& s : all) order.push_back(*s.headline);
  EXPECT_EQ(order, (std::vector<std::string>{"Undated", "Late", "New", "Other", "Old"}));

  ListQuery q;
  q.site = "www.example.com";
  auto site = archive.list(q);
  ASSERT_EQ(site.size(), 4u);
  for (const auto& s : site) EXPECT_EQ(s.site, "example.com");
  q.site = "EXAMPLE.com";
  EXPECT_EQ(archive.list(q).size(), 4u);
  q.site = "other.org";
  EXPECT_EQ(archive.list(q).size(), 1u);

  ListQuery page;
  page.limit = 2;
  page.offset = 1;
  auto paged = archive.list(page);
  ASSERT_EQ(paged.size(), 2u);
  EXPECT_EQ(*paged[0].headline, "Late");
  EXPECT_EQ(*paged[1].headline, "New");
}

TEST(ArchiveExport, ForEachArticleGivesFullArticlesOldestFirst) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> records;
  for (int i = 0; i < 300; ++i) {
    PageRecord r = article_page("https://example.com/" + std::to_string(i), "H" + std::to_string(i), "Body.");
    r.article->authors = {"A" + std::to_string(i)};
    r.article->links = {{"https://x.example/" + std::to_string(i), "x"}};
    records.push_back(std::move(r));
  }
  save_all(archive, std::move(records));
  std::vector<StoredArticle> seen;
  archive.for_each_article([&](const StoredArticle& a) {
    // Reading (and writing) inside the callback is allowed.
    EXPECT_TRUE(archive.article(a.id));
    seen.push_back(a);
  });
  ASSERT_EQ(seen.size(), 300u);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i].article.headline, "H" + std::to_string(i));
    ASSERT_EQ(seen[i].article.authors.size(), 1u);
    EXPECT_EQ(seen[i].article.authors[0], "A" + std::to_string(i));
    ASSERT_EQ(seen[i].article.links.size(), 1u);
  }
}

TEST(ArchiveReparse, UpdateParsedReplacesFieldsAndKeepsRevisions) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  PageRecord r = article_page("https://example.com/a", "Old headline", "Old extracted text with boilerplate.");
  r.article->authors = {"Wrong Author"};
  const std::string raw = r.fetch.body;
  save_all(archive, {r});
  int pages = 0;
  archive.for_each_raw_page([&](std::int64_t id, Archive::RawPage&& page) {
    ++pages;
    EXPECT_EQ(page.body, raw);
    EXPECT_EQ(page.url, "https://example.com/a");
    auto parsed = archive.article(id)->article;
    parsed.headline = "Better headline";
    parsed.body = "Clean extracted text.";
    parsed.authors = {"Right Author"};
    archive.update_parsed(id, parsed);
  });
  EXPECT_EQ(pages, 1);
  auto a = archive.article_by_url("https://example.com/a");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->article.headline, "Better headline");
  EXPECT_EQ(a->article.authors, std::vector<std::string>{"Right Author"});
  EXPECT_EQ(archive.revisions(a->id).size(), 1u);
  EXPECT_EQ(archive.search("clean").size(), 1u);
  EXPECT_TRUE(archive.search("boilerplate").empty());
  EXPECT_THROW(archive.update_parsed(999, a->article), ArchiveError);
}

TEST(ArchiveCompression, RoundTripsBytesExactly) {
  std::string bytes;
  for (int i = 0; i < 5000; ++i) bytes.push_back(static_cast<char>((i * 7919) & 0xff));
  bytes += std::string("\0\0\xff", 3);
  EXPECT_EQ(Archive::decompress_raw(Archive::compress_raw(bytes)), bytes);
  EXPECT_EQ(Archive::decompress_raw(Archive::compress_raw("")), "");
  EXPECT_THROW(Archive::decompress_raw("not zstd at all"), ArchiveError);
}

TEST(ArchiveCompression, ShrinksRealHtmlAtLeastFourTimes) {
  std::string shared = testsupport::shared_dir();
  if (shared.empty()) GTEST_SKIP() << "no ../shared corpus";
  std::filesystem::path corpus = std::filesystem::path(shared) / "corpus" / "readability";
  std::size_t raw = 0, packed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    std::filesystem::path file = entry.path() / "source.html";
    if (!std::filesystem::exists(file)) continue;
    std::string html = testsupport::read_file(file.string());
    raw += html.size();
    packed += Archive::compress_raw(html).size();
  }
  if (raw == 0) GTEST_SKIP() << "no pages in " << corpus;
  EXPECT_GE(static_cast<double>(raw) / static_cast<double>(packed), 4.0) << raw << " -> " << packed;
}

// `reparse` end to end: the real binary crawls the two loopback sites, then
// re-extracts the archive from its stored raw pages.
#include <sqlite3.h>

#include <regex>

#include "crawl_e2e.hpp"

using namespace e2e;

namespace {

// The numbers of a summary line "reparse: P pages, C changed, U unchanged, F failed in ...".
struct Summary {
  long long pages = -1, changed = -1, unchanged = -1, failed = -1;
};

Summary summary_of(const std::string& out) {
  static const std::regex line(R"(reparse: (\d+) pages, (\d+) changed, (\d+) unchanged, (\d+) failed in )");
  std::smatch m;
  Summary s;
  if (std::regex_search(out, m, line)) {
    s.pages = std::stoll(m[1]);
    s.changed = std::stoll(m[2]);
    s.unchanged = std::stoll(m[3]);
    s.failed = std::stoll(m[4]);
  }
  return s;
}

class ReparseE2E : public CrawlE2E {
 protected:
  void crawl_both_sites() {
    auto r = crawl(sites_.config(0));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    articles_ = count("SELECT count(*) FROM articles");
    ASSERT_GT(articles_, 3);
  }

  std::string export_all() {
    auto r = na({"export", "--format", "jsonl"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }

  long long articles_ = 0;
};

}  // namespace

TEST_F(ReparseE2E, ReparseOfAnUntouchedArchiveFindsEveryArticleUnchangedAndWritesNothing) {
  crawl_both_sites();
  const std::string before = export_all();
  const long long revisions = count("SELECT count(*) FROM revisions");
  const long long sources = count("SELECT count(*) FROM sources");

  auto r = na({"reparse"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(lines(r.out).size(), 1u) << r.out;
  Summary s = summary_of(r.out);
  EXPECT_EQ(s.pages, articles_) << r.out;
  EXPECT_EQ(s.changed, 0) << r.out;
  EXPECT_EQ(s.unchanged, articles_) << r.out;
  EXPECT_EQ(s.failed, 0) << r.out;

  EXPECT_EQ(export_all(), before);
  EXPECT_EQ(count("SELECT count(*) FROM revisions"), revisions);
  EXPECT_EQ(count("SELECT count(*) FROM sources"), sources);
  EXPECT_EQ(SqliteReader(db_).value("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(SqliteReader(db_).count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(ReparseE2E, ReparseRestoresArticlesAnOlderExtractorGotWrongAndKeepsTheIndexConsistent) {
  crawl_both_sites();
  const std::string before = export_all();
  const std::string id =
      SqliteReader(db_).value("SELECT id FROM articles WHERE url LIKE '%" + std::string(CrawlSites::changing_path()) + "'");
  const long long revisions = count("SELECT count(*) FROM revisions");
  // What an older extractor might have stored: another headline and body (kept in the
  // full-text index as the writer does), no authors, no links, no sources.
  exec_sql(db_,
           "INSERT INTO articles_fts(articles_fts, rowid, headline, body, authors) "
           "SELECT 'delete', id, headline, body, authors FROM articles_text WHERE id = " + id + ";"
           "UPDATE articles SET headline = 'Stale headline', body = 'Zanzibarian boilerplate from an old extractor', "
           "description = NULL, links = '[]' WHERE id = " + id + ";"
           "DELETE FROM authors WHERE article_id = " + id + ";"
           "DELETE FROM sources WHERE article_id = " + id + ";"
           "INSERT INTO articles_fts(rowid, headline, body, authors) "
           "SELECT id, headline, body, authors FROM articles_text WHERE id = " + id + ";");
  ASSERT_EQ(json_lines(na({"search", "Zanzibarian", "--json"}).out).size(), 1u);

  auto r = na({"reparse"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Summary s = summary_of(r.out);
  EXPECT_EQ(s.pages, articles_) << r.out;
  EXPECT_EQ(s.changed, 1) << r.out;
  EXPECT_EQ(s.unchanged, articles_ - 1) << r.out;

  EXPECT_EQ(export_all(), before) << "the article is as the crawl stored it";
  EXPECT_TRUE(json_lines(na({"search", "Zanzibarian", "--json"}).out).empty());
  EXPECT_EQ(count("SELECT count(*) FROM revisions"), revisions) << "reparse adds no revision";
  exec_sql(db_, "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')");
  EXPECT_EQ(SqliteReader(db_).value("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(SqliteReader(db_).count("SELECT count(*) FROM pragma_foreign_key_check"), 0);

  auto again = na({"reparse"});
  EXPECT_EQ(summary_of(again.out).changed, 0) << again.out;
}

TEST_F(ReparseE2E, SiteAndSinceLimitWhichArticlesAreReparsed) {
  crawl_both_sites();
  const long long beta = count("SELECT count(*) FROM articles WHERE site = 'beta.example'");
  ASSERT_GT(beta, 0);
  ASSERT_LT(beta, articles_);

  auto site = na({"reparse", "--site", "BETA.example"});
  ASSERT_EQ(site.exit_code, 0) << site.err;
  EXPECT_EQ(summary_of(site.out).pages, beta) << site.out;

  auto future = na({"reparse", "--since", "2999-01-01"});
  ASSERT_EQ(future.exit_code, 0) << future.err;
  EXPECT_EQ(summary_of(future.out).pages, 0) << future.out;

  auto dry = na({"reparse", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_EQ(summary_of(dry.out).pages, articles_) << dry.out;
  EXPECT_TRUE(contains(dry.out, "dry run")) << dry.out;
  // Its count is what a dry run is for: -q keeps it, as it silences a real run's line.
  auto quiet_dry = na({"-q", "reparse", "--dry-run"});
  EXPECT_EQ(summary_of(quiet_dry.out).pages, articles_) << quiet_dry.out;
  EXPECT_TRUE(na({"-q", "reparse"}).out.empty());

  EXPECT_EQ(na({"reparse", "--since", "yesterday"}).exit_code, 2);
}

TEST_F(ReparseE2E, ReparseOfAMissingArchiveFailsWithoutCreatingOne) {
  const std::string missing = dir_.file("none.db");
  auto r = na({"reparse"}, missing);
  EXPECT_EQ(r.exit_code, 4) << r.out << r.err;
  EXPECT_FALSE(std::filesystem::exists(missing));
}

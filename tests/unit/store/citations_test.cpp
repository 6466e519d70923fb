// Cited-source reports across the archive.
#include <gtest/gtest.h>

#include "newsarchive/archive.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::OutletCount;
using newsarchive::Source;
using newsarchive::SourceFilter;
using newsarchive::Via;
using namespace storetest;

namespace {

Source cites(const std::string& name, const std::string& domain, Via via, int mentions) {
  Source s;
  s.name = name;
  s.domain = domain;
  s.via = via;
  s.mentions = mentions;
  return s;
}

PageRecord citing(const std::string& url, const std::string& published, std::vector<Source> sources) {
  PageRecord r = article_page(url, "About " + url, "Text of " + url);
  r.article->published = published;
  r.article->sources = std::move(sources);
  return r;
}

// Three articles: two on example.com, one on other.org.
void fill(Archive& archive) {
  std::vector<PageRecord> records;
  records.push_back(citing("https://www.example.com/1", "2026-03-01T12:00:00Z",
                           {cites("Reuters", "reuters.com", Via::link, 2),
                            cites("Associated Press", "apnews.com", Via::text, 1)}));
  records.push_back(citing("https://example.com/2", "2026-06-01T12:00:00Z",
                           {cites("Reuters", "reuters.com", Via::both, 3)}));
  records.push_back(citing("https://other.org/3", "2026-06-15T12:00:00Z",
                           {cites("reuters", "reuters.com", Via::text, 1),
                            cites("BBC News", "bbc.co.uk", Via::link, 4)}));
  archive.save_batch(records);
}

const OutletCount* find(const std::vector<OutletCount>& counts, const std::string& domain) {
  for (const auto& c : counts)
    if (c.domain == domain) return &c;
  return nullptr;
}

}  // namespace

TEST(ArchiveSources, TopSourcesCountsArticlesMentionsAndVia) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  fill(archive);
  auto top = archive.top_sources(SourceFilter{});
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].domain, "reuters.com");
  EXPECT_EQ(top[0].articles, 3);
  EXPECT_EQ(top[0].mentions, 6);
  EXPECT_EQ(top[0].via_link, 1);
  EXPECT_EQ(top[0].via_both, 1);
  EXPECT_EQ(top[0].via_text, 1);
  // Ties on articles are broken by mentions.
  EXPECT_EQ(top[1].name, "BBC News");
  EXPECT_EQ(top[2].name, "Associated Press");
  EXPECT_EQ(top[2].via_text, 1);

  SourceFilter limited;
  limited.limit = 1;
  EXPECT_EQ(archive.top_sources(limited).size(), 1u);
}

TEST(ArchiveSources, TopSourcesFiltersBySiteAndDates) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  fill(archive);
  SourceFilter site;
  site.site = "www.example.com";
  auto top = archive.top_sources(site);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(find(top, "reuters.com")->articles, 2);
  EXPECT_EQ(find(top, "reuters.com")->mentions, 5);
  EXPECT_EQ(find(top, "bbc.co.uk"), nullptr);

  SourceFilter site_and_date;
  site_and_date.site = "example.com";
  site_and_date.since = "2026-04-01";
  top = archive.top_sources(site_and_date);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].articles, 1);
  EXPECT_EQ(top[0].mentions, 3);

  SourceFilter june;
  june.since = "2026-06-01";
  june.until = "2026-06-15";
  top = archive.top_sources(june);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].articles, 1);
  EXPECT_EQ(top[0].via_both, 1);
}

TEST(ArchiveSources, ArticlesCitingMatchesNameCaseInsensitivelyOrDomain) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  fill(archive);
  EXPECT_EQ(archive.articles_citing("REUTERS", SourceFilter{}).size(), 3u);
  EXPECT_EQ(archive.articles_citing("www.reuters.com", SourceFilter{}).size(), 3u);
  auto ap = archive.articles_citing("apnews.com", SourceFilter{});
  ASSERT_EQ(ap.size(), 1u);
  EXPECT_EQ(ap[0].url, "https://www.example.com/1");
  EXPECT_EQ(archive.articles_citing("associated press", SourceFilter{}).size(), 1u);
  EXPECT_TRUE(archive.articles_citing("Unknown Outlet", SourceFilter{}).empty());

  SourceFilter other;
  other.site = "other.org";
  auto on_other = archive.articles_citing("Reuters", other);
  ASSERT_EQ(on_other.size(), 1u);
  EXPECT_EQ(on_other[0].site, "other.org");
  SourceFilter since;
  since.since = "2026-06-01";
  auto recent = archive.articles_citing("reuters.com", since);
  ASSERT_EQ(recent.size(), 2u);
  EXPECT_EQ(recent[0].url, "https://other.org/3");  // newest first
}

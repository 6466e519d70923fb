#include <gtest/gtest.h>

#include <string>

#include "crawl/feed_bytes.hpp"
#include "crawl/feeds.hpp"
#include "support/gzip.hpp"

using namespace newsarchive;

namespace {

const char* kRss2 = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
<channel>
  <title>Example News</title>
  <link>https://news.example/</link>
  <item>
    <title>Storm hits the coast</title>
    <link>https://news.example/2024/05/17/storm</link>
    <pubDate>Fri, 17 May 2024 08:30:00 +0200</pubDate>
  </item>
  <item>
    <title><![CDATA[Markets <b>rally</b> &amp; recover]]></title>
    <guid isPermaLink="true">/2024/05/16/markets</guid>
    <dc:date>2024-05-16T10:00:00Z</dc:date>
  </item>
  <item>
    <title>Only a GUID that is not a link</title>
    <guid isPermaLink="false">tag:news.example,2024:123</guid>
  </item>
  <item>
    <title>Via FeedBurner</title>
    <link>https://feeds.feedburner.example/~r/example/~3/abc</link>
    <feedburner:origLink>https://news.example/2024/05/15/original</feedburner:origLink>
  </item>
</channel>
</rss>
)";

}  // namespace

TEST(Feeds, ReadsRss2Items) {
  FeedDocument d = parse_feed(kRss2, "https://news.example/rss.xml");
  EXPECT_EQ(d.kind, FeedKind::rss);
  EXPECT_FALSE(d.truncated);
  ASSERT_EQ(d.entries.size(), 3u);  // the non-permalink GUID gives no URL
  EXPECT_EQ(d.entries[0].url, "https://news.example/2024/05/17/storm");
  EXPECT_EQ(d.entries[0].title, "Storm hits the coast");
  EXPECT_EQ(d.entries[0].published, "2024-05-17T08:30:00+02:00");
  EXPECT_EQ(d.entries[0].best_date(), "2024-05-17T08:30:00+02:00");
  // A permalink GUID, relative, resolved against the feed URL; CDATA markup dropped.
  EXPECT_EQ(d.entries[1].url, "https://news.example/2024/05/16/markets");
  EXPECT_EQ(d.entries[1].title, "Markets rally & recover");
  EXPECT_EQ(d.entries[1].published, "2024-05-16T10:00:00Z");
  EXPECT_EQ(d.entries[2].url, "https://news.example/2024/05/15/original");
}

TEST(Feeds, ReadsRss1Rdf) {
  const char* rdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/"><title>Example</title></channel>
  <item rdf:about="https://news.example/a">
    <title>First</title>
    <link>https://news.example/a</link>
    <dc:date>2024-05-17T09:00:00+01:00</dc:date>
  </item>
  <item rdf:about="https://news.example/b"><title>Second, link-less</title></item>
</rdf:RDF>)";
  FeedDocument d = parse_feed(rdf, "https://news.example/index.rdf");
  EXPECT_EQ(d.kind, FeedKind::rss);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].url, "https://news.example/a");
  EXPECT_EQ(d.entries[0].published, "2024-05-17T09:00:00+01:00");
  EXPECT_EQ(d.entries[1].url, "https://news.example/b");
  EXPECT_EQ(d.entries[1].title, "Second, link-less");
}

TEST(Feeds, ReadsAtomEntriesPreferringTheAlternateLink) {
  const char* atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/world/">
  <title>Example</title>
  <link rel="self" href="https://news.example/feed.atom"/>
  <entry>
    <title type="html">Peace &lt;i&gt;talks&lt;/i&gt; resume</title>
    <link rel="enclosure" href="https://cdn.example/a.mp3"/>
    <link rel="alternate" type="text/html" href="peace-talks"/>
    <published>2024-05-17T06:00:00Z</published>
    <updated>2024-05-17T07:15:00Z</updated>
  </entry>
  <entry>
    <title>Only a related link</title>
    <link rel="related" href="https://news.example/world/related"/>
    <updated>2024-05-16T12:00:00+00:00</updated>
  </entry>
</feed>)";
  FeedDocument d = parse_feed(atom, "https://news.example/feed.atom");
  EXPECT_EQ(d.kind, FeedKind::atom);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].url, "https://news.example/world/peace-talks");  // via xml:base
  EXPECT_EQ(d.entries[0].title, "Peace talks resume");
  EXPECT_EQ(d.entries[0].published, "2024-05-17T06:00:00Z");
  EXPECT_EQ(d.entries[0].modified, "2024-05-17T07:15:00Z");
  EXPECT_EQ(d.entries[0].best_date(), "2024-05-17T07:15:00Z");
  EXPECT_EQ(d.entries[1].url, "https://news.example/world/related");
  EXPECT_EQ(d.entries[1].published, "");
}

TEST(Feeds, ReadsASitemapIndex) {
  const char* index = R"(<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemap-2024-05.xml.gz</loc><lastmod>2024-05-17</lastmod></sitemap>
  <sitemap><loc> /sitemap-2024-04.xml </loc></sitemap>
</sitemapindex>)";
  FeedDocument d = parse_feed(index, "https://news.example/sitemap.xml");
  EXPECT_EQ(d.kind, FeedKind::sitemap_index);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].url, "https://news.example/sitemap-2024-05.xml.gz");
  EXPECT_EQ(d.entries[0].modified, "2024-05-17");
  EXPECT_EQ(d.entries[1].url, "https://news.example/sitemap-2024-04.xml");
}

TEST(Feeds, ReadsAGoogleNewsUrlset) {
  const char* urlset = R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://news.example/2024/05/17/storm?ref=a&amp;b=2</loc>
    <lastmod>2024-05-17T09:12:00+02:00</lastmod>
    <n:news>
      <n:publication><n:name>Example News</n:name><n:language>en</n:language></n:publication>
      <n:publication_date>2024-05-17T08:30:00+02:00</n:publication_date>
      <n:title>Storm hits the coast</n:title>
    </n:news>
  </url>
  <url><loc>https://news.example/about</loc></url>
</urlset>)";
  FeedDocument d = parse_feed(urlset, "https://news.example/news-sitemap.xml");
  EXPECT_EQ(d.kind, FeedKind::urlset);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].url, "https://news.example/2024/05/17/storm?ref=a&b=2");
  EXPECT_EQ(d.entries[0].modified, "2024-05-17T09:12:00+02:00");
  EXPECT_EQ(d.entries[0].news_publication_date, "2024-05-17T08:30:00+02:00");
  EXPECT_EQ(d.entries[0].news_title, "Storm hits the coast");
  EXPECT_EQ(d.entries[1].url, "https://news.example/about");
  EXPECT_EQ(d.entries[1].best_date(), "");
}

TEST(Feeds, GunzipsACompressedSitemap) {
  std::string xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
  for (int i = 0; i < 300; ++i)
    xml += "<url><loc>https://news.example/story/" + std::to_string(i) + "</loc></url>";
  xml += "</urlset>";
  FeedDocument d = parse_feed(testsupport::gzip(xml), "https://news.example/sitemap.xml.gz");
  EXPECT_EQ(d.kind, FeedKind::urlset);
  EXPECT_FALSE(d.truncated);
  ASSERT_EQ(d.entries.size(), 300u);
  EXPECT_EQ(d.entries[299].url, "https://news.example/story/299");
}

TEST(Feeds, GunzipStopsAtTheSizeCapAndOnTruncation) {
  std::string big(100000, 'x');
  Gunzipped capped = gunzip(testsupport::gzip(big), 1000);
  EXPECT_FALSE(capped.complete);
  EXPECT_EQ(capped.data.size(), 1000u);

  std::string gz = testsupport::gzip(big);
  Gunzipped cut = gunzip(std::string_view(gz).substr(0, gz.size() / 2), 1 << 20);
  EXPECT_FALSE(cut.complete);
  EXPECT_LT(cut.data.size(), big.size());

  Gunzipped whole = gunzip(gz, 1 << 20);
  EXPECT_TRUE(whole.complete);
  EXPECT_EQ(whole.data, big);
}

TEST(Feeds, ToleratesHtmlEntitiesAndAStrayAmpersand) {
  const char* rss = "\xEF\xBB\xBF  \n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    "<item><title>Tom&nbsp;&amp; Jerry&mdash;AT&T &unknown; &#169;</title>"
                    "<link>https://news.example/a?x=1&y=2</link></item>"
                    "</channel></rss>";
  FeedDocument d = parse_feed(rss, "https://news.example/rss");
  EXPECT_EQ(d.kind, FeedKind::rss);
  EXPECT_FALSE(d.truncated);
  ASSERT_EQ(d.entries.size(), 1u);
  EXPECT_EQ(d.entries[0].title, "Tom & Jerry\u2014AT&T &unknown; \u00A9");  // nbsp collapsed
  EXPECT_EQ(d.entries[0].url, "https://news.example/a?x=1&y=2");
}

TEST(Feeds, SkipsServerWarningsPrintedBeforeTheFeed) {
  const char* body = "<br />\n<b>Warning</b>: Cannot modify header information in feed.php<br />\n"
                     "<?xml version=\"1.0\"?><rss><channel><item><link>https://news.example/a</link></item>"
                     "</channel></rss>";
  FeedDocument d = parse_feed(body, "https://news.example/rss");
  EXPECT_EQ(d.kind, FeedKind::rss);
  ASSERT_EQ(d.entries.size(), 1u);
  EXPECT_EQ(d.entries[0].url, "https://news.example/a");
}

TEST(Feeds, KeepsTheEntriesOfATruncatedFeed) {
  std::string full = kRss2;
  // Cut inside the fourth item's FeedBurner link: its URL is incomplete.
  std::string cut = full.substr(0, full.find("/original</feedburner"));
  FeedDocument d = parse_feed(cut, "https://news.example/rss.xml");
  EXPECT_EQ(d.kind, FeedKind::rss);
  EXPECT_TRUE(d.truncated);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].url, "https://news.example/2024/05/17/storm");
  EXPECT_EQ(d.entries[1].url, "https://news.example/2024/05/16/markets");
}

TEST(Feeds, ConvertsLatin1WithAWrongOrMissingDeclaration) {
  // Declared UTF-8 but written in windows-1252 (0xE9 = é, 0x93/0x94 = curly quotes).
  std::string rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><item>"
                    "<title>Caf\xE9 \x93open\x94</title><link>https://news.example/cafe</link>"
                    "</item></channel></rss>";
  FeedDocument d = parse_feed(rss, "https://news.example/rss");
  ASSERT_EQ(d.entries.size(), 1u);
  EXPECT_EQ(d.entries[0].title, "Caf\u00E9 \u201Copen\u201D");

  // Declared ISO-8859-1 but actually UTF-8: the bytes win.
  std::string utf8 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item>"
                     "<title>Caf\u00E9</title><link>https://news.example/cafe</link></item></channel></rss>";
  FeedDocument u = parse_feed(utf8, "https://news.example/rss");
  ASSERT_EQ(u.entries.size(), 1u);
  EXPECT_EQ(u.entries[0].title, "Caf\u00E9");

  // Declared ISO-8859-1 and really Latin-1.
  std::string latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item>"
                       "<title>Stra\xDF" "e</title><link>https://news.example/strasse</link></item></channel></rss>";
  FeedDocument l = parse_feed(latin1, "https://news.example/rss");
  ASSERT_EQ(l.entries.size(), 1u);
  EXPECT_EQ(l.entries[0].title, "Stra\u00DF" "e");
}

TEST(Feeds, ResolvesRelativeLinks) {
  const char* rss = "<rss><channel>"
                    "<item><link>../2024/story-one</link></item>"
                    "<item><link>//cdn.news.example/story-two</link></item>"
                    "<item><link>mailto:desk@news.example</link></item>"
                    "</channel></rss>";
  FeedDocument d = parse_feed(rss, "https://news.example/feeds/main.xml");
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].url, "https://news.example/2024/story-one");
  EXPECT_EQ(d.entries[1].url, "https://cdn.news.example/story-two");
}

TEST(Feeds, ReadsAPlainTextSitemap) {
  FeedDocument d = parse_feed("https://news.example/a\r\n\r\nhttps://news.example/b\nnot a url\n",
                              "https://news.example/sitemap.txt");
  EXPECT_EQ(d.kind, FeedKind::url_list);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[1].url, "https://news.example/b");
}

TEST(Feeds, RecognisesNothingInHtmlOrGarbage) {
  EXPECT_EQ(parse_feed("<!doctype html><html><body>hi</body></html>", "https://x.example/").kind,
            FeedKind::unknown);
  EXPECT_EQ(parse_feed("", "https://x.example/").kind, FeedKind::unknown);
  EXPECT_EQ(parse_feed("\x1f\x8bnot really gzip", "https://x.example/").kind, FeedKind::unknown);
}

TEST(Feeds, CapsEntriesPerDocumentKeepingTheFirstWhenNoneIsDated) {
  std::string xml = "<urlset>";
  for (std::size_t i = 0; i < kMaxFeedEntries + 5; ++i) xml += "<url><loc>https://x.example/" + std::to_string(i) + "</loc></url>";
  xml += "</urlset>";
  FeedDocument d = parse_feed(xml, "https://x.example/sitemap.xml");
  EXPECT_EQ(d.entries.size(), kMaxFeedEntries);
  EXPECT_EQ(d.listed, kMaxFeedEntries + 5);
  EXPECT_EQ(d.entries.back().url, "https://x.example/" + std::to_string(kMaxFeedEntries - 1));
  EXPECT_TRUE(d.truncated);
}

TEST(Feeds, ADocumentOverTheCapKeepsItsNewestEntriesInDocumentOrder) {
  // 2.5 times the cap, oldest first (as archives write them): the last 50,000 are kept,
  // also across the pruning done while reading.
  const std::size_t total = kMaxFeedEntries * 5 / 2;
  std::string xml = "<urlset>";
  for (std::size_t i = 0; i < total; ++i) {
    char lastmod[40];
    std::snprintf(lastmod, sizeof lastmod, "2026-01-01T00:00:%02zuZ", i / 2500);  // ascending
    xml += "<url><loc>https://x.example/" + std::to_string(i) + "</loc><lastmod>" + lastmod + "</lastmod></url>";
  }
  xml += "</urlset>";
  FeedDocument d = parse_feed(xml, "https://x.example/sitemap.xml");
  ASSERT_EQ(d.entries.size(), kMaxFeedEntries);
  EXPECT_EQ(d.listed, total);
  EXPECT_TRUE(d.truncated);
  EXPECT_EQ(d.entries.front().url, "https://x.example/" + std::to_string(total - kMaxFeedEntries));
  EXPECT_EQ(d.entries.back().url, "https://x.example/" + std::to_string(total - 1));
}

TEST(Feeds, UndatedEntriesOverTheCapTakeTheirNeighboursDates) {
  // Oldest first; only the first 30,000 (edited) entries carry <lastmod>: the 30,000 new,
  // undated ones after them are the newest, not the oldest.
  const std::size_t total = 60000;
  std::string xml = "<urlset>";
  for (std::size_t i = 0; i < total; ++i) {
    xml += "<url><loc>https://x.example/" + std::to_string(i) + "</loc>";
    if (i < 30000) {
      char lastmod[48];
      std::snprintf(lastmod, sizeof lastmod, "<lastmod>2026-01-01T%02zu:%02zu:00Z</lastmod>", i / 1500, i / 25 % 60);
      xml += lastmod;
    }
    xml += "</url>";
  }
  xml += "</urlset>";
  FeedDocument d = parse_feed(xml, "https://x.example/sitemap.xml");
  ASSERT_EQ(d.entries.size(), kMaxFeedEntries);
  EXPECT_EQ(d.entries.back().url, "https://x.example/" + std::to_string(total - 1));
}

TEST(Feeds, ReadsTheDateAUrlNames) {
  EXPECT_EQ(date_in_url("https://x.example/sitemap-2026-08.xml"), "2026-08");
  EXPECT_EQ(date_in_url("https://x.example/sitemaps/2026/08/15/news.xml"), "2026-08-15");
  EXPECT_EQ(date_in_url("https://x.example/sitemap_202608.xml"), "2026-08");
  EXPECT_EQ(date_in_url("https://x.example/sitemap-20260815.xml.gz"), "2026-08-15");
  EXPECT_EQ(date_in_url("https://x.example/post-sitemap-2019.xml"), "2019");
  EXPECT_EQ(date_in_url("https://x.example/sitemap.xml?yyyy=2024&mm=05"), "2024-05");
  EXPECT_EQ(date_in_url("https://x.example/sitemap.xml?month=5&year=2024"), "2024-05");
  EXPECT_EQ(date_in_url("https://x.example/sitemap.xml?year=2024"), "2024");
  EXPECT_EQ(date_in_url("https://x.example/post-sitemap37.xml"), "");
  EXPECT_EQ(date_in_url("https://x.example/story/12345678"), "") << "an id, not a date";
  EXPECT_EQ(date_in_url("https://2026.example/sitemap.xml"), "") << "the host is not read";
  EXPECT_EQ(date_in_url("https://x.example/post-sitemap2000.xml"), "") << "a page number glued to a word";
  EXPECT_EQ(date_in_url("https://x.example/sitemaps/2999.xml"), "") << "no sitemap is named for a year to come";
  EXPECT_EQ(date_in_url("https://x.example/s/1999/sitemap-2026-08.xml"), "2026-08") << "the last date wins";
  EXPECT_EQ(date_in_url("https://x.example/sitemap-20260230.xml"), "2026-02") << "no 30 February";
}

TEST(Feeds, NormalisesTheUsualDateForms) {
  EXPECT_EQ(normalize_feed_date("Fri, 17 May 2024 08:30:00 GMT"), "2024-05-17T08:30:00Z");
  EXPECT_EQ(normalize_feed_date(" 2024-05-17 "), "2024-05-17");
  EXPECT_EQ(normalize_feed_date("May 17, 2024"), "2024-05-17");
  EXPECT_EQ(normalize_feed_date("yesterday"), "");
}

TEST(FeedBytes, RepairsEntitiesOutsideCdataOnly) {
  EXPECT_EQ(repair_feed_xml("<a>x&nbsp;y & z &lt; <![CDATA[&nbsp; & ]]><!-- & --></a>"),
            "<a>x&#160;y &amp; z &lt; <![CDATA[&nbsp; & ]]><!-- & --></a>");
  EXPECT_EQ(decode_html_entities("Tom &amp; Jerry &#8212; &hellip; &bogus;"), "Tom & Jerry \u2014 \u2026 &bogus;");
}

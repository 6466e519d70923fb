// extract_page_links: the crawler's view of a section page.
#include <gtest/gtest.h>

#include "newsarchive/extract.hpp"

using namespace newsarchive;

TEST(PageLinks, ResolvesAgainstBaseHrefDropsFragmentsAndDuplicates) {
  std::string html = R"X(<html><head><base href="https://cdn.example.com/news/">
    <link rel="alternate" type="application/rss+xml" href="/feed.xml">
    <link rel="alternate" type="application/atom+xml" href="atom.xml">
    <link rel="canonical" href="https://www.example.com/section"></head><body>
    <a href="story-1.html#top">One</a><a href="story-1.html">One again</a>
    <a href="https://other.org/x">Other</a><a href="#comments">Skip</a><a href="javascript:void(0)">JS</a>
    <a href="/story-2.html">Two</a></body></html>)X";
  Page page;
  page.body = html;
  page.content_type = "text/html";
  page.url = "https://www.example.com/section";
  PageLinks links = extract_page_links(page);
  ASSERT_EQ(links.links.size(), 3u);
  EXPECT_EQ(links.links[0].url, "https://cdn.example.com/news/story-1.html");
  EXPECT_EQ(links.links[0].text, "One");
  EXPECT_EQ(links.links[1].url, "https://other.org/x");
  EXPECT_EQ(links.links[2].url, "https://cdn.example.com/story-2.html");
  EXPECT_EQ(links.feeds, (std::vector<std::string>{"https://cdn.example.com/feed.xml", "https://cdn.example.com/news/atom.xml"}));
  EXPECT_EQ(links.canonical_url.value_or(""), "https://www.example.com/section");
}

TEST(PageLinks, ResolvesAgainstThePageUrlWithoutBase) {
  Page page;
  std::string html = "<a href='../b/c.html'>c</a><a href='//cdn.example.org/d'>d</a>";
  page.body = html;
  page.url = "https://example.com/a/x/index.html";
  PageLinks links = extract_page_links(page);
  ASSERT_EQ(links.links.size(), 2u);
  EXPECT_EQ(links.links[0].url, "https://example.com/a/b/c.html");
  EXPECT_EQ(links.links[1].url, "https://cdn.example.org/d");
  EXPECT_FALSE(links.canonical_url);
}

TEST(PageLinks, AHugeLinkDumpIsCutAtTheLimitAndSaysSo) {
  std::string html = "<html><body>";
  for (std::size_t i = 0; i < kMaxPageLinks + 10; ++i) {
    html += "<a href=\"/n/";
    html += std::to_string(i);
    html += "\">x</a><a href=\"/n/";
    html += std::to_string(i);  // each URL twice: once kept
    html += "\">again</a>";
  }
  html += "</body></html>";
  Page page;
  page.body = html;
  page.url = "https://example.com/";
  PageLinks links = extract_page_links(page);
  ASSERT_EQ(links.links.size(), kMaxPageLinks);
  EXPECT_TRUE(links.links_cut);
  std::string last = "https://example.com/n/";
  last += std::to_string(kMaxPageLinks - 1);
  EXPECT_EQ(links.links.back().url, last);
  Page small;
  std::string one = "<a href='/a'>a</a>";
  small.body = one;
  small.url = "https://example.com/";
  EXPECT_FALSE(extract_page_links(small).links_cut);
}

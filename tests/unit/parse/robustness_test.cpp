// Bad input: never throws, never overflows the stack, always valid UTF-8.
#include <gtest/gtest.h>

#include "core/text.hpp"
#include "newsarchive/extract.hpp"

using namespace newsarchive;

namespace {
Article extract(const std::string& body, const std::string& ct = "text/html") {
  Page page;
  page.body = body;
  page.content_type = ct;
  page.url = "https://example.com/x";
  return extract_article(page);
}
}  // namespace

TEST(Robustness, HandlesHundredThousandNestedElements) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>Deep inside the nest sits a paragraph with enough words to count as text, really.</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  Article a = extract(html);
  EXPECT_NE(a.body.find("Deep inside"), std::string::npos);
  std::string inline_nest;
  for (int i = 0; i < 100000; ++i) inline_nest += "<b><i>";
  inline_nest += "x";
  Article b = extract(inline_nest);
  EXPECT_TRUE(is_valid_utf8(b.body));
  std::string unclosed;
  for (int i = 0; i < 100000; ++i) unclosed += "<p><table><tr><td>";
  Article c = extract(unclosed);
  EXPECT_TRUE(is_valid_utf8(c.body));
}

TEST(Robustness, RejectsBinaryWithEmptyArticle) {
  Article a = extract("%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\n");
  EXPECT_TRUE(a.body.empty());
  EXPECT_FALSE(a.headline);
  EXPECT_EQ(a.final_url, "https://example.com/x");
}

TEST(Robustness, SurvivesEmptyNulBytesAndInvalidUtf8) {
  EXPECT_TRUE(extract("").body.empty());
  static const char kBroken[] = "<html><title>A\0B</title><p>caf\xC3\x28 \xF0\x9F text</p>";
  Article a = extract(std::string(kBroken, sizeof kBroken - 1));
  EXPECT_TRUE(is_valid_utf8(a.body));
  EXPECT_TRUE(is_valid_utf8(a.headline.value_or("")));
  Article b = extract("<<<>>><!--<script>\"'</p></div></scr<title");
  EXPECT_TRUE(is_valid_utf8(b.body));
}

TEST(Robustness, DropsTerminalControlCodes) {
  // "&#27;[2J" clears a terminal when `list` or `show` prints it; no stored text keeps it.
  Article a = extract(
      "<html><head><title>Bridge &#27;[2J&#27;]0;owned&#7; vote</title></head><body><article>"
      "<p>The council voted &#27;[31mon Tuesday\xC2\x9B" "0m to close the old bridge, citing years of neglect.</p>"
      "<p>Residents said the decision, which follows a long campaign, would lengthen their commute.</p>"
      "</article></body></html>");
  ASSERT_TRUE(a.headline);
  for (const std::string* s : {&*a.headline, &a.body}) {
    EXPECT_EQ(s->find('\x1B'), std::string::npos) << *s;
    EXPECT_EQ(s->find('\x07'), std::string::npos) << *s;
    EXPECT_EQ(s->find("\xC2\x9B"), std::string::npos) << *s;
  }
  EXPECT_NE(a.body.find("voted [31mon Tuesday"), std::string::npos) << a.body;
}

TEST(Robustness, HandlesAHugeSingleLine) {
  std::string html = "<html><body><article><p>";
  html.reserve(50u << 20);
  while (html.size() < (50u << 20)) html += "word, another word and more words in one endless line. ";
  html += "</p></article></body></html>";
  Article a = extract(html);
  EXPECT_FALSE(a.body.empty());
}

TEST(Robustness, ToleratesBrokenJsonLdAndScripts) {
  Article a = extract(R"(<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cut</script>
    <script>var s = "</div><p>not text</p>";</script><style>p{}</style></head><body><article>
    <p>The real paragraph is here and it is long enough to be the body of this tiny page.</p></article></body></html>)");
  EXPECT_EQ(a.body.find("not text"), std::string::npos);
  EXPECT_NE(a.body.find("The real paragraph"), std::string::npos);
}

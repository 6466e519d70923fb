#pragma once
// The page the parse tests extract: their HTML, served under a news story's URL.
#include <string>

#include "newsarchive/extract.hpp"

namespace newsarchive::parse_test {

inline Article extract(const std::string& html, const std::string& url = "https://news.example.com/a/story.html",
                       const std::string& content_type = "text/html; charset=utf-8") {
  Page page;
  page.body = html;
  page.content_type = content_type;
  page.url = url;
  return extract_article(page);
}

// Served as plain "text/html": the charset is sniffed.
inline Article extract_sniffed(const std::string& html,
                               const std::string& url = "https://news.example.com/a/story.html") {
  return extract(html, url, "text/html");
}

// Three paragraphs of a story about a bridge, prose enough to be the body.
inline const std::string kStory =
    "<p>The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.</p>"
    "<p>Residents said the decision, which follows a long campaign, would lengthen their commute by an hour.</p>"
    "<p>Engineers had warned in a report last year that the structure, built in 1921, was no longer safe.</p>";

// A story paragraph numbered `i`, long enough to count as prose.
inline std::string para(int i) {
  return "<p>Paragraph " + std::to_string(i) +
         " tells the story of the bridge, its builders, and the town that grew around it over a century.</p>";
}

inline bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace newsarchive::parse_test

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

}  // namespace newsarchive::parse_test

#pragma once
// Hand-made blocks and a small directory for the cited-source tests.
#include <string>
#include <vector>

#include "newsarchive/outlets.hpp"
#include "parse/sources/sources.hpp"

namespace sources_test {

using newsarchive::Source;
using newsarchive::parse::Block;
using newsarchive::parse::BlockLink;
using newsarchive::parse::SourceContext;

inline const newsarchive::OutletDirectory& directory() {
  static const newsarchive::OutletDirectory dir = newsarchive::OutletDirectory::builtin();
  return dir;
}

// A paragraph; each link is {anchor text, url} and must occur in the text.
inline Block para(const std::string& text, const std::vector<std::pair<std::string, std::string>>& links = {}) {
  Block b;
  b.text = text;
  for (const auto& [anchor, url] : links) {
    BlockLink l;
    l.url = url;
    l.text = anchor;
    l.begin = text.find(anchor);
    l.end = l.begin + anchor.size();
    b.links.push_back(l);
  }
  return b;
}

inline std::vector<Source> sources(const std::vector<Block>& body, const std::string& page_url = "https://www.example-daily.test/story",
                                   const std::string& language = "en", const std::string& byline = "",
                                   const std::string& trailer = "") {
  SourceContext ctx;
  ctx.page_url = page_url;
  ctx.language = language;
  ctx.byline = byline;
  ctx.trailer = trailer;
  return newsarchive::parse::extract_sources(body, ctx, &directory());
}

inline std::vector<std::string> names(const std::vector<Source>& s) {
  std::vector<std::string> out;
  for (const auto& x : s) out.push_back(x.name);
  return out;
}

using V = std::vector<std::string>;

// The names of the outlets one paragraph of `text` cites, on a page at `url`.
inline V cited(const std::string& text, const std::string& language = "en",
               const std::string& url = "https://www.example-daily.test/story") {
  return names(sources({para(text)}, url, language));
}

inline const Source* find(const std::vector<Source>& s, const std::string& name) {
  for (const auto& x : s)
    if (x.name == name) return &x;
  return nullptr;
}

}  // namespace sources_test

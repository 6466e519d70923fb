#pragma once
// Article extraction: a pure function from a fetched page to an Article.
// No I/O and no globals, so it is trivially testable and runs on any thread.
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "newsarchive/article.hpp"

namespace newsarchive {

class OutletDirectory;

struct Page {
  std::string_view body;          // bytes as received (Content-Encoding already removed)
  std::string_view content_type;  // HTTP Content-Type, may be empty
  std::string_view url;           // the final URL: base for relative links, site identity
  std::string_view requested_url; // as asked for; empty means same as url
};

struct ExtractOptions {
  const OutletDirectory* outlets = nullptr;  // for cited sources; null: domains only
};

// Extracts headline, authors, dates, body, links and cited sources. Never throws on
// bad input: broken or non-article HTML yields an Article with empty fields.
Article extract_article(const Page& page, const ExtractOptions& options = {});

// Whether an extracted page is a story worth an article: it has body text. A section
// page that is only a list of links, a video player or a login wall has none (its raw
// page and the fetch are still recorded).
inline bool has_article_text(const Article& a) { return !a.body.empty(); }

// A page served with 200 that says it is not there: its headline, <title> or <h1> reads
// "Page not found", "Error 404" or "Seite nicht gefunden" (a site-wide og:title may hide
// it from the headline), and it states no publication time (a story states one; a bare
// date may come from the URL of the story that was there). Such a soft 404 is not a
// story, nor a revision of the story that was at its URL.
inline bool is_error_page(const Article& a) { return a.not_found; }

// Converts page bytes to UTF-8, choosing the charset from a BOM, the HTTP header,
// <meta charset>, then detection. `charset_out`, when given, receives the name used.
std::string decode_to_utf8(std::string_view bytes, std::string_view content_type,
                           std::string* charset_out = nullptr);
// The same decision, without the copy when `bytes` already are the clean UTF-8 that
// decode_to_utf8 would return (the usual case): then nullopt, and use `bytes` as is.
std::optional<std::string> decode_to_utf8_if_needed(std::string_view bytes, std::string_view content_type,
                                                    std::string* charset_out = nullptr);

// What a crawler needs from a section or start page: every <a href> (absolute, in
// document order, fragments dropped, duplicates removed), the feeds it advertises
// (<link rel="alternate" type="application/rss+xml|atom+xml">) and its canonical URL.
// A page's links, each URL once, in document order: at most kMaxPageLinks of them (a
// section page with more is a dump, not a section; `links_cut` says so).
inline constexpr std::size_t kMaxPageLinks = 50000;
struct PageLinks {
  std::vector<Link> links;
  std::vector<std::string> feeds;
  std::optional<std::string> canonical_url;
  bool links_cut = false;
};
PageLinks extract_page_links(const Page& page);

// False for bodies that are clearly not HTML/XHTML text (PDF, images, other binary),
// whatever the Content-Type says.
bool looks_like_html(std::string_view body, std::string_view content_type);

}  // namespace newsarchive

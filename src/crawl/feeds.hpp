#pragma once
// Discovery documents: RSS 2.0, RSS 1.0 (RDF), Atom, sitemap indexes, urlsets
// (including Google News sitemaps) and plain-text sitemaps, read from the bytes a
// server sent into absolute entry URLs with ISO 8601 dates. Pure: no I/O.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

enum class FeedKind {
  unknown,        // not a feed or sitemap we recognise (HTML, JSON, garbage)
  rss,            // RSS 0.9x / 2.0 and RSS 1.0 (RDF)
  atom,
  sitemap_index,  // entries are further sitemaps
  urlset,         // entries are pages
  url_list,       // a plain-text sitemap: one URL per line
};
const char* feed_kind_name(FeedKind kind);

struct FeedEntry {
  std::string url;        // absolute http(s), resolved against the document URL (and xml:base)
  std::string title;      // whitespace collapsed; "" when absent
  std::string published;  // ISO 8601 (RSS pubDate / dc:date, Atom published); "" if absent
  std::string modified;   // ISO 8601 (Atom updated, sitemap lastmod); "" if absent
  std::string news_publication_date;  // ISO 8601, Google News sitemaps only
  std::string news_title;             // Google News sitemaps only

  // When the entry last changed as far as the document says: modified, else
  // published, else news_publication_date; "" when it states none.
  const std::string& best_date() const;
};

struct FeedDocument {
  FeedKind kind = FeedKind::unknown;
  // Document order; at most kMaxFeedEntries. A document listing more keeps its newest
  // entries by their dates (its first ones when it dates none): a sitemap over the
  // protocol's 50,000 URLs is usually written oldest first.
  std::vector<FeedEntry> entries;
  std::size_t listed = 0;  // entries the document holds, also those over the cap
  // True when the document was cut short (malformed or truncated XML, a corrupt or
  // oversized gzip body, the entry cap): entries hold what could be read.
  bool truncated = false;
};

inline constexpr std::size_t kMaxFeedEntries = 50000;
inline constexpr std::size_t kMaxFeedBytes = 50 * 1024 * 1024;  // after gunzip

// Reads a feed or sitemap. `body` may be gzip-compressed (detected by its magic bytes,
// as for sitemap.xml.gz) and is decompressed up to kMaxFeedBytes. `url` is the
// document's (final) URL, the base for relative links. Entries without a usable
// http(s) URL are dropped. Never throws on bad input.
FeedDocument parse_feed(std::string_view body, std::string_view url);

// The date a URL's path or query names, as far as it names one: "2026-08" for
// /sitemap-2026-08.xml, "2026-08-15" for /2026/08/15/ or sitemap-20260815.xml, "2026" for
// post-sitemap-2026.xml; "" when it names none. Sitemap indexes often date their
// children only this way.
std::string date_in_url(std::string_view url);

// A date as feeds write it (RFC 822, ISO 8601 or a looser human form) in ISO 8601;
// "" when it cannot be read.
std::string normalize_feed_date(std::string_view text);

}  // namespace newsarchive

#pragma once
// Records and direct SQL checks shared by the store tests.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsarchive/archive.hpp"
#include "store/sqlite.hpp"

namespace storetest {

using newsarchive::Article;
using newsarchive::PageRecord;

// 2026-09-15T08:00:00Z plus `minutes`.
inline std::int64_t at_minute(int minutes) { return 1789459200000LL + minutes * 60000LL; }

// A successful 200 response for `url` with a small HTML body.
inline PageRecord page(const std::string& url, const std::string& html = "<html><body><p>Index</p></body></html>") {
  PageRecord r;
  r.fetch.url = url;
  r.fetch.final_url = url;
  r.fetch.status = 200;
  r.fetch.content_type = "text/html; charset=utf-8";
  r.fetch.headers = {{"Content-Type", "text/html; charset=utf-8"}, {"Server", "test"}};
  r.fetch.body = html;
  r.fetch.wire_bytes = static_cast<std::int64_t>(html.size() / 3);
  r.fetch.http_version = "1.1";
  r.fetch.timings.total_ms = 12.5;
  r.fetch.started_at_ms = at_minute(0);
  r.charset = "utf-8";
  r.run_id = 7;
  return r;
}

// A page parsed into an article with this headline and body.
inline PageRecord article_page(const std::string& url, const std::string& headline, const std::string& body,
                               std::optional<std::string> canonical = std::nullopt) {
  PageRecord r = page(url, "<html><head><title>" + headline + "</title></head><body><article><p>" + body +
                               "</p></article></body></html>");
  Article a;
  a.url = url;
  a.final_url = url;
  a.canonical_url = std::move(canonical);
  a.headline = headline;
  a.body = body;
  r.article = std::move(a);
  return r;
}

// The first column of the first row of `sql` on a separate connection to `path`.
inline std::int64_t scalar(const std::string& path, const char* sql) {
  newsarchive::store::Connection db(path, true);
  newsarchive::store::Statement q(db, sql, "test query");
  return q.step() ? q.int64(0) : -1;
}

inline std::string text_scalar(const std::string& path, const char* sql) {
  newsarchive::store::Connection db(path, true);
  newsarchive::store::Statement q(db, sql, "test query");
  return q.step() ? q.text(0) : std::string("<no row>");
}

}  // namespace storetest

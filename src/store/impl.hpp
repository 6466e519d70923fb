#pragma once
// Archive::Impl, shared by the parts of the archive: archive.cpp (open, save),
// queries.cpp (articles, search, raw pages) and citations.cpp (cited sources); and the
// row readers queries.cpp lends the writer.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/archive.hpp"
#include "store/sqlite.hpp"

namespace newsarchive {

struct Archive::Impl {
  Impl(const std::string& path, Mode mode);

  store::Connection db;
  Mode mode;
  int version = 0;

  // Throws ArchiveError(read_only) when the archive was opened read-only.
  void require_writable(std::string_view what) const;
};

namespace store {

// Reads the columns `a.id, a.url, a.site, a.headline, a.published, a.last_fetched`
// of a query over `articles a`, starting at column `first`.
ArticleSummary read_summary(const Statement& row, int first = 0);

// An article's authors in byline order.
std::vector<std::string> read_authors(Connection& db, std::int64_t article_id);

}  // namespace store
}  // namespace newsarchive

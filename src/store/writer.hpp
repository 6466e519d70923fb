#pragma once
// The write side of the archive, used inside a transaction the caller owns.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsarchive/archive.hpp"
#include "store/sqlite.hpp"

namespace newsarchive::store {

// Changes to the full-text index (articles_fts: headline, body and authors; its
// external content is the articles_text view),
// written together in rowid order: FTS5 flushes its in-memory index whenever
// rowids go backwards. The writer keeps the index, not triggers, because FTS5 in
// SQLite 3.40 indexes a third slower through a trigger.
class FtsQueue {
 public:
  void add(std::int64_t rowid, const Article& article);
  // Removes an article's entry with the values it was indexed with, read from the
  // archive: call it before the article's row and authors change.
  void remove(Connection& db, std::int64_t rowid);
  // Writes the queued changes and clears the queue. Throws ArchiveError.
  void write(Connection& db);

 private:
  struct Op {
    std::int64_t rowid;
    bool remove;
    std::optional<std::string> headline;
    std::string body;
    std::string authors;
  };
  std::vector<Op> ops_;
};

// Stores one record: the fetch attempt always; the raw page for a successful
// response with a body; the article (added, changed or unchanged), its revision,
// children and URLs; index changes go to `fts`, for the caller to write before
// committing. The record's raw_zstd (when stores_page()) and content_hash (when it has
// an article) are filled in, as Archive::save_batch does before taking the write lock.
// Throws ArchiveError; the caller's transaction then rolls back.
SaveResult save_record(Connection& db, const PageRecord& record, FtsQueue& fts);
// True when save_record() stores a raw page for this record.
bool stores_page(const PageRecord& record);

// Replaces an article's parsed fields and children (reparse), and queues its index
// change on `fts` for the caller to write before committing; keeps its identity,
// URLs and revisions. Throws ArchiveError(other) for an unknown id.
void replace_parsed(Connection& db, std::int64_t article_id, const Article& article, FtsQueue& fts);
// Writes the authors and sources of an article (its links are a column), first deleting the old
// ones unless `fresh` (a new article has none).
void write_children(Connection& db, std::int64_t article_id, const Article& article, bool fresh);

}  // namespace newsarchive::store

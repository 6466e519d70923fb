#pragma once
// Looks into an archive file with sqlite3 directly, so fault tests assert on the stored
// bytes rather than on the program's own account of them.
#include <sqlite3.h>

#include <string>
#include <vector>

namespace faults {

class ArchiveProbe {
 public:
  // Opens read-only unless `writable` (the FTS integrity check runs as a write).
  explicit ArchiveProbe(const std::string& path, bool writable = false);
  ~ArchiveProbe();
  ArchiveProbe(const ArchiveProbe&) = delete;
  ArchiveProbe& operator=(const ArchiveProbe&) = delete;

  // Every row of a query, each value exactly as stored (type-tagged, length-prefixed
  // bytes), rows separated by newlines: equal strings mean byte-identical rows.
  std::string dump(const std::string& sql) const;
  // The rows of a query as strings ("<null>" for NULL), for readable assertions.
  std::vector<std::vector<std::string>> rows(const std::string& sql) const;
  // The single value of a one-row, one-column query.
  std::string value(const std::string& sql) const;
  long long count(const std::string& sql) const { return std::stoll(value(sql)); }

  // "ok" when PRAGMA integrity_check and foreign_key_check find nothing, else their report.
  std::string integrity() const;
  // "ok" when the FTS5 index matches the articles table, else SQLite's error.
  std::string fts_integrity();

 private:
  sqlite3* db_ = nullptr;
};

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or stray bytes).
bool valid_utf8(const std::string& text);

}  // namespace faults

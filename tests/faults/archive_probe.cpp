#include "archive_probe.hpp"

#include <stdexcept>

namespace faults {
namespace {

struct Stmt {
  sqlite3_stmt* s = nullptr;
  ~Stmt() { sqlite3_finalize(s); }
};

}  // namespace

ArchiveProbe::ArchiveProbe(const std::string& path, bool writable) {
  int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error("cannot open " + path + ": " + msg);
  }
  sqlite3_busy_timeout(db_, 5000);
}

ArchiveProbe::~ArchiveProbe() { sqlite3_close(db_); }

std::string ArchiveProbe::dump(const std::string& sql) const {
  Stmt st;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st.s, nullptr) != SQLITE_OK)
    throw std::runtime_error("bad probe query: " + sql + ": " + sqlite3_errmsg(db_));
  std::string out;
  int rc;
  while ((rc = sqlite3_step(st.s)) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(st.s); ++i) {
      int type = sqlite3_column_type(st.s, i);
      const void* p = sqlite3_column_blob(st.s, i);
      int n = sqlite3_column_bytes(st.s, i);
      out += std::to_string(type) + ":" + std::to_string(n) + ":";
      if (p) out.append(static_cast<const char*>(p), static_cast<std::size_t>(n));
      out += '|';
    }
    out += '\n';
  }
  if (rc != SQLITE_DONE) throw std::runtime_error("probe query failed: " + sql + ": " + sqlite3_errmsg(db_));
  return out;
}

std::vector<std::vector<std::string>> ArchiveProbe::rows(const std::string& sql) const {
  Stmt st;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st.s, nullptr) != SQLITE_OK)
    throw std::runtime_error("bad probe query: " + sql + ": " + sqlite3_errmsg(db_));
  std::vector<std::vector<std::string>> out;
  int rc;
  while ((rc = sqlite3_step(st.s)) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(st.s); ++i) {
      const void* p = sqlite3_column_blob(st.s, i);
      int n = sqlite3_column_bytes(st.s, i);
      row.push_back(p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n))
                      : sqlite3_column_type(st.s, i) == SQLITE_NULL ? "<null>" : "");
    }
    out.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) throw std::runtime_error("probe query failed: " + sql + ": " + sqlite3_errmsg(db_));
  return out;
}

std::string ArchiveProbe::value(const std::string& sql) const {
  auto r = rows(sql);
  if (r.size() != 1 || r[0].size() != 1) throw std::runtime_error("expected one value from: " + sql);
  return r[0][0];
}

std::string ArchiveProbe::integrity() const {
  std::string report;
  for (const auto& row : rows("PRAGMA integrity_check")) report += row.at(0) + (report.empty() ? "" : "; ");
  for (const auto& row : rows("PRAGMA foreign_key_check"))
    report += "; foreign key: " + row.at(0) + " row " + row.at(1) + " -> " + row.at(2);
  return report;
}

std::string ArchiveProbe::fts_integrity() {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)", nullptr,
                        nullptr, &err);
  std::string msg = err ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  return rc == SQLITE_OK ? "ok" : msg;
}

bool valid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) return false;
    std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += static_cast<std::size_t>(len);
  }
  return true;
}

}  // namespace faults

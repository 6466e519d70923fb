#pragma once
// A thin RAII layer over the SQLite C API for the store module: an owned
// connection with a statement cache, a guard that binds, steps and resets a cached
// statement, a transaction guard, and the mapping of SQLite result codes to
// ArchiveError. Nothing here builds SQL from data.
#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "newsarchive/archive.hpp"

namespace newsarchive::store {

struct ConnectionCloser {
  void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
  void operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }
};
using ConnectionPtr = std::unique_ptr<sqlite3, ConnectionCloser>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// Hashes std::string and std::string_view alike, so the statement cache can be
// searched with the SQL text without copying it.
struct SqlHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view sql) const noexcept { return std::hash<std::string_view>{}(sql); }
};

// One open database file. Throws ArchiveError when the file cannot be opened.
// Read-only connections use SQLITE_OPEN_READONLY.
class Connection {
 public:
  Connection(const std::string& path, bool read_only);

  sqlite3* get() const { return db_.get(); }
  const std::string& path() const { return path_; }
  bool read_only() const { return read_only_; }

  // Runs SQL without results (pragmas, DDL, BEGIN/COMMIT). Throws ArchiveError.
  void exec(const char* sql, std::string_view what);
  // The cached prepared statement for `sql` (prepared on first use). Throws
  // ArchiveError when `sql` does not compile.
  sqlite3_stmt* prepare(std::string_view sql);
  // An ArchiveError for result code `rc` of the operation `what`: one line naming
  // the operation, the archive path and SQLite's message.
  ArchiveError error(int rc, std::string_view what) const;

 private:
  // Opens (or reopens) `name` (a path or a file: URI) with `flags`; throws ArchiveError.
  void open(const std::string& name, int flags);

  std::string path_;
  bool read_only_;
  ConnectionPtr db_;  // declared before the statements that depend on it
  std::unordered_map<std::string, StatementPtr, SqlHash, std::equal_to<>> statements_;
};

// Uses one cached statement for the lifetime of the guard; resets it and clears
// its bindings on destruction so it can be re-bound by the next user. Text and
// blobs are copied by SQLite when bound, so temporaries are safe to bind.
class Statement {
 public:
  Statement(Connection& db, std::string_view sql, std::string_view what);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, int value);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::optional<std::string>& text);  // NULL when empty
  Statement& bind_blob(int index, std::string_view bytes);
  Statement& bind_null(int index);
  // Binds NULL for "" and the text otherwise.
  Statement& bind_nonempty(int index, std::string_view text);
  // Binds `id` when positive, else NULL (for optional foreign keys).
  Statement& bind_id(int index, std::int64_t id);

  // Steps once: true when a row is available, false when done. Throws ArchiveError.
  bool step();
  // Steps a statement that returns no rows.
  void run();

  bool is_null(int column) const;
  std::int64_t int64(int column) const;
  int integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;  // "" for NULL
  std::optional<std::string> opt_text(int column) const;
  std::string_view blob(int column) const;  // valid until the next step

 private:
  Connection& db_;
  sqlite3_stmt* stmt_;
  std::string_view what_;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran.
class Transaction {
 public:
  explicit Transaction(Connection& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& db_;
  bool done_ = false;
};

// The kind of ArchiveError a SQLite result code maps to.
ArchiveError::Kind error_kind(int rc, const std::string& path, bool read_only);

}  // namespace newsarchive::store

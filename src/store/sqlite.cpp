#include "store/sqlite.hpp"

#include <unistd.h>

#include <fcntl.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

namespace newsarchive::store {

namespace {

// SQLite messages and user queries may hold newlines; errors stay one line.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r') c = ' ';
  return out;
}

// "file:PATH?immutable=1", the path's URI-special characters escaped.
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      uri += buf;
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

bool exists_without_write_access(const std::string& path) {
  return ::access(path.c_str(), F_OK) == 0 && ::access(path.c_str(), W_OK) != 0;
}

// Whether this process may write `path` (its effective ids, as SQLite's open() uses);
// errno says why not.
bool writable(const std::string& path) { return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0; }

bool exists(const std::string& path) { return ::access(path.c_str(), F_OK) == 0; }

// The archive's file with symlinks resolved: SQLite keeps -wal, -shm and -journal there.
std::string real_path(const std::string& path) {
  std::error_code ec;
  std::string real = std::filesystem::weakly_canonical(path, ec).string();
  return ec || real.empty() ? path : real;
}

// The folder SQLite creates the archive's -wal, -shm and -journal files in.
std::string folder_of(const std::string& path) {
  std::string folder = std::filesystem::path(real_path(path)).parent_path().string();
  return folder.empty() ? "." : folder;
}

// Why a writer could not write the archive at `path`, or "" when nothing stands in the
// way that a permission check can see. Only for the message: SQLite still decides.
std::string write_obstacle(const std::string& path) {
  const std::string folder = folder_of(path);
  if (exists(path) && !writable(path)) return "the file is not writable (" + std::string(std::strerror(errno)) + ")";
  // A writer creates -wal and -shm (or a -journal) beside the file; only when both WAL
  // files exist already can it do without a writable folder.
  const std::string real = real_path(path);
  if ((!exists(real + "-wal") || !exists(real + "-shm")) && !writable(folder)) {
    if (errno == ENOENT) return "its folder " + folder + " does not exist";
    std::string why = std::strerror(errno);
    std::string out = "its folder " + folder + " is not writable (" + why + ")";
    return out.append(exists(path) ? ", and SQLite must create the archive's -wal and -shm files there" : "");
  }
  return {};
}

// True when a -wal file beside `path` may hold changes not yet merged into it.
bool has_pending_wal(const std::string& path) {
  std::error_code ec;
  auto wal = std::filesystem::file_size(real_path(path) + "-wal", ec);
  return !ec && wal > 0;
}

}  // namespace

ArchiveError::Kind error_kind(int rc, const std::string& path, bool read_only) {
  using Kind = ArchiveError::Kind;
  switch (rc & 0xff) {
    case SQLITE_FULL: return Kind::full;
    case SQLITE_IOERR: return Kind::io;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Kind::locked;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return Kind::corrupt;
    case SQLITE_READONLY: return Kind::read_only;
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      if (exists_without_write_access(path) || (read_only && ::access(path.c_str(), F_OK) == 0))
        return Kind::read_only;
      return Kind::open;
    default: return Kind::other;
  }
}

Connection::Connection(const std::string& path, bool read_only) : path_(path), read_only_(read_only) {
  // Named here, not as SQLite's "disk I/O error" or "unable to open database file".
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw ArchiveError(ArchiveError::Kind::open, "cannot open archive " + path + ": it is a directory");
  if (!read_only) {
    // Named here, before SQLite reports it as "attempt to write a readonly database"
    // or "unable to open database file" on the first statement.
    std::string obstacle = write_obstacle(path);
    if (!obstacle.empty())
      throw ArchiveError(ArchiveError::Kind::read_only,
                         (exists(path) ? "cannot write archive " : "cannot create archive ") + path + ": " + obstacle);
  }
  int flags = SQLITE_OPEN_NOMUTEX | (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  open(path, flags);
  if (!read_only) return;
  // A WAL archive whose folder we cannot write (read-only media, an immutable folder,
  // another user's folder) cannot be read the usual way: SQLite must create -wal and
  // -shm beside it, and fails with SQLITE_CANTOPEN (EPERM, EROFS) or SQLITE_READONLY
  // (EACCES). Then the file is opened with immutable=1: no locks, no -shm, no WAL.
  // That is safe only while no writer can exist, so it is used only when this process
  // cannot write the folder and no -wal holds unmerged changes. A writer with more rights
  // (the folder's owner) starting while we read could change pages under us; reads are
  // short, and without immutable=1 such an archive cannot be read at all.
  int probe = sqlite3_exec(db_.get(), "SELECT 1 FROM sqlite_master LIMIT 1", nullptr, nullptr, nullptr) & 0xff;
  if ((probe != SQLITE_CANTOPEN && probe != SQLITE_READONLY) || writable(folder_of(path))) return;
  if (!has_pending_wal(path)) {
    open(immutable_uri(path), flags | SQLITE_OPEN_URI);
    return;
  }
  throw ArchiveError(ArchiveError::Kind::read_only,
                     "cannot read archive " + path + ": its -wal file holds changes not yet merged, and SQLite " +
                         "must create its -shm file in " + folder_of(path) +
                         ", which is not writable (open it once where it can be written)");
}

void Connection::open(const std::string& name, int flags) {
  statements_.clear();
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(name.c_str(), &raw, flags, nullptr);
  db_.reset(raw);  // owned even on failure: sqlite3_open_v2 may allocate a handle
  if (rc != SQLITE_OK) {
    std::string msg = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    throw ArchiveError(error_kind(rc, path_, read_only_),
                       "cannot open archive " + path_ + ": " + one_line(msg));
  }
  sqlite3_extended_result_codes(db_.get(), 1);
  sqlite3_busy_timeout(db_.get(), 5000);
}

ArchiveError Connection::error(int rc, std::string_view what) const {
  std::string msg = db_ ? sqlite3_errmsg(db_.get()) : sqlite3_errstr(rc);
  // sqlite3_errmsg may describe a later call; fall back to the code's own text.
  if (db_ && (sqlite3_extended_errcode(db_.get()) & 0xff) != (rc & 0xff)) msg = sqlite3_errstr(rc);
  return ArchiveError(error_kind(rc, path_, read_only_),
                      "archive " + path_ + ": " + std::string(what) + " failed: " + one_line(msg));
}

void Connection::exec(const char* sql, std::string_view what) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_.get(), sql, nullptr, nullptr, &err);
  std::unique_ptr<char, decltype(&sqlite3_free)> owned(err, &sqlite3_free);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    throw ArchiveError(error_kind(rc, path_, read_only_),
                       "archive " + path_ + ": " + std::string(what) + " failed: " + one_line(msg));
  }
}

sqlite3_stmt* Connection::prepare(std::string_view sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) return it->second.get();
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                              &raw, nullptr);
  StatementPtr stmt(raw);
  if (rc != SQLITE_OK) throw error(rc, "preparing a statement");
  sqlite3_stmt* result = stmt.get();
  statements_.emplace(std::string(sql), std::move(stmt));
  return result;
}

Statement::Statement(Connection& db, std::string_view sql, std::string_view what)
    : db_(db), stmt_(db.prepare(sql)), what_(what) {}

Statement::~Statement() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Statement& Statement::bind(int index, int value) {
  sqlite3_bind_int(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text) {
  return text ? bind(index, std::string_view(*text)) : bind_null(index);
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Statement& Statement::bind_nonempty(int index, std::string_view text) {
  return text.empty() ? bind_null(index) : bind(index, text);
}

Statement& Statement::bind_id(int index, std::int64_t id) { return id > 0 ? bind(index, id) : bind_null(index); }

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw db_.error(rc, what_);
}

void Statement::run() {
  while (step()) {
  }
}

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

int Statement::integer(int column) const { return sqlite3_column_int(stmt_, column); }

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::text(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> Statement::opt_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::string_view Statement::blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  if (!p) return {};
  return std::string_view(static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

Transaction::Transaction(Connection& db) : db_(db) { db_.exec("BEGIN IMMEDIATE", "starting a write transaction"); }

Transaction::~Transaction() {
  // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL).
  if (!done_ && !sqlite3_get_autocommit(db_.get())) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT", "committing");
  done_ = true;
}

}  // namespace newsarchive::store

#pragma once
// The archive's schema as an ordered list of migrations, applied forward on open.
// `PRAGMA user_version` holds the number of the last migration applied.
#include <vector>

#include "store/sqlite.hpp"

namespace newsarchive::store {

struct Migration {
  int version;      // user_version after this migration; 1, 2, 3, ... in order
  const char* sql;  // DDL run in one transaction together with the version bump
  // False when a reader can use the archive without it (an index rebuilt with new
  // tokens): a read-only connection then reads the file as it is.
  bool readers_need = true;
};

// The migrations this program knows; the last one's version is the current schema.
const std::vector<Migration>& migrations();
int current_schema_version();

// The connection's `PRAGMA user_version`.
int read_schema_version(Connection& db);

// Applies every migration newer than the file's version, each in its own
// transaction, and returns the resulting version. Throws ArchiveError(open) when the
// file is newer than the last migration and ArchiveError(read_only) when a
// read-only connection would need migrating; a read-only connection skips migrations
// readers do not need and returns the file's version.
int migrate(Connection& db, const std::vector<Migration>& list);

}  // namespace newsarchive::store

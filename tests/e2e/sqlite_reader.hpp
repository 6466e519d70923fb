#pragma once
// Reads an archive file directly with sqlite3, so tests assert on the stored rows
// rather than on the program's own account of them.
#include <sqlite3.h>

#include <string>
#include <vector>

namespace e2e {

class SqliteReader {
 public:
  explicit SqliteReader(const std::string& path);
  ~SqliteReader();
  SqliteReader(const SqliteReader&) = delete;
  SqliteReader& operator=(const SqliteReader&) = delete;

  // All rows of a query as strings (NULL -> "<null>").
  std::vector<std::vector<std::string>> rows(const std::string& sql) const;
  // The single value of a one-row, one-column query.
  std::string value(const std::string& sql) const;
  long long count(const std::string& sql) const { return std::stoll(value(sql)); }

 private:
  sqlite3* db_ = nullptr;
};

// Runs SQL that changes the archive (damage, an older program's rows); a failure fails
// the test.
void exec_sql(const std::string& path, const std::string& sql);

}  // namespace e2e

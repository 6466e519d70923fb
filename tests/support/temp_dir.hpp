#pragma once
// A fresh directory under $TMPDIR, removed with everything in it on destruction.
#include <filesystem>
#include <string>

namespace testsupport {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // path() / name, as a string.
  std::string file(const std::string& name) const;
  // Writes `content` to path() / name and returns the full path.
  std::string write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::string& path);

// ../shared next to the repository, or "" when it is absent (tests then skip).
std::string shared_dir();

}  // namespace testsupport

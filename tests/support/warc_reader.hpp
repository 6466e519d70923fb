#pragma once
// Reads WARC files back in tests: our own minimal reader, independent of the writer,
// so a test checks the bytes a wayback tool would see.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace testsupport {

struct WarcRecordRead {
  std::string version;                        // "WARC/1.1"
  std::map<std::string, std::string> fields;  // by name as written
  std::string block;
};

// Every gzip member of `data` inflated and concatenated (a .warc.gz is one per record).
std::string gunzip_members(std::string_view data);
// The records of an uncompressed WARC. Throws std::runtime_error when a record is
// malformed (no blank line after the fields, a Content-Length past the end, no CRLFCRLF
// after the block).
std::vector<WarcRecordRead> read_warc(std::string_view data);

}  // namespace testsupport

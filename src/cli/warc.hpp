#pragma once
// WARC 1.1 (ISO 28500:2017) output for `export --format warc`: the archive's raw
// responses as `response` records and its parsed articles as `metadata` records, so
// wayback tools (pywb, OpenWayback, warcio) can replay and index what was kept.
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsarchive/archive.hpp"

namespace newsarchive::cli {

using WarcFields = std::vector<std::pair<std::string, std::string>>;

// "sha1:" and the base32 SHA-1 of `data`, the digest form WARC tools compare.
std::string warc_sha1(std::string_view data);

// The HTTP response a stored page was, as a response record's block: the status line,
// the headers as received and the decoded body. The body is kept decoded, so the
// headers that described the transfer (Content-Encoding, Transfer-Encoding, and a
// Content-Length that no longer fits) are kept under X-Archive-Orig- names and
// Content-Length gives the body's size, as web archives write decoded payloads.
std::string http_response_block(const Archive::ArchivedPage& page);

// Record ids unique to one export: a random prefix and a counter per kind, so that a
// metadata record can name the response record it describes without a table of ids.
class WarcIds {
 public:
  WarcIds();
  std::string info() const { return make(0, 0); }
  std::string page(std::int64_t page_id) const { return make(1, page_id); }
  std::string article(std::int64_t article_id) const { return make(2, article_id); }

 private:
  std::string make(unsigned kind, std::int64_t n) const;
  std::uint64_t prefix_;
};

// Writes records to `out`; with `gzip` each record is its own gzip member (the .warc.gz
// convention: a reader can seek to any record).
class WarcWriter {
 public:
  WarcWriter(std::ostream& out, bool gzip) : out_(out), gzip_(gzip) {}
  // `fields` after WARC-Type; Content-Length is added.
  void write(std::string_view type, const WarcFields& fields, std::string_view block);

 private:
  std::ostream& out_;
  bool gzip_;
};

}  // namespace newsarchive::cli

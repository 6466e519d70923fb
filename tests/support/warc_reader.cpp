#include "support/warc_reader.hpp"

#include <zlib.h>

#include <stdexcept>

namespace testsupport {

std::string gunzip_members(std::string_view data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < data.size()) {
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) throw std::runtime_error("inflateInit2 failed");
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + pos));
    z.avail_in = static_cast<uInt>(data.size() - pos);
    char buf[65536];
    int rc;
    do {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof buf;
      rc = inflate(&z, Z_NO_FLUSH);
      out.append(buf, sizeof buf - z.avail_out);
    } while (rc == Z_OK);
    std::size_t used = z.total_in;
    inflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("a gzip member does not end");
    pos += used;
  }
  return out;
}

std::vector<WarcRecordRead> read_warc(std::string_view data) {
  std::vector<WarcRecordRead> records;
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t end = data.find("\r\n\r\n", pos);
    if (end == std::string_view::npos) throw std::runtime_error("record fields do not end");
    WarcRecordRead r;
    std::string_view head = data.substr(pos, end - pos);
    std::size_t line_end = head.find("\r\n");
    r.version = std::string(head.substr(0, line_end));
    while (line_end != std::string_view::npos) {
      std::size_t next = head.find("\r\n", line_end + 2);
      std::string_view line = head.substr(line_end + 2, next == std::string_view::npos ? next : next - line_end - 2);
      std::size_t colon = line.find(": ");
      if (colon == std::string_view::npos) throw std::runtime_error("a field without ': '");
      r.fields[std::string(line.substr(0, colon))] = std::string(line.substr(colon + 2));
      line_end = next;
    }
    std::size_t length = std::stoul(r.fields.at("Content-Length"));
    std::size_t block = end + 4;
    if (block + length + 4 > data.size() || data.substr(block + length, 4) != "\r\n\r\n")
      throw std::runtime_error("a block does not end with CRLF CRLF where Content-Length says");
    r.block = std::string(data.substr(block, length));
    records.push_back(std::move(r));
    pos = block + length + 4;
  }
  return records;
}

}  // namespace testsupport

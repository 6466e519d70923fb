#include "cli/warc.hpp"

#include <openssl/sha.h>
#include <zlib.h>

#include <array>
#include <cstdio>
#include <random>
#include <stdexcept>

#include "core/text.hpp"

namespace newsarchive::cli {

namespace {

// curl hands the status code only; tools that read status lines expect a phrase.
const char* reason_phrase(long status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 203: return "Non-Authoritative Information";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 226: return "IM Used";
    default: return status >= 200 && status < 300 ? "Success" : "Unknown";
  }
}

// A header value on one line (the fetcher already joins folded lines).
std::string one_line(std::string_view v) {
  std::string out(v);
  for (char& c : out)
    if (c == '\r' || c == '\n') c = ' ';
  return out;
}

std::string gzip_member(std::string_view data) {
  z_stream z{};
  // 15 window bits + 16: a gzip header and trailer instead of zlib's.
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("zlib: cannot start compressing");
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("zlib: cannot compress a record");
  return out;
}

}  // namespace

std::string warc_sha1(std::string_view data) {
  std::array<unsigned char, SHA_DIGEST_LENGTH> d{};
  SHA1(reinterpret_cast<const unsigned char*>(data.data()), data.size(), d.data());
  // RFC 4648 base32: 20 bytes are 160 bits, 32 characters, no padding.
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out = "sha1:";
  unsigned buffer = 0;
  int bits = 0;
  for (unsigned char byte : d) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out.push_back(kAlphabet[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  return out;
}

std::string http_response_block(const Archive::ArchivedPage& page) {
  std::string block = "HTTP/" + (page.http_version.empty() ? std::string("1.1") : page.http_version);
  block.append(" ").append(std::to_string(page.status)).append(" ").append(reason_phrase(page.status));
  block.append("\r\n");
  const std::string size = std::to_string(page.body.size());
  bool encoded = false, length_written = false;
  for (const auto& [name, value] : page.headers) {
    std::string n = to_lower_ascii(name);
    encoded = encoded || n == "content-encoding" || n == "transfer-encoding";
  }
  for (const auto& [name, value] : page.headers) {
    std::string n = to_lower_ascii(name);
    // A Content-Length that still tells the stored body's size stays as it came.
    bool kept_length = n == "content-length" && !encoded && !length_written && trim(value) == size;
    if (n == "content-encoding" || n == "transfer-encoding" || (n == "content-length" && !kept_length))
      block.append("X-Archive-Orig-");
    length_written = length_written || kept_length;
    block.append(one_line(name)).append(": ").append(one_line(value)).append("\r\n");
  }
  if (!length_written) block.append("Content-Length: ").append(size).append("\r\n");
  block.append("\r\n").append(page.body);
  return block;
}

WarcIds::WarcIds() {
  std::random_device rd;
  prefix_ = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
}

std::string WarcIds::make(unsigned kind, std::int64_t n) const {
  // A version-4-shaped UUID: 60 random bits, then the kind and a 56-bit counter.
  std::uint64_t hi = (prefix_ & ~0xF000ULL) | 0x4000ULL;
  std::uint64_t lo = (0x8ULL << 60) | (static_cast<std::uint64_t>(kind & 0xF) << 56) |
                     (static_cast<std::uint64_t>(n) & 0x00FFFFFFFFFFFFFFULL);
  char buf[64];
  std::snprintf(buf, sizeof buf, "<urn:uuid:%08x-%04x-%04x-%04x-%012llx>", static_cast<unsigned>(hi >> 32),
                static_cast<unsigned>((hi >> 16) & 0xFFFF), static_cast<unsigned>(hi & 0xFFFF),
                static_cast<unsigned>(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
  return buf;
}

void WarcWriter::write(std::string_view type, const WarcFields& fields, std::string_view block) {
  std::string record = "WARC/1.1\r\nWARC-Type: ";
  record.append(type).append("\r\n");
  for (const auto& [name, value] : fields) record.append(name).append(": ").append(one_line(value)).append("\r\n");
  record.append("Content-Length: ").append(std::to_string(block.size())).append("\r\n\r\n");
  record.append(block).append("\r\n\r\n");
  if (gzip_) record = gzip_member(record);
  out_.write(record.data(), static_cast<std::streamsize>(record.size()));
}

}  // namespace newsarchive::cli

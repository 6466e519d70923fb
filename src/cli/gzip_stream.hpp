#pragma once
// gzip output for `export -o FILE.gz`: an ostream that compresses what is written to it
// into another stream as one gzip member (RFC 1952), so `zcat` and `gzip -t` read it.
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>

namespace newsarchive::cli {

class GzipBuf : public std::streambuf {
 public:
  // Throws std::runtime_error when zlib cannot start.
  explicit GzipBuf(std::ostream& sink);
  ~GzipBuf() override;
  // Compresses what is buffered and writes the gzip trailer; nothing may be written
  // after it. False when zlib or the sink failed.
  bool finish();

 protected:
  int_type overflow(int_type ch) override;
  int sync() override;

 private:
  // Deflates the buffered bytes with `flush` (Z_NO_FLUSH, Z_FINISH) into the sink.
  bool deflate_buffer(int flush);

  struct State;
  std::unique_ptr<State> state_;  // the z_stream, freed with deflateEnd
  std::ostream& sink_;
  std::string in_;
  bool finished_ = false;
};

// An ostream over a GzipBuf: write, then finish().
class GzipOstream : public std::ostream {
 public:
  explicit GzipOstream(std::ostream& sink) : std::ostream(nullptr), buf_(sink) { rdbuf(&buf_); }
  // Writes the trailer; false (and badbit set) when the data could not be written.
  bool finish() {
    if (!buf_.finish()) setstate(std::ios::badbit);
    return good();
  }

 private:
  GzipBuf buf_;
};

}  // namespace newsarchive::cli

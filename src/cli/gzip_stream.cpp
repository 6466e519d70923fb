#include "cli/gzip_stream.hpp"

#include <zlib.h>

#include <stdexcept>

namespace newsarchive::cli {

namespace {
constexpr std::size_t kBufferSize = 64 * 1024;
}

struct GzipBuf::State {
  z_stream z{};
  bool started = false;
  ~State() {
    if (started) deflateEnd(&z);
  }
};

GzipBuf::GzipBuf(std::ostream& sink) : state_(std::make_unique<State>()), sink_(sink) {
  // 15 window bits + 16: a gzip header and trailer instead of zlib's.
  if (deflateInit2(&state_->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("gzip: zlib cannot start");
  state_->started = true;
  in_.resize(kBufferSize);
  setp(in_.data(), in_.data() + in_.size());
}

GzipBuf::~GzipBuf() = default;

bool GzipBuf::deflate_buffer(int flush) {
  z_stream& z = state_->z;
  z.next_in = reinterpret_cast<Bytef*>(pbase());
  z.avail_in = static_cast<uInt>(pptr() - pbase());
  char out[kBufferSize];
  int rc = Z_OK;
  do {
    z.next_out = reinterpret_cast<Bytef*>(out);
    z.avail_out = sizeof out;
    rc = deflate(&z, flush);
    if (rc == Z_STREAM_ERROR) return false;
    sink_.write(out, static_cast<std::streamsize>(sizeof out - z.avail_out));
    if (!sink_) return false;
  } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
  setp(in_.data(), in_.data() + in_.size());
  return true;
}

GzipBuf::int_type GzipBuf::overflow(int_type ch) {
  if (finished_ || !deflate_buffer(Z_NO_FLUSH)) return traits_type::eof();
  if (!traits_type::eq_int_type(ch, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(ch);
    pbump(1);
  }
  return traits_type::not_eof(ch);
}

// Flushing the stream hands the sink only what deflate has finished with; the rest
// waits for more input or finish(), so a flush does not cost compression.
int GzipBuf::sync() { return finished_ || deflate_buffer(Z_NO_FLUSH) ? 0 : -1; }

bool GzipBuf::finish() {
  if (finished_) return true;
  finished_ = true;
  return deflate_buffer(Z_FINISH) && sink_.flush().good();
}

}  // namespace newsarchive::cli

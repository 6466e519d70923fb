#include "fetch/decoder.hpp"

#include <zlib.h>
#include <zstd.h>

#include <cstdint>

#include "core/text.hpp"

#ifdef NEWSARCHIVE_HAVE_BROTLI
#include <brotli/decode.h>
#endif

namespace newsarchive::fetch {
namespace {

constexpr std::size_t kChunk = 16 * 1024;  // output per step: bounds memory on a bomb
constexpr std::size_t kMaxLayers = 4;

class IdentityStage final : public DecodeStage {
 public:
  bool write(std::string_view in, ByteSink& out) override { return in.empty() || out.put(in); }
  bool complete() const override { return true; }
};

// A coding we cannot remove: fails as soon as body bytes arrive (a 304 has none).
class UnsupportedStage final : public DecodeStage {
 public:
  explicit UnsupportedStage(std::string reason) { error_ = std::move(reason); }
  bool write(std::string_view in, ByteSink&) override { return in.empty(); }
  bool complete() const override { return true; }
};

// gzip (RFC 1952, concatenated members allowed) and deflate (RFC 1950 zlib, or the raw
// RFC 1951 stream some servers send instead).
class ZlibStage final : public DecodeStage {
 public:
  explicit ZlibStage(bool gzip) : gzip_(gzip) {}
  ~ZlibStage() override {
    if (initialised_) inflateEnd(&z_);
  }

  bool write(std::string_view in, ByteSink& out) override {
    if (in.empty()) return true;
    if (!initialised_ && !init(gzip_ ? 16 + MAX_WBITS : MAX_WBITS)) return false;
    const bool first = !started_;
    started_ = true;
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z_.avail_in = static_cast<uInt>(in.size());
    unsigned char buf[kChunk];
    for (;;) {
      if (ended_) {
        // Another gzip member may follow; anything else after the end is ignored.
        if (!gzip_ || z_.avail_in < 2 || z_.next_in[0] != 0x1f || z_.next_in[1] != 0x8b) return true;
        inflateReset(&z_);
        ended_ = false;
      }
      z_.next_out = buf;
      z_.avail_out = sizeof buf;
      int rc = inflate(&z_, Z_NO_FLUSH);
      std::size_t produced = sizeof buf - z_.avail_out;
      if (rc == Z_DATA_ERROR && !gzip_ && first && !produced_any_ && !tried_raw_) {
        // "deflate" without the zlib header: retry the same bytes as a raw stream.
        tried_raw_ = true;
        inflateEnd(&z_);
        initialised_ = false;
        if (!init(-MAX_WBITS)) return false;
        z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        z_.avail_in = static_cast<uInt>(in.size());
        continue;
      }
      if (produced > 0) {
        produced_any_ = true;
        if (!out.put(std::string_view(reinterpret_cast<char*>(buf), produced))) return false;
      }
      if (rc == Z_STREAM_END) {
        ended_ = true;
        continue;
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = std::string(gzip_ ? "gzip" : "deflate") + " data is corrupt: " + (z_.msg ? z_.msg : "error");
        return false;
      }
      if (z_.avail_in == 0 && z_.avail_out != 0) return true;  // input used up, output flushed
      if (rc == Z_BUF_ERROR && produced == 0) return true;    // no progress without more input
    }
  }

  bool complete() const override { return !started_ || ended_; }

 private:
  bool init(int window_bits) {
    z_ = z_stream{};
    if (inflateInit2(&z_, window_bits) != Z_OK) {
      error_ = "zlib could not initialise";
      return false;
    }
    initialised_ = true;
    return true;
  }

  bool gzip_;
  z_stream z_{};
  bool initialised_ = false, started_ = false, ended_ = false, produced_any_ = false, tried_raw_ = false;
};

struct ZstdDeleter {
  void operator()(ZSTD_DStream* s) const noexcept { ZSTD_freeDStream(s); }
};

class ZstdStage final : public DecodeStage {
 public:
  bool write(std::string_view in, ByteSink& out) override {
    if (in.empty()) return true;
    if (!stream_) {
      stream_.reset(ZSTD_createDStream());
      if (!stream_) {
        error_ = "zstd could not initialise";
        return false;
      }
      // 8 MB windows, as RFC 8878 asks of HTTP decoders, so a frame cannot demand more.
      ZSTD_DCtx_setParameter(stream_.get(), ZSTD_d_windowLogMax, 23);
    }
    started_ = true;
    ZSTD_inBuffer input{in.data(), in.size(), 0};
    char buf[kChunk];
    for (;;) {
      ZSTD_outBuffer output{buf, sizeof buf, 0};
      std::size_t rc = ZSTD_decompressStream(stream_.get(), &output, &input);
      if (ZSTD_isError(rc)) {
        error_ = std::string("zstd data is corrupt: ") + ZSTD_getErrorName(rc);
        return false;
      }
      if (output.pos > 0 && !out.put(std::string_view(buf, output.pos))) return false;
      frame_done_ = rc == 0;
      if (input.pos == input.size && output.pos < output.size) return true;
    }
  }
  bool complete() const override { return !started_ || frame_done_; }

 private:
  std::unique_ptr<ZSTD_DStream, ZstdDeleter> stream_;
  bool started_ = false, frame_done_ = false;
};

#ifdef NEWSARCHIVE_HAVE_BROTLI
struct BrotliDeleter {
  void operator()(BrotliDecoderState* s) const noexcept { BrotliDecoderDestroyInstance(s); }
};

class BrotliStage final : public DecodeStage {
 public:
  bool write(std::string_view in, ByteSink& out) override {
    if (in.empty()) return true;
    if (!state_) {
      state_.reset(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr));
      if (!state_) {
        error_ = "brotli could not initialise";
        return false;
      }
    }
    started_ = true;
    if (ended_) return true;  // trailing bytes after the stream are ignored
    std::size_t avail_in = in.size();
    auto* next_in = reinterpret_cast<const std::uint8_t*>(in.data());
    std::uint8_t buf[kChunk];
    for (;;) {
      std::size_t avail_out = sizeof buf;
      std::uint8_t* next_out = buf;
      BrotliDecoderResult rc =
          BrotliDecoderDecompressStream(state_.get(), &avail_in, &next_in, &avail_out, &next_out, nullptr);
      std::size_t produced = sizeof buf - avail_out;
      if (rc == BROTLI_DECODER_RESULT_ERROR) {
        error_ = std::string("brotli data is corrupt: ") +
                 BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state_.get()));
        return false;
      }
      if (produced > 0 && !out.put(std::string_view(reinterpret_cast<char*>(buf), produced))) return false;
      if (rc == BROTLI_DECODER_RESULT_SUCCESS) {
        ended_ = true;
        return true;
      }
      if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) return true;
    }
  }
  bool complete() const override { return !started_ || ended_; }

 private:
  std::unique_ptr<BrotliDecoderState, BrotliDeleter> state_;
  bool started_ = false, ended_ = false;
};
#endif

std::unique_ptr<DecodeStage> make_stage(std::string_view coding) {
  if (coding == "gzip" || coding == "x-gzip") return std::make_unique<ZlibStage>(true);
  if (coding == "deflate") return std::make_unique<ZlibStage>(false);
  if (coding == "zstd") return std::make_unique<ZstdStage>();
#ifdef NEWSARCHIVE_HAVE_BROTLI
  if (coding == "br") return std::make_unique<BrotliStage>();
#endif
  return std::make_unique<UnsupportedStage>("unsupported Content-Encoding \"" + std::string(coding) + "\"");
}

bool write_from(std::vector<std::unique_ptr<DecodeStage>>& stages, std::size_t i, std::string_view in,
                ByteSink& out) {
  if (i + 1 == stages.size()) return stages[i]->write(in, out);
  // The sink for stage i is stage i+1 writing onward; built on the stack per call.
  struct Onward final : ByteSink {
    std::vector<std::unique_ptr<DecodeStage>>& stages;
    std::size_t next;
    ByteSink& out;
    Onward(std::vector<std::unique_ptr<DecodeStage>>& s, std::size_t n, ByteSink& o)
        : stages(s), next(n), out(o) {}
    bool put(std::string_view bytes) override { return write_from(stages, next, bytes, out); }
  } onward(stages, i + 1, out);
  return stages[i]->write(in, onward);
}

}  // namespace

ContentDecoder::ContentDecoder(std::string_view content_encoding) {
  std::vector<std::string> codings;
  for (std::string_view part : split(content_encoding, ',')) {
    std::string coding = to_lower_ascii(trim(part));
    if (!coding.empty() && coding != "identity") codings.push_back(std::move(coding));
  }
  if (codings.size() > kMaxLayers) {
    stages_.push_back(std::make_unique<UnsupportedStage>("too many Content-Encoding layers"));
    return;
  }
  // Codings are listed in the order they were applied; the last one is removed first.
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) stages_.push_back(make_stage(*it));
  if (stages_.empty()) stages_.push_back(std::make_unique<IdentityStage>());
}

ContentDecoder::~ContentDecoder() = default;

bool ContentDecoder::write(std::string_view in, ByteSink& out) {
  if (write_from(stages_, 0, in, out)) return true;
  for (const auto& stage : stages_)
    if (!stage->error().empty()) {
      error_ = stage->error();
      break;
    }
  return false;
}

bool ContentDecoder::finish() {
  for (const auto& stage : stages_)
    if (!stage->complete()) {
      error_ = "encoded body ended before its stream did (truncated)";
      return false;
    }
  return true;
}

const char* accepted_encodings() {
#ifdef NEWSARCHIVE_HAVE_BROTLI
  return "gzip, deflate, br, zstd";
#else
  return "gzip, deflate, zstd";
#endif
}

}  // namespace newsarchive::fetch

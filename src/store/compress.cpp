// Archive::compress_raw / decompress_raw: zstd frames for raw pages.
#include <zstd.h>

#include <memory>
#include <string>

#include "newsarchive/archive.hpp"

namespace newsarchive {

namespace {

// Level 1: on news pages it compresses ~1.4x faster than the default 3 and still
// shrinks them ~5x (bench/bench-pipeline); compression runs on the parser workers,
// so its cost comes straight off the crawl rate.
constexpr int kLevel = 1;

struct CompressContextFree {
  void operator()(ZSTD_CCtx* c) const noexcept { ZSTD_freeCCtx(c); }
};
struct DecompressContextFree {
  void operator()(ZSTD_DCtx* d) const noexcept { ZSTD_freeDCtx(d); }
};

[[noreturn]] void corrupt(const std::string& why) {
  throw ArchiveError(ArchiveError::Kind::corrupt, "stored raw page is not a valid zstd frame: " + why);
}

}  // namespace

std::string Archive::compress_raw(std::string_view bytes) {
  // One context per thread: contexts are reusable and costly to create, not shareable.
  thread_local std::unique_ptr<ZSTD_CCtx, CompressContextFree> ctx(ZSTD_createCCtx());
  if (!ctx) throw ArchiveError(ArchiveError::Kind::other, "zstd: cannot create a compression context");
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  std::size_t n = ZSTD_compressCCtx(ctx.get(), out.data(), out.size(), bytes.data(), bytes.size(), kLevel);
  if (ZSTD_isError(n)) throw ArchiveError(ArchiveError::Kind::other, std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

std::string Archive::decompress_raw(std::string_view zstd) {
  thread_local std::unique_ptr<ZSTD_DCtx, DecompressContextFree> ctx(ZSTD_createDCtx());
  if (!ctx) throw ArchiveError(ArchiveError::Kind::other, "zstd: cannot create a decompression context");
  if (zstd.empty()) return {};
  unsigned long long size = ZSTD_getFrameContentSize(zstd.data(), zstd.size());
  if (size == ZSTD_CONTENTSIZE_ERROR) corrupt("bad frame header");
  if (size != ZSTD_CONTENTSIZE_UNKNOWN) {
    std::string out(static_cast<std::size_t>(size), '\0');
    std::size_t n = ZSTD_decompressDCtx(ctx.get(), out.data(), out.size(), zstd.data(), zstd.size());
    if (ZSTD_isError(n)) corrupt(ZSTD_getErrorName(n));
    out.resize(n);
    return out;
  }
  // Frames written without a content size: stream them out.
  ZSTD_DCtx_reset(ctx.get(), ZSTD_reset_session_only);
  std::string out;
  std::string chunk(ZSTD_DStreamOutSize(), '\0');
  ZSTD_inBuffer in{zstd.data(), zstd.size(), 0};
  std::size_t last = 0;
  for (;;) {
    ZSTD_outBuffer o{chunk.data(), chunk.size(), 0};
    last = ZSTD_decompressStream(ctx.get(), &o, &in);
    if (ZSTD_isError(last)) corrupt(ZSTD_getErrorName(last));
    out.append(chunk.data(), o.pos);
    // Done when the input is used up and the decoder holds nothing back (a full
    // output buffer may mean more is pending).
    if (in.pos == in.size && o.pos < o.size) break;
  }
  if (last != 0) corrupt("truncated frame");
  return out;
}

}  // namespace newsarchive

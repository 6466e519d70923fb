#pragma once
// Removes HTTP Content-Encoding layers (gzip, deflate, zstd, and br when built with
// libbrotlidec) from a body as it streams in, in bounded memory. We decode ourselves
// rather than let libcurl do it because libcurl accepts a gzip stream cut before its
// trailer as complete, and a truncated article must not pass for a whole one.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::fetch {

// Receives decoded bytes; returns false to stop decoding (e.g. a size cap was hit).
class ByteSink {
 public:
  virtual ~ByteSink() = default;
  virtual bool put(std::string_view bytes) = 0;
};

// One decoding layer.
class DecodeStage {
 public:
  virtual ~DecodeStage() = default;
  // Decodes `in` into `out`. False on corrupt data (reason in error()) or when `out`
  // asked to stop.
  virtual bool write(std::string_view in, ByteSink& out) = 0;
  // True when the encoded stream ended properly, or never began (an empty body).
  virtual bool complete() const = 0;
  const std::string& error() const { return error_; }

 protected:
  std::string error_;
};

class ContentDecoder {
 public:
  // Builds the chain for a Content-Encoding value ("gzip", "deflate, br", "identity",
  // ""). An unsupported coding makes every later write() fail with that reason.
  explicit ContentDecoder(std::string_view content_encoding);
  ~ContentDecoder();
  ContentDecoder(const ContentDecoder&) = delete;
  ContentDecoder& operator=(const ContentDecoder&) = delete;

  // Decodes one piece of the body into `out`. False when the data is corrupt or the
  // coding unsupported (see error()), or when `out` stopped.
  bool write(std::string_view in, ByteSink& out);
  // After the last write: false (with error()) when a layer's stream was cut short.
  bool finish();
  const std::string& error() const { return error_; }

 private:
  std::vector<std::unique_ptr<DecodeStage>> stages_;  // outermost coding first
  std::string error_;
};

// The Accept-Encoding value for what ContentDecoder can remove.
const char* accepted_encodings();

}  // namespace newsarchive::fetch

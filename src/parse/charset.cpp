// Placeholder until charset decoding lands.
#include "newsarchive/extract.hpp"

namespace newsarchive {

std::string decode_to_utf8(std::string_view bytes, std::string_view, std::string* charset_out) {
  if (charset_out) *charset_out = "utf-8";
  return std::string(bytes);
}

bool looks_like_html(std::string_view, std::string_view) { return true; }

}  // namespace newsarchive

#pragma once
// The body as the extractor hands it on: ordered text blocks with their links.
// Shared inside the parse module by body extraction (producer) and cited-source
// detection (consumer).
#include <cstddef>
#include <string>
#include <vector>

namespace newsarchive::parse {

struct BlockLink {
  std::string url;          // absolute
  std::string text;         // anchor text, whitespace-collapsed
  std::size_t begin = 0;    // byte offsets of the anchor text inside Block::text
  std::size_t end = 0;
};

struct Block {
  enum class Kind { paragraph, heading, list_item, quote, preformatted, other };
  Kind kind = Kind::paragraph;
  std::string text;  // whitespace-collapsed UTF-8, no trailing newline
  std::vector<BlockLink> links;
};

}  // namespace newsarchive::parse

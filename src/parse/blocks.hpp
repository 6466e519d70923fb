#pragma once
// The body as the extractor hands it on: ordered text blocks with their links.
// Shared inside the parse module by body extraction (producer) and cited-source
// detection (consumer).
#include <cstddef>
#include <string>
#include <vector>

#include "core/text.hpp"

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

// The words of the blocks, all together.
inline std::size_t block_words(const std::vector<Block>& blocks) {
  std::size_t n = 0;
  for (const Block& b : blocks) n += word_count(b.text);
  return n;
}

}  // namespace newsarchive::parse

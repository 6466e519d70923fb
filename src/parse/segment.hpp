#pragma once
// Block segmentation: the page cut into text blocks (paragraph-like runs of inline
// content), each with the element that owns it, after skipping furniture subtrees.
#include <gumbo.h>

#include <string_view>
#include <vector>

#include "parse/blocks.hpp"
#include "parse/furniture.hpp"

namespace newsarchive::parse {

struct RawBlock {
  Block block;
  const GumboNode* owner = nullptr;  // innermost block-level element holding the text
  std::size_t chars = 0;             // code points of block.text
  std::size_t link_chars = 0;        // code points inside links
  bool whole_owner = true;           // the owner holds no other block
  bool only_time = false;            // every letter and digit sits inside <time> elements
};

// Cuts the subtree into blocks in document order.
std::vector<RawBlock> segment(const GumboNode* root, std::string_view base_url, Strictness s);

// The short paragraphs whose text stands again elsewhere among the blocks: a template's label
// printed before each part of the story ("Article content"), not a line of it.
std::vector<std::size_t> repeated_labels(const std::vector<RawBlock>& blocks);

}  // namespace newsarchive::parse

#pragma once
// Block segmentation: the page cut into text blocks (paragraph-like runs of inline
// content), each with the element that owns it, after skipping boilerplate subtrees.
#include <gumbo.h>

#include <string_view>
#include <vector>

#include "parse/blocks.hpp"

namespace newsarchive::parse {

struct RawBlock {
  Block block;
  const GumboNode* owner = nullptr;  // innermost block-level element holding the text
  std::size_t chars = 0;             // code points of block.text
  std::size_t link_chars = 0;        // code points inside links
  bool whole_owner = true;           // the owner holds no other block
  bool only_time = false;            // every letter and digit sits inside <time> elements
};

enum class Strictness { strict, layout, lenient };

// True when the element is boilerplate by tag, role, visibility or class/id words
// (share bars, navigation, cookie banners, related lists, comments, captions, ...).
// `layout` spares an element holding several paragraphs of prose whatever its class says
// (a page layout named for its sidebar); `lenient` keeps only the tag, role and
// visibility rules, consent layers and comment threads.
bool is_boilerplate(const GumboNode* n, Strictness s);

// +25 / -25 style weight from class and id words ("article", "content" vs "comment", "promo").
int class_weight(const GumboNode* n);

// Cuts the subtree into blocks in document order.
std::vector<RawBlock> segment(const GumboNode* root, std::string_view base_url, Strictness s);

}  // namespace newsarchive::parse

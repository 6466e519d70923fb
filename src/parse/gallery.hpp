#pragma once
// A photo gallery's captions as its story: "En images", "In pictures" pages tell the day in
// the captions of their slides, with a standfirst or nothing around them.
#include <vector>

#include <gumbo.h>

#include "parse/blocks.hpp"

namespace newsarchive::parse {

// The captions of the page's figures, in order and without their credits, when they are the
// story: three or more that read as sentences, together longer than the body beside them.
// Empty otherwise (a story with a few captioned pictures keeps its text alone).
std::vector<Block> gallery_captions(const GumboNode* root, const std::vector<Block>& body);

}  // namespace newsarchive::parse

#pragma once
// Which containers of the page hold the story: the first stage of body extraction.
#include <gumbo.h>

#include <unordered_set>
#include <vector>

#include "parse/segment.hpp"

namespace newsarchive::parse {

struct Selection {
  std::unordered_set<const GumboNode*> roots;  // chosen containers
  const GumboNode* top = nullptr;              // the best-scoring one; null: no body

  // Whether `n` lies inside one of the chosen containers.
  bool holds(const GumboNode* n) const;
};

// Scores every block's ancestors (text length, commas, tag and class signals, link
// density), picks the top container and adds the siblings that continue the story (not a
// next story or a stream of teaser cards).
Selection select_content(const std::vector<RawBlock>& blocks);

}  // namespace newsarchive::parse

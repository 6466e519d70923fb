#pragma once
// Main-content extraction: the article body as ordered text blocks with their links.
#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/blocks.hpp"

namespace newsarchive::parse {

struct BodyHints {
  std::string_view base_url;               // resolves relative hrefs
  std::optional<std::string> headline;     // dropped when repeated as the first heading
  std::vector<std::string> bylines;        // byline texts, dropped when repeated in the body
  std::vector<std::string> writers;        // the authors' names: their bylines and bios go too
  std::optional<std::string> site_name;    // a line that is only this name is a logo or label
};

struct Body {
  std::vector<Block> blocks;
  std::string trailer;  // short text right after the body ("This article originally appeared ...")
  std::vector<std::string> signed_by;  // writers signed under the story, right-aligned (signed_names)
  std::vector<std::string> bylines;    // "By ..." lines the body left out as the writers' byline
};

// Scores the page's text blocks (text and link density, punctuation, tag and class
// signals), picks the main container with its related siblings and returns the
// cleaned blocks in document order. Never throws on odd trees; empty when no body.
Body extract_body(const GumboNode* root, const BodyHints& hints);

}  // namespace newsarchive::parse

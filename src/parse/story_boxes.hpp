#pragma once
// Boxes inside the story's containers that are not the story, and the text form that compares
// lines across them.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "parse/html.hpp"
#include "parse/segment.hpp"
#include "parse/selection.hpp"

namespace newsarchive::parse {

// Letters and digits only, lower case (ASCII), other scripts' letters kept: the form in which
// lines are compared ("Bridge reopens!" and "bridge  reopens" are one).
std::string normalised(std::string_view s);

// `n` sits in a teaser card for another story: a small box (up to 500 bytes of text, below
// `top`, not holding the headline) whose heading is a link. A linked heading that is the
// story's own `headline` (normalised) makes no card.
bool in_teaser_card(const GumboNode* n, const GumboNode* top, const std::string& headline);

// The <article> element around the heading that repeats the headline, or null.
const GumboNode* headline_article(const std::vector<RawBlock>& blocks, const std::string& headline);

// Pull quotes: a <blockquote> or <aside> inside the story (`sel`) whose quoted line repeats
// words the story's own paragraphs already hold; the box goes with its attribution.
std::unordered_set<const GumboNode*> pull_quotes(const std::vector<RawBlock>& blocks, const Selection& sel);

}  // namespace newsarchive::parse

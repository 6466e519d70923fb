#pragma once
// The words of an element's class, id and component names, for the furniture rules.
#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::parse {

// Class, id and component names, lower-cased, cut into words at spaces, "-" and "_".
struct Words {
  std::vector<std::string> tokens;  // whole class tokens and the id
  std::vector<std::string> words;
};

// The words of `n`'s class, id and data-component names (data-testid, data-qa, ...):
// lower-cased, camelCase split for components and CSS Modules names.
Words words_of(const GumboNode* n);

// `s` opens with `p`.
bool starts(std::string_view s, std::string_view p);

}  // namespace newsarchive::parse

#pragma once
// Notes a site prints around every story of a kind, judged by their text alone.
#include <cstddef>
#include <string_view>

namespace newsarchive::parse {

// A site's note, not the story: print-edition, issue and programme notes, a page's jump line,
// a transcript's disclaimer, a fact-checker's membership, a pointer to the site's own pages,
// terms of reuse in Pashto, Persian, Arabic, Russian or Ukrainian, a box ending in "Click
// here to ...". `chars`: the code points of `t`.
bool site_note(std::string_view t, std::size_t chars);

}  // namespace newsarchive::parse

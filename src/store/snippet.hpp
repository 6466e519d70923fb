#pragma once
// A search hit's snippet for a body too long for FTS5's snippet(), whose time grows with
// the square of the matches in the text (a 5 MB page holding "the" 120,000 times took
// 87 s). Made here in one pass that stops at the first match.
#include <optional>
#include <string>
#include <string_view>

#include "store/sqlite.hpp"

namespace newsarchive::store {

// Bodies longer than this get long_body_snippet() instead of FTS5's snippet().
inline constexpr std::size_t kLongBody = 64 * 1024;

// About `tokens` words of `body` around the first word that a term of the user's `query`
// matches (folded as the index folds; "harb*" as a prefix; a CJK character counts as a
// word), each matching word in [brackets] (the characters of a CJK word in one pair),
// "…" where the text goes on. nullopt when no term is in the body.
std::optional<std::string> long_body_snippet(Connection& db, std::string_view body, std::string_view query,
                                             int tokens = 24);

}  // namespace newsarchive::store

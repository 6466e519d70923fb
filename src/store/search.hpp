#pragma once
// Finding articles by what a reader types: the FTS5 expression a search runs.
#include <string>
#include <string_view>

namespace newsarchive::store {

// The FTS5 MATCH expression for a query as a user types it. FTS5 syntax is kept:
// words, "phrases", AND/OR/NOT, prefix*, ^, parentheses, NEAR(a b, N), '+' and the
// column filters headline:, body:, authors:, -authors: and column sets
// {headline body}: and -{body}:. A bare token FTS5 would misread (punctuation
// inside a word: covid-19, bbc.co.uk, x-ray, Piran's, 10:30) becomes a quoted phrase,
// keeping a trailing '*', so it finds the text as written. An unbalanced quote or
// parenthesis is left for FTS5 to reject.
std::string fts_match_expression(std::string_view query);

}  // namespace newsarchive::store

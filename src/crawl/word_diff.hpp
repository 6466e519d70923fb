#pragma once
// A word diff between two versions of an article, for `history --diff`.
#include <cstddef>
#include <string>
#include <string_view>

namespace newsarchive {

struct DiffLimits {
  // Largest LCS table (rows x columns) computed for one alignment; a larger changed
  // stretch is shown as removed then added as a whole. Bounds memory (4 bytes a cell)
  // and time for long texts.
  std::size_t max_cells = 4'000'000;
};

// The text of `after` with the changes from `before` marked: removed words as
// "[-old words-]", added ones as "{+new words+}". Paragraphs (split on blank lines)
// are aligned first, then the words of changed paragraphs; unchanged paragraphs are
// kept as they are and paragraphs are separated by a blank line. Whitespace inside a
// changed paragraph is shown as single spaces. Equal texts come back unmarked.
std::string word_diff(std::string_view before, std::string_view after, const DiffLimits& limits = {});

}  // namespace newsarchive

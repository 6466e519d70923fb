#pragma once
// A word diff between two versions of an article, for `history --diff`.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsarchive {

struct DiffLimits {
  // Largest LCS table (rows x columns, 4 bytes a cell) computed for a changed stretch;
  // a larger stretch is aligned by Myers' O(ND) search in linear space instead.
  std::size_t max_cells = 4'000'000;
  // Steps Myers' search may take in one diff (about the stretches' length times the
  // edits in them, ~1 ns each): bounds the time for long, much-rewritten texts.
  std::uint64_t max_steps = 200'000'000;
};

struct WordDiff {
  std::string text;
  // A changed stretch needed more than max_steps to align and is shown as removed then
  // added whole: true changes, but not the fewest.
  bool coarse = false;
};

// The text of `after` with the changes from `before` marked: removed words as
// "[-old words-]", added ones as "{+new words+}". Paragraphs (split on blank lines)
// are aligned first, then the words of changed paragraphs, each with the fewest
// changes; unchanged paragraphs are kept as they are and paragraphs are separated by a
// blank line. Whitespace inside a changed paragraph is shown as single spaces. Equal
// texts come back unmarked.
WordDiff word_diff(std::string_view before, std::string_view after, const DiffLimits& limits = {});

}  // namespace newsarchive

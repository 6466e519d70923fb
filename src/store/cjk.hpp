#pragma once
// Chinese, Japanese and Korean in the search index. Chinese and Japanese put no spaces
// between words and Korean joins particles to them, so unicode61 keeps a whole run
// ("東京湾に新しい橋が開通") as one token, and no word inside it could be found. The search
// tokenizer cuts such runs into characters, one position each, and indexes each pair
// of neighbours (a bigram) at its first character's position (FTS5_TOKEN_COLOCATED).
// A query reads a run as the phrase of its bigrams and its last character ("東京湾" is
// 東京 京湾 湾, "橋" is 橋): a word of any length matches wherever its characters stand
// together, and FTS5's highlight() and snippet(), which follow the characters, mark
// exactly the word.
#include <cstddef>
#include <string_view>
#include <vector>

namespace newsarchive::store {

// Han (and the CJK symbols that are letters: 々 〆 〇), Hiragana, Katakana (with ー and the
// halfwidth forms), Bopomofo and Hangul syllables.
bool is_cjk(char32_t c);

// Whether `text` holds a CJK character, its UTF-8 read as SQLite reads it.
bool holds_cjk(std::string_view text);

// fts5_tokenizer's token callback.
using TokenCallback = int (*)(void* ctx, int flags, const char* token, int n, int start, int end);

// Cuts the CJK runs of unicode61's tokens. Keeps its buffer between tokens; one
// tokenizer instance, one thread.
class CjkSplitter {
 public:
  // Passes on one unicode61 token, `folded`, read from text[start, end): unchanged when
  // it holds no CJK character, else as its non-CJK stretches (folded as they were) and
  // its CJK runs cut as the header says (`query`: as FTS5_TOKENIZE_QUERY reads them).
  // `shift` is added to the offsets passed on. Returns what `token` last returned.
  int split(const char* text, int start, int end, std::string_view folded, bool query, int shift, void* ctx,
            TokenCallback token);

 private:
  struct Piece {
    bool cjk;
    int in_start, in_end;    // in the text
    int out_start, out_end;  // in the folded token
  };
  // Lines the token's characters up with its folded text; false when they do not
  // match up as unicode61 folds (never seen; the token then goes on whole).
  bool cut(const char* text, int start, int end, std::string_view folded);
  std::vector<Piece> pieces_;
};

}  // namespace newsarchive::store

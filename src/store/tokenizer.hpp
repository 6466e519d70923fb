#pragma once
// The search index's tokenizer. FTS5's unicode61 spends ~25 instructions per character
// classifying and folding; news text is mostly ASCII words. On each of our
// connections, "unicode61" is replaced by a tokenizer that cuts ASCII words itself
// and hands every run holding a non-ASCII byte to the built-in one. The tokens are
// the built-in's, byte for byte (tests compare them), with two changes:
// - ß (and ẞ) is folded to "ss" as German writes it in capitals and in Switzerland:
//   "strasse" finds "Straße" (schema 9 rebuilt older indexes);
// - runs of Chinese, Japanese and Korean characters are cut into characters and
//   bigrams (store/cjk.hpp), so a word inside one is found (schema 10 rebuilt them).
// So the index stays readable by any SQLite (the sqlite3 shell; its queries for a word
// with ß must say "ss", and CJK words cannot be searched there), and writable by one for
// text without ß and CJK; FTS5's 'integrity-check' and 'rebuild' belong on our
// connections.
#include <string_view>

#include "store/sqlite.hpp"

namespace newsarchive::store {

// The FTS5 API of `db`'s connection, or nullptr when this SQLite has no FTS5.
fts5_api* fts5_api_of(sqlite3* db);
// Registers the tokenizer on `db` (for tables declared with tokenize='unicode61 ...').
// Throws ArchiveError when the SQLite library has no FTS5.
void install_fast_unicode61(Connection& db);
// Registers two SQL functions on `db`. fold_words(text): the words the search index
// keeps of `text` (unicode61, diacritics removed, lower case, ß as "ss", CJK characters
// one word each) joined by single spaces, so "Jane MÜLLER-Roe" is "jane muller roe" and
// "山田太郎" is "山 田 太 郎"; NULL stays NULL. holds_cjk(text): 1 when `text` holds a
// character the index cuts as CJK, else 0.
void install_text_functions(Connection& db);

// How a text is tokenized: as FTS5 indexes a document, or as it reads a query.
enum class TokenizeAs { document, query };

// One token of the index: its folded text and its byte offsets in the text. A colocated
// token (a CJK bigram) stands at the position of the token before it.
struct IndexToken {
  std::string_view text;
  int start;
  int end;
  bool colocated;
};

// Calls fn(token) for each token the search index makes of `text` until fn returns false.
using TokenVisitor = bool (*)(void* state, const IndexToken& token);
void for_each_index_token(Connection& db, std::string_view text, TokenVisitor fn, void* state,
                          TokenizeAs as = TokenizeAs::document);

}  // namespace newsarchive::store

#pragma once
// The search index's tokenizer, sped up. FTS5's unicode61 spends ~25 instructions per
// character classifying and folding; news text is mostly ASCII words. On each of our
// connections, "unicode61" is replaced by a tokenizer that cuts ASCII words itself
// and hands every run holding a non-ASCII byte to the built-in one. The tokens are
// the built-in's, byte for byte (tests compare them), except that ß (and ẞ) is folded
// to "ss" as German writes it in capitals and in Switzerland: "strasse" finds "Straße"
// (schema 9 rebuilt older indexes). So the index stays readable by any SQLite (the
// sqlite3 shell; its queries for a word with ß must say "ss"), and writable by one for
// text without ß; FTS5's 'integrity-check' and 'rebuild' belong on our connections.
#include <string_view>

#include "store/sqlite.hpp"

namespace newsarchive::store {

// The FTS5 API of `db`'s connection, or nullptr when this SQLite has no FTS5.
fts5_api* fts5_api_of(sqlite3* db);
// Registers the tokenizer on `db` (for tables declared with tokenize='unicode61 ...').
// Throws ArchiveError when the SQLite library has no FTS5.
void install_fast_unicode61(Connection& db);
// Registers the SQL function fold_words(text) on `db`: the words the search index
// keeps of `text` (unicode61, diacritics removed, lower case, ß as "ss") joined by
// single spaces, so "Jane MÜLLER-Roe" is "jane muller roe". NULL stays NULL.
void install_fold_words(Connection& db);

// Calls fn(token, start, end) for each token the search index keeps of `text` (folded as
// fold_words does; start and end are byte offsets into `text`) until fn returns false.
using TokenVisitor = bool (*)(void* state, std::string_view token, int start, int end);
void for_each_index_token(Connection& db, std::string_view text, TokenVisitor fn, void* state);

}  // namespace newsarchive::store

#include "store/tokenizer.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "store/cjk.hpp"

#if defined(__SSE2__) && !defined(NEWSARCHIVE_TOKENIZER_SCALAR)
#include <emmintrin.h>
#endif

namespace newsarchive::store {

namespace {

// `token` with each ß (U+00DF, which unicode61 also makes of ẞ) written "ss", in
// `buffer` when there is one; the same length, so offsets stay as they are.
std::string_view fold_sharp_s(std::string_view token, std::string& buffer) {
  std::size_t at = token.find("\xC3\x9F");
  if (at == std::string_view::npos) return token;
  buffer.assign(token);
  for (; at != std::string::npos; at = buffer.find("\xC3\x9F", at + 2)) buffer[at] = buffer[at + 1] = 's';
  return buffer;
}

// The built-in tokenizer, looked up before ours takes its name.
struct Builtin {
  void* context = nullptr;
  fts5_tokenizer methods{};
};

struct Tokenizer {
  const Builtin* builtin = nullptr;
  Fts5Tokenizer* inner = nullptr;  // the built-in's instance, made with the same arguments
  bool ascii_fast = false;         // the arguments keep ASCII letters and digits the only ASCII token chars
  std::string folded;              // a connection is used by one thread at a time
  CjkSplitter cjk;
};

// Bit i of each mask describes byte i of a 64-byte block. unicode61's ASCII token
// characters with its default categories ("L* N* Co") are letters and digits; any byte
// >= 0x80 belongs to a run the built-in must see.
struct Masks {
  std::uint64_t word = 0;   // letter, digit or non-ASCII
  std::uint64_t upper = 0;  // A-Z
  std::uint64_t wide = 0;   // >= 0x80
};

#if defined(__SSE2__) && !defined(NEWSARCHIVE_TOKENIZER_SCALAR)
// SSE2 is part of x86-64: sixteen bytes classified in a dozen instructions.
Masks classify(const unsigned char* p) {
  const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80));
  // Unsigned (x - lo) < count, with signed compares.
  auto in_range = [&](__m128i x, char lo, int count) {
    __m128i t = _mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8(lo)), bias);
    return _mm_cmplt_epi8(t, _mm_set1_epi8(static_cast<char>(count - 128)));
  };
  Masks m;
  for (int k = 0; k < 4; ++k) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    __m128i upper = in_range(v, 'A', 26);
    __m128i wide = _mm_cmplt_epi8(v, _mm_setzero_si128());
    __m128i word = _mm_or_si128(_mm_or_si128(upper, wide), _mm_or_si128(in_range(v, 'a', 26), in_range(v, '0', 10)));
    const int shift = 16 * k;
    m.word |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(word))) << shift;
    m.upper |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(upper))) << shift;
    m.wide |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(wide))) << shift;
  }
  return m;
}
#else
constexpr std::array<bool, 128> kWordChar = [] {
  std::array<bool, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = true;
  return t;
}();

Masks classify(const unsigned char* p) {
  Masks m;
  for (int i = 0; i < 64; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (p[i] >= 0x80) m.word |= bit, m.wide |= bit;
    else if (kWordChar[p[i]]) m.word |= bit, m.upper |= (p[i] >= 'A' && p[i] <= 'Z') ? bit : 0;
  }
  return m;
}
#endif

// Options other than remove_diacritics (tokenchars, separators, categories) change
// which ASCII characters make words: then everything goes to the built-in.
bool ascii_rules_unchanged(const char** argv, int argc) {
  if (argc % 2 != 0) return false;
  for (int i = 0; i < argc; i += 2)
    if (sqlite3_stricmp(argv[i], "remove_diacritics") != 0) return false;  // as unicode61 compares them
  return true;
}

int create(void* context, const char** argv, int argc, Fts5Tokenizer** out) {
  *out = nullptr;
  auto* builtin = static_cast<Builtin*>(context);
  std::unique_ptr<Tokenizer> t(new (std::nothrow) Tokenizer);
  if (!t) return SQLITE_NOMEM;
  t->builtin = builtin;
  int rc = builtin->methods.xCreate(builtin->context, argv, argc, &t->inner);
  if (rc != SQLITE_OK) return rc;
  t->ascii_fast = ascii_rules_unchanged(argv, argc);
  *out = reinterpret_cast<Fts5Tokenizer*>(t.release());
  return SQLITE_OK;
}

void destroy(Fts5Tokenizer* p) {
  auto* t = reinterpret_cast<Tokenizer*>(p);
  if (t->inner) t->builtin->methods.xDelete(t->inner);
  delete t;
}

// Passes the built-in's tokens of a run on, with offsets into the whole text, ß folded
// and CJK runs cut (see tokenizer.hpp).
struct Shifted {
  void* ctx;
  TokenCallback token;
  const char* text;     // the run the built-in reads
  int offset;           // of the run in the whole text
  bool query;           // FTS5_TOKENIZE_QUERY
  Tokenizer* t;         // for its buffers
  int rc = SQLITE_OK;   // what the callback last returned: the built-in turns DONE into OK
};

int shifted_token(void* p, int, const char* token, int n, int start, int end) {
  auto* s = static_cast<Shifted*>(p);
  std::string_view folded = fold_sharp_s(std::string_view(token, static_cast<std::size_t>(n)), s->t->folded);
  s->rc = s->t->cjk.split(s->text, start, end, folded, s->query, s->offset, s->ctx, s->token);
  return s->rc;
}

// One token, text[start, end): ASCII ones go straight to FTS5 (folded when they hold a
// capital); a run holding non-ASCII bytes goes to the built-in. An ASCII separator
// ends every unicode61 token, so such a run tokenizes alone as it does in its text.
int emit(Tokenizer& t, void* ctx, int flags, const char* text, int start, int end, bool upper, bool wide,
         TokenCallback token) {
  const int n = end - start;
  if (wide) {
    Shifted shifted{ctx, token, text + start, start, (flags & FTS5_TOKENIZE_QUERY) != 0, &t};
    int rc = t.builtin->methods.xTokenize(t.inner, &shifted, flags, text + start, n, shifted_token);
    return rc == SQLITE_OK ? shifted.rc : rc;
  }
  if (!upper) return token(ctx, 0, text + start, n, start, end);
  t.folded.assign(text + start, static_cast<std::size_t>(n));
  for (char& c : t.folded)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return token(ctx, 0, t.folded.data(), n, start, end);
}

// Cuts the text 64 bytes at a time: a block's bytes are classified into bit masks, and
// each token's bytes in it are found by counting zeros; a token may run on into the
// next block.
int tokenize(Fts5Tokenizer* p, void* ctx, int flags, const char* text, int n, TokenCallback token) {
  auto* t = reinterpret_cast<Tokenizer*>(p);
  if (!t->ascii_fast) {
    Shifted shifted{ctx, token, text, 0, (flags & FTS5_TOKENIZE_QUERY) != 0, t};
    return t->builtin->methods.xTokenize(t->inner, &shifted, flags, text, n, shifted_token);
  }
  const auto* s = reinterpret_cast<const unsigned char*>(text);
  constexpr std::uint64_t kAll = ~std::uint64_t{0};
  int start = -1;  // of the token under way, -1 between tokens
  bool upper = false, wide = false;
  auto finish = [&](int end) {
    int rc = emit(*t, ctx, flags, text, start, end, upper, wide, token);
    start = -1;
    return rc;
  };
  for (int base = 0; base < n; base += 64) {
    Masks m;
    if (n - base >= 64) {
      m = classify(s + base);
    } else {  // the last block, padded with separators
      std::array<unsigned char, 64> tail;
      tail.fill(' ');
      std::memcpy(tail.data(), s + base, static_cast<std::size_t>(n - base));
      m = classify(tail.data());
    }
    if (start >= 0 && !(m.word & 1)) {  // the token under way ended with the last block
      if (int rc = finish(base); rc != SQLITE_OK) return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    const std::uint64_t special = m.upper | m.wide;
    std::uint64_t words = m.word;
    while (words) {
      const std::uint64_t from = kAll << std::countr_zero(words);
      const std::uint64_t stops = ~m.word & from;
      const std::uint64_t bits = stops ? from & ((stops & (0 - stops)) - 1) : from;
      if (start < 0) start = base + std::countr_zero(words), upper = wide = false;
      if (bits & special) {
        upper |= (bits & m.upper) != 0;
        wide |= (bits & m.wide) != 0;
      }
      if (!stops) break;  // runs on into the next block
      if (int rc = finish(base + std::countr_zero(stops)); rc != SQLITE_OK) return rc == SQLITE_DONE ? SQLITE_OK : rc;
      words &= ~bits;
    }
  }
  if (start >= 0) {
    if (int rc = finish(n); rc != SQLITE_OK) return rc == SQLITE_DONE ? SQLITE_OK : rc;
  }
  return SQLITE_OK;
}

// The index's tokenizer (ours, with the index's arguments) for reading text outside
// FTS5, whether or not install_fast_unicode61() ran on the connection yet.
class IndexTokenizer {
 public:
  explicit IndexTokenizer(Connection& db) {
    fts5_api* api = fts5_api_of(db.get());
    if (!api) throw ArchiveError(ArchiveError::Kind::open, "archive " + db.path() + ": this SQLite has no FTS5");
    void* context = nullptr;
    fts5_tokenizer methods{};
    int rc = api->xFindTokenizer(api, "unicode61", &context, &methods);
    if (rc != SQLITE_OK) throw db.error(rc, "finding FTS5's unicode61 tokenizer");
    // Ours when registered: it holds the built-in it wraps.
    builtin_ = methods.xCreate == create ? *static_cast<Builtin*>(context) : Builtin{context, methods};
    const char* args[] = {"remove_diacritics", "2"};
    rc = create(&builtin_, args, 2, &instance_);
    if (rc != SQLITE_OK) throw db.error(rc, "making the search tokenizer");
  }
  ~IndexTokenizer() {
    if (instance_) destroy(instance_);
  }
  IndexTokenizer(const IndexTokenizer&) = delete;
  IndexTokenizer& operator=(const IndexTokenizer&) = delete;

  int run(void* ctx, int flags, std::string_view text, TokenCallback token) {
    return tokenize(instance_, ctx, flags, text.data(), static_cast<int>(text.size()), token);
  }

 private:
  Builtin builtin_;  // before the instance that points at it
  Fts5Tokenizer* instance_ = nullptr;
};

// fold_words(): one tokenizer per connection.
struct Folder {
  explicit Folder(Connection& db) : tokenizer(db) {}
  IndexTokenizer tokenizer;
  std::string out;
};

// A bigram stands at its first character's position: only the characters are words here.
int append_word(void* ctx, int flags, const char* token, int n, int, int) {
  if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
  auto* f = static_cast<Folder*>(ctx);
  if (!f->out.empty()) f->out.push_back(' ');
  f->out.append(token, static_cast<std::size_t>(n));
  return SQLITE_OK;
}

void fold_words(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(ctx);
  auto* f = static_cast<Folder*>(sqlite3_user_data(ctx));
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const auto n = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
  f->out.clear();
  int rc = f->tokenizer.run(f, FTS5_TOKENIZE_DOCUMENT, std::string_view(text ? text : "", text ? n : 0), append_word);
  if (rc != SQLITE_OK) return sqlite3_result_error_code(ctx, rc);
  sqlite3_result_text64(ctx, f->out.data(), f->out.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void holds_cjk_sql(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const auto n = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
  sqlite3_result_int(ctx, text && holds_cjk(std::string_view(text, n)) ? 1 : 0);
}

}  // namespace

void install_text_functions(Connection& db) {
  auto folder = std::make_unique<Folder>(db);
  // The connection owns the folder from here, even when registering fails.
  int rc = sqlite3_create_function_v2(db.get(), "fold_words", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, folder.release(),
                                      fold_words, nullptr, nullptr, [](void* p) { delete static_cast<Folder*>(p); });
  if (rc != SQLITE_OK) throw db.error(rc, "registering fold_words()");
  rc = sqlite3_create_function_v2(db.get(), "holds_cjk", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                  nullptr, holds_cjk_sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) throw db.error(rc, "registering holds_cjk()");
}

void for_each_index_token(Connection& db, std::string_view text, TokenVisitor fn, void* state, TokenizeAs as) {
  IndexTokenizer tokenizer(db);
  struct Walk {
    TokenVisitor fn;
    void* state;
  } walk{fn, state};
  auto visit = [](void* ctx, int flags, const char* token, int n, int start, int end) {
    auto* w = static_cast<Walk*>(ctx);
    IndexToken t{std::string_view(token, static_cast<std::size_t>(n)), start, end, (flags & FTS5_TOKEN_COLOCATED) != 0};
    return w->fn(w->state, t) ? SQLITE_OK : SQLITE_DONE;
  };
  const int flags = as == TokenizeAs::query ? FTS5_TOKENIZE_QUERY : FTS5_TOKENIZE_DOCUMENT;
  int rc = tokenizer.run(&walk, flags, text, visit);
  if (rc != SQLITE_OK && rc != SQLITE_DONE) throw db.error(rc, "tokenizing a text");
}

fts5_api* fts5_api_of(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &raw, nullptr) != SQLITE_OK) return nullptr;
  StatementPtr stmt(raw);
  sqlite3_bind_pointer(raw, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(raw);
  return api;
}

void install_fast_unicode61(Connection& db) {
  fts5_api* api = fts5_api_of(db.get());
  if (!api) throw ArchiveError(ArchiveError::Kind::open, "archive " + db.path() + ": this SQLite has no FTS5");
  auto builtin = std::make_unique<Builtin>();
  int rc = api->xFindTokenizer(api, "unicode61", &builtin->context, &builtin->methods);
  if (rc != SQLITE_OK) throw db.error(rc, "finding FTS5's unicode61 tokenizer");
  if (builtin->methods.xCreate == create) return;  // installed already: never wrap ours in ours
  fts5_tokenizer methods{create, destroy, tokenize};
  rc = api->xCreateTokenizer(api, "unicode61", builtin.get(), &methods,
                             [](void* p) { delete static_cast<Builtin*>(p); });
  if (rc != SQLITE_OK) throw db.error(rc, "registering the search tokenizer");
  builtin.release();  // owned by the connection now
}

}  // namespace newsarchive::store

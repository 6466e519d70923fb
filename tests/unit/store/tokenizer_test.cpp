// The search tokenizer gives the built-in unicode61's tokens exactly, but for ß folded
// to "ss" and CJK runs cut into characters and bigrams, so an index it wrote of text
// without either is the one any SQLite would write.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "store/cjk.hpp"
#include "store/sqlite.hpp"
#include "store/tokenizer.hpp"
#include "support/temp_dir.hpp"

namespace store = newsarchive::store;

namespace {

using Token = std::tuple<std::string, int, int, int>;  // text, start, end, flags

struct Collector {
  std::vector<Token> tokens;
  std::size_t stop_after = 0;  // 0: never
};

int collect(void* p, int flags, const char* token, int n, int start, int end) {
  auto* c = static_cast<Collector*>(p);
  c->tokens.emplace_back(std::string(token, static_cast<std::size_t>(n)), start, end, flags);
  return c->stop_after && c->tokens.size() >= c->stop_after ? SQLITE_DONE : SQLITE_OK;
}

constexpr int kColocated = FTS5_TOKEN_COLOCATED;

// Tokenizes `text` with the tokenizer named "unicode61" on `db`, as a document unless
// `flags` says otherwise.
std::vector<Token> tokens_of(store::Connection& db, const std::vector<const char*>& args, const std::string& text,
                             std::size_t stop_after = 0, int* rc_out = nullptr, int flags = FTS5_TOKENIZE_DOCUMENT) {
  fts5_api* api = store::fts5_api_of(db.get());
  EXPECT_NE(api, nullptr);
  void* context = nullptr;
  fts5_tokenizer t{};
  EXPECT_EQ(api->xFindTokenizer(api, "unicode61", &context, &t), SQLITE_OK);
  Fts5Tokenizer* tok = nullptr;
  std::vector<const char*> argv = args;
  EXPECT_EQ(t.xCreate(context, argv.data(), static_cast<int>(argv.size()), &tok), SQLITE_OK);
  Collector c;
  c.stop_after = stop_after;
  int rc = t.xTokenize(tok, &c, flags, text.data(), static_cast<int>(text.size()), collect);
  if (rc_out) *rc_out = rc;
  t.xDelete(tok);
  return c.tokens;
}

// Which kinds of characters random_text() draws beyond ASCII and plain UTF-8.
struct Draw {
  bool sharp_s = true;  // ß and ẞ
  bool cjk = true;      // Han, kana, Hangul, in runs, and the CJK punctuation between them
};

// Text from ASCII (every byte) and UTF-8 that unicode61 treats in every way: letters
// with diacritics, capitals, ligatures, combining marks, punctuation, spaces, emoji,
// broken sequences, fullwidth Latin, and what `draw` adds.
std::string random_text(std::mt19937& rng, Draw draw = {}) {
  static const std::vector<std::string> plain = {
      "\xC3\xA9", "\xC3\x89", "\xEF\xAC\x81", "\xCC\x81", "\xE2\x80\x99", "\xE2\x80\x94", "\xC2\xA0",
      "\xF0\x9F\x98\x80", "\xC4\xB0", "\x80", "\xC3", "\xD0\x96", "\xEF\xBC\xA1" /* Ａ */};
  static const std::vector<std::string> sharp_s = {"\xC3\x9F", "\xE1\xBA\x9E"};
  // 中 東 ひ カ ー 한 글 々 ｶ 𠀀 、 。 ・, the voiced mark U+3099, a cut character
  static const std::vector<std::string> cjk = {
      "\xE4\xB8\xAD", "\xE6\x9D\xB1", "\xE3\x81\xB2", "\xE3\x82\xAB", "\xE3\x83\xBC",
      "\xED\x95\x9C", "\xEA\xB8\x80", "\xE3\x80\x85", "\xEF\xBD\xB6", "\xF0\xA0\x80\x80",
      "\xE3\x80\x81", "\xE3\x80\x82", "\xE3\x83\xBB", "\xE3\x82\x99", "\xE3\x82"};
  std::vector<const std::string*> wide;
  for (const auto& w : plain) wide.push_back(&w);
  if (draw.sharp_s)
    for (const auto& w : sharp_s) wide.push_back(&w);
  const std::size_t plain_count = wide.size();
  if (draw.cjk)
    for (const auto& w : cjk) wide.push_back(&w);
  std::uniform_int_distribution<int> len(0, 300), kind(0, 10), ascii(0, 127), letter(0, 25);
  std::uniform_int_distribution<std::size_t> pick(0, plain_count - 1), pick_cjk(plain_count, std::max(plain_count, wide.size() - 1));
  auto draw_text = [&] {
    std::string s;
    for (int i = len(rng); i > 0; --i) {
      int k = kind(rng);
      if (k < 4) s += static_cast<char>('a' + letter(rng));
      else if (k < 5) s += static_cast<char>('A' + letter(rng));
      else if (k < 6) s += ' ';
      else if (k < 8) s += static_cast<char>(ascii(rng));
      else if (k < 9 || !draw.cjk) s += *wide[pick(rng)];
      else s += *wide[pick_cjk(rng)];
    }
    return s;
  };
  // SQLite reads a broken sequence as one character, whichever: "\xC3\xA9\x80" is U+3A40, a
  // Han character. Text meant without CJK is drawn again until SQLite sees none in it.
  std::string s = draw_text();
  while (!draw.cjk && store::holds_cjk(s)) s = draw_text();
  return s;
}

// The built-in's tokens as ours gives them: each ß written "ss".
std::vector<Token> with_sharp_s_folded(std::vector<Token> tokens) {
  for (auto& token : tokens) {
    std::string& text = std::get<0>(token);
    for (std::size_t at; (at = text.find("\xC3\x9F")) != std::string::npos;) text.replace(at, 2, "ss");
  }
  return tokens;
}

// Whether `s` is one CJK character (tokens are well-formed UTF-8).
bool one_cjk_character(const std::string& s) {
  auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[i])); };
  if (s.size() == 3 && (b(0) & 0xF0) == 0xE0) return store::is_cjk(((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F));
  if (s.size() == 4 && (b(0) & 0xF8) == 0xF0)
    return store::is_cjk(((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F));
  return false;
}

// A query's tokens as the document's: a character that starts a bigram gives way to it.
std::vector<Token> as_query(const std::vector<Token>& document) {
  std::vector<Token> out;
  for (std::size_t k = 0; k < document.size(); ++k) {
    const bool starts_bigram = k + 1 < document.size() && (std::get<3>(document[k + 1]) & kColocated);
    if (starts_bigram && !(std::get<3>(document[k]) & kColocated)) continue;
    out.push_back(document[k]);
    std::get<3>(out.back()) = 0;
  }
  return out;
}

const std::vector<std::vector<const char*>> kConfigs = {
    {"remove_diacritics", "2"}, {}, {"remove_diacritics", "0"}, {"REMOVE_DIACRITICS", "1"}, {"tokenchars", "-_"},
    {"categories", "L*"}};

class Tokenizer : public ::testing::Test {
 protected:
  testsupport::TempDir dir;
  store::Connection builtin{dir.file("plain.db"), false};
  store::Connection ours{dir.file("ours.db"), false};
  void SetUp() override { store::install_fast_unicode61(ours); }
};

}  // namespace

TEST_F(Tokenizer, GivesTheBuiltinsTokensForRandomText) {
  std::mt19937 rng(7);
  for (int i = 0; i < 3000; ++i) {
    std::string text = random_text(rng, {.sharp_s = true, .cjk = false});
    for (const auto& args : kConfigs)
      ASSERT_EQ(tokens_of(ours, args, text), with_sharp_s_folded(tokens_of(builtin, args, text))) << "text: " << text;
  }
}

TEST_F(Tokenizer, FoldsAsciiAndHandsNonAsciiRunsToTheBuiltin) {
  auto t = tokens_of(ours, {"remove_diacritics", "2"}, "The CAFÉ's naïve-look, 2026!");
  std::vector<Token> want = {{"the", 0, 3, 0},    {"cafe", 4, 9, 0},  {"s", 10, 11, 0},
                             {"naive", 12, 18, 0}, {"look", 19, 23, 0}, {"2026", 25, 29, 0}};
  EXPECT_EQ(t, want);
}

TEST_F(Tokenizer, FoldsSharpSToSs) {
  // "Müllerstraße MÜLLERSTRAẞE Maß": ẞ is lower-cased to ß by unicode61, then folded.
  auto t = tokens_of(ours, {"remove_diacritics", "2"}, "M\xC3\xBCllerstra\xC3\x9F" "e MÜLLERSTRA\xE1\xBA\x9E" "E Ma\xC3\x9F");
  std::vector<Token> want = {{"mullerstrasse", 0, 14, 0}, {"mullerstrasse", 15, 30, 0}, {"mass", 31, 35, 0}};
  EXPECT_EQ(t, want);
  // The words list --author compares, folded the same way.
  store::install_text_functions(ours);
  store::Statement q(ours, "SELECT fold_words('Stra\xC3\x9F' || 'e STRA\xE1\xBA\x9E' || 'E strasse')", "test");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.text(0), "strasse strasse strasse");
}

TEST_F(Tokenizer, CutsACjkRunIntoCharactersWithTheirBigrams) {
  // Each character at its own position, the pair it starts at the same one.
  auto t = tokens_of(ours, {"remove_diacritics", "2"}, "東京湾に橋");
  std::vector<Token> want = {{"東", 0, 3, 0},  {"東京", 0, 6, kColocated}, {"京", 3, 6, 0},
                             {"京湾", 3, 9, kColocated}, {"湾", 6, 9, 0},  {"湾に", 6, 12, kColocated},
                             {"に", 9, 12, 0},  {"に橋", 9, 15, kColocated}, {"橋", 12, 15, 0}};
  EXPECT_EQ(t, want);
  want = {{"橋", 0, 3, 0}};
  EXPECT_EQ(tokens_of(ours, {"remove_diacritics", "2"}, "橋"), want);
}

TEST_F(Tokenizer, ReadsACjkQueryAsItsBigramsThenItsLastCharacter) {
  const int query = FTS5_TOKENIZE_QUERY;
  std::vector<Token> want = {{"東京", 0, 6, 0}, {"京湾", 3, 9, 0}, {"湾", 6, 9, 0}};
  EXPECT_EQ(tokens_of(ours, {"remove_diacritics", "2"}, "東京湾", 0, nullptr, query), want);
  want = {{"東京", 0, 6, 0}, {"京", 3, 6, 0}};
  EXPECT_EQ(tokens_of(ours, {"remove_diacritics", "2"}, "東京", 0, nullptr, query), want);
  want = {{"橋", 0, 3, 0}};
  EXPECT_EQ(tokens_of(ours, {"remove_diacritics", "2"}, "橋", 0, nullptr, query), want);
  // Within a phrase the last character keeps the run's length in positions; Latin
  // words are read as ever; the prefix flag changes nothing.
  want = {{"the", 0, 3, 0}, {"東京", 4, 10, 0}, {"京", 7, 10, 0}, {"tower", 11, 16, 0}};
  for (int flags : {query, query | FTS5_TOKENIZE_PREFIX})
    EXPECT_EQ(tokens_of(ours, {"remove_diacritics", "2"}, "The 東京 Tower", 0, nullptr, flags), want);
}

TEST_F(Tokenizer, CutsCjkOutOfAWordThatMixesScripts) {
  // unicode61 reads "iPhone用ケース" and "2026年" as one word each; the Latin part stays a
  // word, folded as before.
  auto t = tokens_of(ours, {"remove_diacritics", "2"}, "iPhone用ケース, 2026年 CAFÉ東京");
  std::vector<Token> want = {
      {"iphone", 0, 6, 0},  {"用", 6, 9, 0},   {"用ケ", 6, 12, kColocated}, {"ケ", 9, 12, 0},
      {"ケー", 9, 15, kColocated}, {"ー", 12, 15, 0}, {"ース", 12, 18, kColocated}, {"ス", 15, 18, 0},
      {"2026", 20, 24, 0},  {"年", 24, 27, 0},  {"cafe", 28, 33, 0},  {"東", 33, 36, 0},
      {"東京", 33, 39, kColocated}, {"京", 36, 39, 0}};
  EXPECT_EQ(t, want);
}

TEST_F(Tokenizer, CutsKoreanAndChineseBetweenTheirPunctuation) {
  auto t = tokens_of(ours, {"remove_diacritics", "2"}, "서울에서 열린");
  std::vector<Token> want = {{"서", 0, 3, 0},  {"서울", 0, 6, kColocated}, {"울", 3, 6, 0},
                             {"울에", 3, 9, kColocated}, {"에", 6, 9, 0},  {"에서", 6, 12, kColocated},
                             {"서", 9, 12, 0}, {"열", 13, 16, 0}, {"열린", 13, 19, kColocated}, {"린", 16, 19, 0}};
  EXPECT_EQ(t, want);
  // Fullwidth punctuation separates, as in unicode61.
  t = tokens_of(ours, {"remove_diacritics", "2"}, "北京，上海。");
  want = {{"北", 0, 3, 0}, {"北京", 0, 6, kColocated}, {"京", 3, 6, 0},
          {"上", 9, 12, 0}, {"上海", 9, 15, kColocated}, {"海", 12, 15, 0}};
  EXPECT_EQ(t, want);
}

// The built-in's tokens, each CJK run in them cut: whatever holds no CJK comes through
// as it was; the characters of a token, put back together, are the token; bigrams join
// two neighbouring characters; a query reads the bigrams and each run's last character.
TEST_F(Tokenizer, CutsTheCjkRunsOfTheBuiltinsTokensForRandomText) {
  std::mt19937 rng(17);
  std::size_t bigrams = 0;
  for (int i = 0; i < 3000; ++i) {
    const std::string text = random_text(rng);
    for (const auto& args : kConfigs) {
      const auto builtin_tokens = with_sharp_s_folded(tokens_of(builtin, args, text));
      const auto got = tokens_of(ours, args, text);
      std::size_t k = 0;
      for (const auto& [word, start, end, flags] : builtin_tokens) {
        std::string joined;
        const std::size_t first = k;
        for (; k < got.size() && std::get<1>(got[k]) < end; ++k) {
          const auto& [piece, piece_start, piece_end, piece_flags] = got[k];
          ASSERT_GE(piece_start, start) << text;
          ASSERT_LE(piece_end, end) << text;
          if (piece_flags & kColocated) {
            ASSERT_TRUE(k > first && k + 1 < got.size()) << text;
            const auto& before = got[k - 1];
            const auto& after = got[k + 1];
            EXPECT_TRUE(one_cjk_character(std::get<0>(before)) && one_cjk_character(std::get<0>(after))) << text;
            EXPECT_EQ(piece, std::get<0>(before) + std::get<0>(after)) << text;
            EXPECT_EQ(piece_start, std::get<1>(before)) << text;
            EXPECT_EQ(std::get<2>(before), std::get<1>(after)) << text;
            EXPECT_EQ(piece_end, std::get<2>(after)) << text;
            ++bigrams;
            continue;
          }
          EXPECT_EQ(piece_flags, 0) << text;
          if (store::holds_cjk(piece)) {
            EXPECT_TRUE(one_cjk_character(piece)) << "[" << piece << "] " << piece.size() << " in " << text;
            // Neighbouring characters of a run always have their bigram between them.
            const bool next_is_neighbour = k + 1 < got.size() && std::get<1>(got[k + 1]) == piece_end &&
                                           one_cjk_character(std::get<0>(got[k + 1]));
            EXPECT_FALSE(next_is_neighbour) << "no bigram after " << piece << " in " << text;
          }
          joined += piece;
        }
        if (!store::holds_cjk(std::string_view(text).substr(static_cast<std::size_t>(start),
                                                           static_cast<std::size_t>(end - start)))) {
          ASSERT_EQ(k, first + 1) << text;
          EXPECT_EQ(got[first], (Token{word, start, end, flags})) << text;
        }
        EXPECT_EQ(joined, word) << text;
      }
      EXPECT_EQ(k, got.size()) << "tokens outside the built-in's in " << text;
      EXPECT_EQ(tokens_of(ours, args, text, 0, nullptr, FTS5_TOKENIZE_QUERY), as_query(got)) << text;
    }
  }
  EXPECT_GT(bigrams, 10000u);
}

TEST_F(Tokenizer, StopsWhenTheCallbackSaysDone) {
  for (const char* text : {"one two three four five", "one tw\xC3\xB6 three four five"}) {
    int rc_ours = -1, rc_builtin = -1;
    auto a = tokens_of(ours, {"remove_diacritics", "2"}, text, 2, &rc_ours);
    auto b = tokens_of(builtin, {"remove_diacritics", "2"}, text, 2, &rc_builtin);
    EXPECT_EQ(a.size(), 2u) << text;
    EXPECT_EQ(a, b) << text;
    EXPECT_EQ(rc_ours, SQLITE_OK);
    EXPECT_EQ(rc_ours, rc_builtin);
  }
}

// The real check of compatibility: an index written through our tokenizer (of text
// without ß) passes FTS5's own integrity check, and is searched, on a connection that
// never heard of it.
TEST_F(Tokenizer, IndexWrittenWithItIsValidForPlainSqlite) {
  std::string path = dir.file("shared.db");
  std::mt19937 rng(11);
  {
    store::Connection db(path, false);
    store::install_fast_unicode61(db);
    db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')", "test");
    for (int i = 0; i < 300; ++i) {
      store::Statement ins(db, "INSERT INTO t(x) VALUES(?1)", "test");
      ins.bind(1, random_text(rng, {.sharp_s = false, .cjk = false}) + " Zanzibar Caf\xC3\xA9 " +
                      random_text(rng, {.sharp_s = false, .cjk = false}));
      ins.run();
    }
  }
  store::Connection plain(path, false);
  plain.exec("INSERT INTO t(t) VALUES('integrity-check')", "FTS5 integrity check");
  store::Statement q(plain, "SELECT count(*) FROM t WHERE t MATCH 'zanzibar AND cafe'", "test");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64(0), 300);
}

// With ß in the text, the index is consistent for connections that fold it as we do.
TEST_F(Tokenizer, IndexWithSharpSIsValidOnOurConnections) {
  std::string path = dir.file("eszett.db");
  std::mt19937 rng(13);
  store::Connection db(path, false);
  store::install_fast_unicode61(db);
  db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')", "test");
  for (int i = 0; i < 300; ++i) {
    store::Statement ins(db, "INSERT INTO t(x) VALUES(?1)", "test");
    ins.bind(1, random_text(rng) + " Gro\xC3\x9F" "e Stra\xC3\x9F" "e " + random_text(rng));
    ins.run();
  }
  db.exec("DELETE FROM t WHERE rowid % 3 = 0", "test");
  db.exec("INSERT INTO t(t) VALUES('integrity-check')", "FTS5 integrity check");
  for (const char* query : {"grosse strasse", "GROSSE STRASSE", "gro\xC3\x9F" "e stra\xC3\x9F" "e"}) {
    store::Statement q(db, "SELECT count(*) FROM t WHERE t MATCH ?1", "test");
    q.bind(1, query);
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), 200) << query;
  }
}

// fold_words() (list --author) spells each CJK character as a word, so a name is found
// by any run of its characters; holds_cjk() (schema 10) finds the text to index again.
TEST_F(Tokenizer, TextFunctionsSpellCjkCharactersAsWords) {
  store::install_text_functions(builtin);  // here "unicode61" is still the built-in
  store::install_fast_unicode61(ours);       // a second time changes nothing
  store::install_text_functions(ours);
  for (store::Connection* db : {&builtin, &ours}) {
    store::Statement q(*db,
                       "SELECT fold_words('山田太郎'), fold_words('Jane MÜLLER-Roe 김민수'), fold_words(NULL), "
                       "holds_cjk('Tokyo 東京'), holds_cjk('Straße, Ｔｏｋｙｏ'), holds_cjk(NULL), "
                       "holds_cjk('서울'), holds_cjk('カ')",
                       "test");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.text(0), "山 田 太 郎");
    EXPECT_EQ(q.text(1), "jane muller roe 김 민 수");
    EXPECT_TRUE(q.is_null(2));
    EXPECT_EQ(q.int64(3), 1);
    EXPECT_EQ(q.int64(4), 0);
    EXPECT_EQ(q.int64(5), 0);
    EXPECT_EQ(q.int64(6), 1);
    EXPECT_EQ(q.int64(7), 1);
  }
}

// An index of CJK text stays consistent through inserts and deletes on our connections,
// and finds a word inside a run by any of its characters' runs.
TEST_F(Tokenizer, IndexWithCjkIsValidOnOurConnections) {
  std::string path = dir.file("cjk.db");
  std::mt19937 rng(19);
  store::Connection db(path, false);
  store::install_fast_unicode61(db);
  db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')", "test");
  for (int i = 0; i < 300; ++i) {
    store::Statement ins(db, "INSERT INTO t(x) VALUES(?1)", "test");
    ins.bind(1, random_text(rng) + " 東京湾に新しい橋が開通 " + random_text(rng));
    ins.run();
  }
  db.exec("DELETE FROM t WHERE rowid % 3 = 0", "test");
  db.exec("INSERT INTO t(t) VALUES('integrity-check')", "FTS5 integrity check");
  for (const char* query : {"東京", "東京湾", "橋", "開通", "京湾に新", "東京湾に新しい橋が開通", "\"湾に\" AND 開*"}) {
    store::Statement q(db, "SELECT count(*) FROM t WHERE t MATCH ?1", "test");
    q.bind(1, query);
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), 200) << query;
  }
  store::Statement q(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '東京湾' LIMIT 1", "test");
  ASSERT_TRUE(q.step());
  EXPECT_NE(q.text(0).find(" [東京湾]に新しい橋が開通 "), std::string::npos) << q.text(0);
}

// The search tokenizer gives the built-in unicode61's tokens exactly, ß folded to "ss"
// aside, so an index it wrote of text without ß is the one any SQLite would write.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <tuple>
#include <vector>

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

// Tokenizes `text` with the tokenizer named "unicode61" on `db`.
std::vector<Token> tokens_of(store::Connection& db, const std::vector<const char*>& args, const std::string& text,
                             std::size_t stop_after = 0, int* rc_out = nullptr) {
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
  int rc = t.xTokenize(tok, &c, FTS5_TOKENIZE_DOCUMENT, text.data(), static_cast<int>(text.size()), collect);
  if (rc_out) *rc_out = rc;
  t.xDelete(tok);
  return c.tokens;
}

// Text from ASCII (every byte) and UTF-8 that unicode61 treats in every way: letters
// with diacritics, capitals, ligatures, combining marks, punctuation, spaces, CJK,
// emoji, broken sequences, and (unless `sharp_s` is false) ß and ẞ.
std::string random_text(std::mt19937& rng, bool sharp_s = true) {
  static const std::vector<std::string> wide = {"\xC3\xA9", "\xC3\x89", "\xEF\xAC\x81", "\xCC\x81", "\xE2\x80\x99",
                                                "\xE2\x80\x94", "\xC2\xA0", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80",
                                                "\xC4\xB0", "\x80", "\xC3", "\xD0\x96", "\xC3\x9F", "\xE1\xBA\x9E"};
  std::uniform_int_distribution<int> len(0, 300), kind(0, 9), ascii(0, 127), letter(0, 25),
      pick(0, sharp_s ? 14 : 12);
  std::string s;
  for (int i = len(rng); i > 0; --i) {
    int k = kind(rng);
    if (k < 4) s += static_cast<char>('a' + letter(rng));
    else if (k < 5) s += static_cast<char>('A' + letter(rng));
    else if (k < 6) s += ' ';
    else if (k < 8) s += static_cast<char>(ascii(rng));
    else s += wide[static_cast<std::size_t>(pick(rng))];
  }
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
  const std::vector<std::vector<const char*>> configs = {
      {"remove_diacritics", "2"}, {}, {"remove_diacritics", "0"}, {"REMOVE_DIACRITICS", "1"}, {"tokenchars", "-_"},
      {"categories", "L*"}};
  for (int i = 0; i < 3000; ++i) {
    std::string text = random_text(rng);
    for (const auto& args : configs)
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
  store::install_fold_words(ours);
  store::Statement q(ours, "SELECT fold_words('Stra\xC3\x9F' || 'e STRA\xE1\xBA\x9E' || 'E strasse')", "test");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.text(0), "strasse strasse strasse");
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
      ins.bind(1, random_text(rng, false) + " Zanzibar Caf\xC3\xA9 " + random_text(rng, false));
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

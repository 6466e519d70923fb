// Search tokenizer throughput (Google Benchmark): the tokenizer that stands in for FTS5's
// unicode61 on our connections against the built-in one, over the expected bodies of the
// fundus corpus by language (English, German, Japanese, Korean, Chinese). Prints MB/s
// and tokens per text; run bench/bench-tokenizer.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>

#include "corpus.hpp"
#include "store/sqlite.hpp"
#include "store/tokenizer.hpp"

namespace {

namespace store = newsarchive::store;

// The corpus's expected bodies joined per language, by the publisher's country folder.
const std::map<std::string, std::string>& texts() {
  static const std::map<std::string, std::string> by_language = [] {
    static const std::map<std::string, std::string> folder_language{
        {"uk", "english"}, {"us", "english"}, {"de", "german"}, {"at", "german"},
        {"jp", "japanese"}, {"kr", "korean"}, {"cn", "chinese"}, {"tw", "chinese"}};
    std::map<std::string, std::string> out;
    std::string dir = bench::default_corpus_dir();
    if (dir.empty()) return out;
    for (const auto& page : bench::load_fundus(dir)) {
      std::string folder = page.id.substr(7, page.id.find('/', 7) - 7);  // "fundus/<folder>/..."
      auto it = folder_language.find(folder);
      if (it == folder_language.end()) continue;
      out[it->second] += page.body;
      out[it->second] += "\n\n";
    }
    return out;
  }();
  return by_language;
}

int count_token(void* tokens, int, const char*, int, int, int) {
  ++*static_cast<long*>(tokens);
  return SQLITE_OK;
}

void tokenize(benchmark::State& state, const std::string& language, bool ours) {
  auto it = texts().find(language);
  if (it == texts().end() || it->second.empty()) {
    state.SkipWithError("no corpus text (../shared/corpus or $NEWSARCHIVE_CORPUS)");
    return;
  }
  const std::string& text = it->second;
  store::Connection db(":memory:", false);
  if (ours) store::install_fast_unicode61(db);
  fts5_api* api = store::fts5_api_of(db.get());
  void* ctx = nullptr;
  fts5_tokenizer t{};
  api->xFindTokenizer(api, "unicode61", &ctx, &t);
  const char* args[] = {"remove_diacritics", "2"};
  Fts5Tokenizer* tok = nullptr;
  t.xCreate(ctx, args, 2, &tok);
  long tokens = 0;
  for (auto _ : state)
    t.xTokenize(tok, &tokens, FTS5_TOKENIZE_DOCUMENT, text.data(), static_cast<int>(text.size()), count_token);
  t.xDelete(tok);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["tokens"] = static_cast<double>(tokens) / static_cast<double>(state.iterations());
}

}  // namespace

BENCHMARK_CAPTURE(tokenize, english_ours, std::string("english"), true);
BENCHMARK_CAPTURE(tokenize, english_builtin, std::string("english"), false);
BENCHMARK_CAPTURE(tokenize, german_ours, std::string("german"), true);
BENCHMARK_CAPTURE(tokenize, german_builtin, std::string("german"), false);
BENCHMARK_CAPTURE(tokenize, japanese_ours, std::string("japanese"), true);
BENCHMARK_CAPTURE(tokenize, japanese_builtin, std::string("japanese"), false);
BENCHMARK_CAPTURE(tokenize, korean_ours, std::string("korean"), true);
BENCHMARK_CAPTURE(tokenize, chinese_ours, std::string("chinese"), true);
BENCHMARK_MAIN();

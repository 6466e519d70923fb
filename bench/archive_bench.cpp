// Benchmark 3: the archive. Inserts N synthetic news articles (body lengths drawn
// like news articles: log-normal, median ~4,600 characters / ~750 words; 1-3 authors,
// ~10 links, ~3 cited sources each) through Archive::save_batch with the full-text
// index, in batches as the pipeline's writer does; then times full-text searches (a
// rare word, a common word, a phrase, an AND query); then reparse (re-extract every
// stored raw page on all cores) over an archive built from ../shared/corpus pages.
//
//   archive_bench [--articles N] [--batch B] [--reparse-pages P] [--out DIR]
//
// Only the save_batch calls are timed for inserts: building the records stands for
// the parser workers, which run beside the writer in a real run.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "corpus.hpp"
#include "crawl/reparse.hpp"
#include "newsarchive/archive.hpp"
#include "newsarchive/outlets.hpp"
#include "newsarchive/pipeline.hpp"

namespace fs = std::filesystem;
using namespace newsarchive;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// A Zipf-distributed vocabulary: a few real function words and topic words at fixed
// ranks, the rest made of syllables, so FTS sees realistic term frequencies.
class Words {
 public:
  explicit Words(std::mt19937_64& rng) : rng_(rng) {
    const char* fixed[] = {"the", "of",   "and",  "to",    "in",   "a",     "is",   "that", "for",
                           "on",  "was",  "with", "said",  "he",   "it",    "as",   "at",   "by",
                           "from", "his", "have", "has",   "be",   "are",   "not",  "an",   "this"};
    for (const char* w : fixed) words_.push_back(w);
    const char* syl[] = {"ka", "lo", "mer", "tin", "sa", "ver", "do", "ran", "pel", "mo", "ti", "gar",
                         "ne", "bu", "sol", "fen", "ri", "cam", "po", "lu", "dex", "ha", "vin", "tor"};
    std::uniform_int_distribution<int> n_syl(1, 4), pick(0, 23);
    while (words_.size() < 60000) {
      std::string w;
      for (int i = n_syl(rng_); i > 0; --i) w += syl[pick(rng_)];
      words_.push_back(std::move(w));
    }
    // Zipf weights 1/(r+1)^1.07 over ranks, as a cumulative table.
    double total = 0;
    for (std::size_t r = 0; r < words_.size(); ++r) {
      total += 1.0 / std::pow(static_cast<double>(r) + 1.0, 1.07);
      cumulative_.push_back(total);
    }
  }
  const std::string& at_rank(std::size_t r) const { return words_[r]; }
  const std::string& draw() {
    double x = std::uniform_real_distribution<double>(0, cumulative_.back())(rng_);
    auto it = std::lower_bound(cumulative_.begin(), cumulative_.end(), x);
    return words_[static_cast<std::size_t>(it - cumulative_.begin())];
  }

 private:
  std::mt19937_64& rng_;
  std::vector<std::string> words_;
  std::vector<double> cumulative_;
};

struct Generator {
  std::mt19937_64 rng{20261121};
  Words words{rng};
  std::lognormal_distribution<double> length{std::log(4600.0), 0.55};
  std::uniform_real_distribution<double> chance{0, 1};
  const char* outlets[8] = {"Reuters", "Associated Press", "BBC News", "The Guardian",
                            "Der Spiegel", "Le Monde", "CNN", "Bloomberg"};
  const char* domains[8] = {"reuters.com", "apnews.com", "bbc.co.uk", "theguardian.com",
                            "spiegel.de", "lemonde.fr", "cnn.com", "bloomberg.com"};

  std::string sentence() {
    int n = std::uniform_int_distribution<int>(8, 28)(rng);
    std::string s;
    for (int i = 0; i < n; ++i) {
      std::string w = words.draw();
      if (i == 0) w[0] = static_cast<char>(w[0] - 'a' + 'A');
      if (!s.empty()) s += (chance(rng) < 0.08 ? ", " : " ");
      s += w;
    }
    return s + ".";
  }

  std::string body(std::size_t target, int article) {
    std::string b;
    // Topic phrases at known rates, for the phrase and AND queries.
    if (chance(rng) < 0.05) b += "The prime minister said the budget would pass. ";
    if (chance(rng) < 0.03) b += "The harbour plan was debated. ";
    if (chance(rng) < 0.03) b += "The city council met. ";
    if (article % 10000 == 7) b += "A zanzibarite sample was found. ";
    while (b.size() < target) {
      int n = std::uniform_int_distribution<int>(2, 5)(rng);
      for (int i = 0; i < n && b.size() < target; ++i) b += sentence() + " ";
      b += "\n\n";
    }
    return b;
  }

  PageRecord record(int i) {
    PageRecord r;
    FetchResult& f = r.fetch;
    f.url = f.final_url = "https://site" + std::to_string(i % 50) + ".example/news/" + std::to_string(i);
    f.status = 200;
    f.content_type = "text/html; charset=utf-8";
    f.headers = {{"Content-Type", f.content_type}, {"ETag", "\"" + std::to_string(i) + "\""}};
    f.etag = "\"" + std::to_string(i) + "\"";
    f.started_at_ms = 1789459200000LL + i * 1000LL;
    Article a;
    a.url = a.final_url = f.url;
    a.canonical_url = f.url;
    a.site_name = "Site " + std::to_string(i % 50);
    a.headline = sentence();
    a.headline->pop_back();
    int authors = std::uniform_int_distribution<int>(1, 3)(rng);
    for (int k = 0; k < authors; ++k) a.authors.push_back("Author" + words.draw() + " " + words.draw());
    a.published = "2026-09-" + std::to_string(10 + i % 19) + "T08:00:00+02:00";
    a.language = "en";
    a.description = sentence();
    a.body = body(static_cast<std::size_t>(std::clamp(length(rng), 600.0, 40000.0)), i);
    int links = std::uniform_int_distribution<int>(6, 14)(rng);
    for (int k = 0; k < links; ++k)
      a.links.push_back({"https://other" + std::to_string(k) + ".example/story/" + std::to_string(i * 31 + k),
                         words.draw() + " " + words.draw()});
    int sources = std::uniform_int_distribution<int>(1, 5)(rng);
    for (int k = 0; k < sources; ++k) {
      int o = (i + k * 3) % 8;
      Source s;
      s.name = outlets[o];
      s.domain = domains[o];
      s.via = k % 2 ? Via::text : Via::both;
      s.mentions = 1 + k % 3;
      s.urls = {"https://www." + s.domain + "/story/" + std::to_string(i)};
      s.evidence = {"According to " + s.name + ", " + sentence()};
      a.sources.push_back(std::move(s));
    }
    r.content_hash = Archive::content_hash(a);  // as the crawl's parse workers do
    r.article = std::move(a);
    return r;
  }
};

struct QueryTime {
  const char* what;
  std::string query;
  double ms = 0;
  std::size_t hits = 0;
};

void bench_inserts(const std::string& path, int n, std::size_t batch_size) {
  fs::remove(path);
  fs::remove(path + "-wal");
  fs::remove(path + "-shm");
  Generator gen;
  Archive archive(path);
  double saving = 0;
  std::size_t body_chars = 0;
  std::vector<std::size_t> lengths;
  for (int done = 0; done < n;) {
    std::vector<PageRecord> batch;
    for (std::size_t k = 0; k < batch_size && done < n; ++k, ++done) {
      batch.push_back(gen.record(done));
      body_chars += batch.back().article->body.size();
      lengths.push_back(batch.back().article->body.size());
    }
    auto t = Clock::now();
    archive.save_batch(batch);
    saving += seconds_since(t);
  }
  std::sort(lengths.begin(), lengths.end());
  std::printf("inserts: %d articles (body median %zu chars, mean %zu) in batches of %zu: %.1f s in save_batch, "
              "%.0f articles/s\n",
              n, lengths[lengths.size() / 2], body_chars / static_cast<std::size_t>(n), batch_size, saving,
              n / saving);

  // Zipf ranks 40 and 600 are in ~60% and ~10% of the articles; "the" is in all.
  std::vector<QueryTime> queries{{"rare word", "zanzibarite"},
                                 {"common word", gen.words.at_rank(600)},
                                 {"frequent word", gen.words.at_rank(40)},
                                 {"stop word", "the"},
                                 {"phrase", "\"prime minister\""},
                                 {"AND query", "harbour AND council"},
                                 {"word + prefix", "budget AND pass*"}};
  for (QueryTime& q : queries) {
    q.hits = archive.search(q.query, 50).size();  // warm the page cache
    std::vector<double> times;
    for (int i = 0; i < 15; ++i) {
      auto t = Clock::now();
      q.hits = archive.search(q.query, 50).size();
      times.push_back(seconds_since(t) * 1000);
    }
    std::sort(times.begin(), times.end());
    q.ms = times[times.size() / 2];
    std::string matching = std::to_string(archive.count_matches(q.query));
    std::printf("search %-14s %-24s %8.2f ms (median of 15; limit 50; %s articles match)\n", q.what,
                q.query.c_str(), q.ms, matching.c_str());
  }
}

void bench_reparse(const std::string& path, int pages) {
  std::string corpus = bench::default_corpus_dir();
  if (corpus.empty() || pages <= 0) return;
  fs::remove(path);
  fs::remove(path + "-wal");
  fs::remove(path + "-shm");
  std::vector<bench::CorpusPage> source = bench::load_fundus(corpus);
  for (auto& p : bench::load_readability(corpus)) source.push_back(std::move(p));
  const OutletDirectory outlets = OutletDirectory::builtin();
  {
    Archive archive(path);
    std::vector<PageRecord> batch;
    for (int i = 0; i < pages; ++i) {
      const bench::CorpusPage& p = source[static_cast<std::size_t>(i) % source.size()];
      FetchResult f;
      // A unique URL, named as canonical by the copy, so every copy is its own article.
      f.url = f.final_url = "http://reparse.example/" + std::to_string(i) + ".html";
      f.status = 200;
      f.content_type = "text/html";
      f.body = bench::rewrite_identity(p.html, f.url);
      batch.push_back(prepare_record(std::move(f), &outlets, 0));
      if (batch.size() == 64) {
        archive.save_batch(batch);
        batch.clear();
      }
    }
    archive.save_batch(batch);
  }
  ReparseOptions o;
  o.db_path = path;
  o.outlets = &outlets;
  ReparseSummary s = reparse_archive(o);
  std::printf("reparse: %lld stored pages re-extracted on %u threads in %.1f s: %.1f pages/s "
              "(%lld changed, %lld unchanged, %lld failed)\n",
              static_cast<long long>(s.pages), std::max(1u, std::thread::hardware_concurrency()), s.elapsed_s,
              static_cast<double>(s.pages) / s.elapsed_s, static_cast<long long>(s.changed),
              static_cast<long long>(s.unchanged), static_cast<long long>(s.failed));
}

}  // namespace

int main(int argc, char** argv) {
  int articles = 100000, reparse_pages = 2000;
  std::size_t batch = 1024;
  std::string out = std::string(NEWSARCHIVE_SOURCE_DIR) + "/bench/out/archive";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--articles") articles = std::stoi(value());
    else if (a == "--batch") batch = static_cast<std::size_t>(std::stoul(value()));
    else if (a == "--reparse-pages") reparse_pages = std::stoi(value());
    else if (a == "--out") out = value();
    else {
      std::fprintf(stderr, "usage: %s [--articles N] [--batch B] [--reparse-pages P] [--out DIR]\n", argv[0]);
      return 2;
    }
  }
  spdlog::set_level(spdlog::level::warn);  // the figures only
  fs::create_directories(out);
  if (articles > 0) bench_inserts(out + "/inserts.db", articles, std::max<std::size_t>(1, batch));
  bench_reparse(out + "/reparse.db", reparse_pages);
  return 0;
}

// Benchmark 1: extraction throughput against gumbo's own parse rate, on the same pages
// held in memory. Prints pages/s and MB/s for gumbo parse-only and for the real
// extractor (metadata, body, links, cited sources), single-threaded and on all cores,
// and the ratio extraction / parse-only.
//
//   extraction_throughput [--corpus DIR | --pages DIR] [--seconds S] [--threads N] [--rounds R] [--extract-only]
// --extract-only measures extraction on all threads only (what bench/bench-pipeline
// compares the crawl with).
#include <gumbo.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "corpus.hpp"
#include "newsarchive/extract.hpp"
#include "newsarchive/outlets.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Input {
  std::string url;
  std::string html;
};

struct Rate {
  double pages_per_s = 0;
  double mb_per_s = 0;
  std::size_t pages = 0;  // pages processed in all passes
  double seconds = 0;

  // Adds another measurement of the same work: the rate over both.
  void add(const Rate& r) {
    const double mb = mb_per_s * seconds + r.mb_per_s * r.seconds;
    pages += r.pages;
    seconds += r.seconds;
    pages_per_s = static_cast<double>(pages) / seconds;
    mb_per_s = mb / seconds;
  }
};

// Runs `work` over all pages, repeatedly, on `threads` threads for at least `seconds`
// (whole passes only), and returns the rate.
template <typename Work>
Rate measure(const std::vector<Input>& pages, std::size_t bytes, int threads, double seconds, Work work) {
  std::size_t passes = 0;
  auto start = Clock::now();
  double elapsed = 0;
  do {
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        for (std::size_t i = next++; i < pages.size(); i = next++) work(pages[i]);
      });
    for (auto& th : pool) th.join();
    ++passes;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  } while (elapsed < seconds);
  Rate r;
  r.pages_per_s = static_cast<double>(passes * pages.size()) / elapsed;
  r.mb_per_s = static_cast<double>(passes * bytes) / elapsed / 1e6;
  r.pages = passes * pages.size();
  r.seconds = elapsed;
  return r;
}

std::vector<Input> load_pages(const std::string& corpus, const std::string& pages_dir) {
  std::vector<Input> pages;
  if (!pages_dir.empty()) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(pages_dir))
      if (e.is_regular_file() && e.path().extension() == ".html") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) pages.push_back({"http://bench.example/" + f.filename().string(), bench::read_file(f)});
    return pages;
  }
  for (auto& p : bench::load_fundus(corpus)) pages.push_back({p.url, std::move(p.html)});
  for (auto& p : bench::load_readability(corpus)) pages.push_back({p.url, std::move(p.html)});
  return pages;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = bench::default_corpus_dir(), pages_dir;
  double seconds = 5;
  int rounds = 3;
  bool extract_only = false;
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--corpus") corpus = value();
    else if (a == "--pages") pages_dir = value();
    else if (a == "--seconds") seconds = std::stod(value());
    else if (a == "--threads") threads = std::stoi(value());
    else if (a == "--rounds") rounds = std::max(1, std::stoi(value()));
    else if (a == "--extract-only") extract_only = true;
    else {
      std::fprintf(stderr, "usage: %s [--corpus DIR | --pages DIR] [--seconds S] [--threads N] [--rounds R] [--extract-only]\n",
                   argv[0]);
      return 2;
    }
  }
  if (pages_dir.empty() && corpus.empty()) {
    std::fprintf(stderr, "no corpus: ../shared/corpus not found (set NEWSARCHIVE_CORPUS or --pages DIR)\n");
    return 2;
  }
  std::vector<Input> pages = load_pages(corpus, pages_dir);
  std::size_t bytes = 0;
  for (const auto& p : pages) bytes += p.html.size();
  const newsarchive::OutletDirectory outlets = newsarchive::OutletDirectory::builtin();

  auto parse_only = [](const Input& in) {
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, in.html.data(), in.html.size());
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  };
  std::atomic<std::size_t> sink{0};
  auto extract = [&](const Input& in) {
    newsarchive::Page page;
    page.body = in.html;
    page.content_type = "text/html";
    page.url = in.url;
    newsarchive::ExtractOptions options;
    options.outlets = &outlets;
    newsarchive::Article a = newsarchive::extract_article(page, options);
    sink += a.body.size() + a.sources.size();  // keep the work observable
  };

  std::printf("pages: %zu (%.1f MB of HTML, in memory), threads for all-core runs: %d\n", pages.size(),
              static_cast<double>(bytes) / 1e6, threads);
  if (extract_only) {
    auto cpu_s = [] {
      rusage u{};
      getrusage(RUSAGE_SELF, &u);
      return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
             static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    double cpu0 = cpu_s();
    Rate en = measure(pages, bytes, threads, seconds, extract);
    double cpu = cpu_s() - cpu0;
    std::printf("%-34s %10s %8s\n", "", "pages/s", "MB/s");
    std::printf("%-34s %10.1f %8.1f\n", ("extraction, " + std::to_string(threads) + " threads").c_str(),
                en.pages_per_s, en.mb_per_s);
    std::printf("cpu: %.2f s for %zu pages, %.2f ms per page (user+sys, all threads)\n", cpu, en.pages,
                1000 * cpu / static_cast<double>(en.pages));
    return sink.load() == 0 ? 1 : 0;
  }
  // Rounds of parse-only then extraction, back to back: on a shared machine whose speed
  // drifts within minutes, a ratio is fair only between runs made together. The rates
  // are over all rounds; each ratio is the median of the rounds' ratios.
  Rate p1, e1, pn, en;
  std::vector<double> ratio1, ration;
  for (int round = 0; round < rounds; ++round) {
    Rate rp1 = measure(pages, bytes, 1, seconds, parse_only);
    Rate re1 = measure(pages, bytes, 1, seconds, extract);
    Rate rpn = measure(pages, bytes, threads, seconds, parse_only);
    Rate ren = measure(pages, bytes, threads, seconds, extract);
    ratio1.push_back(re1.pages_per_s / rp1.pages_per_s);
    ration.push_back(ren.pages_per_s / rpn.pages_per_s);
    p1.add(rp1), e1.add(re1), pn.add(rpn), en.add(ren);
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
  };
  auto listed = [](const std::vector<double>& v) {
    std::string out;
    for (double x : v) out += (out.empty() ? "" : ", ") + std::to_string(x).substr(0, 4);
    return out;
  };
  std::printf("%-34s %10s %8s\n", "", "pages/s", "MB/s");
  std::printf("%-34s %10.1f %8.1f\n", "gumbo parse only, 1 thread", p1.pages_per_s, p1.mb_per_s);
  std::printf("%-34s %10.1f %8.1f\n", "extraction, 1 thread", e1.pages_per_s, e1.mb_per_s);
  std::printf("%-34s %10.1f %8.1f\n", ("gumbo parse only, " + std::to_string(threads) + " threads").c_str(),
              pn.pages_per_s, pn.mb_per_s);
  std::printf("%-34s %10.1f %8.1f\n", ("extraction, " + std::to_string(threads) + " threads").c_str(),
              en.pages_per_s, en.mb_per_s);
  std::printf("ratio extraction / parse-only: %.2f (1 thread), %.2f (%d threads): medians of %d rounds\n",
              median(ratio1), median(ration), threads, rounds);
  std::printf("  rounds, 1 thread: %s; %d threads: %s\n", listed(ratio1).c_str(), threads, listed(ration).c_str());
  std::printf("scaling of extraction, %d threads / 1: %.2fx\n", threads, en.pages_per_s / e1.pages_per_s);
  return sink.load() == 0 ? 1 : 0;
}

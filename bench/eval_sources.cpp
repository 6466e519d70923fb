// Cited-source precision/recall over ../shared/corpus/sources-dev.json and the two seed
// pages, through the full pipeline: extract_article on the raw page (the extractor finds
// the body, byline and trailer), with the built-in outlet directory.
// Usage: eval_sources [--only ID] [--outlets FILE] [--annotations FILE] [--quiet] [--dump] [--others]
// --annotations scores another hand-annotated set in sources-dev.json's format (a held-out
// set kept outside the repo), keyed by the same corpus paths.
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "newsarchive/extract.hpp"
#include "newsarchive/outlets.hpp"
#include "newsarchive/url.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using newsarchive::OutletDirectory;
using newsarchive::Source;

namespace {

// An annotation's text field; a hand-written file may give null for "not known" (a test
// page without a URL).
std::string string_or_empty(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct Expected {
  std::string name, domain;
  bool credit = false;
};

struct PageResult {
  std::string id, language;
  std::vector<Expected> expected;
  std::vector<Source> got;
};

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  void add(const Counts& o) { tp += o.tp, fp += o.fp, fn += o.fn; }
};

// Same outlet: by domain, by normalised name, or through the directory's aliases.
bool same_outlet(const Source& got, const Expected& exp, const OutletDirectory& dir) {
  using newsarchive::normalize_outlet_name;
  using newsarchive::registrable_domain;
  if (!got.domain.empty() && !exp.domain.empty() &&
      (got.domain == exp.domain || registrable_domain(got.domain) == registrable_domain(exp.domain)))
    return true;
  if (normalize_outlet_name(got.name) == normalize_outlet_name(exp.name)) return true;
  std::set<const newsarchive::Outlet*> a, b;
  for (auto* o : dir.by_name(got.name)) a.insert(o);
  if (auto* o = dir.by_host(got.domain)) a.insert(o);
  for (auto* o : dir.by_name(exp.name)) b.insert(o);
  if (auto* o = dir.by_host(exp.domain)) b.insert(o);
  for (auto* o : a)
    if (b.count(o)) return true;
  return false;
}

// Greedy one-to-one matching; fills the unmatched lists.
Counts score(const PageResult& r, const OutletDirectory& dir, bool with_credits, std::vector<std::string>* fps,
             std::vector<std::string>* fns) {
  std::vector<const Expected*> exp;
  for (const auto& e : r.expected)
    if (with_credits || !e.credit) exp.push_back(&e);
  std::vector<const Source*> got;
  for (const auto& s : r.got)
    if (with_credits || !s.credit_line) got.push_back(&s);
  std::vector<bool> used(exp.size(), false);
  Counts c;
  for (const Source* s : got) {
    bool hit = false;
    for (std::size_t i = 0; i < exp.size() && !hit; ++i)
      if (!used[i] && same_outlet(*s, *exp[i], dir)) used[i] = hit = true;
    if (hit) {
      ++c.tp;
    } else {
      ++c.fp;
      if (fps) {
        std::string ev = s->evidence.empty() ? "" : s->evidence.front();
        fps->push_back(s->name + " (" + s->domain + ", " + newsarchive::via_name(s->via) +
                       (s->credit_line ? ", credit" : "") + ") :: " + ev);
      }
    }
  }
  for (std::size_t i = 0; i < exp.size(); ++i)
    if (!used[i]) {
      ++c.fn;
      if (fns) fns->push_back(exp[i]->name + " (" + exp[i]->domain + (exp[i]->credit ? ", credit" : "") + ")");
    }
  return c;
}

void print_row(const char* label, const Counts& c) {
  double p = c.tp + c.fp ? double(c.tp) / (c.tp + c.fp) : 1.0;
  double r = c.tp + c.fn ? double(c.tp) / (c.tp + c.fn) : 1.0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  std::printf("%-34s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n", label, p, r, f, c.tp, c.fp, c.fn);
}

bool g_dump = false;

std::vector<Source> run(const std::string& html, const std::string& url, const OutletDirectory& dir) {
  newsarchive::Page page;
  page.body = html;
  page.content_type = "text/html";
  page.url = url;
  newsarchive::ExtractOptions options;
  options.outlets = &dir;
  newsarchive::Article a = newsarchive::extract_article(page, options);
  if (g_dump) {
    std::printf("=== %s\nsite_name=%s language=%s authors=%zu\n--- body\n%s\n--- links\n", url.c_str(),
                a.site_name.value_or("").c_str(), a.language.value_or("").c_str(), a.authors.size(), a.body.c_str());
    for (const auto& l : a.links) std::printf("  %s [%s]\n", l.url.c_str(), l.text.c_str());
    std::printf("--- sources\n");
    for (const auto& s : a.sources) {
      std::printf("  %s | %s | %s | mentions=%d credit=%d\n", s.name.c_str(), s.domain.c_str(),
                  newsarchive::via_name(s.via), s.mentions, s.credit_line);
      for (const auto& e : s.evidence) std::printf("      > %s\n", e.c_str());
    }
  }
  return a.sources;
}

}  // namespace

int main(int argc, char** argv) {
  std::string only, outlets_file, annotations_file;
  bool quiet = false;
  bool others = false;  // list what is found on the corpus pages outside the annotated set
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--only" && i + 1 < argc) only = argv[++i];
    else if (a == "--outlets" && i + 1 < argc) outlets_file = argv[++i];
    else if (a == "--annotations" && i + 1 < argc) annotations_file = argv[++i];
    else if (a == "--quiet") quiet = true;
    else if (a == "--dump") g_dump = true;
    else if (a == "--others") others = true;
    else {
      std::fprintf(stderr, "usage: eval_sources [--only ID] [--outlets FILE] [--annotations FILE] [--quiet] [--dump] "
                   "[--others]\n");
      return 2;
    }
  }
  std::string corpus = bench::default_corpus_dir();
  if (corpus.empty()) {
    std::fprintf(stderr, "eval_sources: ../shared/corpus not found (set NEWSARCHIVE_CORPUS)\n");
    return 1;
  }
  OutletDirectory dir = outlets_file.empty() ? OutletDirectory::builtin() : OutletDirectory::from_file(outlets_file);
  if (annotations_file.empty()) annotations_file = corpus + "/sources-dev.json";
  json dev = json::parse(bench::read_file(annotations_file));

  std::map<std::string, std::string> fundus_html;
  std::vector<bench::CorpusPage> unannotated;
  for (auto& p : bench::load_fundus(corpus)) {
    if (dev.contains(p.id)) fundus_html[p.id] = std::move(p.html);
    else if (others) unannotated.push_back(std::move(p));
  }
  if (others) {
    for (auto& p : bench::load_readability(corpus))
      if (!dev.contains(p.id)) unannotated.push_back(std::move(p));
    for (const auto& p : unannotated) {
      auto got = run(p.html, p.url, dir);
      if (got.empty()) continue;
      std::printf("%s\n", p.id.c_str());
      for (const auto& s : got)
        std::printf("    %s (%s, %s%s) :: %s\n", s.name.c_str(), s.domain.c_str(), newsarchive::via_name(s.via),
                    s.credit_line ? ", credit" : "", s.evidence.empty() ? "" : s.evidence.front().c_str());
    }
    return 0;
  }

  std::vector<PageResult> results;
  for (const auto& [id, entry] : dev.items()) {
    if (!only.empty() && id.find(only) == std::string::npos) continue;
    std::string html;
    if (id.rfind("readability/", 0) == 0) html = bench::read_file(corpus + "/" + id + "/source.html");
    else html = fundus_html[id];
    PageResult r;
    r.id = id;
    r.language = string_or_empty(entry, "language");
    for (const auto& s : entry["sources"])
      r.expected.push_back({string_or_empty(s, "name"), string_or_empty(s, "domain"), s.value("credit_line", false)});
    r.got = run(html, string_or_empty(entry, "url"), dir);
    results.push_back(std::move(r));
  }

  Counts all, en, third, no_salon, no_salon_third;
  for (const auto& r : results) {
    Counts c = score(r, dir, true, nullptr, nullptr);
    Counts t = score(r, dir, false, nullptr, nullptr);
    all.add(c);
    third.add(t);
    if (r.language == "en") en.add(c);
    if (r.id != "readability/salon-1") {
      no_salon.add(c);
      no_salon_third.add(t);
    }
  }

  // The seed pages: exact match of outlet and domain.
  fs::path seeds = fs::path(corpus).parent_path() / "seeds";
  int seed_pages = 0, seed_exact = 0;
  Counts seed_counts;
  std::vector<std::string> seed_report;
  if (fs::is_directory(seeds) && only.empty()) {
    std::vector<fs::path> dirs;
    for (const auto& e : fs::directory_iterator(seeds))
      if (e.is_directory()) dirs.push_back(e.path());
    std::sort(dirs.begin(), dirs.end());
    for (const auto& d : dirs) {
      json exp = json::parse(bench::read_file((d / "expected.json").string()));
      PageResult r;
      r.id = "seed/" + d.filename().string();
      for (const auto& s : exp["sources"]) r.expected.push_back({s.value("name", ""), s.value("domain", ""), false});
      r.got = run(bench::read_file((d / "page.html").string()), exp.value("url", ""), dir);
      std::vector<std::string> fps, fns;
      Counts c = score(r, dir, true, &fps, &fns);
      // Exact: same set, and every domain as expected.
      bool domains_ok = true;
      for (const auto& s : r.got) {
        bool ok = false;
        for (const auto& e : r.expected)
          if (s.domain == e.domain) ok = true;
        domains_ok = domains_ok && ok;
      }
      bool exact = c.fp == 0 && c.fn == 0 && domains_ok;
      ++seed_pages;
      seed_exact += exact;
      seed_counts.add(c);
      std::string line = r.id + (exact ? ": exact" : ": NOT exact");
      for (const auto& f : fps) line += "\n    FP " + f;
      for (const auto& f : fns) line += "\n    FN " + f;
      seed_report.push_back(line);
    }
  }

  std::printf("Cited sources, full pipeline (extract_article on the raw page, built-in directory of %zu outlets)\n",
              dir.size());
  std::printf("%s: %zu pages\n", fs::path(annotations_file).filename().c_str(), results.size());
  print_row("all pages", all);
  print_row("English pages", en);
  print_row("without credit-line entries", third);
  print_row("without readability/salon-1", no_salon);
  print_row("without salon-1, without credits", no_salon_third);
  if (seed_pages) {
    print_row("seed pages", seed_counts);
    std::printf("seed pages exact: %d/%d\n", seed_exact, seed_pages);
    for (const auto& l : seed_report) std::printf("  %s\n", l.c_str());
  }
  if (!quiet) {
    std::printf("\nPer page (false positives, false negatives):\n");
    for (const auto& r : results) {
      std::vector<std::string> fps, fns;
      score(r, dir, true, &fps, &fns);
      if (fps.empty() && fns.empty()) continue;
      std::printf("%s\n", r.id.c_str());
      for (const auto& f : fps) std::printf("    FP %s\n", f.c_str());
      for (const auto& f : fns) std::printf("    FN %s\n", f.c_str());
    }
  }
  return 0;
}

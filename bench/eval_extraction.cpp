// Extraction quality over ../shared/corpus: body precision/recall/F1 over word 4-gram
// shingles (the article-extraction-benchmark measure), exact headlines, author sets,
// publication dates, and pages per second. Writes a per-page TSV for reading the worst.
//
// Usage: eval_extraction [--corpus DIR] [--only SUBSTRING] [--dump] [--diff] [--tsv PATH]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "corpus.hpp"
#include "newsarchive/extract.hpp"

using namespace newsarchive;

namespace {

bool is_ideograph(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}
bool is_word_cp(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7) return false;
  if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
      (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0x2190 && cp <= 0x2BFF) || cp == 0xFFFD)
    return false;
  return true;
}

// Words, lower-cased; each CJK ideograph or kana is a word of its own.
std::vector<std::string> tokenize(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_codepoint(text, i);
    if (is_ideograph(cp)) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
      std::string one;
      append_utf8(one, cp);
      out.push_back(one);
    } else if (is_word_cp(cp)) {
      if (cp < 0x80) cur.push_back(static_cast<char>(std::tolower(static_cast<int>(cp))));
      else append_utf8(cur, cp);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::set<std::string> shingles(std::string_view text) {
  auto t = tokenize(text);
  std::set<std::string> s;
  if (t.empty()) return s;
  if (t.size() < 4) {
    s.insert(join(t, " "));
    return s;
  }
  for (std::size_t i = 0; i + 4 <= t.size(); ++i) s.insert(t[i] + " " + t[i + 1] + " " + t[i + 2] + " " + t[i + 3]);
  return s;
}

struct PR {
  double p = 0, r = 0, f = 0;
};

PR score_body(std::string_view got, std::string_view expected) {
  auto g = shingles(got), e = shingles(expected);
  PR pr;
  if (g.empty() && e.empty()) return {1, 1, 1};
  if (g.empty() || e.empty()) return pr;
  std::size_t tp = 0;
  for (const auto& s : g) tp += e.count(s);
  pr.p = static_cast<double>(tp) / g.size();
  pr.r = static_cast<double>(tp) / e.size();
  pr.f = pr.p + pr.r > 0 ? 2 * pr.p * pr.r / (pr.p + pr.r) : 0;
  return pr;
}

std::string norm_ws(std::string_view s) { return collapse_whitespace(s); }

// A missed headline that differs from the expected one only by a separated part before or
// after it ("Headline | Site", "Kicker: Headline"): a site name, section, kicker or author
// that one side keeps and the other leaves out.
bool only_separated_part_differs(std::string got, std::string expected) {
  if (got.size() > expected.size()) std::swap(got, expected);
  if (got.empty() || got.size() == expected.size()) return false;
  static constexpr std::string_view kSeps[] = {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94",
                                               "\xC2\xB7", ":", "\xC2\xBB", "/"};
  auto at_edge = [](std::string_view rest, bool front) {
    rest = trim(rest);
    for (auto sep : kSeps)
      if (rest.size() >= sep.size() && rest.substr(front ? 0 : rest.size() - sep.size(), sep.size()) == sep)
        return true;
    return false;
  };
  std::string_view e(expected);
  if (e.substr(0, got.size()) == got && at_edge(e.substr(got.size()), true)) return true;
  return e.substr(e.size() - got.size()) == got && at_edge(e.substr(0, e.size() - got.size()), false);
}

std::string norm_name(std::string_view s) { return to_lower_ascii(collapse_whitespace(s)); }

bool authors_equal(const std::vector<std::string>& got, const std::vector<std::string>& expected) {
  std::set<std::string> a, b;
  for (const auto& g : got) a.insert(norm_name(g));
  for (const auto& e : expected) b.insert(norm_name(e));
  return a == b;
}

std::optional<DateTime> parse_any(std::string_view s) {
  auto d = parse_iso8601(s);
  if (!d) d = parse_date_loose(s);
  return d;
}

// 0: wrong or missing, 1: same calendar day, 2: same day and minute.
int date_match(const std::optional<std::string>& got, const std::optional<std::string>& expected) {
  if (!got || !expected) return 0;
  auto g = parse_any(*got), e = parse_any(*expected);
  if (!g || !e) return 0;
  bool day = g->year == e->year && g->month == e->month && g->day == e->day;
  // The same instant written in another zone ("17:18-08:00" and "01:18Z" next day) is the
  // same publication time.
  if (!day && g->has_time && e->has_time && g->offset_minutes && e->offset_minutes &&
      g->to_unix() / 60 == e->to_unix() / 60)
    return 2;
  if (!day) return 0;
  bool minute = false;
  if (g->has_time && e->has_time) {
    if (g->offset_minutes && e->offset_minutes)
      minute = (g->to_unix() / 60) == (e->to_unix() / 60);
    else
      minute = g->hour == e->hour && g->minute == e->minute;
  }
  return minute ? 2 : 1;
}

std::string tsv_field(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 300)) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  return out;
}

struct Totals {
  int pages = 0;
  double p = 0, r = 0, f = 0;
  int headline_ok = 0, headline_n = 0, headline_part = 0;
  int authors_ok = 0, authors_n = 0;
  int day_ok = 0, minute_ok = 0, date_n = 0;
  double seconds = 0;
  int timed_pages = 0;
};

void print(const char* name, const Totals& t, const char* note) {
  auto pct = [](int a, int n) { return n ? 100.0 * a / n : 0.0; };
  double P = t.pages ? t.p / t.pages : 0, R = t.pages ? t.r / t.pages : 0;
  double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
  std::printf("%s (%d pages%s)\n", name, t.pages, note);
  std::printf("  body      P %.3f  R %.3f  F1 %.3f  (mean per-page F1 %.3f)\n", P, R, F, t.pages ? t.f / t.pages : 0);
  std::printf("  headline  exact %.1f%% of %d", pct(t.headline_ok, t.headline_n), t.headline_n);
  if (t.headline_part)
    std::printf(" (%d of the %d misses differ only by a \"| Site\" or \"Kicker:\" part)",
                t.headline_part, t.headline_n - t.headline_ok);
  std::printf("\n");
  if (t.authors_n) std::printf("  authors   exact set %.1f%% of %d\n", pct(t.authors_ok, t.authors_n), t.authors_n);
  if (t.date_n)
    std::printf("  published same day %.1f%%, same minute %.1f%% of %d\n", pct(t.day_ok, t.date_n),
                pct(t.minute_ok, t.date_n), t.date_n);
  std::printf("  speed     %.1f pages/s (%d pages, %.2f s extraction only)\n",
              t.seconds > 0 ? t.timed_pages / t.seconds : 0, t.timed_pages, t.seconds);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus_dir = bench::default_corpus_dir();
  std::string only;
  std::string tsv_path = std::string(NEWSARCHIVE_SOURCE_DIR) + "/bench/out/extraction-pages.tsv";
  bool dump = false;
  bool diff = false;  // paragraphs only in the output (+) or only in the expectation (-)
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) corpus_dir = argv[++i];
    else if (a == "--only" && i + 1 < argc) only = argv[++i];
    else if (a == "--tsv" && i + 1 < argc) tsv_path = argv[++i];
    else if (a == "--dump") dump = true;
    else if (a == "--diff") diff = true;
    else {
      std::fprintf(stderr, "usage: eval_extraction [--corpus DIR] [--only SUBSTRING] [--dump] [--diff] [--tsv PATH]\n");
      return 2;
    }
  }
  if (corpus_dir.empty()) {
    std::fprintf(stderr, "eval_extraction: no corpus (../shared/corpus or $NEWSARCHIVE_CORPUS)\n");
    return 1;
  }
  std::filesystem::create_directories(std::filesystem::path(tsv_path).parent_path());
  std::ofstream tsv(tsv_path);
  tsv << "page\treaderable\tP\tR\tF1\theadline_ok\tauthors_ok\tdate_ok\texpected_headline\tgot_headline\t"
         "expected_authors\tgot_authors\texpected_date\tgot_date\n";
  for (const char* corpus : {"fundus", "readability"}) {
    std::vector<bench::CorpusPage> pages = std::string(corpus) == "fundus" ? bench::load_fundus(corpus_dir)
                                                                           : bench::load_readability(corpus_dir);
    Totals t;
    for (const auto& page : pages) {
      if (!only.empty() && page.id.find(only) == std::string::npos) continue;
      Page in;
      in.body = page.html;
      in.content_type = "text/html";
      in.url = page.url;
      auto t0 = std::chrono::steady_clock::now();
      Article a = extract_article(in);
      auto t1 = std::chrono::steady_clock::now();
      t.seconds += std::chrono::duration<double>(t1 - t0).count();
      ++t.timed_pages;
      PR pr = score_body(a.body, page.body);
      bool counted = page.readerable;
      int hl = -1, au = -1, dt = -1;
      if (counted) {
        ++t.pages;
        t.p += pr.p;
        t.r += pr.r;
        t.f += pr.f;
        if (page.title) {
          ++t.headline_n;
          // An empty expected title means the page has none: no headline matches it.
          hl = norm_ws(a.headline.value_or("")) == norm_ws(*page.title);
          t.headline_ok += hl;
          if (!hl)
            t.headline_part += only_separated_part_differs(norm_ws(a.headline.value_or("")), norm_ws(*page.title));
        }
        if (page.authors_known) {
          ++t.authors_n;
          au = authors_equal(a.authors, page.authors);
          t.authors_ok += au;
        }
        if (page.published) {
          ++t.date_n;
          dt = date_match(a.published, page.published);
          t.day_ok += dt >= 1;
          t.minute_ok += dt == 2;
        }
      }
      tsv << page.id << '\t' << page.readerable << '\t' << pr.p << '\t' << pr.r << '\t' << pr.f << '\t' << hl << '\t'
          << au << '\t' << dt << '\t' << tsv_field(page.title.value_or("")) << '\t'
          << tsv_field(a.headline.value_or("")) << '\t' << tsv_field(join(page.authors, "; ")) << '\t'
          << tsv_field(join(a.authors, "; ")) << '\t' << tsv_field(page.published.value_or("")) << '\t'
          << tsv_field(a.published.value_or("")) << '\n';
      if (diff) {
        std::printf("=== %s  P %.3f R %.3f\n", page.id.c_str(), pr.p, pr.r);
        auto paras = [](const std::string& body) {
          std::vector<std::string> out;
          std::size_t start = 0;
          while (start <= body.size()) {
            std::size_t end = body.find("\n\n", start);
            if (end == std::string::npos) end = body.size();
            if (end > start) out.push_back(body.substr(start, end - start));
            start = end + 2;
          }
          return out;
        };
        for (const auto& p : paras(a.body))
          if (page.body.find(p.substr(0, 60)) == std::string::npos) std::printf("+ %s\n", p.substr(0, 160).c_str());
        for (const auto& p : paras(page.body))
          if (a.body.find(p.substr(0, 60)) == std::string::npos) std::printf("- %s\n", p.substr(0, 160).c_str());
      }
      if (dump) {
        std::printf("=== %s  P %.3f R %.3f\n--- headline: %s | expected: %s\n--- authors: %s | expected: %s\n"
                    "--- published: %s | expected: %s\n--- language: %s  site: %s\n--- GOT BODY:\n%s\n--- EXPECTED BODY:\n%s\n",
                    page.id.c_str(), pr.p, pr.r, a.headline.value_or("-").c_str(), page.title.value_or("-").c_str(),
                    join(a.authors, "; ").c_str(), join(page.authors, "; ").c_str(), a.published.value_or("-").c_str(),
                    page.published.value_or("-").c_str(), a.language.value_or("-").c_str(),
                    a.site_name.value_or("-").c_str(), a.body.c_str(), page.body.c_str());
      }
    }
    std::string note = std::string(corpus) == "readability"
                           ? ", readerable only; " + std::to_string(t.timed_pages - t.pages) + " non-readerable left out"
                           : "";
    print(corpus, t, note.c_str());
  }
  std::printf("per-page table: %s\n", tsv_path.c_str());
  return 0;
}

// Builds the static site benchmark 2 (bench/bench-pipeline) serves from nginx: N
// article pages copied round-robin from ../shared/corpus (fundus + readability,
// decompressed), each at its own path with its <link rel=canonical> and og:url
// rewritten to that path, so N pages stay N distinct articles; plus sitemap.xml,
// robots.txt (allow all), a URL list and a curl config that downloads every page.
//
//   bench_site --out DIR --base http://127.0.0.1:PORT [--pages N] [--corpus DIR]
//
// Writes DIR/site/{robots.txt,sitemap.xml,a/NNNNN-slug.html}, DIR/urls.txt and
// DIR/curl.cfg (downloads into DIR/curl/). Prints the page count and bytes.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "corpus.hpp"

namespace fs = std::filesystem;

namespace {

std::string slug_of(const std::string& id) {
  std::string s;
  for (char c : id) s.push_back(std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '-');
  if (s.size() > 40) s.resize(40);
  return s;
}

void write_file(const fs::path& path, const std::string& data) {
  std::ofstream f(path, std::ios::binary);
  f.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!f) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_dir, base, corpus = bench::default_corpus_dir();
  int count = 5000;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--out") out_dir = value();
    else if (a == "--base") base = value();
    else if (a == "--pages") count = std::stoi(value());
    else if (a == "--corpus") corpus = value();
    else {
      std::fprintf(stderr, "usage: %s --out DIR --base URL [--pages N] [--corpus DIR]\n", argv[0]);
      return 2;
    }
  }
  if (out_dir.empty() || base.empty() || corpus.empty() || count <= 0) {
    std::fprintf(stderr, "bench_site: --out and --base are required, and ../shared/corpus must exist\n");
    return 2;
  }
  std::vector<bench::CorpusPage> pages = bench::load_fundus(corpus);
  for (auto& p : bench::load_readability(corpus)) pages.push_back(std::move(p));
  if (pages.empty()) {
    std::fprintf(stderr, "bench_site: no pages in %s\n", corpus.c_str());
    return 2;
  }
  fs::path root(out_dir);
  fs::remove_all(root / "site");
  fs::remove_all(root / "curl");
  fs::create_directories(root / "site" / "a");
  fs::create_directories(root / "curl");

  std::string sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  std::string urls, curl_cfg;
  std::size_t bytes = 0;
  for (int n = 0; n < count; ++n) {
    const bench::CorpusPage& p = pages[static_cast<std::size_t>(n) % pages.size()];
    char name[32];
    std::snprintf(name, sizeof name, "%05d", n);
    std::string file = std::string(name) + "-" + slug_of(p.id) + ".html";
    std::string url = base + "/a/" + file;
    std::string html = bench::rewrite_identity(p.html, url);
    bytes += html.size();
    write_file(root / "site" / "a" / file, html);
    sitemap += "<url><loc>" + url + "</loc></url>\n";
    urls += url + "\n";
    curl_cfg += "url = \"" + url + "\"\noutput = \"" + (root / "curl" / file).string() + "\"\n";
  }
  sitemap += "</urlset>\n";
  write_file(root / "site" / "sitemap.xml", sitemap);
  write_file(root / "site" / "robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + base + "/sitemap.xml\n");
  write_file(root / "urls.txt", urls);
  write_file(root / "curl.cfg", curl_cfg);
  std::printf("%d pages, %zu bytes of HTML, from %zu corpus pages\n", count, bytes, pages.size());
  return 0;
}

#pragma once
// Loads the development corpora in ../shared/corpus (read in place, never copied
// into the repo): readability test pages and fundus news pages with their expected
// extraction.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

struct CorpusPage {
  std::string corpus;  // "readability" or "fundus"
  std::string id;      // key as in sources-dev.json: "readability/cnn", "fundus/uk/X_2024_01_01.html.gz"
  std::string url;     // page URL (fundus: as crawled; readability: the test harness URL)
  std::string html;    // raw page bytes, decompressed

  std::optional<std::string> title;
  bool authors_known = false;          // fundus: authors field present
  std::vector<std::string> authors;    // fundus: expected author names
  std::optional<std::string> byline;   // readability: raw byline string
  std::optional<std::string> published;  // as given (ISO-like)
  std::vector<std::string> paragraphs;   // expected body, in order
  std::string body;                      // paragraphs joined by "\n\n"
  std::optional<std::string> language;
  bool readerable = true;              // readability: expected isProbablyReaderable()
};

// ../shared/corpus next to the repository, or $NEWSARCHIVE_CORPUS; "" when absent.
std::string default_corpus_dir();

std::vector<CorpusPage> load_readability(const std::string& corpus_dir);
std::vector<CorpusPage> load_fundus(const std::string& corpus_dir);

std::string read_file(const std::string& path);
std::string gunzip(std::string_view data);
// Text of an HTML fragment: tags dropped, block elements split into paragraphs,
// the few entities serialisers emit decoded.
std::vector<std::string> html_paragraphs(std::string_view html);

// The page with every <link rel=canonical> and og:url tag replaced by ones naming
// `url` (a page that had none gets them after <head>), so copies of one corpus page
// at different URLs stay different articles.
std::string rewrite_identity(const std::string& html, const std::string& url);

}  // namespace bench

#pragma once
// The parsed article: what extraction produces, what the archive stores and what
// `--json`, `extract` and `export` print. Missing values stay empty (null in JSON).
#include <optional>
#include <string>
#include <vector>

namespace newsarchive {

// A link found inside the article body, made absolute.
struct Link {
  std::string url;
  std::string text;
};

// How a cited outlet is evidenced in the body.
enum class Via { link, text, both };

const char* via_name(Via via);

// One cited outlet of an article, merged over all its mentions and links.
struct Source {
  std::string name;                   // the directory's canonical name, else derived
  std::string domain;                 // registrable domain of the outlet's main site
  std::vector<std::string> urls;      // body links that point at it
  Via via = Via::text;
  int mentions = 0;                   // text cues plus links
  std::vector<std::string> evidence;  // the sentence(s) that cite it
  bool credit_line = false;           // credited as author/supplier ("(AP) —", "Von dpa")
};

struct Article {
  std::string url;        // the URL that was asked for
  std::string final_url;  // after redirects
  std::optional<std::string> canonical_url;
  std::optional<std::string> site_name;
  std::optional<std::string> headline;
  std::vector<std::string> authors;
  std::optional<std::string> published;  // ISO 8601, offset when known
  std::optional<std::string> modified;
  std::optional<std::string> language;   // BCP 47 primary tag, e.g. "en"
  std::optional<std::string> description;
  std::string body;  // plain text, paragraphs separated by a blank line
  std::vector<Link> links;
  std::vector<Source> sources;
  // The page says it is not there ("Page not found" as its title or heading) and states no
  // publication time: a soft 404, see is_error_page().
  bool not_found = false;
  // What the page's metadata calls it. story: a JSON-LD Article (or blog or live-blog
  // posting), og:type "article", or a page-level publication time (JSON-LD,
  // article:published_time). listing: anything else it states, og:type "website", a
  // JSON-LD CollectionPage. Not written out; the crawl reads it.
  enum class Declared { unstated, story, listing };
  Declared declared = Declared::unstated;
};

}  // namespace newsarchive

#pragma once
// How articles look on stdout: the JSON field contract (`--json`, extract, export)
// and the human-readable forms of show, list and search.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/archive.hpp"
#include "newsarchive/article.hpp"

namespace newsarchive::cli {

using Json = nlohmann::ordered_json;

// url, final_url, canonical_url, site_name, headline, authors, published, modified,
// language, description, body, links, sources; missing values are null.
Json article_json(const Article& article);
// article_json plus id, requested_url, site, first_seen, last_fetched, last_changed,
// revisions; `url` is StoredArticle::url (as summary_json's), `requested_url` article.url.
Json stored_json(const StoredArticle& stored);
Json summary_json(const ArticleSummary& summary);

// One JSON document per line, compact, UTF-8 kept as is; invalid UTF-8 replaced.
std::string json_line(const Json& j);

void print_article(std::ostream& out, const StoredArticle& stored);
// "#12  2016-12-19  site.example  Headline"
void print_summary(std::ostream& out, const ArticleSummary& summary);
// `text` as typed input may hold it (a line of a URL list): control bytes, DEL and, in
// text that is not UTF-8, every byte >= 0x80 percent-encoded, so no escape sequence
// reaches the terminal.
std::string terminal_safe(std::string_view text);

// Listings ask the archive for one row more than `limit`: when it came, it is dropped
// and stderr says that more match (`how` names the option that shows them; not under
// --quiet), so a full page of rows is never mistaken for all there is.
void note_more_rows(int limit, std::string_view how);
template <class Row>
void keep_limit(std::vector<Row>& rows, int limit, std::string_view how, bool quiet) {
  if (limit < 0 || rows.size() <= static_cast<std::size_t>(limit)) return;
  rows.resize(static_cast<std::size_t>(limit));
  if (!quiet) note_more_rows(limit, how);
}

}  // namespace newsarchive::cli

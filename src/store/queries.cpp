// Reading the archive: articles, listings, full-text search, history, raw pages.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

#include "core/text.hpp"
#include "store/impl.hpp"
#include "store/keys.hpp"
#include "store/search.hpp"
#include "store/snippet.hpp"

namespace newsarchive {

namespace store {

namespace {

using json = nlohmann::json;

// Articles are read in chunks so a callback may use the archive (even write to it)
// while an iteration is under way: no statement stays open across a callback.
constexpr int kChunk = 256;
constexpr int kRawChunk = 32;  // raw pages are large once decompressed

// Said after FTS5's own message when a search does not parse.
constexpr const char* kSearchSyntaxHint =
    " (close every \" and parenthesis; put text to find as written in double quotes, e.g. \"covid-19 (update)\")";

// [[name, value], ...] as json_pair_array() writes it (a page's headers).
std::vector<std::pair<std::string, std::string>> pairs_from_json(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  json j = json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const json& item : j)
    if (item.is_array() && item.size() == 2 && item[0].is_string() && item[1].is_string())
      out.emplace_back(item[0].get<std::string>(), item[1].get<std::string>());
  return out;
}

std::vector<std::string> strings_from_json(const std::string& text) {
  std::vector<std::string> out;
  json j = json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const json& item : j)
    if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

Via via_from(const std::string& name) {
  if (name == "link") return Via::link;
  if (name == "both") return Via::both;
  return Via::text;
}

constexpr const char* kArticleById =
    "SELECT id, url, site, requested_url, final_url, canonical_url, site_name, headline, published, modified, "
    "language, description, body, first_seen, last_fetched, last_changed, revisions, page_id FROM articles WHERE id = ?1";
constexpr const char* kArticlesAfter =
    "SELECT id, url, site, requested_url, final_url, canonical_url, site_name, headline, published, modified, "
    "language, description, body, first_seen, last_fetched, last_changed, revisions, page_id FROM articles "
    "WHERE id > ?1 ORDER BY id LIMIT ?2";

// Reads a row of kArticleById / kArticlesAfter.
StoredArticle read_article(const Statement& q) {
  StoredArticle s;
  s.id = q.int64(0);
  s.url = q.text(1);
  s.site = q.text(2);
  Article& a = s.article;
  a.url = q.text(3);
  a.final_url = q.text(4);
  a.canonical_url = q.opt_text(5);
  a.site_name = q.opt_text(6);
  a.headline = q.opt_text(7);
  a.published = q.opt_text(8);
  a.modified = q.opt_text(9);
  a.language = q.opt_text(10);
  a.description = q.opt_text(11);
  a.body = q.text(12);
  s.first_seen = q.text(13);
  s.last_fetched = q.text(14);
  s.last_changed = q.text(15);
  s.revisions = q.integer(16);
  s.page_id = q.int64(17);  // 0 for NULL
  return s;
}

void read_children(Connection& db, std::int64_t id, Article& a) {
  a.authors = read_authors(db, id);
  {
    Statement q(db, "SELECT url, text FROM links WHERE article_id = ?1 ORDER BY position", "reading links");
    q.bind(1, id);
    while (q.step()) a.links.push_back(Link{q.text(0), q.text(1)});
  }
  Statement q(db,
              "SELECT name, domain, via, mentions, credit_line, urls, evidence FROM sources "
              "WHERE article_id = ?1 ORDER BY position",
              "reading cited sources");
  q.bind(1, id);
  while (q.step()) {
    Source s;
    s.name = q.text(0);
    s.domain = q.text(1);
    s.via = via_from(q.text(2));
    s.mentions = q.integer(3);
    s.credit_line = q.integer(4) != 0;
    s.urls = strings_from_json(q.text(5));
    s.evidence = strings_from_json(q.text(6));
    a.sources.push_back(std::move(s));
  }
}

std::int64_t article_id_of(Connection& db, std::string_view url) {
  Statement q(db, "SELECT article_id FROM article_urls WHERE url = ?1", "looking up an article URL");
  q.bind(1, url_key(url));
  return q.step() ? q.int64(0) : 0;
}

std::vector<ArticleSummary> read_summaries(Statement& q) {
  std::vector<ArticleSummary> out;
  while (q.step()) out.push_back(read_summary(q));
  return out;
}

}  // namespace

std::vector<std::string> read_authors(Connection& db, std::int64_t article_id) {
  std::vector<std::string> names;
  Statement q(db, "SELECT name FROM authors WHERE article_id = ?1 ORDER BY position", "reading authors");
  q.bind(1, article_id);
  while (q.step()) names.push_back(q.text(0));
  return names;
}

ArticleSummary read_summary(const Statement& q, int first) {
  ArticleSummary s;
  s.id = q.int64(first);
  s.url = q.text(first + 1);
  s.site = q.text(first + 2);
  s.headline = q.opt_text(first + 3);
  s.published = q.opt_text(first + 4);
  s.last_fetched = q.text(first + 5);
  return s;
}

}  // namespace store

using store::Statement;

std::optional<StoredArticle> Archive::article(std::int64_t id) const {
  std::optional<StoredArticle> out;
  {
    Statement q(impl_->db, store::kArticleById, "reading an article");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    out = store::read_article(q);
  }
  store::read_children(impl_->db, id, out->article);
  return out;
}

std::optional<StoredArticle> Archive::article_by_url(std::string_view url) const {
  std::int64_t id = store::article_id_of(impl_->db, url);
  if (!id) return std::nullopt;
  return article(id);
}

std::vector<ArticleSummary> Archive::list(const ListQuery& query) const {
  if (query.author) {
    // Names and the query are compared as the search index folds words ("muller"
    // finds "Jane MÜLLER"), as a run of whole words or their beginnings.
    Statement q(impl_->db,
                "SELECT a.id, a.url, a.site, a.headline, a.published, a.last_fetched FROM articles a "
                "WHERE (?2 IS NULL OR a.site = ?2) AND fold_words(?1) <> '' AND EXISTS (SELECT 1 FROM authors w "
                "WHERE w.article_id = a.id AND ' ' || fold_words(w.name) LIKE '% ' || fold_words(?1) || '%') "
                "ORDER BY a.dated DESC, a.id DESC LIMIT ?3 OFFSET ?4",
                "listing articles by author");
    std::optional<std::string> site;
    if (query.site) site = store::site_key(*query.site);
    q.bind(1, *query.author).bind(2, site).bind(3, query.limit).bind(4, query.offset);
    return store::read_summaries(q);
  }
  if (query.site) {
    Statement q(impl_->db,
                "SELECT a.id, a.url, a.site, a.headline, a.published, a.last_fetched FROM articles a "
                "WHERE a.site = ?1 ORDER BY a.dated DESC, a.id DESC LIMIT ?2 OFFSET ?3",
                "listing articles");
    q.bind(1, store::site_key(*query.site)).bind(2, query.limit).bind(3, query.offset);
    return store::read_summaries(q);
  }
  Statement q(impl_->db,
              "SELECT a.id, a.url, a.site, a.headline, a.published, a.last_fetched FROM articles a "
              "ORDER BY a.dated DESC, a.id DESC LIMIT ?1 OFFSET ?2",
              "listing articles");
  q.bind(1, query.limit).bind(2, query.offset);
  return store::read_summaries(q);
}

// A long body's snippet (FTS5's would crawl, see store/snippet.hpp): a window around the
// body's first match, else FTS5's of the headline or byline, which are short.
namespace {
std::string long_snippet(store::Connection& db, std::int64_t id, const std::string& match, std::string_view query) {
  Statement b(db, "SELECT body FROM articles WHERE id = ?1", "searching");
  b.bind(1, id);
  if (b.step())
    if (auto s = store::long_body_snippet(db, b.text(0), query)) return *s;
  auto fts_snippet = [&](int column) {
    Statement q(db,
                "SELECT snippet(articles_fts, ?3, '[', ']', '…', 24) FROM articles_fts "
                "WHERE articles_fts MATCH ?1 AND rowid = ?2",
                "searching");
    q.bind(1, match).bind(2, id).bind(3, column);
    return q.step() ? q.text(0) : std::string();
  };
  std::string shown = fts_snippet(0);
  return shown.find('[') != std::string::npos ? shown : fts_snippet(2);
}
}  // namespace

std::vector<SearchHit> Archive::search(std::string_view query, int limit) const {
  std::vector<SearchHit> out;
  const std::string match = store::fts_match_expression(query);
  try {
    // bm25 reads the positions of every match, so ranking a word that nearly every
    // article holds costs a pass over the whole index. Past kRankWindow matches, only
    // the most recently archived kRankWindow are ranked: finding where that window
    // starts walks rowids alone, which is cheap.
    constexpr int kRankWindow = 5000;
    std::int64_t floor = 0;
    {
      Statement w(impl_->db,
                  "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2",
                  "searching");
      w.bind(1, match).bind(2, kRankWindow - 1);
      if (w.step()) floor = w.int64(0);
    }
    // The FTS table orders by its configured rank (bm25, headline weighted) and stops
    // at the limit, so snippets are made for the returned rows only: by FTS5, unless the
    // body is long (NULL here). A query held to the headline or byline matches nothing in
    // the body, so FTS5's snippet stays quick there.
    bool other_column = query.find("headline:") != std::string_view::npos ||
                        query.find("authors:") != std::string_view::npos || query.find('{') != std::string_view::npos;
    Statement q(impl_->db,
                "SELECT a.id, a.url, a.site, a.headline, a.published, a.last_fetched, f.snip, f.rank "
                "FROM (SELECT rowid AS id, rank, CASE WHEN ?4 OR length(body) <= ?5 "
                "      THEN snippet(articles_fts, -1, '[', ']', '…', 24) END AS snip "
                "      FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid >= ?3 ORDER BY rank LIMIT ?2) AS f "
                "JOIN articles a ON a.id = f.id ORDER BY f.rank",
                "searching");
    q.bind(1, match).bind(2, limit).bind(3, floor).bind(4, other_column ? 1 : 0);
    q.bind(5, static_cast<std::int64_t>(store::kLongBody));
    while (q.step()) {
      SearchHit hit;
      hit.article = store::read_summary(q);
      hit.rank = -q.real(7);
      hit.snippet = q.is_null(6) ? long_snippet(impl_->db, hit.article.id, match, query) : q.text(6);
      out.push_back(std::move(hit));
    }
  } catch (const ArchiveError& e) {
    if (e.kind() != ArchiveError::Kind::other) throw;
    std::string shown(query);
    for (char& c : shown)
      if (c == '\n' || c == '\r') c = ' ';
    throw ArchiveError(ArchiveError::Kind::query, "archive " + impl_->db.path() + ": invalid search query '" +
                                                      shown + "': " + sqlite3_errmsg(impl_->db.get()) +
                                                      store::kSearchSyntaxHint);
  }
  return out;
}

std::int64_t Archive::count_matches(std::string_view query) const {
  try {
    Statement q(impl_->db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1", "counting matches");
    q.bind(1, store::fts_match_expression(query));
    return q.step() ? q.int64(0) : 0;
  } catch (const ArchiveError& e) {
    if (e.kind() != ArchiveError::Kind::other) throw;
    throw ArchiveError(ArchiveError::Kind::query, "archive " + impl_->db.path() + ": invalid search query: " +
                                                      sqlite3_errmsg(impl_->db.get()) + store::kSearchSyntaxHint);
  }
}

void Archive::for_each_article(const std::function<void(const StoredArticle&)>& fn) const {
  std::int64_t after = 0;
  for (;;) {
    std::vector<StoredArticle> chunk;
    {
      Statement q(impl_->db, store::kArticlesAfter, "reading articles");
      q.bind(1, after).bind(2, store::kChunk);
      while (q.step()) chunk.push_back(store::read_article(q));
    }
    if (chunk.empty()) return;
    for (StoredArticle& s : chunk) store::read_children(impl_->db, s.id, s.article);
    after = chunk.back().id;
    for (const StoredArticle& s : chunk) fn(s);
  }
}

std::int64_t Archive::article_count() const {
  Statement q(impl_->db, "SELECT count(*) FROM articles", "counting articles");
  return q.step() ? q.int64(0) : 0;
}

std::optional<KnownUrl> Archive::known_url(std::string_view url) const {
  Statement q(impl_->db,
              "SELECT a.id, a.etag, a.last_modified, a.published, a.dated, a.last_fetched FROM article_urls u "
              "JOIN articles a ON a.id = u.article_id WHERE u.url = ?1",
              "looking up a known URL");
  q.bind(1, store::url_key(url));
  if (!q.step()) return std::nullopt;
  return KnownUrl{q.int64(0), q.text(1), q.text(2), q.opt_text(3), q.text(4), q.text(5)};
}

std::vector<Revision> Archive::revisions(std::int64_t article_id) const {
  Statement q(impl_->db,
              "SELECT r.id, r.number, r.fetched_at, r.headline, coalesce(r.body, a.body), r.authors, r.published "
              "FROM revisions r JOIN articles a ON a.id = r.article_id WHERE r.article_id = ?1 ORDER BY r.number",
              "reading revisions");
  q.bind(1, article_id);
  std::vector<Revision> out;
  while (q.step())
    out.push_back(Revision{q.int64(0), q.integer(1), q.text(2), q.opt_text(3), q.text(4),
                           store::strings_from_json(q.text(5)), q.opt_text(6)});
  return out;
}

std::optional<Archive::RawPage> Archive::raw_page(std::int64_t article_id) const {
  Statement q(impl_->db,
              "SELECT p.id, p.url, p.content_type, p.raw_zstd FROM articles a JOIN pages p ON p.id = a.page_id "
              "WHERE a.id = ?1",
              "reading a raw page");
  q.bind(1, article_id);
  if (!q.step()) return std::nullopt;
  return RawPage{q.int64(0), q.text(1), q.text(2), decompress_raw(q.blob(3)), {}, {}};
}

void Archive::for_each_raw_page(const std::function<void(std::int64_t, RawPage&&)>& fn) const {
  for_each_raw_page(RawPageFilter{}, fn);
}

void Archive::for_each_raw_page(const RawPageFilter& filter,
                                const std::function<void(std::int64_t, RawPage&&)>& fn) const {
  std::optional<std::string> site;
  if (filter.site) site = store::site_key(*filter.site);
  std::int64_t after = 0;
  for (;;) {
    std::vector<std::pair<std::int64_t, RawPage>> chunk;
    {
      Statement q(impl_->db,
                  "SELECT a.id, p.id, p.url, p.content_type, p.raw_zstd, f.requested_url FROM articles a "
                  "JOIN pages p ON p.id = a.page_id LEFT JOIN fetches f ON f.id = p.fetch_id "
                  "WHERE a.id > ?1 AND (?3 IS NULL OR a.site = ?3) AND (?4 IS NULL OR a.dated >= ?4) "
                  "ORDER BY a.id LIMIT ?2",
                  "reading raw pages");
      q.bind(1, after).bind(2, store::kRawChunk).bind(3, site).bind(4, filter.since);
      while (q.step()) {
        after = q.int64(0);
        RawPage page{q.int64(1), q.text(2), q.text(3), {}, q.text(5), {}};
        try {
          page.body = decompress_raw(q.blob(4));
        } catch (const ArchiveError& e) {
          if (e.kind() != ArchiveError::Kind::corrupt) throw;
          page.error = e.what();
        }
        chunk.emplace_back(after, std::move(page));
      }
    }
    if (chunk.empty()) return;
    for (auto& [id, page] : chunk) fn(id, std::move(page));
  }
}

void Archive::for_each_page(const std::function<void(ArchivedPage&&)>& fn) const {
  std::int64_t after = 0;
  for (;;) {
    std::vector<ArchivedPage> chunk;
    {
      Statement q(impl_->db,
                  "SELECT p.id, f.article_id, f.started_at, p.url, f.status, f.http_version, p.headers, p.raw_zstd "
                  "FROM pages p JOIN fetches f ON f.id = p.fetch_id WHERE p.id > ?1 ORDER BY p.id LIMIT ?2",
                  "reading raw pages");
      q.bind(1, after).bind(2, store::kRawChunk);
      while (q.step()) {
        ArchivedPage page;
        page.id = after = q.int64(0);
        page.article_id = q.int64(1);  // 0 for NULL
        page.fetched_at = q.text(2);
        page.url = q.text(3);
        page.status = static_cast<long>(q.int64(4));
        page.http_version = q.text(5);
        page.headers = store::pairs_from_json(q.text(6));
        try {
          page.body = decompress_raw(q.blob(7));
        } catch (const ArchiveError& e) {
          if (e.kind() != ArchiveError::Kind::corrupt) throw;
          page.error = e.what();
        }
        chunk.push_back(std::move(page));
      }
    }
    if (chunk.empty()) return;
    for (ArchivedPage& page : chunk) fn(std::move(page));
  }
}

}  // namespace newsarchive

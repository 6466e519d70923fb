// Saving page records: the fetch attempt, the raw page, and the article with its
// revisions, aliases and children. Runs inside the caller's transaction.
#include "store/writer.hpp"

#include <algorithm>
#include <array>

#include "core/json_text.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "newsarchive/url.hpp"
#include "store/identity.hpp"
#include "store/impl.hpp"
#include "store/keys.hpp"

namespace newsarchive::store {

namespace {

// articles.links: [[url, text], ...] in page order. One column rather than a row per
// link (ten per article): the rows were a tenth of what saving an article cost.
std::string links_json(const std::vector<Link>& links) {
  return json_pair_array(links, [](const Link& l) { return std::pair<std::string_view, std::string_view>(l.url, l.text); });
}

std::int64_t insert_fetch(Connection& db, const PageRecord& rec, const std::string& started_at,
                          const SaveResult& r) {
  const FetchResult& f = rec.fetch;
  Statement q(db,
              "INSERT INTO fetches(run_id, started_at, requested_url, final_url, status, error, error_message, "
              "content_type, etag, last_modified, http_version, redirects, wire_bytes, body_bytes, dns_ms, "
              "connect_ms, tls_ms, ttfb_ms, total_ms, retry_after_s, outcome, parse_error, article_id) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
              "?21, ?22, ?23)",
              "recording a fetch attempt");
  q.bind(1, rec.run_id).bind(2, started_at).bind(3, f.url).bind_nonempty(4, f.final_url);
  q.bind(5, static_cast<std::int64_t>(f.status)).bind(6, std::string_view(fetch_error_name(f.error)));
  q.bind_nonempty(7, f.error_message).bind_nonempty(8, f.content_type).bind_nonempty(9, f.etag);
  q.bind_nonempty(10, f.last_modified).bind_nonempty(11, f.http_version).bind(12, f.redirects);
  q.bind(13, f.wire_bytes).bind(14, static_cast<std::int64_t>(f.body.size()));
  q.bind(15, f.timings.dns_ms).bind(16, f.timings.connect_ms).bind(17, f.timings.tls_ms);
  q.bind(18, f.timings.ttfb_ms).bind(19, f.timings.total_ms);
  if (f.retry_after_s) q.bind(20, *f.retry_after_s);
  q.bind(21, std::string_view(save_status_name(r.status))).bind_nonempty(22, rec.parse_error);
  q.bind_id(23, r.article_id);
  q.run();
  return sqlite3_last_insert_rowid(db.get());
}

std::int64_t insert_page(Connection& db, const PageRecord& rec, std::int64_t fetch_id) {
  const FetchResult& f = rec.fetch;
  Statement q(db,
              "INSERT INTO pages(fetch_id, url, content_type, charset, headers, raw_size, raw_zstd) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
              "storing a raw page");
  q.bind(1, fetch_id).bind(2, f.final_url.empty() ? f.url : f.final_url).bind_nonempty(3, f.content_type);
  q.bind_nonempty(4, rec.charset).bind(5, json_pair_array(f.headers));
  q.bind(6, static_cast<std::int64_t>(f.body.size()));
  q.bind_blob(7, rec.raw_zstd);
  q.run();
  return sqlite3_last_insert_rowid(db.get());
}

struct Visit {
  std::string fetched_at;
  std::int64_t page_id = 0;
  const FetchResult* fetch = nullptr;
};

std::int64_t insert_article(Connection& db, const std::string& identity, const Article& a, const std::string& hash,
                            const Visit& v) {
  Statement q(db,
              "INSERT INTO articles(url, site, requested_url, final_url, canonical_url, site_name, headline, "
              "published, modified, language, description, body, dated, first_seen, last_fetched, last_changed, "
              "etag, last_modified, page_id, content_hash, revisions, links) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?14, ?15, ?16, ?17, ?18, 1, ?19)",
              "adding an article");
  const FetchResult& f = *v.fetch;
  std::string site = url_host(identity);
  q.bind(1, identity).bind(2, site.empty() ? url_host(f.final_url) : site);
  q.bind(3, a.url.empty() ? f.url : a.url).bind(4, a.final_url.empty() ? f.final_url : a.final_url);
  q.bind(5, a.canonical_url).bind(6, a.site_name).bind(7, a.headline).bind(8, a.published);
  q.bind(9, a.modified).bind(10, a.language).bind(11, a.description).bind(12, a.body);
  q.bind(13, dated_key(a.published, v.fetched_at)).bind(14, v.fetched_at);
  q.bind_nonempty(15, f.etag).bind_nonempty(16, f.last_modified).bind_id(17, v.page_id).bind(18, hash);
  q.bind(19, links_json(a.links));
  q.run();
  return sqlite3_last_insert_rowid(db.get());
}

void update_article(Connection& db, std::int64_t id, const Known& known, const Article& a, const std::string& hash,
                    const Visit& v) {
  Statement q(db,
              "UPDATE articles SET requested_url = ?2, final_url = ?3, canonical_url = ?4, site_name = ?5, "
              "headline = ?6, published = ?7, modified = ?8, language = ?9, description = ?10, body = ?11, "
              "dated = ?12, last_fetched = ?13, last_changed = ?13, etag = ?14, last_modified = ?15, "
              "page_id = coalesce(?16, page_id), content_hash = ?17, revisions = ?18, links = ?19 WHERE id = ?1",
              "updating a changed article");
  const FetchResult& f = *v.fetch;
  q.bind(1, id).bind(2, a.url.empty() ? f.url : a.url).bind(3, a.final_url.empty() ? f.final_url : a.final_url);
  q.bind(4, a.canonical_url).bind(5, a.site_name).bind(6, a.headline).bind(7, a.published);
  q.bind(8, a.modified).bind(9, a.language).bind(10, a.description).bind(11, a.body);
  q.bind(12, dated_key(a.published, known.first_seen)).bind(13, v.fetched_at);
  q.bind_nonempty(14, f.etag).bind_nonempty(15, f.last_modified).bind_id(16, v.page_id);
  q.bind(17, hash).bind(18, known.revisions + 1).bind(19, links_json(a.links));
  q.run();
}

// The new revision is the latest, so its body is the article's (stored once, there).
void insert_revision(Connection& db, std::int64_t article_id, int number, const Article& a, const std::string& hash,
                     const Visit& v) {
  Statement q(db,
              "INSERT INTO revisions(article_id, number, fetched_at, page_id, content_hash, headline, body, "
              "authors, published, modified) VALUES(?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8, ?9)",
              "recording a revision");
  q.bind(1, article_id).bind(2, number).bind(3, v.fetched_at).bind_id(4, v.page_id).bind(5, hash);
  q.bind(6, a.headline).bind(7, json_string_array(a.authors)).bind(8, a.published).bind(9, a.modified);
  q.run();
}

// Before the article's body changes, the revision that shared it takes its own copy.
void keep_revision_body(Connection& db, std::int64_t article_id) {
  Statement q(db,
              "UPDATE revisions SET body = (SELECT body FROM articles WHERE id = ?1) "
              "WHERE article_id = ?1 AND body IS NULL",
              "keeping a revision's text");
  q.bind(1, article_id);
  q.run();
}

// What a re-fetch with the same headline and text may still have changed.
enum class Edit { none, metadata, byline };

// A corrected byline or publication date is an edit worth a revision; a new modified
// time, description, canonical URL or link list is written over the old one.
Edit edit_of(Connection& db, std::int64_t id, const Article& a) {
  if (read_authors(db, id) != a.authors) return Edit::byline;
  Statement q(db,
              "SELECT published, modified, canonical_url, site_name, language, description, links FROM articles "
              "WHERE id = ?1",
              "comparing an article with its re-fetch");
  q.bind(1, id);
  if (!q.step()) return Edit::none;
  if (q.opt_text(0) != a.published) return Edit::byline;
  bool same = q.opt_text(1) == a.modified && q.opt_text(2) == a.canonical_url && q.opt_text(3) == a.site_name &&
              q.opt_text(4) == a.language && q.opt_text(5) == a.description && q.text(6) == links_json(a.links);
  return same ? Edit::none : Edit::metadata;
}

void refresh_metadata(Connection& db, std::int64_t id, const Article& a) {
  Statement q(db,
              "UPDATE articles SET modified = ?2, canonical_url = ?3, site_name = ?4, language = ?5, "
              "description = ?6, links = ?7 WHERE id = ?1",
              "refreshing an article's metadata");
  q.bind(1, id).bind(2, a.modified).bind(3, a.canonical_url).bind(4, a.site_name).bind(5, a.language);
  q.bind(6, a.description).bind(7, links_json(a.links));
  q.run();
}

// Unchanged text: only what tells the next conditional request and the latest page.
void touch_unchanged(Connection& db, std::int64_t id, const Visit& v) {
  Statement q(db,
              "UPDATE articles SET last_fetched = ?2, etag = ?3, last_modified = ?4, "
              "page_id = coalesce(?5, page_id) WHERE id = ?1",
              "updating an unchanged article");
  q.bind(1, id).bind(2, v.fetched_at).bind_nonempty(3, v.fetch->etag).bind_nonempty(4, v.fetch->last_modified);
  q.bind_id(5, v.page_id);
  q.run();
}

// A 304 may omit the validators; the stored ones then still hold.
void touch_not_modified(Connection& db, std::int64_t id, const Visit& v) {
  Statement q(db,
              "UPDATE articles SET last_fetched = ?2, etag = coalesce(?3, etag), "
              "last_modified = coalesce(?4, last_modified) WHERE id = ?1",
              "updating a not-modified article");
  q.bind(1, id).bind(2, v.fetched_at).bind_nonempty(3, v.fetch->etag).bind_nonempty(4, v.fetch->last_modified);
  q.run();
}

void link_fetch(Connection& db, std::int64_t fetch_id, std::int64_t article_id) {
  Statement q(db, "UPDATE fetches SET article_id = ?2 WHERE id = ?1", "linking a fetch to its article");
  q.bind(1, fetch_id).bind(2, article_id);
  q.run();
}

// Every URL that led to the article finds it. An alias follows the article it last
// led to, but an article's identity URL always stays its own.
void add_aliases(Connection& db, std::int64_t article_id, const std::string& identity, const Article& a,
                 const FetchResult& f) {
  std::vector<std::string> keys;
  if (!identity.empty()) keys.push_back(identity);
  // Most pages arrive with all four the same: a string seen before is not normalised again.
  const std::array<const std::string*, 4> urls{&a.url, &a.final_url, &f.url, &f.final_url};
  for (std::size_t i = 0; i < urls.size(); ++i) {
    bool repeat = false;
    for (std::size_t j = 0; j < i; ++j) repeat = repeat || *urls[j] == *urls[i];
    if (repeat) continue;
    std::string key = url_key(*urls[i]);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  }
  for (const std::string& key : keys) {
    Statement q(db,
                "INSERT INTO article_urls(url, article_id) VALUES(?1, ?2) "
                "ON CONFLICT(url) DO UPDATE SET article_id = excluded.article_id "
                "WHERE article_urls.article_id <> excluded.article_id "
                "AND NOT EXISTS (SELECT 1 FROM articles WHERE articles.url = excluded.url)",
                "recording an article URL");
    q.bind(1, key).bind(2, article_id);
    q.run();
  }
}

// The article's earlier page from the same address with the same bytes, or 0: a recheck
// that brought nothing new stores nothing new (the fetch is still recorded).
std::int64_t same_page_stored(Connection& db, std::int64_t article_id, const PageRecord& rec) {
  const FetchResult& f = rec.fetch;
  Statement q(db,
              "SELECT p.id, p.raw_zstd FROM fetches f JOIN pages p ON p.fetch_id = f.id "
              "WHERE f.article_id = ?1 AND p.url = ?2 AND p.raw_size = ?3 ORDER BY p.id DESC LIMIT 1",
              "looking for the same page stored before");
  q.bind(1, article_id).bind(2, f.final_url.empty() ? f.url : f.final_url);
  q.bind(3, static_cast<std::int64_t>(f.body.size()));
  if (!q.step() || q.blob(1) != std::string_view(rec.raw_zstd)) return 0;
  return q.int64(0);
}

// Whether the article's text is that of the page at its own address (its canonical URL):
// then a copy reached elsewhere (its AMP page, page 2 of a paginated story) only joins it.
bool text_from_identity(Connection& db, std::int64_t article_id, const std::string& identity) {
  Statement q(db, "SELECT p.url FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?1",
              "reading where an article's text came from");
  q.bind(1, article_id);
  if (!q.step()) return false;
  auto from = normalize_url(q.text(0));
  return from && *from == identity;
}

bool is_failed(const FetchResult& f) { return f.error != FetchError::none || f.status <= 0 || f.status >= 400; }

}  // namespace

bool stores_page(const PageRecord& rec) {
  return !is_failed(rec.fetch) && rec.fetch.status != 304 && !rec.fetch.body.empty();
}

SaveResult save_record(Connection& db, const PageRecord& rec, FtsQueue& fts) {
  const FetchResult& f = rec.fetch;
  Visit v;
  v.fetch = &f;
  v.fetched_at = iso_utc(f.started_at_ms > 0 ? f.started_at_ms : now_ms());

  SaveResult r;
  bool copy = false;
  std::optional<Known> known;
  std::string identity, hash;
  Edit edit = Edit::none;
  if (is_failed(f)) {
    r.status = SaveStatus::failed;
  } else if (f.status == 304) {
    r.status = SaveStatus::not_modified;
    r.article_id = find_url(db, f.url);
    if (!r.article_id) r.article_id = find_url(db, f.final_url);
  } else if (!rec.article) {
    r.status = SaveStatus::no_article;
  } else {
    ArticleMatch match = match_article(db, *rec.article, f);
    identity = std::move(match.identity);
    known = std::move(match.known);
    hash = rec.content_hash;
    r.status = !known ? SaveStatus::added : known->hash == hash ? SaveStatus::unchanged : SaveStatus::changed;
    if (known) r.article_id = known->id;
    // A copy of the story at another address, joined by its canonical link, once the page at
    // the canonical address is archived: it neither replaces that text nor makes a revision,
    // nor gives the article its validators (they would make the next request of the
    // canonical address conditional on another page).
    copy = known && match.fetched != identity && text_from_identity(db, known->id, identity);
    if (copy) r.status = SaveStatus::unchanged;
    if (r.status == SaveStatus::unchanged && !copy) {
      edit = edit_of(db, known->id, *rec.article);
      if (edit == Edit::byline) r.status = SaveStatus::changed;
    }
  }

  r.fetch_id = insert_fetch(db, rec, v.fetched_at, r);
  if (stores_page(rec)) {
    if (r.status == SaveStatus::unchanged) v.page_id = same_page_stored(db, r.article_id, rec);
    if (!v.page_id) v.page_id = insert_page(db, rec, r.fetch_id);
  }

  switch (r.status) {
    case SaveStatus::added:
      r.article_id = insert_article(db, identity, *rec.article, hash, v);
      fts.add(r.article_id, *rec.article);
      link_fetch(db, r.fetch_id, r.article_id);
      insert_revision(db, r.article_id, 1, *rec.article, hash, v);
      write_children(db, r.article_id, *rec.article, true);
      break;
    case SaveStatus::changed:
      fts.remove(db, r.article_id);
      fts.add(r.article_id, *rec.article);
      keep_revision_body(db, r.article_id);
      update_article(db, r.article_id, *known, *rec.article, hash, v);
      insert_revision(db, r.article_id, known->revisions + 1, *rec.article, hash, v);
      write_children(db, r.article_id, *rec.article, false);
      break;
    case SaveStatus::unchanged:
      if (copy) {  // checked, so not due again: only when, not what
        Statement q(db, "UPDATE articles SET last_fetched = ?2 WHERE id = ?1", "noting a copy's fetch");
        q.bind(1, r.article_id).bind(2, v.fetched_at);
        q.run();
        break;
      }
      touch_unchanged(db, r.article_id, v);
      if (edit == Edit::metadata) refresh_metadata(db, r.article_id, *rec.article);
      break;
    case SaveStatus::not_modified:
      if (r.article_id) touch_not_modified(db, r.article_id, v);
      break;
    case SaveStatus::failed:
    case SaveStatus::no_article:
      break;
  }
  if (rec.article && r.article_id) add_aliases(db, r.article_id, identity, *rec.article, f);
  // A 304 at the end of a redirect confirms the article the chain leads to: the URL it
  // started from finds it from now on (a crawl would otherwise ask it again each run).
  if (r.status == SaveStatus::not_modified && r.article_id) add_aliases(db, r.article_id, "", Article{}, f);
  return r;
}

void replace_parsed(Connection& db, std::int64_t article_id, const Article& a, FtsQueue& fts) {
  std::string first_seen;
  {
    Statement q(db, "SELECT first_seen FROM articles WHERE id = ?1", "reading an article for reparse");
    q.bind(1, article_id);
    if (!q.step())
      throw ArchiveError(ArchiveError::Kind::other,
                         "archive " + db.path() + ": no article with id " + std::to_string(article_id));
    first_seen = q.text(0);
  }
  fts.remove(db, article_id);
  fts.add(article_id, a);
  keep_revision_body(db, article_id);
  Statement q(db,
              "UPDATE articles SET canonical_url = ?2, site_name = ?3, headline = ?4, published = ?5, "
              "modified = ?6, language = ?7, description = ?8, body = ?9, dated = ?10, content_hash = ?11, links = ?12 "
              "WHERE id = ?1",
              "replacing an article's parsed fields");
  q.bind(1, article_id).bind(2, a.canonical_url).bind(3, a.site_name).bind(4, a.headline).bind(5, a.published);
  q.bind(6, a.modified).bind(7, a.language).bind(8, a.description).bind(9, a.body);
  q.bind(10, dated_key(a.published, first_seen)).bind(11, Archive::content_hash(a)).bind(12, links_json(a.links));
  q.run();
  write_children(db, article_id, a, false);
}

void write_children(Connection& db, std::int64_t article_id, const Article& a, bool fresh) {
  if (!fresh) {
    for (const char* sql : {"DELETE FROM authors WHERE article_id = ?1", "DELETE FROM sources WHERE article_id = ?1"}) {
      Statement q(db, sql, "replacing an article's authors and sources");
      q.bind(1, article_id);
      q.run();
    }
  }
  for (std::size_t i = 0; i < a.authors.size(); ++i) {
    Statement q(db, "INSERT INTO authors(article_id, position, name) VALUES(?1, ?2, ?3)", "storing an author");
    q.bind(1, article_id).bind(2, static_cast<int>(i)).bind(3, a.authors[i]);
    q.run();
  }
  for (std::size_t i = 0; i < a.sources.size(); ++i) {
    const Source& s = a.sources[i];
    Statement q(db,
                "INSERT INTO sources(article_id, position, name, domain, via, mentions, credit_line, urls, "
                "evidence) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                "storing a cited source");
    q.bind(1, article_id).bind(2, static_cast<int>(i)).bind(3, s.name).bind(4, to_lower_ascii(s.domain));
    q.bind(5, std::string_view(via_name(s.via))).bind(6, s.mentions).bind(7, s.credit_line ? 1 : 0);
    q.bind(8, json_string_array(s.urls)).bind(9, json_string_array(s.evidence));
    q.run();
  }
}

namespace {

// An article's authors as the search index holds them: the articles_text view's
// group_concat(name, '; ') in byline order.
std::string indexed_authors(const std::vector<std::string>& authors) { return join(authors, "; "); }

}  // namespace

void FtsQueue::add(std::int64_t rowid, const Article& a) {
  ops_.push_back(Op{rowid, false, a.headline, a.body, indexed_authors(a.authors)});
}

void FtsQueue::remove(Connection& db, std::int64_t rowid) {
  Statement q(db, "SELECT headline, body FROM articles WHERE id = ?1", "reading an article's indexed text");
  q.bind(1, rowid);
  if (q.step()) ops_.push_back(Op{rowid, true, q.opt_text(0), q.text(1), indexed_authors(read_authors(db, rowid))});
}

void FtsQueue::write(Connection& db) {
  // Changes to one row keep their order; rows go in ascending order.
  std::stable_sort(ops_.begin(), ops_.end(), [](const Op& a, const Op& b) { return a.rowid < b.rowid; });
  for (const Op& op : ops_) {
    if (op.remove) {
      Statement q(db,
                  "INSERT INTO articles_fts(articles_fts, rowid, headline, body, authors) "
                  "VALUES('delete', ?1, ?2, ?3, ?4)",
                  "removing an article from the search index");
      q.bind(1, op.rowid).bind(2, op.headline).bind(3, op.body).bind(4, op.authors);
      q.run();
    } else {
      Statement q(db, "INSERT INTO articles_fts(rowid, headline, body, authors) VALUES(?1, ?2, ?3, ?4)",
                  "indexing an article for search");
      q.bind(1, op.rowid).bind(2, op.headline).bind(3, op.body).bind(4, op.authors);
      q.run();
    }
  }
  ops_.clear();
}

}  // namespace newsarchive::store

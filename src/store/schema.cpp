#include "store/schema.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <string>

namespace newsarchive::store {

namespace {

// Schema 1. Times are ISO 8601 UTC text ("2026-11-21T09:16:00Z"); absent values are
// NULL. `articles.url` is the article's identity (normalised canonical URL, else
// final URL, else requested URL); `article_urls` maps every URL that led to it.
constexpr const char* kSchema1 = R"sql(
CREATE TABLE fetches (
  id            INTEGER PRIMARY KEY,
  run_id        INTEGER NOT NULL DEFAULT 0,
  started_at    TEXT NOT NULL,
  requested_url TEXT NOT NULL,
  final_url     TEXT,
  status        INTEGER NOT NULL,          -- HTTP status, 0 when no response
  error         TEXT NOT NULL,             -- fetch_error_name(): 'none', 'timeout', ...
  error_message TEXT,
  content_type  TEXT,
  etag          TEXT,
  last_modified TEXT,
  http_version  TEXT,
  redirects     INTEGER NOT NULL DEFAULT 0,
  wire_bytes    INTEGER NOT NULL DEFAULT 0,
  body_bytes    INTEGER NOT NULL DEFAULT 0,
  dns_ms        REAL,
  connect_ms    REAL,
  tls_ms        REAL,
  ttfb_ms       REAL,
  total_ms      REAL,
  retry_after_s REAL,
  outcome       TEXT NOT NULL,             -- save_status_name(): 'added', 'failed', ...
  parse_error   TEXT,
  article_id    INTEGER REFERENCES articles(id)
);
CREATE INDEX fetches_run ON fetches(run_id);
CREATE INDEX fetches_article ON fetches(article_id) WHERE article_id IS NOT NULL;

CREATE TABLE pages (
  id           INTEGER PRIMARY KEY,
  fetch_id     INTEGER NOT NULL UNIQUE REFERENCES fetches(id),
  url          TEXT NOT NULL,              -- final URL
  content_type TEXT,
  charset      TEXT,
  headers      TEXT NOT NULL,              -- JSON [[name, value], ...] in response order
  raw_size     INTEGER NOT NULL,           -- bytes before compression
  raw_zstd     BLOB NOT NULL               -- zstd frame of the decoded body
);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  url           TEXT NOT NULL UNIQUE,      -- identity
  site          TEXT NOT NULL,             -- host without www.
  requested_url TEXT NOT NULL,
  final_url     TEXT NOT NULL,
  canonical_url TEXT,
  site_name     TEXT,
  headline      TEXT,
  published     TEXT,                      -- as extracted, with offset when known
  modified      TEXT,
  language      TEXT,
  description   TEXT,
  body          TEXT NOT NULL,
  dated         TEXT NOT NULL,             -- published in UTC, else first_seen: the sort key
  first_seen    TEXT NOT NULL,
  last_fetched  TEXT NOT NULL,
  last_changed  TEXT NOT NULL,
  etag          TEXT,                      -- of the latest response, for conditional requests
  last_modified TEXT,
  page_id       INTEGER REFERENCES pages(id),  -- latest raw page
  content_hash  TEXT NOT NULL,             -- of headline and body, as in the latest revision
  revisions     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX articles_dated ON articles(dated);
CREATE INDEX articles_site_dated ON articles(site, dated);

CREATE TABLE article_urls (
  url        TEXT PRIMARY KEY,             -- normalised
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX article_urls_article ON article_urls(article_id);

CREATE TABLE authors (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE links (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  url        TEXT NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE sources (
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  domain      TEXT NOT NULL,
  via         TEXT NOT NULL CHECK (via IN ('link', 'text', 'both')),
  mentions    INTEGER NOT NULL,
  credit_line INTEGER NOT NULL,            -- 0 or 1
  urls        TEXT NOT NULL,               -- JSON array of strings
  evidence    TEXT NOT NULL,               -- JSON array of strings
  PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
-- Covers top_sources() over the whole archive and finds an outlet by name.
CREATE INDEX sources_outlet ON sources(name COLLATE NOCASE, domain, via, mentions);
CREATE INDEX sources_domain ON sources(domain);

CREATE TABLE revisions (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  number       INTEGER NOT NULL,           -- 1 = first version
  fetched_at   TEXT NOT NULL,
  page_id      INTEGER REFERENCES pages(id),
  content_hash TEXT NOT NULL,
  headline     TEXT,
  body         TEXT NOT NULL,
  authors      TEXT NOT NULL,              -- JSON array of strings
  published    TEXT,
  modified     TEXT,
  UNIQUE (article_id, number)
);

-- External-content index over articles(headline, body), kept by the writer (not
-- triggers: FTS5 in SQLite 3.40 indexes a third slower through a trigger).
CREATE VIRTUAL TABLE articles_fts USING fts5(
  headline, body, content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
-- A headline match weighs more than a body match.
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'bm25(5.0, 1.0)');

)sql";

// Schema 2: what the nightly crawl keeps between runs. `runs` has one row per crawl
// run (state 'running' until it ends; a run still 'running' when the next one starts
// was killed and becomes 'aborted'); `summary` is the crawler's JSON report, per site.
// `frontier` has one row per discovered article URL (normalised): the run that last
// took it up, its state (pending: to fetch; done; failed; robots: disallowed; known:
// archived and not due for a recheck), and, for failures, when a later run may retry.
// Pending rows left by a killed run are taken up by the next run; a run fetches its
// pending rows newest first (`priority`).
constexpr const char* kSchema2 = R"sql(
CREATE TABLE runs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  state       TEXT NOT NULL,               -- running, completed, failed, interrupted, timed_out, aborted
  exit_code   INTEGER,
  pid         INTEGER NOT NULL,
  config      TEXT NOT NULL,               -- the configuration file
  sites       TEXT NOT NULL,               -- JSON array of site names
  summary     TEXT                         -- JSON, written by the crawler
);

CREATE TABLE frontier (
  id              INTEGER PRIMARY KEY,     -- discovery order
  url             TEXT NOT NULL UNIQUE,    -- normalised
  site            TEXT NOT NULL,           -- the configuration's site name
  source          TEXT NOT NULL,           -- feed, sitemap, section_page
  found_on        TEXT,                    -- the document that listed it
  published       TEXT,                    -- the date that document gave, ISO 8601
  discovered_at   TEXT NOT NULL,           -- first discovery
  priority        TEXT NOT NULL,           -- published in UTC, else when taken up: newest first
  state           TEXT NOT NULL,           -- pending, done, failed, robots, known
  attempts        INTEGER NOT NULL DEFAULT 0,  -- fetch attempts over all runs
  next_attempt_at TEXT,                    -- failed: no run retries it before this
  run_id          INTEGER NOT NULL,        -- the run that last took it up
  last_status     INTEGER,                 -- HTTP status of the last attempt
  last_error      TEXT,
  updated_at      TEXT NOT NULL
);
CREATE INDEX frontier_pending ON frontier(site, run_id, priority DESC, id) WHERE state = 'pending';
)sql";

// Schema 3: FTS5 merges segments when 8 of one size exist rather than 4. Indexing is
// half of what saving an article costs; with 8, ~20% less of it goes to merging the
// index (bench/bench-archive), and a search reads at most a few more segments.
constexpr const char* kSchema3 = R"sql(
INSERT INTO articles_fts(articles_fts, rank) VALUES('automerge', 8);
)sql";

// Schema 4: the search index collects a whole writer batch in memory (up to 64 MiB of
// postings, held only until the batch commits) and writes it as one segment in
// 16,000-byte leaves (the pages are 16 KiB); segments merge 16 at a time. With FTS5's
// defaults (1 MiB, 4,050 bytes, 4) a batch became a dozen small segments that merging
// rewrote again and again: saving 100,000 articles took 40% longer (bench/bench-archive),
// and searches stay well under 50 ms.
constexpr const char* kSchema4 = R"sql(
INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', 67108864);
INSERT INTO articles_fts(articles_fts, rank) VALUES('pgsz', 16000);
INSERT INTO articles_fts(articles_fts, rank) VALUES('automerge', 16);
)sql";

// Schema 5: a revision's body may be NULL, meaning "the article's body now". The latest
// revision is stored that way, so a news body is kept once, not twice (bodies were
// two-thirds of an archive's bytes); the writer copies the text into the revision before
// the article's body changes (a new version, a reparse). Existing duplicates are dropped
// as the table is rebuilt (SQLite cannot relax NOT NULL in place).
constexpr const char* kSchema5 = R"sql(
CREATE TABLE revisions_new (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  number       INTEGER NOT NULL,           -- 1 = first version
  fetched_at   TEXT NOT NULL,
  page_id      INTEGER REFERENCES pages(id),
  content_hash TEXT NOT NULL,
  headline     TEXT,
  body         TEXT,                       -- NULL: the same as articles.body (latest revision)
  authors      TEXT NOT NULL,              -- JSON array of strings
  published    TEXT,
  modified     TEXT,
  UNIQUE (article_id, number)
);
INSERT INTO revisions_new(id, article_id, number, fetched_at, page_id, content_hash, headline, body, authors,
                          published, modified)
  SELECT r.id, r.article_id, r.number, r.fetched_at, r.page_id, r.content_hash, r.headline,
         CASE WHEN r.number = a.revisions AND r.body = a.body THEN NULL ELSE r.body END,
         r.authors, r.published, r.modified
  FROM revisions r JOIN articles a ON a.id = r.article_id;
DROP TABLE revisions;
ALTER TABLE revisions_new RENAME TO revisions;
)sql";

// Schema 6: a crawl's discovery documents (feeds, sitemaps) with the validators of the
// last response read whole, so the next run asks for them conditionally; on a 304 the
// URLs the document listed last time (frontier.found_on) are listed again.
constexpr const char* kSchema6 = R"sql(
CREATE TABLE documents (
  url           TEXT PRIMARY KEY,          -- as requested (configuration, sitemap index)
  final_url     TEXT NOT NULL,             -- after redirects: the frontier's found_on
  etag          TEXT,
  last_modified TEXT,
  checked_at    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX frontier_found_on ON frontier(found_on);
)sql";

// Schema 7, two changes that make saving an article a fifth cheaper (bench/bench-archive,
// counted with callgrind):
// - `sources.via` is checked by comparisons instead of IN ('link', 'text', 'both'):
//   SQLite builds a temporary b-tree for that list on every row it checks. SQLite
//   cannot change a CHECK in place, so the table is rebuilt with its indexes.
// - An article's links are one JSON column, `articles.links` ([[url, text], ...] in
//   page order), instead of a row each (ten per article). `links` stays readable as
//   a view with the old table's columns.
constexpr const char* kSchema7 = R"sql(
CREATE TABLE sources_new (
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  domain      TEXT NOT NULL,
  via         TEXT NOT NULL CHECK (via = 'link' OR via = 'text' OR via = 'both'),
  mentions    INTEGER NOT NULL,
  credit_line INTEGER NOT NULL,            -- 0 or 1
  urls        TEXT NOT NULL,               -- JSON array of strings
  evidence    TEXT NOT NULL,               -- JSON array of strings
  PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
INSERT INTO sources_new SELECT article_id, position, name, domain, via, mentions, credit_line, urls, evidence
  FROM sources;
DROP TABLE sources;
ALTER TABLE sources_new RENAME TO sources;
CREATE INDEX sources_outlet ON sources(name COLLATE NOCASE, domain, via, mentions);
CREATE INDEX sources_domain ON sources(domain);

ALTER TABLE articles ADD COLUMN links TEXT NOT NULL DEFAULT '[]';
UPDATE articles SET links = (SELECT json_group_array(json_array(url, text)) FROM
                               (SELECT url, text FROM links l WHERE l.article_id = articles.id ORDER BY l.position))
  WHERE id IN (SELECT article_id FROM links);
DROP TABLE links;
CREATE VIEW links(article_id, position, url, text) AS
  SELECT a.id, j.key, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]')
  FROM articles a, json_each(a.links) j;
)sql";

// Schema 8: the search index also holds each article's authors, so `search` finds a
// byline ("Müller" matches "Muller", as in headline and body) and `authors:Doe` filters
// on it. The index's external content becomes a view that adds the authors, joined
// with "; " in byline order, as the writer indexes them; the index is rebuilt from it
// with schema 4's settings.
constexpr const char* kSchema8 = R"sql(
DROP TABLE articles_fts;
CREATE VIEW articles_text(id, headline, body, authors) AS
  SELECT a.id, a.headline, a.body,
         (SELECT group_concat(name, '; ') FROM
            (SELECT w.name FROM authors w WHERE w.article_id = a.id ORDER BY w.position))
  FROM articles a;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  headline, body, authors, content='articles_text', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'bm25(5.0, 1.0, 2.0)');
INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', 67108864);
INSERT INTO articles_fts(articles_fts, rank) VALUES('pgsz', 16000);
INSERT INTO articles_fts(articles_fts, rank) VALUES('automerge', 16);
INSERT INTO articles_fts(articles_fts) VALUES('rebuild');
)sql";

// Schema 9: the search tokenizer folds ß (and ẞ) to "ss" (store/tokenizer.hpp), so an
// index that holds a word with ß is rebuilt with the new tokens; one without is the
// same either way. The new tokenizer is registered before migrations run.
constexpr const char* kSchema9 = R"sql(
INSERT INTO articles_fts(articles_fts) SELECT 'rebuild'
  WHERE EXISTS (SELECT 1 FROM articles WHERE instr(headline, 'ß') OR instr(headline, 'ẞ')
                                          OR instr(body, 'ß') OR instr(body, 'ẞ'))
     OR EXISTS (SELECT 1 FROM authors WHERE instr(name, 'ß') OR instr(name, 'ẞ'));
)sql";

// Schema 10: the search tokenizer cuts runs of Chinese, Japanese and Korean characters
// into characters and bigrams (store/cjk.hpp), so an index that holds such text is
// rebuilt with the new tokens; one without is the same either way. holds_cjk() is
// registered with the tokenizer, before migrations run.
constexpr const char* kSchema10 = R"sql(
INSERT INTO articles_fts(articles_fts) SELECT 'rebuild'
  WHERE EXISTS (SELECT 1 FROM articles WHERE holds_cjk(headline) OR holds_cjk(body))
     OR EXISTS (SELECT 1 FROM authors WHERE holds_cjk(name));
)sql";

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> list = {
      {1, kSchema1},
      {2, kSchema2},
      {3, kSchema3},
      {4, kSchema4},
      {5, kSchema5},
      {6, kSchema6},
      {7, kSchema7},
      {8, kSchema8},
      {9, kSchema9, false},   // until then a search for a word with ß may miss
      {10, kSchema10, false},  // until then a search for a CJK word inside a run may miss
  };
  return list;
}

int current_schema_version() { return migrations().back().version; }

int read_schema_version(Connection& db) {
  Statement q(db, "PRAGMA user_version", "reading the schema version");
  return q.step() ? q.integer(0) : 0;
}

int migrate(Connection& db, const std::vector<Migration>& list) {
  int version = read_schema_version(db);
  int latest = list.empty() ? 0 : list.back().version;
  if (version > latest)
    throw ArchiveError(ArchiveError::Kind::open,
                       "archive " + db.path() + " has schema version " + std::to_string(version) +
                           ", newer than this program supports (" + std::to_string(latest) + ")");
  if (version == latest) return version;
  auto needed = [version](const Migration& m) { return m.version > version && m.readers_need; };
  if (db.read_only() && std::none_of(list.begin(), list.end(), needed)) {
    spdlog::debug("archive {}: schema version {} read as it is; open it read-write once to update it to {}",
                 db.path(), version, latest);
    return version;
  }
  if (db.read_only())
    throw ArchiveError(ArchiveError::Kind::read_only,
                       "archive " + db.path() + " has schema version " + std::to_string(version) +
                           " and needs migrating to " + std::to_string(latest) +
                           "; open it once read-write");
  for (const Migration& m : list) {
    if (m.version <= version) continue;
    Transaction tx(db);
    // Re-read inside the write lock: another process may have migrated meanwhile.
    if (read_schema_version(db) >= m.version) continue;
    std::string what = "migrating the schema to version " + std::to_string(m.version);
    db.exec(m.sql, what);
    // The version is a constant of this program, never data.
    std::string bump = "PRAGMA user_version = " + std::to_string(m.version);
    db.exec(bump.c_str(), what);
    tx.commit();
    version = m.version;
    spdlog::debug("archive {}: schema migrated to version {}", db.path(), version);
  }
  return read_schema_version(db);
}

}  // namespace newsarchive::store

#pragma once
// The archive: one SQLite file (WAL) holding every fetch attempt, the raw pages
// (zstd), articles with their authors, links, cited sources and revisions, and an
// FTS5 index. An Archive object is used from one thread at a time.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsarchive/article.hpp"
#include "newsarchive/fetcher.hpp"

namespace newsarchive {

class ArchiveError : public std::runtime_error {
 public:
  // `io`: the file cannot be written (a file-size limit, a failing disk): like `full`, no
  // later write will do better.
  enum class Kind { open, locked, read_only, full, io, corrupt, query, other };
  ArchiveError(Kind kind, const std::string& what) : std::runtime_error(what), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// What a fetched page that holds no article is, where the crawl counts the kinds apart: a
// soft 404 or a story sent home is gone (like a 404), a wall keeps the crawl out.
enum class NoArticleKind { other, soft_404, redirected_away, redirected_to_wall };

// One fetch attempt and what came of it; the unit the pipeline hands to the writer.
struct PageRecord {
  FetchResult fetch;                // outcome; fetch.body is the raw page
  std::string raw_zstd;             // compress_raw(fetch.body), made off the writer thread;
                                    // empty: save() compresses it itself
  std::string content_hash;         // Archive::content_hash(*article), likewise made off the
                                    // writer thread; empty: save() computes it
  std::optional<Article> article;   // set when the page was parsed into an article
  std::string parse_error;          // why there is no article (not HTML, empty body, ...)
  NoArticleKind no_article = NoArticleKind::other;  // which kind of no-article that is
  std::string charset;              // charset the page was decoded from
  std::int64_t run_id = 0;          // crawl run, 0 for one-off commands
};

enum class SaveStatus {
  failed,        // the fetch failed or returned an error status; attempt recorded
  no_article,    // fetched, but nothing to archive as an article (not HTML, empty)
  added,         // a new article
  changed,       // a known article whose text changed: a new revision
  unchanged,     // refetched, same text
  not_modified,  // 304: nothing parsed, nothing new
};
const char* save_status_name(SaveStatus s);

struct SaveResult {
  SaveStatus status = SaveStatus::failed;
  std::int64_t fetch_id = 0;
  std::int64_t article_id = 0;  // 0 when no article
};

struct StoredArticle {
  std::int64_t id = 0;
  std::string url;           // what the archive knows it by, as list and search give it: its
                             // canonical URL, else where it was fetched, normalised;
                             // article.url is the URL first asked for
  Article article;
  std::string site;          // host the article lives on (no www.)
  std::string first_seen;    // ISO 8601 UTC
  std::string last_fetched;
  std::string last_changed;
  int revisions = 1;
  std::int64_t page_id = 0;  // its latest raw page (ArchivedPage::id); 0 when none
};

struct ArticleSummary {
  std::int64_t id = 0;
  std::string url;  // as StoredArticle::url
  std::string site;
  std::optional<std::string> headline;
  std::optional<std::string> published;
  std::string last_fetched;
};

struct ListQuery {
  std::optional<std::string> site;    // host, "www." ignored
  std::optional<std::string> author;  // an author's name contains this (ASCII letters in any case)
  int limit = 100;
  int offset = 0;
};

struct SearchHit {
  ArticleSummary article;
  std::string snippet;  // with [brackets] around matches
  double rank = 0;      // relevance, higher is better (FTS5 bm25 negated, headline weighted)
};

// What the archive knows of a URL, for conditional re-fetches.
struct KnownUrl {
  std::int64_t article_id = 0;
  std::string etag;           // for If-None-Match; "" when none
  std::string last_modified;  // for If-Modified-Since; "" when none
  std::optional<std::string> published;
  std::string dated;          // published in UTC, else first seen: the article's age
  std::string last_fetched;   // ISO 8601 UTC
};

struct Revision {
  std::int64_t id = 0;
  int number = 0;  // 1 = first version
  std::string fetched_at;
  std::optional<std::string> headline;
  std::string body;
  std::vector<std::string> authors;       // the byline of this version
  std::optional<std::string> published;   // as the page stated it
};

struct SourceFilter {
  std::optional<std::string> site;   // only articles on this host
  std::optional<std::string> since;  // published (else first seen) >= this date
  std::optional<std::string> until;  // ... < this date
  int limit = 50;
};

struct OutletCount {
  std::string name;
  std::string domain;
  int articles = 0;  // articles citing it
  int mentions = 0;  // total mentions across them
  int via_link = 0, via_text = 0, via_both = 0;
};

// One URL in the crawl frontier (schema 2), as the crawler hands it in and reads it back.
struct FrontierEntry {
  std::int64_t id = 0;                   // set by frontier_add()
  std::string url;                       // normalised; the key
  std::string site;                      // the configuration's site name
  std::string source;                    // "feed", "sitemap", "section_page"
  std::string found_on;                  // the document that listed it
  std::optional<std::string> published;  // the date that document gave
  std::string state = "pending";         // pending, done, failed, robots, known
  int attempts = 0;                      // fetch attempts over all runs
  bool recheck = false;                  // archived already: a second look for edits
  std::string priority;                  // set by the store: published in UTC, else when
                                         // taken up; pending URLs go newest first, all
                                         // never-archived ones before any recheck
};

// Where the frontier ranks an entry among the pending (frontier_pending() takes the
// highest first, then the earliest found): its published date in UTC, else `now` (ISO
// 8601 UTC) for feed and section-page links, after every dated URL for undated sitemap
// entries, and every recheck after every URL never archived.
std::string frontier_priority(const FrontierEntry& e, const std::string& now);

// A discovery document's validators from the last response read whole (schema 6).
struct DocumentState {
  std::string final_url;  // the URLs it listed have it as found_on
  std::string etag;
  std::string last_modified;
};

// Where frontier_pending() goes on from: after the last entry returned.
struct FrontierCursor {
  std::string priority = "~";  // sorts after every date: the start
  std::int64_t id = 0;
};

// What frontier_add() made of one entry.
enum class FrontierAdd {
  added,          // new to this run: stored with the entry's state
  seen_this_run,  // this run already holds the URL; left as it was (a date is filled in)
  now_pending,    // this run held it as known; this listing makes it due: now pending
  deferred,       // failed in an earlier run and not due again yet; left failed
};

// The final outcome of one frontier URL in a run.
struct FrontierResult {
  std::int64_t id = 0;
  std::string state;                           // done or failed
  int attempts = 0;                            // made in this run (added to the total)
  long status = 0;                             // HTTP status of the last attempt, 0 for none
  std::string error;                           // why it failed; "" when done
  std::optional<std::string> next_attempt_at;  // failed: earliest retry by a later run
};

// A crawl run as recorded (schema 2).
struct RunRecord {
  std::int64_t id = 0;
  std::string started_at;   // ISO 8601 UTC
  std::string finished_at;  // "" while running (or killed)
  std::string state;        // running, completed, failed, interrupted, timed_out, aborted
  std::optional<int> exit_code;
  std::int64_t pid = 0;
  std::string config;               // the configuration file
  std::vector<std::string> sites;   // site names
  std::string summary;              // the crawler's JSON report; "" when none
};

// What a crawl needs to know of a URL that may already be archived.
class Archive {
 public:
  enum class Mode { read_write, read_only };
  // Opens or creates the archive, sets WAL and busy_timeout, migrates the schema
  // forward. Throws ArchiveError (open, locked, read_only, corrupt).
  explicit Archive(const std::string& path, Mode mode = Mode::read_write);
  ~Archive();
  Archive(Archive&&) noexcept;
  Archive& operator=(Archive&&) noexcept;

  int schema_version() const;
  // False when a read-only open left the file at an older schema (migrations readers
  // can do without); opening it read-write once brings it up to date.
  bool schema_current() const;
  const std::string& path() const;

  // Stores records in one transaction: the attempts, raw pages, articles (one per
  // canonical URL, with a revision when the text changed). Throws ArchiveError
  // (full, ...) and then stores none of them.
  std::vector<SaveResult> save_batch(std::vector<PageRecord>& records);
  SaveResult save(PageRecord& record);

  std::optional<StoredArticle> article(std::int64_t id) const;
  // By canonical, final or requested URL (normalised).
  std::optional<StoredArticle> article_by_url(std::string_view url) const;
  std::vector<ArticleSummary> list(const ListQuery& query) const;
  // FTS5 over headline and body, best first. Throws ArchiveError(query) on bad syntax.
  std::vector<SearchHit> search(std::string_view query, int limit = 50) const;
  // How many articles match an FTS5 query. Throws ArchiveError(query) on bad syntax.
  std::int64_t count_matches(std::string_view query) const;
  // Every article, oldest first; for export.
  void for_each_article(const std::function<void(const StoredArticle&)>& fn) const;
  std::int64_t article_count() const;

  std::optional<KnownUrl> known_url(std::string_view url) const;
  std::vector<Revision> revisions(std::int64_t article_id) const;

  // The raw page bytes of an article's latest fetch (decompressed) and its headers.
  struct RawPage {
    std::int64_t page_id = 0;
    std::string url;
    std::string content_type;
    std::string body;
    std::string requested_url;  // as the fetch asked for it (for_each_raw_page only)
    std::string error;          // for_each_raw_page: why `body` is empty (a corrupt frame)
  };
  std::optional<RawPage> raw_page(std::int64_t article_id) const;
  // A stored response as it was received, for a WARC export.
  struct ArchivedPage {
    std::int64_t id = 0;          // pages.id
    std::int64_t article_id = 0;  // the article its fetch made or refreshed; 0 for none
    std::string fetched_at;       // when the request started, ISO 8601 UTC
    std::string url;              // the final URL, which answered
    long status = 0;
    std::string http_version;     // "1.1", "2", ... ("" when unknown)
    std::vector<std::pair<std::string, std::string>> headers;  // as received, in order
    std::string body;             // decoded (Content-Encoding removed), not charset-converted
    std::string error;            // why `body` is empty (a corrupt frame)
  };
  // Every stored raw page, each revision's and each no-article page's, in storage order.
  void for_each_page(const std::function<void(ArchivedPage&&)>& fn) const;
  // Every stored article's latest raw page, in id order, for reparse.
  void for_each_raw_page(const std::function<void(std::int64_t article_id, RawPage&&)>& fn) const;
  // Which articles for_each_raw_page(filter, fn) visits.
  struct RawPageFilter {
    std::optional<std::string> site;   // only articles on this host ("www." ignored)
    std::optional<std::string> since;  // dated (published, else first seen) >= this date
  };
  // Like for_each_raw_page(fn) over the filter's articles. A page whose stored frame
  // is corrupt is still visited, with an empty body and `error` set.
  void for_each_raw_page(const RawPageFilter& filter,
                         const std::function<void(std::int64_t article_id, RawPage&&)>& fn) const;
  // Replaces an article's parsed fields (reparse), keeping its history.
  void update_parsed(std::int64_t article_id, const Article& article);
  // update_parsed() for many articles in one transaction (reparse's writer). Throws
  // ArchiveError and then changes none of them.
  void update_parsed_batch(const std::vector<std::pair<std::int64_t, Article>>& updates);

  std::vector<OutletCount> top_sources(const SourceFilter& filter) const;
  // Articles citing an outlet given by name, alias or domain.
  std::vector<ArticleSummary> articles_citing(std::string_view outlet,
                                              const SourceFilter& filter) const;

  // --- Crawl state (schema 2; src/store/frontier.cpp and runs.cpp) ---

  // Records discovered URLs for run `run_id` in one transaction and sets each entry's
  // id. A URL an earlier run left is taken over with the entry's state, except that a
  // URL that failed and is not due again (next_attempt_at after now) stays failed.
  // Throws ArchiveError; then none is recorded.
  std::vector<FrontierAdd> frontier_add(std::int64_t run_id, std::vector<FrontierEntry>& entries);
  // Takes over the pending URLs of `site` that earlier runs left (a killed or stopped
  // run, a page limit reached); returns how many.
  std::int64_t frontier_resume(std::int64_t run_id, std::string_view site);
  // Pending URLs of `site` held by run `run_id`, newest first (priority descending,
  // then discovery order), from after `after`.
  std::vector<FrontierEntry> frontier_pending(std::int64_t run_id, std::string_view site,
                                              const FrontierCursor& after, int limit) const;
  // Stores final outcomes in one transaction.
  void frontier_finish(const std::vector<FrontierResult>& results);
  // Frontier URLs of `site` in `state` ("" = any site).
  std::int64_t frontier_count(std::string_view site, std::string_view state) const;
  // Frontier URLs last listed by the document at `found_on`, in discovery order.
  std::vector<FrontierEntry> frontier_listed_by(std::string_view found_on) const;

  // A feed's or sitemap's state for a conditional request; nullopt when unknown.
  std::optional<DocumentState> document_state(std::string_view url) const;
  // Stores it; without an ETag and a Last-Modified, forgets the document instead.
  void set_document_state(std::string_view url, const DocumentState& state);

  // Starts a run record (state running) and returns its id. Runs still marked running
  // are marked aborted first: the caller holds the run lock, so none of them is alive.
  std::int64_t begin_run(const std::string& config, const std::vector<std::string>& sites);
  // Replaces the run's summary while it runs, so a killed run keeps a recent one.
  void update_run(std::int64_t run_id, std::string_view summary_json);
  void finish_run(std::int64_t run_id, std::string_view state, int exit_code, std::string_view summary_json);
  // Newest first.
  std::vector<RunRecord> runs(int limit = 50) const;
  std::optional<RunRecord> run(std::int64_t run_id) const;

  // Zstandard helpers, callable from any thread.
  static std::string compress_raw(std::string_view bytes);
  static std::string decompress_raw(std::string_view zstd);
  // What tells one revision from the next (headline and body); any thread.
  static std::string content_hash(const Article& article);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsarchive

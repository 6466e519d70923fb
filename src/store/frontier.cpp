// The crawl frontier (schema 2): discovered article URLs and what became of them, so a
// run that is killed resumes where it stopped. Also the archive lookup a crawl makes
// before fetching a URL again.
#include "core/time.hpp"
#include "store/impl.hpp"
#include "store/keys.hpp"

namespace newsarchive {

using store::Statement;

namespace {

// Reads rows of "SELECT id, url, site, source, found_on, published, state, attempts,
// priority FROM frontier ...".
std::vector<FrontierEntry> read_entries(Statement& q) {
  std::vector<FrontierEntry> out;
  while (q.step()) {
    FrontierEntry e;
    e.id = q.int64(0);
    e.url = q.text(1);
    e.site = q.text(2);
    e.source = q.text(3);
    e.found_on = q.text(4);
    e.published = q.opt_text(5);
    e.state = q.text(6);
    e.attempts = q.integer(7);
    e.priority = q.text(8);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

// Newest first, and a URL never archived before any recheck: a run's page budget goes to
// what the archive lacks, so rechecks of young articles cannot starve a backlog. An
// undated link on a section page or in a feed is news of today (found now); a sitemap
// entry without <lastmod> is usually an archive page, so it comes after every dated URL,
// in the order found (ranked as "now", a big undated sitemap starved today's feed).
// ("0:" sorts below every date and "0~"; "0~" below every date.)
std::string frontier_priority(const FrontierEntry& e, const std::string& now) {
  std::string key = store::dated_key(e.published, e.source == "sitemap" ? "" : now);
  if (key.empty()) key = "0~" + now;
  return e.recheck ? "0:" + key : key;
}

std::vector<FrontierAdd> Archive::frontier_add(std::int64_t run_id, std::vector<FrontierEntry>& entries) {
  impl_->require_writable("record discovered URLs");
  const std::string now = iso_utc_now();
  std::vector<FrontierAdd> out;
  out.reserve(entries.size());
  store::Transaction tx(impl_->db);
  for (FrontierEntry& e : entries) {
    std::int64_t id = 0, held_by = 0;
    std::string state, next_at;
    {
      Statement q(impl_->db, "SELECT id, run_id, state, next_attempt_at FROM frontier WHERE url = ?1",
                  "looking up a frontier URL");
      q.bind(1, e.url);
      if (q.step()) id = q.int64(0), held_by = q.int64(1), state = q.text(2), next_at = q.text(3);
    }
    if (id && held_by == run_id) {
      // A later listing may give the date an earlier one lacked, or say the URL changed.
      bool promote = state == "known" && e.state == "pending";
      Statement q(impl_->db,
                  "UPDATE frontier SET priority = CASE WHEN ?5 OR (published IS NULL AND ?2 IS NOT NULL) THEN ?4 "
                  "ELSE priority END, published = coalesce(published, ?2), state = ?3 WHERE id = ?1",
                  "updating a frontier URL");
      q.bind(1, id).bind(2, e.published).bind(3, promote ? std::string("pending") : state);
      q.bind(4, frontier_priority(e, now)).bind(5, promote ? 1 : 0);
      q.run();
      e.id = id;
      out.push_back(promote ? FrontierAdd::now_pending : FrontierAdd::seen_this_run);
      continue;
    }
    if (id && state == "failed" && e.state == "pending" && !next_at.empty() && next_at > now) {
      Statement q(impl_->db, "UPDATE frontier SET run_id = ?2, updated_at = ?3 WHERE id = ?1",
                  "deferring a failed frontier URL");
      q.bind(1, id).bind(2, run_id).bind(3, now);
      q.run();
      e.id = id;
      e.state = "failed";
      out.push_back(FrontierAdd::deferred);
      continue;
    }
    if (id) {
      Statement q(impl_->db,
                  "UPDATE frontier SET site = ?2, source = ?3, found_on = ?4, published = coalesce(?5, published), "
                  "state = ?6, run_id = ?7, next_attempt_at = NULL, updated_at = ?8, priority = ?9 WHERE id = ?1",
                  "taking up a frontier URL");
      q.bind(1, id).bind(2, e.site).bind(3, e.source).bind_nonempty(4, e.found_on).bind(5, e.published);
      q.bind(6, e.state).bind(7, run_id).bind(8, now).bind(9, frontier_priority(e, now));
      q.run();
      e.id = id;
    } else {
      Statement q(impl_->db,
                  "INSERT INTO frontier(url, site, source, found_on, published, discovered_at, state, run_id, "
                  "updated_at, priority) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?6, ?9)",
                  "adding a frontier URL");
      q.bind(1, e.url).bind(2, e.site).bind(3, e.source).bind_nonempty(4, e.found_on).bind(5, e.published);
      q.bind(6, now).bind(7, e.state).bind(8, run_id).bind(9, frontier_priority(e, now));
      q.run();
      e.id = sqlite3_last_insert_rowid(impl_->db.get());
    }
    out.push_back(FrontierAdd::added);
  }
  tx.commit();
  return out;
}

std::int64_t Archive::frontier_resume(std::int64_t run_id, std::string_view site) {
  impl_->require_writable("resume the frontier");
  store::Transaction tx(impl_->db);
  Statement q(impl_->db,
              "UPDATE frontier SET run_id = ?1, updated_at = ?3 WHERE state = 'pending' AND site = ?2 AND run_id <> ?1",
              "resuming pending frontier URLs");
  q.bind(1, run_id).bind(2, site).bind(3, iso_utc_now());
  q.run();
  std::int64_t n = sqlite3_changes(impl_->db.get());
  tx.commit();
  return n;
}

std::vector<FrontierEntry> Archive::frontier_pending(std::int64_t run_id, std::string_view site,
                                                     const FrontierCursor& after, int limit) const {
  Statement q(impl_->db,
              "SELECT id, url, site, source, found_on, published, state, attempts, priority FROM frontier "
              "WHERE state = 'pending' AND site = ?1 AND run_id = ?2 "
              "AND (priority < ?3 OR (priority = ?3 AND id > ?4)) ORDER BY priority DESC, id LIMIT ?5",
              "reading pending frontier URLs");
  q.bind(1, site).bind(2, run_id).bind(3, after.priority).bind(4, after.id).bind(5, limit);
  return read_entries(q);
}

void Archive::frontier_finish(const std::vector<FrontierResult>& results) {
  if (results.empty()) return;
  impl_->require_writable("record crawl outcomes");
  const std::string now = iso_utc_now();
  store::Transaction tx(impl_->db);
  for (const FrontierResult& r : results) {
    Statement q(impl_->db,
                "UPDATE frontier SET state = ?2, attempts = attempts + ?3, last_status = ?4, last_error = ?5, "
                "next_attempt_at = ?6, updated_at = ?7 WHERE id = ?1",
                "recording a crawl outcome");
    q.bind(1, r.id).bind(2, r.state).bind(3, r.attempts);
    if (r.status > 0)
      q.bind(4, static_cast<std::int64_t>(r.status));
    else
      q.bind_null(4);
    q.bind_nonempty(5, r.error).bind(6, r.next_attempt_at).bind(7, now);
    q.run();
  }
  tx.commit();
}

std::int64_t Archive::frontier_count(std::string_view site, std::string_view state) const {
  Statement q(impl_->db, "SELECT count(*) FROM frontier WHERE (?1 = '' OR site = ?1) AND state = ?2",
              "counting frontier URLs");
  q.bind(1, site).bind(2, state);
  return q.step() ? q.int64(0) : 0;
}

std::vector<FrontierEntry> Archive::frontier_listed_by(std::string_view found_on) const {
  Statement q(impl_->db,
              "SELECT id, url, site, source, found_on, published, state, attempts, priority FROM frontier "
              "WHERE found_on = ?1 ORDER BY id",
              "reading the URLs a document listed");
  q.bind(1, found_on);
  return read_entries(q);
}

std::optional<DocumentState> Archive::document_state(std::string_view url) const {
  Statement q(impl_->db, "SELECT final_url, etag, last_modified FROM documents WHERE url = ?1",
              "reading a discovery document's validators");
  q.bind(1, url);
  if (!q.step()) return std::nullopt;
  return DocumentState{q.text(0), q.text(1), q.text(2)};
}

void Archive::set_document_state(std::string_view url, const DocumentState& state) {
  impl_->require_writable("record a discovery document");
  if (state.etag.empty() && state.last_modified.empty()) {
    Statement q(impl_->db, "DELETE FROM documents WHERE url = ?1", "forgetting a discovery document");
    q.bind(1, url);
    q.run();
    return;
  }
  Statement q(impl_->db,
              "INSERT INTO documents(url, final_url, etag, last_modified, checked_at) VALUES(?1, ?2, ?3, ?4, ?5) "
              "ON CONFLICT(url) DO UPDATE SET final_url = excluded.final_url, etag = excluded.etag, "
              "last_modified = excluded.last_modified, checked_at = excluded.checked_at",
              "recording a discovery document");
  q.bind(1, url).bind(2, state.final_url).bind_nonempty(3, state.etag).bind_nonempty(4, state.last_modified);
  q.bind(5, iso_utc_now());
  q.run();
}

}  // namespace newsarchive

// Crawl run records (schema 2): one row per `crawl`, with the crawler's JSON summary.
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "core/json_text.hpp"
#include "core/time.hpp"
#include "store/impl.hpp"

namespace newsarchive {

using store::Statement;

namespace {

constexpr const char* kRunColumns =
    "SELECT id, started_at, finished_at, state, exit_code, pid, config, sites, summary FROM runs ";

RunRecord read_run(const Statement& q) {
  RunRecord r;
  r.id = q.int64(0);
  r.started_at = q.text(1);
  r.finished_at = q.text(2);
  r.state = q.text(3);
  if (!q.is_null(4)) r.exit_code = q.integer(4);
  r.pid = q.int64(5);
  r.config = q.text(6);
  nlohmann::json sites = nlohmann::json::parse(q.text(7), nullptr, false);
  if (sites.is_array())
    for (const auto& s : sites)
      if (s.is_string()) r.sites.push_back(s.get<std::string>());
  r.summary = q.text(8);
  return r;
}

}  // namespace

std::int64_t Archive::begin_run(const std::string& config, const std::vector<std::string>& sites) {
  impl_->require_writable("record a run");
  store::Transaction tx(impl_->db);
  {
    Statement q(impl_->db, "UPDATE runs SET state = 'aborted' WHERE state = 'running'", "closing killed runs");
    q.run();
  }
  Statement q(impl_->db, "INSERT INTO runs(started_at, state, pid, config, sites) VALUES(?1, 'running', ?2, ?3, ?4)",
              "recording a run");
  std::string names = json_string_array(sites);
  q.bind(1, iso_utc_now()).bind(2, static_cast<std::int64_t>(::getpid())).bind(3, config).bind(4, names);
  q.run();
  std::int64_t id = sqlite3_last_insert_rowid(impl_->db.get());
  tx.commit();
  return id;
}

void Archive::update_run(std::int64_t run_id, std::string_view summary_json) {
  impl_->require_writable("record a run");
  Statement q(impl_->db, "UPDATE runs SET summary = ?2 WHERE id = ?1", "recording a run's progress");
  q.bind(1, run_id).bind(2, summary_json);
  q.run();
}

void Archive::finish_run(std::int64_t run_id, std::string_view state, int exit_code, std::string_view summary_json) {
  impl_->require_writable("record a run");
  Statement q(impl_->db,
              "UPDATE runs SET finished_at = ?2, state = ?3, exit_code = ?4, summary = ?5 WHERE id = ?1",
              "recording the end of a run");
  q.bind(1, run_id).bind(2, iso_utc_now()).bind(3, state).bind(4, exit_code).bind(5, summary_json);
  q.run();
}

std::vector<RunRecord> Archive::runs(int limit) const {
  Statement q(impl_->db, std::string(kRunColumns) + "ORDER BY id DESC LIMIT ?1", "listing runs");
  q.bind(1, limit);
  std::vector<RunRecord> out;
  while (q.step()) out.push_back(read_run(q));
  return out;
}

std::optional<RunRecord> Archive::run(std::int64_t run_id) const {
  Statement q(impl_->db, std::string(kRunColumns) + "WHERE id = ?1", "reading a run");
  q.bind(1, run_id);
  if (!q.step()) return std::nullopt;
  return read_run(q);
}

}  // namespace newsarchive

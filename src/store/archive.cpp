// Opening the archive (pragmas, migrations) and saving batches of page records.
#include <spdlog/spdlog.h>

#include <chrono>
#include <thread>

#include "store/impl.hpp"
#include "store/schema.hpp"
#include "store/tokenizer.hpp"
#include "store/writer.hpp"

namespace newsarchive {

Archive::Impl::Impl(const std::string& path, Mode m) : db(path, m == Mode::read_only), mode(m) {
  // Reading the header first: a file that is not SQLite fails here, before anything
  // could be written to it.
  version = store::read_schema_version(db);
  store::install_fast_unicode61(db);
  store::install_text_functions(db);
  if (mode == Mode::read_write) {
    if (sqlite3_db_readonly(db.get(), "main") == 1)
      throw ArchiveError(ArchiveError::Kind::read_only, "archive " + path + " is not writable");
    // News bodies run to several KB: 16 KiB pages keep them off overflow chains. Only a
    // new, empty file can still take it.
    if (version == 0) db.exec("PRAGMA page_size = 16384", "setting the page size");
    // Another process creating the same new file holds it while this one asks: SQLite then
    // answers "locked" at once, without its busy handler (the lock upgrade could deadlock).
    // Asked again for up to 5 s, as every later write waits.
    for (int attempt = 0;; ++attempt) {
      try {
        store::Statement wal(db, "PRAGMA journal_mode = WAL", "switching to WAL");
        if (wal.step() && wal.text(0) != "wal")
          spdlog::debug("archive {}: journal mode stays {}, WAL unavailable", path, wal.text(0));
        break;
      } catch (const ArchiveError& e) {
        if (e.kind() != ArchiveError::Kind::locked || attempt >= 100) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  }
  // A 64 MiB page cache, and checkpoints every 2,048 pages (32 MiB of WAL with 16 KiB
  // pages) rather than 1,000: bulk saving spends less time in checkpoints and their
  // fsyncs. Longer intervals (128 MiB) made a crawl's peak memory grow with its length.
  // Foreign keys are declared but not enforced row by row (SQLite's default): the writer
  // only references rows it has just written or read in the same transaction, and
  // nothing deletes articles. The per-row parent lookups (~20 per saved article) cost a
  // sixth of the writer's CPU (bench-archive on tmpfs); the tests run PRAGMA
  // foreign_key_check instead. Debian builds SQLite with secure_delete on, which zeroes
  // every freed page and cell: the search index frees pages as it merges, and the
  // archive never deletes an article, so the zeroing bought nothing.
  db.exec("PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; "
          "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 2048; PRAGMA secure_delete = OFF",
          "setting connection pragmas");
  version = store::migrate(db, store::migrations());
  spdlog::debug("archive {}: open {} at schema version {}", path,
                mode == Mode::read_only ? "read-only" : "read-write", version);
}

void Archive::Impl::require_writable(std::string_view what) const {
  if (mode == Mode::read_only)
    throw ArchiveError(ArchiveError::Kind::read_only,
                       "archive " + db.path() + " is open read-only: cannot " + std::string(what));
}

Archive::Archive(const std::string& path, Mode mode) : impl_(std::make_unique<Impl>(path, mode)) {}
Archive::~Archive() = default;
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;

int Archive::schema_version() const { return impl_->version; }
bool Archive::schema_current() const { return impl_->version == store::current_schema_version(); }
const std::string& Archive::path() const { return impl_->db.path(); }

std::vector<SaveResult> Archive::save_batch(std::vector<PageRecord>& records) {
  impl_->require_writable("save pages");
  auto start = std::chrono::steady_clock::now();
  // Compress and hash before taking the write lock, so the lock is held for writing
  // only (the crawl's parse workers have done both already).
  for (PageRecord& rec : records) {
    if (rec.raw_zstd.empty() && store::stores_page(rec)) rec.raw_zstd = compress_raw(rec.fetch.body);
    if (rec.article && rec.content_hash.empty()) rec.content_hash = content_hash(*rec.article);
  }

  std::vector<SaveResult> results;
  results.reserve(records.size());
  try {
    store::Transaction tx(impl_->db);
    store::FtsQueue fts;
    for (const PageRecord& rec : records) results.push_back(store::save_record(impl_->db, rec, fts));
    fts.write(impl_->db);
    tx.commit();
  } catch (const ArchiveError&) {
    throw;
  } catch (const std::exception& e) {
    throw ArchiveError(ArchiveError::Kind::other,
                       "archive " + impl_->db.path() + ": saving a batch failed: " + e.what());
  }
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  spdlog::debug("archive {}: saved {} records in {:.1f} ms", impl_->db.path(), records.size(), ms);
  return results;
}

SaveResult Archive::save(PageRecord& record) {
  std::vector<PageRecord> one;
  one.push_back(std::move(record));
  try {
    std::vector<SaveResult> r = save_batch(one);
    record = std::move(one.front());
    return r.front();
  } catch (...) {
    record = std::move(one.front());
    throw;
  }
}

void Archive::update_parsed(std::int64_t article_id, const Article& article) {
  impl_->require_writable("update an article");
  store::Transaction tx(impl_->db);
  store::FtsQueue fts;
  store::replace_parsed(impl_->db, article_id, article, fts);
  fts.write(impl_->db);
  tx.commit();
}

void Archive::update_parsed_batch(const std::vector<std::pair<std::int64_t, Article>>& updates) {
  impl_->require_writable("update articles");
  if (updates.empty()) return;
  auto start = std::chrono::steady_clock::now();
  store::Transaction tx(impl_->db);
  store::FtsQueue fts;
  for (const auto& [id, article] : updates) store::replace_parsed(impl_->db, id, article, fts);
  fts.write(impl_->db);
  tx.commit();
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  spdlog::debug("archive {}: re-parsed {} articles stored in {:.1f} ms", impl_->db.path(), updates.size(), ms);
}

}  // namespace newsarchive

#pragma once
// The parse-and-store half of every run: finished fetches go to parser workers (one
// per core: decode, extract, compress the raw page) and then to a single writer
// thread that stores them in batches, one transaction each. Used by `fetch`,
// `crawl` and the benchmarks; the caller drives the fetcher.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsarchive/archive.hpp"
#include "newsarchive/fetcher.hpp"

namespace newsarchive {

class OutletDirectory;

struct PipelineOptions {
  int workers = 0;                  // parser threads; 0 = one per core
  const OutletDirectory* outlets = nullptr;
  std::int64_t run_id = 0;          // stored with each fetch attempt
  std::size_t batch_size = 256;     // records per transaction
  int batch_max_ms = 250;           // a partial batch is written after this long
  std::size_t queue_capacity = 0;   // results waiting for a worker; 0 = 4 per worker
};

// What became of one pushed fetch, reported once it is stored.
struct PipelineOutcome {
  std::uint64_t tag = 0;
  std::string url;
  std::string final_url;
  long http_status = 0;
  FetchError error = FetchError::none;
  std::string reason;               // why it failed or holds no article; "" when stored
  NoArticleKind no_article = NoArticleKind::other;  // the kind, when saved.status is no_article
  bool not_stored = false;          // parsed, but the archive could not store it
  SaveResult saved;
  std::optional<std::string> headline;
  std::size_t sources = 0;
  std::int64_t raw_bytes = 0;       // page size as received (decoded)
  std::int64_t stored_bytes = 0;    // compressed size kept
};

class Pipeline {
 public:
  // Opens its own writer connection to the archive at `db_path` and starts the
  // threads. Throws ArchiveError when the archive cannot be opened.
  Pipeline(const std::string& db_path, const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Hands a finished fetch on; blocks while the workers' queue is full, which keeps
  // memory flat. Throws the writer's ArchiveError once the archive has failed.
  void push(FetchResult result);
  // Records a fetch that is not an article page (robots.txt, a feed, a sitemap, a
  // start page, an attempt that will be retried): stored as a fetch attempt with its
  // body dropped (no page), never parsed, never an article. `note` is kept as the
  // attempt's parse_error ("discovery: sitemap, 120 entries"). Its outcome comes out of
  // drain() like any other. Throws like push().
  void record_attempt(FetchResult result, std::string note);
  // Outcomes stored since the last call (any thread may call; typically the fetch loop).
  std::vector<PipelineOutcome> drain();
  // Pushed but not yet reported by drain().
  std::size_t in_progress() const;
  // Waits until everything pushed is stored and reported to drain(). Throws the
  // writer's ArchiveError if the archive failed.
  void finish();

  struct State;

 private:
  std::unique_ptr<State> state_;
};

// Decodes and extracts one fetched page into a record ready for the archive (what a
// pipeline worker does). Pure apart from CPU; exposed for reparse and benchmarks.
PageRecord prepare_record(FetchResult fetch, const OutletDirectory* outlets, std::int64_t run_id);

}  // namespace newsarchive

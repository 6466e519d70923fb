#include "newsarchive/pipeline.hpp"

#include <pthread.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "core/text.hpp"
#include "crawl/bounded_queue.hpp"
#include "crawl/redirect_target.hpp"
#include "newsarchive/extract.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {
namespace {

bool is_fatal(const ArchiveError& e) {
  using K = ArchiveError::Kind;
  return e.kind() == K::full || e.kind() == K::io || e.kind() == K::read_only || e.kind() == K::corrupt || e.kind() == K::open ||
         e.kind() == K::locked;  // another process holds the write lock past the busy timeout
}

std::string failure_reason(const FetchResult& f) {
  if (f.error != FetchError::none) return std::string(fetch_error_name(f.error)) + ": " + f.error_message;
  if (f.status < 200 || f.status >= 400) return "HTTP " + std::to_string(f.status);
  return {};
}

PipelineOutcome outcome_of(const PageRecord& rec, std::int64_t raw_bytes) {
  PipelineOutcome o;
  o.tag = rec.fetch.tag;
  o.url = rec.fetch.url;
  o.final_url = rec.fetch.final_url;
  o.http_status = rec.fetch.status;
  o.error = rec.fetch.error;
  o.reason = failure_reason(rec.fetch);
  if (o.reason.empty()) o.reason = rec.parse_error;
  o.no_article = rec.no_article;
  if (rec.article) {
    o.headline = rec.article->headline;
    o.sources = rec.article->sources.size();
  }
  o.raw_bytes = raw_bytes;
  o.stored_bytes = static_cast<std::int64_t>(rec.raw_zstd.size());
  return o;
}

// Credentials in a URL ("user:password@") open the door for the request only: the
// record that is stored and reported keeps none.
void forget_credentials(FetchResult& f) {
  f.url = redact_url(f.url);
  f.final_url = redact_url(f.final_url);
}

}  // namespace

PageRecord prepare_record(FetchResult fetch, const OutletDirectory* outlets, std::int64_t run_id) {
  PageRecord rec;
  rec.run_id = run_id;
  rec.fetch = std::move(fetch);
  forget_credentials(rec.fetch);
  const FetchResult& f = rec.fetch;
  if (f.error != FetchError::none || f.status == 304 || f.status < 200 || f.status >= 300) {
    rec.fetch.body.clear();  // error pages are not archived, only the attempt
    return rec;
  }
  if (f.body.empty()) {
    rec.parse_error = "empty response body";
    return rec;
  }
  if (!looks_like_html(f.body, f.content_type)) {
    rec.parse_error = "not an HTML page (" + (f.content_type.empty() ? std::string("no content type") : f.content_type) + ")";
    rec.fetch.body.clear();  // binary payloads are not kept as pages
    return rec;
  }
  // Compressed first and decoded only when the bytes are not clean UTF-8 already, so a
  // huge page is held once (plus what the parser makes of it), not three times.
  rec.raw_zstd = Archive::compress_raw(f.body);
  // What the story's address was sent to instead of the story is no story, whatever its
  // text (a wall may hold none).
  if (auto away = sent_away(f)) {
    rec.parse_error = "redirected to " + away->what + " (" + f.final_url + "), not a story";
    rec.no_article = away->kind;
    return rec;
  }
  std::optional<std::string> utf8 = decode_to_utf8_if_needed(f.body, f.content_type, &rec.charset);
  Page page;
  page.body = utf8 ? std::string_view(*utf8) : std::string_view(f.body);
  page.content_type = "text/html; charset=utf-8";
  page.url = f.final_url.empty() ? f.url : f.final_url;
  page.requested_url = f.url;
  ExtractOptions options;
  options.outlets = outlets;
  try {
    Article article = extract_article(page, options);
    if (!has_article_text(article)) {
      rec.parse_error = "no article text found";
    } else if (article.declared == Article::Declared::listing && sent_to_a_section(f)) {
      rec.parse_error = "redirected to a section page (" + f.final_url + "), not a story";
      rec.no_article = NoArticleKind::redirected_away;
    } else if (is_error_page(article)) {
      rec.parse_error = "an error page served as HTTP 200 (soft 404): \"" + article.headline.value_or("") + "\"";
      rec.no_article = NoArticleKind::soft_404;
    } else {
      rec.content_hash = Archive::content_hash(article);
      rec.article = std::move(article);
    }
  } catch (const std::exception& e) {  // extraction promises not to throw; be safe anyway
    rec.parse_error = std::string("extraction failed: ") + e.what();
  }
  return rec;
}

struct Pipeline::State {
  PipelineOptions options;
  BoundedQueue<FetchResult> fetched;
  BoundedQueue<PageRecord> parsed;
  std::vector<std::thread> workers;
  std::thread writer;
  Archive archive;

  mutable std::mutex mutex;  // guards outcomes and fatal
  std::vector<PipelineOutcome> outcomes;
  std::optional<ArchiveError> fatal;
  std::atomic<std::size_t> pushed{0};
  std::atomic<std::size_t> reported{0};
  bool finished = false;

  State(const std::string& db_path, const PipelineOptions& opts, std::size_t workers_n)
      : options(opts),
        fetched(opts.queue_capacity ? opts.queue_capacity : 4 * workers_n),
        parsed(2 * opts.batch_size),
        archive(db_path, Archive::Mode::read_write) {}

  void report(std::vector<PipelineOutcome> batch) {
    std::lock_guard<std::mutex> lock(mutex);
    for (auto& o : batch) outcomes.push_back(std::move(o));
  }

  void work() {
    pthread_setname_np(pthread_self(), "na-parse");  // names threads in top and perf
    while (auto fetch = fetched.pop()) {
      PageRecord rec = prepare_record(std::move(*fetch), options.outlets, options.run_id);
      if (!parsed.push(std::move(rec))) return;
    }
  }

  void write(std::vector<PageRecord>& batch) {
    std::vector<std::int64_t> raw_sizes;
    for (const auto& r : batch) raw_sizes.push_back(static_cast<std::int64_t>(r.fetch.body.size()));
    std::vector<PipelineOutcome> done;
    std::optional<ArchiveError> fatal_now;
    {
      std::lock_guard<std::mutex> lock(mutex);
      fatal_now = fatal;
    }
    if (!fatal_now) {
      try {
        std::vector<SaveResult> saved = archive.save_batch(batch);
        for (std::size_t i = 0; i < batch.size(); ++i) {
          done.push_back(outcome_of(batch[i], raw_sizes[i]));
          done.back().saved = saved[i];
        }
      } catch (const ArchiveError& e) {
        if (is_fatal(e)) {
          spdlog::debug("archive: {}", e.what());  // rethrown by push()/finish() and reported once
          std::lock_guard<std::mutex> lock(mutex);
          fatal = e;
          fatal_now = e;
        } else {
          // Isolate the record that failed so one bad page does not lose the batch.
          spdlog::warn("archive: batch failed ({}); storing its pages one by one", e.what());
          for (std::size_t i = 0; i < batch.size(); ++i) {
            PipelineOutcome o = outcome_of(batch[i], raw_sizes[i]);
            try {
              o.saved = archive.save(batch[i]);
            } catch (const ArchiveError& one) {
              o.saved.status = SaveStatus::failed;
              o.not_stored = true;
              o.reason = std::string("not stored: ") + one.what();
            }
            done.push_back(std::move(o));
          }
        }
      }
    }
    if (fatal_now) {
      done.clear();
      for (std::size_t i = 0; i < batch.size(); ++i) {
        PipelineOutcome o = outcome_of(batch[i], raw_sizes[i]);
        o.saved.status = SaveStatus::failed;
        o.not_stored = true;
        o.reason = std::string("not stored: ") + fatal_now->what();
        done.push_back(std::move(o));
      }
    }
    batch.clear();
    report(std::move(done));
  }

  void write_loop() {
    pthread_setname_np(pthread_self(), "na-write");
    std::vector<PageRecord> batch;
    auto deadline = std::chrono::steady_clock::now();
    for (;;) {
      std::optional<PageRecord> rec = batch.empty() ? parsed.pop() : parsed.pop_until(deadline);
      if (rec) {
        if (batch.empty())
          deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(options.batch_max_ms);
        batch.push_back(std::move(*rec));
        if (batch.size() < options.batch_size) continue;
      } else if (batch.empty()) {
        return;  // closed and drained
      }
      write(batch);
    }
  }
};

Pipeline::Pipeline(const std::string& db_path, const PipelineOptions& options) {
  std::size_t n = options.workers > 0 ? static_cast<std::size_t>(options.workers)
                                      : std::max(1u, std::thread::hardware_concurrency());
  state_ = std::make_unique<State>(db_path, options, n);
  for (std::size_t i = 0; i < n; ++i) state_->workers.emplace_back([s = state_.get()] { s->work(); });
  state_->writer = std::thread([s = state_.get()] { s->write_loop(); });
}

Pipeline::~Pipeline() {
  try {
    finish();
  } catch (...) {
    // The error was reported through drain() and logged; a destructor must not throw.
  }
}

void Pipeline::push(FetchResult result) {
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (state_->fatal) throw *state_->fatal;
  }
  ++state_->pushed;
  state_->fetched.push(std::move(result));
}

void Pipeline::record_attempt(FetchResult result, std::string note) {
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (state_->fatal) throw *state_->fatal;
  }
  PageRecord rec;
  rec.run_id = state_->options.run_id;
  rec.fetch = std::move(result);
  forget_credentials(rec.fetch);
  rec.fetch.body.clear();
  rec.fetch.body.shrink_to_fit();
  rec.parse_error = std::move(note);
  ++state_->pushed;
  state_->parsed.push(std::move(rec));
}

std::vector<PipelineOutcome> Pipeline::drain() {
  std::vector<PipelineOutcome> out;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    out.swap(state_->outcomes);
  }
  state_->reported += out.size();
  return out;
}

std::size_t Pipeline::in_progress() const { return state_->pushed - state_->reported; }

void Pipeline::finish() {
  if (!state_->finished) {
    state_->finished = true;
    state_->fetched.close();
    for (auto& t : state_->workers) t.join();
    state_->parsed.close();
    state_->writer.join();
  }
  std::lock_guard<std::mutex> lock(state_->mutex);
  if (state_->fatal) throw *state_->fatal;
}

}  // namespace newsarchive

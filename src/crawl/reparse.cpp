// reparse_archive: reader (this thread) -> parser workers -> one writer thread.
#include "crawl/reparse.hpp"

#include <pthread.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "core/stop_flag.hpp"
#include "core/text.hpp"
#include "crawl/bounded_queue.hpp"
#include "newsarchive/archive.hpp"
#include "newsarchive/extract.hpp"

namespace newsarchive {
namespace {

using Clock = std::chrono::steady_clock;

struct Job {
  std::int64_t id = 0;
  Archive::RawPage page;
  std::optional<StoredArticle> stored;
};

enum class Outcome { changed, unchanged, failed };

struct Result {
  std::int64_t id = 0;
  Outcome outcome = Outcome::failed;
  Article article;  // set when changed
};

// Thrown out of the reader's callback to end the walk once the writer has failed.
struct StopReading {};

bool same_sources(const std::vector<Source>& a, const std::vector<Source>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const Source& x = a[i];
    const Source& y = b[i];
    if (x.name != y.name || to_lower_ascii(x.domain) != to_lower_ascii(y.domain) || x.via != y.via ||
        x.mentions != y.mentions || x.credit_line != y.credit_line || x.urls != y.urls || x.evidence != y.evidence)
      return false;
  }
  return true;
}

// What a parser worker does with one stored page: the same decoding and extraction
// as the pipeline's prepare_record(), then a comparison with what is stored.
Result reparse_one(Job& job, const OutletDirectory* outlets) {
  Result r;
  r.id = job.id;
  if (!job.page.error.empty() || !job.stored) {
    spdlog::warn("reparse: article {}: {}", job.id, job.page.error.empty() ? "gone" : job.page.error);
    return r;
  }
  std::string utf8 = decode_to_utf8(job.page.body, job.page.content_type);
  job.page.body.clear();
  job.page.body.shrink_to_fit();
  Page page;
  page.body = utf8;
  page.content_type = "text/html; charset=utf-8";
  page.url = job.page.url;
  page.requested_url = job.page.requested_url;
  ExtractOptions options;
  options.outlets = outlets;
  Article a = extract_article(page, options);
  if (!has_article_text(a)) {
    spdlog::info("reparse: article {}: no article text found now; left as stored", job.id);
    return r;
  }
  if (same_parsed_fields(a, job.stored->article)) {
    r.outcome = Outcome::unchanged;
    return r;
  }
  r.outcome = Outcome::changed;
  r.article = std::move(a);
  return r;
}

class Reparser {
 public:
  Reparser(const ReparseOptions& o, std::size_t workers)
      : options_(o), jobs_(2 * workers), results_(4 * workers + o.batch_size) {}

  ReparseSummary run(std::size_t worker_count) {
    auto start = Clock::now();
    // Opening read-write first creates nothing new but migrates an older archive. A dry
    // run writes nothing, so it reads an archive it may not write (read-only media).
    std::optional<Archive> writer_archive;
    writer_archive.emplace(options_.db_path, options_.dry_run ? Archive::Mode::read_only : Archive::Mode::read_write);
    Archive reader(options_.db_path, Archive::Mode::read_only);

    std::vector<std::thread> workers;
    for (std::size_t i = 0; i < worker_count; ++i) workers.emplace_back([this] { work(); });
    std::thread writer([this, &writer_archive] { write_loop(*writer_archive); });

    std::optional<ArchiveError> read_error;
    try {
      Archive::RawPageFilter filter;
      filter.site = options_.site;
      filter.since = options_.since;
      reader.for_each_raw_page(filter, [&](std::int64_t id, Archive::RawPage&& page) {
        if (options_.stop && options_.stop->requested()) {
          summary_.interrupted = true;
          throw StopReading{};
        }
        Job job;
        job.id = id;
        job.page = std::move(page);
        job.stored = reader.article(id);
        if (!jobs_.push(std::move(job))) throw StopReading{};
      });
    } catch (const StopReading&) {
      // A stop request, or the writer failed (its error is thrown below).
    } catch (const ArchiveError& e) {
      read_error = e;
    }
    jobs_.close();
    for (auto& t : workers) t.join();
    results_.close();
    writer.join();
    // A stop that came after the last page was read still ends the run as interrupted.
    if (options_.stop && options_.stop->requested()) summary_.interrupted = true;
    summary_.elapsed_s = std::chrono::duration<double>(Clock::now() - start).count();
    if (write_error_) throw *write_error_;
    if (read_error) throw *read_error;
    return summary_;
  }

 private:
  void work() {
    pthread_setname_np(pthread_self(), "na-parse");
    while (auto job = jobs_.pop()) {
      // A stop request leaves the pages read but not yet parsed as they are stored.
      if (options_.stop && options_.stop->requested()) continue;
      if (!results_.push(reparse_one(*job, options_.outlets))) return;
    }
  }

  void write_loop(Archive& archive) {
    pthread_setname_np(pthread_self(), "na-write");
    std::vector<std::pair<std::int64_t, Article>> batch;
    auto deadline = Clock::now();
    auto flush = [&] {
      if (batch.empty()) return;
      if (!options_.dry_run && !write_error_) {
        try {
          archive.update_parsed_batch(batch);
        } catch (const ArchiveError& e) {
          spdlog::error("reparse: {}", e.what());
          write_error_ = e;
          jobs_.close();  // stops the reader and the workers
          results_.close();
        }
      }
      batch.clear();
    };
    for (;;) {
      std::optional<Result> r = batch.empty() ? results_.pop() : results_.pop_until(deadline);
      if (!r) {
        if (batch.empty() && results_.closed()) return;
        flush();
        continue;
      }
      ++summary_.pages;
      if (++since_log_ == 1000) {
        since_log_ = 0;
        spdlog::info("reparse: {} pages, {} changed", summary_.pages, summary_.changed);
      }
      switch (r->outcome) {
        case Outcome::unchanged: ++summary_.unchanged; continue;
        case Outcome::failed: ++summary_.failed; continue;
        case Outcome::changed: ++summary_.changed; break;
      }
      if (batch.empty()) deadline = Clock::now() + std::chrono::milliseconds(250);
      batch.emplace_back(r->id, std::move(r->article));
      if (batch.size() >= options_.batch_size) flush();
    }
  }

  const ReparseOptions& options_;
  BoundedQueue<Job> jobs_;
  BoundedQueue<Result> results_;
  ReparseSummary summary_;  // written by the writer thread only, read after join
  int since_log_ = 0;
  std::optional<ArchiveError> write_error_;  // writer thread; read after join
};

}  // namespace

bool same_parsed_fields(const Article& a, const Article& b) {
  auto same_links = [](const std::vector<Link>& x, const std::vector<Link>& y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                      [](const Link& l, const Link& m) { return l.url == m.url && l.text == m.text; });
  };
  return a.canonical_url == b.canonical_url && a.site_name == b.site_name && a.headline == b.headline &&
         a.published == b.published && a.modified == b.modified && a.language == b.language &&
         a.description == b.description && a.body == b.body && a.authors == b.authors &&
         same_links(a.links, b.links) && same_sources(a.sources, b.sources);
}

ReparseSummary reparse_archive(const ReparseOptions& options) {
  std::size_t n = options.workers > 0 ? static_cast<std::size_t>(options.workers)
                                      : std::max(1u, std::thread::hardware_concurrency());
  ReparseOptions o = options;
  if (o.batch_size == 0) o.batch_size = 1;
  Reparser reparser(o, n);
  return reparser.run(n);
}

}  // namespace newsarchive

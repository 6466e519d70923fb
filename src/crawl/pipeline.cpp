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
#include "newsarchive/extract.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {
namespace {

bool is_fatal(const ArchiveError& e) {
  using K = ArchiveError::Kind;
  return e.kind() == K::full || e.kind() == K::read_only || e.kind() == K::corrupt || e.kind() == K::open ||
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

// Where a story's address sent the request instead of the story: a sign-in, consent or
// subscription wall, or the site's front page or the section above the story (a removed
// story sent home). What is there is no story, whatever text it carries. Returns what it
// is, or "".
constexpr std::string_view kWall = "a sign-in, consent or subscription page";

std::string redirected_away(const FetchResult& f) {
  if (f.final_url.empty() || f.final_url == f.url) return "";
  auto to = parse_url(f.final_url);
  auto from = parse_url(f.url);
  if (!to || !from || normalize_url(f.final_url) == normalize_url(f.url)) return "";
  // A directory's index page is the directory: "/index.html" is the front page,
  // "/politics/index.php" the section. A query that is only a referrer tag does not make
  // a page of it ("/?ref=gone"); one that names a post does ("/?p=123").
  std::string above = to->path;
  if (std::size_t slash = above.rfind('/'); above.compare(slash + 1, 6, "index.") == 0) above.erase(slash + 1);
  bool plain = true;
  if (to->has_query)
    for (std::string_view param : split(to->query, '&')) {
      std::string key = to_lower_ascii(param.substr(0, param.find('=')));
      if (key != "ref" && key != "from" && key != "src" && key != "source" && key.rfind("utm_", 0) != 0) plain = false;
    }
  if (above == "/" && plain && from->path != "/") return "the front page";
  // "/politics/2026/11/story.html" sent to "/politics/": the section above the story. Not
  // a variant sent to the story itself: "/story/amp/", "/story/print", "/story/index.html".
  if (above.back() != '/') above.push_back('/');
  if (plain && registrable_domain(to->host) == registrable_domain(from->host) &&
      from->path.size() > above.size() && from->path.compare(0, above.size(), above) == 0) {
    std::string_view rest = std::string_view(from->path).substr(above.size());
    while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
    // Sections have names ("/politics/", "/world/europe/", "/politics/2026/11/"); a story
    // has a slug: one level below a slug ("/news/harbour-bridge-reopens/photos") is a part
    // of that story. A page number is short; "/politics/1234567" is a story's id.
    std::string_view parent = std::string_view(above).substr(0, above.size() - 1);
    parent = parent.substr(parent.rfind('/') + 1);
    bool slug = std::count(parent.begin(), parent.end(), '-') >= 2;
    bool page_number = !rest.empty() && rest.size() <= 3 && rest.find_first_not_of("0123456789") == std::string_view::npos;
    bool variant = rest == "amp" || rest == "amp.html" || rest == "print" || rest == "comments" ||
                   rest == "feed" || rest.rfind("index.", 0) == 0 || page_number ||
                   (slug && rest.find('/') == std::string_view::npos);
    if (!variant) return "the section page above the story";
  }
  std::string_view host = to->host;
  for (std::string_view label : {"consent.", "login.", "signin.", "accounts.", "account.", "myaccount.", "subscribe."})
    if (host.rfind(label, 0) == 0) return std::string(kWall);
  std::string_view path = to->path;
  path.remove_prefix(1);
  std::string first = to_lower_ascii(path.substr(0, path.find('/')));
  static constexpr std::string_view kWalls[] = {
      "login", "signin", "sign-in", "signup", "sign-up", "logon", "log-in", "account", "accounts", "my-account",
      "myaccount", "auth", "sso", "register", "registration", "subscribe", "subscription", "subscriptions",
      "paywall", "consent", "anmelden", "abo", "login.php", "wp-login.php", "signin.html", "login.html"};
  auto wall = [&](std::string_view segment) {
    return std::find(std::begin(kWalls), std::end(kWalls), segment) != std::end(kWalls);
  };
  // The first segment, or the second after a language ("/de/login") or "user" (Drupal).
  std::string_view rest = std::string_view(path).substr(std::min(path.size(), first.size() + 1));
  std::string second = to_lower_ascii(rest.substr(0, rest.find('/')));
  if (wall(first) || ((first.size() == 2 || first == "user") && wall(second)))
    return std::string(kWall);
  return "";
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
  if (std::string away = redirected_away(f); !away.empty()) {
    rec.parse_error = "redirected to " + away + " (" + f.final_url + "), not a story";
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
    } else if (is_error_page(article)) {
      rec.parse_error = "an error page served as HTTP 200 (soft 404): \"" + article.headline.value_or("") + "\"";
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

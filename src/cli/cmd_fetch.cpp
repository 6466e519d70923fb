// `fetch URL... | fetch -i FILE`: fetch, parse and archive, one line per input URL.
// SIGINT/SIGTERM stop it with 130 once what finished is stored and reported.
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_map>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/line_reader.hpp"
#include "cli/render.hpp"
#include "core/stop_flag.hpp"
#include "core/text.hpp"
#include "newsarchive/pipeline.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive::cli {
namespace {

struct FetchOptions {
  std::vector<std::string> urls;
  std::string input;
  bool json = false;
};

// Each distinct URL is fetched once (as first given: URLs that normalise alike, differing
// in case, fragment or tracking parameters, are one) and its line printed once per time
// the input named it, also when a copy arrives after it finished.
class Inputs {
 public:
  // The index of `url`'s first form; `fresh` says whether it is new.
  std::size_t add(const std::string& url, bool& fresh) {
    ++total_;
    auto [it, inserted] = index_.emplace(normalize_url(url).value_or(url), unique_.size());
    fresh = inserted;
    if (inserted) {
      unique_.push_back(url);
      copies_.push_back(0);
      outcomes_.emplace_back();
    }
    ++copies_[it->second];
    return it->second;
  }
  const std::string& url(std::size_t i) const { return unique_[i]; }
  std::size_t copies(std::size_t i) const { return i < copies_.size() ? copies_[i] : 1; }
  // The finished outcome of unique URL i, kept for copies given later.
  const std::optional<PipelineOutcome>& outcome(std::size_t i) const { return outcomes_[i]; }
  void finished(std::size_t i, const PipelineOutcome& o) {
    if (i < outcomes_.size()) outcomes_[i] = o;
  }
  std::size_t total() const { return total_; }

 private:
  std::vector<std::string> unique_;
  std::vector<std::size_t> copies_;
  std::vector<std::optional<PipelineOutcome>> outcomes_;
  std::unordered_map<std::string, std::size_t> index_;
  std::size_t total_ = 0;
};

// A file or stdin read with a LineReader; the file's descriptor closed at the end.
struct InputFile {
  int fd = -1;
  bool owned = false;
  explicit InputFile(const std::string& path) {
    if (path == "-") {
      fd = 0;
    } else {
      fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) throw CliError(kUsage, "cannot read URL list " + path + ": " + std::strerror(errno));
      owned = true;
    }
  }
  ~InputFile() {
    if (owned) ::close(fd);
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
};

// What is archived of an article a 304 confirmed (a 304 carries no page): its headline
// and its count of cited sources, for the line. The read-only connection opens on
// first use, so a run without a 304 never opens it.
class StoredArticles {
 public:
  explicit StoredArticles(std::string db) : db_(std::move(db)) {}

  void describe(PipelineOutcome& o) {
    try {
      if (!reader_) reader_.emplace(db_, Archive::Mode::read_only);
      if (auto stored = reader_->article(o.saved.article_id)) {
        o.headline = stored->article.headline;
        o.sources = static_cast<decltype(o.sources)>(stored->article.sources.size());
      }
    } catch (const ArchiveError& e) {
      spdlog::debug("fetch: cannot read the stored article #{}: {}", o.saved.article_id, e.what());
    }
  }

 private:
  std::string db_;
  std::optional<Archive> reader_;
};

void print_outcome(const PipelineOutcome& o, bool json) {
  const char* status = save_status_name(o.saved.status);
  if (json) {
    Json j{{"url", o.url},
           {"final_url", o.final_url.empty() ? Json(nullptr) : Json(o.final_url)},
           {"status", status},
           {"http_status", o.http_status ? Json(o.http_status) : Json(nullptr)},
           {"error", o.reason.empty() ? Json(nullptr) : Json(o.reason)},
           {"article_id", o.saved.article_id ? Json(o.saved.article_id) : Json(nullptr)},
           {"headline", o.headline ? Json(*o.headline) : Json(nullptr)},
           {"sources", o.sources}};
    std::cout << json_line(j) << '\n';
    return;
  }
  std::string id = o.saved.article_id ? "#" + std::to_string(o.saved.article_id) : "-";
  // The URL and the reason quoting it come from the input as typed: keep them printable.
  std::cout << status << '\t' << id << '\t' << terminal_safe(o.url) << '\t';
  if (!o.reason.empty())
    std::cout << terminal_safe(o.reason);
  else if (o.headline)
    std::cout << *o.headline;
  else if (o.saved.status == SaveStatus::not_modified)
    std::cout << "not modified (no article archived from this URL)";
  std::cout << '\n';
}

bool succeeded(const PipelineOutcome& o) {
  switch (o.saved.status) {
    case SaveStatus::added:
    case SaveStatus::changed:
    case SaveStatus::unchanged:
    case SaveStatus::not_modified:
      return true;
    default:
      return false;
  }
}

int run_fetch(const FetchOptions& opts, Context& ctx) {
  if (opts.urls.empty() && opts.input.empty()) throw CliError(kUsage, "fetch: no URLs given (arguments or -i FILE)");
  std::optional<InputFile> input;
  if (!opts.input.empty()) input.emplace(opts.input);
  StopFlag& stop = install_stop_handlers();
  const std::string db = ctx.db_path();

  // The archive's users are made at the first URL, so an empty list creates no archive;
  // the fetcher exists before the list's reader thread, which wakes it.
  std::unique_ptr<Fetcher> fetcher = make_curl_fetcher(ctx.fetcher_options());
  std::optional<Archive> lookup;  // validators of URLs archived before
  std::unique_ptr<Pipeline> pipeline;
  std::optional<StoredArticles> stored;
  PipelineOptions popts;
  popts.workers = ctx.workers;
  popts.outlets = &ctx.outlets();

  Inputs in;
  std::size_t ok = 0, failed = 0, done = 0;
  auto count = [&](const PipelineOutcome& o, std::size_t copies) {
    for (std::size_t i = 0; i < copies; ++i) print_outcome(o, opts.json);
    done += copies;
    if (succeeded(o)) {
      ok += copies;
    } else {
      failed += copies;
      // Logs never carry credentials a URL may hold (user:password@host).
      spdlog::info("{}: {}", redact_url(o.url), o.reason.empty() ? save_status_name(o.saved.status) : o.reason);
    }
  };
  auto admit = [&](const std::string& url) {
    bool fresh = false;
    std::size_t i = in.add(url, fresh);
    if (!fresh) {
      if (const auto& o = in.outcome(i)) count(*o, 1);  // a copy of a URL already reported
      return;
    }
    if (!lookup) {
      lookup.emplace(db);  // creates or migrates before the writer opens it
      pipeline = std::make_unique<Pipeline>(db, popts);
      stored.emplace(db);
    }
    FetchRequest r;
    r.url = url;
    r.tag = i;
    if (auto known = lookup->known_url(r.url)) {
      if (!known->etag.empty()) r.etag = known->etag;
      if (!known->last_modified.empty()) r.last_modified = known->last_modified;
    }
    fetcher->add(std::move(r));
  };
  auto report = [&](std::vector<PipelineOutcome> outcomes) {
    for (auto& o : outcomes) {
      if (o.saved.status == SaveStatus::not_modified && !o.headline && o.saved.article_id) stored->describe(o);
      in.finished(o.tag, o);
      count(o, in.copies(o.tag));
    }
    std::cout.flush();
  };

  for (const std::string& url : opts.urls) admit(url);
  // The list is read as it arrives: a producer writing to a pipe sees its first URLs
  // archived while it still writes.
  std::optional<LineReader> lines;
  if (input) lines.emplace(input->fd, [f = fetcher.get()] { f->wakeup(); });
  // A stop request (SIGINT/SIGTERM) starts nothing more; what finished is still stored.
  while (!stop.requested()) {
    if (lines)
      for (const std::string& url : lines->take()) admit(url);
    const bool fetching = fetcher->pending() > 0;
    const bool parsing = pipeline && pipeline->in_progress() > 0;
    const bool reading = lines && !lines->done();
    if (!fetching && !parsing && !reading) break;
    if (fetching) {
      for (auto& result : fetcher->perform(200)) pipeline->push(std::move(result));
    } else if (reading) {
      lines->wait(std::chrono::milliseconds(parsing ? 20 : 200));
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));  // the last pages are being stored
    }
    if (pipeline) report(pipeline->drain());
  }
  const bool interrupted = stop.requested() && (fetcher->pending() > 0 || (lines && !lines->done()));
  std::string read_error = lines ? lines->error() : "";
  lines.reset();
  fetcher.reset();  // aborts the transfers still in flight
  if (pipeline) {
    pipeline->finish();
    report(pipeline->drain());
  }
  if (!read_error.empty()) throw CliError(kUsage, "error reading URL list " + opts.input + ": " + read_error);
  if (in.total() == 0) throw CliError(kUsage, "fetch: no URLs in " + opts.input);
  if (!ctx.quiet)
    spdlog::info("{} URL{}: {} archived, {} failed", in.total(), in.total() == 1 ? "" : "s", ok, failed);
  if (interrupted) {
    spdlog::warn("fetch: stopped by signal {}; {} of {} URLs not fetched", stop.signal_number(),
                 in.total() - done, in.total());
    return kInterrupted;
  }
  return failed ? kSomeFailed : kOk;
}

}  // namespace

Command add_fetch_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<FetchOptions>();
  CLI::App* cmd = app.add_subcommand("fetch", "Fetch, parse and archive URLs");
  cmd->add_option("urls", opts->urls, "URLs to fetch")->type_name("URL");
  cmd->add_option("-i,--input", opts->input, "File with one URL a line ('-' = stdin)")->type_name("FILE");
  cmd->add_flag("--json", opts->json, "Report each URL as a JSON line");
  return {cmd, [opts, &ctx] { return run_fetch(*opts, ctx); }};
}

}  // namespace newsarchive::cli

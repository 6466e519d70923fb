// `fetch URL... | fetch -i FILE`: fetch, parse and archive, one line per input URL.
// SIGINT/SIGTERM stop it with 130 once what finished is stored and reported.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <optional>
#include <unordered_map>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
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

// One URL a line; blank lines and '#' comments skipped.
std::vector<std::string> read_url_list(const std::string& path) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path);
    if (!file) throw CliError(kUsage, "cannot read URL list " + path);
    in = &file;
  }
  std::vector<std::string> urls;
  std::string line;
  while (std::getline(*in, line)) {
    std::string_view t = trim(line);
    if (t.empty() || t.front() == '#') continue;
    urls.emplace_back(t);
  }
  if (in->bad()) throw CliError(kUsage, "error reading URL list " + path);
  return urls;
}

// Each distinct URL is fetched once (as first given: URLs that normalise alike, differing
// in case, fragment or tracking parameters, are one); copies[i] counts how often the
// input named unique[i], so its line can be printed once per input URL.
struct Inputs {
  std::vector<std::string> unique;
  std::vector<std::size_t> copies;
};

Inputs distinct(const std::vector<std::string>& urls) {
  Inputs in;
  std::unordered_map<std::string, std::size_t> index;
  for (const auto& u : urls) {
    auto [it, fresh] = index.emplace(normalize_url(u).value_or(u), in.unique.size());
    if (fresh) {
      in.unique.push_back(u);
      in.copies.push_back(0);
    }
    ++in.copies[it->second];
  }
  return in;
}

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
  std::vector<std::string> urls = opts.urls;
  if (!opts.input.empty()) {
    auto listed = read_url_list(opts.input);
    urls.insert(urls.end(), listed.begin(), listed.end());
  }
  if (urls.empty()) throw CliError(kUsage, "fetch: no URLs given (arguments or -i FILE)");
  const Inputs in = distinct(urls);

  const std::string db = ctx.db_path();
  std::vector<FetchRequest> requests;
  {
    Archive archive(db);  // creates or migrates before the writer opens it
    for (std::size_t i = 0; i < in.unique.size(); ++i) {
      FetchRequest r;
      r.url = in.unique[i];
      r.tag = i;
      if (auto known = archive.known_url(r.url)) {
        if (!known->etag.empty()) r.etag = known->etag;
        if (!known->last_modified.empty()) r.last_modified = known->last_modified;
      }
      requests.push_back(std::move(r));
    }
  }
  PipelineOptions popts;
  popts.workers = ctx.workers;
  popts.outlets = &ctx.outlets();
  Pipeline pipeline(db, popts);
  StoredArticles stored(db);
  StopFlag& stop = install_stop_handlers();
  auto fetcher = make_curl_fetcher(ctx.fetcher_options());
  for (auto& r : requests) fetcher->add(std::move(r));

  std::size_t ok = 0, failed = 0, done = 0;
  auto report = [&](std::vector<PipelineOutcome> outcomes) {
    for (auto& o : outcomes) {
      if (o.saved.status == SaveStatus::not_modified && !o.headline && o.saved.article_id) stored.describe(o);
      const std::size_t copies = o.tag < in.copies.size() ? in.copies[o.tag] : 1;
      for (std::size_t i = 0; i < copies; ++i) print_outcome(o, opts.json);
      done += copies;
      if (succeeded(o)) {
        ok += copies;
      } else {
        failed += copies;
        // Logs never carry credentials a URL may hold (user:password@host).
        spdlog::info("{}: {}", redact_url(o.url), o.reason.empty() ? save_status_name(o.saved.status) : o.reason);
      }
    }
    std::cout.flush();
  };
  // A stop request (SIGINT/SIGTERM) starts nothing more; what finished is still stored.
  while (fetcher->pending() > 0 && !stop.requested()) {
    for (auto& result : fetcher->perform(200)) pipeline.push(std::move(result));
    report(pipeline.drain());
  }
  const bool interrupted = fetcher->pending() > 0;
  fetcher.reset();  // aborts the transfers still in flight
  pipeline.finish();
  report(pipeline.drain());
  if (!ctx.quiet)
    spdlog::info("{} URL{}: {} archived, {} failed", urls.size(), urls.size() == 1 ? "" : "s", ok, failed);
  if (interrupted) {
    spdlog::warn("fetch: stopped by signal {}; {} of {} URLs not fetched", stop.signal_number(),
                 urls.size() - done, urls.size());
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

// `fetch URL... | fetch -i FILE`: fetch, parse and archive, reporting each URL.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render.hpp"
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
  std::cout << status << '\t' << id << '\t' << o.url << '\t';
  if (!o.reason.empty())
    std::cout << o.reason;
  else if (o.headline)
    std::cout << *o.headline;
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
  std::set<std::string> seen;
  std::vector<std::string> unique;
  for (auto& u : urls)
    if (seen.insert(u).second) unique.push_back(u);

  const std::string db = ctx.db_path();
  std::vector<FetchRequest> requests;
  {
    Archive archive(db);  // creates or migrates before the writer opens it
    for (std::size_t i = 0; i < unique.size(); ++i) {
      FetchRequest r;
      r.url = unique[i];
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
  auto fetcher = make_curl_fetcher(ctx.fetcher_options());
  for (auto& r : requests) fetcher->add(std::move(r));

  std::size_t ok = 0, failed = 0;
  auto report = [&](std::vector<PipelineOutcome> outcomes) {
    for (const auto& o : outcomes) {
      print_outcome(o, opts.json);
      if (succeeded(o)) {
        ++ok;
      } else {
        ++failed;
        // Logs never carry credentials a URL may hold (user:password@host).
        spdlog::info("{}: {}", redact_url(o.url), o.reason.empty() ? save_status_name(o.saved.status) : o.reason);
      }
    }
    std::cout.flush();
  };
  while (fetcher->pending() > 0) {
    for (auto& result : fetcher->perform(200)) pipeline.push(std::move(result));
    report(pipeline.drain());
  }
  pipeline.finish();
  report(pipeline.drain());
  if (!ctx.quiet)
    spdlog::info("{} URL{}: {} archived, {} failed", unique.size(), unique.size() == 1 ? "" : "s", ok, failed);
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

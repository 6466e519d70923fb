// `history URL|ID [--diff A B] [--json]`: an article's versions, and a word diff
// between two of them.
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render.hpp"
#include "crawl/word_diff.hpp"

namespace newsarchive::cli {
namespace {

struct HistoryOptions {
  std::string ref;
  std::vector<int> diff;
  bool json = false;
};

const Revision& find_version(const std::vector<Revision>& revs, int number, const std::string& ref) {
  for (const Revision& r : revs)
    if (r.number == number) return r;
  throw CliError(kNotFound, "article " + ref + " has no version " + std::to_string(number) + " (it has " +
                                std::to_string(revs.size()) + ")");
}

std::string byline(const Revision& r) {
  std::string out;
  for (const std::string& name : r.authors) out += (out.empty() ? "" : "; ") + name;
  return out;
}

int run_history(const HistoryOptions& o, Context& ctx) {
  Archive archive = open_archive_for_reading(ctx);
  const StoredArticle found = find_article(archive, o.ref);
  std::vector<Revision> revs = archive.revisions(found.id);

  if (!o.diff.empty()) {
    const Revision& a = find_version(revs, o.diff.at(0), o.ref);
    const Revision& b = find_version(revs, o.diff.at(1), o.ref);
    // A corrected byline or date makes a version as a new text does: show it too.
    const WordDiff headline = word_diff(a.headline.value_or(""), b.headline.value_or(""));
    const WordDiff authors = word_diff(byline(a), byline(b));
    const WordDiff published = word_diff(a.published.value_or(""), b.published.value_or(""));
    const WordDiff body = word_diff(a.body, b.body);
    if (headline.coarse || authors.coarse || published.coarse || body.coarse)
      spdlog::warn("history: versions {} and {} differ too much to align word by word everywhere; some changed "
                   "stretches are shown as removed, then added, whole",
                   a.number, b.number);
    if (o.json) {
      Json j{{"id", found.id},
             {"from", a.number},
             {"to", b.number},
             {"headline", headline.text},
             {"authors", authors.text},
             {"published", published.text},
             {"body", body.text}};
      std::cout << json_line(j) << '\n';
      return kOk;
    }
    std::cout << "--- version " << a.number << "  " << a.fetched_at << '\n'
              << "+++ version " << b.number << "  " << b.fetched_at << '\n';
    std::cout << "headline: " << headline.text << '\n';
    std::cout << "authors: " << authors.text << '\n';
    std::cout << "published: " << published.text << "\n\n";
    std::cout << body.text << '\n';
    return kOk;
  }

  if (!o.json) std::cout << '#' << found.id << "  " << (found.url.empty() ? found.article.url : found.url) << '\n';
  for (const Revision& r : revs) {
    if (o.json) {
      Json j{{"id", found.id},
             {"version", r.number},
             {"fetched_at", r.fetched_at},
             {"headline", r.headline ? Json(*r.headline) : Json(nullptr)},
             {"authors", r.authors},
             {"published", r.published ? Json(*r.published) : Json(nullptr)},
             {"size", r.body.size()}};
      std::cout << json_line(j) << '\n';
    } else {
      std::cout << "  " << r.number << "  " << r.fetched_at << "  " << r.body.size() << " bytes  "
                << r.headline.value_or("(no headline)") << '\n';
    }
  }
  return kOk;
}

}  // namespace

Command add_history_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<HistoryOptions>();
  CLI::App* cmd = app.add_subcommand("history", "An archived article's versions, or a word diff between two");
  cmd->add_option("article", o->ref, "Article id or URL")->required()->type_name("ID|URL");
  cmd->add_option("--diff", o->diff, "Word diff from version A to version B ([-removed-] {+added+})")
      ->expected(2)
      ->type_name("A B");
  cmd->add_flag("--json", o->json, "Print as JSON");
  return {cmd, [o, &ctx] { return run_history(*o, ctx); }};
}

}  // namespace newsarchive::cli

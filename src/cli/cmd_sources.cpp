// `sources`: the outlets the archive's articles cite; `sources --cites OUTLET`: the
// articles citing one outlet.
#include <CLI/CLI.hpp>
#include <iomanip>
#include <iostream>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/option_checks.hpp"
#include "cli/render.hpp"
#include "core/text.hpp"
#include "newsarchive/outlets.hpp"

namespace newsarchive::cli {
namespace {

struct SourcesOptions {
  std::string cites;
  std::string site;
  std::string since;
  std::string until;
  int limit = 50;
  bool json = false;
};

// Sources are stored under the directory's canonical name, so an alias ("AP", "NYT")
// or a domain is resolved through the directory first. `matches` keeps every outlet the
// words could mean, for the hint when nothing is found.
struct ResolvedOutlet {
  std::string name;
  std::vector<const Outlet*> matches;
};

ResolvedOutlet resolve_outlet(const std::string& outlet, Context& ctx) {
  const OutletDirectory& dir = ctx.outlets();
  if (outlet.find('.') != std::string::npos && outlet.find(' ') == std::string::npos)
    if (const Outlet* host = dir.by_host(outlet)) return {host->name, {host}};
  auto named = dir.by_name(outlet);
  if (named.size() == 1) return {named.front()->name, named};
  return {outlet, named};
}

// The --site, --since and --until the user gave, as typed: "" when none.
std::string filter_text(const SourcesOptions& o) {
  std::string out;
  if (!o.site.empty()) out.append(" --site ").append(o.site);
  if (!o.since.empty()) out.append(" --since ").append(o.since);
  if (!o.until.empty()) out.append(" --until ").append(o.until);
  return out.empty() ? out : out.substr(1);
}

// Says why `--cites` found nothing: an outlet cited only outside the filter, an outlet
// nobody cited, one the directory does not know (a typo, or a name no article used), or
// words naming several outlets.
std::string nothing_cites(const std::string& asked, const ResolvedOutlet& r, const std::string& filter,
                          bool cited_elsewhere) {
  auto label = [](const Outlet* o) { return o->domains.empty() ? o->name : o->name + " (" + o->domains.front() + ")"; };
  if (cited_elsewhere) {
    std::string name = r.matches.size() == 1 ? label(r.matches.front()) : "\"" + asked + "\"";
    return "no archived article matching " + filter + " cites " + name + "; articles outside that filter do";
  }
  if (r.matches.size() == 1) return "no archived article cites " + label(r.matches.front());
  if (r.matches.empty())
    return "no archived article cites \"" + asked +
           "\", and the outlet directory does not know it (`newsarchive sources` lists the cited outlets)";
  std::string names;
  for (const Outlet* o : r.matches) names += (names.empty() ? "" : ", ") + label(o);
  return "\"" + asked + "\" could be any of " + names + "; give the outlet's domain";
}

int run_sources(const SourcesOptions& o, Context& ctx) {
  Archive archive = open_archive_for_reading(ctx);
  SourceFilter filter;
  if (!o.site.empty()) filter.site = o.site;
  if (!o.since.empty()) filter.since = o.since;
  if (!o.until.empty()) filter.until = day_after(o.until);  // the day itself included
  filter.limit = o.limit + 1;
  if (!o.cites.empty()) {
    ResolvedOutlet outlet = resolve_outlet(o.cites, ctx);
    auto citing = archive.articles_citing(outlet.name, filter);
    // stdout stays empty (for scripts); the reason is a warning on stderr.
    if (citing.empty()) {
      const std::string filter_given = filter_text(o);
      bool cited_elsewhere = false;
      if (!filter_given.empty()) {
        SourceFilter any;
        any.limit = 1;
        cited_elsewhere = !archive.articles_citing(outlet.name, any).empty();
      }
      spdlog::warn("{}", nothing_cites(o.cites, outlet, filter_given, cited_elsewhere));
    }
    keep_limit(citing, o.limit, "-n/--limit", ctx.quiet);
    for (const auto& s : citing) {
      if (o.json)
        std::cout << json_line(summary_json(s)) << '\n';
      else
        print_summary(std::cout, s);
    }
    return kOk;
  }
  auto top = archive.top_sources(filter);
  keep_limit(top, o.limit, "-n/--limit", ctx.quiet);
  for (const auto& c : top) {
    if (o.json) {
      std::cout << json_line(Json{{"name", c.name},
                                  {"domain", c.domain.empty() ? Json(nullptr) : Json(c.domain)},
                                  {"articles", c.articles},
                                  {"mentions", c.mentions},
                                  {"via_link", c.via_link},
                                  {"via_text", c.via_text},
                                  {"via_both", c.via_both}})
                << '\n';
    } else {
      std::cout << std::right << std::setw(6) << c.articles << std::setw(8) << c.mentions << "  " << c.name;
      if (!c.domain.empty()) std::cout << " (" << c.domain << ")";
      std::cout << "  [link " << c.via_link << ", text " << c.via_text << ", both " << c.via_both << "]\n";
    }
  }
  return kOk;
}

}  // namespace

Command add_sources_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<SourcesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "sources", "Most cited outlets across the archive (articles, mentions); --cites lists the articles citing one");
  cmd->add_option("--cites", o->cites, "List the articles citing this outlet (name, alias or domain)")
      ->type_name("OUTLET")
      ->check([](const std::string& name) { return trim(name).empty() ? "give an outlet's name, alias or domain" : ""; });
  cmd->add_option("--site", o->site, "Only articles on this host (www. and a port ignored)")->type_name("HOST")->check(site_check());
  cmd->add_option("--since", o->since, "Only articles published on or after this date (UTC)")
      ->type_name("YYYY-MM-DD")
      ->check(calendar_date_check());
  cmd->add_option("--until", o->until, "Only articles published on or before this date (UTC)")
      ->type_name("YYYY-MM-DD")
      ->check(calendar_date_check());
  cmd->add_option("-n,--limit", o->limit, "At most this many rows")->check(CLI::Range(1, 1000000));
  cmd->add_flag("--json", o->json, "One JSON object a line");
  return {cmd, [o, &ctx] { return run_sources(*o, ctx); }};
}

}  // namespace newsarchive::cli

// Reading the archive: show, list, search, export.
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_set>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/gzip_stream.hpp"
#include "cli/option_checks.hpp"
#include "cli/render.hpp"
#include "cli/warc.hpp"
#include "core/stop_flag.hpp"
#include "core/text.hpp"
#include "core/time.hpp"

namespace newsarchive::cli {
namespace {

namespace fs = std::filesystem;

struct ShowOptions {
  std::string ref;
  bool json = false;
};

int run_show(const ShowOptions& o, Context& ctx) {
  if (trim(o.ref).empty()) throw CliError(kUsage, "show: give an article's id or URL");
  Archive archive = open_archive_for_reading(ctx);
  StoredArticle found = find_article(archive, o.ref);
  if (o.json)
    std::cout << stored_json(found).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  else
    print_article(std::cout, found);
  return kOk;
}

struct ListOptions {
  std::string site;
  std::string author;
  int limit = 50;
  int offset = 0;
  bool json = false;
};

int run_list(const ListOptions& o, Context& ctx) {
  Archive archive = open_archive_for_reading(ctx);
  ListQuery q;
  if (!o.site.empty()) q.site = o.site;
  q.limit = o.limit + 1;
  q.offset = o.offset;
  if (!o.author.empty()) q.author = std::string(trim(o.author));
  auto rows = archive.list(q);
  keep_limit(rows, o.limit, "-n/--limit or --offset", ctx.quiet);
  for (const auto& s : rows) {
    if (o.json)
      std::cout << json_line(summary_json(s)) << '\n';
    else
      print_summary(std::cout, s);
  }
  return kOk;
}

struct SearchOptions {
  std::vector<std::string> words;  // joined by spaces: `search harbour bridge` needs no quotes
  int limit = 20;
  bool json = false;
};

int run_search(const SearchOptions& o, Context& ctx) {
  const std::string query = join(o.words, " ");
  if (trim(query).empty()) throw CliError(kUsage, "search: give the words to search for");
  Archive archive = open_archive_for_reading(ctx);
  std::vector<SearchHit> hits;
  try {
    hits = archive.search(query, o.limit + 1);
  } catch (const ArchiveError& e) {
    if (e.kind() == ArchiveError::Kind::query) throw CliError(kUsage, e.what());
    throw;
  }
  keep_limit(hits, o.limit, "-n/--limit", ctx.quiet);
  for (const auto& h : hits) {
    if (o.json) {
      Json j = summary_json(h.article);
      j["snippet"] = h.snippet;
      j["rank"] = h.rank;
      std::cout << json_line(j) << '\n';
    } else {
      print_summary(std::cout, h.article);
      std::cout << "        " << collapse_whitespace(h.snippet) << '\n';  // one line, as the summary
    }
  }
  return kOk;
}

struct ExportOptions {
  std::string format = "jsonl";
  std::string output;
};

// Removes the temporary export file unless the rename took it.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty()) std::remove(path.c_str());
  }
};

bool gzip_name(const std::string& path) {
  return path.size() > 3 && to_lower_ascii(path.substr(path.size() - 3)) == ".gz";
}

// The archive as WARC records: a warcinfo, every stored raw page as a response, then
// every article's parsed fields as a metadata record referring to its latest page.
// Returns how many pages could not be read (a corrupt stored frame): each is reported
// and left out, and the export goes on.
int write_warc(const Archive& archive, std::ostream& out, const std::string& output,
               const std::function<void()>& check_stop, std::int64_t& records) {
  WarcWriter w(out, gzip_name(output));
  WarcIds ids;
  WarcFields info{{"WARC-Record-ID", ids.info()}, {"WARC-Date", iso_utc_now()}};
  if (!output.empty() && output != "-") info.emplace_back("WARC-Filename", fs::path(output).filename().string());
  info.emplace_back("Content-Type", "application/warc-fields");
  w.write("warcinfo", info,
          "software: newsarchive/" NEWSARCHIVE_VERSION "\r\nformat: WARC File Format 1.1\r\n"
          "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
          "description: raw responses kept by newsarchive, with each article's parsed fields as metadata\r\n");
  ++records;
  std::unordered_set<std::int64_t> left_out;
  archive.for_each_page([&](Archive::ArchivedPage&& page) {
    check_stop();
    if (!page.error.empty()) {
      spdlog::error("export: raw page {} of {} left out: {}", page.id, page.url, page.error);
      left_out.insert(page.id);
      return;
    }
    std::string block = http_response_block(page);
    w.write("response",
            {{"WARC-Record-ID", ids.page(page.id)},
             {"WARC-Date", page.fetched_at},
             {"WARC-Target-URI", page.url},
             {"Content-Type", "application/http;msgtype=response"},
             {"WARC-Payload-Digest", warc_sha1(page.body)},
             {"WARC-Block-Digest", warc_sha1(block)}},
            block);
    ++records;
  });
  archive.for_each_article([&](const StoredArticle& s) {
    check_stop();
    std::string block = json_line(stored_json(s)) + "\n";
    WarcFields f{{"WARC-Record-ID", ids.article(s.id)},
                 {"WARC-Date", s.last_fetched},
                 {"WARC-Target-URI", s.article.final_url}};
    if (s.page_id > 0 && !left_out.count(s.page_id)) f.emplace_back("WARC-Refers-To", ids.page(s.page_id));
    f.emplace_back("Content-Type", "application/json");
    f.emplace_back("WARC-Block-Digest", warc_sha1(block));
    w.write("metadata", f, block);
    ++records;
  });
  return static_cast<int>(left_out.size());
}

int run_export(const ExportOptions& o, Context& ctx) {
  Archive archive = open_archive_for_reading(ctx);
  std::ofstream file;
  TempFile tmp;
  std::ostream* out = &std::cout;
  std::string target;  // the file the export lands in: a symlink's target, not the link
  if (!o.output.empty() && o.output != "-") {
    if (clobbers_archive(o.output, ctx.db_path()))
      throw CliError(kUsage, "export -o " + o.output + " is the archive " + ctx.db_path() + " (or one of its files)");
    std::error_code ec;
    target = fs::weakly_canonical(o.output, ec).string();
    if (ec || target.empty()) target = o.output;
    fs::file_status st = fs::status(target, ec);
    if (!ec && fs::exists(st) && !fs::is_regular_file(st)) {
      // A device, FIFO or terminal (/dev/null, a named pipe, /dev/fd/1) is written as it
      // is: renaming a file over it would replace the device itself.
      if (fs::is_directory(st)) throw CliError(kUsage, "cannot write " + o.output + ": it is a directory");
      file.open(target, std::ios::binary);
      if (!file) throw CliError(kUsage, "cannot write " + o.output + ": " + std::strerror(errno));
      out = &file;
    } else {
      // Written beside the target and renamed, so a reader never sees half an export.
      // mkstemp makes the temporary name unpredictable and creates it exclusively, so
      // nothing planted at that name (a symlink) is followed.
      std::string name = target + ".tmp-XXXXXX";
      int fd = ::mkstemp(name.data());
      if (fd < 0) throw CliError(kUsage, "cannot write " + o.output + ": " + std::strerror(errno));
      tmp.path = name;
      ::fchmod(fd, 0644);  // mkstemp's 0600 would make the export private to its writer
      ::close(fd);
      file.open(tmp.path, std::ios::binary | std::ios::trunc);
      if (!file) throw CliError(kUsage, "cannot write " + o.output + ": " + std::strerror(errno));
      out = &file;
    }
  }
  // SIGINT/SIGTERM end the export without leaving the temporary file behind.
  StopFlag& stop = install_stop_handlers();
  std::int64_t n = 0;
  const bool warc = o.format == "warc";
  auto check_stop = [&] {
    if (stop.requested())
      throw CliError(kInterrupted, "export interrupted after " + std::to_string(n) + (warc ? " records" : " articles") +
                                       (tmp.path.empty() ? "" : "; " + o.output + " not written"));
  };
  int unreadable = 0;
  if (warc) {
    unreadable = write_warc(archive, *out, o.output, check_stop, n);  // gzips each record itself
  } else {
    // A .gz name promises gzip: the lines go through one gzip member.
    std::optional<GzipOstream> gz;
    if (gzip_name(o.output)) gz.emplace(*out);
    std::ostream& lines = gz ? *gz : *out;
    archive.for_each_article([&](const StoredArticle& s) {
      check_stop();
      lines << json_line(stored_json(s)) << '\n';
      ++n;
    });
    if (gz && !gz->finish()) throw CliError(kUsage, "cannot write " + o.output + ": " + std::strerror(errno));
  }
  out->flush();
  if (file.is_open()) {
    file.close();
    if (!file || (!tmp.path.empty() && std::rename(tmp.path.c_str(), target.c_str()) != 0))
      throw CliError(kUsage, "cannot write " + o.output + ": " + std::strerror(errno));
    tmp.path.clear();  // renamed: nothing left to remove
  }
  return unreadable > 0 ? kSomeFailed : kOk;
}

}  // namespace

Command add_show_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show", "Show one archived article (by id or URL) with its sources");
  cmd->add_option("article", o->ref, "Article id or URL")->required()->type_name("ID|URL");
  cmd->add_flag("--json", o->json, "Print as JSON");
  return {cmd, [o, &ctx] { return run_show(*o, ctx); }};
}

Command add_list_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ListOptions>();
  CLI::App* cmd = app.add_subcommand("list", "List archived articles, newest first");
  cmd->add_option("--site", o->site, "Only this host (www. and a port ignored)")->type_name("HOST")->check(site_check());
  cmd->add_option("--author", o->author,
                  "Only articles by an author whose name holds the words of NAME (any case, accents folded)")
      ->type_name("NAME")
      ->check([](const std::string& name) { return trim(name).empty() ? "give a name or part of one" : ""; });
  cmd->add_option("-n,--limit", o->limit, "At most this many (default 50)")->check(CLI::Range(1, 1000000));
  cmd->add_option("--offset", o->offset, "Skip this many")->check(CLI::Range(0, std::numeric_limits<int>::max()));
  cmd->add_flag("--json", o->json, "One JSON object a line");
  return {cmd, [o, &ctx] { return run_list(*o, ctx); }};
}

Command add_search_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<SearchOptions>();
  CLI::App* cmd = app.add_subcommand("search", "Full-text search over headlines and bodies (SQLite FTS5 syntax)");
  cmd->add_option("query", o->words,
                  "Words, \"a phrase\", AND/OR/NOT, prefix*, NEAR(a b, N), columns (headline:x, "
                  "{headline body}:x, -authors:x); a word with punctuation inside (covid-19, bbc.co.uk) is "
                  "searched as a phrase; ß and ss match each other")
      ->required();
  cmd->add_option("-n,--limit", o->limit, "At most this many (default 20; ranking covers the newest 5000 matches)")
      ->check(CLI::Range(1, 5000));
  cmd->add_flag("--json", o->json, "One JSON object a line");
  return {cmd, [o, &ctx] { return run_search(*o, ctx); }};
}

Command add_export_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Export the whole archive: one article a line, or WARC records");
  cmd->add_option("--format", o->format,
                  "jsonl: one article a line; warc: the raw responses and the articles as WARC 1.1 records "
                  "(gzipped per record when FILE ends in .gz)")
      ->check(CLI::IsMember({"jsonl", "warc"}));
  cmd->add_option("-o,--output", o->output, "Write to FILE instead of stdout; gzip-compressed when FILE ends in .gz")
      ->type_name("FILE");
  return {cmd, [o, &ctx] { return run_export(*o, ctx); }};
}

}  // namespace newsarchive::cli

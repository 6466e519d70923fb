// `extract FILE... [--url URL]`: parse local HTML files, print JSON Lines; no network,
// no archive.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render.hpp"
#include "newsarchive/extract.hpp"

namespace newsarchive::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string url;
  std::string content_type;
};

// Reads at most `limit` bytes: a larger file (or an endless one, /dev/zero) is refused
// like a page over --max-body-mb.
bool read_all(const std::string& path, std::size_t limit, std::string& out, std::string& error) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      error = "is a directory";
      return false;
    }
    file.open(path, std::ios::binary);
    if (!file) {
      error = std::strerror(errno);
      return false;
    }
    in = &file;
  }
  out.clear();
  char buf[65536];
  while (in->read(buf, sizeof buf) || in->gcount() > 0) {
    out.append(buf, static_cast<std::size_t>(in->gcount()));
    if (out.size() > limit) {
      out.clear();
      error = "larger than --max-body-mb (" + std::to_string(limit / (1024 * 1024)) + " MB)";
      return false;
    }
  }
  if (in->bad()) {
    error = std::strerror(errno);
    return false;
  }
  return true;
}

std::string file_url(const std::string& path) {
  if (path == "-") return "file:///dev/stdin";
  std::error_code ec;
  auto abs = std::filesystem::absolute(path, ec);
  return "file://" + (ec ? path : abs.string());
}

// Every file is tried and each failure reported. An unreadable file is a usage error
// (exit 2, as for `fetch -i`) even when the other files were extracted; a file that
// was read but holds no HTML page is a failed file (exit 1).
int run_extract(const ExtractOptions& opts, Context& ctx) {
  const OutletDirectory& outlets = ctx.outlets();
  int unreadable = 0, failed = 0;
  for (const auto& path : opts.files) {
    std::string bytes, error;
    if (!read_all(path, static_cast<std::size_t>(ctx.max_body_bytes()), bytes, error)) {
      spdlog::error("cannot read {}: {}", path, error);
      ++unreadable;
      continue;
    }
    if (!looks_like_html(bytes, opts.content_type)) {
      spdlog::error("{}: not an HTML page", path);
      ++failed;
      continue;
    }
    std::string url = opts.url.empty() ? file_url(path) : opts.url;
    Page page;
    page.body = bytes;
    page.content_type = opts.content_type;
    page.url = url;
    newsarchive::ExtractOptions eo;
    eo.outlets = &outlets;
    Json j = article_json(extract_article(page, eo));
    j["file"] = path;
    std::cout << json_line(j) << '\n';
  }
  std::cout.flush();
  return unreadable ? kUsage : failed ? kSomeFailed : kOk;
}

}  // namespace

Command add_extract_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Parse local HTML files and print JSON Lines (no network, no archive)");
  cmd->add_option("files", opts->files, "HTML files ('-' = stdin)")->required()->type_name("FILE");
  cmd->add_option("--url", opts->url, "The page's URL (base for links, the site for sources)");
  cmd->add_option("--content-type", opts->content_type, "HTTP Content-Type, e.g. 'text/html; charset=windows-1252'");
  return {cmd, [opts, &ctx] { return run_extract(*opts, ctx); }};
}

}  // namespace newsarchive::cli

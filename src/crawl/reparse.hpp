#pragma once
// Reparse: re-extracts every stored article's latest raw page with the current
// extractor and stores what changed. One reader walks the archive, a parser worker
// per core decodes and extracts, and one writer stores the changed articles (fields,
// authors, links, sources, FTS) in batched transactions. Revisions are kept as they
// were recorded; an article's identity and URLs never change.
#include <cstdint>
#include <optional>
#include <string>

#include "newsarchive/article.hpp"

namespace newsarchive {

class OutletDirectory;
class StopFlag;

struct ReparseOptions {
  std::string db_path;
  std::optional<std::string> site;   // only articles on this host ("www." ignored)
  std::optional<std::string> since;  // only articles dated (published, else first seen) >= this
  int workers = 0;                   // parser threads; 0 = one per core
  const OutletDirectory* outlets = nullptr;
  std::size_t batch_size = 256;      // changed articles per transaction
  bool dry_run = false;              // count what would change; write nothing
  const StopFlag* stop = nullptr;    // when it is requested: read nothing more, store what was read
};

struct ReparseSummary {
  std::int64_t pages = 0;      // raw pages re-extracted
  std::int64_t changed = 0;    // articles whose parsed fields changed (stored unless dry run)
  std::int64_t unchanged = 0;  // same fields as stored: nothing written
  std::int64_t failed = 0;     // corrupt frame or no article text now: left as stored
  double elapsed_s = 0;
  bool interrupted = false;    // stopped by options.stop before every page was read
};

// Runs a reparse over the archive at options.db_path. Throws ArchiveError when the
// archive cannot be opened or written; batches committed before that stay.
ReparseSummary reparse_archive(const ReparseOptions& options);

// True when two extractions of an article hold the same parsed fields (canonical URL,
// site name, headline, dates, language, description, body, authors, links, sources;
// source domains compared case-insensitively, as the archive stores them lower-case).
bool same_parsed_fields(const Article& a, const Article& b);

}  // namespace newsarchive

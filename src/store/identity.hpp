#pragma once
// Which archived article a saved page is (store-internal).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "newsarchive/archive.hpp"
#include "store/sqlite.hpp"

namespace newsarchive::store {

// An archived article as the writer needs it.
struct Known {
  std::int64_t id = 0;
  std::string hash;
  int revisions = 0;
  std::string first_seen;
};

struct ArticleMatch {
  std::string identity;        // the URL the page is keyed by: its canonical, else where it was fetched
  std::string fetched;         // where it was fetched from, normalised
  std::optional<Known> known;  // the archived article it is, if any
};

// The page's identity and the archived article it is: the one its identity leads to
// (unless a canonical that several stories share names another story), else the story
// a redirect from an archived address moved, else a twin listed under a new slug.
ArticleMatch match_article(Connection& db, const Article& article, const FetchResult& fetch);

// The article a URL (its key, or any alias) leads to; 0 for none.
std::int64_t find_url(Connection& db, std::string_view url);

}  // namespace newsarchive::store

#pragma once
// What a story's address redirected to, when that is not the story: a wall, the front
// page, a section. Pure functions of the URLs, so they are unit-tested.
#include <optional>
#include <string>

#include "newsarchive/archive.hpp"
#include "newsarchive/fetcher.hpp"

namespace newsarchive {

struct SentAway {
  NoArticleKind kind;  // redirected_to_wall or redirected_away
  std::string what;    // "the front page", "a sign-in, consent or subscription page", ...
};

// Where the request for a story was sent instead of the story, whatever the page there
// says: a sign-in, consent or subscription wall, the site's front page, or the section
// above the story (a removed story sent home). nullopt when it may be the story (no
// redirect, a variant such as /amp/ or /print, a new slug).
std::optional<SentAway> sent_away(const FetchResult& f);

// True when a redirect led, on the same site, to a path shaped like a section or topic
// page ("/politics/", "/topics/climate/", "/2026/11/") somewhere else than the story's
// path. Only half the evidence: the page there must also call itself no story.
bool sent_to_a_section(const FetchResult& f);

}  // namespace newsarchive

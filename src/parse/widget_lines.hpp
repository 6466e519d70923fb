#pragma once
// Lines a site's widgets print inside a story, judged by their text.
#include <cstddef>
#include <string_view>

#include "parse/blocks.hpp"

namespace newsarchive::parse {

// The site's accounts one after another: "Website: https://… Facebook: https://… Telegram:
// https://t.me/…"; two in a short line, three in a long one that is mostly its links.
bool lists_accounts(std::string_view t, std::size_t chars);
// A short line ending in a colon (":", ":-", "：", Ethiopic "፦"): it introduces what follows.
bool introduces(std::string_view text);
// A reactions widget in one line: three emoji or more, each with a count.
bool reaction_counts(std::string_view t);
// A comment count alone: "댓글 0", "Comments (12)", "34 comments" (`low`: lower-cased).
bool is_comment_count(std::string_view low);
// A live blog's pin label alone or before the post's time: "Pinned 10:05", "Angepinnt 10:05
// Uhr" (`low`: lower-cased).
bool pinned_post_stamp(std::string_view low);
// A writer's account alone on its line: "x: @luciaarriagam", "twitter: @jdoe" (`low`:
// lower-cased).
bool account_handle(std::string_view low);

// A sentence of the story whose link is most of it: "The plan was <a>first reported by the
// Financial Times</a>." Words of its own before the link (not a label: "Read more:", "See
// also", "Our partners at", "Trending now"), a capital to open and a full stop to close, and
// no link to the site's own pages (`own_domain`: its registrable domain), which are teasers.
bool linked_sentence(const Block& b, std::string_view own_domain);

}  // namespace newsarchive::parse

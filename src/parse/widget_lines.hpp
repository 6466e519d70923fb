#pragma once
// Lines a site's widgets print inside a story, judged by their text.
#include <cstddef>
#include <string_view>

namespace newsarchive::parse {

// The site's accounts one after another: "Website: https://… Facebook: https://… Telegram:
// https://t.me/…"; two in a short line, three in a long one that is mostly its links.
bool lists_accounts(std::string_view t, std::size_t chars);
// A short line ending in a colon (":", ":-", "：", Ethiopic "፦"): it introduces what follows.
bool introduces(std::string_view text);
// A reactions widget in one line: three emoji or more, each with a count.
bool reaction_counts(std::string_view t);

}  // namespace newsarchive::parse

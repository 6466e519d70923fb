#pragma once
// Pages rendered by JavaScript (Next.js, React Query, Nuxt, Arc/Fusion) often ship the story
// only as an HTML string inside a script's JSON state, leaving the DOM without a body.
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::parse {

// True for a script body worth keeping for later: it holds escaped or plain paragraph markup
// ("\u003cp", "<p>", "\u003cbr") in a string. A cheap scan; called on every script.
bool looks_like_app_state(std::string_view script);

// The HTML string, among the JSON/JS string literals of `scripts` (decoded, nested escaping
// followed a few levels deep), with the most paragraph text: the story a JavaScript page
// renders. Empty when none holds paragraph markup with at least `min_words` words.
std::string article_html_from_app_state(const std::vector<std::string>& scripts, std::size_t min_words);

}  // namespace newsarchive::parse

#include "store/snippet.hpp"

#include <deque>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "store/tokenizer.hpp"

namespace newsarchive::store {
namespace {

struct Term {
  std::string word;  // folded
  bool prefix = false;
};

// The words of a query as the index folds them: FTS5's operators, column names and
// punctuation left out; "harb*" a prefix.
std::vector<Term> query_terms(Connection& db, std::string_view query) {
  std::vector<Term> terms;
  // Column sets ("{headline body}:", "-{authors}:") name columns, not words.
  const std::string typed = collapse_whitespace(query);
  std::string words;
  std::size_t from = 0;
  for (std::size_t open; (open = typed.find('{', from)) != std::string::npos;) {
    std::size_t close = typed.find("}:", open);
    if (close == std::string::npos) break;
    words.append(typed, from, open - from).push_back(' ');
    from = close + 2;
  }
  words.append(typed, from, std::string::npos);
  for (std::string_view chunk : split(words, ' ')) {
    if (chunk == "AND" || chunk == "OR" || chunk == "NOT" || chunk.rfind("NEAR(", 0) == 0 || chunk == "NEAR") continue;
    if (std::size_t colon = chunk.find(':'); colon != std::string_view::npos) {
      std::string_view column = chunk.substr(0, colon);
      if (!column.empty() && column.front() == '-') column.remove_prefix(1);
      if (column == "headline" || column == "body" || column == "authors") chunk.remove_prefix(colon + 1);
    }
    while (!chunk.empty() && (chunk.back() == ')' || chunk.back() == '"' || chunk.back() == ',')) chunk.remove_suffix(1);
    bool prefix = !chunk.empty() && chunk.back() == '*';
    std::vector<Term> found;
    for_each_index_token(
        db, chunk,
        [](void* out, std::string_view token, int, int) {
          static_cast<std::vector<Term>*>(out)->push_back({std::string(token), false});
          return true;
        },
        &found);
    if (prefix && !found.empty()) found.back().prefix = true;
    for (auto& t : found) terms.push_back(std::move(t));
  }
  return terms;
}

struct Scan {
  const std::vector<Term>* terms;
  int tokens;
  int before;                                 // words kept before the first match
  std::deque<std::pair<int, int>> recent;     // spans of the last `before` words
  std::vector<std::pair<int, int>> window;    // spans from the first kept word on
  std::vector<bool> hit;                      // window[i] matches a term
  bool found = false;
  bool more = false;                          // text goes on after the window
};

bool matches(const std::vector<Term>& terms, std::string_view token) {
  for (const auto& t : terms)
    if (t.prefix ? token.substr(0, t.word.size()) == t.word : token == t.word) return true;
  return false;
}

}  // namespace

std::optional<std::string> long_body_snippet(Connection& db, std::string_view body, std::string_view query,
                                             int tokens) {
  std::vector<Term> terms = query_terms(db, query);
  if (terms.empty()) return std::nullopt;
  Scan scan{&terms, tokens, tokens / 4, {}, {}, {}, false, false};
  for_each_index_token(
      db, body,
      [](void* state, std::string_view token, int start, int end) {
        auto& s = *static_cast<Scan*>(state);
        if (!s.found) {
          if (!matches(*s.terms, token)) {
            s.recent.emplace_back(start, end);
            if (static_cast<int>(s.recent.size()) > s.before) s.recent.pop_front();
            return true;
          }
          s.found = true;
          for (const auto& r : s.recent) {
            s.window.push_back(r);
            s.hit.push_back(false);
          }
        } else if (static_cast<int>(s.window.size()) >= s.tokens) {
          s.more = true;
          return false;
        }
        s.window.emplace_back(start, end);
        s.hit.push_back(matches(*s.terms, token));
        return true;
      },
      &scan);
  if (!scan.found) return std::nullopt;
  std::string out;
  if (scan.window.front().first > 0) out += "\xE2\x80\xA6";
  std::size_t at = static_cast<std::size_t>(scan.window.front().first);
  for (std::size_t k = 0; k < scan.window.size(); ++k) {
    auto [start, end] = scan.window[k];
    out.append(body.substr(at, static_cast<std::size_t>(start) - at));
    if (scan.hit[k]) out += '[';
    out.append(body.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
    if (scan.hit[k]) out += ']';
    at = static_cast<std::size_t>(end);
  }
  if (scan.more) out += "\xE2\x80\xA6";
  return out;
}

}  // namespace newsarchive::store

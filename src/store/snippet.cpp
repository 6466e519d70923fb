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
    // Read as FTS5 reads a query: a CJK run as its bigrams and last character. That
    // character's bigram already marks it, so it is left out: alone it would mark the
    // character wherever it stands.
    struct Found {
      std::vector<Term> terms;
      int end = 0;  // of the last token read: a run's last character ends with its bigram
    } found;
    for_each_index_token(
        db, chunk,
        [](void* out, const IndexToken& token) {
          auto& f = *static_cast<Found*>(out);
          if (f.terms.empty() || token.end > f.end) f.terms.push_back({std::string(token.text), false});
          f.end = token.end;
          return true;
        },
        &found, TokenizeAs::query);
    if (prefix && !found.terms.empty()) found.terms.back().prefix = true;
    for (auto& t : found.terms) terms.push_back(std::move(t));
  }
  return terms;
}

struct Word {
  int start, end;
  bool hit;  // a term matches it, or a matching bigram holds it
};

struct Scan {
  const std::vector<Term>* terms;
  int tokens;
  int before;               // words kept before the first match
  std::deque<Word> words;   // the last `before` words and the current one, then the window
  bool found = false;
  bool carry = false;       // the last word's bigram matched: the next word is a hit too
  bool more = false;        // text goes on after the window
};

// A bigram (a colocated token) matches a term only as a whole: as a prefix it would
// mark the next character for every word it starts.
bool matches(const std::vector<Term>& terms, const IndexToken& token) {
  for (const auto& t : terms)
    if (t.prefix && !token.colocated ? token.text.substr(0, t.word.size()) == t.word : token.text == t.word)
      return true;
  return false;
}

bool scan_token(void* state, const IndexToken& token) {
  auto& s = *static_cast<Scan*>(state);
  if (token.colocated) {
    if (s.words.empty() || !matches(*s.terms, token)) return true;
    s.words.back().hit = s.carry = true;
  } else {
    if (s.found && static_cast<int>(s.words.size()) >= s.tokens) {
      s.more = true;
      return false;
    }
    s.words.push_back({token.start, token.end, s.carry || matches(*s.terms, token)});
    s.carry = false;
  }
  if (!s.found) {
    if (s.words.back().hit) s.found = true;
    else if (static_cast<int>(s.words.size()) > s.before) s.words.pop_front();
  }
  return true;
}

}  // namespace

std::optional<std::string> long_body_snippet(Connection& db, std::string_view body, std::string_view query,
                                             int tokens) {
  std::vector<Term> terms = query_terms(db, query);
  if (terms.empty()) return std::nullopt;
  Scan scan{&terms, tokens, tokens / 4, {}, false, false, false};
  for_each_index_token(db, body, scan_token, &scan);
  if (!scan.found) return std::nullopt;
  std::string out;
  if (scan.words.front().start > 0) out += "\xE2\x80\xA6";
  std::size_t at = static_cast<std::size_t>(scan.words.front().start);
  for (std::size_t k = 0; k < scan.words.size(); ++k) {
    const Word& w = scan.words[k];
    // Neighbouring hits with nothing between them (the characters of a CJK word) share
    // one pair of brackets.
    const bool joined_before = k > 0 && scan.words[k - 1].hit && scan.words[k - 1].end == w.start;
    const bool joined_after = k + 1 < scan.words.size() && scan.words[k + 1].hit && scan.words[k + 1].start == w.end;
    out.append(body.substr(at, static_cast<std::size_t>(w.start) - at));
    if (w.hit && !joined_before) out += '[';
    out.append(body.substr(static_cast<std::size_t>(w.start), static_cast<std::size_t>(w.end - w.start)));
    if (w.hit && !joined_after) out += ']';
    at = static_cast<std::size_t>(w.end);
  }
  if (scan.more) out += "\xE2\x80\xA6";
  return out;
}

}  // namespace newsarchive::store

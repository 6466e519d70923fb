// What a reader types, as FTS5 reads it: the MATCH expression a search runs.
#include "store/search.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace newsarchive::store {

namespace {

// FTS5's own rules: what may stand in a bareword, and what separates tokens.
bool fts_bareword_char(char ch) {
  auto c = static_cast<unsigned char>(ch);
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == 0x1a;
}
bool fts_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool fts_bareword(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), fts_bareword_char);
}

constexpr std::string_view kFtsColumns[] = {"headline", "body", "authors"};

bool is_fts_column(std::string_view name) {
  return std::any_of(std::begin(kFtsColumns), std::end(kFtsColumns), [&](std::string_view c) { return iequals(name, c); });
}

// A mistyped column ("headlin", "autors", "bodi"): letters two edits at most from a
// column's name. Passed on as a column, FTS5 rejects it (exit 2) where read as a phrase it
// would silently find nothing.
bool near_fts_column(std::string_view name) {
  if (name.size() < 4 || !std::all_of(name.begin(), name.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
    return false;
  std::string lower = to_lower_ascii(name);
  return std::any_of(std::begin(kFtsColumns), std::end(kFtsColumns),
                     [&](std::string_view c) { return edit_distance(lower, c) <= 2; });
}

// Two FTS5 strings written together read as one holding a quote: a space parts them.
void separate_from_string(std::string& out) {
  if (!out.empty() && out.back() == '"') out += ' ';
}

// Appends `text` as an FTS5 string, inner quotes doubled.
void append_quoted(std::string& out, std::string_view text) {
  separate_from_string(out);
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// A word or prefix as typed, else the token as a phrase: the tokenizer splits it
// where the punctuation is, so "covid-19" matches "Covid-19" and "covid 19".
void append_term(std::string& out, std::string_view token) {
  std::string_view core = token;
  bool caret = core.size() > 1 && core.front() == '^';
  if (caret) core.remove_prefix(1);
  bool star = core.size() > 1 && core.back() == '*';
  if (star) core.remove_suffix(1);
  if (fts_bareword(core)) {
    out += token;
    return;
  }
  if (caret) out += '^';
  append_quoted(out, star || caret ? core : token);
  if (star) out += '*';
}

// A token without spaces, quotes or parentheses in it.
void append_bare_token(std::string& out, std::string_view token) {
  if (token == "AND" || token == "OR" || token == "NOT" || token == "NEAR" || token == "+") {
    out += token;
    return;
  }
  // A column filter, "headline:storm", `body:"a phrase"`, or one leaving a column out,
  // "-authors:smith".
  std::size_t colon = token.find(':');
  std::size_t name = !token.empty() && token.front() == '-' ? 1 : 0;
  if (colon != std::string_view::npos &&
      (is_fts_column(token.substr(name, colon - name)) || near_fts_column(token.substr(name, colon - name)))) {
    out += token.substr(0, colon + 1);
    token.remove_prefix(colon + 1);
    if (token.empty()) return;
  }
  append_term(out, token);
}

// The length of the column set at the start of `rest`, "{headline body}:" or
// "-{authors}:", with the colon; 0 when `rest` does not start with one. The names must
// be barewords; FTS5 itself says which one is no column.
std::size_t column_set_length(std::string_view rest) {
  std::size_t open = !rest.empty() && rest.front() == '-' ? 1 : 0;
  if (rest.size() <= open || rest[open] != '{') return 0;
  std::size_t close = rest.find('}', open);
  if (close == std::string_view::npos || close + 1 >= rest.size() || rest[close + 1] != ':') return 0;
  std::string_view names = rest.substr(open + 1, close - open - 1);
  bool any = false;
  for (std::size_t i = 0; i < names.size();) {
    if (fts_space(names[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < names.size() && !fts_space(names[end])) ++end;
    if (!fts_bareword(names.substr(i, end - i))) return 0;
    any = true;
    i = end;
  }
  return any ? close + 2 : 0;
}

// The end of the FTS5 string starting at `open` (a double quote), npos when it is
// never closed. A doubled quote inside it stands for one.
std::size_t closing_quote(std::string_view query, std::size_t open) {
  for (std::size_t i = open + 1; i < query.size(); ++i) {
    if (query[i] != '"') continue;
    if (i + 1 < query.size() && query[i + 1] == '"') {
      ++i;
      continue;
    }
    return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string fts_match_expression(std::string_view query) {
  std::string out;
  out.reserve(query.size() + 8);
  std::vector<bool> near_groups;  // per open parenthesis: whether NEAR opened it
  bool after_near = false;
  std::size_t i = 0;
  while (i < query.size()) {
    char c = query[i];
    if (fts_space(c)) {
      out += c;
      ++i;
      continue;
    }
    if (c == '"') {
      separate_from_string(out);
      std::size_t close = closing_quote(query, i);
      if (close == std::string_view::npos) {
        out += query.substr(i);  // unterminated: FTS5 says so
        break;
      }
      out += query.substr(i, close + 1 - i);
      i = close + 1;
      if (i < query.size() && query[i] == '*') out += query[i++];  // "a phra"*
      after_near = false;
      continue;
    }
    if (c == '(' || c == ')') {
      if (c == '(')
        near_groups.push_back(after_near);
      else if (!near_groups.empty())
        near_groups.pop_back();
      out += c;
      ++i;
      after_near = false;
      continue;
    }
    // Inside NEAR(...) a comma comes before the distance; elsewhere it is punctuation.
    const bool in_near = !near_groups.empty() && near_groups.back();
    if (c == ',' && in_near) {
      out += c;
      ++i;
      continue;
    }
    if (std::size_t n = column_set_length(query.substr(i))) {
      separate_from_string(out);
      out += query.substr(i, n);
      i += n;
      continue;
    }
    std::size_t end = i;
    while (end < query.size() && !fts_space(query[end]) && query[end] != '"' && query[end] != '(' &&
           query[end] != ')' && !(in_near && query[end] == ','))
      ++end;
    std::string_view token = query.substr(i, end - i);
    append_bare_token(out, token);
    after_near = token == "NEAR";
    i = end;
  }
  return out;
}

}  // namespace newsarchive::store

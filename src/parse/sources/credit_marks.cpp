// The marks of a credit line, shared by the body's cleaning and the sources: a line in
// parentheses, a desk's initials beside the agency ("sak/Reuters").
#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/text.hpp"
#include "parse/sources/sources.hpp"

namespace newsarchive::parse {

std::string_view without_parentheses(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() > 2 && t.front() == '(' && t.back() == ')') return trim(t.substr(1, t.size() - 2));
  return t;
}

bool is_initials_credit(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() < 5 || t.size() > 40 || t.find('/') == std::string_view::npos) return false;
  bool initials = false;
  int parts = 0;
  // "kno/ mhr/": a desk's initials may each close with the slash.
  if (t.back() == '/') t.remove_suffix(1);
  for (std::string_view part : split(t, '/')) {
    part = trim(part);
    if (part.empty() || part.size() > 24 || part.find(' ') != std::string_view::npos) return false;
    for (char c : part)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.')) return false;
    bool lower = part.size() >= 2 && part.size() <= 4 &&
                 std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    initials = initials || lower;
    ++parts;
  }
  return parts >= 2 && initials;
}

}  // namespace newsarchive::parse

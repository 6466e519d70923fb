#pragma once
// Small helpers shared by the end-to-end tests.
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace e2e {

inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(line);
  return out;
}

inline std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  for (const auto& l : lines(text)) out.push_back(nlohmann::json::parse(l));
  return out;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Runs of ASCII whitespace and NO-BREAK SPACE become one space; ends trimmed.
inline std::string normalize_space(const std::string& text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool nbsp = text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (nbsp || text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(text[i]);
  }
  return out;
}

}  // namespace e2e

#include "core/json_text.hpp"

#include "core/text.hpp"

namespace newsarchive {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    // A run of bytes that need no escaping is copied at once.
    std::size_t run = i;
    while (run < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++run;
    }
    out.append(s.substr(i, run - i));
    i = run;
    if (i == s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      append_next_codepoint(out, s, i);
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
  }
  out.push_back('"');
}

std::string json_string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k) out.push_back(',');
    append_json_string(out, items[k]);
  }
  out.push_back(']');
  return out;
}

void append_json_pair(std::string& out, std::string_view a, std::string_view b) {
  out.push_back('[');
  append_json_string(out, a);
  out.push_back(',');
  append_json_string(out, b);
  out.push_back(']');
}

std::string json_pair_array(const std::vector<std::pair<std::string, std::string>>& pairs) {
  return json_pair_array(pairs, [](const std::pair<std::string, std::string>& p) {
    return std::pair<std::string_view, std::string_view>(p.first, p.second);
  });
}

}  // namespace newsarchive

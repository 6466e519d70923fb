#pragma once
// Writing JSON strings and string arrays without building a document: the archive's
// writer stores every article's authors, source URLs and evidence, and every page's
// headers, as small JSON arrays, and nlohmann::json's serializer cost it more than
// the rows themselves.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsarchive {

// Appends `s` as a JSON string; malformed UTF-8 becomes U+FFFD, as with
// nlohmann::json's error_handler_t::replace.
void append_json_string(std::string& out, std::string_view s);
// ["a","b"]
std::string json_string_array(const std::vector<std::string>& items);
// Appends ["a","b"].
void append_json_pair(std::string& out, std::string_view a, std::string_view b);
// [["a","b"],...], one pair per item: `fields(item)` gives its two strings as a
// std::pair of string_views.
template <typename Items, typename Fields>
std::string json_pair_array(const Items& items, Fields fields) {
  std::string out = "[";
  for (const auto& item : items) {
    if (out.size() > 1) out.push_back(',');
    const auto [a, b] = fields(item);
    append_json_pair(out, a, b);
  }
  out.push_back(']');
  return out;
}
// [["name","value"],...]
std::string json_pair_array(const std::vector<std::pair<std::string, std::string>>& pairs);

}  // namespace newsarchive

// A byline's text around its names: the stamp a byline box prints after them, and the
// writer's title between commas.
#include <cctype>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "parse/sources/detail.hpp"
#include "parse/sources/sentence_matcher.hpp"

namespace newsarchive::parse::detail {

// "By Jack Moreton, with AAP 5:45PM August 18, 2025" -> "By Jack Moreton, with AAP", "par
// Camille Perrot et AFP le 18 août 2025" -> "par Camille Perrot et AFP". A stamp is a clock or
// a day beside its month; not the digits of a name ("France 24", "9News").
std::string without_stamp(std::string byline) {
  std::vector<std::string_view> ws = split(byline, ' ');
  auto digit = [](std::string_view w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); };
  auto month = [&](std::size_t k) {
    std::string w = lower_utf8(ws[k]);
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
    return is_calendar_word(w) || month_from_word(w).has_value();
  };
  std::size_t keep = ws.size();
  for (std::size_t k = 1; k < ws.size() && keep == ws.size(); ++k)
    if ((digit(ws[k]) && (ws[k].find(':') != std::string_view::npos || (k + 1 < ws.size() && month(k + 1)))) ||
        (month(k) && k + 1 < ws.size() && digit(ws[k + 1])))
      keep = k;
  static const std::unordered_set<std::string> kStampWords{"le", "on", "am", "el", "il", "op", "\xC3\xA0", "at", "-",
                                                           "|", "\xC2\xB7", "published", "updated", "publi\xC3\xA9",
                                                           "mis"};
  while (keep > 1 && (kStampWords.count(lower_utf8(ws[keep - 1])) || month(keep - 1))) --keep;
  if (keep == ws.size()) return byline;
  std::string cut;
  for (std::size_t k = 0; k < keep; ++k) cut.append(cut.empty() ? "" : " ").append(ws[k]);
  return cut;
}

// "Jane Doe, Coast and Environment Reporter" -> "Jane Doe": a title names a beat, not an
// outlet (not "The Coast").
std::string without_titles(const std::string& text) {
  static const std::unordered_set<std::string> kTitles{
      "reporter", "correspondent", "editor", "writer", "columnist", "producer", "journalist", "photographer",
      "analyst", "critic", "contributor", "reporters", "editors", "writers", "redakteur", "redakteurin",
      "korrespondent", "korrespondentin", "journaliste", "correspondant", "correspondante", "periodista",
      "corresponsal", "giornalista", "corrispondente", "redactor", "redactora"};
  std::string kept;
  for (std::string_view seg : split(text, ',')) {
    std::vector<std::string_view> ws = split(trim(seg), ' ');
    if (ws.size() >= 2 && kTitles.count(lower_utf8(ws.back()))) continue;
    if (!kept.empty()) kept += ",";
    kept.append(seg);
  }
  return kept;
}

}  // namespace newsarchive::parse::detail

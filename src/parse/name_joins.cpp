// Splitting a byline into its names: the words and marks that join two writers in many
// languages, less the joins inside one name ("Jordi Grau i Puig").
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "parse/names.hpp"

namespace newsarchive::parse {
namespace {

std::string replace_all(const std::string& s, std::string_view from, std::string_view to) {
  std::string hay = to_lower_ascii(s);
  std::string out;
  std::size_t i = 0;
  while (true) {
    std::size_t p = hay.find(from, i);
    if (p == std::string::npos) break;
    out.append(s, i, p - i);
    out.append(to);
    i = p + from.size();
  }
  out.append(s, i, std::string::npos);
  return out;
}

}  // namespace

std::vector<std::string> split_names(const std::string& s) {
  std::string t = s;
  static constexpr std::string_view kJoins[] = {" and ", " & ", " und ", " et ", " y ", " e ", " och ", " og ",
                                               " en ", " i ", " ve ", " és ", " a ", " и ", " und: ", " ac ", " eta ",
                                               " \xE0\xA4\x94\xE0\xA4\xB0 ",   // और (Hindi)
                                               " \xE0\xA6\x8F\xE0\xA6\xAC\xE0\xA6\x82 ",  // এবং (Bengali)
                                               " \xCE\xBA\xCE\xB1\xCE\xB9 ",  // και (Greek)
                                               " \xD9\x88 ",                    // و (Persian, Arabic) as a word
                                               " na ", " NA "};  // Swahili
  // Catalan, Spanish and Portuguese join two surnames with the same word: "Jordi Grau i
  // Puig", "José Ortega y Gasset", "Ana Silva e Souza" (one word after it, two or more
  // before) is one name.
  for (std::string_view join : {" i ", " y ", " e "})
    for (std::size_t p = t.find(join); p != std::string::npos; p = t.find(join, p + 1)) {
      std::size_t next = p + join.size();
      // One word after the join, then the end, a separator or another join.
      std::size_t word_end = t.find_first_of(" ,;|/", next);
      std::string_view rest = word_end == std::string::npos ? std::string_view() : trim(std::string_view(t).substr(word_end));
      bool one_word = rest.empty() || rest.front() == ',' || rest.front() == ';' || rest.front() == '|' ||
                      rest.front() == '/' || rest.starts_with("i ") || rest.starts_with("y ") ||
                      rest.starts_with("e ") || rest.starts_with("and ") || rest.starts_with("& ");
      std::size_t start = t.find_last_of(",;|/", p);
      std::string_view before = std::string_view(t).substr(start == std::string::npos ? 0 : start + 1,
                                                           start == std::string::npos ? p : p - start - 1);
      if (one_word && next < t.size() && words(before).size() >= 2 && std::isupper(static_cast<unsigned char>(t[next])))
        t[p] = '\x01';  // the space before it, hidden from the joins below and restored after
    }
  for (auto j : kJoins) t = replace_all(t, j, ",");
  std::replace(t.begin(), t.end(), '\x01', ' ');
  // Joins that count only in lower case, being parts of names too: Indonesian and Malay
  // "dan" ("Dan" is a given name), Finnish and Estonian "ja", Lithuanian "ir", Latvian "un",
  // Romanian "și" ("Chong Ja Ian", "Kim Un Yong" are one name each).
  // (Rebuilt rather than std::string::replace, which GCC 12 flags under -Wrestrict.)
  for (std::string_view join : {" dan ", " ja ", " ir ", " un ", " \xC8\x99i "})
    for (std::size_t p; (p = t.find(join)) != std::string::npos;) {
      std::string joined = t.substr(0, p);
      joined += ',';
      joined += std::string_view(t).substr(p + join.size());
      t = std::move(joined);
    }
  // Hebrew and Arabic write "and" as a prefix on the next name: "נועה לוי ודניאל כהן", "محمود
  // الشاذلي ومنى عبدالرحمن". A name may open with the letter too ("ורד", "وليد"), so only
  // between two names of two words or more.
  for (std::string_view vav : {" \xD7\x95", " \xD9\x88"}) {  // " ו", " و"
    for (std::size_t p = t.find(vav); p != std::string::npos; p = t.find(vav, p + 1)) {
      std::size_t next = p + vav.size();
      unsigned char script = static_cast<unsigned char>(vav[1]) == 0xD7 ? 0xD7 : 0xD8;  // Hebrew: D7; Arabic: D8-DB
      unsigned char lead = next + 1 < t.size() ? static_cast<unsigned char>(t[next]) : 0;
      bool same_script = script == 0xD7 ? lead == 0xD7 : lead >= 0xD8 && lead <= 0xDB;
      std::size_t before_start = t.rfind(',', p);
      before_start = before_start == std::string::npos ? 0 : before_start + 1;
      std::size_t after_end = t.find(',', next);
      if (!same_script || words(std::string_view(t).substr(before_start, p - before_start)).size() < 2 ||
          words(std::string_view(t).substr(next, after_end == std::string::npos ? std::string::npos : after_end - next)).size() < 2)
        continue;
      std::string joined = t.substr(0, p);
      joined += ',';
      joined += std::string_view(t).substr(next);
      t = std::move(joined);
    }
  }
  for (std::string_view sep : {"|", ";", "/", "\xC2\xB7", "\xE2\x80\xA2", "\xE3\x80\x81", "\xEF\xBC\x8C", " - ",
                               " \xE2\x80\x93 ", " \xE2\x80\x94 ", "\n"})
    t = replace_all(t, sep, ",");
  std::vector<std::string> out;
  for (auto part : split(t, ',')) {
    std::string p = collapse_whitespace(part);
    if (!p.empty()) out.push_back(p);
  }
  return out;
}

}  // namespace newsarchive::parse

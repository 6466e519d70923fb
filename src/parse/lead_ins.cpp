// The words bylines print before their names ("By", "Von:", "Avtorja:"), and their removal.
#include "parse/lead_ins.hpp"

#include <string>
#include <string_view>

#include "core/text.hpp"
#include "parse/names.hpp"

namespace newsarchive::parse {
namespace {

// Lead-ins before names, lower-case, each followed by a space or colon in the text.
constexpr std::string_view kLeadIns[] = {
    "written by", "reported by", "reporting by", "words by", "story by", "text by", "posted by",
    "laporan wartawan", "laporan reporter",  // Indonesian "report by the journalist of"
    "\xD7\x9E\xD7\x90\xD7\xAA",  // Hebrew מאת ("by")
    "by", "von",
    "par", "por", "di", "door", "av", "af", "text", "texte", "texto", "autor", "autorin", "autorka", "author", "authors",
    "auteur", "redacción", "columnist", "writer", "contributor", "reporter", "bericht", "from", "de", "z", "od", "van", "tekst", "teksti", "kirjoittanut", "oleh",
    "\xD8\xA8\xD9\x82\xD9\x84\xD9\x85",  // بقلم, "by the pen of"
    "\xD9\x83\xD8\xAA\xD8\xA8\xD8\xAA", "\xD9\x83\xD8\xAA\xD8\xA8",  // كتبت, كتب ("wrote", Egypt and the Gulf)
    "na",  // Swahili "by": "Na Juma Mrisho na Neema Lyimo, Dodoma"
    "gan", "daga", "qoraa", "egilea",  // Welsh, Hausa, Somali ("writer"), Basque ("author")
    "\xE1\x9E\x8A\xE1\x9F\x84\xE1\x9E\x99\xE1\x9F\x96", "\xE1\x9E\x8A\xE1\x9F\x84\xE1\x9E\x99",  // ដោយ៖ ដោយ (Khmer "by")
    "\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80",  // Текст, Автор
    "เขียนโดย", "รายงานโดย", "ผู้เขียน", "โดย"};  // Thai: "written by", "reported by", "writer", "by"

}  // namespace

bool is_lead_in(std::string_view word) {
  for (auto lead : kLeadIns)
    if (iequals(word, lead)) return true;
  return false;
}

std::string strip_lead_in(std::string s) {
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    std::string low = to_lower_ascii(s);
    for (auto lead : kLeadIns) {
      if (low.size() > lead.size() && low.compare(0, lead.size(), lead) == 0) {
        char next = low[lead.size()];
        bool ambiguous = lead == "de" || lead == "di" || lead == "van" || lead == "z" || lead == "od";
        if (ambiguous && s.compare(0, lead.size(), lead) != 0) continue;  // "De Souza", "Di Maio"
        if (lead == "av" && s.compare(0, 2, "AV") == 0) continue;  // "Av Kari Nordmann", not "AV Club"
        // Job titles label a name only with a colon: "Columnist: Yaw Mensah-Bonsu", not
        // "Writer Jane Doe" (a role before a name, for the role rules).
        if ((lead == "columnist" || lead == "writer" || lead == "contributor") && next != ':') continue;
        // "Redacción: Ana Gil" labels a name, as do "Redacción Ana Gil" and "Redacción EFE";
        // "Redacción Justicia" (one word, no agency) is a desk.
        if (lead == "redacción" && next != ':') {
          std::string_view rest = trim(std::string_view(s).substr(lead.size() + 1));
          if (words(rest).size() == 1 && !is_org_like(rest)) continue;
        }
        if (next == ' ' || next == ':') {
          s = std::string(trim(std::string_view(s).substr(lead.size() + 1)));
          if (!s.empty() && s[0] == ':') s = std::string(trim(std::string_view(s).substr(1)));
          changed = true;
          break;
        }
      }
    }
    // One word and a colon before names is a label in any language ("Avtorja: Maja Kralj").
    std::size_t colon = s.find(": ");
    if (!changed && colon >= 3 && colon <= 24 && s.find(' ') > colon && words(s.substr(colon + 2)).size() >= 2 &&
        !is_other_work(s.substr(0, colon))) {
      s = std::string(trim(std::string_view(s).substr(colon + 1)));
      changed = true;
    }
  }
  return s;
}

}  // namespace newsarchive::parse

// Credit lines: a story's source and agency lines ("Quelle: dpa", "SOURCE Acme"), its
// newsroom's credits, a release's press contacts and copyright notices.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "parse/html.hpp"
#include "parse/lines.hpp"
#include "parse/names.hpp"
#include "parse/regions.hpp"
#include "parse/sources/sources.hpp"

namespace newsarchive::parse {
namespace {

// "Quelle:", "Fuente:", "Źródło:": a source line's label, lower case.
constexpr std::string_view kSourceLabels[] = {
    "quelle:", "quellen:", "source:", "sources:", "fuente:", "fuentes:", "fonte:", "fonti:", "kilde:", "kilder:",
    "source :", "sources :", "k\xC3\xA4lla:", "bron:", "l\xC3\xA4hde:", "forr\xC3\xA1s:", "zdroj:", "kaynak:", "\xC5\xBAr\xC3\xB3" "d\xC5\x82o:",
    "\xD0\xB8\xD1\x81\xD1\x82\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB8\xD0\xBA:",  // источник:
    "\xD9\x85\xD9\x86\xD8\xA8\xD8\xB9:", "\xD9\x85\xD9\x86\xD8\xA8\xD8\xB9 :",  // منبع: (Persian)
    "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1:", "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1 :",  // المصدر: (Arabic)
    "\xD0\xB4\xD0\xB6\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBB\xD0\xBE:",  // джерело: (Ukrainian)
    "sursa:", "izvor:", "vir:", "allikas:", "\xC5\xA1\x61ltinis:", "avots:", "sumber:",
    "\xCF\x80\xCE\xB7\xCE\xB3\xCE\xAE:"};  // πηγή:

bool opens_with_source_label(std::string_view t) {
  std::string low = lower_utf8(t.substr(0, 24));
  return std::any_of(std::begin(kSourceLabels), std::end(kSourceLabels),
                     [&](std::string_view l) { return low.rfind(l, 0) == 0; });
}

// Editors' initials signing the story off, with no agency: "(kap)", "(red.)", "kno/mhr",
// "এসআই/এমআর". One lower-case set in brackets, or two or more sets joined by "/", in lower
// case or in a script without capitals: capitals are as often a pair of codes ("EUR/USD",
// "ЕС/НАТО").
// An editor's initials alone, dotted: "K. Š.", "J.D.", "A. B. C." (two or three capitals,
// each with its full stop).
bool dotted_initials(std::string_view t) {
  int letters = 0;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = next_codepoint(t, i);
    if (c == ' ') continue;
    if (!is_upper_letter(c) || i >= t.size() || t[i] != '.') return false;
    ++i;
    ++letters;
  }
  return letters >= 2 && letters <= 3;
}

bool signoff_initials(std::string_view line) {
  std::string_view t = trim(line);
  if (dotted_initials(t)) return true;
  const bool bracketed = t.size() > 2 && t.front() == '(' && t.back() == ')';
  if (bracketed) t = trim(t.substr(1, t.size() - 2));
  if (!t.empty() && t.back() == '.') t.remove_suffix(1);
  if (t.empty() || t.size() > 40) return false;
  std::vector<std::string_view> parts = split(t, '/');
  if (parts.size() == 1 && !bracketed) return false;
  for (std::string_view part : parts) {
    part = trim(part);
    std::size_t letters = 0, upper = 0, lower = 0;
    for (std::size_t i = 0; i < part.size();) {
      char32_t c = next_codepoint(part, i);
      bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      // Scripts without capitals only (Bengali, Devanagari, Arabic, Hebrew, ...): not Greek,
      // Cyrillic or Armenian, whose capitals make codes.
      bool caseless = c >= 0x590 && c < 0x2000;
      if (!ascii_letter && !caseless) return false;
      ++letters;
      upper += c >= 'A' && c <= 'Z';
      lower += c >= 'a' && c <= 'z';
    }
    if (letters < 2 || letters > 5 || upper) return false;  // not "N/A", "EUR/USD"
    if (parts.size() == 1 && (letters < 2 || letters > 4 || !lower)) return false;  // "(kap)", not "(AP)"
  }
  return true;
}

// The node after `n`'s subtree in document order, or null.
const GumboNode* next_after(const GumboNode* n) {
  for (; n && n->parent; n = n->parent) {
    const GumboVector* kids = children_of(n->parent);
    if (n->index_within_parent + 1 < kids->length) return static_cast<const GumboNode*>(kids->data[n->index_within_parent + 1]);
  }
  return nullptr;
}

bool has_block_child(const GumboNode* n) {
  const GumboVector* kids = children_of(n);
  for (unsigned i = 0; i < kids->length; ++i) {
    switch (tag_of(static_cast<const GumboNode*>(kids->data[i]))) {
      case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
      case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGURE:
        return true;
      default:
        break;
    }
  }
  return false;
}

// Capital ASCII letters only: "AFP", "VBL".
bool ascii_capitals(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

// Names only: each word capitalised (or a joiner: "Europa Press y EFE"), at most `max` words.
bool capitalised_names(std::string_view t, std::size_t max) {
  auto ws = words(t);
  if (ws.empty() || ws.size() > max) return false;
  return std::all_of(ws.begin(), ws.end(), [](const std::string& w) {
    return !starts_lower(w) || w == "y" || w == "e" || w == "et" || w == "and" || w == "und" || w == "i";
  });
}

// An acronym or one capitalised word: "AP", "AFP", "Reuters".
bool agency_like(std::string_view t) {
  auto ws = words(t);
  if (ws.size() == 1) return !starts_lower(ws[0]) || is_org_like(ws[0]);  // "dpa" writes itself so
  return std::any_of(ws.begin(), ws.end(), [](const std::string& w) { return w.size() >= 2 && ascii_capitals(w); }) &&
         capitalised_names(t, 3);
}

// The agency credited under the story: "Con información de EFE", "Com informações da Reuters",
// "Avec AFP", "With AP", "Le Monde avec AFP" (not "With Friends Like These", a subhead).
bool agency_closing(std::string_view t) {
  std::string_view body = t;
  while (!body.empty() && body.back() == '.') body.remove_suffix(1);
  for (std::string_view lead : {"con informaci\xC3\xB3n de ", "con informaci\xC3\xB3n del ", "con informaciones de ",
                                "com informa\xC3\xA7\xC3\xB5" "es da ", "com informa\xC3\xA7\xC3\xB5" "es do ",
                                "com informa\xC3\xA7\xC3\xB5" "es de ", "amb informaci\xC3\xB3 de ",
                                "met medewerking van "})
    if (istarts_with(body, lead)) return capitalised_names(body.substr(lead.size()), 5);
  for (std::string_view lead : {"avec ", "with ", "mit ", "com ", "con "})
    if (istarts_with(body, lead)) return agency_like(body.substr(lead.size()));
  if (std::size_t at = body.find(" avec "); at != std::string_view::npos && at > 0)
    return capitalised_names(body.substr(0, at), 3) && agency_like(body.substr(at + 6));
  return false;
}

}  // namespace

bool is_source_line(std::string_view line) {
  std::string_view t = trim(without_parentheses(trim(line)));  // "(Quelle: APA/dpa)", "(©NTB)"
  if (t.empty() || t.size() > 80) return false;
  // A label with the source after it; "Quellen:" alone heads a list.
  if (opens_with_source_label(t)) return t.back() != ':';
  // A desk's initials beside the agency: "sak/Reuters", "kno/ mhr/"; German "Mit Material von dpa".
  if (is_initials_credit(t)) return true;
  // (A short line only: "Mit Material der Polizei rekonstruierten Forscher ..." is a sentence.)
  if ((istarts_with(t, "mit material von") || istarts_with(t, "mit material der") ||
       istarts_with(t, "mit material des") || istarts_with(t, "mit agenturmaterial")) &&
      words(t).size() <= 6 && !ends_with_stop(t))
    return true;
  if (agency_closing(t)) return true;
  // A wire's bureau signing off: "Reuters Nairobi bureau", "AFP Paris desk".
  for (std::string_view desk : {" bureau", " desk"})
    if (iends_with(t, desk) && words(t).size() <= 4 && is_org_like(words(t).front())) return true;
  // The site and its reporter in brackets, closing the story: "(Tribunnews.com/Rina Ayu)".
  if (std::string_view whole = trim(line); whole.size() > 2 && whole.front() == '(' && whole.back() == ')')
    if (std::size_t slash = t.find('/'); slash != std::string_view::npos && slash > 3) {
      std::string_view site = trim(t.substr(0, slash)), who = trim(t.substr(slash + 1));
      bool domain = site.find('.') != std::string_view::npos && site.find(' ') == std::string_view::npos;
      if (domain && !who.empty() && words(who).size() <= 4 && !starts_lower(who) && who.find('.') == std::string_view::npos)
        return true;
    }
  // A release's distributor: "Distributed by APO Group on behalf of Volta Renewable Energy Company."
  if ((istarts_with(t, "distributed by ") || istarts_with(t, "issued by ")) && icontains(t, " on behalf of ")) return true;
  // A newsroom's office signing off, the office before its town: Somali "Caasimada Online /
  // Xafiiska Muqdisho" (the Mogadishu office), French "AFP, bureau de Dakar".
  // The newsroom's capitalised name opens the line; a town or two close it (not "Radio Okapi
  // visite un bureau de vote.", "Radio Kulmiye iyo Xafiiska Madaxweynaha ayaa kulmay.").
  if (auto ws = words(t); ws.size() <= 7 && !ends_with_stop(t))
    for (std::size_t i = 1; i + 1 < ws.size() && i <= 3; ++i) {
      bool somali = iequals(ws[i], "xafiiska"), french = iequals(ws[i], "bureau") && iequals(ws[i + 1], "de");
      std::size_t town = i + (french ? 2 : 1);
      bool capitals = std::all_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(i), [](const std::string& w) {
        return !starts_lower(w);
      });
      if ((somali || french) && capitals && ws.size() - town <= 2 && is_org_like(t.substr(0, t.find(ws[i]))))
        return true;
    }
  // Lithuanian "Naudota BNS informacija." (BNS information was used), Latvian "Izmantota LETA
  // informācija": a short line, the agency between the two words.
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"naudota ", "informacija"},
                             {"naudotasi ", "informacija"}, {"izmantota ", "informācija"}})
    if (istarts_with(t, open) && words(t).size() <= 6) {
      std::string_view end = t;
      while (!end.empty() && end.back() == '.') end.remove_suffix(1);
      if (iends_with(end, close)) return true;
    }
  if (signoff_initials(line)) return true;
  // A wire release's last line, its label in capitals: "SOURCE Acme Corp", "FUENTE Grupo Altavista".
  for (std::string_view label : {"SOURCE ", "FUENTE ", "QUELLE ", "SOURCE: ", "FONTE "})
    if (t.starts_with(label) && t.size() > label.size() && std::isupper(static_cast<unsigned char>(t[label.size()])))
      return true;
  // A dash signing the story off with a site or an agency: "– Rappler.com", "— AFP".
  // With no space after the dash only initials and a desk ("—VBL, GMA Integrated News"): a
  // dash glued to the words opens dialogue in Spanish and Portuguese ("—¿Y la radio?").
  if (t.starts_with("\xE2\x80\x94") && !t.starts_with("\xE2\x80\x94 ")) {
    std::string_view signer = t.substr(3);
    std::size_t comma = signer.find(',');
    std::string_view first = signer.substr(0, std::min(comma, signer.find(' ')));
    bool caps = first.size() >= 2 && first.size() <= 5 && ascii_capitals(first);
    return caps && comma != std::string_view::npos && words(signer).size() <= 5 && !ends_with_stop(signer) &&
           is_org_like(signer.substr(comma + 1));
  }
  for (std::string_view dash : {"- ", "\xE2\x80\x93 ", "\xE2\x80\x94 "})
    if (t.rfind(dash, 0) == 0) {
      std::string_view signer = trim(t.substr(dash.size()));
      bool domain = signer.find(' ') == std::string_view::npos && signer.find('.') != std::string_view::npos &&
                    signer.size() <= 40 && std::isalpha(static_cast<unsigned char>(signer.back()));
      return !signer.empty() && (domain || (words(signer).size() <= 4 && is_org_like(signer)));
    }
  // A wire's name alone, in parentheses, between slashes or after ©: "(APA)", "(©NTB)",
  // "/ritzau/"; or in capitals: "REUTERS", "AA". Not a word standing alone in a story
  // ("Yes.", "Chemnitz.").
  bool marked = t.size() < trim(line).size();
  std::string_view name = t;
  if (name.size() > 2 && name.front() == '/' && name.back() == '/') {
    name = trim(name.substr(1, name.size() - 2));
    marked = true;
  }
  for (std::string_view mark : {"\xC2\xA9", "(c)"})
    if (name.rfind(mark, 0) == 0) {
      name = trim(name.substr(mark.size()));
      marked = true;
    }
  bool capitals = name.size() >= 2 && std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (name.empty() || name.size() > 24 || name.find(' ') != std::string_view::npos) return false;
  // Agencies whose names are given names too, known only when marked: "(Hina)", "(Ani)".
  static constexpr std::string_view kMarkedOnly[] = {"hina", "ani", "ria", "sta", "mina", "fena", "srna", "ina"};
  if (marked && std::any_of(std::begin(kMarkedOnly), std::end(kMarkedOnly), [&](std::string_view a) { return iequals(name, a); }))
    return true;
  return (marked || capitals) && is_org_like(name);
}

// "Quelle: ntv.de, ino/dpa", "This article originally appeared on ...", "© dpa-infocom".
bool is_credit_line(std::string_view t) {
  if (t.empty() || t.size() > 300) return false;
  if (is_initials_credit(t)) return true;
  t = without_parentheses(t);  // "(Quelle: APA/dpa)"
  if (icontains(t, "all rights reserved") || icontains(t, "alle rechte vorbehalten")) return false;
  if (opens_with_source_label(t)) return true;
  static constexpr std::string_view kStarts[] = {
      "\xC2\xA9", "(c) ", "copyright", "this article originally appeared", "this article was originally published",
      "this article first appeared", "this article was first published", "this story originally appeared",
      "this story was originally published", "this story first appeared", "originally published", "first published",
      "a version of this article", "mit material von", "mit agenturmaterial", "dieser artikel erschien"};
  std::string low = to_lower_ascii(t.substr(0, 48));
  for (auto s : kStarts)
    if (low.rfind(s, 0) == 0) return true;
  return syndication_line(t);
}

bool syndication_line(std::string_view t) {
  if (t.size() > 400) return false;
  static constexpr std::string_view kStarts[] = {
      "this article originally appeared", "this article first appeared", "this story originally appeared",
      "this story first appeared", "this article was originally published", "this article was first published",
      "this story was originally published", "this story was first published", "cet article est republi",
      "cet article a \xC3\xA9t\xC3\xA9 publi\xC3\xA9 initialement", "artikel ini telah tayang",
      "artikel ini sudah tayang", "artikel ini pertama kali", "este art\xC3\xAD" "culo fue publicado originalmente",
      "dieser artikel erschien zuerst", "questo articolo \xC3\xA8 stato pubblicato originariamente"};
  const std::string low = lower_utf8(trim(t).substr(0, 64));
  return std::any_of(std::begin(kStarts), std::end(kStarts), [&](std::string_view s) { return low.starts_with(s); });
}

bool media_contact_label(std::string_view t) {
  if (t.size() > 400) return false;
  std::string low = lower_utf8(trim(t).substr(0, 40));
  static constexpr std::string_view kLabels[] = {
      "media contact", "press contact", "media inquiries", "media enquiries", "for media inquiries",
      "for media enquiries", "investor contact", "contacto para medios", "contacto de prensa", "contactos de prensa",
      "gabinete de prensa", "oficina de prensa", "pressestelle", "service de presse",
      "contacto con medios", "pressekontakt", "kontakt f\xC3\xBCr medien", "medienkontakt", "contact presse",
      "contacts presse", "contact m\xC3\xA9" "dias", "contatti stampa", "contatto stampa", "ufficio stampa:",
      "perscontact", "mediakontakt", "pressekontakt:", "contato para imprensa", "contato de imprensa"};
  return std::any_of(std::begin(kLabels), std::end(kLabels), [&](std::string_view l) { return low.starts_with(l); });
}

// The newsroom's credits under a wire story: "Reporting by Jane Doe in Paris; Editing by
// John Roe", "(Additional reporting by Reuters)". Not story text (fundus leaves them out);
// they go to the trailer, where an outlet named in them still counts as a source.
bool is_staff_credit(std::string_view t) {
  t = without_parentheses(t);
  if (t.size() > 300) return false;
  std::string low = to_lower_ascii(t.substr(0, 40));
  for (std::string_view s : {"reporting by", "additional reporting by", "additional reporting from", "writing by",
                             "editing by", "compiled by", "reporting and writing by", "reporting from",
                             "mitarbeit:", "mitarbeit von", "collaboration:", "avec la collaboration de",
                             "con la colaboraci\xC3\xB3n de", "ha collaborato", "medewerking:"})
    if (low.rfind(s, 0) == 0) {
      // "Reporting from Kyiv, Jane Doe writes that ..." is a sentence; a credit is names.
      return s != "reporting from" || t.find(" by ") != std::string_view::npos;
    }
  // The desk's line under the story: "Editor: Ioana Marin", Chinese "编辑 刘梦婕 校对 赵琳".
  if (t.size() <= 80) {
    std::string head = lower_utf8(trim(t));
    for (std::string_view label : {"editor:", "editare:", "redactor:", "redaktor:", "redakce:",
                                   "szerkeszt\xC5\x91:", "edited by ", "editor ", "editare "})
      if (head.starts_with(label) && words(head.substr(label.size())).size() <= 4 && head.find(". ") == std::string::npos)
        return true;
    for (std::string_view label : {"\xE7\xBC\x96\xE8\xBE\x91", "\xE7\xB7\xA8\xE8\xBC\xAF",   // 编辑 編輯
                                   "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91",        // 责任编辑
                                   "\xE8\xB4\xA3\xE7\xBC\x96", "\xE6\xA0\xA1\xE5\xAF\xB9",    // 责编 校对
                                   "\xE6\xA0\xA1\xE5\xB0\x8D"})                                      // 校對
      if (head.starts_with(label) && head.size() > label.size() &&
          (head[label.size()] == ' ' || head[label.size()] == ':' || head.compare(label.size(), 3, "\xEF\xBC\x9A") == 0))
        return true;
  }
  // A chart's note: "Source: County Clerk. Graphic: Jane Roe / The Ledger", "Grafik: A. Muster".
  if (t.size() <= 200) {
    std::string low_all = to_lower_ascii(t);
    for (std::string_view label : {"graphic:", "graphics:", "chart:", "map:", "grafik:", "infographic:", "infografik:",
                                   "infographie :", "infograf\xC3\xAD" "a:"})
      if (std::size_t at = low_all.find(label);
          at != std::string::npos && (at == 0 || low_all.compare(at >= 2 ? at - 2 : 0, 2, ". ") == 0 ||
                                      low_all.compare(at >= 2 ? at - 2 : 0, 2, "; ") == 0)) {
        std::string_view rest = trim(t.substr(at + label.size()));
        if (!rest.empty() && words(rest).size() <= 8 && rest.find(". ") == std::string_view::npos && !starts_lower(rest))
          return true;
      }
  }
  // A chart's caption set as a paragraph under its embed: "Gráfico: evolução do armazenamento
  // desde 2020. Fonte: SNIRH/APA", "Chart: Unemployment by region. Source: ONS".
  if (t.size() <= 240) {
    const std::string head = lower_utf8(trim(t));
    bool chart = false, source = false;
    for (std::string_view label : {"gr\xC3\xA1" "fico:", "grafico:", "gr\xC3\xA1" "fica:", "graphique :", "graphique:",
                                   "chart:", "grafik:", "map:", "mapa:", "karte:", "carte :", "carte:", "infographic:",
                                   "wykres:", "diagram:", "grafiek:"})
      chart = chart || head.starts_with(label);
    for (std::string_view label : kSourceLabels) source = source || head.find(label) != std::string::npos;
    if (chart && source) return true;
  }
  // "Information from Kyodo added.", "With files from The Canadian Press", "Material from
  // Reuters was used in this report."
  // South Asian and Gulf papers: "(With inputs from PTI)", "-With input from APP", "With
  // agency inputs"; "- with agencies" under a British story.
  std::string all = to_lower_ascii(trim(t));
  while (!all.empty() && (all.back() == '.' || all.back() == ' ')) all.pop_back();
  while (!all.empty() && (all.front() == '-' || all.front() == ' ')) all.erase(0, 1);
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"})  // en and em dash
    if (all.starts_with(dash)) all = std::string(trim(std::string_view(all).substr(dash.size())));
  if (all.size() <= 80 && ((all.starts_with("information from ") && all.ends_with(" added")) ||
                           all.starts_with("with files from ") || all.starts_with("with input from ") ||
                           all.starts_with("with inputs from ") || all == "with agency inputs" ||
                           all == "with agencies" ||
                           (all.starts_with("material from ") && all.ends_with(" used in this report"))))
    return true;
  return false;
}

// A copyright line ("© Example Media. All rights reserved"): the credit of an agency when
// printed right under the story, the site's own notice further down the page.
bool is_copyright_notice(std::string_view t) {
  std::string low = to_lower_ascii(t.substr(0, 48));
  return low.rfind("\xC2\xA9", 0) == 0 || low.rfind("(c) ", 0) == 0 || low.rfind("copyright", 0) == 0 ||
         low.rfind("\xE2\x93\x92", 0) == 0 || low.rfind("<\xE2\x93\x92", 0) == 0;  // ⓒ, "<ⓒKorea Herald>"
}

// Credit lines in the stretch of page right after the body's last block: at most three,
// looking no further than about 1,500 characters of text or 400 nodes.
std::vector<std::string> credit_lines_after(const GumboNode* last) {
  std::vector<std::string> out;
  std::size_t text_seen = 0;
  int visited = 0;
  for (const GumboNode* n = next_after(last); n && visited < 400 && out.size() < 3 && text_seen < 1500; ++visited) {
    if (n->type == GUMBO_NODE_TEXT) {
      text_seen += std::string_view(n->v.text.text).size();
      n = next_after(n);
      continue;
    }
    GumboTag t = tag_of(n);
    if (!is_element(n) || t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT ||
        t == GUMBO_TAG_TEMPLATE || t == GUMBO_TAG_SVG || t == GUMBO_TAG_FORM || t == GUMBO_TAG_NAV) {
      n = next_after(n);
      continue;
    }
    if (!has_block_child(n)) {
      std::string text = text_content(n, 320);
      if (is_credit_line(text) && (text_seen < 300 || !is_copyright_notice(text))) {
        out.push_back(std::move(text));
        n = next_after(n);
        continue;
      }
    }
    const GumboVector* kids = children_of(n);
    n = kids->length ? static_cast<const GumboNode*>(kids->data[0]) : next_after(n);
  }
  return out;
}

// The text of an element marked as the story's source ("article-source", "quelle") when it
// is a labelled source line: "Bron: BELGA", "Quelle: dpa". Not a chart's or a photo's.
std::optional<std::string> marked_source_line(const GumboNode* n) {
  switch (tag_of(n)) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SPAN: case GUMBO_TAG_SMALL: case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
      break;
    default:
      return std::nullopt;
  }
  // (A credit box of a picture's is a caption's, "foto" or "bild"; a source line may sit in
  // a box its template calls "caption2".)
  bool credit = mentions_any(n, {"credit"}) && !mentions_any(n, {"caption", "foto", "bild"});
  if (!(credit || mentions_any(n, {"source", "quelle", "bron"})) ||
      mentions_any(n, {"chart", "graphic", "image", "photo", "video", "table"}) || in_figure(n))
    return std::nullopt;
  std::string t = text_content(n, 200);
  if (t.size() > 150) return std::nullopt;
  // A wire's credit in a box named for credits, which the body drops as a picture's:
  // "— with AAP", "With files from The Canadian Press", "Contributing: The Associated Press".
  if (credit) {
    std::string_view c = without_parentheses(t);  // "(With inputs from PTI)", "(mit dpa)"
    for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "-"})
      if (c.starts_with(dash)) c = trim(c.substr(dash.size()));
    for (std::string_view label : {"with ", "contributing:", "additional reporting by", "mit material"})
      if (istarts_with(c, label)) return t;
    // Or any wire credit, bracketed or not: "(Avec AFP)", "Com Lusa", "(APA/red)"; not a
    // picture's ("© AFP" in a media credit beside an <img>).
    bool beside_image = false;  // an <img> among its siblings
    if (n->parent && n->parent->type == GUMBO_NODE_ELEMENT)
      for (unsigned i = 0; i < children_of(n->parent)->length && !beside_image; ++i)
        beside_image = tag_of(static_cast<const GumboNode*>(children_of(n->parent)->data[i])) == GUMBO_TAG_IMG;
    const bool picture = c.starts_with("\xC2\xA9") || istarts_with(c, "(c)") || mentions_any(n, {"media"}) || beside_image;
    if (!picture && is_source_line(c)) return t;
    return std::nullopt;
  }
  for (std::string_view label : {"bron:", "quelle:", "source:", "fuente:", "fonte:", "kilde:", "källa:"})
    if (t.size() > label.size() && iequals(std::string_view(t).substr(0, label.size()), label)) return t;
  // A Japanese portal's "CNET Japan 3/9(木) 18:45配信": the outlet that supplied the story.
  if (trim(t).ends_with("配信")) return t;
  return std::nullopt;
}

}  // namespace newsarchive::parse

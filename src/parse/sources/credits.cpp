// Credit lines: the outlet credited as author or supplier of the story: wire datelines
// ("MOSCOW (AP) —"), bylines ("Von dpa", "Par Le Figaro et AFP"), syndication notes
// ("This article originally appeared on The Atlantic") and source lines ("Quelle: ntv.de,
// ino/dpa", "© dpa-infocom"). Photo, video and caption credits never count.
#include <algorithm>
#include <cctype>
#include <optional>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {

// The outlet a wire credit names (whole, as resolve_whole_name reads it), or the agency some
// initials stand for only in a credit's brackets: "(AA)" is Anadolu there, not in prose
// ("AA said" is an airline), and Arabic spells agencies by letters: "(أ ش أ)" is MENA.
const Outlet* credited_outlet(const std::string& part, const Resolver& resolver, bool* self) {
  if (const Outlet* o = resolve_whole_name(part, resolver, self); o || *self) return o;
  // Initials known only in credits, with the country whose agency they name ("" for any):
  // "(APS)" is Algeria's agency in Algiers and Senegal's in Dakar.
  struct Initials {
    std::string_view text, host, country;
  };
  static constexpr Initials kInitials[] = {
      {"AA", "aa.com.tr", ""}, {"PA", "pa.media", ""}, {"DHA", "dha.com.tr", ""}, {"\xC4\xB0HA", "iha.com.tr", ""},  // İHA
      {"UNB", "unb.com.bd", "BD"}, {"BSS", "bssnews.net", "BD"}, {"ACN", "acn.cat", "ES"}, {"APS", "aps.dz", "DZ"},
      {"APS", "aps.sn", "SN"},
      {"\xD8\xA3 \xD8\xB4 \xD8\xA3", "mena.org.eg", ""},                               // أ ش أ
      {"\xD8\xA3 \xD9\x81 \xD8\xA8", "afp.com", ""}, {"\xD8\xA7 \xD9\x81 \xD8\xA8", "afp.com", ""}};  // أ ف ب
  if (!resolver.directory) return nullptr;
  const std::string name = collapse_whitespace(part);
  for (const auto& [initials, host, country] : kInitials)
    if (name == initials && (country.empty() || country == resolver.page_country)) {
      const Outlet* o = resolver.directory->by_host(host);
      if (o && resolver.is_self(o)) *self = true;
      return o && !*self ? o : nullptr;
    }
  return nullptr;
}
namespace {

bool starts_with_photo_word(std::string_view line) {
  std::string first = lower_utf8(line.substr(0, line.find_first_of(" :/|")));
  return lexicon().photo_words.count(first) > 0;
}

// East Asian punctuation as its ASCII twin, so one rule reads "（共同）" and "(dpa)",
// "来源：新华社" and "Quelle: dpa", "(서울＝연합뉴스)" and "(AFP=時事)". Text without any
// such character (a lead byte of 0xE3 or more) is returned as it is, without a copy.
std::string_view fold_fullwidth(std::string_view s, std::string& buffer) {
  static const std::pair<std::string_view, char> folds[] = {
      {"\xEF\xBC\x88", '('}, {"\xEF\xBC\x89", ')'}, {"\xEF\xBC\x9A", ':'}, {"\xEF\xBC\x9D", '='},
      {"\xE3\x80\x90", '('}, {"\xE3\x80\x91", ')'}, {"\xEF\xBC\x8F", '/'}, {"\xE3\x80\x81", ','},
      {"\xE3\x80\x80", ' '}};
  auto wide = [](char c) { return static_cast<unsigned char>(c) >= 0xE3; };
  if (std::none_of(s.begin(), s.end(), wide)) return s;
  buffer.clear();
  buffer.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    bool folded = false;
    if (wide(s[i]))
      for (const auto& [from, ascii] : folds)
        if (s.compare(i, from.size(), from) == 0) {
          buffer.push_back(ascii);
          i += from.size();
          folded = true;
          break;
        }
    if (!folded) buffer.push_back(s[i++]);
  }
  return buffer;
}

// Splits "ntv.de, ino/dpa" or "Le Figaro et AFP" into names.
std::vector<std::string> credit_parts(std::string_view s) {
  std::string text(s);
  for (std::string_view conj : {" and ", " und ", " et ", " y ", " og ", " och ", " e ", " & ", " with ", " mit ", " avec ", " con ", " com "}) {
    std::string lower = lower_utf8(text);
    if (lower.size() != text.size()) continue;  // offsets would not line up
    std::string joined;
    std::size_t from = 0;
    for (std::size_t p = lower.find(conj); p != std::string::npos; p = lower.find(conj, from)) {
      joined.append(text, from, p - from);
      joined.push_back(',');
      from = p + conj.size();
    }
    joined.append(text, from, std::string::npos);
    text = std::move(joined);
  }
  std::vector<std::string> parts;
  std::string cur;
  for (char c : text) {
    if (c == ',' || c == '/' || c == ';' || c == '|' || c == '=') {
      parts.push_back(collapse_whitespace(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  parts.push_back(collapse_whitespace(cur));
  parts.erase(std::remove_if(parts.begin(), parts.end(), [](const std::string& p) { return p.empty(); }), parts.end());
  return parts;
}

void add(std::vector<Mention>& out, const Outlet* o, std::string_view evidence, std::size_t order) {
  Mention m;
  m.outlet = o;
  m.credit = true;
  m.evidence = clip_words(evidence, 20);
  m.order = order;
  out.push_back(std::move(m));
}

// The line after a leading em dash, en dash or hyphen, trimmed; nullopt without one.
std::optional<std::string_view> after_dash(std::string_view t) {
  for (std::string_view d : {"\xE2\x80\x94", "\xE2\x80\x93", "-"})
    if (t.starts_with(d)) return trim(t.substr(d.size()));
  return std::nullopt;
}

// "This article originally appeared on The Atlantic", "First published in ...".
void syndication(std::string_view line, const Resolver& resolver, std::size_t order, std::vector<Mention>& out) {
  static const char* phrases[] = {
      "originally appeared on", "originally appeared in", "originally published on", "originally published in",
      "originally published by", "first published in", "first published on", "first published by",
      "first appeared in", "first appeared on", "republished from", "republished with permission from",
      "republished with permission of", "reprinted with permission from", "reprinted with permission of",
      "reproduced with permission from", "republished courtesy of", "this story was produced by",
      "erschien zuerst in", "erschien zuerst bei", "erschien zuerst auf", "zuerst erschienen in",
      "zuerst erschienen bei", "erschienen in", "publié initialement dans", "publié initialement par",
      "publicado originalmente en", "publicado originalmente por", "pubblicato originariamente su",
      "publisert først i", "publicerades först i", "with files from", "with reporting from",
      "additional reporting by", "additional reporting from", "mit material von", "avec l'agence",
      "includes information from", "information from", "includes reporting from", "includes reporting by",
      "telah tayang di", "telah tayang sebelumnya di", "tayang di",  // Indonesian "has appeared on"
      "p\xC5\xAFvodn\xC4\x9B vy\xC5\xA1" "el v", "p\xC5\xAFvodn\xC4\x9B vy\xC5\xA1la v",  // Czech "původně vyšel/vyšla v"
      "p\xC5\xAFvodn\xC4\x9B vy\xC5\xA1lo v", "p\xC3\xB4vodne vy\xC5\xA1iel v",  // Slovak "pôvodne vyšiel v"
      "pierwotnie ukaza\xC5\x82 si\xC4\x99 w", "ukaza\xC5\x82 si\xC4\x99 pierwotnie w",  // Polish
      "oorspronkelijk verschenen in", "eerder verschenen in", "publicado originalmente no",
      "publicado originalmente na", "publicado originalmente em", "publicat ini\xC8\x9Bial \xC3\xAEn"};
  std::string lower = lower_utf8(line);
  for (const char* p : phrases) {
    std::size_t at = lower.find(p);
    if (at == std::string::npos) continue;
    // The phrase credits the piece itself: it opens the line, or follows what names the
    // piece ("This article was", "A version of this story"). "The figures were first
    // published by the BBC" is a sentence of the story citing the BBC, no credit.
    std::string_view before = trim(std::string_view(lower).substr(0, at));
    for (std::string_view mark : {"\xE2\x80\x94", "\xE2\x80\x93", "-", "(", "*", "\xE2\x80\xA2"})
      if (before.starts_with(mark)) before = trim(before.substr(mark.size()));  // "— With files from ..."
    if (!before.empty()) {
      static const char* pieces[] = {"article", "story", "piece", "post", "report", "column", "essay", "version",
                                     "this", "it was", "artikel", "beitrag", "text", "article a", "cet", "este",
                                     "questo", "dieser", "denne", "denna", "\xC4\x8Dl\xC3\xA1nek", "artyku\xC5\x82",
                                     "tekst", "stuk", "texto", "mat\xC3\xA9ria"};
      bool names_piece = std::any_of(std::begin(pieces), std::end(pieces),
                                     [&](const char* w) { return before.find(w) != std::string_view::npos; });
      if (!names_piece || std::count(before.begin(), before.end(), ' ') > 6) return;
    }
    std::string_view rest = trim(line.substr(at + std::string_view(p).size()));
    // What describes the outlet may come first: "the Austrian daily Der Standard", Czech
    // "v rakouském deníku Der Standard": up to three lower-case words or nationalities.
    for (int skipped = 0; skipped <= 3 && !rest.empty(); ++skipped) {
      bool self = false;
      if (const Outlet* o = leading_outlet(rest, resolver, &self); o || self) {
        if (o && !self) add(out, o, line, order);
        return;
      }
      std::size_t space = rest.find(' ');
      std::string word = lower_utf8(rest.substr(0, space));
      bool lower = word == std::string(rest.substr(0, space));
      if (space == std::string_view::npos || !(lower || !country_hint(word).empty())) return;
      rest = trim(rest.substr(space));
    }
    return;
  }
}

// "© dpa-infocom, dpa:…", "Copyright 2023 The Associated Press", "Quelle: ntv.de, ino/dpa".
void source_line(std::string_view line, const Resolver& resolver, std::size_t order, std::vector<Mention>& out) {
  std::string_view t = trim(line);
  while (!t.empty() && t.front() == '*') t = trim(t.substr(1));  // "*Com informações da Agência O Globo"
  if (auto rest = after_dash(t)) t = trim(without_parentheses(*rest));  // "- with AAP"
  if (t.empty() || starts_with_photo_word(t)) return;
  std::string lower = lower_utf8(t);
  auto strip_year = [](std::string_view s) {
    s = trim(s);
    while (!s.empty() && (std::isdigit(static_cast<unsigned char>(s.front())) || s.front() == '-' || s.front() == ' '))
      s.remove_prefix(1);
    return s;
  };
  std::string_view rest;
  std::string rewritten;  // storage for a `rest` rewritten
  bool list = false, bare = false;  // bare: "With AAP", "mit epd und KNA": every part must be an outlet
  if (t.size() > 2 && t.front() == '/' && t.back() == '/' && t.size() <= 40) {
    rest = t.substr(1, t.size() - 2);  // Danish "/ritzau/"
    list = true;
  } else if (t.rfind("\xC2\xA9", 0) == 0) {
    rest = strip_year(t.substr(2));
  } else if (lower.rfind("(c) ", 0) == 0) {
    rest = strip_year(t.substr(4));
  } else if (lower.rfind("copyright ", 0) == 0) {
    rest = strip_year(t.substr(10));
    if (rest.rfind("\xC2\xA9", 0) == 0) rest = strip_year(rest.substr(2));
  } else {
    for (std::string_view label : {"quelle:", "quellen:", "source:", "sources:", "source :", "sources :", "fuente:",
                                   "fuentes:", "kilde:", "källa:", "fonte:", "źródło:", "bron:", "bronnen:",
                                   "zdroj:", "kaynak:", "lähde:", "mit material von", "mit material der",
                                   "mit informationen von", "with reporting by", "additional reporting by",
                                   "material from", "avec", "来源:", "來源:", "出处:", "出處:", "記事提供:",
                                   "출처:", "with inputs from", "with input from", "amb informació de l'", "amb informació de",
                                   "amb informació d'", "com informações da",
                                   "com informações do", "com informações de", "con información de",
                                   "con informaciones de", "sursa:", "sursă:", "πηγή:", "πηγές:", "इनपुट:",
                                   "with files from", "juttua täydennetty", "juttua on täydennetty",
                                   "met medewerking van", "with ",
                                   "com ", "mit "}) {
      // "With AAP", "Com Reuters", "mit epd und KNA": a short line only, not a sentence
      // opening with "With".
      if (label.ends_with(' ') && t.size() > 60) continue;
      if (lower.rfind(label, 0) == 0) {
        rest = t.substr(label.size());
        if (label.starts_with("juttua")) {
          // "STT:n tiedoilla" (with STT's information): the agency in the genitive.
          for (std::string_view w : split(rest, ' '))
            if (!w.empty() && !istarts_with(w, "tiedoilla") && !istarts_with(w, "tietojen")) {
              if (w.ends_with(":n")) w.remove_suffix(2);
              rewritten += std::string(w) + ' ';
            }
          rest = rewritten;
        }
        list = true;
        bare = label == "with " || label == "com " || label == "mit ";
        break;
      }
    }
    if (!list) return;
  }
  if (list) {
    // After a bare "With"/"mit", every part names an outlet or the line is no credit
    // ("Mit Bild und Ton" names no agency).
    std::vector<const Outlet*> credited;
    for (const std::string& part : credit_parts(rest)) {
      bool self = false;
      const Outlet* o = credited_outlet(part, resolver, &self);  // "Additional reporting by PA"
      if (!o) o = leading_outlet(part, resolver, &self);
      if (!o && !self && bare) return;
      if (o && !self) credited.push_back(o);
    }
    for (const Outlet* o : credited) add(out, o, t, order);
    return;
  }
  std::string first = credit_parts(rest).empty() ? std::string() : credit_parts(rest).front();
  bool self = false;
  if (const Outlet* o = leading_outlet(first, resolver, &self); o && !self) add(out, o, t, order);
}

// "INDIANAPOLIS (AP) —", "Berlin (dpa) -": a wire dateline opening the story.
void dateline(std::string_view text, const Resolver& resolver, std::size_t order, std::vector<Mention>& out) {
  std::size_t open = text.find('(');
  if (open == std::string_view::npos || open > 80) return;
  std::size_t close = text.find(')', open);
  if (close == std::string_view::npos || close - open > 40) return;
  std::string_view prefix = text.substr(0, open);
  if (std::count(prefix.begin(), prefix.end(), ' ') > 6) return;
  // A sentence ends at ". ", a month's abbreviation does not: "ROME, Nov. 18 (AP) —",
  // "Roma, 18 nov. (Adnkronos) –".
  for (std::size_t dot = prefix.find(". "); dot != std::string_view::npos; dot = prefix.find(". ", dot + 1)) {
    std::size_t word = prefix.find_last_of(" ,", dot);
    word = word == std::string_view::npos ? 0 : word + 1;
    if (!month_from_word(prefix.substr(word, dot - word))) return;
  }
  std::string_view after = trim(text.substr(close + 1));
  bool dash = after.rfind("-", 0) == 0 || after.rfind("\xE2\x80\x94", 0) == 0 ||
              after.rfind("\xE2\x80\x93", 0) == 0 || after.rfind(":", 0) == 0;
  // Korean wire datelines put place and agency together: "(서울=연합뉴스) 김철수 기자 =".
  bool place_agency = text.substr(open, close - open).find('=') != std::string_view::npos;
  // Indian wires print no dash: "New Delhi, Nov 20 (PTI) Opposition members ...": a place, a
  // comma and a date before the brackets, an agency inside.
  bool dated_place = prefix.find(',') != std::string_view::npos &&
                     std::any_of(prefix.begin(), prefix.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (!dash && !place_agency && !dated_place) return;
  for (const std::string& part : credit_parts(text.substr(open + 1, close - open - 1))) {
    bool self = false;
    const Outlet* o = credited_outlet(part, resolver, &self);
    if (o && !self && (dash || place_agency || o->kind == "agency"))
      add(out, o, text.substr(0, std::min<std::size_t>(text.size(), close + 60)), order);
  }
}

// "… (dpa)" or "(dpa/AFP)" closing the last paragraph: agencies only.
void closing_agency(std::string_view text, const Resolver& resolver, std::size_t order, std::vector<Mention>& out) {
  std::string_view t = trim(text);
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  if (t.empty() || t.back() != ')') return;
  std::size_t open = t.rfind('(');
  if (open == std::string_view::npos || t.size() - open > 30) return;
  // Initials known only in a credit's brackets credit when the brackets stand apart, after the
  // last sentence: not "local chapters of Alcoholics Anonymous (AA)".
  std::string_view before = trim(t.substr(0, open));
  const bool apart = before.empty() || std::string_view(".!?\"'").find(before.back()) != std::string_view::npos ||
                     before.ends_with("\xE2\x80\x9D") || before.ends_with("\xC2\xBB");
  for (const std::string& part : credit_parts(t.substr(open + 1, t.size() - open - 2))) {
    bool self = false;
    const Outlet* o = apart ? credited_outlet(part, resolver, &self) : resolve_whole_name(part, resolver, &self);
    if (o && !self && o->kind == "agency") add(out, o, t.substr(open), order);
  }
}

// "By Associated Press in Valencia", "Haberler - Anadolu Ajansı", "Adam Vidler and AP".
// A byline is a few words (at most `max_words`); a longer text is an author bio naming
// former employers.
void byline_credit(std::string_view raw, std::size_t max_words, const Resolver& resolver, std::vector<Mention>& out) {
  const std::string byline = without_stamp(collapse_whitespace(raw));
  if (byline.empty() || split(byline, ' ').size() > max_words) return;
  std::string_view b = byline;
  // "Gustavo Valiente / Europa Press" is a photo credit's shape: keep what precedes the slash.
  b = trim(b.substr(0, b.find('/')));
  // What follows a separator dot or bar is the byline's date or section: "Redazione e
  // Keystone-ATS · 21.11.2026".
  for (std::string_view mark : {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 "}) b = trim(b.substr(0, b.find(mark)));
  for (std::string_view prefix : {"by ", "von ", "par ", "por ", "av ", "di ", "door ", "af ", "przez ", "de "})
    if (istarts_with(b, prefix)) {
      b.remove_prefix(prefix.size());
      break;
    }
  std::string text(b);
  // A section label before a dash: "Haberler - Anadolu Ajansı".
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "})
    for (std::size_t p; (p = text.find(dash)) != std::string::npos;) text.replace(p, dash.size(), ", ");
  text = without_titles(text);
  for (std::string part : credit_parts(text)) {
    // Where the writer filed from: "Associated Press in Valencia".
    if (std::size_t in = part.rfind(" in "); in != std::string::npos && in + 4 < part.size() &&
                                              std::isupper(static_cast<unsigned char>(part[in + 4])))
      part.resize(in);
    bool self = false;
    const Outlet* o = resolve_whole_name(part, resolver, &self);
    if (o && !self) add(out, o, byline, 0);
  }
}

// "AFP, MANILA" set as its own line above the story: the agency and where it filed from.
void agency_place_line(std::string_view text, const Resolver& resolver, std::size_t order, std::vector<Mention>& out) {
  std::string_view t = trim(text);
  if (t.size() > 40 || t.find(',') == std::string_view::npos) return;
  std::vector<std::string> parts = credit_parts(t);
  if (parts.size() != 2) return;
  for (std::size_t k = 0; k < 2; ++k) {
    const std::string& place = parts[1 - k];
    if (place.empty() || !std::isupper(static_cast<unsigned char>(place[0])) || split(place, ' ').size() > 3) continue;
    bool self = false;
    const Outlet* o = resolve_whole_name(parts[k], resolver, &self);
    if (o && !self && o->kind == "agency") {
      add(out, o, t, order);
      return;
    }
  }
}

// "sak/Reuters", "ino/dpa": desk initials beside the agencies that supplied the story.
void initials_credit(std::string_view line, const Resolver& resolver, std::size_t order, std::vector<Mention>& out) {
  std::string_view t = trim(line);
  if (!is_initials_credit(t)) return;
  for (const std::string& part : credit_parts(t)) {
    bool self = false;
    const Outlet* o = resolve_whole_name(part, resolver, &self);
    if (o && !self && o->kind == "agency") add(out, o, t, order);
  }
}

// "The Associated Press contributed to this report.", "Reuters and AFP contributed
// reporting.", "Associated Press writer Jane Doe in Paris contributed to this story."
void contribution_line(std::string_view line, const Resolver& resolver, std::size_t order, std::vector<Mention>& out) {
  std::string_view t = trim(line);
  if (t.size() > 300) return;
  std::string lower = lower_utf8(t);
  if (lower.size() != t.size()) return;
  // USA TODAY's "Contributing: Jane Doe, USA TODAY; The Associated Press".
  if (lower.starts_with("contributing:")) {
    for (std::string_view group : split(t.substr(13), ';'))
      for (const std::string& part : credit_parts(trim(group))) {
        bool self = false;
        if (const Outlet* o = resolve_whole_name(part, resolver, &self); o && !self) add(out, o, t, order);
      }
    return;
  }
  std::size_t at = lower.find(" contributed");
  if (at == std::string::npos) return;
  std::string_view tail = std::string_view(lower).substr(at + 12);
  if (!(tail.rfind(" to this", 0) == 0 || tail.rfind(" reporting", 0) == 0 || tail.rfind(" to the report", 0) == 0))
    return;
  for (const std::string& part : credit_parts(t.substr(0, at))) {
    bool self = false;
    if (const Outlet* o = leading_outlet(part, resolver, &self); o && !self) add(out, o, t, order);
  }
}

// "— Agence France-Presse", "- The Washington Post": a dash and an outlet's whole name
// signing off a story it supplied.
void sign_off(std::string_view line, const Resolver& resolver, std::size_t order, std::vector<Mention>& out) {
  std::optional<std::string_view> signed_off = after_dash(trim(line));
  if (!signed_off) return;
  std::string_view t = *signed_off;
  if (t.empty() || t.size() > 60) return;
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  bool self = false;
  const Outlet* o = resolve_whole_name(t, resolver, &self);
  if (o && !self) add(out, o, line, order);
}

// A source line or sign-off closing the story or printed under it: "(Quelle: APA/sda/dpa)",
// "© dpa-infocom", "sak/Reuters", "— Agence France-Presse".
void closing_credit(std::string_view line, const Resolver& resolver, std::size_t order, std::vector<Mention>& out) {
  // "CNET Japan 3/9(木) 18:45配信": supplied ("distributed") by the outlet it opens with.
  if (std::string_view t = trim(line); t.ends_with("配信")) {
    bool self = false;
    if (const Outlet* o = leading_outlet(t, resolver, &self); o && !self) add(out, o, line, order);
    return;
  }
  source_line(without_parentheses(line), resolver, order, out);
  initials_credit(line, resolver, order, out);
  contribution_line(line, resolver, order, out);
  sign_off(line, resolver, order, out);
}

}  // namespace

std::vector<Mention> find_credit_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                          const SourceContext& context, const Resolver& resolver) {
  std::vector<Mention> out;
  // Byline: "Von dpa", "By Associated Press", "Par Le Figaro et AFP"; the first of its
  // lines that credits an outlet.
  for (std::string_view line : split(context.byline, '\n')) {
    const std::size_t before = out.size();
    byline_credit(line, 10, resolver, out);
    if (out.size() > before) break;
  }
  // An agency given as an author (JSON-LD, meta): "AP" beside "Adam Vidler".
  for (const std::string& name : context.author_names) byline_credit(name, 6, resolver, out);
  const std::size_t n = body.size();
  std::string folded;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view text = fold_fullwidth(body[i].text, folded);
    const std::size_t order = orders[i];
    std::size_t before = out.size();
    if (i < 5) dateline(text, resolver, order, out);
    if (i < 3) agency_place_line(text, resolver, order, out);
    syndication(text, resolver, order, out);
    if (i + 3 >= n) closing_credit(text, resolver, order, out);
    if (i + 1 == n) closing_agency(text, resolver, order, out);
    for (std::size_t k = before; k < out.size(); ++k) out[k].block = i;
  }
  // Text printed right under the article: "First published in …", "Quelle: …".
  std::size_t order = orders.empty() ? 0 : orders.back();
  std::string folded_trailer;
  for (std::string_view line : split(fold_fullwidth(context.trailer, folded_trailer), '\n')) {
    ++order;
    if (trim(line).empty()) continue;
    syndication(line, resolver, order, out);
    closing_credit(line, resolver, order, out);
    // The body's own closing "(APA)" line, moved here with the source lines.
    if (std::string_view t = trim(line); t.size() <= 30 && t.front() == '(') closing_agency(t, resolver, order, out);
  }
  return out;
}

}  // namespace newsarchive::parse::detail

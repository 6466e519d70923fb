// Author names: from the page's statements to a clean list of person names.
#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "parse/fields.hpp"

namespace newsarchive::parse {
namespace {

std::string lower(std::string_view s) {
  std::string out = to_lower_ascii(s);
  return out;
}

// Lead-ins before names, lower-case, each followed by a space or colon in the text.
constexpr std::string_view kLeadIns[] = {
    "written by", "reported by", "reporting by", "words by", "story by", "text by", "posted by", "by", "von",
    "par", "por", "di", "door", "av", "af", "text", "texte", "texto", "autor", "autorin", "author", "authors",
    "auteur", "redacción", "reporter", "bericht", "from", "de", "z", "od", "van", "tekst", "kirjoittanut"};

// Words that make a part a job title, not a name.
constexpr std::string_view kRoles[] = {
    "reporter", "correspondent", "editor", "staff", "writer", "contributor", "journalist", "columnist",
    "producer", "photographer", "analyst", "senior", "chief", "bureau", "redakteur", "redakteurin", "redaktion",
    "korrespondent", "korrespondentin", "rédacteur", "rédaction", "journaliste", "envoyé", "redactor",
    "redactora", "periodista", "corresponsal", "giornalista", "redattore", "fotograf", "photos", "photo",
    "video", "published", "updated", "veröffentlicht", "aktualisiert", "min", "read", "lesezeit", "hours",
    "ago", "team", "desk", "newsroom", "intern", "contributing", "special", "guest", "opinion", "host",
    "director", "professor", "founder", "president", "ceo", "manager", "head", "deputy", "associate",
    "assistant", "managing", "executive", "political", "sports", "business", "science", "health", "editorial",
    "board", "für", "for", "at", "in", "with", "mit", "und", "and", "the", "of"};

constexpr std::string_view kOrgWords[] = {
    "press", "news", "agency", "agentur", "reuters", "afp", "dpa", "ap", "apa", "sda", "kna", "epd", "ansa",
    "efe", "redaktion", "staff", "team", "desk", "newsroom", "online", "media", "magazine", "zeitung", "times",
    "post", "journal", "tribune", "herald", "associated", "radio", "tv", "television", "group", "ltd", "inc",
    "gmbh", "agencies", "wire", "editors", "editorial", "bbc", "cnn", "nachrichten", "service"};

bool contains_word(std::string_view text, std::string_view word) {
  std::string low = lower(text);
  std::size_t pos = 0;
  while ((pos = low.find(word, pos)) != std::string::npos) {
    bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(low[pos - 1]));
    std::size_t e = pos + word.size();
    bool right = e >= low.size() || !std::isalnum(static_cast<unsigned char>(low[e]));
    if (left && right) return true;
    pos = e;
  }
  return false;
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  for (auto w : split(s, ' '))
    if (!trim(w).empty()) out.emplace_back(trim(w));
  return out;
}

std::string strip_lead_in(std::string s) {
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    std::string low = lower(s);
    for (auto lead : kLeadIns) {
      if (low.size() > lead.size() && low.compare(0, lead.size(), lead) == 0) {
        char next = low[lead.size()];
        bool ambiguous = lead == "de" || lead == "di" || lead == "van" || lead == "z" || lead == "od" || lead == "av";
        if (ambiguous && s.compare(0, lead.size(), lead) != 0) continue;  // "De Souza", "Di Maio"
        if (next == ' ' || next == ':') {
          s = std::string(trim(std::string_view(s).substr(lead.size() + 1)));
          if (!s.empty() && s[0] == ':') s = std::string(trim(std::string_view(s).substr(1)));
          changed = true;
          break;
        }
      }
    }
  }
  return s;
}

bool is_org_like(std::string_view s) {
  for (auto w : kOrgWords)
    if (contains_word(s, w)) return true;
  if (s.find('.') != std::string_view::npos && s.find(' ') == std::string_view::npos) return true;  // "example.com"
  // A lone acronym ("AP", "AFP", "WDR") is an agency or broadcaster.
  if (s.size() <= 5 && s.find(' ') == std::string_view::npos &&
      std::all_of(s.begin(), s.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }))
    return true;
  return false;
}

std::string replace_all(const std::string& s, std::string_view from, std::string_view to) {
  std::string hay = lower(s);
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

// Splits at commas, semicolons, pipes, bullets and the words "and"/"und"/"et"/... .
std::vector<std::string> split_names(const std::string& s) {
  std::string t = s;
  static constexpr std::string_view kJoins[] = {" and ", " & ", " und ", " et ", " y ", " e ", " och ", " og ",
                                               " en ", " i ", " ve ", " és ", " a ", " и ", " und: "};
  for (auto j : kJoins) t = replace_all(t, j, ",");
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

bool has_letters(std::string_view s) {
  for (unsigned char c : s)
    if (std::isalpha(c) || c >= 0x80) return true;
  return false;
}

// A plausible person name: 1..5 words, no digits, no role or org words, not all lower-case Latin.
bool is_person_name(const std::string& p) {
  if (p.empty() || p.size() > 80 || !has_letters(p)) return false;
  for (char c : p)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == ':' || c == '(' || c == ')' || c == '?' ||
        c == '!' || c == '=' || c == '#')
      return false;
  auto ws = words(p);
  if (ws.empty() || ws.size() > 5) return false;
  for (const auto& w : ws)
    for (auto r : kRoles)
      if (iequals(w, r)) return false;
  bool ascii = std::all_of(p.begin(), p.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    bool capital = false;
    for (const auto& w : ws)
      if (std::isupper(static_cast<unsigned char>(w[0]))) capital = true;
    if (!capital) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> clean_authors(const std::vector<std::string>& raw, bool keep_orgs) {
  std::vector<std::string> out;
  auto push = [&](const std::string& name) {
    for (const auto& o : out)
      if (iequals(o, name)) return;
    out.push_back(name);
  };
  for (const auto& r : raw) {
    std::string s = collapse_whitespace(r);
    if (s.empty() || istarts_with(s, "http://") || istarts_with(s, "https://")) continue;
    s = strip_lead_in(s);
    for (auto part : split_names(s)) {
      part = strip_lead_in(part);
      // "Jane Doe (Reuters)" / "Jane Doe [dpa]"
      if (auto paren = part.find_first_of("(["); paren != std::string::npos && paren > 0)
        part = collapse_whitespace(std::string_view(part).substr(0, paren));
      // e-mail addresses and handles
      auto ws = words(part);
      std::vector<std::string> kept;
      for (const auto& w : ws)
        if (w.find('@') == std::string::npos && w.find("://") == std::string::npos) kept.push_back(w);
      part = join(kept, " ");
      while (!part.empty() && (part.back() == '.' || part.back() == ',' || part.back() == ':')) part.pop_back();
      if (part.empty()) continue;
      if (is_org_like(part)) {
        if (keep_orgs && part.size() < 80) push(part);
        continue;
      }
      if (is_person_name(part)) push(part);
      else if (keep_orgs && part.size() < 60 && has_letters(part) && words(part).size() <= 6) push(part);
    }
  }
  return out;
}

namespace {

std::string squash_name(std::string_view s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c) || c >= 0x80) out.push_back(static_cast<char>(std::tolower(c)));
  return out;
}

// Names that are the site itself or a share button, not a writer.
bool is_site_or_widget(const std::string& name, const std::vector<std::string>& site_names) {
  std::string n = squash_name(name);
  if (n.empty()) return true;
  for (const auto& site : site_names) {
    std::string sn = squash_name(site);
    if (!sn.empty() && (n == sn || (sn.size() >= 4 && n.find(sn) != std::string::npos))) return true;
  }
  static constexpr std::string_view kWidgets[] = {"twitter", "facebook", "instagram", "linkedin", "whatsapp",
                                                  "email", "share", "youtube", "tiktok", "telegram", "rss"};
  for (auto w : kWidgets)
    if (n == w || (n.find(w) != std::string::npos && n.size() < 20 && contains_word(name, w))) return true;
  return false;
}

// "신현주 기자" -> "신현주": job titles written after the name in CJK bylines.
std::string strip_cjk_role(std::string name) {
  static constexpr std::string_view kRoles[] = {" 기자", " 특파원", " 논설위원", " 선임기자", "記者", "特派員", "记者",
                                                "編集委員"};
  for (auto r : kRoles)
    if (name.size() > r.size() && name.compare(name.size() - r.size(), r.size(), r) == 0)
      return std::string(trim(std::string_view(name).substr(0, name.size() - r.size())));
  return name;
}

std::vector<std::string> filtered(const std::vector<std::string>& raw, const std::vector<std::string>& site_names,
                                  bool keep_orgs) {
  std::vector<std::string> prepared;
  for (const auto& r : raw) prepared.push_back(strip_cjk_role(collapse_whitespace(r)));
  std::vector<std::string> out;
  for (auto& n : clean_authors(prepared, keep_orgs))
    if (!is_site_or_widget(n, site_names)) out.push_back(std::move(n));
  return out;
}

}  // namespace

std::vector<std::string> choose_authors(const PageMeta& m) {
  std::vector<std::string> site_names;
  for (const auto& v : {m.get("og:site_name"), m.jsonld.publisher, m.get("application-name")})
    if (v) site_names.push_back(*v);
  const std::vector<std::string>* sources[] = {&m.jsonld.person_authors, &m.itemprop_authors, &m.meta_authors,
                                               &m.rel_authors, &m.byline_texts};
  for (const auto* src : sources) {
    auto names = filtered(*src, site_names, false);
    if (!names.empty()) return names;
  }
  // No person anywhere: an organisation named as author is still the author.
  for (const auto* src : {&m.jsonld.org_authors, &m.jsonld.person_authors, &m.meta_authors}) {
    auto orgs = clean_authors(*src, true);
    if (!orgs.empty()) return orgs;
  }
  return {};
}

}  // namespace newsarchive::parse

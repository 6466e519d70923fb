// Author name cleaning: raw author strings to person names, less lead-ins, roles, organisations and dates.
#include "parse/names.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "parse/date_words.hpp"
#include "parse/fields.hpp"

namespace newsarchive::parse {
namespace {

// Words that make a part a job title, not a name.
constexpr std::string_view kRoles[] = {
    "reporter", "correspondent", "editor", "staff", "writer", "contributor", "journalist", "columnist",
    "producer", "photographer", "analyst", "senior", "chief", "bureau", "redakteur", "redakteurin", "redaktion",
    "korrespondent", "korrespondentin", "redaktor", "redaktorin", "rédacteur", "rédaction", "journaliste", "envoyé", "redactor",
    "redactora", "periodista", "corresponsal", "giornalista", "redattore", "fotograf", "photos", "photo",
    "video", "published", "updated", "veröffentlicht", "aktualisiert", "min", "read", "lesezeit", "hours",
    "ago", "team", "desk", "newsroom", "intern", "contributing", "special", "guest", "opinion", "host",
    "director", "professor", "founder", "president", "ceo", "manager", "head", "deputy", "associate",
    "assistant", "managing", "executive", "political", "sports", "business", "science", "health", "editorial",
    "board", "für", "for", "at", "in", "with", "mit", "und", "and", "the", "of", "report",
    // an engineering blog's or a university's byline: "Staff Software Engineer, Data
    // Platform", "By X, University Communications"
    "engineer", "engineering", "developer", "designer", "scientist", "researcher", "communications", "office",
    "department", "platform",
    // Bengali, Hindi and Urdu bylines of the staff: "নিজস্ব প্রতিবেদক" (own reporter), "ডেস্ক
    // রিপোর্ট" (desk report), "विशेष संवाददाता" (special correspondent), "نمائندہ خصوصی".
    "নিজস্ব", "প্রতিবেদক", "সংবাদদাতা", "প্রতিনিধি", "ডেস্ক", "রিপোর্ট", "বিশেষ", "স্টাফ", "संवाददाता",
    "डेस्क", "रिपोर्ट", "विशेष", "ब्यूरो", "نمائندہ", "خصوصی", "رپورٹر", "ڈیسک",
    // Cyrillic job titles beside a name: журналист, корреспондент, редактор, сэтгүүлч (Mongolian)
    "журналист", "корреспондент", "редактор", "сэтгүүлч", "сурвалжлагч",
    // Chinese labels a slash parts from the name: "文/林慧敏" (text by), "记者/王小明".
    "文", "撰文", "记者", "記者",
    // A source line's label: "Źródło: PAP" names no writer.
    "quelle", "source", "fuente", "fonte", "zdroj", "\xC5\xBAr\xC3\xB3\x64\xC5\x82o", "bron", "kilde", "k\xC3\xA4lla"};

constexpr std::string_view kOrgWords[] = {
    "press", "news", "agency", "agentur", "ajans", "agencia", "agenzia", "agence", "agencja", "reuters", "afp", "dpa", "apa", "sda", "kna", "epd", "ansa",
    "efe", "redaktion", "redazione", "redacción", "redação", "redactie", "redakcja", "redakce", "redakcia",
    "toimitus", "szerkesztőség", "staff", "team", "desk", "newsroom", "online", "media", "magazine", "zeitung", "times",
    "post", "journal", "tribune", "herald", "associated", "radio", "tv", "television", "group", "ltd", "inc",
    "gmbh", "agencies", "wire", "editors", "editorial", "bbc", "cnn", "nachrichten", "service", "studio",
    "hauptstadtstudio", "ard", "zdf", "orf", "srf", "rtve", "vrt",  // not "rai": a surname too ("Anna Rai")
    // News agencies by name (not short ones that are also given names: "Ani", "Ria", "Hina").
    "lusa", "belga", "anp", "ctk", "čtk", "tasr", "mti", "bta", "stt", "ntb", "ritzau", "kyodo", "jiji", "yonhap",
    "xinhua", "antara", "bernama", "aap", "pti", "ians", "tass", "interfax", "ukrinform", "anadolu", "agerpres",
    "tanjug", "europa press", "notimex", "télam", "ria novosti", "риа новости", "тасс", "интерфакс",
    "укрінформ", "共同通信", "共同", "時事通信", "新华社", "新華社", "연합뉴스"};

// Login names a content system shows as the author when nobody set one.
constexpr std::string_view kAccounts[] = {"admin", "administrator", "site admin", "siteadmin", "superadmin", "webmaster",
                                          "root", "wpadmin", "web admin", "webadmin", "user", "default", "guest author"};

// A job-title word of kRoles, of more than `longer_than` letters, or a German compound
// ending in one: "Bundeshausredaktor", "Auslandskorrespondentin", "Wirtschaftsreporter".
bool is_role_word(std::string_view w, std::size_t longer_than = 0) {
  const std::string lower = lower_utf8(w);  // "Сэтгүүлч" as "сэтгүүлч"
  if (std::any_of(std::begin(kRoles), std::end(kRoles),
                  [&](std::string_view r) { return r.size() > longer_than && lower == r; }))
    return true;
  std::string low = to_lower_ascii(w);
  for (std::string_view head : {"redaktor", "redaktorin", "redakteur", "redakteurin", "korrespondent",
                                "korrespondentin", "reporterin", "journalistin", "kolumnist", "kolumnistin"})
    if (low.size() > head.size() + 3 && low.ends_with(head)) return true;
  return false;
}


}  // namespace

bool contains_word(std::string_view text, std::string_view word) {
  return has_word(lower_utf8(text), word);  // "ČTK", "РИА Новости"
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  for (auto w : split(s, ' '))
    if (!trim(w).empty()) out.emplace_back(trim(w));
  return out;
}

bool is_other_work(std::string_view label) {
  std::string low = lower_utf8(label);
  static constexpr std::string_view kWork[] = {
      "lektorat", "korrektur", "schlussredaktion", "redaktion", "redakce", "foto", "photo", "bild", "grafi",
      "graphi", "video", "kamera", "camera", "schnitt", "illustr", "edit", "copy edit", "produ", "transl",
      "\xC3\xBC" "bersetz", "source", "quelle", "sumber", "fuente", "fonte", "zdroj",
      "\xD1\x81\xD0\xBD\xD0\xB8\xD0\xBC", "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE",  // снимки, фото
      "\xD0\xB2\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBE"};                              // видео
  return std::any_of(std::begin(kWork), std::end(kWork), [&](std::string_view w) { return low.starts_with(w); });
}

bool is_org_like(std::string_view s, bool acronyms) {
  for (auto w : kOrgWords)
    if (contains_word(s, w)) return true;
  // "AP" in capitals: "ap" is a Welsh name's particle ("Iwan ap Gruffudd").
  if (has_word(s, "AP")) return true;
  if (s.find('.') != std::string_view::npos && s.find(' ') == std::string_view::npos) return true;  // "example.com"
  // A lone acronym ("AP", "AFP", "WDR") is an agency or broadcaster.
  if (acronyms && s.size() <= 5 && s.find(' ') == std::string_view::npos &&
      std::all_of(s.begin(), s.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }))
    return true;
  return false;
}

bool is_role_only(const std::string& part) {
  auto ws = words(part);
  return !ws.empty() && std::all_of(ws.begin(), ws.end(), [](const std::string& w) { return is_role_word(w); });
}

bool is_affiliation(const std::string& part) {
  auto ws = words(part);
  if (ws.empty() || ws.size() > 5) return false;
  if (is_org_like(part)) return true;
  return std::any_of(ws.begin(), ws.end(), [](const std::string& w) {
    std::string_view v = w;
    if (v.size() > 3 && v.back() == 's') v.remove_suffix(1);  // "Writers", "Reporters"
    return is_role_word(v, 3);
  });
}


bool is_latin(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xCA; });
}

bool spaces_names(std::string_view s) {
  for (std::size_t at = 0; at < s.size();) {
    char32_t c = next_codepoint(s, at);
    if (is_han(c) || is_hangul(c) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x1000 && c <= 0x109F)) return false;
  }
  return true;
}

bool starts_lower(std::string_view s) { return !s.empty() && std::islower(static_cast<unsigned char>(s[0])); }

bool starts_upper(std::string_view s) {
  std::size_t at = 0;
  return !s.empty() && is_upper_letter(next_codepoint(s, at));
}

std::size_t script_letters(std::string_view s, bool (*letter)(char32_t)) {
  std::size_t at = 0, n = 0;
  while (at < s.size()) {
    if (!letter(next_codepoint(s, at))) return 0;
    ++n;
  }
  return n;
}

namespace {

bool has_letters(std::string_view s) {
  for (unsigned char c : s)
    if (std::isalpha(c) || c >= 0x80) return true;
  return false;
}


bool all_capitals(std::string_view w) {
  bool letter = false;
  for (unsigned char c : w) {
    if (std::islower(c)) return false;
    letter = letter || std::isupper(c);
  }
  return letter;
}

// A word of a person's name as written in a name field: capitalised ("O'Brien", "Smith-Jones",
// "ÖZTÜRK", an initial "J."), letters with inner apostrophes and hyphens only.
bool capitalised_name_word(std::string_view w) {
  if (w.empty()) return false;
  unsigned char first = static_cast<unsigned char>(w[0]);
  if (!(std::isupper(first) || first >= 0xC0)) return false;
  if (w.size() == 2 && w[1] == '.') return std::isupper(first) != 0;  // an initial
  for (std::size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    bool inner = i > 0 && i + 1 < w.size();
    if (std::isalpha(c) || c >= 0x80) continue;
    if (inner && (c == '\'' || c == '-')) continue;
    return false;
  }
  return true;
}

// "O'Brien, Pat" -> "Pat O'Brien": the library-catalogue order "Surname, Given" of one person.
// Only a value with exactly one comma and no other separator or join word, where each side is
// one or two capitalised name words and one side is a single word ("Jane Doe, John Smith" is two
// people), and neither side is an organisation or a role ("Jane Doe, Reuters", "Doe, Staff").
// A byline printed on the page writes "Name, Place" ("Jane Doe, Washington"): there the
// surname before the comma is a single word.
std::optional<std::string> given_name_first(const std::string& s, bool printed) {
  if (std::count(s.begin(), s.end(), ',') != 1) return std::nullopt;
  auto parts = split_names(s);  // splits at every separator and join word
  if (parts.size() != 2) return std::nullopt;
  auto surname = words(parts[0]), given = words(parts[1]);
  if (surname.empty() || given.empty() || surname.size() > 2 || given.size() > 2) return std::nullopt;
  if (surname.size() == 2 && (given.size() == 2 || printed)) return std::nullopt;
  // Scripts without capitals (hangul, kanji) know no such order: "김민수, 이지은" is two people.
  for (const auto* side : {&surname, &given})
    for (const auto& w : *side)
      if (!capitalised_name_word(w) || !starts_upper(w)) return std::nullopt;
  for (const auto& p : parts)
    if (is_org_like(p, !all_capitals(s)) || !is_person_name(p)) return std::nullopt;
  return parts[1] + " " + parts[0];
}

// "capital von Jemima Kelly": a lower-case label before the lead-in word goes with it
// (a capitalised word stays: "Ursula von der Leyen").
std::string after_label(const std::string& part) {
  auto ws = words(part);
  for (std::size_t i = 1; i + 1 < ws.size() && i <= 2; ++i) {
    std::string w = to_lower_ascii(ws[i]);
    if (w != "von" && w != "by" && w != "par" && w != "por" && w != "door" && w != "di") continue;
    bool label = true;
    for (std::size_t k = 0; k < i; ++k)
      label = label && !ws[k].empty() && static_cast<unsigned char>(ws[k][0]) < 0x80 && std::islower(static_cast<unsigned char>(ws[k][0]));
    if (!label) return part;
    return join(std::vector<std::string>(ws.begin() + static_cast<std::ptrdiff_t>(i) + 1, ws.end()), " ");
  }
  return part;
}

// Words that label the date printed after a byline: "By Jane Doe Published March 3".
bool is_date_label_word(std::string_view w) {
  std::string low = to_lower_ascii(w);
  while (!low.empty() && (low.back() == ':' || low.back() == ',')) low.pop_back();
  const DateWord* d = date_label(low);
  return d && d->kind != DateWordKind::date && d->kind != DateWordKind::as_of;
}

// "Jane Doe 05. November 2024 15:36", "Nathan Willis March 25", "Joe Wee Monday", "John
// Roe Published March 3", "Jane Smith on March 3": a name runs until the date after it (its
// first word with a digit, and the month, weekday, date label or joining word before that).
std::string before_digits(const std::string& part) {
  auto ws = words(part);
  std::size_t end = ws.size();
  for (std::size_t i = 2; i < ws.size() && end == ws.size(); ++i)
    if (is_date_label_word(ws[i]))
      end = i;
    else if (std::any_of(ws[i].begin(), ws[i].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
      end = i;
      if (end > 2 && month_from_word(ws[end - 1])) --end;  // not "Theresa May" alone: only before digits
    }
  while (end > 2 && is_weekday_name(ws[end - 1])) --end;
  // The word that joins the name to its date: "Written by Jane Smith on March 3, 2024".
  static constexpr std::string_view kJoints[] = {"on", "am", "le", "el", "il", "op", "den", "at", "|", "-", "\xC2\xB7"};
  if (end < ws.size())
    while (end > 2 && std::find(std::begin(kJoints), std::end(kJoints), ws[end - 1]) != std::end(kJoints)) --end;
  if (end == ws.size()) return part;
  return join(std::vector<std::string>(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(end)), " ");
}

// "ELLEN PARK Associated Press": wire bylines print the name in capitals and the agency
// after it without a comma. Only the case shift marks the border, so mixed-case text such
// as "New York Times" stays whole.
std::string without_trailing_agency(const std::string& part) {
  auto ws = words(part);
  std::size_t caps = 0;
  while (caps < ws.size() && all_capitals(ws[caps])) ++caps;
  if (caps < 2 || caps == ws.size()) return part;
  std::vector<std::string> name(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(caps));
  std::vector<std::string> tail(ws.begin() + static_cast<std::ptrdiff_t>(caps), ws.end());
  std::string agency = join(tail, " ");
  if (!is_org_like(agency) || is_org_like(join(name, " "))) return part;
  return join(name, " ");
}

}  // namespace

// A plausible person name: 1..5 words, no digits, no role or org words, not all lower-case Latin.
bool is_person_name(const std::string& p) {
  if (p.empty() || p.size() > 80 || !has_letters(p)) return false;
  for (char c : p)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == ':' || c == '(' || c == ')' || c == '?' ||
        c == '!' || c == '=' || c == '#')
      return false;
  auto ws = words(p);
  if (ws.empty() || ws.size() > 5) return false;
  if (std::any_of(ws.begin(), ws.end(), [](const std::string& w) { return is_role_word(w); })) return false;
  // A Welsh weekday: "Dydd Mawrth" (Tuesday).
  if (ws.size() == 2 && iequals(ws[0], "dydd")) return false;
  if (ws.size() == 1) {  // "By" left alone by its name's element; the weekday or month of a date
    if (is_lead_in(ws[0])) return false;
    static constexpr std::string_view kCalendar[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "updated",
        // a button's label beside the byline
        "save", "saved", "share", "bookmark", "follow", "following", "print", "email", "comment", "comments",
        "listen", "copy", "gift", "subscribe", "like", "tweet", "post", "link", "more", "menu", "close",
        "speichern", "merken", "teilen", "folgen", "partager", "enregistrer", "suivre", "compartir", "guardar",
        "seguir", "condividi", "salva", "segui", "delen", "opslaan", "volgen", "dela", "spara", "del", "lagre"};
    std::string_view w = ws[0];
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    for (auto c : kCalendar)
      if (iequals(w, c)) return false;
    // An author card's heading, its article elided or not: "L'autore", "Author", "Autorin".
    if (std::size_t apos = w.find('\''); apos != std::string_view::npos && apos <= 2) w.remove_prefix(apos + 1);
    for (std::string_view label : {"author", "autore", "autrice", "autor", "autora", "autorin", "auteur", "autrice"})
      if (iequals(w, label)) return false;
  }
  bool ascii = std::all_of(p.begin(), p.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    bool capital = false;
    for (const auto& w : ws)
      if (std::isupper(static_cast<unsigned char>(w[0]))) capital = true;
    if (!capital) return false;
  }
  // In a Latin-script name only particles start lower-case: "Ursula von der Leyen", not
  // "A note from Sleyca".
  static constexpr std::string_view kParticles[] = {"von", "van", "der", "den", "de", "da", "di", "du", "del",
                                                    "della", "des", "dos", "das", "do", "la", "le", "zu", "ter",
                                                    "ten", "op", "bin", "ibn", "al", "el", "y", "e", "i", "af", "av", "ap"};
  if (ws.size() > 1)
    for (const auto& w : ws) {
      if (!std::islower(static_cast<unsigned char>(w[0]))) continue;
      std::string_view stem = std::string_view(w).substr(0, w.find_first_of("-'\xE2"));  // "al-Assad", "d'Este"
      bool particle = stem.size() <= 2 && w.size() > stem.size();
      for (auto k : kParticles) particle = particle || stem == k;
      if (!particle) return false;
    }
  return true;
}

std::string without_card_labels(const std::string& s) {
  std::vector<std::string> segments;
  bool dropped = false;
  for (std::string_view seg : split(s, '|')) {
    if (seg.find("\xEB\x8B\xB4\xEB\x8B\xB9") != std::string_view::npos ||          // 담당
        seg.find("\xED\x8E\x98\xEC\x9D\xB4\xEC\xA7\x80") != std::string_view::npos) {  // 페이지
      dropped = true;
      continue;
    }
    segments.emplace_back(seg);
  }
  return dropped ? collapse_whitespace(join(segments, "|")) : s;
}

std::vector<std::string> clean_names(const std::vector<std::string>& raw, bool keep_orgs, bool printed) {
  std::vector<std::string> out;
  // The same writer with the outlet's initials glued on ("Maria Virtanen HS", a byline's
  // name and organisation spans read as one) is that writer once.
  auto with_initials = [](const std::string& longer, const std::string& name) {
    if (longer.size() <= name.size() + 1 || !istarts_with(longer, name) || longer[name.size()] != ' ') return false;
    std::string_view tail = std::string_view(longer).substr(name.size() + 1);
    return tail.size() >= 2 && tail.size() <= 5 && std::all_of(tail.begin(), tail.end(), [](char c) {
             return std::isupper(static_cast<unsigned char>(c));
           });
  };
  auto push = [&](const std::string& name) {
    for (auto& o : out) {
      if (iequals(o, name) || with_initials(name, o)) return;
      if (with_initials(o, name)) {
        o = name;
        return;
      }
    }
    out.push_back(name);
  };
  for (const auto& r : raw) {
    std::string s = collapse_whitespace(r);
    if (s.empty() || istarts_with(s, "http://") || istarts_with(s, "https://")) continue;
    // A name in brackets, as Japanese papers sign a story: "（中村陽子）".
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"\xEF\xBC\x88", "\xEF\xBC\x89"}, {"(", ")"}})
      if (s.size() > open.size() + close.size() && s.starts_with(open) && s.ends_with(close) &&
          s.find(close) == s.size() - close.size())
        s = std::string(trim(std::string_view(s).substr(open.size(), s.size() - open.size() - close.size())));

    s = without_card_labels(s);
    std::string named = strip_lead_in(s);
    std::vector<std::string> parts;
    // After "By" the name is written as spoken: "By Jane Doe, Washington" stays a name and a place.
    if (named == s)
      if (auto one = given_name_first(s, printed)) parts.push_back(*one);
    if (parts.empty()) parts = split_names(named);
    bool after_outlet = false;  // the part before named the writer's outlet
    for (const auto& raw_part : parts) {
      std::string part = strip_lead_in(after_label(raw_part));
      part = before_digits(part);
      // "political reporter Jane Smith", "Pacific affairs reporter John Roe": a role before
      // the name goes (up to four words ending in a role word, then a capitalised name).
      {
        auto ws = words(part);
        for (std::size_t k = std::min<std::size_t>(ws.size(), 4); k-- > 0;) {
          if (!is_role_word(to_lower_ascii(ws[k]), 3) || ws.size() - k - 1 < 2) continue;
          if (std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(k) + 1, ws.end(),
                          [](const std::string& w) { return !starts_lower(w); }))
            part = join(std::vector<std::string>(ws.begin() + static_cast<std::ptrdiff_t>(k) + 1, ws.end()), " ");
          break;
        }
      }
      // "Jane Doe (Reuters)" / "Jane Doe [dpa]"; "Deutsche Welle (www.dw.com)" names a site.
      // A nickname after the given name stays as written: "Richard (R.J.) Eskow".
      bool site_in_parens = false;
      std::string nickname;  // "(R.J.)", put back after the given name once the name is clean
      if (auto paren = part.find_first_of("(["); paren != std::string::npos && paren > 0) {
        std::size_t close = part.find_first_of(")]", paren);
        std::string_view inside = std::string_view(part).substr(paren + 1);
        if (close != std::string::npos) inside = inside.substr(0, close - paren - 1);
        site_in_parens = inside.find('.') != std::string_view::npos && inside.find(' ') == std::string_view::npos &&
                         inside.size() > 4;
        // "Sandra Schober (Lektorat)", "Jane Doe (Fotos)": credited for other work than the text.
        std::string work = lower_utf8(inside);
        if (is_other_work(work)) continue;
        std::string after = close == std::string::npos ? "" : collapse_whitespace(std::string_view(part).substr(close + 1));
        // "Alcañiz (Teruel) | EFE": one word and its province in parentheses beside another
        // credit is where the story was filed, not who wrote it ("Ronaldo (Estadão)" alone is
        // a writer and his paper).
        if (part[paren] == '(' && after.empty() && parts.size() > 1 && words(part.substr(0, paren)).size() == 1 &&
            words(inside).size() == 1 && starts_upper(inside) && !is_org_like(inside) && !site_in_parens)
          continue;
        if (!site_in_parens && part[paren] == '(' && words(part.substr(0, paren)).size() == 1 && !after.empty() &&
            inside.size() <= 20 && words(after).size() <= 2 && std::isupper(static_cast<unsigned char>(after[0])))
          nickname = part.substr(paren, close - paren + 1);
        part = collapse_whitespace(part.substr(0, paren) + (nickname.empty() ? "" : " " + after));
      }
      // e-mail addresses and handles
      auto ws = words(part);
      std::vector<std::string> kept;
      for (const auto& w : ws)
        if (w.find('@') == std::string::npos && w.find("://") == std::string::npos) kept.push_back(w);
      part = join(kept, " ");
      while (!part.empty() && (part.back() == '.' || part.back() == ',' || part.back() == ':')) part.pop_back();
      if (part.empty()) continue;
      // A content system's account name is nobody: WordPress's default "admin".
      if (std::any_of(std::begin(kAccounts), std::end(kAccounts), [&](std::string_view a) { return iequals(part, a); }))
        continue;
      // A date's label left when its date went ("Publié le", "Posted on") names nobody.
      if (date_label(lower_utf8(part))) continue;
      part = without_trailing_agency(part);
      // "TOM PRYCE FOR MAILONLINE", "Jane Doe for The Guardian": the name, then whom it was
      // written for.
      // "Marian Kowalczyk Special to the Post-Dispatch": a guest writer's note, likewise.
      for (std::string_view joint : {" special to ", " for "})
        if (std::size_t f = to_lower_ascii(part).find(joint); f != std::string::npos && is_person_name(part.substr(0, f))) {
          part.resize(f);
          break;
        }
      // "Jane Doe Times staff", "Jane Doe Herald Staff Writer": the name, then its paper's staff.
      for (std::string_view staff : {" staff writer", " staff reporter", " staff"})
        if (iends_with(part, staff)) {
          auto hw = words(part.substr(0, part.size() - staff.size()));
          if (hw.size() >= 3 && is_org_like(hw.back(), false) && !std::all_of(hw.begin(), hw.end(), [](const std::string& w) {
                return std::none_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
              })) {
            hw.pop_back();
            if (std::string name = join(hw, " "); is_person_name(name)) part = name;
          }
          break;
        }
      // Not job words ("staff") or a lower-case phrase ("wire reports"); a lower-case
      // agency ("dpa", "kicker") is one word.
      bool capitalised = !is_role_only(part) && !(starts_lower(part) && words(part).size() > 1);
      if (site_in_parens || is_org_like(part)) {
        if (keep_orgs && part.size() < 80 && capitalised) push(part);
        after_outlet = !out.empty();
        continue;
      }
      // In a printed byline one word after the writer or the writer's outlet is where it was
      // filed: "Priya Nair, BBC News, Manchester", "By Jane Smith, Berlin", Sinhala "... ගාල්ල"
      // (Galle) (fundus' NTV parser keeps the place as an author: "Seb Dumitru, Lille"; a place
      // is no person). Not in a script that writes whole names as one word.
      bool place = printed && (after_outlet || !out.empty()) && words(part).size() == 1 && spaces_names(part);
      after_outlet = false;
      if (is_person_name(part) && !place) {
        std::size_t given_end = part.find(' ');
        if (!nickname.empty() && given_end != std::string::npos) part.insert(given_end, " " + nickname);
        push(part);
      }
      else if (keep_orgs && part.size() < 60 && has_letters(part) && words(part).size() <= 6 && capitalised) push(part);
    }
  }
  return out;
}

std::vector<std::string> clean_authors(const std::vector<std::string>& raw, bool keep_orgs) {
  return clean_names(raw, keep_orgs, false);
}

}  // namespace newsarchive::parse

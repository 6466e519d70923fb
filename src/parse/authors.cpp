// Author names: from the page's statements to a clean list of person names.
#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>

#include "core/text.hpp"
#include "parse/cjk_names.hpp"
#include "parse/fields.hpp"
#include "parse/labels.hpp"
#include "parse/names.hpp"

namespace newsarchive::parse {
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
  // The site's name as whole words of the name ("Ilanga News Desk"), not inside one: "Tom
  // Starling" on a site called "Star", "Unai Etxeberria" on "Berria". Names written without
  // spaces (CJK) are compared as they are.
  const std::vector<std::string> name_lower = words(lower_utf8(name));
  for (const auto& site : site_names) {
    std::string sn = squash_name(site);
    if (sn.empty()) continue;
    if (n == sn) return true;
    if (sn.size() < 4) continue;
    if (name_lower.size() <= 1 && !is_latin(name)) {
      if (n.find(sn) != std::string::npos) return true;
      continue;
    }
    const std::vector<std::string> site_lower = words(lower_utf8(site));
    if (site_lower.empty() || site_lower.size() > name_lower.size()) continue;
    for (std::size_t i = 0; i + site_lower.size() <= name_lower.size(); ++i)
      if (std::equal(site_lower.begin(), site_lower.end(), name_lower.begin() + static_cast<std::ptrdiff_t>(i),
                     [](const std::string& a, const std::string& b) { return squash_name(a) == squash_name(b); }))
        return true;
  }
  // "Ilanga D" on Ilanga News: the site's account with an initial, not a writer.
  auto name_words = words(name);
  if (!name_words.empty() && name_words.front().size() >= 4)
    for (const auto& site : site_names) {
      auto site_words = words(site);
      bool initials = std::all_of(name_words.begin() + 1, name_words.end(), [](const std::string& w) { return w.size() <= 2; });
      if (!site_words.empty() && iequals(site_words.front(), name_words.front()) && initials) return true;
    }
  static constexpr std::string_view kWidgets[] = {"twitter", "facebook", "instagram", "linkedin", "whatsapp",
                                                  "email", "share", "youtube", "tiktok", "telegram", "rss", "follow",
                                                  "url", "link", "copy", "print"};
  for (auto w : kWidgets)
    if (n == w || (n.find(w) != std::string::npos && n.size() < 20 && contains_word(name, w))) return true;
  return false;
}

std::vector<std::string> filtered(const std::vector<std::string>& raw, const std::vector<std::string>& site_names,
                                  bool keep_orgs, bool printed, bool chinese = false) {
  std::vector<std::string> prepared;
  for (const auto& r : raw) {
    // Each part of a byline its elements part ("聯合報／ 記者 | 林雅婷 | 、 | 陳志明"), on its own.
    const std::string whole = collapse_whitespace(r);
    std::vector<std::string> parts;
    for (std::string_view part : split(whole, " | "))
      if (std::string p = strip_cjk_role(std::string(part)); !p.empty()) parts.push_back(std::move(p));
    std::string name = join(parts, " | ");
    prepared.push_back(chinese ? parted_han_names(name) : std::move(name));
  }
  std::vector<std::string> out;
  for (auto& n : clean_names(prepared, keep_orgs, printed))
    if (!is_site_or_widget(n, site_names)) out.push_back(std::move(n));
  return out;
}

bool contains_name(const std::vector<std::string>& names, const std::string& n) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& o) { return iequals(o, n); });
}

// Names that are two or more others printed side by side ("Elif KOÇ Mert AYDOĞAN" from the
// box around two author links "Elif KOÇ" and "Mert AYDOĞAN") go; the others stay.
void drop_joined_names(std::vector<std::string>& names) {
  auto joined = [&](const std::string& n) {
    std::vector<std::string> ws = words(lower_utf8(n));
    std::size_t at = 0;
    int parts = 0;
    while (at < ws.size()) {
      bool matched = false;
      for (const auto& other : names) {
        if (iequals(other, n)) continue;
        std::vector<std::string> ow = words(lower_utf8(other));
        if (!ow.empty() && at + ow.size() <= ws.size() && std::equal(ow.begin(), ow.end(), ws.begin() + at)) {
          at += ow.size();
          ++parts;
          matched = true;
          break;
        }
      }
      if (!matched) return false;
    }
    return parts >= 2;
  };
  std::vector<std::string> kept;
  for (const auto& n : names)
    if (!joined(n)) kept.push_back(n);
  names = std::move(kept);
}

// The byline as printed when it names more writers than the structured data: in one byline
// element, the run of parts that are each a person's name and that holds every name of
// `names` ("By A, B and C" where JSON-LD lists A and B; "<div>A</div><div>B</div>" where
// the meta tag gives A). A place, date or label ends a run.
std::optional<std::vector<std::string>> printed_row(const PageMeta& m, const std::vector<std::string>& names,
                                                    const std::vector<std::string>& site_names) {
  auto holds_all = [&](const std::vector<std::string>& run) {
    return std::all_of(names.begin(), names.end(), [&](const std::string& n) { return contains_name(run, n); });
  };
  // A writer the structured data left out must look like a person's name: two to four
  // capitalised words, no acronym beside other words ("ABC Brisbane"), no organisation.
  auto person_shape = [&](const std::string& n) {
    if (contains_name(names, n)) return true;
    std::size_t at = 0;
    if (next_codepoint(n, at) >= 0x2E80) return true;  // CJK: no spaces, no case
    auto ws = words(n);
    if (ws.size() < 2 || ws.size() > 4 || is_org_like(n)) return false;
    bool all_caps = lower_utf8(n) != n && std::all_of(ws.begin(), ws.end(), [](const std::string& w) {
      return std::none_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    });
    return std::all_of(ws.begin(), ws.end(), [&](const std::string& w) {
      std::size_t end = 0;
      next_codepoint(w, end);
      bool capital = lower_utf8(std::string_view(w).substr(0, end)) != std::string_view(w).substr(0, end);
      bool acronym = w.size() >= 2 && std::none_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
      return capital && (all_caps || !acronym);
    });
  };
  // A byline element holding a headline or sentence (a part of five words or more) is a
  // teaser's card, and so is every byline inside it.
  std::vector<const std::string*> cards;
  for (const auto& part : m.byline_parts)
    for (const auto& token : split_names(part))
      if (words(token).size() >= 5) {
        cards.push_back(&part);
        break;
      }
  std::vector<std::vector<std::string>> runs;  // per byline element
  for (const auto& part : m.byline_parts) {
    if (std::any_of(cards.begin(), cards.end(), [&](const std::string* c) { return c->find(part) != std::string::npos; }))
      continue;
    std::vector<std::string> run;
    for (const auto& token : split_names(strip_lead_in(without_card_labels(part)))) {
      // A role between the names ("Hannah Morrow | Forbes Staff | Elijah Ferris") neither
      // names a writer nor ends the byline; an outlet alone ("CNN") ends it.
      if (!run.empty() && is_affiliation(token) && words(token).size() >= 2 && !contains_name(names, token)) continue;
      // A button between the writers' boxes ("Follow") neither.
      if (!run.empty() && words(token).size() == 1 && is_site_or_widget(token, {})) continue;
      // One token may hold several writers once cleaned ("박지훈 기자 정수민 기자").
      auto found = filtered({token}, site_names, false, true);
      bool person = !found.empty() && std::all_of(found.begin(), found.end(), person_shape);
      if (person && std::none_of(found.begin(), found.end(), [&](const std::string& f) { return contains_name(run, f); })) {
        for (auto& f : found) run.push_back(std::move(f));
        continue;
      }
      if (run.size() >= names.size() && holds_all(run)) break;
      run.clear();
    }
    if (run.size() >= names.size() && holds_all(run)) runs.push_back(std::move(run));
  }
  auto longest = std::max_element(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
  if (longest == runs.end() || longest->size() == names.size()) return std::nullopt;
  return *longest;
}

}  // namespace

namespace {

std::vector<std::string> site_names_of(const PageMeta& m) {
  std::vector<std::string> site_names;
  // A publisher that is a person (a writer's own blog) is not a site's name to filter out.
  for (const auto& v : {m.get("og:site_name"), m.jsonld.publisher_is_person ? std::nullopt : m.jsonld.publisher,
                        m.get("application-name")})
    if (v) site_names.push_back(*v);
  return site_names;
}

// Names the page credits for editing ("Editor: Jane Doe", "Edited by ...") or photographs
// ("Foto: C"), not writing.
std::vector<std::string> non_writers(const PageMeta& m) {
  std::vector<std::string> out;
  for (const auto& t : m.byline_texts) {
    std::string low = to_lower_ascii(t);
    // The photographer the byline names after the writers ("Av A och B Foto: C"), whom
    // structured data may list among the authors.
    for (std::string_view label : {"foto:", "fotos:", "photo:", "photos:", "photography:", "bild:", "bilder:", "kuva:",
                                   "kuvat:", "zdj\xC4\x99" "cia:", "photographer:", "fotograf:", "fotografie:"})
      if (std::size_t at = low.find(label); at != std::string::npos && (at == 0 || low[at - 1] == ' ')) {
        // "Text och foto: Anna Svensson", "Text and photos:": the writer took them too.
        std::string_view before = trim(std::string_view(low).substr(0, at));
        std::string_view last = before.substr(before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1);
        if (last == "och" || last == "og" || last == "and" || last == "und" || last == "et" || last == "y" ||
            last == "e" || last == "i" || last == "ja" || last == "&" || last == "en" || last == "a")
          continue;
        std::string rest(trim(std::string_view(t).substr(at + label.size())));
        for (auto& n : clean_names({rest}, false, true)) out.push_back(std::move(n));
      }
    // Writers' boxes labelled by a bare role word: "Text Erik Lindqvist Foto Johan Berg"
    // ("<span>Foto</span> <a>Johan Berg</a>"); the name is the next two or three words, and
    // one labelled "Text" too is a writer.
    std::vector<std::string> ws = words(t);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
      static const std::unordered_set<std::string> kPhoto{"Foto", "Fotos", "Photo", "Photos", "Bild", "Bilder",
                                                          "Kuva", "Kuvat", "Fotograf", "FOTO"};
      if (!kPhoto.count(ws[i])) continue;
      for (std::size_t n = 2; n <= 3 && i + n < ws.size(); ++n) {
        std::string name;
        for (std::size_t k = i + 1; k <= i + n; ++k) name.append(name.empty() ? "" : " ").append(ws[k]);
        if (t.find("Text " + name) == std::string::npos && is_person_name(name)) out.push_back(name);
      }
    }
    for (std::string_view label : {"editor", "edited by", "editing by", "redaktur", "penyunting"}) {
      if (low.rfind(label, 0) != 0) continue;
      std::string rest(trim(std::string_view(t).substr(label.size())));
      while (!rest.empty() && (rest[0] == ':' || rest[0] == ' ')) rest.erase(0, 1);
      for (auto& n : clean_names({rest}, false, true)) out.push_back(std::move(n));
      break;
    }
  }
  return out;
}

// A printed line after its lead-in word ("By", "Par", ...), or nullopt when it opens with none.
std::optional<std::string> after_lead_in(const std::string& line) {
  std::string text = collapse_whitespace(line);
  std::string rest = strip_lead_in(text);
  if (rest == text) return std::nullopt;
  // After Hausa "Daga" (by), "da" joins the names: "Daga Hadiza Abdullahi, Kano da Yusuf Bala";
  // after Welsh "Gan", "a" or "ac": "Gan Elin Haf ac Iwan ap Gruffudd" (elsewhere "da" is a
  // particle of a name, "Maria da Silva", and "a" a word).
  static constexpr std::pair<std::string_view, std::string_view> kLocalAnd[] = {
      {"daga ", " da "}, {"gan ", " ac "}, {"gan ", " a "}};
  for (const auto& [lead, joint] : kLocalAnd)
    if (istarts_with(text, lead))
      for (std::size_t at; (at = rest.find(joint)) != std::string::npos;) rest.replace(at, joint.size(), " and ");
  return rest;
}

// The names a printed "By ..." line gives: its parts in order, each a name or what the
// writer is, up to the first part that is neither (the date or place after a byline).
// Empty when the line opens with no lead-in word or no name comes before other text.
std::vector<std::string> lead_in_names(const std::string& line, bool whole_line) {
  auto rest = after_lead_in(line);
  if (!rest) return {};
  // Where the writers filed from, after a dash closing the line: "Por Ana Souza e Bruno
  // Lima, g1 SP — São Paulo" (writers are joined by commas and "and", not dashes).
  for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 "})
    if (std::size_t at = rest->rfind(dash); at != std::string::npos && at > 0) {
      auto place = words(rest->substr(at + dash.size()));
      // Only after an affiliation set off by a comma: "Por Ana Souza — Bruno Lima" names two.
      if (!place.empty() && place.size() <= 3 && starts_upper(place.front()) &&
          rest->find(',') < at)
        rest->resize(at);
    }
  std::vector<std::string> names;
  for (std::string part : split_names(*rest)) {
    // Where the writer filed from, joined by a word: "By Olena Hrytsenko in Kyiv".
    for (std::string_view joint : {" in ", " from "})
      if (std::size_t at = part.rfind(joint); at != std::string::npos && at > 0) {
        auto place = words(part.substr(at + joint.size()));
        if (!place.empty() && place.size() <= 3 &&
            std::all_of(place.begin(), place.end(), [](const std::string& w) { return starts_upper(w); }))
          part.resize(at);
      }
    auto found = clean_names({part}, false, true);
    // One Latin word is a place or a section as often as a name ("By TPN, in Portugal").
    bool named = !found.empty() && (words(found.front()).size() >= 2 || !is_latin(found.front()));
    if (named) {
      for (auto& n : found)
        if (!contains_name(names, n)) names.push_back(std::move(n));
    } else if (!found.empty() && !names.empty()) {
      continue;  // where the writer filed from: "By Jane Doe, Washington"
    } else if (!is_affiliation(part) || starts_lower(part)) {
      if (whole_line || names.empty()) return {};
      break;
    }
  }
  return names;
}

// The organisation a printed "By ..." line names first when it names no person: "By TPN,
// in News" -> "TPN".
std::optional<std::string> lead_in_org(const std::string& line) {
  auto rest = after_lead_in(line);
  if (!rest) return std::nullopt;
  auto parts = split_names(*rest);
  if (parts.empty() || !is_org_like(parts.front()) || words(parts.front()).size() > 4) return std::nullopt;
  if (is_role_only(parts.front())) return std::nullopt;  // "By Staff" names nobody
  return parts.front();
}

}  // namespace

std::vector<std::string> choose_person_authors(const PageMeta& m) {
  std::vector<std::string> site_names = site_names_of(m);
  std::vector<std::string> editors = non_writers(m);
  bool chinese = chinese_page(m);
  const std::vector<std::string>* sources[] = {&m.jsonld.person_authors, &m.itemprop_authors, &m.meta_authors,
                                               &m.rel_authors, &m.labelled_authors, &m.byline_parts};
  for (const auto* src : sources) {
    std::vector<std::string> names;
    bool printed = src == &m.rel_authors || src == &m.labelled_authors || src == &m.byline_parts;
    for (auto& n : filtered(*src, site_names, false, printed, chinese))
      if (!contains_name(editors, n)) names.push_back(std::move(n));
    drop_joined_names(names);
    if (names.empty()) continue;
    // The visible author links name everyone when the structured data lists only some.
    for (const auto* visible : {&m.rel_authors, &m.labelled_authors}) {
      if (visible == src) break;
      auto shown = filtered(*visible, site_names, false, true);
      if (shown.size() > names.size() &&
          std::all_of(names.begin(), names.end(), [&](const std::string& n) { return contains_name(shown, n); }))
        return shown;
    }
    if (auto row = printed_row(m, names, site_names)) return *row;
    return names;
  }
  // A byline printed with no author markup: "By Jane Doe, Staff Writer" in a plain <p>.
  for (const auto& line : m.lead_in_bylines) {
    std::vector<std::string> names;
    auto raw = is_cjk_reporter_line(line) ? std::vector<std::string>{line} : lead_in_names(line, false);
    for (auto& n : filtered(raw, site_names, false, true, chinese))
      if (!contains_name(editors, n)) names.push_back(std::move(n));
    if (!names.empty()) return names;
  }
  return {};
}

std::vector<std::string> choose_org_authors(const PageMeta& m) {
  // An organisation typed as such is one name, whatever words it holds ("Department of
  // Health and Social Care").
  std::vector<std::string> typed;
  for (const auto& n : m.jsonld.org_authors)
    if (std::string name = collapse_whitespace(n); !clean_authors({name}, true).empty() && !contains_name(typed, name) &&
                                                   typed.size() < 8)
      typed.push_back(std::move(name));
  std::vector<std::vector<std::string>> stated;
  for (const auto* src : {&m.jsonld.person_authors, &m.itemprop_authors, &m.meta_authors}) {
    auto orgs = clean_authors(*src, true);
    // Not typed as an organisation, one lower-case word is a CMS login ("jarruabarrena" in
    // Plone's DC.creator) unless it is a known agency ("dpa").
    std::erase_if(orgs, [](const std::string& o) {
      std::string upper = o;
      for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      return starts_lower(o) && words(o).size() == 1 && !is_org_like(o) && !is_org_like(upper);  // "ap" is AP
    });
    if (!orgs.empty()) stated.push_back(std::move(orgs));
  }
  // The site typed as the author (a publisher block copied into "author") yields to the
  // agency another statement names: <meta name="articleAuthor" content="Anadolu Ajansı">.
  const std::vector<std::string> site_names = site_names_of(m);
  auto the_site = [&](const std::string& n) { return contains_name(site_names, n); };
  if (!typed.empty() && std::all_of(typed.begin(), typed.end(), the_site))
    for (const auto& orgs : stated)
      if (std::none_of(orgs.begin(), orgs.end(), the_site) && std::any_of(orgs.begin(), orgs.end(), [](const std::string& o) {
            return is_org_like(o);
          }))
        return orgs;
  if (!typed.empty()) return typed;
  if (!stated.empty()) return stated.front();
  for (const auto& line : m.lead_in_bylines)
    if (auto org = lead_in_org(line)) return {*org};
  // A byline element naming an agency alone: "<div class=author-name><a>AFP</a></div>".
  for (const auto& part : m.byline_parts)
    if (auto orgs = clean_authors({part}, true); orgs.size() == 1 && words(orgs.front()).size() <= 3 &&
                                                  is_org_like(orgs.front()) && collapse_whitespace(part) == orgs.front())
      return orgs;
  return {};
}

namespace {

// The last word of a newsroom's job title: "Senior Reporter", "Staff Writer", "Correspondent".
bool is_newsroom_title(std::string_view word) {
  std::string w = to_lower_ascii(word);
  for (std::string_view t : {"reporter", "writer", "correspondent", "editor", "columnist", "journalist", "contributor",
                             "photographer", "reporters", "writers", "correspondents", "editors", "journalists"})
    if (w == t) return true;
  return false;
}

}  // namespace

std::vector<std::string> authors_from_lead(std::vector<Block>& blocks) {
  for (std::size_t i = 0; i < blocks.size() && i < 3; ++i) {
    const Block& b = blocks[i];
    if (b.kind != Block::Kind::paragraph || b.text.size() > 80) continue;
    std::string text = collapse_whitespace(b.text);
    if (auto names = cjk_byline_names(text); !names.empty()) {
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
      return names;
    }
    // A byline introduces the story: a real paragraph follows.
    if (i + 1 >= blocks.size() || blocks[i + 1].text.size() < 60) continue;
    // After "By", each part is a name or what the writer is: "By Nadia Berg, Education
    // Reporter", "By A and B, Staff Writers", "By Jane Doe, Reuters".
    if (auto named = lead_in_names(text, true); !named.empty()) {
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
      return named;
    }
    if (strip_lead_in(text) != text) continue;
    // "Fungai Lupande Senior Reporter" (the name, a break, the title, in bold): the name. Only
    // a newsroom's title: "Christine Lagarde President" over an interview names its subject.
    if (auto ws = words(text); ws.size() >= 3 && ws.size() <= 7 && is_newsroom_title(ws.back()))
      for (std::size_t k = 2; k <= 4 && k < ws.size(); ++k) {
        std::string name = join(std::vector<std::string>(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(k)), " ");
        std::string title = join(std::vector<std::string>(ws.begin() + static_cast<std::ptrdiff_t>(k), ws.end()), " ");
        if (ws.size() - k <= 3 && is_role_only(title) && is_person_name(name) && !is_org_like(name)) {
          blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
          return {name};
        }
      }
    auto parts = split_names(text);
    auto names = clean_names({text}, false, true);
    if (parts.empty() || names.size() != parts.size()) continue;
    // Without "By", only a line of capitalised two- to four-word names is a byline.
    bool name_line = std::all_of(parts.begin(), parts.end(), [](const std::string& p) {
      auto ws = words(p);
      return ws.size() >= 2 && ws.size() <= 4 && std::all_of(ws.begin(), ws.end(), [](const std::string& w) {
               unsigned char c = static_cast<unsigned char>(w[0]);
               return c >= 0x80 || std::isupper(c);
             });
    });
    // A widget's label is no name ("Short Url", "Copy Link").
    if (!name_line || std::any_of(names.begin(), names.end(), [](const std::string& n) { return is_site_or_widget(n, {}); }))
      continue;
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
    return names;
  }
  return {};
}

std::vector<std::string> with_printed_byline(std::vector<std::string> authors, const std::vector<std::string>& bylines,
                                             const PageMeta& m) {
  const std::vector<std::string> site_names = site_names_of(m);
  for (const auto& line : bylines) {
    auto printed = lead_in_names(line, true);
    // The site beside its writers ("Ana Souza, g1 SP"): an affiliation, not a writer.
    std::erase_if(printed, [&](const std::string& n) { return is_site_or_widget(n, site_names); });
    if (printed.size() > authors.size() && !authors.empty() &&
        std::all_of(authors.begin(), authors.end(), [&](const std::string& n) { return contains_name(printed, n); }))
      authors = std::move(printed);
  }
  return authors;
}

std::vector<std::string> choose_authors(const PageMeta& m) {
  auto names = choose_person_authors(m);
  if (!names.empty()) return names;
  // No person anywhere: an organisation named as author is still the author.
  return choose_org_authors(m);
}

}  // namespace newsarchive::parse

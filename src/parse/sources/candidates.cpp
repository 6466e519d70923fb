// Outlet-name candidates in one sentence: names the directory knows ("the U.K. Mirror",
// "Spiegel"), and unknown names with the shape of an outlet ("The Plainsville Gazette",
// an acronym such as TASS); people's titles and all-caps lead-ins are left out.
#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "parse/sources/sentence_matcher.hpp"

namespace newsarchive::parse::detail {

namespace {
// Words that only join or introduce names: "of", "the", "und", "am".
bool is_function_word(const std::string& lower) {
  const Lexicon& x = lexicon();
  return x.function_words.count(lower) || x.determiners.count(lower) || x.connectors.count(lower);
}

// Acronyms that in a country name a body, not its outlet: the Netherlands' and Israel's
// statistics offices (CBS), Nigeria's central bank (CBN).
bool local_non_outlet(std::string_view country, std::string_view acronym) {
  static constexpr std::pair<std::string_view, std::string_view> kBodies[] = {
      {"NL", "cbs"}, {"IL", "cbs"}, {"NG", "cbn"}, {"NL", "cpb"}, {"NL", "rivm"}};
  return std::any_of(std::begin(kBodies), std::end(kBodies),
                     [&](const auto& b) { return b.first == country && b.second == acronym; });
}

// The articles merged into a preposition, or null: "du Parisien" (de + Le Parisien), "al
// Mundo" (a + El Mundo), "della Stampa", "do Globo" (de + O Globo), "dal Messaggero"; or
// the article written in lower case before the rest of the name ("il Fatto Quotidiano").
const std::vector<const char*>* merged_articles(const std::string& preposition) {
  static const std::unordered_map<std::string, std::vector<const char*>> articles{
      {"du", {"Le "}},  {"au", {"Le "}},   {"del", {"El ", "Il "}}, {"al", {"El ", "Il "}},
      {"della", {"La "}}, {"alla", {"La "}}, {"dello", {"Lo "}},     {"do", {"O "}},
      {"no", {"O "}},   {"ao", {"O "}},    {"dal", {"Il "}},        {"dalla", {"La "}},
      {"dallo", {"Lo "}}, {"sul", {"Il "}}, {"sulla", {"La "}},      {"nel", {"Il "}},
      {"nella", {"La "}}, {"col", {"Il "}}, {"da", {"A "}},          {"na", {"A "}},
      {"à", {"A "}},
      // the article itself written in lower case before a name of several words ("riporta il
      // Fatto Quotidiano"); one word after "la" is as often a noun ("la Nación", the State)
      {"il", {"Il "}},  {"la", {"La "}},   {"le", {"Le "}},         {"el", {"El "}},
      {"lo", {"Lo "}},  {"o", {"O "}}};
  auto it = articles.find(preposition);
  return it == articles.end() ? nullptr : &it->second;
}

}  // namespace

bool is_calendar_word(const std::string& lower) {
  static const std::unordered_set<std::string> calendar{
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"};
  return calendar.count(lower) > 0;
}

std::vector<Candidate> SentenceMatcher::candidates() {
  std::vector<Candidate> out;
  std::vector<bool> covered(T.size(), false);
  find_known(out, covered);
  find_shapes(out, covered);
  owned_.assign(T.size(), false);
  for (const Candidate& c : out)
    if (c.shape == Shape::known || c.shape == Shape::words)
      for (std::size_t k = c.name_s; k < c.e; ++k) owned_[k] = true;
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.s < b.s; });
  for (Candidate& c : out) {
    c.quoted = c.s > 0 && is_quote(T[c.s - 1]) && c.e < T.size() && is_quote(T[c.e]);
  }
  return out;
}

bool SentenceMatcher::capitalised_name(std::size_t from, std::size_t to, const std::vector<const Outlet*>& outlets,
                      std::string_view surface) const {
  // Exact spelling of a name or alias ("dpa", "New York magazine") is always fine.
  for (const Outlet* o : outlets) {
    if (o->name == surface) return true;
    for (const std::string& a : o->aliases)
      if (a == surface) return true;
  }
  // A name in another case keeps the capitals of its spelling word for word: "на Первом
  // канале" is "Первый канал", "České televizi" is "Česká televize".
  auto capitals = [](std::string_view s) {
    std::string out;
    for (std::string_view w : split(s, ' '))
      if (std::size_t i = 0; !w.empty()) out.push_back(is_upper_letter(next_codepoint(w, i)) ? 'A' : 'a');
    return out;
  };
  if (const std::string shape = capitals(surface); shape.size() >= 2)
    for (const Outlet* o : outlets) {
      if (capitals(o->name) == shape) return true;
      for (const std::string& a : o->aliases)
        if (capitals(a) == shape) return true;
    }
  // A brand written in lower case and set in quotes, as its owner writes it: der „kicker“.
  if (from > 0 && to < T.size() && is_quote(T[from - 1]) && is_quote(T[to])) return true;
  const Lexicon& x = lexicon();
  std::size_t first = from;
  if (T[first].lower == "the" && first + 1 < to) ++first;
  if (!T[first].cap) return false;
  for (std::size_t k = first; k < to; ++k)
    if (T[k].word && !T[k].cap && !x.function_words.count(T[k].lower)) return false;
  return true;
}

// A name of `len` words with a genitive "s" glued on: after "des"/"eines" ("des Spiegels",
// des „Wall Street Journals“), or a one-word acronym's ("NRKs", "ZDFs").
bool SentenceMatcher::genitive_s(std::size_t k, std::size_t len) const {
  std::size_t a = k > 0 && is_quote(T[k - 1]) ? k - 1 : k;  // des „Handelsblatts“
  if (a > 0 && (T[a - 1].lower == "des" || T[a - 1].lower == "eines" || T[a - 1].lower == "dieses")) return true;
  if (len != 1) return false;
  const std::string& w = T[k].text;
  if (w.size() < 3 || w.back() != 's') return false;
  return std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A name made of generic words ("National", "Herald Tribune", "Times") next to another
// capitalised word belongs to a longer name: "National Assembly", "Kyiv Herald Tribune".
bool SentenceMatcher::part_of_longer_name(std::size_t start, std::size_t end) const {
  const Lexicon& x = lexicon();
  static const std::unordered_set<std::string> generic{
      "national", "international", "daily", "weekly", "morning", "evening", "sunday", "new", "world", "local",
      "public", "foreign", "affairs", "policy", "state", "day", "week", "minute", "nation", "authority",
      "association", "press"};  // "Pentagon Press Association" is not the Press Association
  for (std::size_t k = start; k < end; ++k) {
    const std::string& w = T[k].lower;
    if (!(w == "the" || x.outlet_words.count(w) || x.common_word_names.count(w) || generic.count(w) ||
          x.descriptors.count(w)))
      return false;
  }
  auto neighbour_is_name = [&](std::size_t k, bool before) {
    const Token& t = T[k];
    if (!t.word || !t.cap) return false;
    if (x.determiners.count(t.lower) || is_cue_word(t.lower) || !country_hint(t.lower).empty() ||
        is_descriptor(t.lower) || x.connectors.count(t.lower))
      return false;
    if (!before && is_calendar_word(t.lower)) return false;
    return true;
  };
  if (start > 0 && neighbour_is_name(start - 1, true)) return true;
  if (end < T.size() && neighbour_is_name(end, false)) return true;
  // An institution's name built on "of"/"on"/"for": "Ministry of Foreign Affairs", "Council
  // on Foreign Relations", "Centre for Policy Studies".
  // (Not a participle opening the sentence, capitalised by its place: "Speaking on Fox News".)
  const bool participle = start == 2 && T[0].lower.size() > 4 && T[0].lower.ends_with("ing");
  if (start >= 2 && !T[start - 1].cap && (T[start - 1].lower == "of" || T[start - 1].lower == "on" ||
                                          T[start - 1].lower == "for") &&
      neighbour_is_name(start - 2, true) && !participle)
    return true;
  // A broadcaster named after a paper: "Times Radio", "Sun TV" are not The Times or The Sun.
  if (end < T.size() && T[end].cap &&
      (T[end].lower == "radio" || T[end].lower == "tv" || T[end].lower == "television" || T[end].lower == "channel"))
    return true;
  return false;
}

// Whether a known name can start at `start`, as capitalised_name will judge it: a capital
// (after "the"), a quote before, or the exact spelling of some name ("dpa"). Most words of a
// sentence fail all three, which spares their nine lookups each.
bool SentenceMatcher::may_open_name(std::size_t start) const {
  if (T[start].cap || (start > 0 && is_quote(T[start - 1]))) return true;
  if (T[start].lower == "the" && start + 1 < T.size() && T[start + 1].cap) return true;
  return R.directory->spells_word(text.substr(T[start].begin, T[start].end - T[start].begin));
}

void SentenceMatcher::find_known(std::vector<Candidate>& out, std::vector<bool>& covered) {
  const OutletDirectory* dir = R.directory;
  if (!dir) return;
  const std::size_t maxw = std::min<std::size_t>(dir->max_key_words() + 1, 9);
  std::size_t i = 0;
  while (i < T.size()) {
    if (!T[i].word) {
      ++i;
      continue;
    }
    // Qualifiers: "the U.K. Mirror", "the Russian TASS news agency".
    std::size_t j = i;
    std::string hint;
    if ((T[j].lower == "the") && j + 1 < T.size()) ++j;
    std::size_t q = j;
    while (q < T.size() && q < j + 2 && T[q].cap && q + 1 < T.size() && T[q + 1].word) {
      std::string h = country_hint(T[q].lower);
      if (h.empty()) break;
      hint = h;
      ++q;
    }
    bool matched = false;
    const std::array<std::size_t, 2> starts{i, q};
    for (std::size_t n = 0; n < (q == i ? 1u : 2u) && !matched; ++n) {
      const std::size_t start = starts[n];
      if (!may_open_name(start)) continue;
      // A name after a preposition that swallowed its article ("du Parisien"), or after the
      // article in lower case, is tried with it.
      const std::vector<const char*>* merged = start > 0 && T[start].cap ? merged_articles(T[start - 1].lower) : nullptr;
      // The keys of all the runs of words from `start`, from one pass over the longest.
      const std::size_t longest = std::min(maxw, T.size() - start);
      std::array<std::size_t, 10> key_size{};  // maxw <= 9
      name_key_.clear();
      for (std::size_t len = 1, from = T[start].begin; len <= longest; ++len) {
        const std::size_t to = T[start + len - 1].end;
        name_key_.append(text.substr(from, to - from));
        key_size[len] = name_key_.size();
        from = to;
      }
      for (std::size_t len = longest; len >= 1 && !matched; --len) {
        std::size_t end = start + len;
        bool ok = true;
        // Words, "&", and a slash inside a name ("Página/12", "RFE/RL").
        for (std::size_t k = start; k < end; ++k)
          if (!T[k].word && T[k].text != "&" && !(T[k].text == "/" && k > start && k + 1 < end)) ok = false;
        if (!ok) continue;
        std::string key(name_key_.key(key_size[len]));
        if (key.size() < 2) continue;
        std::vector<const Outlet*> found = dir->by_key(key);
        if (found.empty() && key.size() > 4 && key.back() == 's' && genitive_s(start, len)) {
          // Genitive: "des Spiegels", "des Wall Street Journals", "NRKs" (an English plural,
          // "United Nations", is no "Nation").
          found = dir->by_key(key.substr(0, key.size() - 1));
        }
        // A broadcaster's call sign with its band: "WDIO-TV", "KQED-FM" is the station "WDIO".
        for (std::string_view band : {"-tv", " tv", "-fm", " fm", "-am", " am", "-dt", " dt"})
          if (found.empty() && key.size() > band.size() + 2 && std::string_view(key).ends_with(band))
            found = dir->by_key(key.substr(0, key.size() - band.size()));
        if (found.empty() && len >= 2)
          for (const std::string& v : undeclined(key))
            if (found = dir->by_key(v); !found.empty()) break;
        if (found.empty() && R.declines_names)
          for (const std::string& v : nominatives(key))
            if (found = dir->by_key(v); !found.empty()) break;
        if (found.empty() && !R.case_language.empty())
          for (const std::string& v : case_bases(key, R.case_language))
            if (found = dir->by_key(v); !found.empty()) break;
        const std::string_view span = text.substr(T[start].begin, T[end - 1].end - T[start].begin);
        const std::string& before = T[start > 0 ? start - 1 : 0].lower;
        const bool bare_article = before == "il" || before == "la" || before == "le" || before == "el" ||
                                  before == "lo" || before == "o";
        if (found.empty() && merged && (len >= 2 || !bare_article))
          for (const char* article : *merged)
            if (found = dir->by_name(article + std::string(span)); !found.empty()) break;
        if (found.empty()) continue;
        std::string surface(span);
        if (!capitalised_name(start, end, found, surface)) continue;
        // "Am Tag danach", "The": a function word opening a sentence is no outlet "AM".
        if (len == 1 && !T[start].acronym && is_function_word(T[start].lower)) continue;
        if (part_of_longer_name(start, end)) continue;
        // "La Provincia di Como" on an Italian page is the Como paper, not Spain's La Provincia:
        // a foreign outlet's name followed by "di/de + a place" names a local one.
        if (end + 1 < T.size() && !R.page_country.empty() && T[end + 1].cap &&
            (T[end].lower == "di" || T[end].lower == "de" || T[end].lower == "del" || T[end].lower == "della") &&
            std::none_of(found.begin(), found.end(), [&](const Outlet* o) { return o->country == R.page_country; }))
          continue;
        // An acronym a body of the page's country goes by ("het CBS", the Dutch statistics
        // office; "the CBN", Nigeria's central bank), or a foreign outlet's acronym before
        // "figures" or "data" (the UK's "ABC figures" are the circulation auditor's).
        if (len == 1 && T[start].acronym && !R.page_country.empty()) {
          if (local_non_outlet(R.page_country, T[start].lower)) continue;

          static const std::unordered_set<std::string_view> data_words{"figures", "data", "statistics", "estimates",
                                                                       "circulation", "audit"};
          if (end < T.size() && data_words.count(T[end].lower) &&
              std::none_of(found.begin(), found.end(), [&](const Outlet* o) { return o->country == R.page_country; }))
            continue;
        }
        // Initials a national outlet shares with bodies abroad ("the BNS", India's penal code;
        // "the DHA", Dubai's health authority; "the LRT", Manila's light rail): at home only.
        static const std::unordered_set<std::string_view> home_only{"bns", "dha", "lrt"};
        if (T[end - 1].acronym && (len == 1 || (len == 2 && is_function_word(T[start].lower))) &&
            home_only.count(T[end - 1].lower) && !R.page_country.empty() &&
            std::none_of(found.begin(), found.end(), [&](const Outlet* o) {
              std::string tld(1, '.');  // bns.ee: BNS is at home in Estonia too
              tld += to_lower_ascii(R.page_country);
              return o->country == R.page_country ||
                     std::any_of(o->domains.begin(), o->domains.end(), [&](const std::string& d) { return d.ends_with(tld); });
            }))
          continue;
        Candidate c;
        c.s = i;
        c.name_s = start;
        c.e = end;
        c.shape = Shape::known;
        c.outlets = std::move(found);
        c.surface = surface;
        c.hint = start == q ? hint : "";
        // Romance languages put the country after the noun: "el diario portugués Público",
        // "le quotidien portugais Público".
        if (c.hint.empty() && start > 0 && T[start - 1].word && !T[start - 1].cap)
          c.hint = country_hint(T[start - 1].lower);
        for (std::size_t k = c.s; k < c.e; ++k) covered[k] = true;
        out.push_back(std::move(c));
        i = end;
        matched = true;
      }
    }
    if (!matched) ++i;
  }
}

void SentenceMatcher::find_shapes(std::vector<Candidate>& out, const std::vector<bool>& covered) {
  const Lexicon& x = lexicon();
  std::size_t i = 0;
  while (i < T.size()) {
    if (covered[i] || !T[i].word || !T[i].cap || std::isdigit(static_cast<unsigned char>(T[i].text[0])) ||
        drop_cap_lead_in(i) || is_compound_qualifier(T[i])) {
      ++i;
      continue;
    }
    // A sentence's opening conjunction is no part of a name: "As the Courier reported".
    static const std::unordered_set<std::string> openers{"as", "but", "and", "so", "yet", "while", "when", "after",
                                                         "before", "if", "since", "because", "although", "though",
                                                         "meanwhile", "however", "now", "then", "also", "even",
                                                         "unlike", "like", "with", "without", "in", "on", "at"};
    if (i == 0 && openers.count(T[i].lower) && i + 1 < T.size() && (T[i + 1].cap || T[i + 1].lower == "the")) {
      ++i;
      continue;
    }
    // Nor is a cue's first word, capitalised only because it opens the sentence: "Segundo o
    // Expresso, ...", "Em declarações à Reuters, ...".
    if (i == 0 && x.cue_openers.count(T[i].lower) && i + 1 < T.size() && !T[i + 1].cap) {
      ++i;
      continue;
    }
    std::size_t j = i;
    if (T[j].lower == "the") ++j;
    std::size_t end = j;
    // A weekday or month ends a name: "told the Chronicle on Monday".
    while (end < T.size() && end < j + 6 && !covered[end] && !(end > j && is_calendar_word(T[end].lower)) &&
           ((T[end].word && (T[end].cap || x.function_words.count(T[end].lower))) || T[end].text == "&") &&
           !std::isdigit(static_cast<unsigned char>(T[end].text[0])))
      ++end;
    while (end > j && (x.function_words.count(T[end - 1].lower) || T[end - 1].text == "&")) --end;
    if (end == j) {
      i = j + 1;
      continue;
    }
    bool outlet_word = false, proper = false;
    for (std::size_t k = j; k < end; ++k) {
      const std::string& w = T[k].lower;
      // The word that makes a name an outlet's is its head: the last word, or the one before
      // "of" ("Times of India"); "Network Rail" is a railway. An agency is a news agency
      // by name ("Xinhua News Agency"), not "the Minnesota Pollution Control Agency". "In"
      // says where, not whose: "vor der Presse in Graz" is the press in Graz.
      bool head = k + 1 == end || (x.function_words.count(T[k + 1].lower) && T[k + 1].lower != "in");
      bool news_agency = w != "agency" || (k > j && (T[k - 1].lower == "news" || T[k - 1].lower == "press"));
      if (x.outlet_words.count(w) && head && news_agency) outlet_word = true;
      else if (!x.function_words.count(w) && !x.determiners.count(w) && !is_descriptor(w) &&
               country_hint(w).empty() && T[k].cap)
        proper = true;
    }
    Candidate c;
    c.s = i;
    c.name_s = j;
    c.e = end;
    // An unknown name keeps its capitalised "The": "The Plainsville Gazette".
    std::size_t from = T[i].text == "The" && end - j >= 2 ? i : j;
    c.surface = std::string(text.substr(T[from].begin, T[end - 1].end - T[from].begin));
    // A title followed by more capitalised words names a person: "Opposition Leader Bill Shorten".
    bool titled_person = false;
    for (std::size_t k = j; k + 1 < end; ++k)
      if (x.role_words.count(T[k].lower) && T[k + 1].cap) titled_person = true;
    // A scholarly journal ("New England Journal of Medicine", "Annals of Oncology") is no outlet.
    bool journal = false;
    for (std::size_t k = j; k + 1 < end; ++k)
      if ((T[k].lower == "journal" || T[k].lower == "annals" || T[k].lower == "proceedings") &&
          (T[k + 1].lower == "of" || T[k + 1].lower == "for"))
        journal = true;
    // ... and one named for its discipline: "Election Law Journal", "Medical Journal of Australia".
    static const std::unordered_set<std::string> disciplines{
        "law", "legal", "medical", "medicine", "clinical", "science", "sciences", "scientific", "economic",
        "economics", "political", "policy", "research", "studies", "health", "nursing", "engineering", "physics",
        "chemistry", "psychology", "academic", "review", "dental", "surgical", "veterinary", "mathematical"};
    for (std::size_t k = j + 1; k < end; ++k)
      if (T[k].lower == "journal" && disciplines.count(T[k - 1].lower)) journal = true;
    // ... and one a learned body publishes: "Canadian Medical Association Journal".
    for (std::size_t k = j; k + 1 < end; ++k)
      if ((T[k].lower == "association" || T[k].lower == "society" || T[k].lower == "college" ||
           T[k].lower == "academy") && T[end - 1].lower == "journal")
        journal = true;
    if (titled_person || journal) {
      i = end;
      continue;
    }
    if (outlet_word && proper && end - j >= 2) {
      c.shape = Shape::words;
    } else if (end - j == 1 && T[j].acronym && T[j].text.size() <= 6 &&
               !x.non_media_acronyms.count(T[j].lower)) {
      c.shape = Shape::acronym;
    } else if (end - j <= 3) {
      c.shape = Shape::other;
    } else {
      i = end;
      continue;
    }
    out.push_back(std::move(c));
    i = end;
  }
}

// A story's opening words set in capitals ("AS Opposition Leader ...", "IN a letter"):
// a function word in capitals at the sentence start, before a normally written word.
bool SentenceMatcher::drop_cap_lead_in(std::size_t i) const {
  if (i != 0 || !T[i].acronym || i + 1 >= T.size() || T[i + 1].acronym) return false;
  return is_function_word(T[i].lower) || T[i].lower == "as" || T[i].lower == "in" || T[i].lower == "on" || T[i].lower == "at" ||
         T[i].lower == "it" || T[i].lower == "when" || T[i].lower == "after";
}

}  // namespace newsarchive::parse::detail

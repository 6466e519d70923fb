// Attribution cues around an outlet name in a sentence ("according to X", "X reported",
// "told X", "laut X", "ifølge X", "X's reporting"): SentenceMatcher's cue methods and the
// token predicates they share. text_mentions.cpp turns them into mentions.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "parse/sources/sentence_matcher.hpp"

namespace newsarchive::parse::detail {

bool is_quote(const Token& t) {
  if (t.word) return false;
  static const std::unordered_set<std::string> quotes{"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E",
                                                      "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x98", "\xE2\x80\x99",
                                                      "\xE2\x80\x9A", "\xE2\x80\xB9", "\xE2\x80\xBA"};
  return quotes.count(t.text) > 0;
}

bool is_clause_end(const Token& t) {
  if (t.word) return false;
  return t.text == "." || t.text == "," || t.text == ";" || t.text == ":" || t.text == "!" || t.text == "?" ||
         t.text == ")" || t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\x93" || t.text == "\xE2\x80\xA6";
}

bool is_descriptor(const std::string& lower) {
  const Lexicon& x = lexicon();
  if (x.descriptors.count(lower)) return true;
  // Inflected German, Scandinavian, Turkish and Polish forms: "Nachrichtenportals", "Senders",
  // "avisen", "gazetesinin", "tygodnika", "des Portals".
  for (std::string_view stem : {"zeitung", "sender", "nachrichtenportal", "portals", "nachrichtenagentur", "magazin",
                                "agentur", "fernsehsender", "nyhetsbyr", "tidning", "nyhetsnettsted", "gazete",
                                "tygodni", "dziennik"})
    if (lower.find(stem) != std::string::npos) return true;
  return false;
}

// Descriptors that name a kind of news outlet, unlike "website", "portal" or "state".
bool is_news_descriptor(const std::string& lower) {
  static const std::unordered_set<std::string> generic{
      "site", "website", "portal", "service", "network", "platform", "plattform", "nettstedet", "webseite",
      "internetseite", "public", "business", "financial", "online", "local", "national", "regional", "official",
      "state", "state-run", "state-owned", "independent", "conservative", "liberal", "investigative", "media",
      "medien", "press", "outlet", "publication", "medium", "mediums", "government-run", "outlet's", "économique",
      "statlige", "statliga", "statskontrollerte", "państwowa", "państwowy", "prasowa", "journal", "server", "serveru",
      "serverem"};
  return is_descriptor(lower) && !generic.count(lower);
}

bool is_compound_qualifier(const Token& t) {
  std::size_t dash = t.lower.rfind('-');
  if (!t.word || dash == std::string::npos || dash == 0) return false;
  static const std::unordered_set<std::string> tails{"language", "based", "owned", "run", "backed", "funded",
                                                     "speaking", "leaning", "wing", "controlled", "affiliated",
                                                     "aligned", "friendly", "focused", "language's"};
  return tails.count(t.lower.substr(dash + 1)) > 0;
}

bool is_cue_word(const std::string& lower) { return lexicon().single_word_cues.count(lower) > 0; }

namespace {

bool match_at(const std::vector<Token>& T, std::size_t pos, const Cue& cue) {
  if (pos + cue.size() > T.size()) return false;
  for (std::size_t m = 0; m < cue.size(); ++m) {
    const Token& t = T[pos + m];
    if (cue[m] == "^") {  // a capitalised word of a name
      if (!t.word || !t.cap) return false;
      continue;
    }
    // A word, or a quote around a programme's title ("ospite di «Otto e mezzo» su"), or the
    // comma closing it ("no programa Pânico, da Jovem Pan"): a comma elsewhere ends the clause.
    if (cue[m] == "*") {
      bool closing_comma = t.text == "," && m + 1 < cue.size() && cue[m + 1] != "*";
      if (!t.word && !is_quote(t) && !closing_comma) return false;
      continue;
    }
    if (t.lower != cue[m]) return false;
  }
  return true;
}

bool cue_is_media(const Cue& cue) {
  for (const std::string& w : cue)
    if (lexicon().media_verbs.count(w)) return true;
  return false;
}

// Index just past the candidate's right-hand gap: closing quotes, descriptors
// ("news agency"), a restated acronym "(NBC)".
std::size_t skip_right_gap(const std::vector<Token>& T, std::size_t k, struct CueResult* descriptor) {
  for (int steps = 0; steps < 4 && k < T.size(); ++steps) {
    const Token& t = T[k];
    if (is_quote(t) && !(k + 1 < T.size() && T[k + 1].lower == "s")) {
      ++k;
      continue;
    }
    if (t.word && !t.cap && is_descriptor(t.lower)) {
      descriptor->descriptor = true;
      descriptor->news_descriptor = descriptor->news_descriptor || is_news_descriptor(t.lower);
      ++k;
      continue;
    }
    if (t.text == "(" && k + 2 < T.size() && T[k + 1].acronym && T[k + 2].text == ")") {
      k += 3;
      continue;
    }
    break;
  }
  return k;
}

// Index past an adverb or a time phrase between an outlet and its verb, or k itself:
// "CNN later confirmed", "Reuters on Tuesday reported", "Politico earlier this week reported".
std::size_t skip_adverbials(const std::vector<Token>& T, std::size_t k) {
  static const std::unordered_set<std::string> adverbs{
      "also", "later", "first", "previously", "earlier", "initially", "separately", "exclusively", "recently",
      "originally", "subsequently", "independently", "then", "since", "yesterday", "today", "tonight",
      "has", "had", "have"};  // "had first reported"
  static const std::unordered_set<std::string> days{"monday", "tuesday", "wednesday", "thursday", "friday",
                                                    "saturday", "sunday", "sunday's"};
  static const std::unordered_set<std::string> spans{"week", "month", "year", "night", "weekend", "morning",
                                                     "afternoon", "evening", "summer", "spring", "autumn",
                                                     "fall", "winter"};
  auto at = [&](std::size_t i) -> const std::string& {
    static const std::string none;
    return i < T.size() && T[i].word ? T[i].lower : none;
  };
  for (int steps = 0; steps < 2; ++steps) {
    std::size_t n = k;
    if (adverbs.count(at(n)) && !(at(n) == "earlier" && (at(n + 1) == "this" || at(n + 1) == "last"))) {
      n = k + 1;
    } else if (at(n) == "on" && days.count(at(n + 1))) {
      n = k + 2;
      if (spans.count(at(n))) ++n;  // "on Tuesday night"
    } else {
      std::size_t m = at(n) == "earlier" || at(n) == "late" || at(n) == "early" ? n + 1 : n;
      if ((at(m) == "last" || at(m) == "this") && spans.count(at(m + 1))) n = m + 2;
    }
    if (n == k) break;
    k = n;
  }
  return k;
}

// The mark of a possessive: "'" or "’".
bool apostrophe(const Token& t) { return t.text == "'" || t.text == "\xE2\x80\x99"; }

// A title of someone an organisation employs, between a cue and its name: "le directeur de
// la RTS", "der Sprecher des ORF", "el presidente de RTVE".
bool employer_role(const std::string& w) {
  static const std::unordered_set<std::string> roles{
      "directeur", "directrice", "président", "présidente", "porte-parole", "patron", "patronne", "director",
      "directora", "presidente", "portavoz", "direktor", "direktorin", "sprecher", "sprecherin", "intendant",
      "intendantin", "generaldirektor", "generaldirektorin", "chef", "chefin", "ceo", "chairman", "chairwoman",
      "spokesman", "spokeswoman", "spokesperson", "owner", "propriétaire", "eigentümer", "direttore", "direttrice"};
  return roles.count(w) > 0;
}

bool clause_ends_at(const std::vector<Token>& T, std::size_t k) {
  if (k >= T.size()) return true;
  const Token& t = T[k];
  return is_clause_end(t) || is_quote(t) || t.text == "(";
}

}  // namespace

CueResult SentenceMatcher::cue_before(std::size_t s, std::size_t e) const {
  const Lexicon& x = lexicon();
  CueResult r;
  // "said The Guardian's print revenue had fallen", "told the Star's staff": the outlet owns
  // the thing the verb is about; "according to the Guardian's analysis" is read after it.
  // Its platforms still carry the cue: "appeared on the Winnipeg Sun's website".
  static const std::unordered_set<std::string> platforms{"website", "site", "homepage", "pages", "page", "app",
                                                         "feed", "channel", "show", "programme", "program", "podcast",
                                                         "blog", "newsletter", "edition", "columns", "broadcast",
                                                         "newscast", "live", "liveblog", "account"};
  // So do its people, behind an adjective or two: "told the BBC's political editor".
  static const std::unordered_set<std::string> people{"editor", "editors", "anchor", "host", "presenter", "chief",
                                                      "correspondent", "correspondents", "reporter", "reporters",
                                                      "columnist", "writer", "journalist", "journalists", "producer"};
  if (e + 2 < T.size() && apostrophe(T[e]) && T[e + 1].lower == "s" &&
      T[e + 2].word && !T[e + 2].cap) {
    bool own = false;
    for (std::size_t w = e + 2; w < T.size() && w < e + 5 && T[w].word && !T[w].cap && !own; ++w)
      own = platforms.count(T[w].lower) || people.count(T[w].lower) ||
            std::any_of(x.possessive_after.begin(), x.possessive_after.end(), [&](const Cue& c) { return match_at(T, w, c); });
    if (!own) return r;
  }
  std::size_t k = s;
  int generic = 0;
  CueResult right;
  const std::size_t past = skip_right_gap(T, e, &right);
  for (int steps = 0; steps < 7; ++steps) {
    // "quoted … by the Interfax news agency": "by" cites only a named news outlet.
    if (k > 0 && (T[k - 1].lower == "by" || T[k - 1].lower == "von") &&
        (r.news_descriptor || right.news_descriptor)) {
      r.found = r.media = true;
      return r;
    }
    // French inversion: "explique-t-il à Libération", "confie-t-elle au Monde".
    if (k >= 2 && (T[k - 1].lower == "à" || T[k - 1].lower == "au" || T[k - 1].lower == "aux")) {
      const std::string& v = T[k - 2].lower;
      for (std::string_view pronoun : {"-t-il", "-t-elle", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles"})
        if (v.size() > pronoun.size() + 2 && v.compare(v.size() - pronoun.size(), pronoun.size(), pronoun) == 0) {
          r.found = true;
          return r;
        }
    }
    // A French speaker set off by commas between verb and outlet: "a affirmé le ministre de
    // l'Économie, Bruno Le Maire, dimanche, à franceinfo." The outlet ends the sentence.
    if (k >= 2 && (T[k - 1].lower == "à" || T[k - 1].lower == "au") && T[k - 2].text == "," &&
        clause_ends_at(T, past)) {
      static const std::unordered_set<std::string> said{"affirmé", "déclaré", "indiqué", "confié", "expliqué",
                                                         "précisé", "assuré", "raconté", "dit", "annoncé", "réagi"};
      for (std::size_t j = k - 2; j-- > 0 && k - j < 24 && T[j].text != "." && T[j].text != ";";)
        if (said.count(T[j].lower)) {
          r.found = true;
          return r;
        }
    }
    // "Per Bloomberg, ...", "..., per CNN." opening its clause; not the Italian "lavora per La Stampa".
    if (k > 0 && T[k - 1].lower == "per" && (k == 1 || !T[k - 2].word)) {
      r.found = true;
      return r;
    }
    static const std::vector<std::size_t> none;
    auto ending_here = [&](const std::unordered_map<std::string, std::vector<std::size_t>>& index)
        -> const std::vector<std::size_t>& {
      auto it = k > 0 ? index.find(T[k - 1].lower) : index.end();
      return it == index.end() ? none : it->second;
    };
    for (std::size_t i : ending_here(x.before_by_last)) {
      const Cue& c = x.before[i];
      if (k >= c.size() && match_at(T, k - c.size(), c)) {
        // An event the channel carried is no claim it made: "a hustings broadcast by GB News".
        static const std::unordered_set<std::string> events{
            "hustings", "debate", "debates", "concert", "match", "game", "ceremony", "final", "race", "parade",
            "coronation", "funeral", "speech", "address", "contest", "awards", "festival", "telethon", "tournament"};
        if (c.size() == 2 && c[1] == "by" && (c[0] == "broadcast" || c[0] == "aired") && k > 2 &&
            events.count(T[k - 3].lower))
          break;
        // A Portuguese verb before its subject names a whole outlet: "Avançou o Expresso que",
        // not "O Inep adiantou o Exame Nacional do Ensino Médio" (a longer name, the object).
        static const std::unordered_set<std::string> verb_first{"noticia", "noticiou", "avançou", "escreve",
                                                                "adianta", "adiantou"};
        if (c.size() == 1 && verb_first.count(c[0]) && e < T.size() && T[e].word && T[e].cap) break;
        r.found = true;
        r.media = r.media || cue_is_media(c);
        return r;
      }
    }
    for (std::size_t i : ending_here(x.before_final_by_last)) {
      const Cue& c = x.before_final[i];
      // An English verb inverted after the claim: "…, added the BBC", "“…” said CNN"; not a
      // verb with a subject of its own ("Russia added the BBC's Russian service"). German
      // inverts after any first phrase: "In London urteilt die Financial Times".
      static const std::unordered_set<std::string> english{"reported", "reports", "said", "says", "wrote", "writes",
                                                           "added", "noted", "confirmed", "reveals", "revealed"};
      const std::size_t v = k >= c.size() ? k - c.size() : 0;
      if (v > 0 && T[v - 1].word && english.count(c[0])) continue;
      if (k >= c.size() && match_at(T, k - c.size(), c)) {
        CueResult desc;
        std::size_t after = skip_right_gap(T, e, &desc);
        // When: "…, rapportait Le Monde jeudi", "…, reported CNN on Tuesday".
        static const std::unordered_set<std::string> when{"on", "last", "this", "late", "early", "earlier",
                                                           "yesterday", "today", "hier", "jeudi", "lundi", "mardi",
                                                           "mercredi", "vendredi", "samedi", "dimanche", "ce",
                                                           "matin", "soir"};
        for (int n = 0; n < 3 && after < T.size() && (when.count(T[after].lower) || is_calendar_word(T[after].lower)); ++n)
          ++after;
        if (clause_ends_at(T, after)) {
          r.found = true;
          r.media = r.media || cue_is_media(c);
          return r;
        }
      }
    }
    if (k == 0) break;
    const Token& t = T[k - 1];
    if (owned_[k - 1]) break;  // another outlet's name is not a gap
    std::string hint = country_hint(t.lower);
    if (!hint.empty()) {
      if (r.hint.empty()) r.hint = hint;
    } else if (is_quote(t) || x.determiners.count(t.lower) || is_compound_qualifier(t)) {
    } else if (t.word && is_descriptor(t.lower) && !owned_[k - 1]) {
      r.descriptor = true;
      // Only a descriptor next to the name describes it: "der Sender BBC", not "das Fernsehen nicht über Krieg".
      if (generic == 0) r.news_descriptor = r.news_descriptor || is_news_descriptor(t.lower);
    } else if (t.word && employer_role(t.lower)) {
      break;  // the outlet employs the speaker: "a indiqué le directeur de la RTS, Pascal Crittin"
    } else if (t.word && !t.cap && generic < 2 && !is_cue_word(t.lower) && !x.connectors.count(t.lower) &&
               t.lower.size() > 2) {
      // Figures come from statistics offices, not newsrooms: "volgens cijfers van het CBS"
      // (Statistics Netherlands), "laut Zahlen des ..." ("data compiled by" is a cue of its own).
      static const std::unordered_set<std::string> data_nouns{
          "figures", "statistics", "stats", "cijfers", "zahlen", "daten", "statistik", "chiffres", "données",
          "datos", "cifras", "estadísticas", "dati", "cifre", "dados", "números", "siffror", "tall", "tal"};
      if (data_nouns.count(t.lower)) break;
      // An agency of another trade: "аналитического агентства «Автостат»", "the rating agency
      // Scope" (a word right before the descriptor that says which trade).
      static const std::unordered_set<std::string> trades{
          "analytics", "analytical", "rating", "ratings", "credit", "advertising", "ad", "marketing", "consulting",
          "recruitment", "talent", "travel", "insurance", "аналитического", "аналитическое", "рейтингового",
          "рейтинговое", "кадрового", "рекламного", "маркетингового", "консалтингового", "кредитного",
          "туристического", "страхового", "риелторского"};
      if (r.descriptor && generic == 0 && trades.count(t.lower)) {
        r.descriptor = r.news_descriptor = false;
        break;
      }
      ++generic;
    } else {
      break;
    }
    --k;
  }
  return r;
}

CueResult SentenceMatcher::cue_after(std::size_t e, const std::vector<Candidate>& all, bool known) const {
  const Lexicon& x = lexicon();
  CueResult r;
  std::size_t k = skip_right_gap(T, e, &r);
  // Possessive: "CNN's Jake Tapper reported", "the Times' reporting".
  std::size_t pos = k;
  bool possessive = false;
  auto is_apostrophe = [&](std::size_t i) { return i < T.size() && apostrophe(T[i]); };
  // A Turkish case ending: "Reuters'a yaptığı açıklamada", "Hürriyet'in haberine göre" (the
  // gap above may have taken the apostrophe for a closing quote).
  if (std::size_t c = is_apostrophe(k) ? k + 1 : k > e && is_apostrophe(k - 1) ? k : T.size();
      c < T.size() && turkish_case_ending(T[c].lower) && after_cue_at(c + 1, &r))
    return r;
  // A Finnish or Swedish ending after a colon on initials: "STT:n tietojen mukaan", "SVT:s uppgifter".
  static const std::unordered_set<std::string> colon_endings{"n", "s", "lle", "ssa", "ssä", "sta", "stä", "lla", "llä"};
  if (k + 2 < T.size() && T[k].text == ":" && colon_endings.count(T[k + 1].lower) && after_cue_at(k + 2, &r))
    return r;
  if (is_apostrophe(k)) {
    if (k + 1 < T.size() && T[k + 1].lower == "s") {
      possessive = true;
      pos = k + 2;
    } else if (k > 0 && !T[k - 1].lower.empty() && T[k - 1].lower.back() == 's') {
      possessive = true;
      pos = k + 1;
    }
  } else if (k == e + 1 && e > 0 && is_apostrophe(e) && T[e - 1].lower.back() == 's') {
    possessive = true;  // "CBS News' Dana Whitcomb reported": the gap took the ' for a quote
  } else if (k + 1 < T.size() && T[k].text == ":" && (T[k + 1].lower == "s" || T[k + 1].lower == "n")) {
    possessive = true;  // Swedish and Finnish after an acronym: "SVT:s korrespondent", "Yle:n toimittaja"
    pos = k + 2;
  }
  if (possessive) {
    // "the Telegraph's editorial independence": the paper's character, not its piece.
    static const std::unordered_set<std::string> traits{"independence", "standards", "policy", "policies", "line",
                                                        "control", "direction", "freedom", "guidelines", "integrity",
                                                        "stance", "values", "decisions", "judgment", "judgement"};
    const bool trait = pos + 1 < T.size() && T[pos].lower == "editorial" && traits.count(T[pos + 1].lower);
    for (const Cue& c : trait ? std::vector<Cue>{} : x.possessive_after)
      if (match_at(T, pos, c)) {
        // Any organisation has a "report"; only media have reporters and reporting.
        static const std::unordered_set<std::string> media_nouns{"reporting", "reporter", "reporters",
                                                                 "correspondent", "coverage", "scoop"};
        r.found = true;
        r.media = media_nouns.count(c[0]) > 0;
        return r;
      }
    std::size_t n = pos;
    while (n < T.size() && n < pos + 3 && T[n].word && T[n].cap) ++n;
    // A beat or bureau between: "The Guardian's Western North correspondent, Kwame Ofori-Atta, reported".
    // In lower case: "a Citizen's Advice Bureau" is a name, no newsroom's.
    static const std::unordered_set<std::string> staff{"correspondent", "correspondents", "reporter", "reporters"};
    for (std::size_t m = pos + 1; m <= n && m < T.size(); ++m)
      if (!T[m].cap && staff.count(T[m].lower)) {
        r.found = r.media = true;
        return r;
      }
    std::size_t show = pos < T.size() && is_quote(T[pos]) ? pos + 1 : pos;  // on CNN's "State of the Union"
    bool show_named = show < T.size() && T[show].word && T[show].cap;
    // Speaking on a network's show: "was asked on CNN's State of the Union", "went further on
    // MSNBC's Morning Joe". Not fame found "on the BBC's Strictly Come Dancing".
    static const std::unordered_set<std::string> spoke{
        "said", "says", "asked", "told", "went", "go", "goes", "spoke", "speaking", "argued", "claimed", "noted",
        "added", "insisted", "conceded", "suggested", "warned", "admitted", "explained", "acknowledged", "appeared",
        "appearing", "declared", "vowed", "defended", "denied", "predicted", "pressed", "responded", "stated"};
    auto named = std::find_if(all.begin(), all.end(), [&](const Candidate& c) { return c.e == e; });
    if (show_named && named != all.end() && named->s > 1 && T[named->s - 1].lower == "on") {
      for (std::size_t b = named->s - 1; b-- > 0 && b + 4 >= named->s;)
        if (spoke.count(T[b].lower)) {
          r.found = r.media = true;
          return r;
        }
    }
    if (n > pos) {
      // "The Atlantic's Anne Applebaum has written"
      if (n < T.size() && (T[n].lower == "has" || T[n].lower == "had")) ++n;
      for (const char* v : {"reported", "reports", "wrote", "writes", "written", "said", "says", "told", "asked",
                            "noted"})
        if (n < T.size() && T[n].lower == v) {
          r.found = r.media = true;
          return r;
        }
    }
    return r;
  }
  if (after_cue_at(k, &r)) return r;
  if (std::size_t v = skip_adverbials(T, k); v != k && after_cue_at(v, &r)) return r;
  if (known && k < T.size() && T[k].text == ",") {
    // "X, citing ...", "X, quoting ...", "X, unter Berufung auf ..."
    // "X, citing ...", "X, quoting ...", "X, unter Berufung auf ...", "X, ссылаясь на ...".
    if (k + 1 < T.size() && (T[k + 1].lower == "citing" || T[k + 1].lower == "quoting" || T[k + 1].lower == "unter" ||
                             T[k + 1].lower == "ссылаясь")) {
      r.found = r.media = true;
      return r;
    }
    // "X, which first broke the story, reported ..."
    for (std::size_t m = k + 1; m < T.size() && m < k + 20; ++m) {
      if (T[m].text == "." || T[m].text == ";" || starts_candidate(m, all)) break;
      if (T[m].text == ",") {
        if (after_cue_at(m + 1, &r)) return r;
        break;
      }
    }
  }
  // German verb-final clauses: "wie der Sender BBC am Dienstag berichtete".
  static const std::unordered_set<std::string> final_verbs{
      "berichtet", "berichtete", "berichteten", "schrieb", "schreibt", "meldete", "meldet", "meldeten",
      "enthüllte", "zitiert", "zitierte", "veröffentlichte", "berichtet hatte",
      // "hat Hendel dem Tagesspiegel erzählt": what someone told the outlet
      "erzählt", "erzählte", "gesagt", "verraten", "verriet"};
  for (std::size_t m = k; m < T.size() && m < k + 12; ++m) {
    if (is_clause_end(T[m]) || starts_candidate(m, all)) break;
    if (final_verbs.count(T[m].lower)) {
      r.found = r.media = true;
      return r;
    }
  }
  return r;
}

bool SentenceMatcher::after_cue_at(std::size_t k, CueResult* r) const {
  // "in a BBC interview", "an NBC News poll", "a Fox News appearance": any organisation has
  // polls and podcasts, so these count for an outlet the directory knows, after an article.
  static const std::unordered_set<std::string> works{"interview", "poll", "survey", "appearance", "documentary",
                                                     "podcast"};
  if (k < T.size() && works.count(T[k].lower)) {
    r->found = r->weak = true;
    return true;
  }
  for (const Cue& c : lexicon().after)
    if (match_at(T, k, c)) {
      // "X said in a statement": the outlet speaks for itself as a party, not as a source.
      if ((c[0] == "said" || c[0] == "says") && k + c.size() + 2 < T.size() && T[k + c.size()].lower == "in" &&
          T[k + c.size() + 2].lower == "statement")
        return false;
      // "the Express reported for duty", "reported sick": a horse's or a person's, no newsroom's.
      if (c.back() == "reported" && k + c.size() < T.size() &&
          (T[k + c.size()].lower == "for" || T[k + c.size()].lower == "sick" || T[k + c.size()].lower == "fit"))
        return false;
      // "ran a story", "has run a two-part series"; not a horse's "ran a good race".
      if ((c.front() == "ran" || (c.size() > 1 && c[1] == "run")) && k + c.size() < T.size()) {
        static const std::unordered_set<std::string> race{"race", "good", "great", "fine", "close", "blinder",
                                                          "mile", "marathon", "cracking", "solid", "decent",
                                                          "huge", "brave", "gallant", "length", "distance"};
        if (race.count(T[k + c.size()].lower)) return false;
      }
      r->found = true;
      r->media = r->media || cue_is_media(c);
      // "Sabah gazetesinin haberine göre": the cue names the outlet's kind.
      r->descriptor = r->descriptor || std::any_of(c.begin(), c.end(), [](const std::string& w) { return is_descriptor(w); });
      return true;
    }
  return false;
}

// Another outlet-like name starts at m (German nouns alone do not count).
bool SentenceMatcher::starts_candidate(std::size_t m, const std::vector<Candidate>& all) const {
  for (const Candidate& c : all)
    if (c.s == m && (c.shape == Shape::known || c.shape == Shape::words)) return true;
  return false;
}

}  // namespace newsarchive::parse::detail

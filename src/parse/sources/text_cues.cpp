// Text evidence: outlet names standing in an attribution cue ("according to X",
// "X reported", "told X", "laut X", "ifølge X", "X's reporting"), per sentence.
#include <algorithm>
#include <cctype>
#include <utility>

#include "core/text.hpp"
#include "newsarchive/url.hpp"
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
  // Inflected German and Scandinavian forms: "Nachrichtenportals", "Senders", "avisen".
  for (std::string_view stem : {"zeitung", "sender", "nachrichtenportal", "nachrichtenagentur", "magazin",
                                "agentur", "fernsehsender", "nyhetsbyr", "tidning", "nyhetsnettsted"})
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
      "statlige", "statliga", "statskontrollerte", "państwowa", "państwowy", "prasowa", "journal"};
  return is_descriptor(lower) && !generic.count(lower);
}

bool is_cue_word(const std::string& lower) { return lexicon().single_word_cues.count(lower) > 0; }

namespace {

bool match_at(const std::vector<Token>& T, std::size_t pos, const Cue& cue) {
  if (pos + cue.size() > T.size()) return false;
  for (std::size_t m = 0; m < cue.size(); ++m) {
    const Token& t = T[pos + m];
    if (cue[m] == "*") {
      if (!t.word) return false;
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

bool clause_ends_at(const std::vector<Token>& T, std::size_t k) {
  if (k >= T.size()) return true;
  const Token& t = T[k];
  return is_clause_end(t) || is_quote(t) || t.text == "(";
}

}  // namespace

CueResult SentenceMatcher::cue_before(std::size_t s, std::size_t e) const {
  const Lexicon& x = lexicon();
  CueResult r;
  std::size_t k = s;
  int generic = 0;
  CueResult right;
  skip_right_gap(T, e, &right);
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
        r.found = true;
        r.media = r.media || cue_is_media(c);
        return r;
      }
    }
    for (std::size_t i : ending_here(x.before_final_by_last)) {
      const Cue& c = x.before_final[i];
      if (k >= c.size() && match_at(T, k - c.size(), c)) {
        CueResult desc;
        std::size_t after = skip_right_gap(T, e, &desc);
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
    } else if (is_quote(t) || x.determiners.count(t.lower)) {
    } else if (t.word && is_descriptor(t.lower) && !owned_[k - 1]) {
      r.descriptor = true;
      // Only a descriptor next to the name describes it: "der Sender BBC", not "das Fernsehen nicht über Krieg".
      if (generic == 0) r.news_descriptor = r.news_descriptor || is_news_descriptor(t.lower);
    } else if (t.word && !t.cap && generic < 2 && !is_cue_word(t.lower) && !x.connectors.count(t.lower) &&
               t.lower.size() > 2) {
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
  if (k < T.size() && (T[k].text == "'" || T[k].text == "\xE2\x80\x99")) {
    if (k + 1 < T.size() && T[k + 1].lower == "s") {
      possessive = true;
      pos = k + 2;
    } else if (k > 0 && !T[k - 1].lower.empty() && T[k - 1].lower.back() == 's') {
      possessive = true;
      pos = k + 1;
    }
  }
  if (possessive) {
    for (const Cue& c : x.possessive_after)
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
    // "X, citing ...", "X, unter Berufung auf ..."
    if (k + 1 < T.size() && (T[k + 1].lower == "citing" || T[k + 1].lower == "unter")) {
      r.found = r.media = true;
      return r;
    }
    // "X, which first broke the story, reported ..."
    for (std::size_t m = k + 1; m < T.size() && m < k + 12; ++m) {
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
      r->found = true;
      r->media = r->media || cue_is_media(c);
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

namespace {


bool is_connector_gap(const std::vector<Token>& T, std::size_t from, std::size_t to) {
  if (to <= from || to - from > 3) return false;
  const Lexicon& x = lexicon();
  bool connector = false;
  for (std::size_t k = from; k < to; ++k) {
    if (x.connectors.count(T[k].lower) || T[k].text == "/" || T[k].text == ",") connector = true;
    else if (!x.determiners.count(T[k].lower) && !is_quote(T[k])) return false;
  }
  return connector;
}

bool photo_context(const std::vector<Token>& T, std::size_t s) {
  // "photo via AP", "Foto: dpa", "AFP via Getty Images".
  const Lexicon& x = lexicon();
  for (std::size_t k = s >= 3 ? s - 3 : 0; k < s; ++k)
    if (x.photo_words.count(T[k].lower)) return true;
  return false;
}

// "retweeted an article by Vulture", "shared a story in the Post": what someone passed on
// online is the subject, not where the writer's information came from.
bool shared_online(const std::vector<Token>& T, std::size_t s) {
  static const std::unordered_set<std::string> social{"retweeted", "tweeted", "reposted", "reshared", "retweetete"};
  static const std::unordered_set<std::string> passed_on{"shared", "posted", "teilte", "postete"};
  static const std::unordered_set<std::string> items{"article", "story", "link", "post", "piece", "report",
                                                     "video", "artikel", "beitrag", "bericht", "link"};
  for (std::size_t k = s >= 5 ? s - 5 : 0; k < s; ++k) {
    if (social.count(T[k].lower)) return true;
    // "shared a story by", not "documents shared with the Post"
    if (passed_on.count(T[k].lower) && k + 2 < s && lexicon().determiners.count(T[k + 1].lower) &&
        items.count(T[k + 2].lower))
      return true;
  }
  return false;
}

// The first token of a candidate's name without a leading article: the "Herald" of "the Herald".
std::size_t name_start(const std::vector<Token>& T, const Candidate& c) {
  std::size_t k = c.name_s;
  while (k + 1 < c.e && lexicon().determiners.count(T[k].lower)) ++k;
  return k;
}

// Byte range of a candidate's name in the block, without a leading article.
std::pair<std::size_t, std::size_t> name_range(const std::vector<Token>& T, const Candidate& c) {
  return {T[name_start(T, c)].begin, T[c.e - 1].end};
}

// The editorial link whose anchor text is the candidate's name or holds it ("the
// <a>Herald reported</a>", "according to <a>Reuters</a>"), or null. An anchor holding
// several names does not say which of them it is.
const Mention* enclosing_link(const std::vector<Token>& T, const Candidate& c, const std::vector<Candidate>& all,
                              const std::vector<const Mention*>& links) {
  auto [nb, ne] = name_range(T, c);
  for (const Mention* l : links) {
    if (l->anchor_end <= l->anchor_begin) continue;
    bool inside = nb >= l->anchor_begin && ne <= l->anchor_end;
    bool around = l->anchor_begin >= nb && l->anchor_end <= ne;
    if (!inside && !around) continue;
    int names = 0;
    for (const Candidate& o : all) {
      if (o.shape != Shape::known && o.shape != Shape::words) continue;
      auto [ob, oe] = name_range(T, o);
      if (ob < l->anchor_end && oe > l->anchor_begin) ++names;
    }
    return names <= 1 ? l : nullptr;
  }
  return nullptr;
}

// Whether the name can be the linked outlet: the directory lists that outlet under it, or
// each of its words is in the outlet's name or aliases, or (4+ letters) in its domain:
// "the Herald" can be the Boston Herald, "the Associated Press" is not U.S. News & World
// Report, whose site merely carries a copy of the story.
bool can_name(const std::vector<Token>& T, const Candidate& c, const Outlet& outlet) {
  if (std::find(c.outlets.begin(), c.outlets.end(), &outlet) != c.outlets.end()) return true;
  std::unordered_set<std::string> words;
  auto add_words = [&](std::string_view name) {
    for (std::string_view w : split(name, ' '))
      if (std::string q = squash(w); !q.empty()) words.insert(q);
  };
  add_words(outlet.name);
  for (const std::string& a : outlet.aliases) add_words(a);
  std::vector<std::string> labels;
  for (const std::string& d : outlet.domains) {
    std::string reg = registrable_domain(d);
    labels.push_back(squash(reg.substr(0, reg.find('.'))));
  }
  const Lexicon& x = lexicon();
  for (std::size_t k = name_start(T, c); k < c.e; ++k) {
    if (!T[k].word || x.function_words.count(T[k].lower)) continue;
    std::string w = squash(T[k].text);
    if (w.empty() || words.count(w)) continue;
    bool in_domain = false;
    for (const std::string& l : labels)
      if (w.size() >= 4 && l.find(w) != std::string::npos) in_domain = true;
    if (!in_domain) return false;
  }
  return true;
}

// A German compound naming the outlet's own report or programme, in a cue: "im
// ZDF-Interview", "laut einem Reuters-Bericht", "nach BR-Recherchen", "einem CNN-Bericht
// zufolge". The compound alone ("die ZDF-Moderatorin") cites nothing.
const Outlet* compound_cite(const std::vector<Token>& T, std::size_t k, const Resolver& resolver) {
  static const std::unordered_set<std::string> works{
      "interview", "interviews", "bericht", "berichten", "berichts", "berichte", "sendung", "radiosendung",
      "fernsehsendung", "talkshow", "talk", "recherche", "recherchen", "umfrage", "reportage", "doku",
      "dokumentation", "podcast", "informationen", "angaben", "gespräch", "report", "analyse", "daten",
      "livestream", "morgenmagazin", "nachrichten", "sondersendung", "exklusivinterview"};
  static const std::unordered_set<std::string> before{"laut", "im", "in", "bei", "nach", "gegenüber", "aus", "zu"};
  const Token& t = T[k];
  std::size_t dash = t.text.find('-');
  if (!t.word || dash == std::string::npos || dash == 0 || !works.count(lower_utf8(t.text.substr(dash + 1))))
    return nullptr;
  bool cue = k + 1 < T.size() && T[k + 1].lower == "zufolge";
  for (std::size_t m = k; m > 0 && m + 3 > k && !cue; --m) {
    if (before.count(T[m - 1].lower)) cue = true;
    else if (!lexicon().determiners.count(T[m - 1].lower)) break;
  }
  if (!cue) return nullptr;
  bool self = false;
  const Outlet* o = resolve_whole_name(t.text.substr(0, dash), resolver, &self);
  return self ? nullptr : o;
}

// Names said in full so far ("The New York Times", a link to wsj.com): a later short form
// ("the Times", "the Journal") refers back to one of them, not to an outlet of that name.
class NamedSoFar {
 public:
  void add(const Outlet* o) {
    if (o && std::find(named_.begin(), named_.end(), o) == named_.end()) named_.push_back(o);
  }
  // The latest outlet named in full whose name ends in the candidate's one word ("the
  // Journal"), or null.
  const Outlet* short_form(const std::vector<Token>& T, const Candidate& c) const {
    std::size_t k = name_start(T, c);
    if (k + 1 != c.e || k == 0 || T[k - 1].lower != "the" || !T[k].word || T[k].acronym) return nullptr;
    std::string word = squash(T[k].text);
    for (auto it = named_.rbegin(); it != named_.rend(); ++it) {
      auto ends_in_word = [&](std::string_view name) {
        std::size_t sp = name.rfind(' ');
        return sp != std::string_view::npos && squash(name.substr(sp + 1)) == word;
      };
      if (ends_in_word((*it)->name)) return *it;
      for (const std::string& a : (*it)->aliases)
        if (ends_in_word(a)) return *it;
    }
    return nullptr;
  }

 private:
  std::vector<const Outlet*> named_;
};

bool multi_word(const std::vector<Token>& T, const Candidate& c) { return name_start(T, c) + 1 < c.e; }

}  // namespace

std::vector<Mention> find_text_mentions(const std::vector<Block>& body, const Resolver& resolver,
                                        const std::vector<Mention>& links) {
  std::vector<Mention> out;
  const Lexicon& x = lexicon();
  std::size_t order = 0;
  std::vector<const Mention*> block_links;
  NamedSoFar named;
  for (const Mention& l : links) named.add(l.outlet);
  for (std::size_t b = 0; b < body.size(); ++b) {
    const Block& block = body[b];
    block_links.clear();
    for (const Mention& l : links)
      if (l.link && l.block == b) block_links.push_back(&l);
    for_each_sentence(block.text, [&](const Sentence& sentence) {
      ++order;
      SentenceMatcher m(sentence, block.text, resolver);
      const std::vector<Token>& T = m.tokens();
      for (std::size_t k = 0; k < T.size(); ++k)
        if (const Outlet* o = compound_cite(T, k, resolver)) {
          Mention mention;
          mention.outlet = o;
          mention.evidence = clip_words(m.sentence_text(), 40);
          mention.order = order;
          out.push_back(std::move(mention));
        }
      std::vector<Candidate> cands = m.candidates();
      if (cands.empty()) return;
      for (const Candidate& c : cands)
        if (c.shape == Shape::known && multi_word(T, c)) named.add(resolver.choose(c.outlets, c.surface, c.hint));
      // Coordinated names share their cue: "Le Figaro und RTL", "RTL/Ntv", "CNN and the BBC".
      std::size_t g = 0;
      while (g < cands.size()) {
        std::size_t h = g;
        while (h + 1 < cands.size() && is_connector_gap(T, cands[h].e, cands[h + 1].s)) ++h;
        CueResult before = m.cue_before(cands[g].s, cands[h].e);
        CueResult after = m.cue_after(cands[h].e, cands, cands[h].shape == Shape::known);
        bool cue = before.found || after.found;
        bool media = before.media || after.media;
        bool descriptor = before.descriptor || after.descriptor;
        std::string group_hint = before.hint;
        for (std::size_t k = g; k <= h && cue; ++k) {
          const Candidate& c = cands[k];
          if (photo_context(T, c.s) || (before.found && shared_online(T, c.s))) continue;
          const Outlet* earlier = named.short_form(T, c);
          if (after.weak && !before.found) {
            std::size_t n = name_start(T, c);
            bool article = (n > 0 && (T[n - 1].lower == "a" || T[n - 1].lower == "an" || T[n - 1].lower == "the")) ||
                           T[c.s].lower == "a" || T[c.s].lower == "an" || T[c.s].lower == "the";
            if (c.shape != Shape::known || !article) continue;
          }
          // An unknown acronym needs a media cue or a descriptor; another unknown name a news descriptor.
          if (c.shape == Shape::acronym && !(media || descriptor)) continue;
          if (c.shape == Shape::other && !earlier && !(before.news_descriptor || after.news_descriptor)) continue;
          Mention mention;
          mention.evidence = clip_words(m.sentence_text(), 40);
          mention.order = order;
          std::string hint = !c.hint.empty() ? c.hint : group_hint;
          const Mention* link = block_links.empty() ? nullptr : enclosing_link(T, c, cands, block_links);
          if (link && link->outlet && !can_name(T, c, *link->outlet)) link = nullptr;
          if (link) {
            // The name is the anchor of an editorial link (or inside it): the link says which outlet
            // the writer meant, so the mention joins the link's outlet rather than whichever outlet
            // the directory gives the name ("the <a href=smalltownherald.com>Herald</a> reported").
            // A site the directory does not know cannot be ruled out; a known one must fit the name.
            mention.outlet = link->outlet;
            if (!link->outlet) {
              mention.domain = link->domain;
              mention.name = c.surface;
            }
            out.push_back(std::move(mention));
            continue;
          }
          if (earlier) {
            if (resolver.is_self(earlier)) continue;
            mention.outlet = earlier;
          } else if (c.shape == Shape::known) {
            bool self = false;
            const Outlet* o = resolver.choose(c.outlets, c.surface, hint);
            for (const Outlet* cand : c.outlets)
              if (resolver.is_self(cand)) self = true;
            if (self || !o || resolver.is_self_name(c.surface)) continue;
            std::string key = normalize_outlet_name(c.surface);
            if (key.find(' ') == std::string::npos && x.common_word_names.count(key)) {
              bool linked = false;
              for (const std::string& d : o->domains)
                if (resolver.linked_domains.count(registrable_domain(d))) linked = true;
              bool the = T[c.name_s].lower == "the" || c.name_s > c.s;
              // Mid-sentence, right after a cue or an article: "told People", "gegenüber der Welt".
              bool adjacent = c.s > 1 && (x.determiners.count(T[c.s - 1].lower) || is_cue_word(T[c.s - 1].lower) ||
                                          is_quote(T[c.s - 1]));
              if (!(linked || c.quoted || the || adjacent || descriptor)) continue;
            }
            mention.outlet = o;
          } else {
            if (resolver.is_self_name(c.surface)) continue;
            mention.name = c.surface;
          }
          out.push_back(std::move(mention));
        }
        g = h + 1;
      }
    });
  }
  return out;
}

}  // namespace newsarchive::parse::detail

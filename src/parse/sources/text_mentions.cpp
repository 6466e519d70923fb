// Text evidence: the mentions a body's sentences give, from the outlet-name candidates
// (candidates.cpp) and the cues around them (text_cues.cpp): coordinated names, links
// around a name, short forms referring back, German compounds.
#include <algorithm>
#include <utility>

#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/sources/sentence_matcher.hpp"

namespace newsarchive::parse::detail {

namespace {


// Names joined into one list ("CNN, the BBC and Reuters", "RTL/Ntv"). After a comma alone
// only a name with an outlet's shape continues the list: "sagte der Nachrichtenagentur
// Reuters, der Aufsichtsrat habe ..." starts a new clause.
bool is_connector_gap(const std::vector<Token>& T, std::size_t from, const Candidate& next) {
  const std::size_t to = next.s;
  if (to <= from || to - from > 3) return false;
  const Lexicon& x = lexicon();
  bool connector = false, word = false;
  for (std::size_t k = from; k < to; ++k) {
    if (T[k].text == ",") connector = true;
    else if (x.connectors.count(T[k].lower)) connector = word = true;
    else if (!x.determiners.count(T[k].lower) && !is_quote(T[k])) return false;
  }
  if (!connector) return false;
  if (word || next.shape == Shape::known) return true;
  // An unknown acronym after a comma alone is listed only where the list goes on ("Reuters,
  // XYZ and AP"), not where a clause starts: "Según el diario Gestión, el MEF propone".
  return next.shape == Shape::acronym && next.e < T.size() &&
         (T[next.e].text == "," || x.connectors.count(T[next.e].lower));
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
// zufolge". The compound alone ("die ZDF-Moderatorin") cites nothing. And Turkish agency
// initials before their reporter: "AA muhabirine" (to AA's reporter).
const Outlet* compound_cite(const std::vector<Token>& T, std::size_t k, const Resolver& resolver) {
  static const std::unordered_set<std::string> works{
      "interview", "interviews", "bericht", "berichten", "berichts", "berichte", "sendung", "radiosendung",
      "fernsehsendung", "talkshow", "talk", "recherche", "recherchen", "umfrage", "reportage", "doku",
      "dokumentation", "podcast", "informationen", "angaben", "gespräch", "report", "analyse", "daten",
      "livestream", "morgenmagazin", "nachrichten", "sondersendung", "exklusivinterview", "politbarometer",
      "deutschlandtrend", "trendbarometer", "morgenjournal", "mittagsjournal", "abendjournal", "tagesschau",
      "tagesthemen", "heute-journal", "mittagsmagazin", "nachtmagazin", "hauptstadtstudio"};
  static const std::unordered_set<std::string> before{"laut", "im", "in", "bei", "nach", "gegenüber", "aus", "zu"};
  const Token& t = T[k];
  // Turkish names an agency by its initials before its reporter: "AA muhabirine yaptığı
  // açıklamada" (in a statement to AA's reporter), "DHA muhabirinin sorularını".
  if (t.acronym && k + 1 < T.size() && T[k + 1].lower.starts_with("muhabir")) {
    bool self = false;
    const Outlet* o = credited_outlet(t.text, resolver, &self);
    return self ? nullptr : o;
  }
  std::size_t dash = t.text.find('-');
  if (!t.word || dash == std::string::npos || dash == 0 || !works.count(lower_utf8(t.text.substr(dash + 1))))
    return nullptr;
  bool cue = k + 1 < T.size() && T[k + 1].lower == "zufolge";
  for (std::size_t m = k; m > 0 && m + 3 > k && !cue; --m) {
    if (before.count(T[m - 1].lower)) cue = true;
    // An article or an adjective may stand between: "im aktuellen ZDF-Politbarometer".
    else if (!lexicon().determiners.count(T[m - 1].lower) && (!T[m - 1].word || T[m - 1].cap)) break;
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
    auto ends_in_word = [&](std::string_view name) {
      std::size_t sp = name.rfind(' ');
      return sp != std::string_view::npos && squash(name.substr(sp + 1)) == word;
    };
    for (auto it = named_.rbegin(); it != named_.rend(); ++it) {
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
  const std::unordered_set<std::string> defined = defined_acronyms(body, resolver);
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
          mention.block = b;
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
        while (h + 1 < cands.size() && is_connector_gap(T, cands[h].e, cands[h + 1])) ++h;
        CueResult before = m.cue_before(cands[g].s, cands[h].e);
        CueResult after = m.cue_after(cands[h].e, cands, cands[h].shape == Shape::known);
        bool cue = before.found || after.found ||
                   (cands[g].shape == Shape::known && said_on_air(T, cands[g].s, cands[h].e));
        bool media = before.media || after.media;
        bool descriptor = before.descriptor || after.descriptor;
        std::string group_hint = before.hint;
        // "Vanguard, Daily Trust and TheCable reported": listed beside an outlet that is no
        // ordinary word, a name such as "Vanguard" or "Punch" is an outlet too.
        bool listed_with_outlet = false;
        for (std::size_t k = g; k <= h && g < h; ++k)
          if (cands[k].shape == Shape::known &&
              (multi_word(T, cands[k]) || !x.common_word_names.count(normalize_outlet_name(cands[k].surface))))
            listed_with_outlet = true;
        for (std::size_t k = g; k <= h && cue; ++k) {
          const Candidate& c = cands[k];
          if (photo_context(T, c.s) || (before.found && shared_online(T, c.s)) || speaks_of_itself(T, c.e)) continue;
          if (c.shape == Shape::acronym && scholarly_context(T, c.s)) continue;
          if (outlet_as_subject(T, c.s, c.e, after.weak && !before.found)) continue;
          if (name_start(T, c) + 1 == c.e && defined.count(T[c.e - 1].text)) continue;
          // "One Parramatta agency said": one of a place's businesses, not an outlet's name.
          if (c.shape != Shape::known && T[name_start(T, c)].lower == "one") continue;
          const Outlet* earlier = named.short_form(T, c);
          if (after.weak && !before.found) {
            // "in a BBC interview", "the Russian TASS poll": an article before the name or its qualifier.
            auto article = [&](std::size_t i) { return T[i].lower == "a" || T[i].lower == "an" || T[i].lower == "the"; };
            // "a new Fox News poll", "the latest NBC News survey".
            static const std::unordered_set<std::string> fresh{"new", "latest", "recent", "fresh", "joint", "exclusive"};
            auto opens = [&](std::size_t i) { return article(i) || (i > 0 && fresh.count(T[i].lower) && article(i - 1)); };
            std::size_t n = name_start(T, c);
            if (c.shape != Shape::known || !((n > 0 && opens(n - 1)) || opens(c.s))) continue;
          }
          // An unknown acronym needs a media cue or a descriptor; another unknown name a news descriptor.
          if (c.shape == Shape::acronym && !(media || descriptor)) continue;
          // Not one a company's noun names: "La compañía eléctrica CGE informó", "the utility
          // PG&E said", "die Firma XYZ teilte mit".
          if (c.shape == Shape::acronym && !earlier) {
            static const std::unordered_set<std::string> kFirms{
                "company", "firm", "utility", "operator", "bank", "ministry", "party", "union", "insurer", "airline",
                "compañía", "empresa", "eléctrica", "operadora", "banco", "ministerio", "partido", "sindicato",
                "entreprise", "société", "banque", "firma", "unternehmen", "konzern", "azienda", "società"};
            bool firm = false;
            for (std::size_t k = name_start(T, c), seen = 0; k-- > 0 && seen < 2; ++seen) firm = firm || kFirms.count(T[k].lower);
            if (firm) continue;
          }
          if (c.shape == Shape::other && !earlier && !(before.news_descriptor || after.news_descriptor)) continue;
          // One unknown word before the descriptor is where the outlet is, not its name: "the
          // Mumbai tabloid", "Malaysian daily The Star" (not "the tabloid Blick").
          if (c.shape == Shape::other && !earlier && !before.news_descriptor && !c.quoted && c.e - name_start(T, c) == 1)
            continue;
          Mention mention;
          mention.evidence = clip_words(m.sentence_text(), 40);
          mention.order = order;
          mention.block = b;
          std::string hint = !c.hint.empty() ? c.hint : group_hint;
          const Mention* link = block_links.empty() ? nullptr : enclosing_link(T, c, cands, block_links);
          if (link && link->outlet && !can_name(T, c, *link->outlet)) link = nullptr;
          if (link) {
            // The name is the anchor of an editorial link (or inside it): the link says which outlet
            // the writer meant, so the mention joins the link's outlet rather than whichever outlet
            // the directory gives the name ("the <a href=smalltownherald.com>Herald</a> reported").
            // A site the directory does not know cannot be ruled out; a known one must fit the name.
            mention.outlet = link->outlet;
            mention.joins_link = true;
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
              // Not a quote that closes a quotation: '"...," Fox said' is a speaker named Fox.
              bool closing = c.s > 1 && is_quote(T[c.s - 1]) && !T[c.s - 2].word;
              // (German capitalises every noun: there the article must say it, "auf den Insider",
              // not "unter Berufung auf Insider".)
              bool adjacent = c.s > 1 && (x.determiners.count(T[c.s - 1].lower) ||
                                          (!resolver.capitalises_nouns &&
                                           (is_cue_word(T[c.s - 1].lower) ||
                                            (before.found && x.before_by_last.count(T[c.s - 1].lower)))) ||
                                          (is_quote(T[c.s - 1]) && !closing));
              // Opening the sentence or a clause before a reporting verb, a title whose word
              // seldom opens one so: "Variety reported Tuesday", "…, Variety reported.", not
              // "People reported seeing smoke".
              static const std::unordered_set<std::string> titles{"variety", "deadline", "wired", "salon", "slate",
                                                                  "vox", "quartz", "grist", "semafor", "punch"};
              bool clause_start = c.s == 0 || T[c.s - 1].text == "," ||
                                  (c.s > 1 && is_quote(T[c.s - 1]) && T[c.s - 2].text == ",");  // 'figures," Variety'
              // At home the paper's bare name opens the sentence so too: "Dawn reported" on a
              // Pakistani page, "Bild berichtete" on a German one.
              static const std::unordered_set<std::string> home_titles{
                  "dawn", "mint", "punch", "vanguard", "hindu", "sabah", "bild", "blick", "tempo", "globo", "veja",
                  "proceso", "reforma", "semana"};  // (not "Stern", "Spiegel": surnames too)
              const bool home = !resolver.page_country.empty() && o->country == resolver.page_country;
              bool opening = clause_start && after.media && (titles.count(key) > 0 || (home && home_titles.count(key) > 0));
              // Turkish sets a proper noun's suffix off with an apostrophe: "Sabah'ın haberine
              // göre" is the paper's report, never the morning's.
              bool suffixed = resolver.page_country == "TR" && c.e + 1 < T.size() && is_quote(T[c.e]) &&
                              T[c.e + 1].word && !T[c.e + 1].cap && (before.found || after.found);
              if (!(linked || c.quoted || the || adjacent || descriptor || listed_with_outlet || opening || suffixed))
                continue;
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

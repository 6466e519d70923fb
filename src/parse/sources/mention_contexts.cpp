// Contexts that take a named outlet out of the citations: the sentence is about the outlet
// (a photo credit, a shared link, its own staff, a guest spot, a lawsuit, a TV listing) or
// names a journal rather than a newsroom, or an acronym the text spells out as something
// else. Used by text_mentions.cpp.
#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"
#include "parse/sources/sentence_matcher.hpp"

namespace newsarchive::parse::detail {

namespace {

bool any_of_words(const std::vector<Token>& T, std::size_t from, std::size_t to,
                  const std::unordered_set<std::string>& words) {
  for (std::size_t k = from; k < to && k < T.size(); ++k)
    if (words.count(T[k].lower)) return true;
  return false;
}

// "who appeared on a Boston Magazine podcast", "was a guest on the ABC's Conversations": a
// guest spot is biography unless the sentence reports what was said there ("appeared on CNN,
// where she said ...").
bool guest_appearance(const std::vector<Token>& T, std::size_t s, std::size_t e) {
  static const std::unordered_set<std::string> appear{"appeared", "appearing", "appears", "appear", "guest",
                                                      "guested", "featured"};
  static const std::unordered_set<std::string> speech{
      "said",   "says",    "say",      "told",     "tells",   "saying",  "argued", "claimed", "insisted",
      "warned", "stated",  "admitted", "revealed", "announced", "confirmed", "accused", "suggested",
      "called", "predicted", "denied", "described", "vowed",  "conceded"};
  // What appeared there is the outlet's content, not a guest: "The documents, which first
  // appeared on Politico", "Photos that appeared on CNN".
  static const std::unordered_set<std::string> content{"which", "that", "documents", "document", "report", "story",
                                                       "photos", "photo", "video", "videos", "article", "column",
                                                       "footage", "images", "piece", "letter", "remarks", "comments"};
  for (std::size_t k = s >= 5 ? s - 5 : 0; k + 1 < s; ++k) {
    if (!appear.count(T[k].lower) || T[k + 1].lower != "on") continue;
    for (std::size_t b = k >= 4 ? k - 4 : 0; b < k; ++b)
      if (content.count(T[b].lower)) return false;
    bool gap_ok = true;  // only articles, possessives and adjectives between "on" and the name
    for (std::size_t m = k + 2; m < s; ++m)
      if (!T[m].word || T[m].cap) gap_ok = false;
    return gap_ok && !any_of_words(T, e, T.size(), speech);
  }
  return false;
}

// "suing News Corp over five articles published in The Courier-Mail": the paper is what the
// suit is about.
bool object_of_suit(const std::vector<Token>& T, std::size_t s) {
  static const std::unordered_set<std::string> legal{"suing", "sued", "sues", "sue", "lawsuit", "lawsuits",
                                                     "defamation", "libel", "libelled", "defamed", "suit"};
  static const std::unordered_set<std::string> printed{"published", "printed", "aired", "broadcast", "run", "ran"};
  for (std::size_t k = s >= 3 ? s - 3 : 0; k < s; ++k)
    if (printed.count(T[k].lower)) return any_of_words(T, 0, k, legal);
  return false;
}

// "An SBS documentary about defamation law airs at 8.30pm on Sunday": a programme listing.
bool programme_listing(const std::vector<Token>& T, std::size_t e) {
  static const std::unordered_set<std::string> airs{"airs", "screens", "premieres", "streams", "broadcasts"};
  for (std::size_t k = e; k < T.size() && k < e + 15; ++k) {
    if (airs.count(T[k].lower)) return true;
    if (T[k].lower == "will" && k + 1 < T.size() && (T[k + 1].lower == "air" || T[k + 1].lower == "screen"))
      return true;
  }
  return false;
}

// "who once told GB News viewers that ...": speaking on the channel to its audience, not a
// source of the story's information.
bool its_audience(const std::vector<Token>& T, std::size_t e) {
  static const std::unordered_set<std::string> audience{"viewers", "listeners", "readers", "audience", "audiences",
                                                        "subscribers", "followers"};
  return e < T.size() && audience.count(T[e].lower) > 0;
}

}  // namespace

bool photo_context(const std::vector<Token>& T, std::size_t s) {
  // "photo via AP", "Foto: dpa", "AFP via Getty Images"; not footage an outlet aired, which
  // the story reports from ("Footage broadcast by SABC News showed ...").
  const Lexicon& x = lexicon();
  static const std::unordered_set<std::string> aired{"broadcast", "aired", "obtained", "shown", "televised"};
  for (std::size_t k = s >= 3 ? s - 3 : 0; k < s; ++k)
    if (x.photo_words.count(T[k].lower))
      return std::none_of(T.begin() + static_cast<std::ptrdiff_t>(k), T.begin() + static_cast<std::ptrdiff_t>(s),
                          [&](const Token& t) { return aired.count(t.lower) > 0; });
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

// The outlet speaks of itself, the subject of the story rather than where its information came
// from: "RFE/RL said one of its reporters had been beaten", "The Post, whose owner ...".
bool speaks_of_itself(const std::vector<Token>& T, std::size_t e) {
  static const std::unordered_set<std::string> own{"reporter", "reporters", "journalist", "journalists",
                                                   "correspondent", "correspondents", "staff", "employee",
                                                   "employees", "owner", "owners", "office", "offices", "bureau",
                                                   "crew", "crews", "photographer", "editor", "editors", "newsroom"};
  for (std::size_t k = e; k + 1 < T.size() && k < e + 12; ++k) {
    bool possessive = T[k].lower == "its" || T[k].lower == "whose" || T[k].lower == "their";
    std::size_t n = k + 1;
    while (n < T.size() && n < k + 3 && (T[n].lower == "own" || T[n].lower == "former" || T[n].lower == "new")) ++n;
    if (possessive && n < T.size() && own.count(T[n].lower)) return true;
    // "one of its reporters"
    if (T[k].lower == "of" && k + 2 < T.size() && T[k + 1].lower == "its" && own.count(T[k + 2].lower)) return true;
  }
  return false;
}

// German "im ZDF sagte sie", "Im ARD-„Morgenmagazin“ erklärte er": what was said on air, the
// broadcaster (or paper: "im Spiegel schrieb er") after "im" and a speech verb in the clause.
bool said_on_air(const std::vector<Token>& T, std::size_t s, std::size_t e) {
  static const std::unordered_set<std::string> verbs{"sagte", "sagt", "erklärte", "erklärt", "betonte", "warnte",
                                                     "kündigte", "räumte", "forderte", "schrieb", "schreibt",
                                                     "berichtete", "bestätigte", "kritisierte", "sprach"};
  if (s == 0 || T[s - 1].lower != "im") return false;
  for (std::size_t k = e; k < T.size() && k < e + 7; ++k) {
    if (T[k].text == "," || T[k].text == "." || T[k].text == ";") return false;
    if (verbs.count(T[k].lower)) return true;
  }
  return false;
}

// A study's journal: "a study published in the BMJ", "research published in ...".
bool scholarly_context(const std::vector<Token>& T, std::size_t s) {
  static const std::unordered_set<std::string> work{"study", "studies", "paper", "papers", "research", "trial",
                                                    "trials", "findings", "analysis", "review", "studie", "étude"};
  for (std::size_t k = s >= 6 ? s - 6 : 0; k < s; ++k)
    if (work.count(T[k].lower)) return true;
  return false;
}

std::unordered_set<std::string> defined_acronyms(const std::vector<Block>& body, const Resolver& resolver) {
  std::unordered_set<std::string> out;
  static const std::unordered_set<std::string> small{"of", "and", "for", "the", "on", "in", "de", "du", "des", "la",
                                                      "le", "del", "der", "für", "und", "&"};
  for (const Block& b : body) {
    std::string_view t = b.text;
    for (std::size_t open = t.find('('); open != std::string_view::npos; open = t.find('(', open + 1)) {
      std::size_t close = t.find(')', open);
      if (close == std::string_view::npos || close - open < 3 || close - open > 8) continue;
      std::string_view acr = t.substr(open + 1, close - open - 1);
      if (!std::all_of(acr.begin(), acr.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
      // The capitalised words before the bracket, back to the first that gives no initial.
      std::size_t from = open > 200 ? open - 200 : 0;  // 200 bytes before the bracket: enough for a name
      const std::vector<std::string_view> words = split(trim(t.substr(from, open - from)), ' ');
      std::string initials;
      std::size_t first = words.size();
      while (first > 0 && initials.size() < acr.size()) {
        std::string_view w = words[first - 1];
        if (small.count(std::string(w))) {
          --first;
          continue;
        }
        if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) break;
        initials.insert(initials.begin(), w[0]);
        --first;
      }
      if (initials != acr) continue;
      std::string long_form;
      for (std::size_t i = first; i < words.size(); ++i) {
        if (!long_form.empty()) long_form += ' ';
        long_form += words[i];
      }
      // A newsroom spelled out ("The Public Broadcasting Service (PBS)") is still the outlet.
      static const std::unordered_set<std::string> media{"broadcasting", "broadcaster", "radio", "television", "tv",
                                                         "news", "press", "agency", "network", "channel", "times",
                                                         "post", "herald", "journal", "gazette", "tribune", "media"};
      bool newsroom = false;
      for (std::size_t i = first; i < words.size(); ++i) newsroom = newsroom || media.count(lower_utf8(words[i])) > 0;
      if (!newsroom && (!resolver.directory || resolver.directory->by_name(long_form).empty())) out.emplace(acr);
    }
  }
  return out;
}

bool outlet_as_subject(const std::vector<Token>& T, std::size_t s, std::size_t e, bool weak_cue) {
  return guest_appearance(T, s, e) || object_of_suit(T, s) || its_audience(T, e) || (weak_cue && programme_listing(T, e));
}

}  // namespace newsarchive::parse::detail

#pragma once
// Matching one sentence: the outlet-name candidates in it (candidates.cpp) and the
// attribution cues around each (text_cues.cpp). Internal to parse/sources.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newsarchive/outlets.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {

enum class Shape { known, words, acronym, other };

struct Candidate {
  std::size_t s = 0, e = 0;  // token span [s, e), qualifiers and "The" included
  std::size_t name_s = 0;    // first token of the name itself
  Shape shape = Shape::other;
  std::vector<const Outlet*> outlets;  // directory matches (known shape)
  std::string surface;                 // the name as written
  std::string hint;                    // country from a qualifier
  bool quoted = false;
};

struct CueResult {
  bool found = false;
  bool media = false;       // the cue itself says the outlet published something
  bool descriptor = false;  // "newspaper", "news agency", "Sender" next to the name
  bool news_descriptor = false;  // a descriptor that only a news outlet has (not "website", "portal")
  std::string hint;         // country qualifier seen in the gap
  bool weak = false;        // a noun after the name ("a BBC interview", "an NBC poll"): known outlets only
};

bool is_quote(const Token& t);
bool is_clause_end(const Token& t);
// Words that describe an outlet ("newspaper", "Sender", "avisa"), inflections included.
bool is_descriptor(const std::string& lower);
// Descriptors that name a kind of news outlet, unlike "website", "portal" or "state".
bool is_news_descriptor(const std::string& lower);
// A hyphenated qualifier before a descriptor, capitalised or not: "French-language",
// "Kyiv-based", "state-owned", "Kremlin-backed".
bool is_compound_qualifier(const Token& t);
bool is_cue_word(const std::string& lower);
// A weekday or month name, English or German (candidates.cpp).
bool is_calendar_word(const std::string& lower);
// A German name's declined adjectives undone: "westfälischen anzeiger" -> "westfälische
// anzeiger", "westfälischer anzeiger" (case_forms.cpp).
std::vector<std::string> undeclined(const std::string& key);
// A Polish, Czech or Russian name's guessed nominatives, every word and the last alone.
std::vector<std::string> nominatives(const std::string& key);
// The bases a Finnish, Hungarian or Bengali case ending may hide (`language`: fi, hu, bn).
std::vector<std::string> case_bases(const std::string& key, std::string_view language);

// Contexts that take a named outlet [s, e) out of the citations (mention_contexts.cpp).
bool photo_context(const std::vector<Token>& T, std::size_t s);
bool shared_online(const std::vector<Token>& T, std::size_t s);
bool speaks_of_itself(const std::vector<Token>& T, std::size_t e);
bool said_on_air(const std::vector<Token>& T, std::size_t s, std::size_t e);
bool scholarly_context(const std::vector<Token>& T, std::size_t s);
// A guest spot, the object of a lawsuit, a programme listing (the latter only for a weak cue,
// a noun such as "documentary" after the name).
bool outlet_as_subject(const std::vector<Token>& T, std::size_t s, std::size_t e, bool weak_cue);
// Acronyms the body defines as something else than an outlet: "The Environment Protection
// Department (EPD) said ...", so a later "the EPD said" is that department, not epd.de.
std::unordered_set<std::string> defined_acronyms(const std::vector<Block>& body, const Resolver& resolver);

class SentenceMatcher {
 public:
  SentenceMatcher(const Sentence& s, std::string_view text, const Resolver& r)
      : S(s), T(s.tokens), text(text), R(r) {}

  // Outlet-name candidates, in order: directory names first, then outlet-shaped ones.
  std::vector<Candidate> candidates();
  CueResult cue_before(std::size_t s, std::size_t e) const;
  CueResult cue_after(std::size_t e, const std::vector<Candidate>& all, bool known) const;
  bool after_cue_at(std::size_t k, CueResult* r) const;

  std::string sentence_text() const { return std::string(text.substr(S.begin, S.end - S.begin)); }
  const std::vector<Token>& tokens() const { return T; }

 private:
  // Another outlet-like name starts at m (German nouns alone do not count).
  bool starts_candidate(std::size_t m, const std::vector<Candidate>& all) const;
  bool capitalised_name(std::size_t from, std::size_t to, const std::vector<const Outlet*>& outlets,
                        std::string_view surface) const;
  // A name made of generic words ("National", "Herald Tribune", "Times") next to another
  // capitalised word belongs to a longer name: "National Assembly", "Kyiv Herald Tribune".
  bool part_of_longer_name(std::size_t start, std::size_t end) const;
  bool genitive_s(std::size_t k, std::size_t len) const;
  bool may_open_name(std::size_t start) const;
  void find_known(std::vector<Candidate>& out, std::vector<bool>& covered);
  void find_shapes(std::vector<Candidate>& out, const std::vector<bool>& covered);
  // A story's opening words set in capitals ("AS Opposition Leader ...", "IN a letter"):
  // a function word in capitals at the sentence start, before a normally written word.
  bool drop_cap_lead_in(std::size_t i) const;

  std::vector<bool> owned_;  // tokens inside a known or outlet-shaped name
  OutletNameKey name_key_;   // find_known's keys, its buffer kept between starts
  const Sentence& S;
  const std::vector<Token>& T;
  std::string_view text;
  const Resolver& R;
};

}  // namespace newsarchive::parse::detail

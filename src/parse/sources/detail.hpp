#pragma once
// Internals of cited-source detection, shared by the files of src/parse/sources:
// sentence tokens, the cue lexicon, name resolution against the directory and the
// three evidence finders (links, text cues, credit lines).
#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "newsarchive/outlets.hpp"
#include "parse/blocks.hpp"
#include "parse/sources/sources.hpp"

namespace newsarchive::parse::detail {

// ---- tokens -------------------------------------------------------------------

struct Token {
  std::size_t begin = 0;  // byte offsets in the block text
  std::size_t end = 0;
  std::string text;       // as written
  std::string lower;      // lower-cased (ASCII and Latin letters)
  bool word = false;      // letters/digits (possibly with inner . - ' &)
  bool cap = false;       // first letter upper case (or a digit)
  bool acronym = false;   // 2+ letters, all upper case ("TASS", "U.K.", "RIA")
};

struct Sentence {
  std::size_t begin = 0;  // byte range in the block text
  std::size_t end = 0;
  std::vector<Token> tokens;
};

// Calls `fn` with each sentence of a block, in order, tokenised. Abbreviations
// ("U.K.", "Gov.") and initials do not end a sentence; a run of more than
// kMaxSentenceTokens tokens without an end mark is cut there (no attribution spans
// that far), so an endless paragraph costs bounded memory.
constexpr std::size_t kMaxSentenceTokens = 400;
void for_each_sentence(std::string_view text, const std::function<void(const Sentence&)>& fn);
std::vector<Sentence> split_sentences(std::string_view text);  // all at once, for short text
// The order number of each block's last sentence, counting one more per block (a heading
// or list item without an end mark still takes a place): mentions from every finder sort on
// it. Each finder used to count the sentences again.
std::vector<std::size_t> sentence_orders(const std::vector<Block>& blocks);
// Whether the text holds Chinese, Japanese or Korean (Han, kana, Hangul).
bool holds_cjk(std::string_view s);
// The clause around [b, e): back to the previous and on to the next of `marks` (sentence or
// clause marks of the script).
std::pair<std::size_t, std::size_t> clause_around(std::string_view text, std::size_t b, std::size_t e,
                                                  std::span<const std::string_view> marks);
// Letters of the Arabic script (Arabic, Persian, Urdu), which has no capitals to find names by.
bool holds_arabic(std::string_view s);
// Letters of the Hebrew script, which has none either.
bool holds_hebrew(std::string_view s);
// A Turkish case ending written after a name's apostrophe: "a" of "Reuters'a", "nin".
bool turkish_case_ending(const std::string& lower);
// Letters and digits of any script (not punctuation, quotes, dashes or spaces).
bool is_letter(char32_t cp);
// Letters and digits only, lower case: "Kyiv Post" and "kyivpost" agree.
std::string squash(std::string_view s);

// ---- lexicon ------------------------------------------------------------------

// A cue is a sequence of lower-case tokens; "*" matches any one word token.
using Cue = std::vector<std::string>;

struct Lexicon {
  std::vector<Cue> before;           // cue ends right before the outlet: "according to", "laut"
  std::vector<Cue> before_final;     // English inverted verbs ("reported X."): outlet must end the clause
  std::vector<Cue> after;            // cue starts right after the outlet: "reported", "zufolge"
  std::vector<Cue> possessive_after; // after "X's": "reporting", "report", "correspondent"
  // Indexes of `before` and `before_final` by a cue's last word (the word right before the
  // outlet), in list order; the one-word cues of all three lists.
  std::unordered_map<std::string, std::vector<std::size_t>> before_by_last, before_final_by_last;
  std::unordered_set<std::string> single_word_cues;
  std::unordered_set<std::string> cue_openers;  // first words of the cues before an outlet ("segundo", "em")
  std::unordered_set<std::string> determiners;   // the, der, la, ...
  std::unordered_set<std::string> descriptors;   // newspaper, agency, Sender, avisa, ...
  std::unordered_set<std::string> outlet_words;  // Times, Post, News, Zeitung, ... (shape of an outlet)
  std::unordered_set<std::string> media_verbs;   // reported, berichtete, ... (cues that name media)
  std::unordered_set<std::string> non_media_acronyms;  // FBI, NATO, WHO, ...
  std::unordered_set<std::string> common_word_names;   // people, time, mirror: need more than a cue
  std::unordered_set<std::string> connectors;          // and, und, et, y, og, och, e, i, or, &
  std::unordered_set<std::string> function_words;      // of, de, la, der, ... inside names
  std::unordered_set<std::string> photo_words;         // photo, foto, image, getty, ...
  std::unordered_set<std::string> role_words;          // minister, leader, spokesman: titles of people
};

// Cues from phrases ("according to" -> {"according", "to"}).
std::vector<Cue> cues(std::initializer_list<const char*> phrases);
// "verb * object" cues with up to `max_gap` words between: "sa till", "sa * * till"; with
// `mark` "^", one to `max_gap` capitalised words, a name: "told Nick Ferrari on".
void gapped(std::vector<Cue>& out, std::initializer_list<const char*> verbs, int max_gap,
            std::initializer_list<const char*> objects, const char* mark = "*");
// The word sets of the lexicon (lexicon_words.cpp), added to `x` as it is built.
void add_word_sets(Lexicon& x);
// The cues of broadcast interviews and programmes (lexicon_broadcast.cpp).
void add_broadcast_cues(Lexicon& x);
const Lexicon& lexicon();
// ISO country hinted by a qualifier word ("U.K.", "British", "britische", "russe"), or "".
std::string country_hint(std::string_view lower_word);
// Country of a page from its host's ccTLD or its language, or "".
std::string country_of_host(std::string_view host);
std::string country_of_language(std::string_view language);

// ---- resolution ---------------------------------------------------------------

// Who the page is, and what the article links to: used to drop self-citations and to
// choose between outlets that share a name.
struct Resolver {
  const OutletDirectory* directory = nullptr;
  std::unordered_set<std::string> self_domains;  // registrable domains of the publisher
  std::unordered_set<const Outlet*> self_outlets;
  std::unordered_set<std::string> self_names;    // squashed names of the publisher
  std::unordered_set<std::string> linked_domains;  // registrable domains linked in the body
  std::string page_country;
  bool capitalises_nouns = false;  // a German page: a capital is no sign of a name ("auf Insider")
  bool declines_names = false;  // a Polish, Czech, Slovak, Russian, Ukrainian or Belarusian page: names take case endings
  // A Finnish, Hungarian or Bengali page ("fi", "hu", "bn"): names take case endings
  // ("Ylen mukaan", "a Reutersnek nyilatkozta", "রয়টার্সের খবর"); empty otherwise.
  std::string case_language;

  // Among outlets sharing a name, the one meant here; null when none fits.
  const Outlet* choose(const std::vector<const Outlet*>& outlets, std::string_view surface,
                       std::string_view country_hint) const;
  bool is_self(const Outlet* outlet) const;
  bool is_self_name(std::string_view name) const;
  bool is_self_domain(std::string_view registrable) const;
};

// ---- evidence -----------------------------------------------------------------

struct Mention {
  const Outlet* outlet = nullptr;  // the directory's outlet, or null for an unknown one
  std::string name;                // unknown outlet: name as written (or the domain)
  std::string domain;              // unknown outlet: registrable domain of a link, or ""
  std::string url;                 // link evidence: the URL
  std::string evidence;            // the sentence or line that cites it
  bool link = false;
  bool credit = false;
  bool joins_link = false;         // the text of a link mention's anchor: the same mention again
  std::size_t order = 0;           // position in the article, for output order
  // The body block holding the mention (none: a byline, trailer or reference list) and,
  // for link evidence, the anchor's byte range in it.
  static constexpr std::size_t kNoBlock = static_cast<std::size_t>(-1);
  std::size_t block = kNoBlock;
  std::size_t anchor_begin = 0;
  std::size_t anchor_end = 0;
};

// `orders` are sentence_orders(body).
std::vector<Mention> find_link_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                        const Resolver& resolver);
// An outlet that lives on a portal which mostly carries other outlets' copy (Yahoo News on
// yahoo.com, MSN): a link there, beside another outlet's name, is that outlet's story.
bool on_portal(const Outlet& outlet);
// `links` are find_link_mentions' results: a cue whose outlet name is (or lies inside) the
// anchor text of one of those links is credited to that link's outlet, not resolved by name.
std::vector<Mention> find_text_mentions(const std::vector<Block>& body, const Resolver& resolver,
                                        const std::vector<Mention>& links);
std::vector<Mention> find_credit_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                          const SourceContext& context, const Resolver& resolver);

// Chinese, Japanese and Korean text: the directory's names in those scripts with a cue
// around them ("据新华社报道", "共同通信によると", "연합뉴스에 따르면") or a wire dateline.
std::vector<Mention> find_cjk_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                       const Resolver& resolver);
// The same for Arabic and Hebrew text: names as written, a word of their own (after the
// prefixes و ل ب ف ك, ו ה ב כ ל מ ש), with a cue in their clause ("وفقاً لرويترز", "(رويترز)",
// "כפי שפורסם ב"גלובס"").
std::vector<Mention> find_abjad_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                       const Resolver& resolver);

// Footnotes of a reference list that name a story's outlet after its quoted title.
std::vector<Mention> find_reference_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                             const Resolver& resolver);

// Resolves a whole name ("The Associated Press", "dpa-infocom", "ntv.de") to a known
// outlet or null; `self` is set when the name is the publisher's.
const Outlet* resolve_whole_name(std::string_view name, const Resolver& resolver, bool* self);
// The longest leading run of words (up to 8) of `rest` that names an outlet; for scripts
// without spaces, the longest leading run of characters.
const Outlet* leading_outlet(std::string_view rest, const Resolver& resolver, bool* self);
// A byline without the stamp printed after its names, and without writers' titles between
// commas (byline_text.cpp).
std::string without_stamp(std::string byline);
std::string without_titles(const std::string& text);
// The outlet a wire credit names, or the agency its initials stand for in a credit only
// ("(AA)" is Anadolu there; "AA said" in prose is an airline).
const Outlet* credited_outlet(const std::string& part, const Resolver& resolver, bool* self);

// Evidence text: at most `max_words` words of `s`.
std::string clip_words(std::string_view s, std::size_t max_words);

}  // namespace newsarchive::parse::detail

#pragma once
// Small UTF-8 and ASCII string helpers shared by every stage.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

// Strips ASCII whitespace from both ends.
std::string_view trim(std::string_view s);
// Collapses runs of whitespace (ASCII, NBSP and the other Unicode spaces) to one
// ASCII space and trims the ends.
std::string collapse_whitespace(std::string_view s);
std::string to_lower_ascii(std::string_view s);
// Runs of characters other than ASCII space, tab, CR and LF.
std::size_t word_count(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool iends_with(std::string_view s, std::string_view suffix);
bool icontains(std::string_view haystack, std::string_view needle);
// `haystack` holds one of `needles`, in any ASCII case.
template <typename List>
bool icontains_any(std::string_view haystack, const List& needles) {
  for (std::string_view needle : needles)
    if (icontains(haystack, needle)) return true;
  return false;
}
inline bool icontains_any(std::string_view haystack, std::initializer_list<std::string_view> needles) {
  return icontains_any<std::initializer_list<std::string_view>>(haystack, needles);
}
// `word` stands in the lower-case `low` as a whole word: no ASCII letter or digit on either side.
bool has_word(std::string_view low, std::string_view word);
std::vector<std::string_view> split(std::string_view s, char sep);
// Split at each occurrence of `sep` (" | ", "、"); empty parts kept, as above.
std::vector<std::string_view> split(std::string_view s, std::string_view sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);

// True when `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);
// Replaces malformed sequences with U+FFFD and drops NUL and other C0 controls
// except tab and newline.
std::string sanitize_utf8(std::string_view s);
// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t cp);
// Decodes the code point at `i` and advances `i`; malformed bytes give U+FFFD.
char32_t next_codepoint(std::string_view s, std::size_t& i);
// The code point that ends right before byte `at` (0 at the start), and where it starts.
char32_t codepoint_before(std::string_view s, std::size_t at, std::size_t& start);
// Levenshtein distance (bytes), for "did you mean" and typo checks.
std::size_t edit_distance(std::string_view a, std::string_view b);
// Whether any byte is outside ASCII.
bool has_non_ascii(std::string_view s);
// Number of code points in UTF-8 text.
std::size_t utf8_length(std::string_view s);
// Copies the sequence at `i` to `out` and advances `i`; a malformed byte becomes U+FFFD.
void append_next_codepoint(std::string& out, std::string_view s, std::size_t& i);
// Lower case of one code point (ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals).
char32_t lower_letter(char32_t cp);
bool is_upper_letter(char32_t cp);
// Scripts of East Asia: Han ideographs (CJK Unified and Extension A), Japanese kana,
// Korean hangul syllables.
bool is_han(char32_t cp);
bool is_kana(char32_t cp);
bool is_hangul(char32_t cp);
// `s` with the digits of other scripts as ASCII digits: Arabic-Indic "٢٠٢٤", Persian "۱۴۰۲",
// Devanagari, Bengali, Thai and full-width digits.
std::string fold_digits(std::string_view s);
// The text with those capitals lowered ("VÍDEOS" -> "vídeos"); other code points as they are.
std::string lower_utf8(std::string_view s);
// Latin letters with their accents taken off, lower-cased ("Jornal do Dão" -> "jornal do dao",
// "Łódź" -> "lodz"): for matching a name against a host name, which has none.
std::string unaccented(std::string_view s);

}  // namespace newsarchive

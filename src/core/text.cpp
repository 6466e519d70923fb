#include "core/text.hpp"

#include <algorithm>
#include <cctype>

namespace newsarchive {
namespace {

bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Unicode spaces beyond ASCII that pages use between words.
bool is_unicode_space(char32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0x0085;
}

}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if (is_ascii_space(c)) {
        pending_space = true;
        continue;
      }
      if (c < 0x20 || c == 0x7F) continue;  // control codes (ESC, NUL, ...): never text, and unsafe on a terminal
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(c));
      continue;
    }
    std::size_t start = i;
    char32_t cp = next_codepoint(s, i);
    if (is_unicode_space(cp)) {
      pending_space = true;
      continue;
    }
    if (cp == 0x200B || cp == 0xFEFF || (cp >= 0x80 && cp <= 0x9F)) continue;  // zero-width space, stray BOM, C1 controls
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    n += !space && !in_word;
    in_word = !space;
  }
  return n;
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool iends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

bool icontains(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return lower(a) == lower(b); });
  return it != haystack.end();
}

bool has_word(std::string_view low, std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t at = low.find(word); at != std::string_view::npos; at = low.find(word, at + 1)) {
    std::size_t end = at + word.size();
    if ((at == 0 || !std::isalnum(static_cast<unsigned char>(low[at - 1]))) &&
        (end == low.size() || !std::isalnum(static_cast<unsigned char>(low[end]))))
      return true;
  }
  return false;
}

std::vector<std::string_view> split(std::string_view s, std::string_view sep) {
  std::vector<std::string_view> parts;
  if (sep.empty()) return {s};
  for (std::size_t start = 0;;) {
    std::size_t pos = s.find(sep, start);
    parts.push_back(s.substr(start, pos == std::string_view::npos ? pos : pos - start));
    if (pos == std::string_view::npos) return parts;
    start = pos + sep.size();
  }
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out.append(sep);
    out.append(parts[i]);
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

bool has_non_ascii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

char32_t codepoint_before(std::string_view s, std::size_t at, std::size_t& start) {
  start = at;
  if (at == 0) return 0;
  do --start;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80);
  std::size_t i = start;
  return next_codepoint(s, i);
}

char32_t next_codepoint(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = byte(i + k);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t start = i;
    char32_t cp = next_codepoint(s, i);
    // U+FFFD written literally is valid; a decoding failure advances one byte.
    if (cp == 0xFFFD && i - start == 1) return false;
  }
  return true;
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
      if (c == 0x7F) continue;
      out.push_back(static_cast<char>(c));
      continue;
    }
    append_next_codepoint(out, s, i);
  }
  return out;
}

void append_next_codepoint(std::string& out, std::string_view s, std::size_t& i) {
  std::size_t start = i;
  char32_t cp = next_codepoint(s, i);
  // U+FFFD written literally is copied; a decoding failure advances one byte.
  if (cp == 0xFFFD && i - start == 1)
    append_utf8(out, 0xFFFD);
  else
    out.append(s.substr(start, i - start));
}

namespace {

// Latin Extended-A alternates upper/lower case in pairs, but the pairs start on an odd
// code point in U+0139..U+0148 (Ĺ..ň) and U+0179..U+017E (Ź..ž): "Łł", "Żż".
bool latin_ext_a_upper(char32_t cp) {
  if (cp == 0x130) return true;                    // İ
  if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;  // ı ĸ ŉ ſ
  if (cp == 0x178) return true;                    // Ÿ
  bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  return odd_upper ? cp % 2 == 1 : cp % 2 == 0;
}

// Blocks where a capital and its small letter sit side by side: the Cyrillic letters of
// Kazakh, Tatar, Azerbaijani and the rest (Ғ ғ, Қ қ, Ә ә), Vietnamese's letters (Ạ ạ, Ấ ấ)
// and its horned Ơ, Ư.
bool paired_upper(char32_t cp) {
  if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) || (cp >= 0x4D0 && cp <= 0x52F) ||
      (cp >= 0x1E00 && cp <= 0x1E95) || (cp >= 0x1EA0 && cp <= 0x1EFF))
    return cp % 2 == 0;
  if (cp >= 0x4C1 && cp <= 0x4CE) return cp % 2 == 1;
  return cp == 0x1A0 || cp == 0x1AF;
}

}  // namespace

char32_t lower_letter(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;  // Latin-1
  if (cp >= 0x100 && cp <= 0x17F && latin_ext_a_upper(cp)) {
    if (cp == 0x130) return 'i';
    if (cp == 0x178) return 0xFF;
    return cp + 1;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;  // Greek
  if (cp == 0x386) return 0x3AC;                                  // Ά
  if (cp >= 0x388 && cp <= 0x38A) return cp + 37;                 // Έ Ή Ί
  if (cp == 0x38C) return 0x3CC;                                  // Ό
  if (cp == 0x38E || cp == 0x38F) return cp + 63;                 // Ύ Ώ
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;                 // Cyrillic Ѐ..Џ
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                 // Cyrillic А..Я
  if (paired_upper(cp)) return cp + 1;                            // Қ, Ә, Ү, Ạ, Ấ ...
  if (cp == 0x4C0) return 0x4CF;                                  // palochka
  if (cp >= 0x531 && cp <= 0x556) return cp + 48;                 // Armenian
  return cp;
}

bool is_upper_letter(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) return latin_ext_a_upper(cp);
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return true;
  if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38A) || cp == 0x38C || cp == 0x38E || cp == 0x38F) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return paired_upper(cp) || cp == 0x4C0 || (cp >= 0x531 && cp <= 0x556);
}

std::string lower_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) append_utf8(out, lower_letter(next_codepoint(s, i)));
  return out;
}

bool is_han(char32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }
bool is_kana(char32_t cp) { return cp >= 0x3040 && cp <= 0x30FF; }
bool is_hangul(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7AF; }

std::string fold_digits(std::string_view s) {
  // Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu,
  // Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, full-width.
  static constexpr char32_t kZeros[] = {0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
                                        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out.push_back(s[i++]);
      continue;
    }
    std::size_t start = i;
    char32_t c = next_codepoint(s, i);
    bool digit = false;
    for (char32_t zero : kZeros)
      if (c >= zero && c <= zero + 9) {
        out.push_back(static_cast<char>('0' + (c - zero)));
        digit = true;
        break;
      }
    if (!digit) out.append(s.substr(start, i - start));
  }
  return out;
}

std::string unaccented(std::string_view s) {
  // U+00C0..U+00FF and U+0100..U+017F, each mapped to its base letter ('*': × and ÷, kept).
  static constexpr std::string_view kLatin1 = "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
  static constexpr std::string_view kExtendedA =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_codepoint(s, i);
    char base = 0;
    if (cp < 0x80) base = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    else if (cp >= 0xC0 && cp <= 0xFF) base = kLatin1[cp - 0xC0];
    else if (cp >= 0x100 && cp <= 0x17F) base = kExtendedA[cp - 0x100];
    if (base && base != '*') out.push_back(base);
    else append_utf8(out, cp);
  }
  return out;
}

}  // namespace newsarchive

// Sentence and word tokens of body text, with the small UTF-8 helpers they need.
#include <algorithm>
#include <unordered_set>

#include "core/text.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {
namespace {

bool is_abbreviation(std::string_view lower) {
  static const std::unordered_set<std::string_view> abbr{
      "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jr", "sr", "gen", "lt", "col", "capt", "prof",
      "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "mt", "ft", "ave", "dept", "nr", "ca", "bzw", "vgl", "hr", "fr", "sgt",
      "adm", "supt", "det", "rev", "gen", "pres", "u", "z", "mio", "mrd", "tel", "ex", "op", "al"};
  return abbr.count(lower) > 0;
}

// Word characters that may sit inside a word when a letter follows: "U.K", "n-tv".
bool is_inner(char32_t cp) { return cp == '.' || cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

char32_t peek(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  return next_codepoint(s, i);
}

void finish(Token& t, std::string_view text) {
  t.text = std::string(text.substr(t.begin, t.end - t.begin));
  // Typographic apostrophes become ASCII ones.
  std::string lower = lower_utf8(t.text);
  t.lower.clear();
  for (std::size_t k = 0; k < lower.size(); ++k) {
    if (lower.compare(k, 3, "\xE2\x80\x99") == 0) {
      t.lower.push_back('\'');
      k += 2;
    } else {
      t.lower.push_back(lower[k]);
    }
  }
  std::size_t i = 0;
  char32_t first = next_codepoint(t.text, i);
  t.cap = t.word && (is_upper_letter(first) || (first >= '0' && first <= '9'));
  if (t.word) {
    std::size_t letters = 0, upper = 0;
    for (std::size_t k = 0; k < t.text.size();) {
      char32_t cp = next_codepoint(t.text, k);
      if (is_letter(cp) && !(cp >= '0' && cp <= '9')) {
        ++letters;
        if (is_upper_letter(cp)) ++upper;
      }
    }
    t.acronym = letters >= 2 && upper == letters;
  }
}

bool dotted_initials(std::string_view w) {
  // "U.K", "U.S", "N.Y": single letters separated by dots.
  if (w.size() < 3) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    bool letter_pos = i % 2 == 0;
    if (letter_pos != (w[i] != '.')) return false;
  }
  return true;
}

}  // namespace

std::pair<std::size_t, std::size_t> clause_around(std::string_view text, std::size_t b, std::size_t e,
                                                  std::span<const std::string_view> marks) {
  std::size_t from = 0, to = text.size();
  for (std::string_view m : marks) {
    if (std::size_t p = text.rfind(m, b); p != std::string_view::npos && p + m.size() <= b)
      from = std::max(from, p + m.size());
    if (std::size_t p = text.find(m, e); p != std::string_view::npos) to = std::min(to, p);
  }
  return {from, to};
}

bool holds_arabic(std::string_view s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xD8 && c <= 0xDB) return true;  // U+0600..U+06FF
  }
  return false;
}

bool holds_hebrew(std::string_view s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xD7 && static_cast<unsigned char>(s[i + 1]) >= 0x90) return true;  // U+05D0..
  return false;
}

bool holds_cjk(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0xE3) {  // below U+3000
      ++i;
      continue;
    }
    char32_t cp = next_codepoint(s, i);
    if ((cp >= 0x3040 && cp <= 0x30FF) ||  // kana
        (cp >= 0x3400 && cp <= 0x9FFF) ||  // Han
        (cp >= 0xAC00 && cp <= 0xD7AF))    // Hangul
      return true;
  }
  return false;
}

bool turkish_case_ending(const std::string& lower) {
  static const std::unordered_set<std::string> endings{
      "a", "e", "ya", "ye", "na", "ne", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "ndan", "nden",
      "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü",
      "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "la", "le", "yla", "yle",
      "daki", "deki", "taki", "teki", "nda", "nde"};
  return endings.count(lower) > 0;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp < 0xC0) return cp == 0xB5;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp == 0xFFFD || cp == 0xFEFF) return false;
  return true;
}

std::string squash(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_codepoint(s, i);
    if (is_letter(cp)) append_utf8(out, lower_letter(cp));
  }
  return out;
}

std::string clip_words(std::string_view s, std::size_t max_words) {
  std::string out;
  std::size_t words = 0;
  const std::string collapsed = collapse_whitespace(s);
  for (std::string_view w : split(collapsed, ' ')) {
    if (w.empty()) continue;
    if (words == max_words) {
      out += " …";
      break;
    }
    if (!out.empty()) out.push_back(' ');
    out.append(w);
    ++words;
  }
  return out;
}

void for_each_sentence(std::string_view text, const std::function<void(const Sentence&)>& fn) {
  Sentence cur;
  auto flush = [&] {
    if (!cur.tokens.empty()) {
      cur.begin = cur.tokens.front().begin;
      cur.end = cur.tokens.back().end;
      fn(cur);
    }
    cur.tokens.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (cur.tokens.size() >= kMaxSentenceTokens) flush();
    std::size_t start = i;
    char32_t cp = next_codepoint(text, i);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B)) continue;
    Token t;
    t.begin = start;
    if (!is_letter(cp)) {
      t.end = i;
      finish(t, text);
      bool end_mark = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
      cur.tokens.push_back(std::move(t));
      if (end_mark) {
        char32_t next = peek(text, i);
        // A sentence ends at . ! ? followed by a space or the end (quotes may follow).
        if (next == 0 || next == ' ' || next == 0xA0) flush();
      }
      continue;
    }
    t.word = true;
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t k = end;
      char32_t c = next_codepoint(text, k);
      if (is_letter(c)) {
        end = k;
        continue;
      }
      if ((is_inner(c) || c == '&') && is_letter(peek(text, k))) {
        end = k;
        continue;
      }
      if (is_apostrophe(c) && is_letter(peek(text, k))) {
        // Possessive or contraction: "CNN's", "don't" -> word + "'s".
        std::size_t k2 = k;
        std::string suffix;
        while (k2 < text.size()) {
          std::size_t k3 = k2;
          char32_t c3 = next_codepoint(text, k3);
          if (!is_letter(c3)) break;
          append_utf8(suffix, lower_letter(c3));
          k2 = k3;
        }
        static const std::unordered_set<std::string> contractions{"s", "t", "re", "ve", "ll", "d", "m"};
        if (contractions.count(suffix)) break;
        // Turkish puts a proper name's case ending after an apostrophe: "Reuters'a",
        // "Hürriyet'in", "AA'ya" -> the name, then "'" and the ending.
        if (turkish_case_ending(suffix) && end - t.begin >= 2 && is_upper_letter(peek(text, t.begin))) break;
        // Elision: "l'AFP", "dell'agenzia", "d'après" -> "l'" + "AFP".
        // Ukrainian and Belarusian write the apostrophe inside words ("з'ясували", "п'ять").
        std::string prefix = lower_utf8(text.substr(t.begin, end - t.begin));
        if (prefix.size() <= 5 && peek(text, t.begin) < 0x370) {
          end = k;  // include the apostrophe in the prefix token
          t.end = end;
          finish(t, text);
          cur.tokens.push_back(std::move(t));
          t = Token{};
          t.begin = end;
          t.word = true;
          end = k;
          continue;
        }
        end = k2;  // "O'Reilly"
        continue;
      }
      break;
    }
    // Trailing dot of initials and abbreviations belongs to the word.
    std::string_view w = text.substr(t.begin, end - t.begin);
    if (end < text.size() && text[end] == '.') {
      std::string lw = lower_utf8(w);
      bool initial = w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
      if (dotted_initials(w) || is_abbreviation(lw) || initial) ++end;
    }
    t.end = end;
    i = end;
    finish(t, text);
    cur.tokens.push_back(std::move(t));
  }
  flush();
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> sentences;
  for_each_sentence(text, [&](const Sentence& s) { sentences.push_back(s); });
  return sentences;
}

std::vector<std::size_t> sentence_orders(const std::vector<Block>& blocks) {
  std::vector<std::size_t> out;
  out.reserve(blocks.size());
  std::size_t order = 0;
  for (const Block& b : blocks) {
    order += 1;
    for_each_sentence(b.text, [&](const Sentence&) { ++order; });
    out.push_back(order);
  }
  return out;
}

}  // namespace newsarchive::parse::detail

#include "store/cjk.hpp"

#include <sqlite3.h>

#include <array>
#include <cstdint>

namespace newsarchive::store {

namespace {

// The value bits of a UTF-8 lead byte 0xC0..0xFF, as SQLite's sqlite3Utf8Trans1.
constexpr std::array<unsigned char, 64> kLeadBits = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x00, 0x01, 0x02, 0x03, 0x00, 0x01, 0x00, 0x00};

// The character at s[i] (i < n), moving i past it, read as FTS5's READ_UTF8 reads it:
// continuation bytes are taken as long as they come, and what cannot be a character is
// U+FFFD. Reading as unicode61 does keeps our character boundaries on its.
std::uint32_t read_utf8(const unsigned char* s, std::size_t n, std::size_t& i) {
  std::uint32_t c = s[i++];
  if (c >= 0xC0) {
    c = kLeadBits[c - 0xC0];
    while (i < n && (s[i] & 0xC0) == 0x80) c = (c << 6) + (0x3F & s[i++]);
    if (c < 0x80 || (c & 0xFFFFF800) == 0xD800 || (c & 0xFFFFFFFE) == 0xFFFE) c = 0xFFFD;
  }
  return c;
}

// The UTF-8 of a character below U+110000, as unicode61 writes its folded tokens.
std::size_t write_utf8(std::uint32_t c, unsigned char* out) {
  if (c < 0x80) return out[0] = static_cast<unsigned char>(c), 1;
  if (c < 0x800) {
    out[0] = static_cast<unsigned char>(0xC0 | (c >> 6));
    out[1] = static_cast<unsigned char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<unsigned char>(0xE0 | (c >> 12));
    out[1] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<unsigned char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<unsigned char>(0xF0 | ((c >> 18) & 0x07));
  out[1] = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<unsigned char>(0x80 | (c & 0x3F));
  return 4;
}

// Written as UTF-8 should be, a CJK character takes three or four bytes led by
// 0xE3..0xEF or 0xF0: a folded token without such a byte (any Latin, Greek, Cyrillic,
// Arabic word) needs no decoding. (Not so for the text: SQLite reads "\xC4\xB0\x80" as
// U+4C00, a Han character.)
bool may_hold_cjk(const unsigned char* s, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (s[i] >= 0xE3 && s[i] <= 0xF0) return true;
  return false;
}

}  // namespace

bool is_cjk(char32_t c) {
  if (c < 0x3000) return false;
  // 3000-303F CJK symbols (of which only the letters, 々 〆 〇 〻 ..., reach a token),
  // 3040-309F Hiragana, 30A0-30FF Katakana.
  if (c <= 0x30FF) return true;
  if (c <= 0x312F) return c >= 0x3100;  // Bopomofo
  if (c <= 0x31BF) return c >= 0x31A0;  // Bopomofo extended
  if (c <= 0x31FF) return c >= 0x31F0;  // Katakana phonetic extensions
  if (c <= 0x4DBF) return c >= 0x3400;  // Han extension A
  if (c <= 0x9FFF) return c >= 0x4E00;  // Han
  if (c <= 0xD7AF) return c >= 0xAC00;  // Hangul syllables
  if (c <= 0xFAFF) return c >= 0xF900;  // Han compatibility
  if (c <= 0xFF9F) return c >= 0xFF66;  // halfwidth Katakana
  if (c <= 0x1B16F) return c >= 0x1B000;  // Kana supplement and extensions
  return c >= 0x20000 && c <= 0x3FFFF;  // Han extensions B-H: planes 2 and 3
}

bool holds_cjk(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();)
    if (s[i] < 0x80) ++i;
    else if (is_cjk(read_utf8(s, text.size(), i))) return true;
  return false;
}

bool CjkSplitter::cut(const char* text, int start, int end, std::string_view folded) {
  pieces_.clear();
  const auto* in = reinterpret_cast<const unsigned char*>(text);
  const auto* out = reinterpret_cast<const unsigned char*>(folded.data());
  const std::size_t in_end = static_cast<std::size_t>(end), out_n = folded.size();
  std::size_t o = 0;  // where the folded text of the next piece starts
  // A non-CJK stretch folds to the text up to the next CJK character (or none: ß, Latin
  // letters, a diacritic unicode61 drops).
  auto close_stretch = [&] {
    if (pieces_.empty() || pieces_.back().cjk) return;
    while (o < out_n) {
      std::size_t k = o;
      if (out[k] < 0x80) ++k;
      else if (is_cjk(read_utf8(out, out_n, k))) break;
      o = k;
    }
    pieces_.back().out_end = static_cast<int>(o);
  };
  bool any = false;
  for (std::size_t i = static_cast<std::size_t>(start); i < in_end;) {
    const auto at = static_cast<int>(i);
    const std::uint32_t c = in[i] < 0x80 ? in[i++] : read_utf8(in, in_end, i);
    if (is_cjk(c)) {
      close_stretch();
      // A CJK character folds to itself.
      unsigned char bytes[4];
      const std::size_t len = write_utf8(c, bytes);
      if (o + len > out_n || folded.compare(o, len, std::string_view(reinterpret_cast<char*>(bytes), len)) != 0)
        return false;
      pieces_.push_back({true, at, static_cast<int>(i), static_cast<int>(o), static_cast<int>(o + len)});
      o += len;
      any = true;
    } else if (!pieces_.empty() && !pieces_.back().cjk) {
      pieces_.back().in_end = static_cast<int>(i);
    } else {
      pieces_.push_back({false, at, static_cast<int>(i), static_cast<int>(o), static_cast<int>(o)});
    }
  }
  close_stretch();
  return any && o == out_n;
}

int CjkSplitter::split(const char* text, int start, int end, std::string_view folded, bool query, int shift,
                       void* ctx, TokenCallback token) {
  const auto n = static_cast<int>(folded.size());
  if (!may_hold_cjk(reinterpret_cast<const unsigned char*>(folded.data()), folded.size()) ||
      !cut(text, start, end, folded))
    return token(ctx, 0, folded.data(), n, start + shift, end + shift);
  auto pass = [&](int flags, const Piece& from, const Piece& to) {
    return token(ctx, flags, folded.data() + from.out_start, to.out_end - from.out_start, from.in_start + shift,
                 to.in_end + shift);
  };
  const std::size_t count = pieces_.size();
  for (std::size_t k = 0; k < count; ++k) {
    const Piece& p = pieces_[k];
    int rc = SQLITE_OK;
    if (!p.cjk) {
      if (p.out_end > p.out_start) rc = pass(0, p, p);
    } else {
      const bool next_cjk = k + 1 < count && pieces_[k + 1].cjk;
      if (!query) {
        // The character, then its bigram at the same position.
        rc = pass(0, p, p);
        if (rc == SQLITE_OK && next_cjk) rc = pass(FTS5_TOKEN_COLOCATED, p, pieces_[k + 1]);
      } else if (next_cjk) {
        rc = pass(0, p, pieces_[k + 1]);  // each bigram in turn, ...
      } else {
        rc = pass(0, p, p);  // ... then the last character (a run of one: the character)
      }
    }
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

}  // namespace newsarchive::store

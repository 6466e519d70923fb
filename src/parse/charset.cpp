// Charset decision and conversion to UTF-8 (iconv, uchardet), and the binary sniff.
#include <iconv.h>
#include <uchardet.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "core/text.hpp"
#include "newsarchive/extract.hpp"

namespace newsarchive {
namespace {

struct IconvCloser {
  void operator()(void* cd) const noexcept { iconv_close(static_cast<iconv_t>(cd)); }
};
using IconvPtr = std::unique_ptr<void, IconvCloser>;

struct UchardetDeleter {
  void operator()(uchardet_t u) const noexcept { uchardet_delete(u); }
};
using UchardetPtr = std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter>;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The value after "charset=" in `s` starting at `pos`, unquoted.
std::string read_charset_value(std::string_view s, std::size_t pos) {
  while (pos < s.size() && (is_space(s[pos]) || s[pos] == '=' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  std::size_t end = pos;
  while (end < s.size() && !is_space(s[end]) && s[end] != '"' && s[end] != '\'' && s[end] != ';' &&
         s[end] != '>' && s[end] != '/' && s[end] != ',')
    ++end;
  return to_lower_ascii(s.substr(pos, end - pos));
}

std::string charset_from_content_type(std::string_view ct) {
  std::string lower = to_lower_ascii(ct);
  std::size_t at = lower.find("charset");
  if (at == std::string::npos) return {};
  return read_charset_value(lower, at + 7);
}

// <meta charset=...> or <meta http-equiv content="...; charset=..."> in the first 4 KB.
std::string charset_from_meta(std::string_view bytes) {
  std::string head = to_lower_ascii(bytes.substr(0, 4096));
  std::size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    std::size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    std::string_view tag(head.data() + pos, end - pos);
    std::size_t at = tag.find("charset");
    if (at != std::string_view::npos) {
      std::string v = read_charset_value(tag, at + 7);
      if (!v.empty()) return v;
    }
    pos = end;
  }
  return {};
}

// Browsers' label aliases (WHATWG Encoding): Latin-1 and ASCII mean windows-1252, etc.
std::string canonical_charset(std::string label) {
  if (label.empty()) return {};
  if (label == "utf8" || label == "unicode-1-1-utf-8" || label == "x-unicode20utf8") return "utf-8";
  if (label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" || label == "l1" ||
      label == "us-ascii" || label == "ascii" || label == "iso_8859-1" || label == "cp1252" ||
      label == "x-cp1252" || label == "cp819" || label == "ibm819" || label == "iso-ir-100" ||
      label == "ansi_x3.4-1968")
    return "windows-1252";
  if (label == "iso-8859-9" || label == "latin5" || label == "iso8859-9") return "windows-1254";
  if (label == "gb2312" || label == "gbk" || label == "x-gbk" || label == "chinese") return "gb18030";
  if (label == "shift_jis" || label == "sjis" || label == "x-sjis" || label == "ms_kanji" || label == "windows-31j")
    return "cp932";
  if (label == "euc-kr" || label == "ks_c_5601-1987" || label == "windows-949") return "cp949";
  if (label == "big5" || label == "big5-hkscs" || label == "x-x-big5") return "big5-hkscs";
  if (label == "tis-620" || label == "iso-8859-11") return "cp874";
  if (label == "iso-8859-8-i") return "iso-8859-8";
  return label;
}

bool is_utf8_label(std::string_view l) { return l == "utf-8"; }
bool is_utf16_label(std::string_view l) { return l.rfind("utf-16", 0) == 0 || l == "unicode"; }

// Converts with iconv, replacing undecodable bytes by U+FFFD. Empty optional when
// iconv does not know the charset.
std::optional<std::string> convert(std::string_view bytes, const std::string& charset) {
  iconv_t raw = iconv_open("UTF-8", charset.c_str());
  if (raw == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  IconvPtr cd(raw);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4 + 16);
  char buf[16384];
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    char* o = buf;
    std::size_t o_left = sizeof buf;
    std::size_t rc = iconv(static_cast<iconv_t>(cd.get()), &in, &in_left, &o, &o_left);
    out.append(buf, sizeof buf - o_left);
    if (rc == static_cast<std::size_t>(-1)) {
      if (errno == E2BIG) continue;
      if (errno == EILSEQ) {
        out.append("\xEF\xBF\xBD");
        ++in;
        --in_left;
        iconv(static_cast<iconv_t>(cd.get()), nullptr, nullptr, nullptr, nullptr);
        continue;
      }
      out.append("\xEF\xBF\xBD");  // EINVAL: truncated sequence at the end
      break;
    }
  }
  return out;
}

std::string detect(std::string_view bytes) {
  UchardetPtr u(uchardet_new());
  if (!u) return {};
  std::string_view sample = bytes.substr(0, 256 * 1024);
  if (uchardet_handle_data(u.get(), sample.data(), sample.size()) != 0) return {};
  uchardet_data_end(u.get());
  const char* name = uchardet_get_charset(u.get());
  return name ? to_lower_ascii(name) : std::string();
}

// True when all 8 bytes of `w` are printable ASCII (0x20-0x7E): nothing to look at.
// Nearly every page is clean, so scanning word by word matters (byte by byte it was
// ~10% of a crawl's CPU).
bool plain_ascii_word(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  std::uint64_t below_space = (w - 0x20 * kOnes) & ~w & kHighs;  // some byte < 0x20
  std::uint64_t x = w ^ (0x7F * kOnes);
  std::uint64_t del = (x - kOnes) & ~x & kHighs;  // some byte == 0x7F
  return ((w & kHighs) | below_space | del) == 0;
}

// Where the next byte at or after `i` is that clean UTF-8 does not keep as is: a
// control other than tab and newlines, or a byte of a malformed sequence; s.size()
// when there is none. Runs of plain text are skipped 8 bytes at a time.
std::size_t next_unclean(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    while (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!plain_ascii_word(w)) break;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (c < 0x80) return i;
    std::size_t start = i;
    if (next_codepoint(s, i) == 0xFFFD && i - start == 1) return start;
  }
  return s.size();
}

// sanitize_utf8() with the same result, but clean runs are copied in bulk: controls
// dropped, one U+FFFD per byte that is not UTF-8.
std::string clean_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0;;) {
    std::size_t bad = next_unclean(s, i);
    out.append(s, i, bad - i);
    if (bad == s.size()) return out;
    if (static_cast<unsigned char>(s[bad]) >= 0x80) append_utf8(out, 0xFFFD);
    i = bad + 1;
  }
}

// True when clean_utf8(s) == s.
bool is_clean_utf8(std::string_view s) { return next_unclean(s, 0) == s.size(); }

bool all_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

namespace {

// Well-formed multi-byte UTF-8 sequences and stray high bytes in `s`, as core's decoder
// reads them (a malformed byte is a one-byte step).
struct Utf8Tally {
  std::size_t sequences = 0;
  std::size_t invalid = 0;
};

Utf8Tally tally_utf8(std::string_view s) {
  Utf8Tally t;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t at = i;
    next_codepoint(s, i);
    ++(i - at > 1 ? t.sequences : t.invalid);
  }
  return t;
}

// A page labelled UTF-8 whose high bytes are mostly not UTF-8 is legacy text under a
// wrong label (a template's header over a database's windows-1252): "gr\xE8ve" would
// become "gr\uFFFDve" everywhere. A few stray bytes in real UTF-8 text keep the label.
bool mislabelled_utf8(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return false;
  Utf8Tally t = tally_utf8(bytes);
  return t.invalid >= 3 && t.invalid > 4 * t.sequences;
}

// The charset a page is in: BOM, then the HTTP header, then <meta>, then detection.
// Removes the BOM from `bytes`.
std::string choose_charset(std::string_view& bytes, std::string_view content_type) {
  std::string charset;
  bool bom = true;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    charset = "utf-8";
  } else if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") {
    bytes.remove_prefix(2);
    charset = "utf-16le";
  } else if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") {
    bytes.remove_prefix(2);
    charset = "utf-16be";
  } else {
    bom = false;
  }
  if (charset.empty()) charset = canonical_charset(charset_from_content_type(content_type));
  if (charset.empty() || charset == "none") {
    charset = canonical_charset(charset_from_meta(bytes));
    // A page that names UTF-16 in an ASCII <meta> cannot really be UTF-16.
    if (is_utf16_label(charset)) charset = "utf-8";
  }
  // A declared legacy charset on bytes that are well-formed, non-ASCII UTF-8 is a mislabel:
  // legacy text practically never forms valid multi-byte UTF-8 sequences by chance.
  if (!charset.empty() && !bom && !is_utf8_label(charset) && !is_utf16_label(charset) && !all_ascii(bytes) &&
      is_valid_utf8(bytes))
    charset = "utf-8";
  if (!bom && is_utf8_label(charset) && mislabelled_utf8(bytes)) charset.clear();
  if (charset.empty()) {
    if (is_valid_utf8(bytes)) {
      charset = "utf-8";
    } else {
      charset = canonical_charset(detect(bytes));
      if (charset.empty() || charset == "ascii/unknown") charset = "windows-1252";
    }
  }
  return charset;
}

// `bytes` (in `charset`) as clean UTF-8; `charset` becomes what was really used.
std::string decode_as(std::string_view bytes, std::string& charset) {
  std::string out;
  if (is_utf8_label(charset) || (all_ascii(bytes) && !is_utf16_label(charset))) {
    out = clean_utf8(bytes);
  } else if (auto converted = convert(bytes, charset)) {
    out = clean_utf8(*converted);
  } else {
    std::string guess = is_valid_utf8(bytes) ? std::string("utf-8") : canonical_charset(detect(bytes));
    auto again = guess.empty() || guess == "utf-8" ? std::nullopt : convert(bytes, guess);
    charset = again ? guess : std::string("utf-8");
    out = clean_utf8(again ? std::string_view(*again) : bytes);
  }
  return out;
}

}  // namespace

std::string decode_to_utf8(std::string_view bytes, std::string_view content_type, std::string* charset_out) {
  std::string charset = choose_charset(bytes, content_type);
  std::string out = decode_as(bytes, charset);
  if (charset_out) *charset_out = charset;
  return out;
}

std::optional<std::string> decode_to_utf8_if_needed(std::string_view bytes, std::string_view content_type,
                                                    std::string* charset_out) {
  const std::size_t size = bytes.size();
  std::string charset = choose_charset(bytes, content_type);
  std::optional<std::string> out;
  bool utf8 = is_utf8_label(charset) || (!is_utf16_label(charset) && all_ascii(bytes));
  if (bytes.size() != size || !utf8 || !is_clean_utf8(bytes)) out = decode_as(bytes, charset);
  if (charset_out) *charset_out = charset;
  return out;
}

bool looks_like_html(std::string_view body, std::string_view content_type) {
  std::string ct = to_lower_ascii(content_type);
  for (const char* bad : {"image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                          "application/gzip", "application/x-gzip", "application/vnd."})
    if (ct.rfind(bad, 0) == 0) return false;
  if (body.empty()) return false;
  static constexpr std::string_view kMagic[] = {
      "%PDF", "\x89PNG", "GIF87a", "GIF89a", "\xFF\xD8\xFF", "PK\x03\x04", "\x1F\x8B", "RIFF", "ID3",
      "OggS", "fLaC", "\x7F" "ELF", "%!PS", "BZh", "\xFD" "7zXZ", "7z\xBC\xAF", "Rar!", std::string_view("\x00\x00\x01\x00", 4),
      "wOFF", "wOF2", "\x28\xB5\x2F\xFD", "MZ", std::string_view("\0asm", 4), "\xD0\xCF\x11\xE0"};
  for (auto m : kMagic)
    if (body.substr(0, m.size()) == m) return false;
  if (body.size() >= 12 && body.substr(4, 4) == "ftyp") return false;
  bool utf16 = body.substr(0, 2) == "\xFF\xFE" || body.substr(0, 2) == "\xFE\xFF";
  if (utf16) return true;
  std::string_view head = body.substr(0, 2048);
  std::size_t controls = 0, nuls = 0;
  for (unsigned char c : head) {
    if (c == 0) ++nuls;
    else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++controls;
  }
  // A page that opens with markup survives a stray NUL (the decoder drops it); binary
  // data that happens to start with '<' is NUL-dense. Without markup, a NUL is binary.
  std::size_t lead = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  bool markup = lead != std::string_view::npos && head[lead] == '<';
  if (nuls && (!markup || nuls * 50 > head.size())) return false;
  // An API answer (JSON, or JSON served as text) is data, not a page, unless it is
  // markup after all (a mislabelled page).
  if (!markup && lead != std::string_view::npos) {
    bool json_type = ct.rfind("application/json", 0) == 0 || ct.find("+json") != std::string::npos;
    std::size_t last = body.find_last_not_of(" \t\r\n");
    bool object = head[lead] == '{' && last != std::string_view::npos && body[last] == '}';
    if (object || (json_type && (head[lead] == '{' || head[lead] == '['))) return false;
  }
  return (controls + nuls) * 20 < head.size();
}

}  // namespace newsarchive

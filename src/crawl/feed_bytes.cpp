#include "crawl/feed_bytes.hpp"

#include <iconv.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/text.hpp"

namespace newsarchive {
namespace {

// ---- gzip -------------------------------------------------------------------------

struct InflateEnd {
  void operator()(z_stream* s) const noexcept { inflateEnd(s); }
};

// ---- encodings --------------------------------------------------------------------

struct IconvClose {
  void operator()(void* cd) const noexcept { iconv_close(static_cast<iconv_t>(cd)); }
};
using IconvHandle = std::unique_ptr<void, IconvClose>;

// windows-1252 bytes 0x80..0x9F; 0 marks the five unassigned bytes (kept as U+FFFD).
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string from_cp1252(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x80)
      out.push_back(ch);
    else if (c < 0xA0)
      append_utf8(out, kCp1252High[c - 0x80] ? kCp1252High[c - 0x80] : 0xFFFD);
    else
      append_utf8(out, c);
  }
  return out;
}

// The encoding named in an XML declaration at the start of `s`, lower case; "" if none.
std::string declared_encoding(std::string_view s) {
  if (s.substr(0, 5) != "<?xml") return "";
  std::string_view decl = s.substr(0, s.find("?>"));
  std::size_t at = decl.find("encoding");
  if (at == std::string_view::npos) return "";
  std::size_t q = decl.find_first_of("\"'", at);
  if (q == std::string_view::npos) return "";
  std::size_t e = decl.find(decl[q], q + 1);
  if (e == std::string_view::npos) return "";
  return to_lower_ascii(trim(decl.substr(q + 1, e - q - 1)));
}

std::optional<std::string> iconv_to_utf8(std::string_view s, const std::string& from) {
  iconv_t raw = iconv_open("UTF-8", from.c_str());
  if (raw == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  IconvHandle cd(raw);
  std::string out(s.size() * 2 + 16, '\0');
  std::string in(s);
  char* inp = in.data();
  std::size_t inleft = in.size();
  std::size_t done = 0;
  while (inleft > 0) {
    char* outp = out.data() + done;
    std::size_t outleft = out.size() - done;
    std::size_t r = iconv(raw, &inp, &inleft, &outp, &outleft);
    done = out.size() - outleft;
    if (r != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
    } else if (errno == EILSEQ || errno == EINVAL) {
      return std::nullopt;  // not really in that encoding: let the caller fall back
    } else {
      return std::nullopt;
    }
  }
  out.resize(done);
  return out;
}

// True when `s` holds at least one well-formed multi-byte UTF-8 sequence.
bool has_utf8_sequence(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t start = i;
    char32_t cp = next_codepoint(s, i);
    if (cp != 0xFFFD || s.substr(start, 3) == "\xEF\xBF\xBD") return true;
  }
  return false;
}

std::string to_utf8(std::string_view s) {
  if (is_valid_utf8(s)) return std::string(s);
  std::string enc = declared_encoding(s);
  if (!enc.empty() && enc != "utf-8" && enc != "utf8") {
    if (auto converted = iconv_to_utf8(s, enc)) return *converted;
    return from_cp1252(s);
  }
  // Declared UTF-8 (or nothing) but not UTF-8: mostly-UTF-8 text with a few bad bytes
  // is repaired, text with no UTF-8 at all is taken as the usual windows-1252.
  return has_utf8_sequence(s) ? sanitize_utf8(s) : from_cp1252(s);
}

// ---- entities ---------------------------------------------------------------------

// Latin-1 names for U+00A0..U+00FF, in order.
constexpr std::array<const char*, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedEntity {
  const char* name;
  char32_t cp;
};
// The rest of what feeds use in practice: typography, currency, arrows, a few Greek.
constexpr NamedEntity kOtherEntities[] = {
    {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},
    {"Yuml", 0x178},    {"fnof", 0x192},    {"circ", 0x2C6},    {"tilde", 0x2DC},
    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"zwnj", 0x200C},
    {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},    {"ndash", 0x2013},
    {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"dagger", 0x2020},
    {"Dagger", 0x2021}, {"bull", 0x2022},   {"hellip", 0x2026}, {"permil", 0x2030},
    {"prime", 0x2032},  {"Prime", 0x2033},  {"lsaquo", 0x2039}, {"rsaquo", 0x203A},
    {"oline", 0x203E},  {"euro", 0x20AC},   {"trade", 0x2122},  {"larr", 0x2190},
    {"uarr", 0x2191},   {"rarr", 0x2192},   {"darr", 0x2193},   {"harr", 0x2194},
    {"minus", 0x2212},  {"le", 0x2264},     {"ge", 0x2265},     {"ne", 0x2260},
    {"infin", 0x221E},  {"asymp", 0x2248},  {"alpha", 0x3B1},   {"beta", 0x3B2},
    {"gamma", 0x3B3},   {"delta", 0x3B4},   {"pi", 0x3C0},      {"mu", 0x3BC},
    {"Omega", 0x3A9},   {"hyphen", 0x2010}, {"nbhy", 0x2011},   {"apos", 0x27},
    {"quot", 0x22},     {"amp", 0x26},      {"lt", 0x3C},       {"gt", 0x3E}};

const std::unordered_map<std::string_view, char32_t>& entity_table() {
  static const std::unordered_map<std::string_view, char32_t> table = [] {
    std::unordered_map<std::string_view, char32_t> t;
    for (std::size_t i = 0; i < kLatin1Names.size(); ++i)
      t.emplace(kLatin1Names[i], static_cast<char32_t>(0xA0 + i));
    for (const NamedEntity& e : kOtherEntities) t.emplace(e.name, e.cp);
    return t;
  }();
  return table;
}

bool is_xml_entity(std::string_view name) {
  return name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos";
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Length of a character reference starting at s[i] == '&' ("&#38;", "&#x26;",
// "&name;"), with the name or number in `body`; 0 when none starts there.
std::size_t reference_at(std::string_view s, std::size_t i, std::string_view& body) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    std::size_t start = j;
    while (j < s.size() && j - start < 8 && (hex ? is_hex(s[j]) : is_digit(s[j]))) ++j;
    if (j == start || j >= s.size() || s[j] != ';') return 0;
    body = s.substr(i + 1, j - i - 1);
    return j - i + 1;
  }
  std::size_t start = j;
  while (j < s.size() && j - start < 32 && (is_alpha(s[j]) || (j > start && is_digit(s[j])))) ++j;
  if (j == start || j >= s.size() || s[j] != ';') return 0;
  body = s.substr(start, j - start);
  return j - i + 1;
}

}  // namespace

bool is_gzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Gunzipped gunzip(std::string_view bytes, std::size_t max_bytes) {
  Gunzipped out;
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return out;
  std::unique_ptr<z_stream, InflateEnd> guard(&zs);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(bytes.size(), UINT32_MAX));
  char buf[64 * 1024];
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    int rc = inflate(&zs, Z_NO_FLUSH);
    std::size_t got = sizeof buf - zs.avail_out;
    if (out.data.size() + got > max_bytes) {
      out.data.append(buf, max_bytes - out.data.size());
      return out;
    }
    out.data.append(buf, got);
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow (concatenated files).
      if (zs.avail_in == 0 || !is_gzip(std::string_view(reinterpret_cast<const char*>(zs.next_in), zs.avail_in))) {
        out.complete = true;
        return out;
      }
      if (inflateReset(&zs) != Z_OK) return out;
      continue;
    }
    if (rc != Z_OK) return out;            // corrupt data (Z_DATA_ERROR, ...)
    if (got == 0 && zs.avail_in == 0) return out;  // truncated: input ended mid-stream
  }
}

std::string repair_feed_xml(std::string_view bytes) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return std::string(bytes);
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t first = bytes.find('<');
  bytes.remove_prefix(first == std::string_view::npos ? bytes.size() : first);
  // Server-side warnings printed before the feed ("<br /><b>Warning</b>: ...<?xml"):
  // start at a declaration found near the top.
  if (std::size_t decl = bytes.substr(0, 64 * 1024).find("<?xml"); decl != std::string_view::npos)
    bytes.remove_prefix(decl);

  std::string text = to_utf8(bytes);
  std::string out;
  out.reserve(text.size() + 64);
  std::string_view s = text;
  const auto& table = entity_table();
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '<' && s.compare(i, 9, "<![CDATA[") == 0) {
      std::size_t end = s.find("]]>", i + 9);
      end = end == std::string_view::npos ? s.size() : end + 3;
      out.append(s.substr(i, end - i));
      i = end;
    } else if (c == '<' && s.compare(i, 4, "<!--") == 0) {
      std::size_t end = s.find("-->", i + 4);
      end = end == std::string_view::npos ? s.size() : end + 3;
      out.append(s.substr(i, end - i));
      i = end;
    } else if (c == '&') {
      std::string_view body;
      std::size_t len = reference_at(s, i, body);
      if (len == 0) {
        out.append("&amp;");
        i += 1;
        continue;
      }
      if (body.front() == '#' || is_xml_entity(body)) {
        out.append(s.substr(i, len));
      } else if (auto it = table.find(body); it != table.end()) {
        out.append("&#").append(std::to_string(static_cast<unsigned long>(it->second))).append(";");
      } else {
        out.append("&amp;").append(s.substr(i + 1, len - 1));
      }
      i += len;
    } else {
      out.push_back(c);
      ++i;
    }
  }
  return out;
}

std::string decode_html_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  const auto& table = entity_table();
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::string_view body;
    std::size_t len = s[i] == '&' ? reference_at(s, i, body) : 0;
    if (len == 0) {
      out.push_back(s[i++]);
      continue;
    }
    char32_t cp = 0;
    if (body.front() == '#') {
      bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
      cp = static_cast<char32_t>(std::strtoul(std::string(body.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10));
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    } else if (auto it = table.find(body); it != table.end()) {
      cp = it->second;
    } else {
      out.append(s.substr(i, len));
      i += len;
      continue;
    }
    append_utf8(out, cp);
    i += len;
  }
  return out;
}

}  // namespace newsarchive

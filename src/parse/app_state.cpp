// Finds a story's HTML in the JSON state a JavaScript page carries in its scripts.
#include "parse/app_state.hpp"

#include "core/text.hpp"

namespace newsarchive::parse {
namespace {

constexpr int kMaxDepth = 3;        // a string holding JSON holding the HTML string, ...
constexpr std::size_t kMinLiteral = 400;

bool has_paragraph_markup(std::string_view s) {
  return icontains(s, "<p>") || icontains(s, "<p ") || icontains(s, "<br");
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads four hex digits at s[i]; -1 when they are not there.
long hex4(std::string_view s, std::size_t i) {
  if (i + 4 > s.size()) return -1;
  long v = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    int h = hex_value(s[i + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// Decodes the string literal whose opening quote is at s[at]; `end` is set past the closing
// quote (or to s.size() for an unterminated literal).
std::string decode_literal(std::string_view s, std::size_t at, std::size_t& end) {
  std::string out;
  std::size_t i = at + 1;
  while (i < s.size() && s[i] != '"') {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out.push_back(s[i++]);
      continue;
    }
    char e = s[i + 1];
    i += 2;
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'b': case 'f': out.push_back(' '); break;
      case 'u': {
        long cp = hex4(s, i);
        if (cp < 0) break;
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
          long lo = hex4(s, i + 2);
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // a lone surrogate
        append_utf8(out, static_cast<char32_t>(cp));
        break;
      }
      default: out.push_back(e);  // \" \\ \/ and JavaScript's \' pass through
    }
  }
  end = i < s.size() ? i + 1 : s.size();
  return out;
}

// Words of text outside tags: how much a candidate would give the reader.
std::size_t text_words(std::string_view html) {
  std::size_t n = 0;
  bool in_tag = false, in_word = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    if (in_tag) {
      if (c == '>') in_tag = false;
      in_word = false;
      continue;
    }
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

struct Best {
  std::string html;
  std::size_t words = 0;
};

void scan(std::string_view s, int depth, Best& best) {
  for (std::size_t i = s.find('"'); i != std::string_view::npos && i < s.size(); i = s.find('"', i)) {
    std::size_t end = 0;
    std::string lit = decode_literal(s, i, end);
    i = end;
    if (lit.size() < kMinLiteral) continue;
    // A literal holding JSON (escaped quotes inside) is opened again; one holding markup
    // and no JSON keys is a candidate.
    bool json = lit.find("\":") != std::string::npos || lit.find("\",\"") != std::string::npos;
    if (json) {
      if (depth < kMaxDepth) scan(lit, depth + 1, best);
      continue;
    }
    if (!has_paragraph_markup(lit)) continue;
    std::size_t words = text_words(lit);
    if (words > best.words) best = Best{std::move(lit), words};
  }
}

}  // namespace

bool looks_like_app_state(std::string_view script) {
  if (script.size() < kMinLiteral) return false;
  // Every script of every page passes here: plain finds (memchr speed), no case folding.
  auto paragraph_tag_at = [&](std::size_t at) {
    // "<p>", "<p class", "\u003cp\u003e" (and escaped again: "\\u003cp\\u003e"), "<br"
    std::string_view t = script.substr(at, 2);
    return t == "br" || (t.size() == 2 && t[0] == 'p' && (t[1] == '>' || t[1] == ' ' || t[1] == '\\'));
  };
  for (std::size_t i = script.find("\\u003"); i != std::string_view::npos; i = script.find("\\u003", i + 5))
    if (i + 6 < script.size() && (script[i + 5] == 'c' || script[i + 5] == 'C') && paragraph_tag_at(i + 6)) return true;
  for (std::size_t i = script.find('<'); i != std::string_view::npos; i = script.find('<', i + 1))
    if (paragraph_tag_at(i + 1)) return true;
  return false;
}

std::string article_html_from_app_state(const std::vector<std::string>& scripts, std::size_t min_words) {
  Best best;
  for (const auto& s : scripts) scan(s, 0, best);
  return best.words >= min_words ? std::move(best.html) : std::string();
}

}  // namespace newsarchive::parse

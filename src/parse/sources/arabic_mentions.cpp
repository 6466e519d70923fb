// Text evidence in Arabic script: no capitals mark a name, and prepositions and "and" are
// written onto the next word ("لرويترز", "to Reuters"), so the word matcher of candidates.cpp
// never sees one. The directory's names in this script are searched for as written, as a
// word of their own after those prefixes, and counted with a cue in their clause.
#include <algorithm>
#include <array>

#include "core/text.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {
namespace {

bool arabic_letter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x06FA && c <= 0x06FF);
}

// The code point that ends right before byte `at`, and where it starts.
char32_t code_point_before(std::string_view s, std::size_t at, std::size_t& start) {
  start = at;
  if (at == 0) return 0;
  do --start;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80);
  std::size_t i = start;
  return next_codepoint(s, i);
}

// The letters written onto a name, when all of them are prefixes: "و" (and), "ف" (so), "ب"
// (by), "ك" (like), "ل" (to, for), and the tatweel of "لـ". Returns false when the name is
// inside a longer word; `to` says the last prefix is "ل": the name is spoken or written to.
bool prefixed_word(std::string_view text, std::size_t at, bool& to) {
  to = false;
  std::size_t pos = at;
  for (int prefixes = 0;; ++prefixes) {
    std::size_t start;
    char32_t c = code_point_before(text, pos, start);
    if (c == 0x0640) {  // tatweel: "لـ"
      pos = start;
      continue;
    }
    if (!arabic_letter(c)) return true;
    if (prefixes >= 2 || !(c == U'\u0648' || c == U'\u0641' || c == U'\u0628' || c == U'\u0643' || c == U'\u0644'))
      return false;
    if (prefixes == 0) to = c == U'\u0644';
    pos = start;
  }
}

// The clause around [b, e): back to the previous and on to the next sentence or clause mark.
std::pair<std::size_t, std::size_t> clause_of(std::string_view text, std::size_t b, std::size_t e) {
  static constexpr std::array<std::string_view, 7> kMarks{".", "،", "؛", "؟", "!", ":", "\n"};
  return clause_around(text, b, e, kMarks);
}

// A cue among the last few words before the name: "وفقاً لـ" (according to), "بحسب" (as per),
// "نقلت ... عن" (quoted), "ذكرت" (reported), "في مقابلة مع" (in an interview with), ...
bool cue_before(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "وفقا", "وفقاً", "طبقا", "طبقاً", "بحسب", "حسب", "نقلا", "نقلاً", "نقلت", "نقل", "ذكرت", "ذكر", "أفادت", "أفاد",
      "أوردت", "أورد", "كشفت", "كشف", "قالت", "قال", "أكدت", "أوضحت", "تقرير", "مقابلة", "حديث", "تصريحات",
      "تصريح", "أشارت", "نشرت", "بثت"};
  std::vector<std::string_view> words;
  for (std::string_view w : split(before, ' '))
    if (!trim(w).empty()) words.push_back(trim(w));
  for (std::size_t k = 0; k < words.size() && k < 5; ++k) {
    std::string_view w = words[words.size() - 1 - k];
    for (std::string_view and_so : {"و", "ف"})
      if (w.size() > and_so.size() + 4 && w.starts_with(and_so) &&
          std::find(std::begin(kCues), std::end(kCues), w.substr(and_so.size())) != std::end(kCues))
        return true;
    if (std::find(std::begin(kCues), std::end(kCues), w) != std::end(kCues)) return true;
  }
  return false;
}

}  // namespace

std::vector<Mention> find_arabic_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                          const Resolver& resolver) {
  std::vector<Mention> out;
  if (!resolver.directory) return out;
  for (std::size_t bi = 0; bi < body.size(); ++bi) {
    const std::string_view text = body[bi].text;
    if (!holds_arabic(text)) continue;
    struct Hit {
      std::size_t at, end;
      const Outlet* outlet;
      bool to;
    };
    std::vector<Hit> hits;  // a longer name owns its bytes
    for (const auto& [name, outlet] : resolver.directory->unspaced_names()) {
      if (!holds_arabic(name)) continue;
      for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        std::size_t end = at + name.size(), next_start = end;
        bool to = false;
        if (end < text.size() && arabic_letter(next_codepoint(text, next_start))) continue;  // inside a word
        if (!prefixed_word(text, at, to)) continue;
        if (std::none_of(hits.begin(), hits.end(), [&](const Hit& h) { return at < h.end && end > h.at; }))
          hits.push_back({at, end, outlet, to});
      }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
    for (const Hit& h : hits) {
      if (resolver.is_self(h.outlet)) continue;
      auto [from, to] = clause_of(text, h.at, h.end);
      std::string_view before = trim(text.substr(from, h.at - from));
      // "(رويترز)", "(أ ف ب)": the wire's credit.
      bool credit = before.ends_with("(") && trim(text.substr(h.end)).starts_with(")");
      if (!credit && !h.to && !cue_before(before)) continue;
      Mention m;
      m.outlet = h.outlet;
      m.credit = credit;
      m.evidence = clip_words(text.substr(from, to - from), 40);
      m.order = orders[bi];
      m.block = bi;
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace newsarchive::parse::detail

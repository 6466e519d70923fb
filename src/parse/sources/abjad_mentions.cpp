// Text evidence in the Arabic and Hebrew scripts: no capitals mark a name, and prepositions,
// "and" and (in Hebrew) "the" are written onto the next word ("لرويترز", "to Reuters";
// ב"גלובס", "in Globes"), so the word matcher of candidates.cpp never sees one. The
// directory's names in these scripts are searched for as written, as a word of their own
// after those prefixes, and counted with a cue in their clause.
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {
namespace {

bool arabic_letter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x06FA && c <= 0x06FF);
}
bool hebrew_letter(char32_t c) { return c >= 0x05D0 && c <= 0x05F2; }

// What differs between the two scripts: their letters, the one-letter prefixes a name may
// carry (the last of which may say "to": ل, ל), and the cue words around a name.
struct Script {
  bool (*letter)(char32_t);
  bool (*holds)(std::string_view);
  std::u32string prefixes;
  char32_t to;
  std::span<const std::string_view> cues_before;
  std::span<const std::string_view> cues_after;
};

// The letters written onto a name, when all of them are prefixes: Arabic "و" (and), "ف"
// (so), "ب" (by), "ك" (like), "ل" (to, for) and the tatweel of "لـ"; Hebrew "ו", "ה", "ב",
// "כ", "ל", "מ", "ש", a quote or maqaf between them and the name (ב"גלובס", ב-ynet, לـCNN,
// لـ«الشروق»). Returns
// false when the name is inside a longer word; `to` says the last prefix says "to".
bool prefixed_word(std::string_view text, std::size_t at, const Script& script, bool& to) {
  to = false;
  std::size_t pos = at;
  for (int prefixes = 0;; ++prefixes) {
    std::size_t start;
    char32_t c = codepoint_before(text, pos, start);
    if (c == 0x0640 || ((c == U'"' || c == 0x00AB || c == 0x201C || c == 0x05F4 || c == 0x05BE || c == U'-') &&
                        prefixes == 0 && pos == at)) {
      pos = start;  // tatweel "لـ", a quote or maqaf before the name ("لـ«الشروق»", ב"גלובס")
      --prefixes;
      continue;
    }
    if (!script.letter(c)) return true;
    if (prefixes >= 2 || script.prefixes.find(c) == std::u32string::npos) return false;
    if (prefixes == 0) to = c == script.to;
    pos = start;
  }
}

// The clause around [b, e): back to the previous and on to the next sentence or clause mark.
std::pair<std::size_t, std::size_t> clause_of(std::string_view text, std::size_t b, std::size_t e) {
  static constexpr std::array<std::string_view, 8> kMarks{".", "،", "؛", "؟", "!", ":", "\n", ","};
  return clause_around(text, b, e, kMarks);
}

constexpr std::string_view kArabicCues[] = {
    "وفقا", "وفقاً", "طبقا", "طبقاً", "بحسب", "حسب", "نقلا", "نقلاً", "نقلت", "نقل", "ذكرت", "ذكر", "أفادت", "أفاد",
    "أوردت", "أورد", "كشفت", "كشف", "قالت", "قال", "أكدت", "أوضحت", "تقرير", "مقابلة", "حديث", "تصريحات",
    "تصريح", "أشارت", "نشرت", "بثت",
    // on air: "في مداخلة هاتفية مع قناة" (in a phone-in with the channel)
    "مداخلة", "هاتفية",
    // Persian: "به گزارش خبرگزاری ایسنا" (as reported by), "به نوشته" (as written by), "به نقل از"
    // (quoting), "در گفتگو با" (in conversation with), "مصاحبه" (interview), "گفت" (said)
    "گزارش", "نوشته", "نقل", "گفتگو", "گفت‌وگو", "مصاحبه", "گفت", "نوشت", "اعلام", "افزود"};
// Hebrew: "לפי", "על פי" (according to), "דיווח" (report), "כפי שדווח" (as was reported),
// "פורסם" (was published), "בראיון" (in an interview), "אמר" (said), "מסר" (reported), "חשף"
// (revealed), "כתב" (wrote).
constexpr std::string_view kHebrewCues[] = {
    "לפי", "דיווח", "דיווחה", "דיווחו", "פורסם", "שפורסם", "פרסם", "פרסמה", "בראיון", "ראיון", "אמר", "אמרה", "מסר",
    "מסרה", "חשף", "חשפה", "כך", "מדווח", "מדווחת", "ציטט", "ציטטה", "דווח", "שדווח", "כפי", "פי", "שפרסם",
    "שפרסמה", "מדווחים", "נמסר", "הודיע", "הודיעה", "כתב", "כתבה", "מצטט", "מצטטת"};

// A cue among the last few words before the name: "وفقاً لـ" (according to), "بحسب" (as per),
// "نقلت ... عن" (quoted), "ذكرت" (reported), "في مقابلة مع" (in an interview with), "לפי
// דיווח ב", "כפי שפורסם ב"; or, in Hebrew, a reporting verb right after it (העיתון "ישראל
// היום" דיווח).
bool cue_near(std::string_view before, std::string_view after, const Script& script) {
  auto words_of = [](std::string_view t) {
    std::vector<std::string_view> words;
    for (std::string_view w : split(t, ' '))
      if (w = trim(w); !w.empty()) words.push_back(w);
    return words;
  };
  auto is_cue = [&](std::string_view w, std::span<const std::string_view> cues) {
    while (!w.empty() && (w.back() == '"' || w.back() == ',')) w.remove_suffix(1);
    for (std::string_view and_so : {"و", "ف", "ו"})
      if (w.size() > and_so.size() + 4 && w.starts_with(and_so) &&
          std::find(cues.begin(), cues.end(), w.substr(and_so.size())) != cues.end())
        return true;
    return std::find(cues.begin(), cues.end(), w) != cues.end();
  };
  std::vector<std::string_view> words = words_of(before);
  for (std::size_t k = 0; k < words.size() && k < 5; ++k)
    if (is_cue(words[words.size() - 1 - k], script.cues_before)) return true;
  std::vector<std::string_view> next = words_of(after);
  for (std::size_t k = 0; k < next.size() && k < 2; ++k)
    if (is_cue(next[k], script.cues_after)) return true;
  return false;
}

// Latin-script names inside the block ("לפי דיווח ב-CNN", "لـCNN", "סוכנות הידיעות AP"): at
// each Latin word, the longest run of up to four Latin words the directory knows. A name
// spelled in lower case must be one the directory spells so ("ynet"), so that an ordinary
// word is never an outlet.
template <typename Add>
void find_latin_names(std::string_view text, const OutletDirectory& dir, const Resolver& resolver, Add add) {
  auto latin = [](char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos, after = pos;
    char32_t c = next_codepoint(text, after);
    std::size_t before_start = 0;
    bool word_start = latin(c) && (start == 0 || !latin(codepoint_before(text, start, before_start)));
    if (!word_start) {
      pos = after;
      continue;
    }
    // Word ends (letters, digits, an inner '.', '&' or '-'), up to four words apart by a space.
    std::vector<std::size_t> ends;
    std::size_t k = start;
    while (ends.size() < 4) {
      while (k < text.size() && (latin(static_cast<unsigned char>(text[k])) ||
                                 ((text[k] == '.' || text[k] == '&' || text[k] == '-') && k + 1 < text.size() &&
                                  latin(static_cast<unsigned char>(text[k + 1])))))
        ++k;
      ends.push_back(k);
      if (k + 1 >= text.size() || text[k] != ' ' || !latin(static_cast<unsigned char>(text[k + 1]))) break;
      ++k;
    }
    bool matched = false;
    for (std::size_t n = ends.size(); n-- > 0 && !matched;) {
      std::string_view span = text.substr(start, ends[n] - start);
      std::vector<const Outlet*> found = dir.by_key(normalize_outlet_name(span));
      if (found.empty()) continue;
      bool spelled = span[0] >= 'A' && span[0] <= 'Z';
      for (const Outlet* o : found) {
        spelled = spelled || o->name == span;
        for (const std::string& a : o->aliases) spelled = spelled || a == span;
      }
      if (!spelled) continue;
      if (const Outlet* o = resolver.choose(found, span, "")) {
        add(start, ends[n], o);
        matched = true;
        pos = ends[n];
      }
    }
    if (!matched) pos = ends.front();
  }
}

// What an outlet is, as Arabic names open with it ("صحيفة الشروق", the Shorouk newspaper).
constexpr std::string_view kKinds[] = {"صحيفة ", "جريدة ", "بوابة ", "موقع ", "قناة ", "وكالة ", "شبكة ", "مجلة ",
                                       "إذاعة "};

// Such a name is also written bare inside quotes: "في تصريحات لـ«الشروق»", "موقع «الوطن»".
// Bare and unquoted it is an ordinary word (الشروق, the sunrise).
std::map<std::string, std::vector<const Outlet*>> quoted_short_names(const OutletDirectory& dir) {
  std::map<std::string, std::vector<const Outlet*>> out;  // namesakes ("الوطن") resolved by country
  for (const auto& [name, outlet] : dir.unspaced_names())
    for (std::string_view kind : kKinds)
      if (name.size() > kind.size() + 4 && std::string_view(name).starts_with(kind)) {
        std::vector<const Outlet*>& v = out[name.substr(kind.size())];
        if (std::find(v.begin(), v.end(), outlet) == v.end()) v.push_back(outlet);
      }
  return out;
}

// Where `name` at [at, end) stands between quotes that say it is an outlet's: what it is
// right before them ("موقع «الوطن»"), or "to" written onto them ("لـ«الشروق»"); not a
// party's or a town's name ("حزب «الوطن»", "مدينة «الشروق»").
bool quoted_as_outlet(std::string_view text, std::size_t at, std::size_t end) {
  static constexpr std::string_view kOpen[] = {"\xC2\xAB", "\"", "\xE2\x80\x9C"};   // « " “
  static constexpr std::string_view kClose[] = {"\xC2\xBB", "\"", "\xE2\x80\x9D"};  // » " ”
  for (std::size_t q = 0; q < 3; ++q) {
    std::string_view before = text.substr(0, at);
    if (!before.ends_with(kOpen[q]) || !text.substr(end).starts_with(kClose[q])) continue;
    before.remove_suffix(kOpen[q].size());
    if (before.ends_with("\xD9\x84\xD9\x80") || before.ends_with("\xD9\x84")) return true;  // لـ ل
    before = trim(before);
    for (std::string_view kind : kKinds)
      if (std::string_view word = kind.substr(0, kind.size() - 1); before.ends_with(word)) return true;
    return false;
  }
  return false;
}

const Script kArabic{arabic_letter, holds_arabic, U"\u0648\u0641\u0628\u0643\u0644", U'\u0644', kArabicCues, {}};
const Script kHebrew{hebrew_letter, holds_hebrew, U"\u05D5\u05D4\u05D1\u05DB\u05DC\u05DE\u05E9", U'\u05DC', kHebrewCues,
                     kHebrewCues};

}  // namespace

std::vector<Mention> find_abjad_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                          const Resolver& resolver) {
  std::vector<Mention> out;
  if (!resolver.directory) return out;
  std::optional<std::map<std::string, std::vector<const Outlet*>>> short_names;  // on the first Arabic block
  for (std::size_t bi = 0; bi < body.size(); ++bi)
   for (const Script* script : {&kArabic, &kHebrew}) {
    const std::string_view text = body[bi].text;
    if (!script->holds(text)) continue;
    struct Hit {
      std::size_t at, end;
      const Outlet* outlet;
      bool to;
    };
    std::vector<Hit> hits;  // a longer name owns its bytes
    auto add = [&](std::size_t at, std::size_t end, const Outlet* outlet) {
      bool to = false;
      if (!prefixed_word(text, at, *script, to)) return;
      if (std::none_of(hits.begin(), hits.end(), [&](const Hit& h) { return at < h.end && end > h.at; }))
        hits.push_back({at, end, outlet, to});
    };
    for (const auto& [name, outlet] : resolver.directory->unspaced_names()) {
      if (!script->holds(name)) continue;
      for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        std::size_t next_start = at + name.size();
        if (next_start < text.size() && script->letter(next_codepoint(text, next_start))) continue;  // inside a word
        add(at, at + name.size(), outlet);
      }
    }
    if (script == &kArabic) {
      if (!short_names) short_names = quoted_short_names(*resolver.directory);
      // A bare short name is a home paper's: a foreign one is named in full ("صحيفة الوطن
      // السعودية").
      for (const auto& [name, outlets] : *short_names)
        for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1))
          if (quoted_as_outlet(text, at, at + name.size()))
            for (const Outlet* o : outlets)
              if (!resolver.page_country.empty() && o->country == resolver.page_country) {
                add(at, at + name.size(), o);
                break;
              }
    }
    find_latin_names(text, *resolver.directory, resolver, add);
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
    for (const Hit& h : hits) {
      if (resolver.is_self(h.outlet)) continue;
      auto [from, to] = clause_of(text, h.at, h.end);
      std::string_view before = trim(text.substr(from, h.at - from));
      // "(رويترز)", "(أ ف ب)": the wire's credit.
      // Not the initials after the agency's full name: "وكالة الأنباء السعودية (واس)" is one mention.
      bool credit = before.ends_with("(") && trim(text.substr(h.end)).starts_with(")") &&
                    std::none_of(hits.begin(), hits.end(), [&](const Hit& o) {
                      return o.outlet == h.outlet && o.end <= h.at && h.at - o.end <= 3;
                    });
      // "دبي - وام:" (Dubai - WAM:): the wire's dateline opening the paragraph.
      if (std::string_view lead = trim(text.substr(0, h.at)), rest = trim(text.substr(h.end));
          !credit && lead.size() <= 60 && (lead.ends_with("-") || lead.ends_with("\xE2\x80\x93")) &&
          std::count(lead.begin(), lead.end(), ' ') <= 3 && (rest.starts_with(":") || rest.starts_with("-")))
        credit = true;
      std::string_view after = text.substr(h.end, to - h.end);
      if (!credit && !h.to && !cue_near(before, after, *script)) continue;
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

// Text evidence in Chinese, Japanese and Korean: these scripts run words together, so the
// word matcher of candidates.cpp never sees "新华社" in "据新华社报道". The directory's
// names in these scripts are searched for as written, and counted with a cue around them.
#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {
namespace {

bool cjk_codepoint(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||  // kana
         (cp >= 0x3400 && cp <= 0x9FFF) ||  // Han
         (cp >= 0xAC00 && cp <= 0xD7AF);    // Hangul
}

bool holds_cjk(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0xE3) {
      ++i;
      continue;
    }
    if (cjk_codepoint(next_codepoint(s, i))) return true;
  }
  return false;
}

struct CjkName {
  std::string text;
  const Outlet* outlet;
  bool acronym;  // "NHK", "CNN": written in Latin capitals inside the text ("NHKによると")
};

bool is_acronym(std::string_view n) {
  return n.size() >= 2 && n.size() <= 6 &&
         std::all_of(n.begin(), n.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }) &&
         n[0] >= 'A';
}

bool ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The directory's names written in these scripts, and its acronyms, longest first
// ("共同通信社" before "共同通信"). Two-character names that are also common words ("共同"
// joint, "時事" current affairs) are left out.
std::vector<CjkName> cjk_names(const OutletDirectory& dir) {
  std::vector<CjkName> out;
  for (const Outlet& o : dir.outlets()) {
    auto add = [&](const std::string& n) {
      if (holds_cjk(n) && n != "共同" && n != "時事") out.push_back({n, &o, false});
      if (is_acronym(n)) out.push_back({n, &o, true});
    };
    add(o.name);
    for (const std::string& a : o.aliases) add(a);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const CjkName& a, const CjkName& b) { return a.text.size() > b.text.size(); });
  return out;
}

// At most `n` bytes of `s`, cut at a character boundary: a clause without marks can run long.
std::string_view clip_bytes(std::string_view s, std::size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> list) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return s.ends_with(w); });
}
bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> list) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return s.starts_with(w); });
}

// The clause around [b, e): back to the previous and on to the next sentence or clause mark.
std::pair<std::size_t, std::size_t> clause_of(std::string_view text, std::size_t b, std::size_t e) {
  static constexpr std::array<std::string_view, 8> kMarks{"。", "！", "？", "；", "，", "! ", "? ", ". "};
  std::size_t from = 0, to = text.size();
  for (std::string_view m : kMarks) {
    if (std::size_t p = text.rfind(m, b); p != std::string_view::npos && p + m.size() <= b)
      from = std::max(from, p + m.size());
    if (std::size_t p = text.find(m, e); p != std::string_view::npos) to = std::min(to, p);
  }
  return {from, to};
}

// Whether the name at [b, e) is cited: a cue before it ("据", "根据", "援引"), right after
// it ("报道", "消息", "によると", "에 따르면"), or a reporting verb ending the clause whose
// subject it is ("ロイター通信は…と報じた", "로이터통신은 … 보도했다").
bool cited_at(std::string_view text, std::size_t b, std::size_t e) {
  auto [from, to] = clause_of(text, b, e);
  std::string_view before = trim(text.substr(from, b - from));
  for (std::string_view open : {"《", "「", "『", "\u201C", "【"})
    if (before.ends_with(open)) before.remove_suffix(open.size());
  // "据美国《纽约时报》": a country of two characters may stand between.
  std::string_view near = before.size() > 12 ? before.substr(before.size() - 12) : before;
  for (std::string_view cue : {"据", "據", "根据", "根據", "援引", "引述"})
    if (near.find(cue) != std::string_view::npos) return true;
  std::string_view after = text.substr(e, to - e);
  for (std::string_view close : {"》", "」", "』", "\u201D", "通信社", "通信", "통신", " "})
    if (after.starts_with(close)) after.remove_prefix(close.size());
  // Chinese: "新华社报道", "路透社22日报道", "新华社消息", "美联社称".
  std::string_view head = after.substr(0, std::min<std::size_t>(after.size(), 24));
  for (std::string_view cue : {"报道", "報道", "报导", "報導", "消息", "披露"})
    if (head.find(cue) != std::string_view::npos) return true;
  if (starts_with_any(after, {"称", "稱"})) return true;
  // Japanese and Korean: "によると", "によれば", "の報道", "の取材", "에 따르면", "의 보도".
  if (starts_with_any(after, {"によると", "によれば", "の報道", "の取材", "에 따르면", "의 보도"}))
    return true;
  // The subject of a reporting verb at the clause's end: は/が, 은/는/이/가.
  if (starts_with_any(after, {"は", "が", "은", "는", "이", "가"})) {
    std::size_t end = text.find("。", e);
    std::string_view rest = text.substr(e, end == std::string_view::npos ? std::string_view::npos : end - e);
    for (std::string_view verb : {"報じた", "伝えた", "報じて", "報道した", "보도했", "전했"})
      if (rest.find(verb) != std::string_view::npos) return true;
  }
  return false;
}

// A wire dateline or a closing credit: "新华社北京11月22日电", "（共同）", "【ロイター】".
bool credit_at(std::string_view text, std::size_t b, std::size_t e) {
  std::string_view before = text.substr(0, b), after = text.substr(e);
  if (ends_with_any(before, {"（", "(", "【", "［", "["}) &&
      starts_with_any(after, {"）", ")", "】", "］", "]"}))
    return true;
  if (b > 0 && !trim(before).empty()) return false;
  std::string_view head = after.substr(0, std::min<std::size_t>(after.size(), 45));
  return head.find("日电") != std::string_view::npos || head.find("日電") != std::string_view::npos;
}

}  // namespace

std::vector<Mention> find_cjk_mentions(const std::vector<Block>& body, const Resolver& resolver) {
  std::vector<Mention> out;
  if (!resolver.directory) return out;
  std::vector<CjkName> names;
  std::size_t order = 0;
  for (std::size_t bi = 0; bi < body.size(); ++bi) {
    const std::string_view text = body[bi].text;
    order += 1 + count_sentences(text);
    if (!holds_cjk(text)) continue;
    if (names.empty()) names = cjk_names(*resolver.directory);
    std::vector<std::pair<std::size_t, std::size_t>> taken;  // a longer name owns its bytes
    for (const CjkName& n : names) {
      for (std::size_t at = text.find(n.text); at != std::string_view::npos; at = text.find(n.text, at + 1)) {
        const std::size_t end = at + n.text.size();
        if (n.acronym && ((at > 0 && ascii_alnum(text[at - 1])) || (end < text.size() && ascii_alnum(text[end]))))
          continue;
        if (std::any_of(taken.begin(), taken.end(), [&](auto r) { return at < r.second && end > r.first; })) continue;
        taken.emplace_back(at, end);
        if (resolver.is_self(n.outlet)) continue;
        bool credit = credit_at(text, at, end);
        if (!credit && !cited_at(text, at, end)) continue;
        auto [from, to] = clause_of(text, at, end);
        Mention m;
        m.outlet = n.outlet;
        m.credit = credit;
        m.evidence = clip_words(clip_bytes(text.substr(from, to - from), 240), 40);
        m.order = order;
        m.block = bi;
        out.push_back(std::move(m));
      }
    }
  }
  return out;
}

}  // namespace newsarchive::parse::detail

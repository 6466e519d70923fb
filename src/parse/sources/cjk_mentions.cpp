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

bool is_acronym(std::string_view n) {
  return n.size() >= 2 && n.size() <= 6 &&
         std::all_of(n.begin(), n.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }) &&
         n[0] >= 'A';
}

bool ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

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
  return clause_around(text, b, e, kMarks);
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
  // "接受《天下雜誌》專訪" (gave the magazine an interview), "向《路透》表示" (told Reuters).
  if (ends_with_any(before, {"接受", "向", "对", "對"})) {
    std::string_view tail = text.substr(e, to - e);
    for (std::string_view close : {"》", "」", "』", "的"})
      if (tail.starts_with(close)) tail.remove_prefix(close.size());
    if (starts_with_any(tail, {"专访", "專訪", "采访", "採訪", "訪問", "访问", "表示", "说", "說"})) return true;
  }
  std::string_view after = text.substr(e, to - e);
  for (std::string_view close : {"》", "」", "』", "\u201D", "通信社", "通信", "통신", " "})
    if (after.starts_with(close)) after.remove_prefix(close.size());
  // When, before the cue: "《信報》早前分析指" (earlier analysed), "昨日报道".
  for (std::string_view when : {"早前", "日前", "近日", "昨日", "昨天", "今日", "今天", "稍早"})
    if (after.starts_with(when)) after.remove_prefix(when.size());
  // Chinese: "新华社报道", "路透社22日报道", "新华社消息", "美联社称".
  std::string_view head = after.substr(0, std::min<std::size_t>(after.size(), 24));
  for (std::string_view cue : {"报道", "報道", "报导", "報導", "消息", "披露"})
    if (head.find(cue) != std::string_view::npos) return true;
  // "《鏡週刊》調查發現" (found in its investigation), "《產經新聞》引述消息人士指出" (citing).
  if (starts_with_any(after, {"称", "稱", "调查发现", "調查發現", "引述", "援引", "指出", "分析"})) return true;
  // A programme's title in quotes after the channel: "MBC 라디오 '김종배의 시선집중'에 출연해"
  // (appearing on MBC radio's programme), "SBS 라디오 '정치쇼'에서" (on it).
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"'", "'"}, {"\u2018", "\u2019"},
                             {"\u201C", "\u201D"}, {"<", ">"}, {"\u300A", "\u300B"}})
    if (after.starts_with(open))
      if (std::size_t shut = after.find(close, open.size()); shut != std::string_view::npos && shut <= 60) {
        std::string_view rest = after.substr(shut + close.size());
        if (starts_with_any(rest, {"에 출연", "에서", "에 나와"})) return true;
      }
  // Japanese and Korean: "によると", "によれば", "の報道", "の取材", "에 따르면", "의 보도".
  if (starts_with_any(after, {"によると", "によれば", "の報道", "の取材", "에 따르면", "의 보도", "와의 인터뷰",
                              "과의 인터뷰", "와 인터뷰", "과 인터뷰", "가 보도한", "이 보도한", "에 출연",
                              "와의 통화", "과의 통화", "와 통화", "과 통화",  // "뉴스1과의 통화에서" (on the phone with)
                              "보도에 따르면", "취재 결과", "취재에 따르면"}))  // "X 보도에 따르면": X's report
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
      starts_with_any(after, {"）", ")", "】", "］", "]"})) {
    // Not a name's gloss inside a sentence: "新加坡亞洲新聞台（CNA）報導" spells the
    // outlet out, then cites it. A credit stands apart: at the start, after a full stop.
    std::size_t open = before.size() - (before.back() == '(' || before.back() == '[' ? 1 : 3), start;
    char32_t prev = codepoint_before(text, open, start);
    bool glued = is_han(prev) || is_kana(prev) || is_hangul(prev) || (prev < 0x80 && std::isalnum(static_cast<int>(prev)));
    std::size_t close = after.starts_with(")") || after.starts_with("]") ? 1 : 3;
    std::string_view rest = trim(after.substr(std::min(close, after.size())));
    return !(glued && !rest.empty() && !starts_with_any(rest, {"。", ".", "，", ","}));
  }
  if (b > 0 && !trim(before).empty()) return false;
  std::string_view head = after.substr(0, std::min<std::size_t>(after.size(), 45));
  return head.find("日电") != std::string_view::npos || head.find("日電") != std::string_view::npos;
}

}  // namespace

std::vector<Mention> find_cjk_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                       const Resolver& resolver) {
  std::vector<Mention> out;
  if (!resolver.directory) return out;
  struct Hit {
    std::size_t at, end;
    const Outlet* outlet;
  };
  for (std::size_t bi = 0; bi < body.size(); ++bi) {
    const std::string_view text = body[bi].text;
    const std::size_t order = orders[bi];
    if (!holds_cjk(text)) continue;
    std::vector<Hit> hits;  // a longer name owns its bytes
    auto take = [&](std::size_t at, std::size_t end, const Outlet* o) {
      if (std::none_of(hits.begin(), hits.end(), [&](const Hit& h) { return at < h.end && end > h.at; }))
        hits.push_back({at, end, o});
    };
    // The directory's names in these scripts, longest first; two-character names that are
    // also common words ("共同" joint, "時事" current affairs) are left out.
    for (const auto& [name, outlet] : resolver.directory->unspaced_names()) {
      if (name == "共同" || name == "時事") continue;
      for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1))
        take(at, at + name.size(), outlet);
    }
    // Acronyms written in Latin capitals inside the text ("NHKによると"): each run of ASCII
    // letters and digits, when the directory spells a name or alias exactly so.
    for (std::size_t i = 0; i < text.size();) {
      if (!ascii_alnum(text[i])) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < text.size() && ascii_alnum(text[j])) ++j;
      std::string_view run = text.substr(i, j - i);
      if (is_acronym(run))
        for (const Outlet* o : resolver.directory->by_name(run))
          if (o->name == run || std::find(o->aliases.begin(), o->aliases.end(), run) != o->aliases.end()) {
            take(i, j, o);
            break;
          }
      i = j;
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
    for (const Hit& h : hits) {
      if (resolver.is_self(h.outlet)) continue;
      bool credit = credit_at(text, h.at, h.end);
      if (!credit && !cited_at(text, h.at, h.end)) continue;
      auto [from, to] = clause_of(text, h.at, h.end);
      Mention m;
      m.outlet = h.outlet;
      m.credit = credit;
      m.evidence = clip_words(clip_bytes(text.substr(from, to - from), 240), 40);
      m.order = order;
      m.block = bi;
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace newsarchive::parse::detail

// The names of Chinese, Japanese and Korean bylines: their titles ("기자", "记者"), a
// Taiwanese print byline's frame, names parted by spaces on a Chinese page.
#include "parse/cjk_names.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "parse/fields.hpp"
#include "parse/names.hpp"

namespace newsarchive::parse {
namespace {

// A Japanese newsroom's desk or bureau, by its last character: 経済部, 北京支局, 写真課, 取材班,
// 編集室, 共同通信社 (部 局 課 班 室 社).
bool names_desk(std::string_view part) {
  for (std::string_view end : {"\xE9\x83\xA8", "\xE5\xB1\x80", "\xE8\xAA\xB2", "\xE7\x8F\xAD", "\xE5\xAE\xA4",
                               "\xE7\xA4\xBE"})
    if (part.ends_with(end)) return true;
  return false;
}

// A desk's or bureau's whole name, 2 to 6 kanji; a desk "部" has three letters or more (阿部,
// 服部 are surnames), and 社 (an agency) counts only when `agency` says so.
bool is_desk(std::string_view w, bool agency) {
  std::size_t n = script_letters(w, is_han);
  return n >= 2 && n <= 6 && utf8_length(w) == n && names_desk(w) && (agency || !w.ends_with("\xE7\xA4\xBE")) &&
         (n >= 3 || !w.ends_with("\xE9\x83\xA8"));
}

}  // namespace

std::vector<std::string> korean_reporters(std::string_view t) {
  t = trim(t);
  bool titled = false, bare_lead = false;
  for (std::string_view lead : {"\xEA\xB8\xB0\xEC\x9E\x90\xEB\xAA\x85 ", "\xEA\xB8\xB0\xEC\x9E\x90 "})  // "기자명 " "기자 "
    if (t.starts_with(lead)) {
      t = trim(t.substr(lead.size()));
      titled = true;
      bare_lead = lead.size() == 7;
      break;
    }
  bool tail_title = false;
  for (std::string_view tail : {" \xEA\xB8\xB0\xEC\x9E\x90", " \xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90"})  // " 기자" " 특파원"
    if (t.ends_with(tail)) {
      t = trim(t.substr(0, t.size() - tail.size()));
      titled = tail_title = true;
      break;
    }
  if (!titled || t.empty() || t.size() > 80) return {};
  std::string list(t);  // the marks between names, as commas: "·", "ㆍ", ","
  for (std::string_view mark : {"\xC2\xB7", "\xE3\x86\x8D"})
    for (std::size_t at; (at = list.find(mark)) != std::string::npos;) list = list.substr(0, at) + "," + list.substr(at + mark.size());
  std::vector<std::string> names;
  for (std::string_view part : split(list, ',')) {
    part = trim(part);
    std::size_t n = script_letters(part, is_hangul);
    if (n < 2 || n > 4 || n != utf8_length(part)) return {};
    // Words of a site's buttons and desks, not names: 제보 (tip), 구독 (follow), 페이지 (page),
    // 전체 (all), 사진 (photo), 영상 (video), 취재 (reporting), 목록 (list), 다른 (other).
    for (std::string_view word : {"\xEC\xA0\x9C\xEB\xB3\xB4", "\xEA\xB5\xAC\xEB\x8F\x85",
                                  "\xED\x8E\x98\xEC\x9D\xB4\xEC\xA7\x80", "\xEC\xA0\x84\xEC\xB2\xB4",
                                  "\xEC\x82\xAC\xEC\xA7\x84", "\xEC\x98\x81\xEC\x83\x81",
                                  "\xEC\xB7\xA8\xEC\x9E\xAC", "\xEB\xAA\xA9\xEB\xA1\x9D", "\xEB\x8B\xA4\xEB\xA5\xB8"})
      if (part == word) return {};
    names.emplace_back(part);
  }
  // "기자 X" with the title only before one word is a button ("기자 제보"); a list after it
  // ("기자 김민수, 이지은") or the title after the names is a byline.
  if (bare_lead && !tail_title && names.size() < 2) return {};
  return names;
}

// "신현주 기자" -> "신현주": job titles written after the name in CJK bylines, with what a
// Korean byline prints after them ("김민준 기자 다른기사 보기": "see their other stories").
// "记者 王小明" -> "王小明": Chinese writes the title first.
std::string strip_cjk_title(std::string name) {
  if (auto reporters = korean_reporters(name); !reporters.empty()) return join(reporters, "\xE3\x80\x81");  // 、
  static constexpr std::string_view kRoles[] = {" 기자", " 특파원", " 논설위원", " 선임기자", "記者", "特派員", "记者",
                                                "編集委員", "論説委員", "専門記者"};
  // Chinese names hold no space, so after the title spaces part the writers ("记者 王小明
  // 李芳"); a Japanese name may ("山田 太郎"), and Japanese puts 記者 after it.
  std::string_view simplified = "\xE8\xAE\xB0\xE8\x80\x85";  // 记者
  if (name.size() > simplified.size() + 1 && name.compare(0, simplified.size(), simplified) == 0 &&
      name[simplified.size()] == ' ') {
    std::string rest;
    for (char c : trim(std::string_view(name).substr(simplified.size()))) {
      if (c == ' ')
        rest += "\xE3\x80\x81";  // the list mark 、
      else
        rest += c;
    }
    return rest;
  }
  // Two reporters each with the title: "박지훈 기자 정수민 기자".
  {
    std::vector<std::string> reporters;
    std::string_view rest = name;
    std::string_view title = " \xEA\xB8\xB0\xEC\x9E\x90";  // " 기자"
    for (std::size_t at; (at = rest.find(title)) != std::string_view::npos;) {
      std::string_view who = trim(rest.substr(0, at));
      if (std::size_t n = script_letters(who, is_hangul); n < 2 || n > 4) break;
      reporters.emplace_back(who);
      rest = rest.substr(at + title.size());
    }
    if (reporters.size() >= 2) return join(reporters, "\xE3\x80\x81");  // 、
  }
  for (std::string_view after : {" \xEA\xB8\xB0\xEC\x9E\x90 ", " \xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90 "})  // " 기자 ", " 특파원 "
    if (std::size_t at = name.find(after); at != std::string::npos && at > 0) return name.substr(0, at);
  // Japanese also writes the title first, joined by a middle dot: "編集委員・大野太郎"; or the
  // desk or bureau: "社会部・山田太郎", "北京支局・…" (部 局 課 班 室 社).
  if (std::size_t dot = name.find("\xE3\x83\xBB"); dot != std::string::npos && dot > 0) {
    if (is_desk(std::string_view(name).substr(0, dot), true)) return name.substr(dot + 3);
  }
  for (auto r : kRoles)
    if (std::string_view dot = "\xE3\x83\xBB"; name.size() > r.size() + dot.size() && name.compare(0, r.size(), r) == 0 &&
                                                  name.compare(r.size(), dot.size(), dot) == 0)
      return name.substr(r.size() + dot.size());
  for (auto r : kRoles)
    if (name.size() > r.size() && name.compare(name.size() - r.size(), r.size(), r) == 0)
      return std::string(trim(std::string_view(name).substr(0, name.size() - r.size())));
  return name;
}

// strip_cjk_title, and a Taiwanese print byline's frame: "聯合報／ 記者林雅婷、陳志明／台北即時報導"
// (the paper, the title, the names, where they filed from), whole or parted by its links.
// "报道：林佩珊　摄影：黄志强": a Chinese byline's labelled parts; the writers are the names
// after a writing label, not the photographer's or the editor's. Unchanged without a label
// it knows.
std::string labelled_cjk_writers(const std::string& name) {
  static constexpr std::string_view kWriting[] = {
      "\xE6\x8A\xA5\xE9\x81\x93", "\xE5\xA0\xB1\xE5\xB0\x8E", "\xE6\x96\x87", "\xE6\x92\xB0\xE6\x96\x87",
      "\xE9\x87\x87\xE5\x86\x99", "\xE6\x8E\xA1\xE5\xAF\xAB", "\xE8\xAE\xB0\xE8\x80\x85", "\xE8\xA8\x98\xE8\x80\x85",
      "\xE4\xBD\x9C\xE8\x80\x85"};  // 报道 報導 文 撰文 采写 採寫 记者 記者 作者
  static constexpr std::string_view kOther[] = {
      "\xE6\x91\x84\xE5\xBD\xB1", "\xE6\x94\x9D\xE5\xBD\xB1", "\xE5\x9B\xBE", "\xE5\x9C\x96",
      "\xE5\x9B\xBE\xE7\x89\x87", "\xE5\x9C\x96\xE7\x89\x87", "\xE7\xBC\x96\xE8\xBE\x91", "\xE7\xB7\xA8\xE8\xBC\xAF",
      "\xE8\xB4\xA3\xE7\xBC\x96", "\xE8\xB2\xAC\xE7\xB7\xA8", "\xE6\xA0\xA1\xE5\xAF\xB9", "\xE6\xA0\xA1\xE5\xB0\x8D",
      "\xE8\xA7\x86\xE9\xA2\x91", "\xE8\xA6\x96\xE9\xA0\xBB"};  // 摄影 攝影 图 圖 图片 圖片 编辑 編輯 责编 責編 校对 校對 视频 視頻
  // The label's mark: "：", or the slash of Taiwanese bylines ("文／林佳蓉　圖／陳冠宇").
  std::string_view kColon = "\xEF\xBC\x9A";  // ：
  if (name.find(kColon) == std::string::npos) kColon = "\xEF\xBC\x8F";  // ／
  if (name.find(kColon) == std::string::npos) return name;
  std::vector<std::string> writers;
  bool known = false, writing = false;
  std::string spaced;  // the ideographic space 　 as a space
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name.compare(i, 3, "\xE3\x80\x80") == 0) {
      spaced.push_back(' ');
      i += 2;
    } else {
      spaced.push_back(name[i]);
    }
  }
  for (std::string_view token : split(spaced, ' ')) {
    token = trim(token);
    if (token.empty()) continue;
    if (std::size_t c = token.find(kColon); c != std::string_view::npos) {
      std::string_view label = trim(token.substr(0, c));
      bool w = std::find(std::begin(kWriting), std::end(kWriting), label) != std::end(kWriting);
      bool o = std::find(std::begin(kOther), std::end(kOther), label) != std::end(kOther);
      if (!w && !o) return name;
      known = true;
      writing = w;
      token = trim(token.substr(c + kColon.size()));
      if (token.empty()) continue;
    }
    if (writing) writers.emplace_back(token);
  }
  return known ? join(writers, "\xE3\x80\x81") : name;  // 、
}

bool labelled_cjk_byline(std::string_view t) {
  if (utf8_length(t) > 60) return false;
  const std::string line(trim(t));
  const std::string writers = labelled_cjk_writers(line);
  return !writers.empty() && writers != line;
}

std::string strip_cjk_role(std::string name) {
  name = labelled_cjk_writers(name);
  if (name.empty()) return name;
  // Japanese puts the title after each name: "佐藤健一記者、田中美咲記者".
  if (std::string_view mark = "\xE3\x80\x81"; name.find(mark) != std::string::npos && name.find("\xEF\xBC\x8F") == std::string::npos) {
    std::vector<std::string> parts;
    for (std::string_view part : split(name, mark))
      if (std::string p = strip_cjk_title(std::string(trim(part))); !p.empty()) parts.push_back(std::move(p));
    name = join(parts, std::string(mark));
  }
  // What opens a Chinese byline: "本报讯" (our paper's news), "本报记者" (our paper's
  // reporter), "文/" (text by).
  for (std::string_view lead : {"\xE6\x9C\xAC\xE6\x8A\xA5\xE8\xAE\xAF", "\xE6\x9C\xAC\xE5\xA0\xB1\xE8\xA8\x8A",
                                "\xE6\x9C\xAC\xE6\x8A\xA5", "\xE6\x9C\xAC\xE5\xA0\xB1", "\xE6\x96\x87/",
                                "\xE6\x96\x87\xEF\xBC\x8F"})  // 本报讯 本報訊 本报 本報 文/ 文／
    if (name.starts_with(lead)) name = std::string(trim(std::string_view(name).substr(lead.size())));
  // A title alone ("记者" in its own span) names nobody.
  for (std::string_view title : {"\xE8\xA8\x98\xE8\x80\x85", "\xE8\xAE\xB0\xE8\x80\x85"})  // 記者 记者
    if (name == title) return {};
  // Nor does a desk ("社会部" before the writer's name in a span of its own, or a word
  // before it: "社会部 岡本真由美"); 社 is left out here, an agency may be the only author.
  if (is_desk(name, false)) return {};
  // A writer card's heading: "この記事を書いた人" (the person who wrote this article), "執筆者".
  for (std::string_view label : {"\xE3\x81\x93\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA\x8B\xE3\x82\x92\xE6\x9B\xB8"
                                 "\xE3\x81\x84\xE3\x81\x9F\xE4\xBA\xBA",                      // この記事を書いた人
                                 "\xE8\xA8\x98\xE4\xBA\x8B\xE3\x82\x92\xE6\x9B\xB8\xE3\x81\x84\xE3\x81\x9F"
                                 "\xE4\xBA\xBA",                                                    // 記事を書いた人
                                 "\xE5\x9F\xB7\xE7\xAD\x86\xE8\x80\x85",                        // 執筆者
                                 "\xE7\xAD\x86\xE8\x80\x85"})                                      // 筆者
    if (name == label) return {};
  // A reporter card's buttons: "기자의 다른 기사" (the reporter's other stories), "기자 구독"
  // (follow the reporter), "기자 제보" (tip the reporter).
  if (std::string_view reporter = "\xEA\xB8\xB0\xEC\x9E\x90"; name.starts_with(reporter)) {  // 기자
    std::string_view rest = std::string_view(name).substr(reporter.size());
    if (rest.starts_with("\xEC\x9D\x98")) return {};  // 의 (the reporter's ...)
    rest = trim(rest);
    for (std::string_view button : {"\xEA\xB5\xAC\xEB\x8F\x85", "\xEC\xA0\x9C\xEB\xB3\xB4",   // 구독 제보
                                    "\xEA\xB5\xAC\xEB\x8F\x85\xED\x95\x98\xEA\xB8\xB0",       // 구독하기
                                    "\xED\x8E\x98\xEC\x9D\xB4\xEC\xA7\x80"})                    // 페이지
      if (rest == button) return {};
  }
  if (std::size_t sp = name.find(' '); sp != std::string::npos && is_desk(std::string_view(name).substr(0, sp), false))
    name = std::string(trim(std::string_view(name).substr(sp + 1)));
  for (std::string_view slash : {"\xEF\xBC\x8F", "/"})  // ／ /
    if (std::size_t at = name.rfind(slash); at != std::string::npos) {
      std::string_view after = std::string_view(name).substr(at + slash.size());
      if (after.ends_with("\xE5\xA0\xB1\xE5\xB0\x8E") || after.ends_with("\xE6\x8A\xA5\xE9\x81\x93"))  // 報導 报道
        name = std::string(trim(std::string_view(name).substr(0, at)));
    }
  for (std::string_view title : {"\xE8\xA8\x98\xE8\x80\x85", "\xE8\xAE\xB0\xE8\x80\x85"})  // 記者 记者
    if (std::size_t at = name.find(title);
        at != std::string::npos && (at == 0 || name[at - 1] == ' ') && name.size() > at + title.size() &&
        name[at + title.size()] != ' ' && script_letters(std::string_view(name).substr(0, at), is_han) <= 6)
      name = name.substr(at + title.size());  // "記者林雅婷", "聯合報 記者林雅婷"
  name = strip_cjk_title(std::move(name));
  if (name.ends_with("\xEF\xBC\x8F") || name.ends_with("/")) return {};  // "聯合報／": the paper
  // Past its title ("編集委員・大野太郎"), Japanese joins two writers with a middle dot:
  // "田中健一・中村美咲" (a foreign name in katakana holds one too, "ジョン・スミス": only
  // names in kanji part so).
  if (std::string_view dot = "\xE3\x83\xBB"; name.find(dot) != std::string::npos) {
    std::vector<std::string_view> parts = split(name, dot);
    // A desk or bureau before the name is no writer: 経済部・佐藤健一, 北京支局・… (部 局 課 班 室 社).
    std::vector<std::string> writers;
    for (std::string_view p : parts)
      if (!is_desk(p, true)) writers.emplace_back(p);
    if (parts.size() >= 2 && !writers.empty() && std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
          std::size_t n = script_letters(p, is_han);
          return n >= 2 && n <= 5 && utf8_length(p) == n;
        }))
      name = join(writers, "\xE3\x80\x81");  // 、
  }
  return name;
}

// "刘思远 周雨欣" -> "刘思远、周雨欣": a Chinese name holds no space, so on a Chinese page
// spaces between names of two to four ideographs part the writers. (A Japanese name may
// hold one, "山田 太郎", so this is for Chinese pages only.)
std::string parted_han_names(const std::string& name) {
  auto tokens = words(name);
  if (tokens.size() < 2) return name;
  for (const auto& t : tokens)
    if (std::size_t count = script_letters(t, is_han); count < 2 || count > 4) return name;
  return join(tokens, "\xE3\x80\x81");  // 、
}

// Written in Chinese: stated so, or, stated in no language, a title in ideographs without
// the kana every Japanese title holds or Korean's hangul.
bool chinese_page(const PageMeta& m) {
  if (auto lang = stated_language(m)) return *lang == "zh";
  const std::string& title = m.title_tag ? *m.title_tag : std::string();
  bool han = false;
  for (std::size_t at = 0; at < title.size();) {
    char32_t c = next_codepoint(title, at);
    if (is_kana(c) || is_hangul(c)) return false;
    han = han || is_han(c);
  }
  return han;
}

}  // namespace newsarchive::parse

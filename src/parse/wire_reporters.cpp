// The reporters a wire dateline or a sign-off names inside the story's first paragraphs, in
// the forms of Chinese, Japanese, Korean and Taiwanese newsrooms.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "parse/cjk_names.hpp"
#include "parse/fields.hpp"
#include "parse/names.hpp"

namespace newsarchive::parse {
namespace {

// The names of a wire dateline's reporter list ("刘思远、周雨欣"): each two to `longest`
// characters that `letter` accepts, parted by 、, ・, · or spaces; empty when any part is
// something else (a place and date run on: "林育瑄台北14日電").
std::vector<std::string> reporter_list(std::string_view list, bool (*letter)(char32_t), std::size_t longest) {
  std::vector<std::string> names;
  std::string name;
  std::size_t count = 0;
  auto close = [&] {
    if (count == 0) return true;
    // A title between the names ("王晓明 实习记者 李思远": an intern reporter) is nobody; one
    // written after a name ("林雅婷記者") goes, the name stays.
    for (std::string_view role : {"\xE8\xAE\xB0\xE8\x80\x85", "\xE8\xA8\x98\xE8\x80\x85",  // 记者 記者
                                  "\xE9\x80\x9A\xE8\xAE\xAF\xE5\x91\x98", "\xE9\x80\x9A\xE8\xA8\x8A\xE5\x93\xA1"})  // 通讯员 通訊員
      if (name.ends_with(role)) {
        name.resize(name.size() - role.size());
        count = script_letters(name, letter);
        // What is left of a title: "实习", "特约", "见习" (intern, special, trainee).
        for (std::string_view rank : {"\xE5\xAE\x9E\xE4\xB9\xA0", "\xE5\xAF\xA6\xE7\xBF\x92", "\xE7\x89\xB9\xE7\xBA\xA6",
                                      "\xE7\x89\xB9\xE7\xB4\x84", "\xE8\xA7\x81\xE4\xB9\xA0", "\xE8\xA6\x8B\xE7\xBF\x92"})
          if (name == rank) count = 0;
        if (count == 0) {
          name.clear();
          return true;
        }
        break;
      }
    if (count < 2 || count > longest) return false;
    names.push_back(std::move(name));
    name.clear();
    count = 0;
    return true;
  };
  for (std::size_t at = 0; at < list.size();) {
    std::size_t start = at;
    char32_t c = next_codepoint(list, at);
    if (c == U' ' || c == 0x3001 || c == 0x30FB || c == 0xB7 || c == 0x3000) {
      if (!close()) return {};
    } else if (letter(c)) {
      name.append(list.substr(start, at - start));
      ++count;
    } else {
      return {};
    }
  }
  if (!close()) return {};
  return names;
}

// The text between `open` (found in the first `within` bytes of `text`) and `close`.
std::optional<std::string_view> between(std::string_view text, std::string_view open, std::string_view close,
                                        std::size_t within) {
  std::size_t at = text.find(open);
  if (at == std::string_view::npos || at > within) return std::nullopt;
  at += open.size();
  std::size_t end = text.find(close, at);
  if (end == std::string_view::npos || end - at > 60) return std::nullopt;
  return text.substr(at, end - at);
}

std::vector<std::string> reporters_in_dateline(const std::vector<Block>& blocks) {
  auto han_or_kana = [](char32_t c) { return is_han(c) || is_kana(c) || c == 0x3005; };
  for (std::size_t i = 0; i < blocks.size() && i < 2; ++i) {
    if (blocks[i].kind != Block::Kind::paragraph) continue;
    std::string_view text = blocks[i].text;
    // Japanese papers: "【上海=田中陽介】" (place = reporters) opens the story.
    if (text.rfind("\xE3\x80\x90", 0) == 0)  // 【
      if (auto inside = between(text, "\xE3\x80\x90", "\xE3\x80\x91", 0))  // 【 】
        for (std::string_view eq : {"=", "\xEF\xBC\x9D"})  // = ＝
          if (std::size_t at = inside->find(eq); at != std::string_view::npos && at > 0)
            if (auto names = reporter_list(inside->substr(at + eq.size()), han_or_kana, 8); !names.empty())
              return names;
    // Taiwanese papers: "〔記者林佳蓉、陳志豪／台北報導〕" (reporters / where they report from).
    for (std::string_view open : {"\xE3\x80\x94\xE8\xA8\x98\xE8\x80\x85", "[\xE8\xA8\x98\xE8\x80\x85",  // 〔記者 [記者
                                  "\xEF\xBC\xBB\xE8\xA8\x98\xE8\x80\x85"})  // ［記者
      for (std::string_view slash : {"\xEF\xBC\x8F", "/"})  // ／ /
        if (auto inside = between(text, open, slash, 0))
          if (auto names = reporter_list(trim(*inside), is_han, 4); !names.empty())
            return names;
    // Chinese agencies: "新华社北京4月25日电（记者刘思远、周雨欣）".
    for (std::string_view open : {"\xEF\xBC\x88\xE8\xAE\xB0\xE8\x80\x85", "(\xE8\xAE\xB0\xE8\x80\x85",  // （记者 (记者
                                  "\xEF\xBC\x88\xE8\xA8\x98\xE8\x80\x85", "(\xE8\xA8\x98\xE8\x80\x85"})  // （記者 (記者
      for (std::string_view close : {"\xEF\xBC\x89", ")"})  // ） )
        if (auto inside = between(text, open, close, 120))
          if (auto names = reporter_list(trim(*inside), is_han, 4); !names.empty())
            return names;
    // Taiwan's agencies: "（中央社記者陳家倫、林育瑄台北14日電）": reporters, then where and
    // on which day they filed, with nothing between the last name and the place. The last
    // name is as long as the first (three characters when it stands alone, as most
    // Taiwanese names are); the place left over must be two or three characters.
    if (auto inside = between(text, "\xE8\xA8\x98\xE8\x80\x85", "\xE6\x97\xA5\xE9\x9B\xBB", 60)) {  // 記者 日電
      std::string_view list = *inside;
      while (!list.empty() && std::isdigit(static_cast<unsigned char>(list.back()))) list.remove_suffix(1);
      std::vector<std::string_view> parts;
      for (std::size_t at = 0;;) {
        std::size_t mark = list.find("\xE3\x80\x81", at);  // 、
        parts.push_back(list.substr(at, mark == std::string_view::npos ? std::string_view::npos : mark - at));
        if (mark == std::string_view::npos) break;
        at = mark + 3;
      }
      auto han_count = [](std::string_view s) { return script_letters(s, is_han); };
      std::size_t name_length = parts.size() >= 2 ? han_count(parts.front()) : 3;
      std::string_view last = parts.back();
      std::size_t total = han_count(last);
      if (name_length >= 2 && name_length <= 3 && total >= name_length + 2 && total <= name_length + 3) {
        parts.back() = last.substr(0, name_length * 3);  // ideographs of the BMP: three bytes each
        std::vector<std::string> names;
        for (auto part : parts)
          if (std::size_t n = han_count(part); n >= 2 && n <= 4) names.emplace_back(part);
        if (names.size() == parts.size()) return names;
      }
    }
    // Japanese papers' sign-off after the lead's last sentence: "…ことになる。【佐藤健一、鈴木美咲】".
    if (std::string_view close = "\xE3\x80\x91"; text.ends_with(close)) {  // 】
      std::size_t open = text.rfind("\xE3\x80\x90");  // 【
      std::string_view stop = "\xE3\x80\x82";          // 。
      if (open != std::string_view::npos && open >= stop.size() && text.substr(open - stop.size(), stop.size()) == stop)
        if (auto names = reporter_list(text.substr(open + 3, text.size() - close.size() - open - 3), han_or_kana, 8);
            !names.empty())
          return names;
    }
    // Korean agencies: "(서울=연합뉴스) 김민준 기자 = ...".
    if (!text.empty() && (text[0] == '(' || text[0] == '['))
      if (std::size_t shut = text.find_first_of(")]"); shut != std::string_view::npos && shut < 60 &&
                                                         text.substr(0, shut).find('=') != std::string_view::npos)
        for (std::string_view title : {" \xEA\xB8\xB0\xEC\x9E\x90 =", " \xEA\xB8\xB0\xEC\x9E\x90="})  // " 기자 ="
          if (std::size_t end = text.find(title, shut); end != std::string_view::npos && end - shut < 60)
            if (auto names = reporter_list(trim(text.substr(shut + 1, end - shut - 1)), is_hangul, 4); !names.empty())
              return names;
  }
  return {};
}

}  // namespace

std::vector<std::string> cjk_byline_names(std::string_view line) {
  // "澎湃新闻记者 张伟 实习生 李娜": the outlet's reporter, then names, with the other roles
  // of the newsroom (intern, correspondent) between them.
  if (line.size() > 120) return {};
  std::size_t at = std::string_view::npos;
  for (std::string_view title : {"\xE8\xAE\xB0\xE8\x80\x85 ", "\xE8\xA8\x98\xE8\x80\x85 "})  // 记者 記者
    if (std::size_t found = line.find(title); found != std::string_view::npos && found <= 24) at = found + title.size();
  if (at == std::string_view::npos) return {};
  static constexpr std::string_view kRoles[] = {
      "\xE5\xAE\x9E\xE4\xB9\xA0\xE7\x94\x9F", "\xE5\xAF\xA6\xE7\xBF\x92\xE7\x94\x9F",  // 实习生 實習生
      "\xE9\x80\x9A\xE8\xAE\xAF\xE5\x91\x98", "\xE9\x80\x9A\xE8\xA8\x8A\xE5\x93\xA1",  // 通讯员 通訊員
      "\xE8\xAE\xB0\xE8\x80\x85", "\xE8\xA8\x98\xE8\x80\x85"};                            // 记者 記者
  std::vector<std::string> names;
  for (std::string_view token : split(line.substr(at), ' ')) {
    token = trim(token);
    if (token.empty() || std::find(std::begin(kRoles), std::end(kRoles), token) != std::end(kRoles)) continue;
    // "北京报道" (reported from Beijing), "摄" (photographed): where and how, no name.
    for (std::string_view tail : {"\xE6\x8A\xA5\xE9\x81\x93", "\xE5\xA0\xB1\xE5\xB0\x8E", "\xE6\x91\x84", "\xE6\x94\x9D"})
      if (token.ends_with(tail)) return names;
    auto one = reporter_list(token, is_han, 4);
    if (one.size() != 1) return {};
    names.push_back(std::move(one.front()));
  }
  return names;
}

// "Айгүл СЕЙІЛОВА, «Egemen Qazaqstan»", "Иван ПЕТРОВ, Алматы": a writer signing off as
// papers of the former Soviet Union (and some French regional ones) print it, the surname in
// capitals, then perhaps the paper or the place. The name, its surname in title case.
std::optional<std::string> capitals_signature(std::string_view line) {
  std::string_view name = trim(line.substr(0, line.find(',')));
  std::vector<std::string_view> ws = split(name, ' ');
  if (ws.size() != 2 || ws[0].empty() || ws[1].empty()) return std::nullopt;
  std::size_t i = 0, letters = 0;
  bool given = is_upper_letter(next_codepoint(ws[0], i));
  while (i < ws[0].size()) {
    char32_t c = next_codepoint(ws[0], i);  // read each letter: `given &&` alone would stop reading
    given = given && !is_upper_letter(c);
  }
  for (std::size_t k = 0; k < ws[1].size();) {
    char32_t c = next_codepoint(ws[1], k);
    if (!is_upper_letter(c) && c != '-') return std::nullopt;
    ++letters;
  }
  if (!given || letters < 4) return std::nullopt;
  std::size_t first = 0;
  next_codepoint(ws[1], first);
  std::string out(ws[0]);
  out += ' ';
  out += ws[1].substr(0, first);
  out += lower_utf8(ws[1].substr(first));
  if (!is_person_name(out) || is_org_like(out)) return std::nullopt;
  return out;
}

std::vector<std::string> closing_signoff(std::string_view line) {
  line = trim(line);
  if (auto signed_name = capitals_signature(line)) return {*signed_name};
  // A Korean story signed at its end with the reporter's address: "김지훈 기자 jhkim@example.co.kr".
  if (std::size_t at = line.find('@'); at != std::string_view::npos) {
    std::size_t space = line.rfind(' ', at);
    if (space != std::string_view::npos && line.find(' ', at) == std::string_view::npos) {
      std::string_view who = trim(line.substr(0, space));
      while (!who.empty() && (who.back() == '=' || who.back() == ' ')) who = trim(who.substr(0, who.size() - 1));
      if (auto names = korean_reporters(who); !names.empty()) return names;  // also "김민수·이지은 기자"
    }
  }
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"\xEF\xBC\x88", "\xEF\xBC\x89"}, {"(", ")"}})
    if (line.size() > open.size() + close.size() && line.starts_with(open) && line.ends_with(close)) {
      auto han_or_kana = [](char32_t c) { return is_han(c) || is_kana(c) || c == 0x3005; };
      std::string_view inside = line.substr(open.size(), line.size() - open.size() - close.size());
      auto names = reporter_list(trim(inside), han_or_kana, 8);
      // A name, not a newsroom's note: 記者/记者 (reporter), 編集/编辑 (editing), 敬称略
      // (honorifics omitted), 続く (to be continued), 終わり (the end), 写真 (photo), 動画
      // (video), 資料/提供 (material, courtesy of), 翻訳 (translation). Names are written in
      // kanji or katakana, hardly in hiragana alone (おわり, つづく).
      static constexpr std::string_view kNotes[] = {
          "\xE8\xA8\x98\xE8\x80\x85", "\xE8\xAE\xB0\xE8\x80\x85", "\xE7\xB7\xA8\xE9\x9B\x86", "\xE7\xBC\x96\xE8\xBE\x91",
          "\xE6\x95\xAC\xE7\xA7\xB0", "\xE7\xB6\x9A", "\xE7\xB5\x82", "\xE5\x86\x99\xE7\x9C\x9F", "\xE5\x8B\x95\xE7\x94\xBB",
          "\xE8\xB3\x87\xE6\x96\x99", "\xE6\x8F\x90\xE4\xBE\x9B", "\xE7\xBF\xBB\xE8\xA8\xB3"};
      auto hiragana = [](char32_t c) { return c >= 0x3040 && c <= 0x309F; };
      for (const auto& n : names) {
        for (std::string_view note : kNotes)
          if (n.find(note) != std::string::npos) return {};
        if (script_letters(n, hiragana) == utf8_length(n)) return {};
      }
      if (std::any_of(names.begin(), names.end(), [](const std::string& n) { return is_org_like(n); })) return {};
      return names;
    }
  return {};
}

std::vector<std::string> authors_from_dateline(const std::vector<Block>& blocks) {
  std::vector<std::string> found = reporters_in_dateline(blocks);
  // "【共同】", "（新華社）": an agency in the same place names no reporter.
  if (std::any_of(found.begin(), found.end(), [](const std::string& n) { return is_org_like(n); })) return {};
  return found;
}

}  // namespace newsarchive::parse

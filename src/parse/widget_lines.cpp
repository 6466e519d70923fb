// Lines a site's widgets print inside a story: its accounts one after another, a reactions
// widget's counts, and the short line that introduced them.
#include "parse/widget_lines.hpp"

#include <cctype>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/names.hpp"

namespace newsarchive::parse {

bool lists_accounts(std::string_view t, std::size_t chars) {
  if (chars > 400) return false;
  std::string low = to_lower_ascii(t);
  int accounts = 0;
  // The network's address opens the line or follows "//", a space or "www." (not
  // "netflix.com/", "about.me/").
  for (std::string_view network : {"facebook.com/", "twitter.com/", "x.com/", "t.me/", "instagram.com/", "youtube.com/",
                                   "tiktok.com/", "linkedin.com/", "whatsapp.com/"})
    for (std::size_t at = low.find(network); at != std::string::npos; at = low.find(network, at + 1))
      if (at == 0 || low[at - 1] == '/' || low[at - 1] == ' ' || (at >= 4 && low.compare(at - 4, 4, "www.") == 0)) {
        ++accounts;
        break;
      }
  if (accounts >= 2 && chars <= 160) return true;
  if (accounts < 3) return false;
  // A long line is the list when its links are most of it (not a fact check's sentence that
  // names where a video was shared).
  std::size_t link_bytes = 0;
  for (std::size_t at = low.find("http"); at != std::string::npos; at = low.find("http", at)) {
    std::size_t end = low.find(' ', at);
    if (end == std::string::npos) end = low.size();
    link_bytes += end - at;
    at = end;
  }
  return link_bytes * 100 >= low.size() * 55;
}

// A reactions widget in one line: "How did this make you feel? 😊 Happy 12 😢 Sad 2 😮
// Surprised 4", "... कस्तो महसुस भयो ? 😊 खुसी १२ 😢 दुखी २": three emoji or more, each with a count.
bool reaction_counts(std::string_view t) {
  int emoji = 0, counts = 0;
  bool in_number = false;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = next_codepoint(t, i);
    emoji += (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
    bool digit = (c >= '0' && c <= '9') || (c >= 0x0966 && c <= 0x096F) || (c >= 0x09E6 && c <= 0x09EF) ||
                 (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
    counts += digit && !in_number;
    in_number = digit;
  }
  return emoji >= 3 && counts >= emoji;
}

bool introduces(std::string_view text) {
  std::string_view t = trim(text);
  if (t.empty() || utf8_length(t) > 100) return false;
  for (std::string_view colon : {":", ":-", "\xEF\xBC\x9A", "\xE1\x8D\xA6", "\xE1\x8D\xA1-", "\xE1\x8D\xA5"})  // ： ፦ ፡- ፥
    if (t.ends_with(colon)) return true;
  return false;
}

// "댓글 0", "comments (12)", "34 comments", "kommentare: 5": a comment word and a number.
bool is_comment_count(std::string_view low) {
  static constexpr std::string_view kWords[] = {
      "comments", "comment", "kommentare", "commentaires", "commenti", "comentarios", "coment\xC3\xA1rios",
      "reacties", "komentarze", "yorumlar", "yorum", "\xEB\x8C\x93\xEA\xB8\x80",  // 댓글
      "\xE8\xAF\x84\xE8\xAE\xBA", "\xE8\xA9\x95\xE8\xAB\x96", "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88"};  // 评论 評論 コメント
  std::string_view t = trim(low);
  std::string_view digits = "0123456789";
  for (std::string_view w : kWords) {
    std::string_view rest;
    if (t.starts_with(w))
      rest = t.substr(w.size());
    else if (t.ends_with(w))
      rest = t.substr(0, t.size() - w.size());
    else
      continue;
    rest = trim(rest);
    while (!rest.empty() && (rest.front() == '(' || rest.front() == ':' || rest.front() == '['))
      rest = trim(rest.substr(1));
    while (!rest.empty() && (rest.back() == ')' || rest.back() == ']')) rest = trim(rest.substr(0, rest.size() - 1));
    return !rest.empty() && rest.find_first_not_of(digits) == std::string_view::npos;
  }
  return false;
}

// "Pinned 10:05", "Angepinnt10:05 Uhr", "Épinglé · 08h30": a live blog's pin label before the
// post's time (the label alone, too).
bool pinned_post_stamp(std::string_view low) {
  static constexpr std::string_view kLabels[] = {
      "pinned", "angepinnt", "fixiert", "\xC3\xA9pingl\xC3\xA9", "fijado", "fissato", "in evidenza", "vastgezet",
      "gepind", "fixado", "przypi\xC4\x99ty", "f\xC3\xA4st", "festet", "fastgjort", "sabitlendi"};
  std::string_view t = trim(low);
  for (std::string_view label : kLabels) {
    if (!t.starts_with(label)) continue;
    std::string_view rest = trim(t.substr(label.size()));
    while (!rest.empty() && (rest.front() == ':' || rest.front() == '|' || rest.front() == '-')) rest = trim(rest.substr(1));
    if (rest.starts_with("\xC2\xB7")) rest = trim(rest.substr(2));  // ·
    if (rest.empty()) return true;
    // A clock: "10:05", "10.05 uhr", "08h30", "9:40 am".
    std::size_t i = 0, digits = 0;
    while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i]))) ++i, ++digits;
    if (digits < 1 || digits > 2 || i >= rest.size() || (rest[i] != ':' && rest[i] != '.' && rest[i] != 'h')) return false;
    ++i;
    std::size_t minutes = 0;
    while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i]))) ++i, ++minutes;
    if (minutes != 2) return false;
    std::string_view tail = trim(rest.substr(i));
    return tail.empty() || tail == "uhr" || tail == "am" || tail == "pm" || tail == "a.m." || tail == "p.m." ||
           tail == "h" || tail == "hs";
  }
  return false;
}

bool account_handle(std::string_view low) {
  for (std::string_view net : {"x:", "twitter:", "instagram:", "bluesky:", "threads:", "mastodon:", "tiktok:"})
    if (low.starts_with(net)) {
      std::string_view rest = trim(low.substr(net.size()));
      return rest.starts_with("@") && rest.find(' ') == std::string_view::npos;
    }
  return false;
}

bool linked_sentence(const Block& b, std::string_view own_domain) {
  if (b.kind != Block::Kind::paragraph || b.links.empty() || b.text.size() > 300) return false;
  // A teaser of the site's own story is furniture, whatever leads into it.
  for (const BlockLink& l : b.links)
    if (!own_domain.empty() && registrable_domain(url_host(l.url)) == own_domain) return false;
  const std::string& t = b.text;
  if (t.empty() || (t.back() != '.' && t.back() != '!' && t.back() != '?')) return false;
  std::string_view before = trim(std::string_view(t).substr(0, b.links.front().begin));
  std::vector<std::string> ws = words(before);
  if (ws.size() < 2 || !starts_upper(before) || before.back() == ':' || before.back() == '|') return false;
  static const std::unordered_set<std::string> kLabels{"read", "see", "also", "more", "watch", "listen", "related",
                                                       "lees", "lire", "leer", "leggi", "lesen", "mehr", "weiterlesen",
                                                       "click", "tap", "follow", "subscribe", "sign", "download",
                                                       "our", "don't", "don’t", "trending", "recommended", "get",
                                                       "join", "discover", "explore", "check", "find", "try",
                                                       "like", "share", "partner", "partners", "sponsored",
                                                       "presented", "advertisement", "promoted", "popular", "top",
                                                       "latest", "breaking"};
  return !kLabels.count(lower_utf8(ws.front())) && !kLabels.count(lower_utf8(ws[1]));
}

}  // namespace newsarchive::parse

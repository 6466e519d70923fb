#pragma once
// Lines that say what they hold, read by the metadata walk: a label and its value
// ("Autor: Jane Doe", "Published 4 May 2024") and bylines opening with a lead-in word.
#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::parse {

// What a label names: the authors, the publication date or an update.
enum class Label { none, author, date, update };

struct Labelled {
  Label kind = Label::none;
  std::string value;  // the text after the label
};

// A label and its value, for "Autor: Jane Doe" and "Published 4 May 2024" lines:
//   <li><strong>Autor</strong> Jane Doe</li>   (a label element first)
//   <li>Von: <a>Jane Doe</a>, <a>Max Muster</a></li>   (label text up to a colon)
//   <li>Veröffentlicht am 13. Mai 2026 um 15:44</li>   (a "published" word, no colon)
// Returns what the label names and the text after it; Label::none when the element is no
// such pair or its label names neither authors nor a date.
Labelled label_pair(const GumboNode* n);

// A Chinese reporter line, the title written onto the names, where it was filed from after a
// slash: "記者林佳慧、陳冠宇／台北報導".
bool is_cjk_reporter_line(std::string_view t);
// A Chinese paper's closing line naming its reporters, each one of `writers`: "新京报记者
// 张雨晴 李浩然" (the paper, "reporter", the names). The byline again, not the story.
bool is_cjk_reporter_signoff(std::string_view t, const std::vector<std::string>& writers);

// A short line that opens with a byline word in its written case ("By Jane Doe, Staff
// Writer", "Par A et B", "Written by X", "بقلم: X"), its parts apart: bylines that carry no
// author class. Whether names follow is for the author rules to judge.
std::optional<std::string> lead_in_byline(const GumboNode* n);

// A print byline opening the story: "<p><strong>Satwinder Basra</strong><br>Ludhiana, March
// 2</p>", the name in bold, a line break, then the place and the day. Returns the name.
std::optional<std::string> print_byline(const GumboNode* p);

// A <time> right after words that call it an update: "Posted <time>…</time>, updated
// <time>…</time>", "<dt>Aktualisiert am</dt><dd><time>" (the labels of "Updated:" lines).
bool labelled_update(const GumboNode* time);

}  // namespace newsarchive::parse

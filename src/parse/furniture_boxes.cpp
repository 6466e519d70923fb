// Boxes the body drops block by block: ad slots and their labels, labels over link lists,
// rows of tag chips, media players.
#include <algorithm>
#include <string>

#include "core/text.hpp"
#include "parse/class_words.hpp"
#include "parse/furniture.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {

bool holds_ad_slot(const GumboNode* n) {
  static constexpr std::string_view kAd[] = {"ad", "ads", "adv", "adslot", "adunit", "dfp", "adbox", "adlabel",
                                             "adspot", "adwrap", "adwrapper", "adcontainer", "adzone"};
  bool found = false;
  int seen = 0;
  for_each_element(n, [&](const GumboNode* e) {
    if (found || ++seen > 40) return false;
    if (e == n) return true;
    Words w = words_of(e);
    for (const auto& word : w.words)
      found = found || starts(word, "advert") ||
              std::find(std::begin(kAd), std::end(kAd), std::string_view(word)) != std::end(kAd);
    for (const auto& tok : w.tokens) found = found || tok.find("gpt-ad") != std::string::npos;
    return !found;
  });
  return found;
}

bool in_media_player(const GumboNode* n, const GumboNode* top) {
  int depth = 0;
  for (const GumboNode* box = n; box && box != top && depth < 4; box = box->parent, ++depth) {
    if (box->type != GUMBO_NODE_ELEMENT || text_exceeds(box, 300)) return false;
    Words w = words_of(box);
    // Named so, or labelled so for screen readers (Gannett's aria-label="Video").
    std::string label = to_lower_ascii(attr(box, "aria-label"));
    bool media = starts(label, "video") || starts(label, "audio") ||
                 std::any_of(w.words.begin(), w.words.end(), [](const std::string& word) {
                   return word == "video" || word == "audio" || starts(word, "player") || word == "videoplayer" ||
                          word == "audioplayer";
                 });
    if (!media) continue;
    bool controls = false;
    for_each_element(box, [&](const GumboNode* e) {
      GumboTag t = tag_of(e);
      controls = controls || t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_VIDEO || t == GUMBO_TAG_AUDIO ||
                 t == GUMBO_TAG_IFRAME;
      return !controls;
    });
    if (controls) return true;
  }
  return false;
}

bool labels_link_list(const GumboNode* box, std::size_t label_bytes) {
  if (text_exceeds(box, 600)) return false;
  std::size_t all = text_content(box, 600).size();
  LinkText links = link_text(box, 600);
  return links.long_links > 0 && all > label_bytes && links.bytes * 10 >= (all - label_bytes) * 7;
}

bool chip_row(const GumboNode* row) {
  if (!row || row->type != GUMBO_NODE_ELEMENT) return false;
  const GumboVector& kids = row->v.element.children;
  int chips = 0;
  bool parted = true;  // a separator since the last chip
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE) {
      // Only separators between the chips: ",", "|", "·", "/", "•".
      for (char c : std::string_view(k->v.text.text))
        if (std::isalnum(static_cast<unsigned char>(c))) return false;
      parted = true;
      continue;
    }
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    if (chips > 0 && tag_of(k) != tag) return false;
    tag = tag_of(k);
    // Links and list items are chips by themselves; spans and the like (a word processor's
    // runs: "<strong>The g</strong><strong>ov</strong>...") only with a space between.
    if (tag != GUMBO_TAG_A && tag != GUMBO_TAG_LI && !parted) return false;
    parted = false;
    if (text_exceeds(k, 30)) return false;
    std::string text = text_content(k, 30);
    if (trim(text).empty() || std::count(text.begin(), text.end(), ' ') > 2) return false;
    ++chips;
  }
  return chips >= 3;
}

}  // namespace newsarchive::parse

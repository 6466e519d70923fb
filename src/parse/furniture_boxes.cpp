// Boxes recognised by their content rather than their names: ad slots and their labels,
// labels over link lists, rows of tag chips, media players, picture tables, e-mail sign-up
// boxes, signatures under the story.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "core/text.hpp"
#include "parse/class_words.hpp"
#include "parse/furniture.hpp"
#include "parse/html.hpp"
#include "parse/names.hpp"

namespace newsarchive::parse {

// An icon beside a line (a flag, an emoji, width="16") is no picture.
bool small_image(const GumboNode* img) {
  for (const char* side : {"width", "height"}) {
    std::string_view v = attr(img, side);
    if (!v.empty() && std::isdigit(static_cast<unsigned char>(v[0])) && std::atoi(std::string(v).c_str()) < 100)
      return true;
  }
  return false;
}

// A layout table for one picture and its caption, as older CMSs print them ("<table
// class=nt_img><tr><td><img></td></tr><tr><td>A waste facility in Jeju City</td></tr>"):
// at most four cells, one picture, a line of text.
bool picture_table(const GumboNode* n) {
  int cells = 0, pictures = 0;
  for_each_element(n, [&](const GumboNode* e) {
    GumboTag t = tag_of(e);
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) ++cells;
    if (t == GUMBO_TAG_IMG && !small_image(e)) ++pictures;
    return cells <= 4;
  });
  return cells <= 4 && pictures == 1 && text_exceeds(n, 0) && !text_exceeds(n, 300);
}

// A small box asking for the reader's e-mail address (a newsletter's or a comment form's):
// an <input type=email> under at most 500 bytes of text.
bool signup_box(const GumboNode* n) {
  if (text_exceeds(n, 500)) return false;
  bool email = false;
  int seen = 0;
  for_each_element(n, [&](const GumboNode* e) {
    if (email || ++seen > 60) return false;
    email = tag_of(e) == GUMBO_TAG_INPUT && iequals(attr(e, "type"), "email");
    return !email;
  });
  return email;
}


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
    // A banner: a link marked sponsored, or a nofollow link holding only a picture.
    if (tag_of(e) == GUMBO_TAG_A) {
      std::string rel = to_lower_ascii(attr(e, "rel"));
      found = found || has_word(rel, "sponsored") ||
              (has_word(rel, "nofollow") && holds_tag(e, GUMBO_TAG_IMG) && text_content(e, 8).empty());
    }
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
      // Or, inside it, the empty box a script fills with the player ("<div
      // class=video-player data-video-id=...></div>").
      controls = controls || t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_VIDEO || t == GUMBO_TAG_AUDIO ||
                 t == GUMBO_TAG_IFRAME || (e != box && !attr(e, "data-video-id").empty()) ||
                 (e != box && e->v.element.children.length == 0 && icontains(attr(e, "class"), "player"));
      return !controls;
    });
    if (controls) return true;
  }
  return false;
}

bool credited_caption(const GumboNode* n, const std::optional<std::string>& site_name) {
  if (!is_element(n) || tag_of(n) == GUMBO_TAG_P || text_exceeds(n, 400)) return false;
  const GumboVector& kids = n->v.element.children;
  const GumboNode* last = nullptr;
  for (unsigned i = kids.length; i-- > 0;) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_COMMENT) continue;
    if (k->type == GUMBO_NODE_TEXT && trim(std::string_view(k->v.text.text)).empty()) continue;
    last = k;
    break;
  }
  if (!is_element(last)) return false;
  GumboTag t = tag_of(last);
  if (t != GUMBO_TAG_SPAN && t != GUMBO_TAG_SMALL && t != GUMBO_TAG_EM && t != GUMBO_TAG_I && t != GUMBO_TAG_CITE)
    return false;
  const std::string credit = text_content(last, 200);
  const std::string all = text_content(n, 500);
  if (credit.empty() || all.size() <= credit.size() + 20 || !all.ends_with(credit)) return false;
  std::string_view before = trim(std::string_view(all).substr(0, all.size() - credit.size()));
  if (before.empty() || !(before.back() == '.' || before.back() == '!' || before.back() == '?' ||
                          before.ends_with("\xE2\x80\x9D") || before.back() == '"'))
    return false;
  std::size_t comma = credit.find(", ");
  if (comma == std::string::npos || credit.find(", ", comma + 2) != std::string::npos || credit.back() == '.')
    return false;
  std::string person = credit.substr(0, comma);
  std::string_view outlet = trim(std::string_view(credit).substr(comma + 2));
  std::size_t person_words = words(person).size(), outlet_words = words(outlet).size();
  if (!(person_words >= 2 && person_words <= 4 && is_person_name(person) && outlet_words >= 1 && outlet_words <= 6 &&
        starts_upper(outlet)))
    return false;
  if (site_name && iequals(outlet, trim(*site_name))) return true;
  // A picture or player within three levels up: the outermost of those boxes holds the rest.
  const GumboNode* box = nullptr;
  int depth = 0;
  for (const GumboNode* p = n->parent; is_element(p) && depth < 3; p = p->parent, ++depth) box = p;
  bool media = false;
  if (box)
    for_each_element(box, [&](const GumboNode* e) {
      GumboTag m = tag_of(e);
      media = media || m == GUMBO_TAG_IMG || m == GUMBO_TAG_VIDEO || m == GUMBO_TAG_IFRAME ||
              (m == GUMBO_TAG_BUTTON && icontains(attr(e, "aria-label"), "play"));
      return !media;
    });
  return media;
}

std::vector<const GumboNode*> appeal_boxes(const GumboNode* top) {
  static constexpr std::string_view kAsks[] = {
      "hazte soci", "jetzt unterst\xC3\xBCtzen", "unterst\xC3\xBCtzen sie", "jetzt mitglied", "support us",
      "support our", "donate", "make a donation", "become a member", "become a supporter", "join now", "subscribe now",
      "soutenez", "je soutiens", "faites un don", "abbonati", "sostienici", "steun ons", "word lid", "doneer",
      "wesprzyj", "ap\xC3\xB3yanos", "colabora", "bli medlem", "st\xC3\xB6" "d oss", "st\xC3\xB8tt oss",
      "t\xC3\xA1mogatom", "t\xC3\xA1mogasd", "t\xC3\xA1mogass", "podpo\xC5\x99te", "podpor\xC3\xADm",
      "sus\xC8\x9Bine", "\xD0\xBF\xD1\x96\xD0\xB4\xD1\x82\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB0\xD1\x82\xD0\xB8"};  // підтримати
  std::vector<const GumboNode*> boxes;
  for_each_element(top, [&](const GumboNode* e) {
    if (tag_of(e) != GUMBO_TAG_A && tag_of(e) != GUMBO_TAG_BUTTON) return true;
    std::string label = lower_utf8(text_content(e, 80));
    if (label.size() >= 60 || std::none_of(std::begin(kAsks), std::end(kAsks), [&](std::string_view a) {
          return label.find(a) != std::string::npos;
        }))
      return false;
    // A button, not a link inside a sentence: the line holding it says nothing else.
    const GumboNode* box = e->parent;
    while (box && box != top && box->type == GUMBO_NODE_ELEMENT && tag_of(box) != GUMBO_TAG_DIV &&
           tag_of(box) != GUMBO_TAG_SECTION && tag_of(box) != GUMBO_TAG_ASIDE && tag_of(box) != GUMBO_TAG_FORM) {
      if (text_content(box, 200).size() > label.size() + 10) return false;
      box = box->parent;
    }
    if (box && box != top && box->type == GUMBO_NODE_ELEMENT && !text_exceeds(box, 700)) boxes.push_back(box);
    return false;
  });
  return boxes;
}

bool labels_link_list(const GumboNode* box, std::size_t label_bytes) {
  if (text_exceeds(box, 600)) return false;
  std::size_t all = text_content(box, 600).size();
  LinkText links = link_text(box, 600);
  return links.long_links > 0 && all > label_bytes && links.bytes * 10 >= (all - label_bytes) * 7;
}

bool permalink_mark(const GumboNode* a) {
  std::string_view href = trim(attr(a, "href"));
  if (href.size() < 2 || href[0] != '#' || text_exceeds(a, 8)) return false;
  std::string t = std::string(trim(text_content(a, 8)));
  // A footnote's way back to its mark ("↩︎", "↩", "↑", as Markdown renderers write it) is
  // the same kind of sign: the note's text stays, the arrow goes. (Wikipedia's "^" stays,
  // as Readability keeps it.)
  for (std::string_view mark : {"\xC2\xB6", "#", "\xC2\xA7", "\xF0\x9F\x94\x97", "\xE2\x86\xA9",
                                "\xE2\x86\xA9\xEF\xB8\x8E", "\xE2\x86\x91"})
    if (t == mark) return true;
  return false;
}

bool fragment_index(const GumboNode* list) {
  // A box of its title and such a list ("<h2>Key Events</h2><ul>...</ul>") goes whole.
  if (tag_of(list) != GUMBO_TAG_UL && tag_of(list) != GUMBO_TAG_OL) {
    int lists = 0;
    const GumboVector* kids = children_of(list);
    for (unsigned i = 0; i < kids->length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids->data[i]);
      if (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty()) return false;
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag t = tag_of(k);
      if (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) {
        if (++lists > 1 || !fragment_index(k)) return false;
      } else if (text_exceeds(k, 40)) {
        return false;  // a title at most
      }
    }
    return lists == 1;
  }
  int items = 0;
  const GumboVector* kids = children_of(list);
  for (unsigned i = 0; i < kids->length; ++i) {
    const auto* li = static_cast<const GumboNode*>(kids->data[i]);
    if (li->type != GUMBO_NODE_ELEMENT) continue;
    if (tag_of(li) != GUMBO_TAG_LI || text_exceeds(li, 300)) return false;
    std::size_t linked = 0;
    bool other_link = false;
    for_each_element(li, [&](const GumboNode* a) {
      if (tag_of(a) != GUMBO_TAG_A) return true;
      std::string_view href = trim(attr(a, "href"));
      if (href.size() > 1 && href[0] == '#') linked += text_content(a, 300).size();
      else other_link = true;
      return false;
    });
    std::size_t all = text_content(li, 300).size();
    if (other_link || all == 0 || linked < all) return false;
    ++items;
  }
  return items >= 2;
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


std::vector<std::string> signed_names(const GumboNode* p, bool paragraph, std::string_view text, std::size_t chars) {
  if (!paragraph || chars > 80) return {};
  std::string style = to_lower_ascii(attr(p, "style"));
  std::erase(style, ' ');
  if (style.find("text-align:right") == std::string::npos && !iequals(attr(p, "align"), "right")) return {};
  const GumboNode* marked = nullptr;
  for (unsigned i = 0; i < p->v.element.children.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(p->v.element.children.data[i]);
    GumboTag t = tag_of(k);
    bool emphasis = t == GUMBO_TAG_STRONG || t == GUMBO_TAG_B || t == GUMBO_TAG_EM || t == GUMBO_TAG_I;
    if (k->type == GUMBO_NODE_ELEMENT && emphasis && !marked) marked = k;
    else if (k->type == GUMBO_NODE_ELEMENT || (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty())) return {};
  }
  if (!marked) return {};
  // A spaced dash parts the names here too: "Minh Anh - Hoàng Phương" (not "Jean-Pierre").
  std::string line = collapse_whitespace(text);
  for (std::string_view dash : {" - ", " \xE2\x80\x93 "})
    for (std::size_t at; (at = line.find(dash)) != std::string::npos;) {
      std::string parted = line.substr(0, at);
      parted += ", ";
      parted += line.substr(at + dash.size());
      line = std::move(parted);
    }
  std::vector<std::string> names;
  for (const auto& part : split_names(line)) {
    auto ws = words(part);
    if (ws.size() < 2 || ws.size() > 5) return {};
    for (const auto& w : ws)
      if (!starts_upper(w)) return {};
    names.push_back(join(ws, " "));
  }
  return names;
}

}  // namespace newsarchive::parse

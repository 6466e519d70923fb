#pragma once
// Page furniture: elements that are not the story (navigation, share bars, consent
// layers, comment threads, captions, ...), judged by tag, role, visibility and the words
// of their class, id and component names.
#include <gumbo.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::parse {

enum class Strictness { strict, layout, lenient };

struct Words;  // class_words.hpp

// A paywall's sales box ("Jetzt weiterlesen mit SPIEGEL+ ... Hier anmelden"): named for the
// paywall (or of hashed names only), with a link or button to subscribe or log in and no
// paragraph of story. `w` holds the element's class and id words.
bool paywall_sales_box(const GumboNode* n, const Words& w);
// A reader-revenue appeal ("Support the Guardian", "Join Our Community"): a box named for
// members or contributions, or of hashed names, asking in a button or link, no headline.
bool appeal_box(const GumboNode* n, const Words& w);
// A shopping card inside the story: a small box whose own "Buy now" link is rel="sponsored".
bool affiliate_card(const GumboNode* n);

// True when the element is boilerplate by tag, role, visibility or class/id words
// (share bars, navigation, cookie banners, related lists, comments, captions, ...).
// `layout` spares an element holding several paragraphs of prose whatever its class says
// (a page layout named for its sidebar); `lenient` keeps only the tag, role and
// visibility rules, consent layers and comment threads.
bool is_boilerplate(const GumboNode* n, Strictness s);

// True when an ad slot sits inside the element (class or id words "ad", "ads", "adslot",
// "advert...", Google's "div-gpt-ad-..."): a short line beside it is the slot's label.
bool holds_ad_slot(const GumboNode* n);

// A short box that is a label over links to other stories ("Related", "Související
// články", "関連ニュース" over headlines): most of its text apart from the label's
// `label_bytes` is link text, one link a headline's length.
bool labels_link_list(const GumboNode* box, std::size_t label_bytes);
// A row of three or more short chips of one tag ("<span>BKV</span> <span>HÉV</span>
// <span>tömegközlekedés</span>"): the story's tags or topics, with nothing but separators
// between them.
bool chip_row(const GumboNode* row);
// `n` sits in a small media player below `top`: a box named for video, audio or a player
// that holds its controls (a button, <video>, <audio>, <iframe>); its text is the clip's
// title ("BEKIJK. Zo ziet de nieuwe tram eruit"), not the story's.
bool in_media_player(const GumboNode* n, const GumboNode* top);
// A caption set as a plain box, its credit in an element of its own at the end: "<div>Drone
// footage shows ice piled against homes. <span>Andre Whitfield, Detroit Free Press</span></div>"
// (a sentence, then "Person Name, Outlet" with no full stop). Not a <p>; and the credit names
// the site (`site_name`) or the box sits by a picture or player: a letter signed "Mary
// Jones, Springfield" is no caption.
bool credited_caption(const GumboNode* n, const std::optional<std::string>& site_name);
// The small boxes below `top` whose button asks the reader to join, donate or subscribe
// ("Hazte socio", "Jetzt unterstützen", "Support us"; a button's own line, not a link in a
// sentence): funding appeals set inside the story, their heading and pitch included.
std::vector<const GumboNode*> appeal_boxes(const GumboNode* top);
// The writers' names signed under the story, right-aligned in bold or italics, as
// Vietnamese papers print them ("<p style='text-align:right'><strong>Minh Anh - Hoàng
// Phương</strong></p>"); empty for anything else.
std::vector<std::string> signed_names(const GumboNode* p, bool paragraph, std::string_view text, std::size_t chars);

// +25 / -25 style weight from class and id words ("article", "content" vs "comment", "promo").
int class_weight(const GumboNode* n);

// Hidden from readers: the `hidden` attribute, aria-hidden="true" or an inline style of
// display:none or visibility:hidden.
bool hidden_element(const GumboNode* n);

// Elements whose content is never story text: head, script, style, media, forms, and the
// page's nav, aside, footer and figure.
bool skipped_tag(GumboTag t);

// An icon-sized image (width or height under 100 px): a flag, an emoji, no picture.
bool small_image(const GumboNode* img);
// A layout table for one picture and its caption (older CMSs): at most four cells.
bool picture_table(const GumboNode* n);
// A small box asking for the reader's e-mail address (<input type=email>).
bool signup_box(const GumboNode* n);
// A heading's permalink: <a href="#section-2">¶</a> (Sphinx), "#", "§", "🔗".
// Also a footnote's back-link: <a href="#fnref:1">↩︎</a>, "↑".
bool permalink_mark(const GumboNode* a);
// A list whose every item is a link within the page ("#post-3", "#section-2"): a live
// blog's key events, a table of contents. The items repeat what the page holds. Also a box
// of such a list and its title.
bool fragment_index(const GumboNode* list);

}  // namespace newsarchive::parse

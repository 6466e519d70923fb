// Page furniture: whether an element is navigation, a share bar, a comment thread, a
// caption or the like, by tag, role, visibility and the words of its class, id and
// component names; and the weight those words give a candidate container.
#include "parse/furniture.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "parse/body.hpp"
#include "parse/class_words.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {
namespace {


// Other languages' names for readers' comments (not "Kommentar", a German opinion piece).
constexpr std::string_view kCommentsAbroad[] = {"yorumlar", "comentarios", "commenti", "kommentare", "reacties",
                                                "komentarze", "kommentarer", "commentaires", "diskuse", "diskusia",
                                                "dyskusja", "kommentek", "hozzaszolasok", "kommentit"};

// Words that mark non-article furniture wherever they appear.
bool strong_boilerplate_word(std::string_view w) {
  static constexpr std::string_view kPrefixes[] = {
      "share", "social", "newsletter", "cookie", "consent", "gdpr", "related", "advert", "promo", "sponsor",
      "breadcrumb", "crumb", "paginat", "popup", "modal", "subscri", "signup", "signin", "outbrain", "taboola", "recommend",
      "sidebar", "toolbar", "byline", "caption", "credit", "copyright", "screenreader", "visuallyhidden",
      "navbar", "navigation", "masthead", "footer", "banner", "widget", "overlay", "dateline", "timestamp",
      "teaserlist", "mostread", "mostpopular", "readmore", "readalso", "seealso", "trending", "disqus",
      "newsletter", "login", "comment", "tagcloud", "taglist", "keywords", "rating", "author", "infobox",
      "disclaimer", "disclosure", "affiliate", "donat", "donar", "donacion", "spende", "audioplayer", "videoplayer", "player", "slideshow",
      "gallery", "carousel", "lightbox", "playlist", "print", "feedback", "survey", "poll", "alert", "notification",
      "topics", "breaking", "ticker", "embed", "skip", "backtotop", "back2top", "dropdown", "instagram", "tiktok",
      "marketing", "mc4wp", "badge", "xfbml", "editsection", "headerlink", "mediaplayer", "relacionad", "guestbook", "fbcomment", "pullquote", "inread",
      "gerelateerd", "correlat", "souvisejici", "powiazan",
      "sylwadau", "iruzkin", "comentaris", "hozzaszolas"};  // readers' comments in Welsh, Basque, Catalan, Hungarian
  static constexpr std::string_view kExact[] = {
      "ad", "ads", "adv", "adslot", "adunit", "dfp", "sns", "nav", "menu", "tags", "tag", "hidden", "date", "time",
      "published", "meta", "tools", "utility", "utilities", "reactions", "emotion", "emotions", "emoji", "aside", "extra", "rss",
      "shoutbox", "combx", "remark", "replies", "pager", "sr", "header", "headline", "kicker", "byl", "icon",
      "share", "teaser", "teasers", "promoted", "hide", "inline", "related", "tweet", "yorum", "comentario",
      "adbox", "adlabel", "adspot", "adwrap", "adwrapper", "adcontainer", "adzone", "video", "follow", "controls",
      "fb",  // Facebook's embeds: "fb-post", "fb-video"
      "cta", "vid",
      "postmetadata",  // WordPress Kubrick's "This entry was posted on ... trackback" line
      // the label over the headline in other languages: Italian, German, French, Spanish, US CMSs
      "occhiello", "sopratitolo", "dachzeile", "spitzmarke", "surtitre", "antetitulo", "volanta", "eyebrow", "overline",
      "abo"};  // German and French subscription boxes: "abo-box", "abo-teaser"
  // "subscriber-only", "subscriber-premium": BLOX sites mark the paid story text so.
  if (w == "commentary" || w == "comments-enabled" || w == "subscriber") return false;
  // A caption named in camelCase: "imageCaption", "InlineImage-imageEmbedCaption"; not a
  // state of the header that holds the standfirst ("articleHeader hasCaption").
  if (w.size() > 7 && w.ends_with("caption"))
    for (std::string_view media : {"image", "img", "photo", "picture", "pic", "media", "figure", "fig", "video",
                                   "gallery", "asset", "embed"})
      if (starts(w, media)) return true;
  for (auto c : kCommentsAbroad)
    if (w == c) return true;
  for (auto p : kPrefixes)
    if (starts(w, p)) return true;
  for (auto e : kExact)
    if (w == e) return true;
  // A compound ending in a footer: German "meldungsfooter", "artikelfooter".
  if (w.size() > 8 && w.ends_with("footer")) return true;
  return false;
}

// Words that mark the article itself; they protect an element from weak rules.
bool content_word(std::string_view w) {
  static constexpr std::string_view kPrefixes[] = {"article", "content", "body", "story", "entry", "main",
                                                   "text", "post", "richtext", "prose", "paragraph"};
  for (auto k : kPrefixes)
    if (starts(w, k)) return true;
  return false;
}

// Consent and cookie layers: removed even by the lenient pass (with comment threads).
bool consent_word(std::string_view w) {
  // Consent platforms: OneTrust, Quantcast Choice ("qc-cmp2-ui"), Sourcepoint, Didomi,
  // tarteaucitron (French sites), ...
  bool cmp = starts(w, "cmp") && (w.size() == 3 || std::isdigit(static_cast<unsigned char>(w[3])));
  return starts(w, "cookie") || starts(w, "consent") || w == "gdpr" || starts(w, "onetrust") || cmp ||
         starts(w, "quantcast") ||
         starts(w, "sourcepoint") || starts(w, "didomi") || starts(w, "usercentrics") || starts(w, "tarteaucitron");
}

// A class or id naming a readers' comment thread or one of its comments ("comments",
// "comment-wrapper", "disqus_thread"), not a flag on the story ("comments-enabled").
bool comment_thread_token(std::string_view tok) {
  // Hosted comment systems: Disqus, OpenWeb / Spot.IM ("spcv_"), Viafoura.
  for (std::string_view host : {"disqus", "openweb", "spotim", "spot-im", "spcv", "viafoura"})
    if (starts(tok, host)) return true;
  if (tok.find("talkback") != std::string_view::npos) return true;  // Israeli sites' comments
  // Der Standard's "article-forum" of "postings".
  if (tok == "forum" || starts(tok, "forum-") || tok.ends_with("-forum") || tok == "postings" ||
      starts(tok, "postings-"))
    return true;
  for (auto w : kCommentsAbroad)
    if (tok == w || (starts(tok, w) && (tok[w.size()] == '-' || tok[w.size()] == '_'))) return true;
  if (tok != "comments" && tok != "comment" && !starts(tok, "comment-") && !starts(tok, "comments-") &&
      !starts(tok, "comment_") && !starts(tok, "comments_"))
    return false;
  for (std::string_view flag : {"enabled", "disabled", "open", "closed", "allowed", "count", "link", "button"})
    if (tok.ends_with(flag)) return false;
  return true;
}

// Words that only weakly suggest furniture: the content words above overrule them.
bool weak_word(std::string_view w) {
  static constexpr std::string_view kWeak[] = {"header", "headline", "kicker", "teaser", "teasers", "meta", "tools",
                                               "extra", "aside", "inline", "date", "time", "published",
                                               "embed", "player", "tag", "icon", "print", "alert", "topics", "video",
                                               "abo"};  // a premium story's flag beside its content words
  for (auto k : kWeak)
    if (w == k) return true;
  return false;
}

bool style_hidden(std::string_view style) {
  if (style.empty()) return false;
  std::string s;
  for (char c : style)
    if (c != ' ') s.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}


// Five paragraphs of 80 characters or more below `n`: a story, or a layout holding one,
// not a share bar, a related list or a sidebar. Stops looking at the fifth.
bool holds_prose(const GumboNode* n) {
  int found = 0;
  for_each_element(n, [&](const GumboNode* e) {
    if (found >= 5) return false;
    if (tag_of(e) != GUMBO_TAG_P) return true;
    if (text_content(e, 200).size() >= 80) ++found;
    return false;
  });
  return found >= 5;
}

// A paragraph of 80 characters or more below `n`.
bool holds_paragraph(const GumboNode* n) {
  bool found = false;
  for_each_element(n, [&](const GumboNode* e) {
    if (found) return false;
    if (tag_of(e) != GUMBO_TAG_P) return true;
    found = text_content(e, 200).size() >= 80;
    return false;
  });
  return found;
}

// A list of the story's own words, not of links: "inline" names CNN's lists as it names its
// paragraphs, and an inline list of related links stays furniture.
bool list_of_words(const GumboNode* n) {
  GumboTag t = tag_of(n);
  if (t != GUMBO_TAG_UL && t != GUMBO_TAG_OL) return false;
  std::size_t all = text_content(n, 2000).size();
  return all >= 40 && link_text(n).bytes * 2 < all;
}

// The story's own header: a box holding an <h1> of a few words that is no link (a site's
// header holds at most its logo's <h1>, a link). Its standfirst is the story's.
// On a page with no <h1>, the box's one <h2> of four words or more, linked or not (Dawn
// prints its headline as "<h2 class=story__title><a>...</a></h2>").
bool holds_story_headline(const GumboNode* n) {
  bool found = false;
  int seen = 0, h2s = 0;
  const GumboNode* h2 = nullptr;
  for_each_element(n, [&](const GumboNode* e) {
    if (found || ++seen > 200) return false;
    if (tag_of(e) == GUMBO_TAG_H2) {
      h2 = e;
      ++h2s;
      return false;
    }
    if (tag_of(e) != GUMBO_TAG_H1) return true;
    std::string text = collapse_whitespace(text_content(e, 400));
    bool linked = link_text(e, 400).bytes * 2 > text.size();
    found = !linked && (std::count(text.begin(), text.end(), ' ') >= 2 || utf8_length(text) >= 8);
    return false;
  });
  if (found || h2s != 1) return found;
  std::string text = collapse_whitespace(text_content(h2, 400));
  if (std::count(text.begin(), text.end(), ' ') < 3 && utf8_length(text) < 12) return false;
  return !holds_tag(document_of(n), GUMBO_TAG_H1);
}

// A picture with its caption in a plain box, as older systems print figures: an image
// first ("<div class=news_imgbox><img><div>Caption /Yonhap</div></div>"), then at most two
// short elements of text, no loose text beside them.
bool image_box(const GumboNode* n) {
  GumboTag t = tag_of(n);
  if (t == GUMBO_TAG_TABLE) return picture_table(n);
  if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_SPAN) return false;
  const GumboVector* kids = children_of(n);
  std::vector<const GumboNode*> elements;
  for (unsigned i = 0; i < kids->length; ++i) {
    const auto* c = static_cast<const GumboNode*>(kids->data[i]);
    if (c->type == GUMBO_NODE_TEXT) return false;
    if (is_element(c)) elements.push_back(c);
  }
  if (elements.size() < 2 || elements.size() > 3) return false;
  const GumboNode* first = elements.front();
  bool picture = tag_of(first) == GUMBO_TAG_IMG && !small_image(first);
  if (!picture && tag_of(first) == GUMBO_TAG_A && !text_exceeds(first, 0))
    for_each_element(first, [&](const GumboNode* e) {
      picture = picture || (tag_of(e) == GUMBO_TAG_IMG && !small_image(e));
      return !picture;
    });
  if (!picture) return false;
  for (std::size_t i = 1; i < elements.size(); ++i) {
    GumboTag et = tag_of(elements[i]);
    if (et != GUMBO_TAG_DIV && et != GUMBO_TAG_P && et != GUMBO_TAG_SPAN && et != GUMBO_TAG_EM) return false;
  }
  return text_exceeds(n, 0) && !text_exceeds(n, 300);
}

// A footnote mark that would glue to the word before it: a <sup> holding a bare number or
// "*" ("in 2019.<sup>2</sup>" read "2019.2") after a word or a full stop. A bracketed mark
// ("[2]", Wikipedia's) reads apart and stays; so does an exponent after a digit
// ("10<sup>6</sup>").
bool footnote_marker(const GumboNode* n) {
  if (tag_of(n) != GUMBO_TAG_SUP || !n->parent || n->index_within_parent == 0) return false;
  std::string text = text_content(n, 16);
  if (text.empty() || text.size() > 4 ||
      text.find_first_not_of("0123456789*\xE2\x80\xA0") != std::string::npos)  // digits, *, †
    return false;
  const auto* before = static_cast<const GumboNode*>(children_of(n->parent)->data[n->index_within_parent - 1]);
  if (before->type != GUMBO_NODE_TEXT) return false;
  std::string_view prev(before->v.text.text);
  return !prev.empty() && !std::isdigit(static_cast<unsigned char>(prev.back())) && prev.back() != ' ';
}

}  // namespace

bool skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_TITLE: case GUMBO_TAG_IMG:
      return true;
    default:
      return false;
  }
}

bool hidden_element(const GumboNode* n) {
  return has_attr(n, "hidden") || iequals(trim(attr(n, "aria-hidden")), "true") || style_hidden(attr(n, "style"));
}

bool is_boilerplate(const GumboNode* n, Strictness strictness) {
  GumboTag t = tag_of(n);
  // A <figure> that holds a data table (WordPress's "wp-block-table") is the story's table.
  bool table = false;
  if (t == GUMBO_TAG_FIGURE) for_each_element(n, [&](const GumboNode* e) { return !(table = table || tag_of(e) == GUMBO_TAG_TABLE); });
  if ((skipped_tag(t) && !table) || footnote_marker(n)) return true;
  if (hidden_element(n)) return true;
  std::string_view role = trim(attr(n, "role"));
  if (!role.empty()) {
    for (const char* r : {"navigation", "menu", "menubar", "complementary", "alert", "alertdialog", "dialog",
                          "contentinfo", "banner", "search", "toolbar", "button"})
      if (iequals(role, r)) return true;
  }
  if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN) return false;
  if ((t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_ASIDE) && (signup_box(n) || affiliate_card(n)))
    return true;
  std::string_view itemprop = attr(n, "itemprop");
  if (icontains(itemprop, "articleBody")) return false;
  // A permalink or a footnote's back-link is a sign, not words, in a paragraph too.
  if (t == GUMBO_TAG_A && permalink_mark(n)) return true;
  // Words inside a paragraph are the sentence's, whatever a link's class says
  // ("auto-tag_taylor-swift" on a name): dropping them leaves "has praised 's new album".
  if ((t == GUMBO_TAG_A || t == GUMBO_TAG_EM || t == GUMBO_TAG_STRONG || t == GUMBO_TAG_B || t == GUMBO_TAG_I) &&
      tag_of(n->parent) == GUMBO_TAG_P)
    return false;
  if (strictness != Strictness::lenient && image_box(n)) return true;
  if ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_NAV ||
       t == GUMBO_TAG_ASIDE) &&
      fragment_index(n))
    return true;
  Words w = words_of(n);
  if (w.words.empty()) return false;
  // A lower-camelCase name stays one word ("postMeta" on a story's wrapper), but one that ends
  // in a caption or the comments at a hump names them (Joomla K2's "itemImageCaption",
  // "itemComments").
  // Not a state flag: "hasCaption" is the header's (Dagbladet's "articleHeader hasCaption").
  for (std::string_view cls : split(attr(n, "class"), ' '))
    for (std::string_view tail : {"Caption", "Comments", "CommentsList", "CommentsForm"}) {
      if (cls.size() <= tail.size() || !cls.ends_with(tail) ||
          !std::islower(static_cast<unsigned char>(cls[cls.size() - tail.size() - 1])))
        continue;
      std::string_view head = cls.substr(0, cls.size() - tail.size());
      // The flag may close a longer name too: "postWithComments", "entryNoComments".
      bool flag = false;
      for (std::string_view state : {"has", "with", "without", "no", "show", "hide", "is", "enable", "disable", "allow"}) {
        std::string hump(state);
        hump[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(hump[0])));
        flag = flag || head == state || head.ends_with(hump);
      }
      // A caption is a line or two: a "galleryCaption" holding paragraphs is the story.
      if (!flag && !(tail == "Caption" && holds_prose(n))) return true;
    }
  // Readers' comment threads go in every pass (the strict rules also drop every "comment"
  // word): they sit beside the story on the same templates.
  for (const auto& tok : w.tokens)
    if (comment_thread_token(tok)) return true;
  for (const auto& word : w.words)
    if (consent_word(word)) return true;
  if (strictness == Strictness::lenient) return false;
  // "article__content-sign-up": the hyphen parts the words "sign" and "up".
  for (const auto& tok : w.tokens)
    if (tok.find("sign-up") != std::string::npos || tok.find("sign_up") != std::string::npos) return true;
  // WordPress's row of byline, dates and comment count under the title (the theme's own
  // words; "story-meta" elsewhere may hold a standfirst).
  for (const auto& tok : w.tokens)
    if (tok == "entry-meta" || tok == "post-meta" || tok.ends_with("call-to-action")) return true;
  // A picture's description: "image_desc", "img-description", "photo_desc".
  for (const auto& tok : w.tokens)
    for (std::string_view media : {"image", "img", "photo", "pic"})
      if (tok.starts_with(media) && tok.size() > media.size() + 1 && (tok[media.size()] == '_' || tok[media.size()] == '-') &&
          std::string_view(tok).substr(media.size() + 1).starts_with("desc"))
        return true;
  for (const auto& tok : w.tokens)
    if (tok == "sr-only" || tok == "visually-hidden" || tok == "screen-reader-text" || tok == "visuallyhidden" ||
        tok == "hidden" || tok == "u-hidden" || tok == "is-hidden" || icontains(tok, "pullquote") ||
        icontains(tok, "pull-quote") || icontains(tok, "pull_quote"))  // "PullQuote-quote", split at its hump
      return true;
  if (paywall_sales_box(n, w) || appeal_box(n, w)) return true;
  bool content = false;
  for (const auto& word : w.words) content = content || content_word(word);
  // The writer's card in other languages ("autor-ficha", "box-autore", "bloc-auteur"): a box,
  // not a byline's name in a <span class="auteur">.
  const bool box = t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER;
  auto writer_word = [](const std::string& word) {
    for (std::string_view x : {"autor", "autora", "autores", "autorin", "autore", "autori", "auteur", "auteurs"})
      if (word == x) return true;
    return false;
  };
  for (const auto& word : w.words) {
    const bool writer = box && writer_word(word);
    if (!strong_boilerplate_word(word) && !writer) continue;
    bool heading = t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
    // A compound named for what it holds ends in that word: "article-tools" and
    // "story-print" are the story's tools, not the story ("article-teaser" and "story-meta"
    // may hold its standfirst, so only these words).
    bool head = false;
    // "content-video" is the story's video (its title and running time), unless it holds a
    // paragraph of text or names a state of the story ("has-video", "article--video").
    for (std::string_view h : {"tools", "icon", "print", "topics", "player", "alert", "video"})
      if (word == h && (h != "video" || !holds_paragraph(n)))
        for (const auto& tok : w.tokens) {
          const bool state = h == "video" && (starts(tok, "has-") || starts(tok, "with-") || starts(tok, "is-") ||
                                              starts(tok, "format-") || tok.ends_with("--video"));
          head = head || (!state && tok.size() > h.size() + 1 && tok.ends_with(h) &&
                          (tok[tok.size() - h.size() - 1] == '-' || tok[tok.size() - h.size() - 1] == '_'));
        }
    if (weak_word(word) && (heading || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_P || (content && !head) ||
                            list_of_words(n)))
      continue;
    // The story's header may be named for what it holds beside the headline: its byline
    // ("title_author_2011"), its header, its meta line, BLOX's "asset-masthead".
    // Elementor names every element a widget ("elementor-widget-theme-post-excerpt",
    // "elementor-widget-container"): the rest of its names say what it holds.
    if (word == "widget" &&
        std::any_of(w.tokens.begin(), w.tokens.end(), [](const std::string& t) { return starts(t, "elementor-widget"); }))
      continue;
    // A print style sheet's switch ("d-print-none", "gem-print-columns-none", "print-only")
    // says how the box prints, not that it is a print button.
    if (word == "print" && std::any_of(w.tokens.begin(), w.tokens.end(), [](const std::string& t) {
          for (std::string_view media : {"print-none", "print-block", "print-flex", "print-inline", "print-only",
                                         "print-columns", "print-hidden", "hidden-print", "visible-print"})
            if (t.find(media) != std::string::npos) return true;
          return false;
        }))
      continue;
    bool header_word = word == "header" || word == "headline" || word == "meta" || starts(word, "author") || writer ||
                       starts(word, "byline") || starts(word, "masthead");
    if (header_word && holds_story_headline(n)) continue;
    if (strictness == Strictness::layout && holds_prose(n)) return false;
    // A recommendation vendor's name on the story's own wrapper: Taboola's "read more" fold
    // (`taboola-readmore`) holds the story it unfolds.
    if ((starts(word, "taboola") || starts(word, "outbrain") || starts(word, "readmore")) && holds_prose(n))
      return false;
    // "article-author" or "post-meta" inside a story are still furniture; a word like
    // "related" on the <article> element itself is a teaser card.
    return true;
  }
  return false;
}

int class_weight(const GumboNode* n) {
  Words w = words_of(n);
  int weight = 0;
  for (const auto& word : w.words) {
    if (content_word(word) || word == "hentry" || word == "blog" || word == "page") {
      weight += 25;
      break;
    }
  }
  for (const auto& word : w.words) {
    if (strong_boilerplate_word(word) || word == "media" || word == "shopping" || word == "contact") {
      weight -= 25;
      break;
    }
  }
  return weight;
}

}  // namespace newsarchive::parse

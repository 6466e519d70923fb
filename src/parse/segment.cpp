// Boilerplate classification of elements and the cut of a page into text blocks.
#include "parse/segment.hpp"

#include <array>
#include <cctype>
#include <string>

#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/body.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {
namespace {

// Class and id, lower-cased, cut into words at spaces, '-' and '_'.
struct Words {
  std::vector<std::string> tokens;  // whole class tokens and the id
  std::vector<std::string> words;
};

Words words_of(const GumboNode* n) {
  Words w;
  // Component frameworks name their parts in data attributes, in camelCase
  // (data-component="ShareUtility", data-qa="newsletter-signup"): split at the humps.
  for (const char* a : {"class", "id", "data-component", "data-testid", "data-qa"}) {
    std::string_view raw = attr(n, a);
    if (raw.empty()) continue;
    std::string v;
    const bool data = a[0] == 'd';
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (data && i > 0 && std::isupper(static_cast<unsigned char>(raw[i])) &&
          std::islower(static_cast<unsigned char>(raw[i - 1])))
        v.push_back('-');
      v.push_back(raw[i]);
    }
    v = to_lower_ascii(v);
    if (v.size() > 400) v.resize(400);
    for (auto tok : split(v, ' ')) {
      tok = trim(tok);
      if (tok.empty()) continue;
      w.tokens.emplace_back(tok);
      std::string cur;
      for (char c : tok) {
        if (c == '-' || c == '_' || c == ':' || c == '.' || c == '/') {
          if (!cur.empty()) w.words.push_back(cur);
          cur.clear();
        } else {
          cur.push_back(c);
        }
      }
      if (!cur.empty()) w.words.push_back(cur);
    }
  }
  return w;
}

bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Other languages' names for readers' comments (not "Kommentar", a German opinion piece).
constexpr std::string_view kCommentsAbroad[] = {"yorumlar", "comentarios", "commenti", "kommentare", "reacties",
                                                "komentarze", "kommentarer", "commentaires"};

// Words that mark non-article furniture wherever they appear.
bool strong_boilerplate_word(std::string_view w) {
  static constexpr std::string_view kPrefixes[] = {
      "share", "social", "newsletter", "cookie", "consent", "gdpr", "related", "advert", "promo", "sponsor",
      "breadcrumb", "paginat", "popup", "modal", "subscri", "signup", "outbrain", "taboola", "recommend",
      "sidebar", "toolbar", "byline", "caption", "credit", "copyright", "screenreader", "visuallyhidden",
      "navbar", "navigation", "masthead", "footer", "banner", "widget", "overlay", "dateline", "timestamp",
      "teaserlist", "mostread", "mostpopular", "readmore", "readalso", "seealso", "trending", "disqus",
      "newsletter", "login", "comment", "tagcloud", "taglist", "keywords", "rating", "author", "infobox",
      "disclaimer", "affiliate", "donat", "audioplayer", "videoplayer", "player", "slideshow",
      "gallery", "carousel", "lightbox", "print", "feedback", "survey", "poll", "alert", "notification",
      "topics", "breaking", "ticker", "embed", "skip", "backtotop", "back2top", "dropdown", "instagram", "tiktok"};
  static constexpr std::string_view kExact[] = {
      "ad", "ads", "adv", "adslot", "adunit", "dfp", "nav", "menu", "tags", "tag", "hidden", "date", "time",
      "published", "meta", "tools", "utility", "utilities", "reactions", "aside", "extra", "rss",
      "shoutbox", "combx", "remark", "replies", "pager", "sr", "header", "headline", "kicker", "byl", "icon",
      "share", "teaser", "teasers", "promoted", "hide", "inline", "related", "tweet", "yorum", "comentario"};
  if (w == "commentary" || w == "comments-enabled") return false;
  for (auto c : kCommentsAbroad)
    if (w == c) return true;
  for (auto p : kPrefixes)
    if (starts(w, p)) return true;
  for (auto e : kExact)
    if (w == e) return true;
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
  return starts(w, "cookie") || starts(w, "consent") || w == "gdpr" || starts(w, "onetrust") || w == "cmp" ||
         starts(w, "sourcepoint") || starts(w, "didomi") || starts(w, "usercentrics");
}

// A class or id naming a readers' comment thread or one of its comments ("comments",
// "comment-wrapper", "disqus_thread"), not a flag on the story ("comments-enabled").
bool comment_thread_token(std::string_view tok) {
  if (starts(tok, "disqus")) return true;
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
                                               "embed", "player", "tag", "icon", "print", "alert", "topics"};
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


// A block element the page restyles as inline (`style="display:inline-block"`, a badge
// or an icon a browser extension put into a sentence) does not break the line it sits in.
bool inline_styled(const GumboNode* n) {
  std::string_view style = attr(n, "style");
  std::size_t at = style.size() < 14 ? std::string_view::npos : style.find("display");
  if (at == std::string_view::npos) return false;
  at += 7;
  while (at < style.size() && (style[at] == ' ' || style[at] == ':')) ++at;
  for (std::string_view vendor : {"-webkit-", "-moz-", "-ms-"})
    if (style.compare(at, vendor.size(), vendor) == 0) at += vendor.size();
  return style.compare(at, 6, "inline") == 0 || style.compare(at, 6, "INLINE") == 0;
}

bool breaks_line(const GumboNode* n) { return is_block_tag(tag_of(n)) && !inline_styled(n); }

// Whether any text (not just whitespace, which gumbo types apart) lies under n.
bool holds_text(const GumboNode* n) {
  bool found = false;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty() && !found) {
    const GumboNode* c = stack.back();
    stack.pop_back();
    found = c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA;
    if (c->type != GUMBO_NODE_ELEMENT) continue;
    const GumboVector* kids = children_of(c);
    for (unsigned i = 0; i < kids->length; ++i) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
  }
  return found;
}

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

// Appends text, collapsing whitespace (ASCII and NBSP) as it goes and dropping control
// codes (ESC, BEL, C1: never text, and they would drive a reader's terminal).
void append_collapsed(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && c == 0xC2 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      if (next == 0xA0) {
        space = true;
        ++i;
      } else if (next <= 0x9F) {
        ++i;
        continue;
      }
    }
    if (!space && (c < 0x20 || c == 0x7F)) continue;
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
}

std::size_t count_chars(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

// Letters and digits (any code point outside ASCII counts as a letter).
std::size_t count_alnum(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to && i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 0xC0) || (c < 0x80 && std::isalnum(c))) ++n;
  }
  return n;
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

}  // namespace

std::size_t utf8_length(std::string_view s) { return count_chars(s, 0, s.size()); }

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

// A table row of data: two or more cells, each short text with no block inside (a layout
// table's cell holds paragraphs or divs).
bool data_row(const GumboNode* tr) {
  if (tag_of(tr) != GUMBO_TAG_TR) return false;
  const GumboVector* cells = children_of(tr);
  int count = 0;
  for (unsigned i = 0; i < cells->length; ++i) {
    const auto* c = static_cast<const GumboNode*>(cells->data[i]);
    if (tag_of(c) != GUMBO_TAG_TD && tag_of(c) != GUMBO_TAG_TH) continue;
    ++count;
    if (text_exceeds(c, 200)) return false;
    bool block = false;
    for_each_element(c, [&](const GumboNode* e) {
      block = block || (e != c && breaks_line(e));
      return !block;
    });
    if (block) return false;
  }
  return count >= 2;
}

bool is_boilerplate(const GumboNode* n, Strictness strictness) {
  GumboTag t = tag_of(n);
  if (skipped_tag(t) || footnote_marker(n)) return true;
  if (has_attr(n, "hidden") || iequals(trim(attr(n, "aria-hidden")), "true") || style_hidden(attr(n, "style")))
    return true;
  std::string_view role = trim(attr(n, "role"));
  if (!role.empty()) {
    for (const char* r : {"navigation", "menu", "menubar", "complementary", "alert", "alertdialog", "dialog",
                          "contentinfo", "banner", "search", "toolbar", "button"})
      if (iequals(role, r)) return true;
  }
  if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN) return false;
  std::string_view itemprop = attr(n, "itemprop");
  if (icontains(itemprop, "articleBody")) return false;
  // Words inside a paragraph are the sentence's, whatever a link's class says
  // ("auto-tag_taylor-swift" on a name): dropping them leaves "has praised 's new album".
  if ((t == GUMBO_TAG_A || t == GUMBO_TAG_EM || t == GUMBO_TAG_STRONG || t == GUMBO_TAG_B || t == GUMBO_TAG_I) &&
      tag_of(n->parent) == GUMBO_TAG_P)
    return false;
  Words w = words_of(n);
  if (w.words.empty()) return false;
  // Readers' comment threads go in every pass (the strict rules also drop every "comment"
  // word): they sit beside the story on the same templates.
  for (const auto& tok : w.tokens)
    if (comment_thread_token(tok)) return true;
  if (strictness == Strictness::lenient) {
    for (const auto& word : w.words)
      if (consent_word(word)) return true;
    return false;
  }
  for (const auto& tok : w.tokens)
    if (tok == "sr-only" || tok == "visually-hidden" || tok == "screen-reader-text" || tok == "visuallyhidden" ||
        tok == "hidden" || tok == "u-hidden" || tok == "is-hidden")
      return true;
  bool content = false;
  for (const auto& word : w.words) content = content || content_word(word);
  for (const auto& word : w.words) {
    if (!strong_boilerplate_word(word)) continue;
    bool heading = t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
    if (weak_word(word) && (content || heading || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_P)) continue;
    if (strictness == Strictness::layout && holds_prose(n)) return false;
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

std::vector<RawBlock> segment(const GumboNode* root, std::string_view base_url, Strictness strictness) {
  std::vector<RawBlock> out;
  struct Frame {
    const GumboNode* node;
    bool leave;
  };
  std::vector<Frame> stack{{root, false}};
  std::vector<const GumboNode*> owners{root};
  std::vector<std::size_t> owner_blocks{0};  // blocks emitted per open owner
  int quote_depth = 0;
  int pre_depth = 0;
  const GumboNode* row_seen = nullptr;  // the last table row judged by data_row()
  bool row_is_data = false;
  std::string buf;
  std::vector<BlockLink> links;
  const GumboNode* open_link = nullptr;
  std::string open_href;
  std::size_t link_begin = 0;
  int pending_br = 0;
  int time_depth = 0;         // open <time> elements
  std::size_t time_begin = 0;  // where the open <time>'s text starts in buf
  std::size_t time_alnum = 0;  // letters and digits of buf inside <time> elements

  auto close_link_part = [&](std::size_t end) {
    std::size_t b = link_begin;
    while (b < end && b < buf.size() && buf[b] == ' ') ++b;
    while (end > b && buf[end - 1] == ' ') --end;
    if (end > b && !open_href.empty()) {
      BlockLink l;
      l.url = open_href;
      l.text = buf.substr(b, end - b);
      l.begin = b;
      l.end = end;
      links.push_back(std::move(l));
    }
  };
  auto flush = [&] {
    pending_br = 0;
    if (open_link) close_link_part(buf.size());
    if (time_depth > 0) time_alnum += count_alnum(buf, time_begin, buf.size());
    while (!buf.empty() && buf.back() == ' ') buf.pop_back();
    if (!buf.empty()) {
      RawBlock rb;
      rb.owner = owners.back();
      GumboTag ot = tag_of(rb.owner);
      using K = Block::Kind;
      K kind = K::paragraph;
      if (ot >= GUMBO_TAG_H1 && ot <= GUMBO_TAG_H6) kind = K::heading;
      else if (ot == GUMBO_TAG_LI || ot == GUMBO_TAG_DD || ot == GUMBO_TAG_DT) kind = K::list_item;
      else if (pre_depth > 0) kind = K::preformatted;
      else if (quote_depth > 0) kind = K::quote;
      else if (ot != GUMBO_TAG_P)
        kind = ot == GUMBO_TAG_TD || ot == GUMBO_TAG_TH || ot == GUMBO_TAG_TR ? K::other : K::paragraph;
      rb.block.kind = kind;
      rb.block.text = std::move(buf);
      rb.block.links = std::move(links);
      rb.chars = utf8_length(rb.block.text);
      rb.only_time = time_alnum > 0 && time_alnum == count_alnum(rb.block.text, 0, rb.block.text.size());
      for (const auto& l : rb.block.links) rb.link_chars += count_chars(rb.block.text, l.begin, l.end);
      owner_blocks.back() += 1;
      out.push_back(std::move(rb));
    }
    buf.clear();
    links.clear();
    link_begin = 0;
    time_begin = 0;
    time_alnum = 0;
  };

  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    const GumboNode* n = f.node;
    if (f.leave) {
      GumboTag t = tag_of(n);
      if (t == GUMBO_TAG_A && open_link == n) {
        close_link_part(buf.size());
        open_link = nullptr;
        open_href.clear();
      }
      if (t == GUMBO_TAG_TIME && --time_depth == 0) time_alnum += count_alnum(buf, time_begin, buf.size());
      if (breaks_line(n)) {
        flush();
        if (t == GUMBO_TAG_BLOCKQUOTE) --quote_depth;
        if (t == GUMBO_TAG_PRE) --pre_depth;
        std::size_t count = owner_blocks.back();
        owners.pop_back();
        owner_blocks.pop_back();
        if (count > 1)
          for (std::size_t i = out.size(); i-- > 0 && out.size() - i <= count;)
            if (out[i].owner == n) out[i].whole_owner = false;
        if (!owner_blocks.empty()) owner_blocks.back() += count ? 1 : 0;
      }
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      if (pending_br >= 2 && n->type == GUMBO_NODE_TEXT) flush();
      if (n->type == GUMBO_NODE_TEXT) pending_br = 0;
      // A block holds at most 4 MB of text: a page that is one endless line stays cheap.
      constexpr std::size_t kBlockCap = 1u << 22;
      if (buf.size() < kBlockCap) {
        std::string_view text(n->v.text.text);
        if (text.size() > kBlockCap - buf.size()) {
          std::size_t cut = kBlockCap - buf.size();
          while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
          text = text.substr(0, cut);
        }
        append_collapsed(buf, text);
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    GumboTag t = tag_of(n);
    if (n->type == GUMBO_NODE_ELEMENT && n != root && is_boilerplate(n, strictness)) {
      if (breaks_line(n) || skipped_tag(t)) {
        if (!buf.empty()) append_collapsed(buf, " ");
      }
      continue;
    }
    // An empty inline box (an icon, a rating badge) leaves the line whole, also where it
    // holds divs of its own.
    if (is_block_tag(t) && inline_styled(n) && !holds_text(n)) continue;
    if (t == GUMBO_TAG_BR) {
      ++pending_br;
      append_collapsed(buf, " ");
      continue;
    }
    if (t == GUMBO_TAG_HR) {
      flush();
      continue;
    }
    // A data table's row is one line, its cells apart ("23' | Goal | Ruiz"), not a
    // paragraph per cell; a layout table's cells stay blocks.
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
      if (n->parent != row_seen) {
        row_seen = n->parent;  // judged once a row
        row_is_data = data_row(n->parent);
      }
      if (row_is_data) {
        if (!buf.empty()) append_collapsed(buf, " | ");
        const GumboVector* kids = children_of(n);
        for (unsigned i = kids->length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids->data[i]), false});
        continue;
      }
    }
    if (breaks_line(n)) {
      flush();
      owners.push_back(n);
      owner_blocks.push_back(0);
      if (t == GUMBO_TAG_BLOCKQUOTE) ++quote_depth;
      if (t == GUMBO_TAG_PRE) ++pre_depth;
    } else if (t == GUMBO_TAG_A && !open_link) {
      std::string_view href = trim(attr(n, "href"));
      open_link = n;
      open_href.clear();
      if (!href.empty() && href[0] != '#' && !istarts_with(href, "javascript:")) {
        if (auto r = resolve_url(base_url, href)) open_href = *r;
      }
      link_begin = buf.size();
    } else if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
      append_collapsed(buf, " ");
    } else if (t == GUMBO_TAG_TIME && time_depth++ == 0) {
      time_begin = buf.size();
    }
    stack.push_back({n, true});
    const GumboVector* kids = children_of(n);
    for (unsigned i = kids->length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids->data[i]), false});
  }
  flush();
  return out;
}

}  // namespace newsarchive::parse

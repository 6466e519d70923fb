// One walk over the document for <meta>, <link>, <title>, <h1>, <time>, microdata and bylines.
#include "parse/metadata.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <utility>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/byline_elements.hpp"
#include "parse/cjk_names.hpp"
#include "parse/date_words.hpp"
#include "parse/datelines.hpp"
#include "parse/fields.hpp"
#include "parse/furniture.hpp"
#include "parse/html.hpp"
#include "parse/labels.hpp"
#include "parse/lines.hpp"
#include "parse/names.hpp"
#include "parse/regions.hpp"
#include "parse/shown_dates.hpp"
#include "parse/sources/sources.hpp"

namespace newsarchive::parse {
namespace {

std::string lower_attr(const GumboNode* n, const char* name) { return to_lower_ascii(trim(attr(n, name))); }

// A release stamp a CMS leaves in a data attribute of the story's element when the page prints
// none (Korean dailies' data-deploy-dt="2026.01.29 18:40", data-publish-date="..."): only a
// date with its time, on the <article>, the element holding the <h1> or one named for the
// article (a hidden "gtm-article-data" box), outside the site's
// header, footer, teasers and comments; its update only beside it (a ticker's
// data-last-updated is no story's). Read last of all the page's dates.
void read_data_stamps(const GumboNode* n, PageMeta& m) {
  const GumboVector& attrs = n->v.element.attributes;
  std::string_view published, modified;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    std::string_view name = a->name;
    if (!name.starts_with("data-") || name.size() > 40) continue;
    std::string key = to_lower_ascii(name.substr(5));
    if (icontains_any(key, {"unpublish", "expir", "embargo"})) continue;
    bool update = icontains_any(key, {"modif", "updat", "redeploy", "re-deploy", "revis"});
    if (!update && !icontains_any(key, {"publish", "deploy", "pubdate", "pub-date"})) continue;
    std::string_view& into = update ? modified : published;
    if (into.empty()) into = a->value;
  }
  if (published.empty()) return;
  if (tag_of(n) != GUMBO_TAG_ARTICLE && !holds_tag(n, GUMBO_TAG_H1) && !attrs_mention(n, "article") &&
      !attrs_mention(n, "story"))
    return;
  if (in_teaser(n) || in_comments(n) || in_site_header(n) || in_footer(n)) return;
  auto stamp = [](std::string_view v) {
    std::optional<std::string> d = normalise_date(v, "");
    return d && d->find('T') != std::string::npos;
  };
  if (!stamp(published)) return;
  m.data_published.push_back(collapse_whitespace(published));
  if (!modified.empty() && stamp(modified)) m.data_modified.push_back(collapse_whitespace(modified));
}

bool has_token(std::string_view list, std::string_view token) {
  for (auto part : split(list, ' '))
    if (iequals(trim(part), token)) return true;
  return false;
}

// A date element's text, as far as a date line runs: ninety letters (a Thai stamp takes
// three bytes a letter), else its opening text nodes, as far as 100 bytes (a box of a whole
// post that opens with its day, in nodes of their own).
std::string shown_text(const GumboNode* n) {
  std::string t = text_content(n, 300);
  if (utf8_length(t) <= 90) return t;
  return text_content(n, 100);  // read whole text nodes up to 100 bytes: a short opening or nothing
}

// Whether the microdata item an itemprop belongs to (the nearest itemscope above it) is a
// reader's comment or review: its author wrote that, not the story.
bool of_a_comment_item(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent)
    if (gumbo_get_attribute(&p->v.element.attributes, "itemscope")) {
      std::string type = to_lower_ascii(attr(p, "itemtype"));
      return type.ends_with("/comment") || type.ends_with("/review") || type.ends_with("/answer");
    }
  return false;
}

// `n` holds text only, no element.
bool leaf(const GumboNode* n) {
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (static_cast<const GumboNode*>(kids.data[i])->type == GUMBO_NODE_ELEMENT) return false;
  return true;
}

// `n` has a sibling element of the same class that is a byline element too.
bool sibling_bylines(const GumboNode* n) {
  std::string_view cls = attr(n, "class");
  if (cls.empty() || !n->parent) return false;
  const GumboVector& kids = n->parent->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k != n && k->type == GUMBO_NODE_ELEMENT && attr(k, "class") == cls) return true;
  }
  return false;
}

// A menu entry named for a site's bylines section ("<li id=gnPriBylines><a href=
// "https://bylines.example.jp/">Columns</a></li>"): one link, to a home page, is no byline.
bool links_home_only(const GumboNode* n) {
  const GumboNode* link = nullptr;
  bool other_text = false;
  for_each_element(n, [&](const GumboNode* e) {
    if (tag_of(e) == GUMBO_TAG_A) {
      other_text = other_text || link != nullptr;
      link = e;
      return false;
    }
    return true;
  });
  if (!link || other_text || text_content(n, 400).size() != text_content(link, 400).size()) return false;
  auto url = parse_url(attr(link, "href"));
  return url && !url->host.empty() && (url->path.empty() || url->path == "/");
}

// Heading text without a kicker set as its own first child element
// (<h2><span class="kicker">Olympia</span><span class="headline">Headline</span></h2>).
std::string heading_text(const GumboNode* h) {
  std::vector<const GumboNode*> parts;
  const GumboVector* kids = children_of(h);
  for (unsigned i = 0; i < kids->length; ++i) {
    const auto* c = static_cast<const GumboNode*>(kids->data[i]);
    if (c->type == GUMBO_NODE_TEXT && !trim(c->v.text.text).empty()) return text_content(h, 4096);  // one phrase
    if (is_element(c) && !iequals(attr(c, "aria-hidden"), "true") && !text_content(c, 4096).empty())
      parts.push_back(c);
  }
  if (parts.size() >= 2) {
    std::string first = text_content(parts.front(), 4096), last = text_content(parts.back(), 4096);
    bool marked = mentions_any(parts.front(), {"kicker", "catchline", "overline", "dachzeile", "topline", "roofline",
                                               "eyebrow", "supertitle", "pretitle", "spitzmarke", "titleheader"}) ||
                  mentions_any(parts.back(), {"headline", "title"});
    if (marked && last.size() > first.size()) return last;
  }
  return text_content(h, 4096);
}


// The link's parent: a rel=author link is itself an <a>, so the teaser test starts above it.
const GumboNode* parent_or_self(const GumboNode* n) {
  return n->parent && n->parent->type == GUMBO_NODE_ELEMENT ? n->parent : n;
}

// <b>, <strong>, or a <font> set large (size="4" and up, "+1").
bool big_or_bold(const GumboNode* n) {
  if (tag_of(n) != GUMBO_TAG_FONT) return true;
  std::string_view size = trim(attr(n, "size"));
  return !size.empty() && (size[0] == '+' || (size[0] >= '4' && size[0] <= '7'));
}

}  // namespace

std::optional<std::string> PageMeta::get(std::string_view key) const {
  auto it = meta.find(key);
  if (it == meta.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

PageMeta collect_metadata(const GumboNode* root, std::string_view page_url, const std::vector<std::string>& json_ld) {
  PageMeta m;
  m.base_url = std::string(page_url);
  bool base_seen = false;
  bool breadcrumb_h1 = false;
  const GumboNode* last_byline_box = nullptr;  // the box of sibling bylines read last
  bool print_byline_seen = false;  // a "<strong>Name</strong><br>Place, Day" byline read already
  std::vector<std::string> header_dates;        // dates of the site's header
  for_each_element(root, [&](const GumboNode* n) {
    switch (tag_of(n)) {
      case GUMBO_TAG_HTML: {
        std::string lang = std::string(trim(attr(n, "lang")));
        if (lang.empty()) lang = std::string(trim(attr(n, "xml:lang")));
        if (!lang.empty()) m.html_lang = lang;
        return true;
      }
      case GUMBO_TAG_BASE:
        if (!base_seen && has_attr(n, "href")) {
          base_seen = true;
          if (auto r = resolve_url(page_url, trim(attr(n, "href")))) m.base_url = *r;
        }
        return false;
      case GUMBO_TAG_META: {
        std::string key = lower_attr(n, "property");
        if (key.empty()) key = lower_attr(n, "name");
        if (key.empty()) key = lower_attr(n, "itemprop");
        if (key.empty()) key = lower_attr(n, "http-equiv");
        if (key.empty()) return false;
        std::string content = collapse_whitespace(decode_entities(attr(n, "content")));
        if (content.empty()) content = collapse_whitespace(decode_entities(attr(n, "value")));
        if (content.empty()) return false;
        if (key == "author" || key == "article:author" || key == "articleauthor" || key == "dc.creator" || key == "dcterms.creator" ||
            key == "parsely-author" || key == "sailthru.author" || key == "byl" || key == "byline" || key == "twitter:creator" ||
            key == "dc.contributor")
          push_limited(m.meta_authors, key == "twitter:creator" ? std::string() : content);
        for (auto k : split(key, ' ')) m.meta.emplace(std::string(trim(k)), content);
        return false;
      }
      case GUMBO_TAG_LINK: {
        std::string rel = lower_attr(n, "rel");
        std::string_view href = trim(attr(n, "href"));
        if (href.empty()) return false;
        if (has_token(rel, "canonical") && !m.canonical) {
          if (auto r = resolve_url(m.base_url, href)) m.canonical = *r;
        } else if (has_token(rel, "alternate")) {
          std::string type = lower_attr(n, "type");
          if (type.find("rss+xml") != std::string::npos || type.find("atom+xml") != std::string::npos) {
            if (auto r = resolve_url(m.base_url, href)) push_limited(m.feeds, *r, 64);
          }
        }
        return false;
      }
      case GUMBO_TAG_TITLE:
        if (!m.title_tag) {
          std::string t = text_content(n, 4096);
          if (!t.empty()) m.title_tag = t;
        }
        return false;
      case GUMBO_TAG_H1: {
        std::string t = text_content(n, 4096);
        if (!m.shown_headline && !t.empty()) {
          if (in_breadcrumb_or_furniture(n)) {
            breadcrumb_h1 = true;
          } else {
            m.shown_headline = heading_text(n);
            m.shown_after_breadcrumb = breadcrumb_h1;
          }
        }
        push_limited(m.h1, std::move(t), 4);
        return false;
      }
      case GUMBO_TAG_B: case GUMBO_TAG_STRONG: case GUMBO_TAG_FONT:
        if (m.h1.empty() && m.bold_lines.size() < 64 && big_or_bold(n) && !text_exceeds(n, 300)) {
          std::string t = text_content(n, 300);
          if (t.size() >= 15 && t.find(' ') != std::string::npos) m.bold_lines.push_back(std::move(t));
        }
        break;
      case GUMBO_TAG_H2:
        if (breadcrumb_h1 && !m.shown_headline && !in_breadcrumb_or_furniture(n)) {
          std::string t = heading_text(n);
          if (!t.empty()) {
            m.shown_headline = std::move(t);
            m.shown_after_breadcrumb = true;
          }
        }
        break;
      // hAtom's stamps, as SPIP, Blogger and older WordPress themes print them: "<abbr
      // class=published title=2026-11-16T08:12:00Z>lundi 16 novembre 2026</abbr>".
      case GUMBO_TAG_ABBR: {
        std::string cls = lower_attr(n, "class");
        std::string title = collapse_whitespace(attr(n, "title"));
        if (title.size() < 10 || !std::isdigit(static_cast<unsigned char>(title[0])) || in_teaser(n) || in_comments(n))
          break;
        if (has_token(cls, "updated") || has_token(cls, "modified")) push_limited(m.itemprop_modified, title);
        else if (has_token(cls, "published")) push_limited(m.time_published, title);
        break;
      }
      case GUMBO_TAG_TIME: {
        std::string dt = collapse_whitespace(attr(n, "datetime"));
        if (dt.empty()) {
          if (!in_teaser(n) && !in_comments(n)) push_shown_date(m, text_content(n, 100));
          return true;
        }
        if (m.time_texts.size() < 8) m.time_texts.emplace_back(dt, text_content(n, 100));
        std::string ip = lower_attr(n, "itemprop");
        std::string cls = lower_attr(n, "class");
        if (ip == "datemodified" || cls.find("updated") != std::string::npos ||
            cls.find("modified") != std::string::npos || labelled_update(n))
          push_limited(m.itemprop_modified, dt);
        else if (ip == "datepublished" || has_attr(n, "pubdate") || cls.find("publish") != std::string::npos)
          push_limited(m.time_published, dt);
        else if (!in_site_header(n) && !in_site_clock(n))
          push_limited(m.time_any, dt);
        else  // the header's ticker ("10 minutes ago"), or a story's header outside <article>
          push_limited(m.time_in_header, dt);
        return true;
      }
      default:
        break;
    }
    // A stamp's full time kept in a data attribute beside a shown day and hour (El País:
    // <a data-date="2026-05-01T05:40:12-06:00">01 may 2026 - 05:40</a>): read like a
    // <time datetime>. Only an ISO date-time: lists of teasers carry other formats.
    if (m.time_any.empty())
      for (const char* a : {"data-date", "data-datetime"})
        if (std::string_view v = trim(attr(n, a)); v.size() >= 16 && v[10] == 'T' && parse_iso8601(v) &&
                                                   !in_teaser(n) && !in_comments(n))
          push_limited(m.time_any, std::string(v));
    if (m.data_published.empty()) read_data_stamps(n, m);
    std::string_view itemprop = attr(n, "itemprop");
    if (!itemprop.empty()) {
      std::string ip = to_lower_ascii(itemprop);
      if (ip == "datepublished" || ip == "datemodified") {
        std::string v = collapse_whitespace(attr(n, "content"));
        if (v.empty()) v = collapse_whitespace(attr(n, "datetime"));
        if (v.empty()) v = text_content(n, 200);
        push_limited(ip == "datepublished" ? m.itemprop_published : m.itemprop_modified, v);
      } else if (has_token(ip, "author") || has_token(ip, "creator")) {
        std::string name;
        for_each_element(n, [&](const GumboNode* c) {
          if (name.empty() && c != n && iequals(attr(c, "itemprop"), "name")) {
            name = collapse_whitespace(attr(c, "content"));
            if (name.empty()) name = text_content(c, 300);
          }
          return name.empty();
        });
        if (name.empty()) name = collapse_whitespace(attr(n, "content"));
        if (name.empty()) name = text_content(n, 300);
        if (name.size() < 300 && !in_teaser(n) && !in_figure(n) && !in_comments(n) && !of_a_comment_item(n))
          push_limited(m.itemprop_authors, name);
        return false;
      }
    }
    if (tag_of(n) == GUMBO_TAG_A && has_token(lower_attr(n, "rel"), "author")) {
      if (!in_teaser(parent_or_self(n))) push_limited(m.rel_authors, text_content(n, 300));
      return false;
    }
    switch (tag_of(n)) {
      case GUMBO_TAG_LI: case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SPAN: case GUMBO_TAG_DD:
      case GUMBO_TAG_FONT:  // pages built before CSS
        if (m.labelled_authors.size() < 4 || m.labelled_dates.size() < 4) {
          auto [kind, value] = label_pair(n);
          if (kind == Label::none || in_teaser(n) || in_comments(n)) break;
          // A site's "Last updated:" in its footer is the site's, not the story's.
          if (kind == Label::update) {
            if (in_story(n)) push_limited(m.shown_updates, std::move(value), 2);
            break;
          }
          // "Published on May 31, 2013 | Last Updated: June 1, 2013": the update is the story's.
          if (kind == Label::date)
            if (auto update = split_update(value)) push_limited(m.shown_updates, std::move(*update), 2);
          push_limited(kind == Label::author ? m.labelled_authors : m.labelled_dates, std::move(value), 4);
        }
        break;
      default:
        break;
    }
    if (m.lead_in_bylines.size() < 4)
      if (auto line = lead_in_byline(n); line && !in_teaser(n) && !in_comments(n) && !in_figure(n))
        m.lead_in_bylines.push_back(std::move(*line));
    // A Chinese or Japanese byline in a span of its own above the story ("<span>澎湃新闻记者 张伟
    // 实习生 李娜</span>"): its names are a byline's parts.
    // (Looked at cheaply first: most spans hold no "记者"/"記者".)
    if (m.byline_texts.size() < 6 && tag_of(n) == GUMBO_TAG_SPAN && leaf(n) && !text_exceeds(n, 120) &&
        (leading_text(n).find("\xE8\xAE\xB0\xE8\x80\x85") != std::string_view::npos ||
         leading_text(n).find("\xE8\xA8\x98\xE8\x80\x85") != std::string_view::npos))
      if (std::string t = text_content(n, 120); !t.empty() && utf8_length(t) <= 40 && !in_teaser(n) && !in_comments(n))
        if (auto names = cjk_byline_names(t); !names.empty()) {
          m.byline_texts.push_back(t);
          for (auto& name : names) m.byline_parts.push_back(std::move(name));
        }
    // A Korean one in an item or span of its own ("<li>김민준 기자</li>" in the header's
    // details): a name of two to four hangul and the title.
    if (m.byline_texts.size() < 6 && (tag_of(n) == GUMBO_TAG_LI || tag_of(n) == GUMBO_TAG_SPAN) && !text_exceeds(n, 80) &&
        !holds_tag(n, GUMBO_TAG_A) && !(n->parent && tag_of(n->parent) == GUMBO_TAG_A))
      if (std::string t = text_content(n, 80); t.find("\xEA\xB8\xB0\xEC\x9E\x90") != std::string::npos &&  // 기자
                                                 !korean_reporters(t).empty() && !in_teaser(n) && !in_comments(n)) {
        m.byline_texts.push_back(t);
        m.byline_parts.push_back(std::move(t));
      }
    // A print byline ("<strong>Name</strong><br>Place, Day"): the name is a byline's part, the
    // paragraph a byline the body leaves out.
    if (m.byline_texts.size() < 6 && tag_of(n) == GUMBO_TAG_P && !print_byline_seen)
      if (auto name = print_byline(n); name && !in_teaser(n) && !in_comments(n)) {
        print_byline_seen = true;  // the story's one; not a listing's entries further down
        m.byline_texts.push_back(text_content(n, 200));
        m.byline_parts.push_back(std::move(*name));
      }
    if (m.source_lines.size() < 3)
      if (auto line = marked_source_line(n)) m.source_lines.push_back(std::move(*line));
    // A short leaf whose whole text is a stamp: the page's first date with a time (whatever
    // the element's name), or a labelled update in an element of any name ("Son Güncelleme:
    // 22.11.2026 09:10") in the story or after its published stamp. Text tests first: the
    // ancestor walks only for the few that read as stamps.
    if ((m.bare_stamps.empty() || m.shown_updates.size() < 2) &&
        (tag_of(n) == GUMBO_TAG_SPAN || tag_of(n) == GUMBO_TAG_DIV || tag_of(n) == GUMBO_TAG_P || tag_of(n) == GUMBO_TAG_FONT) &&
        !text_exceeds(n, 64) && leaf(n)) {
      std::string t = text_content(n, 64);
      std::optional<DateWordKind> kind;
      std::optional<DateTime> d;
      // Digits of any script count ("२०२४-०९-२८ ००:२५" is a date alone).
      if (std::string f = fold_digits(t); t.size() >= 10 && ((kind = stamp_kind(t)) || is_date_only(f, utf8_length(f))))
        d = parse_date_loose(t);
      bool update = d && d->year > 0 && kind == DateWordKind::updated && m.shown_updates.size() < 2 &&
                    !is_update_element(n);  // that one is read below
      bool stamp = d && d->year > 0 && kind != DateWordKind::updated && d->has_time && m.bare_stamps.empty();
      if ((update || stamp) && !in_teaser(n) && !in_comments(n) && !in_site_clock(n)) {
        bool after_stamp = !m.bare_stamps.empty() || !m.shown_dates.empty() || !m.time_published.empty();
        if (update && (in_story(n) || (after_stamp && !in_footer(n))))
          push_shown_update(m, t);
        else if (stamp)
          m.bare_stamps.push_back(std::move(t));
      }
    }
    if (m.shown_dates.size() < 4 && is_date_element(n) && !in_teaser(n) && !in_comments(n) && !in_site_clock(n)) {
      // The site header's date ("Tuesday, August 13, 2024" over the logo) is the reader's
      // day: kept aside, for a page that prints no other.
      if (in_site_header(n)) {
        if (header_dates.size() < 4) header_dates.push_back(shown_text(n));
      }
      else
        push_shown_date(m, shown_text(n));
    }
    else if (m.shown_updates.size() < 2 && is_update_element(n) && in_story(n) && !in_teaser(n) && !in_comments(n))
      push_shown_update(m, shown_text(n));
    if (m.byline_texts.size() < 6 && is_byline_element(n) && (!in_teaser(n) || one_writer_card(n)) && !in_comments(n) &&
        !links_home_only(n) && !hidden_element(n)) {
      std::string t = text_content(n, 400);
      if (!t.empty() && t.size() < 300 && !card_around_byline(n, t)) {
        // "Hossam Rabie , Sunday 11 Aug 2024": a byline that prints the story's date too.
        if (m.shown_dates.size() < 4 && !is_date_element(n) && t.size() <= 90 && parse_date_loose(t))
          push_shown_date(m, t);
        m.byline_texts.push_back(t);
        m.byline_parts.push_back(segmented_text(n, 400, true));
        // Writers in sibling boxes of one class ("<div class=contrib-byline-author>" once
        // per writer): their common box, read as one byline, names them all.
        if (const GumboNode* box = n->parent; box && box->type == GUMBO_NODE_ELEMENT && box != last_byline_box &&
                                              sibling_bylines(n) && !text_exceeds(box, 600)) {
          last_byline_box = box;
          m.byline_parts.push_back(segmented_text(box, 600, true));
        }
      }
    }
    return true;
  });
  if (m.shown_dates.empty() && !header_dates.empty()) {
    for (std::string& d : header_dates) push_shown_date(m, std::move(d));
    m.shown_dates_from_header = true;
  }
  m.jsonld = parse_json_ld(json_ld);
  return m;
}

}  // namespace newsarchive::parse

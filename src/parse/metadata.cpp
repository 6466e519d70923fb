// One walk over the document for <meta>, <link>, <title>, <h1>, <time>, microdata and bylines.
#include "parse/metadata.hpp"

#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {
namespace {

std::string lower_attr(const GumboNode* n, const char* name) { return to_lower_ascii(trim(attr(n, name))); }

bool has_token(std::string_view list, std::string_view token) {
  for (auto part : split(list, ' '))
    if (iequals(trim(part), token)) return true;
  return false;
}

// class, id and a few descriptive attributes, lower-cased, for byline spotting.
bool is_byline_element(const GumboNode* n) {
  std::string key = to_lower_ascii(attr(n, "class"));
  key += ' ';
  key += to_lower_ascii(attr(n, "id"));
  if (key.size() > 300) return false;
  if (key.find("author") == std::string::npos && key.find("byline") == std::string::npos &&
      key.find("autor") == std::string::npos && key.find("writer") == std::string::npos)
    return false;
  // Author boxes and bios hold prose, avatars and links, not the byline.
  for (const char* no : {"bio", "avatar", "image", "img", "photo", "social", "follow", "more", "list", "about",
                         "description", "comment"})
    if (key.find(no) != std::string::npos) return false;
  return true;
}

void push_limited(std::vector<std::string>& v, std::string s, std::size_t cap = 8) {
  if (!s.empty() && v.size() < cap) v.push_back(std::move(s));
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
        if (key == "author" || key == "article:author" || key == "dc.creator" || key == "dcterms.creator" ||
            key == "parsely-author" || key == "sailthru.author" || key == "byl" || key == "twitter:creator" ||
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
      case GUMBO_TAG_H1:
        push_limited(m.h1, text_content(n, 4096), 4);
        return false;
      case GUMBO_TAG_TIME: {
        std::string dt = collapse_whitespace(attr(n, "datetime"));
        if (dt.empty()) return true;
        std::string ip = lower_attr(n, "itemprop");
        std::string cls = lower_attr(n, "class");
        if (ip == "datemodified") push_limited(m.itemprop_modified, dt);
        else if (ip == "datepublished" || has_attr(n, "pubdate") || cls.find("publish") != std::string::npos)
          push_limited(m.time_published, dt);
        else
          push_limited(m.time_any, dt);
        return true;
      }
      default:
        break;
    }
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
        if (name.size() < 300) push_limited(m.itemprop_authors, name);
        return false;
      }
    }
    if (tag_of(n) == GUMBO_TAG_A && has_token(lower_attr(n, "rel"), "author")) {
      push_limited(m.rel_authors, text_content(n, 300));
      return false;
    }
    if (m.byline_texts.size() < 6 && is_byline_element(n)) {
      std::string t = text_content(n, 400);
      if (!t.empty() && t.size() < 300) m.byline_texts.push_back(t);
    }
    return true;
  });
  m.jsonld = parse_json_ld(json_ld);
  return m;
}

}  // namespace newsarchive::parse

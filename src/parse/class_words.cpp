// Class, id and component names cut into words.
#include "parse/class_words.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {
namespace {

// A CSS Modules class: a name and a generated suffix with a digit ("thinkComments_t9x2k1",
// "relatedList__3kF9a"); its name is split at the humps like a component's.
bool module_class(std::string_view tok) {
  std::size_t cut = tok.rfind('_');
  if (cut == std::string_view::npos || cut == 0) return false;
  std::string_view suffix = tok.substr(cut + 1);
  if (suffix.size() < 5 || suffix.size() > 10) return false;
  bool digit = false;
  for (char c : suffix) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    digit = digit || std::isdigit(static_cast<unsigned char>(c));
  }
  return digit;
}

}  // namespace

Words words_of(const GumboNode* n) {
  Words w;
  // A custom element names itself: <newsletter-signup>, <ad-slot>, <story-body>.
  if (tag_of(n) == GUMBO_TAG_UNKNOWN)
    if (std::string name = to_lower_ascii(tag_name(n)); name.find('-') != std::string::npos && name.size() <= 60) {
      for (std::string_view part : split(name, '-'))
        if (!part.empty()) w.words.emplace_back(part);
      w.tokens.push_back(std::move(name));
    }
  // Component frameworks name their parts in data attributes, in camelCase
  // (data-component="ShareUtility", data-qa="newsletter-signup"): split at the humps.
  for (const char* a : {"class", "id", "data-component", "data-testid", "data-qa", "data-area", "data-module",
                        "data-type", "data-test-tag"}) {
    std::string_view raw = attr(n, a);
    if (raw.empty()) continue;
    std::string v;
    bool pascal = false;
    // CSS Modules name classes the same way ("ArticleNewsletter_root__nK0kS"): a class word
    // that opens with a capital is split too. A lower-case one stays whole ("postMeta" on a
    // story's wrapper).
    const bool data = a[0] == 'd';
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (i == 0 || raw[i - 1] == ' ') pascal = std::isupper(static_cast<unsigned char>(raw[i])) != 0 ||
                                                 module_class(raw.substr(i, raw.find(' ', i) - i));
      if ((data || pascal) && i > 0 && std::isupper(static_cast<unsigned char>(raw[i])) &&
          std::islower(static_cast<unsigned char>(raw[i - 1])))
        v.push_back('-');
      v.push_back(raw[i]);
    }
    v = to_lower_ascii(v);
    if (v.size() > 400) v.resize(400);
    // A post's taxonomy, as WordPress and Ghost print it on the story's wrapper ("post
    // tag-local-government category-news"): the topics' names, not the element's.
    const auto tokens = split(v, ' ');
    const bool post = a[0] == 'c' && std::any_of(tokens.begin(), tokens.end(), [](std::string_view t) {
      return t == "post" || t == "hentry" || t == "type-post" || t == "article" || t == "gh-article";
    });
    for (auto tok : tokens) {
      tok = trim(tok);
      if (tok.empty()) continue;
      if (post && ((starts(tok, "tag-") && tok.size() > 4) || (starts(tok, "category-") && tok.size() > 9))) continue;
      // A state that hides the element's label, not the element: Drupal's "field--label-hidden"
      // on nearly every field, the body's too.
      if (tok.ends_with("label-hidden") || tok.ends_with("label_hidden") || tok.ends_with("title-hidden") ||
          tok.ends_with("label-visually-hidden"))
        continue;
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

}  // namespace newsarchive::parse

// JSON-LD: the best Article-like object, its authors (also by @id reference), dates,
// headline, publisher and articleBody.
#include <algorithm>
#include <nlohmann/json.hpp>

#include <unordered_map>

#include "core/text.hpp"
#include "parse/html.hpp"
#include "parse/metadata.hpp"

namespace newsarchive::parse {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 10;

bool is_http_like(std::string_view s) { return istarts_with(s, "http://") || istarts_with(s, "https://"); }

std::string type_of(const json& o) {
  if (!o.is_object()) return {};
  auto it = o.find("@type");
  if (it == o.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array())
    for (const auto& t : *it)
      if (t.is_string()) {
        std::string s = t.get<std::string>();
        if (s.find("Article") != std::string::npos || s == "BlogPosting" || s == "LiveBlogPosting") return s;
      }
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
  return {};
}

// 1: an article; 2: a web page that may carry article fields, or a fact-checker's
// ClaimReview (its datePublished is the check's; the claim's own date is nested); 0:
// anything else.
int article_rank(const std::string& type) {
  if (type.find("Article") != std::string::npos || type == "BlogPosting" || type == "LiveBlogPosting" ||
      type == "Report" || type == "SocialMediaPosting" || type == "DiscussionForumPosting")
    return 1;
  if (type == "WebPage" || type == "ItemPage" || type == "Blog" || type == "ClaimReview") return 2;
  return 0;
}

void flatten(const json& j, std::vector<const json*>& out, int depth) {
  if (depth > kMaxDepth || out.size() > 2000) return;
  if (j.is_array()) {
    for (const auto& e : j) flatten(e, out, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  out.push_back(&j);
  for (const char* key : {"@graph", "mainEntity", "itemListElement", "hasPart", "subjectOf"}) {
    auto it = j.find(key);
    if (it != j.end() && (it->is_array() || it->is_object())) flatten(*it, out, depth + 1);
  }
}

std::optional<std::string> str(const json& o, const char* key) {
  if (!o.is_object()) return std::nullopt;
  auto it = o.find(key);
  if (it == o.end()) return std::nullopt;
  const json* v = &*it;
  if (v->is_array() && !v->empty()) v = &(*v)[0];
  if (v->is_object()) {
    auto inner = v->find("@value");
    if (inner == v->end()) inner = v->find("name");
    if (inner == v->end() || !inner->is_string()) return std::nullopt;
    v = &*inner;
  }
  if (!v->is_string()) return std::nullopt;
  std::string s = collapse_whitespace(decode_entities(v->get<std::string>()));
  if (s.empty()) return std::nullopt;
  return s;
}

// JSON-LD in the wild has raw newlines and tabs inside strings; JSON forbids them.
std::string tolerant(std::string_view raw) {
  std::string s;
  s.reserve(raw.size());
  for (char c : raw) s.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
  std::string_view t = trim(s);
  // Wrappers pages put around the JSON: HTML comments and CDATA sections.
  for (std::string_view open : {"<!--", "/*<![CDATA[*/", "//<![CDATA[", "<![CDATA["})
    if (t.substr(0, open.size()) == open) t = trim(t.substr(open.size()));
  for (std::string_view close : {"-->", "/*]]>*/", "//]]>", "]]>"})
    if (t.size() >= close.size() && t.substr(t.size() - close.size()) == close)
      t = trim(t.substr(0, t.size() - close.size()));
  return std::string(t);
}

void add_authors(const json& a, const std::unordered_map<std::string, const json*>& ids, JsonLdInfo& info,
                 int depth) {
  if (depth > 4) return;
  if (a.is_array()) {
    for (const auto& e : a) add_authors(e, ids, info, depth + 1);
    return;
  }
  if (a.is_string()) {
    std::string s = collapse_whitespace(decode_entities(a.get<std::string>()));
    if (!s.empty() && !is_http_like(s)) info.person_authors.push_back(s);
    return;
  }
  if (!a.is_object()) return;
  const json* obj = &a;
  if (!obj->contains("name")) {
    auto id = obj->find("@id");
    if (id != obj->end() && id->is_string()) {
      auto hit = ids.find(id->get<std::string>());
      if (hit != ids.end()) obj = hit->second;
    }
  }
  // NPR writes one Person whose "name" is a list of every writer's name.
  if (auto names = obj->find("name"); names != obj->end() && names->is_array() && names->size() > 1 &&
                                      type_of(*obj) == "Person" &&
                                      std::all_of(names->begin(), names->end(), [](const json& e) { return e.is_string(); })) {
    for (const auto& e : *names) add_authors(e, ids, info, depth + 1);
    return;
  }
  auto name = str(*obj, "name");
  if (!name) {
    auto given = str(*obj, "givenName"), family = str(*obj, "familyName");
    if (given && family) name = *given + " " + *family;
  }
  if (!name) return;
  std::string type = type_of(*obj);
  // Organization and its kinds (NewsMediaOrganization, GovernmentOrganization, NGO, ...).
  if (type.ends_with("Organization") || type == "Corporation" || type == "WebSite" || type == "NGO")
    info.org_authors.push_back(*name);
  else
    info.person_authors.push_back(*name);
}

}  // namespace

JsonLdInfo parse_json_ld(const std::vector<std::string>& scripts) {
  JsonLdInfo info;
  std::vector<json> docs;
  for (const auto& raw : scripts) {
    json j = json::parse(tolerant(raw), nullptr, false);
    if (!j.is_discarded()) docs.push_back(std::move(j));
  }
  std::vector<const json*> objects;
  for (const auto& d : docs) flatten(d, objects, 0);
  std::unordered_map<std::string, const json*> ids;
  for (const json* o : objects) {
    auto id = o->find("@id");
    if (id != o->end() && id->is_string() && o->size() > 1) ids.emplace(id->get<std::string>(), o);
  }
  const json* best = nullptr;
  int best_rank = 99;
  for (const json* o : objects) {
    std::string type = type_of(*o);
    info.found_listing = info.found_listing || type == "CollectionPage" || type == "SearchResultsPage" ||
                         type == "ProfilePage";
    int rank = article_rank(type);
    if (rank == 0) continue;
    // A page-level object only counts when it carries article fields.
    if (rank == 2 && !o->contains("headline") && !o->contains("datePublished")) continue;
    if (rank < best_rank) {
      best = o;
      best_rank = rank;
    }
  }
  if (!best) {
    for (const json* o : objects) {
      if (o->contains("headline") || o->contains("articleBody")) {
        best = o;
        break;
      }
    }
  }
  if (!best) return info;
  info.found_article = best_rank == 1;
  const json& a = *best;
  info.headline = str(a, "headline");
  if (!info.headline) info.headline = str(a, "name");
  else info.name = str(a, "name");
  info.published = str(a, "datePublished");
  if (!info.published) info.published = str(a, "dateCreated");
  info.modified = str(a, "dateModified");
  info.description = str(a, "description");
  info.language = str(a, "inLanguage");
  info.url = str(a, "url");
  if (auto it = a.find("articleBody"); it != a.end() && it->is_string()) info.article_body = decode_entities(decode_entities(it->get<std::string>()));
  for (const char* key : {"author", "creator"}) {
    if (auto it = a.find(key); it != a.end()) {
      add_authors(*it, ids, info, 0);
      if (!info.person_authors.empty() || !info.org_authors.empty()) break;
    }
  }
  if (auto it = a.find("publisher"); it != a.end()) {
    const json* p = &*it;
    if (p->is_array() && !p->empty()) p = &(*p)[0];
    if (p->is_object() && !p->contains("name")) {
      auto id = p->find("@id");
      if (id != p->end() && id->is_string()) {
        auto hit = ids.find(id->get<std::string>());
        if (hit != ids.end()) p = hit->second;
      }
    }
    if (p->is_string()) info.publisher = collapse_whitespace(p->get<std::string>());
    else info.publisher = str(*p, "name");
    if (auto t = p->is_object() ? p->find("@type") : p->end(); p->is_object() && t != p->end())
      info.publisher_is_person = *t == "Person" || (t->is_array() && std::find(t->begin(), t->end(), "Person") != t->end());
  }
  return info;
}

}  // namespace newsarchive::parse

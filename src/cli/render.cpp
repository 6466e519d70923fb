#include "cli/render.hpp"

#include <cstdio>
#include <iomanip>

#include "core/text.hpp"

namespace newsarchive::cli {
namespace {

Json opt(const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); }

std::string date_part(const std::optional<std::string>& iso) {
  if (!iso || iso->size() < 10) return "----------";
  return iso->substr(0, 10);
}

}  // namespace

Json article_json(const Article& a) {
  Json j;
  j["url"] = a.url;
  j["final_url"] = a.final_url.empty() ? Json(nullptr) : Json(a.final_url);
  j["canonical_url"] = opt(a.canonical_url);
  j["site_name"] = opt(a.site_name);
  j["headline"] = opt(a.headline);
  j["authors"] = a.authors;
  j["published"] = opt(a.published);
  j["modified"] = opt(a.modified);
  j["language"] = opt(a.language);
  j["description"] = opt(a.description);
  j["body"] = a.body;
  Json links = Json::array();
  for (const auto& l : a.links) {
    Json link;
    link["url"] = l.url;
    link["text"] = l.text;
    links.push_back(std::move(link));
  }
  j["links"] = std::move(links);
  Json sources = Json::array();
  for (const auto& s : a.sources) {
    Json src;
    src["name"] = s.name;
    src["domain"] = s.domain.empty() ? Json(nullptr) : Json(s.domain);
    src["urls"] = s.urls;
    src["via"] = via_name(s.via);
    src["mentions"] = s.mentions;
    src["credit_line"] = s.credit_line;
    src["evidence"] = s.evidence;
    sources.push_back(std::move(src));
  }
  j["sources"] = std::move(sources);
  if (a.not_found) j["not_found"] = true;  // a soft 404 (see is_error_page)
  return j;
}

Json stored_json(const StoredArticle& s) {
  Json j;
  j["id"] = s.id;
  // `url` is the archive's name for the article, as list and search print it; the
  // address first asked for (an old link, a feed's tracking URL) is `requested_url`.
  j["url"] = s.url.empty() ? s.article.url : s.url;
  j["requested_url"] = s.article.url;
  Json article = article_json(s.article);
  for (auto it = article.begin(); it != article.end(); ++it)
    if (it.key() != "url") j[it.key()] = std::move(it.value());
  j["site"] = s.site;
  j["first_seen"] = s.first_seen;
  j["last_fetched"] = s.last_fetched;
  j["last_changed"] = s.last_changed;
  j["revisions"] = s.revisions;
  return j;
}

Json summary_json(const ArticleSummary& s) {
  Json j;
  j["id"] = s.id;
  j["url"] = s.url;
  j["site"] = s.site;
  j["headline"] = opt(s.headline);
  j["published"] = opt(s.published);
  j["last_fetched"] = s.last_fetched;
  return j;
}

std::string json_line(const Json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void print_article(std::ostream& out, const StoredArticle& s) {
  const Article& a = s.article;
  out << '#' << s.id << "  " << a.headline.value_or("(no headline)") << '\n';
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) out << "  " << std::left << std::setw(11) << label << value << '\n';
  };
  line("URL:", s.url.empty() ? a.canonical_url.value_or(a.final_url.empty() ? a.url : a.final_url) : s.url);
  line("Site:", s.site + (a.site_name ? " (" + *a.site_name + ")" : ""));
  std::string authors;
  for (const auto& name : a.authors) authors += (authors.empty() ? "" : ", ") + name;
  line("Authors:", authors);
  line("Published:", a.published.value_or(""));
  line("Modified:", a.modified.value_or(""));
  line("Language:", a.language.value_or(""));
  line("Archived:", s.first_seen + ", last fetched " + s.last_fetched + ", " + std::to_string(s.revisions) +
                        (s.revisions == 1 ? " version" : " versions"));
  if (!a.sources.empty()) {
    out << "\nSources (" << a.sources.size() << "):\n";
    for (const auto& src : a.sources) {
      out << "  " << src.name;
      if (!src.domain.empty()) out << " (" << src.domain << ")";
      out << "  via " << via_name(src.via) << ", " << src.mentions << (src.mentions == 1 ? " mention" : " mentions");
      if (src.credit_line) out << ", credit line";
      out << '\n';
      for (const auto& u : src.urls) out << "      link: " << u << '\n';
      for (const auto& e : src.evidence) out << "      \"" << e << "\"\n";
    }
  }
  out << '\n' << a.body << '\n';
}

std::string terminal_safe(std::string_view text) {
  const bool utf8 = is_valid_utf8(text);
  std::string out;
  out.reserve(text.size());
  auto escape = [&out](unsigned char c) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%%%02X", c);
    out += buf;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    // U+0080-U+009F (C1 controls, 0xC2 0x80-0x9F in UTF-8) act like ESC on some terminals:
    // both bytes are escaped.
    bool c1 = utf8 && c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0;
    if (c1) {
      escape(c);
      escape(static_cast<unsigned char>(text[++i]));
    } else if (c < 0x20 || c == 0x7F || (!utf8 && c >= 0x80)) {
      escape(c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

void print_summary(std::ostream& out, const ArticleSummary& s) {
  out << '#' << std::left << std::setw(6) << s.id << ' ' << date_part(s.published) << "  " << s.site << "  "
      << s.headline.value_or(s.url) << '\n';
}

void note_more_rows(int limit, std::string_view how) {
  // A plain line rather than a log record: it is no warning, and it shows without -v.
  std::fprintf(stderr, "newsarchive: more match than the %d shown (%.*s shows more)\n", limit,
               static_cast<int>(how.size()), how.data());
}

}  // namespace newsarchive::cli

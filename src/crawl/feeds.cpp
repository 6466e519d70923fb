#include "crawl/feeds.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "crawl/feed_bytes.hpp"
#include "newsarchive/url.hpp"

namespace newsarchive {
namespace {

// Element names are matched by local name: prefixes ("news:", "dc:", "atom:") vary.
std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  return {};
}

// All character data below `n` (pcdata and CDATA), in document order.
std::string deep_text(const pugi::xml_node& n) {
  std::string out;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
      out += c.value();
    else if (c.type() == pugi::node_element)
      out += deep_text(c);
  }
  return out;
}

std::string child_text(const pugi::xml_node& n, std::string_view local) {
  pugi::xml_node c = child(n, local);
  return c ? std::string(trim(deep_text(c))) : std::string();
}

// Drops "<tag ...>", "</tag>" and "<!...>"; a '<' not starting a tag ("a < b") stays.
std::string strip_tags(std::string_view s) {
  std::string out;
  bool in_tag = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    char next = i + 1 < s.size() ? s[i + 1] : '\0';
    bool opens = c == '<' && ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                              next == '/' || next == '!');
    if (!in_tag && opens)
      in_tag = true;
    else if (in_tag && c == '>')
      in_tag = false;
    else if (!in_tag)
      out.push_back(c);
  }
  return out;
}

// Titles are often escaped twice ("&amp;amp;") or carry markup inside CDATA.
std::string clean_title(std::string_view raw) {
  std::string s = raw.find('<') != std::string_view::npos ? strip_tags(raw) : std::string(raw);
  return collapse_whitespace(decode_html_entities(s));
}

std::string attr(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    std::string_view name = a.name();
    std::size_t colon = name.rfind(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local)
      return std::string(trim(a.value()));
  }
  return "";
}

// The `n` newest entries by their dates, in document order; the first `n` when none is
// dated. Equal dates keep the earlier entry.
void keep_newest(std::vector<FeedEntry>& entries, std::size_t n) {
  if (entries.size() <= n) return;
  bool dated = std::any_of(entries.begin(), entries.end(), [](const FeedEntry& e) { return !e.best_date().empty(); });
  if (!dated) {
    entries.resize(n);
    return;
  }
  // An undated entry sits among its neighbours in time: it takes the date of the dated
  // entry before it, else of the one after (a sitemap dating only edited entries lists
  // its new, never-edited ones among the newest, not before the oldest).
  std::vector<const std::string*> date(entries.size(), nullptr);
  const std::string* last = nullptr;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].best_date().empty()) last = &entries[i].best_date();
    date[i] = last;
  }
  const std::string* next = nullptr;
  for (std::size_t i = entries.size(); i-- > 0;) {
    if (!entries[i].best_date().empty()) next = &entries[i].best_date();
    if (!date[i]) date[i] = next;
  }
  std::vector<std::size_t> order(entries.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                   [&](std::size_t a, std::size_t b) {
                     const std::string &x = *date[a], &y = *date[b];
                     return x != y ? x > y : a < b;
                   });
  order.resize(n);
  std::sort(order.begin(), order.end());
  std::vector<FeedEntry> kept;
  kept.reserve(n);
  for (std::size_t i : order) kept.push_back(std::move(entries[i]));
  entries = std::move(kept);
}

class Reader {
 public:
  Reader(const std::string& xml, std::string_view url, std::ptrdiff_t error_offset)
      : xml_(xml), url_(url), error_offset_(error_offset) {}

  // The base URL for `n`: the document URL refined by xml:base on its ancestors.
  std::string base_for(const pugi::xml_node& n) const {
    std::vector<std::string> bases;
    for (pugi::xml_node p = n; p; p = p.parent())
      if (pugi::xml_attribute b = p.attribute("xml:base")) bases.emplace_back(trim(b.value()));
    std::string base(url_);
    for (auto it = bases.rbegin(); it != bases.rend(); ++it)
      if (auto r = resolve_url(base, *it)) base = *r;
    return base;
  }

  std::string absolute(const pugi::xml_node& context, std::string_view ref) const {
    ref = trim(ref);
    if (ref.empty()) return "";
    std::optional<std::string> r = resolve_url(base_for(context), ref);
    std::string out = r ? *r : std::string(ref);
    return is_http_url(out) ? out : "";
  }

  // In a document that failed to parse, an element is kept only if its end tag is in
  // the text before the error: pugixml keeps half-read elements, with cut URLs.
  bool complete(const pugi::xml_node& n) const {
    if (error_offset_ < 0) return true;
    std::ptrdiff_t start = n.offset_debug();
    if (start < 0) return true;
    std::string close = "</" + std::string(n.name());
    std::size_t at = xml_.find(close, static_cast<std::size_t>(start));
    return at != std::string::npos && static_cast<std::ptrdiff_t>(at) < error_offset_;
  }

  // Past the entry cap the newest entries are kept; the list is pruned as it grows, so
  // it never holds more than twice the cap.
  static void add(FeedDocument& doc, FeedEntry&& e) {
    if (e.url.empty()) return;
    ++doc.listed;
    doc.entries.push_back(std::move(e));
    if (doc.entries.size() >= 2 * kMaxFeedEntries) keep_newest(doc.entries, kMaxFeedEntries);
  }

  void read_rss_item(FeedDocument& doc, const pugi::xml_node& item) const {
    if (!complete(item)) return;
    FeedEntry e;
    // FeedBurner's origLink is the publisher's URL behind its redirecting <link>.
    e.url = absolute(item, child_text(item, "origLink"));
    for (pugi::xml_node c = item.first_child(); c && e.url.empty(); c = c.next_sibling()) {
      if (c.type() != pugi::node_element || local_name(c) != "link") continue;
      std::string text(trim(deep_text(c)));
      std::string rel = attr(c, "rel");
      if (!text.empty())
        e.url = absolute(item, text);
      else if (rel.empty() || rel == "alternate")
        e.url = absolute(item, attr(c, "href"));
    }
    if (e.url.empty()) {
      pugi::xml_node guid = child(item, "guid");
      if (guid && !iequals(attr(guid, "isPermaLink"), "false"))
        e.url = absolute(item, trim(deep_text(guid)));
    }
    if (e.url.empty()) e.url = absolute(item, attr(item, "about"));  // RSS 1.0 rdf:about
    e.title = clean_title(child_text(item, "title"));
    e.published = normalize_feed_date(child_text(item, "pubDate"));
    if (e.published.empty()) e.published = normalize_feed_date(child_text(item, "date"));
    if (e.published.empty()) e.published = normalize_feed_date(child_text(item, "published"));
    e.modified = normalize_feed_date(child_text(item, "modified"));
    if (e.modified.empty()) e.modified = normalize_feed_date(child_text(item, "updated"));
    add(doc, std::move(e));
  }

  void read_rss(FeedDocument& doc, const pugi::xml_node& root) const {
    // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it.
    for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      if (local_name(c) == "item") {
        read_rss_item(doc, c);
      } else if (local_name(c) == "channel") {
        for (pugi::xml_node i = c.first_child(); i; i = i.next_sibling())
          if (i.type() == pugi::node_element && local_name(i) == "item") read_rss_item(doc, i);
      }
    }
  }

  // rel="alternate" (the default) to an HTML page first, then any alternate, then
  // the first link with an href.
  std::string atom_link(const pugi::xml_node& entry) const {
    std::string alternate, any;
    for (pugi::xml_node c = entry.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element || local_name(c) != "link") continue;
      std::string href = attr(c, "href");
      if (href.empty()) href = std::string(trim(deep_text(c)));
      if (href.empty()) continue;
      std::string rel = attr(c, "rel");
      std::string type = to_lower_ascii(attr(c, "type"));
      bool is_alternate = rel.empty() || rel == "alternate";
      if (is_alternate && (type.empty() || type == "text/html" || type == "application/xhtml+xml"))
        return href;
      if (is_alternate && alternate.empty()) alternate = href;
      if (any.empty()) any = href;
    }
    return alternate.empty() ? any : alternate;
  }

  void read_atom(FeedDocument& doc, const pugi::xml_node& root) const {
    for (pugi::xml_node entry = root.first_child(); entry; entry = entry.next_sibling()) {
      if (entry.type() != pugi::node_element || local_name(entry) != "entry" || !complete(entry))
        continue;
      FeedEntry e;
      e.url = absolute(entry, atom_link(entry));
      e.title = clean_title(child_text(entry, "title"));
      e.published = normalize_feed_date(child_text(entry, "published"));
      if (e.published.empty()) e.published = normalize_feed_date(child_text(entry, "issued"));
      e.modified = normalize_feed_date(child_text(entry, "updated"));
      if (e.modified.empty()) e.modified = normalize_feed_date(child_text(entry, "modified"));
      add(doc, std::move(e));
    }
  }

  void read_sitemap(FeedDocument& doc, const pugi::xml_node& root, std::string_view element) const {
    for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element || local_name(n) != element || !complete(n)) continue;
      FeedEntry e;
      e.url = absolute(n, child_text(n, "loc"));
      e.modified = normalize_feed_date(child_text(n, "lastmod"));
      if (pugi::xml_node news = child(n, "news")) {
        e.news_publication_date = normalize_feed_date(child_text(news, "publication_date"));
        e.news_title = clean_title(child_text(news, "title"));
      }
      add(doc, std::move(e));
    }
  }

 private:
  const std::string& xml_;
  std::string_view url_;
  std::ptrdiff_t error_offset_;  // -1 when the document parsed cleanly
};

FeedDocument read_url_list(std::string_view text) {
  FeedDocument doc;
  doc.kind = FeedKind::url_list;
  for (std::string_view line : split(text, '\n')) {
    line = trim(line);
    // The protocol wants absolute URLs; a relative line is more likely junk than a link.
    if (line.empty() || !is_http_url(line)) continue;
    ++doc.listed;
    if (doc.entries.size() < kMaxFeedEntries) doc.entries.push_back(FeedEntry{std::string(line), "", "", "", "", ""});
  }
  doc.truncated = doc.listed > doc.entries.size();
  return doc;
}

}  // namespace

const char* feed_kind_name(FeedKind kind) {
  switch (kind) {
    case FeedKind::unknown: return "unknown";
    case FeedKind::rss: return "rss";
    case FeedKind::atom: return "atom";
    case FeedKind::sitemap_index: return "sitemap_index";
    case FeedKind::urlset: return "urlset";
    case FeedKind::url_list: return "url_list";
  }
  return "unknown";
}

const std::string& FeedEntry::best_date() const {
  if (!modified.empty()) return modified;
  if (!published.empty()) return published;
  return news_publication_date;
}

std::string normalize_feed_date(std::string_view text) {
  text = trim(text);
  if (text.empty()) return "";
  std::optional<DateTime> dt = parse_iso8601(text);
  if (!dt) dt = parse_rfc822(text);
  if (!dt) dt = parse_date_loose(text);
  if (!dt || !is_valid(*dt)) return "";
  return format_iso(*dt);
}

FeedDocument parse_feed(std::string_view body, std::string_view url) {
  bool cut = false;
  Gunzipped unzipped;
  if (is_gzip(body)) {
    unzipped = gunzip(body, kMaxFeedBytes);
    cut = !unzipped.complete;
    body = unzipped.data;
  } else if (body.size() > kMaxFeedBytes) {
    body = body.substr(0, kMaxFeedBytes);
    cut = true;
  }

  std::string_view head = body;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  head = trim(head);
  if (istarts_with(head, "http://") || istarts_with(head, "https://")) {
    FeedDocument doc = read_url_list(head);
    doc.truncated = doc.truncated || cut;
    return doc;
  }

  std::string xml = repair_feed_xml(body);
  pugi::xml_document dom;
  // repair_feed_xml returns UTF-8 (whatever the declaration says) except for UTF-16
  // input, which keeps its BOM for pugixml to detect.
  bool utf16 = xml.size() >= 2 && (xml[0] == '\xFF' || xml[0] == '\xFE');
  pugi::xml_parse_result parsed = dom.load_buffer(
      xml.data(), xml.size(), pugi::parse_default, utf16 ? pugi::encoding_auto : pugi::encoding_utf8);
  // Offsets index the UTF-8 text; for (rare) UTF-16 input, half-read entries are kept.
  std::ptrdiff_t error_offset = parsed || utf16 ? -1 : parsed.offset;

  FeedDocument doc;
  doc.truncated = cut || !parsed;
  pugi::xml_node root = dom.document_element();
  if (!root) root = dom.first_child();
  while (root && root.type() != pugi::node_element) root = root.next_sibling();
  if (!root) return doc;

  Reader reader(xml, url, error_offset);
  std::string_view name = local_name(root);
  if (name == "rss" || name == "RDF" || name == "rdf") {
    doc.kind = FeedKind::rss;
    reader.read_rss(doc, root);
  } else if (name == "feed") {
    doc.kind = FeedKind::atom;
    reader.read_atom(doc, root);
  } else if (name == "sitemapindex") {
    doc.kind = FeedKind::sitemap_index;
    reader.read_sitemap(doc, root, "sitemap");
  } else if (name == "urlset") {
    doc.kind = FeedKind::urlset;
    reader.read_sitemap(doc, root, "url");
  }
  if (doc.entries.size() > kMaxFeedEntries) {
    keep_newest(doc.entries, kMaxFeedEntries);
  }
  doc.truncated = doc.truncated || doc.listed > doc.entries.size();
  return doc;
}

std::string date_in_url(std::string_view url) {
  std::string_view path = url;
  if (std::size_t scheme = path.find("://"); scheme != std::string_view::npos) {
    std::size_t slash = path.find('/', scheme + 3);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  }
  // No sitemap is named for a year to come: "sitemaps/2048.xml" is a page number.
  const int latest_year = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(
                                                          std::chrono::system_clock::now())).year().operator int() + 1;
  auto digit = [&](std::size_t i) { return i < path.size() && std::isdigit(static_cast<unsigned char>(path[i])); };
  auto number = [&](std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t k = 0; k < len; ++k) v = v * 10 + (path[at + k] - '0');
    return v;
  };
  auto append_two = [](std::string& out, int v) {
    out.push_back('-');
    out.push_back(static_cast<char>('0' + v / 10));
    out.push_back(static_cast<char>('0' + v % 10));
  };
  // The last date the path names wins: "/s/1999/sitemap-2026-08.xml" is August 2026.
  std::string found;
  // A month given as its own query parameter: "?yyyy=2026&mm=08", "?year=2026&month=8".
  int query_month = 0;
  if (std::size_t q = path.find('?'); q != std::string_view::npos)
    for (std::string_view param : split(path.substr(q + 1), '&')) {
      std::size_t eq = param.find('=');
      if (eq == std::string_view::npos) continue;
      std::string key = to_lower_ascii(param.substr(0, eq));
      std::string_view value = param.substr(eq + 1);
      if ((key == "mm" || key == "month" || key == "m") && !value.empty() && value.size() <= 2 &&
          std::all_of(value.begin(), value.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        query_month = std::stoi(std::string(value));
    }
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;
    // A year stands on its own: "post-sitemap2000.xml" is a page number.
    if (i > 0 && std::isalpha(static_cast<unsigned char>(path[i - 1]))) continue;
    std::size_t run = i;
    while (digit(run)) ++run;
    std::size_t len = run - i;
    if (len != 4 && len != 6 && len != 8) continue;
    int year = number(i, 4);
    if (year < 1990 || year > latest_year) continue;
    int month = len >= 6 ? number(i + 4, 2) : 0, day = len == 8 ? number(i + 6, 2) : 0;
    if (len == 4 && i > 0 && path[i - 1] == '=') month = query_month;
    if (len == 4 && month == 0) {
      // A separated month, then day: 2026-08, 2026/08/15, 2026_08.
      auto separated = [&](std::size_t at, int& value) {
        if (at >= path.size() || std::string_view("-_/.").find(path[at]) == std::string_view::npos) return at;
        std::size_t end = at + 1;
        while (digit(end)) ++end;
        if (end - at - 1 != 2) return at;
        value = number(at + 1, 2);
        return end;
      };
      std::size_t next = separated(run, month);
      if (month >= 1 && month <= 12) separated(next, day);
    }
    std::string date = std::to_string(year);
    if (month >= 1 && month <= 12) {
      append_two(date, month);
      DateTime dt;
      dt.year = year;
      dt.month = month;
      dt.day = day;
      if (day >= 1 && is_valid(dt)) append_two(date, day);
    } else if (len != 4) {
      continue;  // six or eight digits that are no year and month: an id
    }
    found = std::move(date);
  }
  return found;
}

}  // namespace newsarchive

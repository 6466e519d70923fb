#include "crawl_sites.hpp"

#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

#include "support/gzip.hpp"

namespace e2e {
namespace {

constexpr const char* kLastModified = "Mon, 02 Feb 2026 10:00:00 GMT";

std::string article_page(const std::string& headline, const std::vector<std::string>& paragraphs,
                         const std::string& canonical = "") {
  std::string html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline +
                     " | The Daily</title>";
  if (!canonical.empty()) html += "<link rel=\"canonical\" href=\"" + canonical + "\">";
  html += "</head><body><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav><main><article><h1>" +
          headline + "</h1>";
  for (const auto& p : paragraphs) html += "<p>" + p + "</p>";
  html += "</article></main><footer>All rights reserved.</footer></body></html>";
  return html;
}

std::string etag_of(const std::string& body) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "\"%016zx\"", std::hash<std::string>{}(body));
  return buf;
}

std::string host_only(const std::string& host_header) {
  auto colon = host_header.rfind(':');
  return colon == std::string::npos ? host_header : host_header.substr(0, colon);
}

}  // namespace

CrawlSites::CrawlSites(testsupport::LoopbackServer& server) : server_(server) {
  server_.http().set_keep_alive_timeout(1);
  server_.http().Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    std::call_once(built_, [this] { build(); });  // the port is known once the server runs
    auto site = sites_.find(host_only(req.get_header_value("Host")));
    if (site == sites_.end()) {
      res.status = 404;
      return;
    }
    auto it = site->second.find(req.path);
    if (it == site->second.end()) {
      res.status = 404;
      res.set_content("not found", "text/plain");
      return;
    }
    Resource r = it->second;
    if (r.article && slow_ms_.load() > 0) std::this_thread::sleep_for(std::chrono::milliseconds(slow_ms_.load()));
    // Articles, feeds and sitemaps answer conditional requests.
    if (r.article || r.content_type.find("xml") != std::string::npos || req.path.ends_with(".gz")) {
      if (req.path == changing_path() && version_.load() >= 2) {
        auto pos = r.body.find("reopened on Monday");
        if (pos != std::string::npos) r.body.replace(pos, 18, "reopened on Tuesday after a final safety check");
      }
      std::string etag = etag_of(r.body);
      res.set_header("ETag", etag);
      res.set_header("Last-Modified", kLastModified);
      std::string inm = req.get_header_value("If-None-Match");
      if ((!inm.empty() && inm == etag) || (inm.empty() && req.get_header_value("If-Modified-Since") == kLastModified)) {
        res.status = 304;
        return;
      }
    }
    res.set_content(r.body, r.content_type.c_str());
  });
}

std::string CrawlSites::url(const std::string& host, const std::string& path) const {
  return "http://" + host + ":" + std::to_string(server_.port()) + path;
}

std::vector<std::string> CrawlSites::resolve_args() const {
  return {"--resolve", server_.resolve_entry("alpha.example"), "--resolve", server_.resolve_entry("beta.example")};
}

std::vector<std::string> CrawlSites::expected_articles() const {
  return {url("alpha.example", "/news/harbour-bridge-reopens"),
          url("alpha.example", "/news/2026/03/ferry-timetable-changes"),
          url("alpha.example", "/news/council-approves-budget"),
          url("alpha.example", "/news/fishing-quota-agreed"),
          url("alpha.example", "/world/winter-storm-warning-issued"),
          url("beta.example", "/2026/04/01/election-results-announced"),
          url("beta.example", "/2026/04/02/new-minister-sworn-in"),
          url("beta.example", "/2026/04/03/parliament-debates-housing"),
          url("beta.example", "/2026/04/04/opposition-leader-resigns")};
}

std::string CrawlSites::config(double per_host_delay, int concurrency, const std::string& extra) const {
  char delay[32];
  std::snprintf(delay, sizeof delay, "%.3f", per_host_delay);
  return "[crawl]\n"
         "user_agent = \"newsarchive/1.0 (+https://example.org/contact)\"\n"
         "concurrency = " + std::to_string(concurrency) + "\n"
         "per_host_delay = " + delay + "\n"
         "workers = 1\n"
         "max_retries = 1\n"
         "retry_base_delay = 0.1\n" + extra +
         "\n[[site]]\n"
         "name = \"Alpha\"\n"
         "start = [\"" + url("alpha.example", "/") + "\"]\n"
         "\n[[site]]\n"
         "name = \"Beta\"\n"
         "start = [\"" + url("beta.example", "/politics/") + "\"]\n"
         "feeds = [\"" + url("beta.example", "/atom.xml") + "\"]\n"
         "sitemaps = [\"" + url("beta.example", "/news-sitemap.xml") + "\"]\n";
}

void CrawlSites::add(const std::string& host, const std::string& path, Resource r) {
  sites_[host][path] = std::move(r);
}

void CrawlSites::build() {
  const std::string A = "alpha.example", B = "beta.example";
  auto a = [&](const std::string& p) { return url(A, p); };
  auto b = [&](const std::string& p) { return url(B, p); };

  // --- alpha: robots.txt names the sitemap index; the start page advertises the feed.
  add(A, "/robots.txt", {"text/plain", "User-agent: *\nDisallow: /private/\n\nSitemap: " + a("/sitemap_index.xml") + "\n"});
  add(A, "/", {"text/html",
               "<html><head><title>Alpha</title><link rel=\"alternate\" type=\"application/rss+xml\" "
               "href=\"/rss.xml\"></head><body><ul>"
               "<li><a href=\"/news/harbour-bridge-reopens\">Bridge</a></li>"
               "<li><a href=\"/news/2026/03/ferry-timetable-changes\">Ferry</a></li>"
               "<li><a href=\"/world/winter-storm-warning-issued\">Storm</a></li>"
               "<li><a href=\"/tag/harbour\">More on the harbour</a></li>"
               "<li><a href=\"/private/staff-memo-leaked\">Memo</a></li>"
               "<li><a href=\"/about\">About us</a></li></ul></body></html>"});
  add(A, "/rss.xml", {"application/rss+xml",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Alpha</title>"
                      "<item><title>Bridge</title><link>" + a("/news/harbour-bridge-reopens") +
                      "</link><pubDate>Tue, 03 Feb 2026 08:00:00 GMT</pubDate></item>"
                      "<item><title>Ferry</title><link>" + a("/news/2026/03/ferry-timetable-changes?ref=rss") +
                      "</link><pubDate>Wed, 04 Mar 2026 09:30:00 GMT</pubDate></item>"
                      "<item><title>Memo</title><link>" + a("/private/staff-memo-leaked") +
                      "</link></item></channel></rss>"});
  add(A, "/sitemap_index.xml",
      {"application/xml",
       "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
       "<sitemap><loc>" + a("/sitemaps/articles.xml.gz") + "</loc><lastmod>2026-03-01</lastmod></sitemap>"
       "<sitemap><loc>" + a("/sitemaps/news.xml") + "</loc><lastmod>2026-03-05</lastmod></sitemap></sitemapindex>"});
  add(A, "/sitemaps/articles.xml.gz",
      {"application/gzip",
       testsupport::gzip("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                         "<url><loc>" + a("/news/council-approves-budget") + "</loc><lastmod>2026-02-20</lastmod></url>"
                         "<url><loc>" + a("/news/harbour-bridge-reopens") + "</loc></url></urlset>")});
  add(A, "/sitemaps/news.xml",
      {"application/xml",
       "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
       "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + a("/news/fishing-quota-agreed") +
       "</loc><news:news><news:publication><news:name>Alpha</news:name><news:language>en</news:language>"
       "</news:publication><news:publication_date>2026-03-05T07:45:00+01:00</news:publication_date>"
       "<news:title>Fishing quota agreed</news:title></news:news></url></urlset>"});
  add(A, "/tag/harbour", {"text/html",
                          "<html><body><h1>Harbour</h1><a href=\"/news/harbour-bridge-reopens\">Bridge</a></body></html>"});
  add(A, "/private/staff-memo-leaked",
      {"text/html", article_page("Staff memo", {"This page must never be fetched by a polite crawler."}), true});
  add(A, "/news/harbour-bridge-reopens",
      {"text/html",
       article_page("Harbour bridge reopens",
                    {"The harbour bridge reopened on Monday after eleven weeks of repairs to its storm-damaged deck.",
                     "Commuters had used a ferry shuttle since December, adding half an hour to most journeys.",
                     "The city engineer said the new deck should last another forty years with regular care."}),
       true});
  add(A, "/news/2026/03/ferry-timetable-changes",
      {"text/html",
       article_page("Ferry timetable changes for spring",
                    {"The ferry company will add two early sailings from April, it announced on Wednesday.",
                     "Passengers asked for the change in a survey last autumn, the company said."},
                    a("/news/2026/03/ferry-timetable-changes")),
       true});
  add(A, "/news/council-approves-budget",
      {"text/html",
       article_page("Council approves budget",
                    {"The council approved next year's budget by nine votes to four on Thursday night.",
                     "Spending on roads rises by six percent while the library hours stay the same."}),
       true});
  add(A, "/news/fishing-quota-agreed",
      {"text/html",
       article_page("Fishing quota agreed",
                    {"Fishermen and regulators agreed a cod quota for the coming season after a week of talks.",
                     "The deal keeps the catch at last year's level, which both sides called a fair result."}),
       true});
  add(A, "/world/winter-storm-warning-issued",
      {"text/html",
       article_page("Winter storm warning issued",
                    {"Forecasters issued a storm warning for the coast, with gusts of up to ninety kilometres an hour.",
                     "Schools will decide in the morning whether to open, the education office said."}),
       true});

  // --- beta: only newsarchive may crawl it (another group disallows everyone else).
  add(B, "/robots.txt", {"text/plain", "User-agent: newsarchive\nDisallow: /drafts/\n\nUser-agent: *\nDisallow: /\n"});
  add(B, "/atom.xml", {"application/atom+xml",
                       "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                       "<title>Beta</title><updated>2026-04-02T12:00:00Z</updated>"
                       "<entry><title>Election results</title><link href=\"" + b("/2026/04/01/election-results-announced") +
                       "\"/><published>2026-04-01T20:00:00Z</published><updated>2026-04-01T22:00:00Z</updated></entry>"
                       "<entry><title>New minister</title><link href=\"" + b("/2026/04/02/new-minister-sworn-in") +
                       "\"/><published>2026-04-02T10:00:00Z</published></entry>"
                       "<entry><title>Draft</title><link href=\"" + b("/drafts/unpublished-piece") +
                       "\"/></entry></feed>"});
  add(B, "/news-sitemap.xml",
      {"application/xml",
       "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
       "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" +
           b("/2026/04/03/parliament-debates-housing") +
           "</loc><news:news><news:publication><news:name>Beta</news:name><news:language>en</news:language>"
           "</news:publication><news:publication_date>2026-04-03T09:00:00Z</news:publication_date>"
           "<news:title>Parliament debates housing</news:title></news:news></url></urlset>"});
  add(B, "/politics/", {"text/html",
                        "<html><body><h1>Politics</h1>"
                        "<a href=\"/2026/04/01/election-results-announced\">Election</a>"
                        "<a href=\"/2026/04/04/opposition-leader-resigns\">Resigns</a>"
                        "<a href=\"/tag/politics\">Politics tag</a>"
                        "<a href=\"/drafts/unpublished-piece\">Draft</a></body></html>"});
  add(B, "/tag/politics", {"text/html", "<html><body><h1>Politics</h1></body></html>"});
  add(B, "/drafts/unpublished-piece",
      {"text/html", article_page("Draft", {"Not for robots: this draft is disallowed for newsarchive."}), true});
  add(B, "/2026/04/01/election-results-announced",
      {"text/html",
       article_page("Election results announced",
                    {"The electoral commission announced the final results late on Wednesday evening.",
                     "Turnout reached sixty-eight percent, the highest in two decades."}),
       true});
  add(B, "/2026/04/02/new-minister-sworn-in",
      {"text/html",
       article_page("New minister sworn in",
                    {"The new finance minister was sworn in at the palace on Thursday morning.",
                     "She promised a review of the tax code before the summer recess."}),
       true});
  add(B, "/2026/04/03/parliament-debates-housing",
      {"text/html",
       article_page("Parliament debates housing",
                    {"Members of parliament debated the housing bill for six hours on Friday.",
                     "The vote is expected next week after a second reading in committee."}),
       true});
  add(B, "/2026/04/04/opposition-leader-resigns",
      {"text/html",
       article_page("Opposition leader resigns",
                    {"The leader of the opposition resigned on Saturday after the party's poor result.",
                     "An interim leader will be chosen by the parliamentary group on Monday."}),
       true});
}

}  // namespace e2e

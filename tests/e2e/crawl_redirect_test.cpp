// Redirects and robots.txt during a crawl, with real libcurl: each hop is a request of
// its own, so robots.txt of the target's host and the site's exclude patterns decide
// about it; a robots.txt larger than any page is read as far as RFC 9309 asks.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>

#include "e2e_util.hpp"
#include "sqlite_reader.hpp"
#include "support/loopback_server.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

using namespace e2e;

namespace {

std::string story(const std::string& headline) {
  return "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline +
         "</h1><p>The ferry company said on Tuesday that the winter timetable would start a week early "
         "because of the storms forecast for the coast, and that tickets already sold stay valid.</p>"
         "<p>Passengers were told to check the new times before they travel.</p></article></body></html>";
}

class CrawlRedirectE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& http = server_.http();
    http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { answer(req, res); });
    server_.start();
  }

  std::string url(const std::string& host, const std::string& path) const {
    return "http://" + host + ":" + std::to_string(server_.port()) + path;
  }

  void answer(const httplib::Request& req, httplib::Response& res) const {
    std::string host = req.get_header_value("Host");
    host = host.substr(0, host.rfind(':'));
    const std::string& p = req.path;
    if (host == "news.test") {
      if (p == "/robots.txt") return res.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
      if (p == "/rss.xml") {
        std::string items;
        for (const char* path : {"/news/old-path", "/news/moved", "/news/away", "/news/hidden", "/news/clip"})
          items += std::string("<item><title>t</title><link>") + url("news.test", path) + "</link></item>";
        return res.set_content("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>" + items +
                                   "</channel></rss>",
                               "application/rss+xml");
      }
      if (p == "/news/old-path") return res.set_redirect("/news/new-path", 301);
      if (p == "/news/new-path") return res.set_content(story("Ferry timetable moves"), "text/html");
      if (p == "/news/moved") return res.set_redirect("/private/draft", 301);
      if (p == "/news/away") return res.set_redirect(url("other.test", "/story"), 302);
      if (p == "/news/hidden") return res.set_redirect(url("other.test", "/hidden/story"), 302);
      if (p == "/news/clip") return res.set_redirect("/video/clip", 308);
      if (p == "/private/draft" || p == "/video/clip") return res.set_content(story("Not for us"), "text/html");
    } else if (host == "slug.test") {
      // The story's slug changes with its edited headline; the old address redirects.
      if (p == "/robots.txt") return res.set_content("User-agent: *\nAllow: /\n", "text/plain");
      if (p == "/rss.xml")
        return res.set_content("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>S</title><item><link>" +
                                   url("slug.test", "/news/ferry-timetable") + "</link></item></channel></rss>",
                               "application/rss+xml");
      if (p == "/news/ferry-timetable") {
        if (edited_) return res.set_redirect("/news/ferry-timetable-starts-early", 301);
        return res.set_content(story("Ferry timetable changes"), "text/html");
      }
      if (p == "/news/ferry-timetable-starts-early" && edited_)
        return res.set_content(story("Ferry timetable changes a week early"), "text/html");
    } else if (host == "huge.test") {
      if (p == "/robots.txt") {
        // 3 MB of rules: those in the first 500 KiB count, a "Disallow: /" far below does not.
        std::string rules = "User-agent: *\nDisallow: /private/\n";
        while (rules.size() < 3 * 1024 * 1024) rules += "Disallow: /archive/old-section-kept-for-search-engines/\n";
        return res.set_content(rules + "Disallow: /\n", "text/plain");
      }
      if (p == "/rss.xml") {
        std::string items;
        for (const char* path : {"/news/harbour", "/private/draft"})
          items += std::string("<item><link>") + url("huge.test", path) + "</link></item>";
        return res.set_content("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>H</title>" + items +
                                   "</channel></rss>",
                               "application/rss+xml");
      }
      if (p == "/news/harbour") return res.set_content(story("Harbour reopens"), "text/html");
      if (p == "/private/draft") return res.set_content(story("Not for us"), "text/html");
    } else if (host == "other.test") {
      if (p == "/robots.txt") return res.set_content("User-agent: *\nDisallow: /hidden/\n", "text/plain");
      if (p == "/story") return res.set_content(story("Storm warning for the coast"), "text/html");
      if (p == "/hidden/story") return res.set_content(story("Not for us either"), "text/html");
    }
    res.status = 404;
  }

  testsupport::LoopbackServer server_;
  testsupport::TempDir dir_;
  std::atomic<bool> edited_{false};
};

}  // namespace

TEST_F(CrawlRedirectE2E, EachHopIsVettedByRobotsTxtAndTheSitesPatterns) {
  std::string config = dir_.write("sites.toml", "[crawl]\nper_host_delay = 0\n\n[[site]]\nname = \"News\"\nfeeds = [\"" +
                                                    url("news.test", "/rss.xml") + "\"]\nexclude = [\"/video/\"]\n");
  std::string db = dir_.file("archive.db");
  auto r = testsupport::run_newsarchive({"--db", db, "--resolve", server_.resolve_entry("news.test"), "--resolve",
                                         server_.resolve_entry("other.test"), "crawl", "--config", config});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;

  auto requests = server_.requests();
  auto asked = [&](const std::string& host, const std::string& path) {
    return std::find_if(requests.begin(), requests.end(),
                        [&](const auto& q) { return q.host == host && q.path == path; }) - requests.begin();
  };
  const auto never = static_cast<long>(requests.size());
  EXPECT_EQ(asked("news.test", "/private/draft"), never) << "disallowed by news.test's robots.txt";
  EXPECT_EQ(asked("news.test", "/video/clip"), never) << "excluded by the site";
  EXPECT_EQ(asked("other.test", "/hidden/story"), never) << "disallowed by other.test's robots.txt";
  ASSERT_NE(asked("other.test", "/story"), never);
  EXPECT_LT(asked("other.test", "/robots.txt"), asked("other.test", "/story"));

  SqliteReader sql(db);
  EXPECT_EQ(sql.count("SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(sql.value("SELECT a.headline FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url = '" +
                      url("news.test", "/news/old-path") + "'"),
            "Ferry timetable moves")
      << "the URL the feed gave finds the article it led to";
  EXPECT_EQ(sql.value("SELECT state FROM frontier WHERE url LIKE '%/news/moved'"), "robots");
  EXPECT_EQ(sql.value("SELECT state FROM frontier WHERE url LIKE '%/news/hidden'"), "robots");
  EXPECT_EQ(sql.value("SELECT last_error FROM frontier WHERE url LIKE '%/news/clip'"), "redirect_excluded");
  EXPECT_GE(sql.count("SELECT count(*) FROM fetches WHERE status = 301 AND requested_url LIKE '%/news/old-path'"), 1)
      << "each hop is in the fetch log";
}

TEST_F(CrawlRedirectE2E, AStoryWhoseUrlMovedKeepsOneArticleAndItsRevisions) {
  std::string config = dir_.write("slug.toml", "[crawl]\nper_host_delay = 0\n\n[[site]]\nname = \"Slug\"\nfeeds = [\"" +
                                                   url("slug.test", "/rss.xml") + "\"]\n");
  std::string db = dir_.file("archive.db");
  auto crawl = [&] {
    return testsupport::run_newsarchive(
        {"--db", db, "--resolve", server_.resolve_entry("slug.test"), "crawl", "--config", config});
  };
  auto first = crawl();
  ASSERT_EQ(first.exit_code, 0) << first.err << first.out;
  edited_ = true;
  auto second = crawl();
  ASSERT_EQ(second.exit_code, 0) << second.err << second.out;

  SqliteReader sql(db);
  EXPECT_EQ(sql.count("SELECT count(*) FROM articles"), 1) << "the moved story is not a second article";
  EXPECT_EQ(sql.count("SELECT count(*) FROM revisions"), 2);
  EXPECT_EQ(sql.value("SELECT headline FROM revisions ORDER BY number DESC LIMIT 1"),
            "Ferry timetable changes a week early");
  EXPECT_EQ(sql.count("SELECT count(DISTINCT article_id) FROM article_urls"), 1);
  EXPECT_EQ(sql.count("SELECT count(*) FROM article_urls"), 2) << "the old and the new address";
}

TEST_F(CrawlRedirectE2E, ARobotsTxtOverTheBodyLimitIsReadForItsFirst500KiB) {
  // Pages may be 1 MB here; the 3 MB robots.txt neither fails (which would close the
  // host for the run) nor counts past its first 500 KiB.
  std::string config = dir_.write("huge.toml", "[crawl]\nper_host_delay = 0\nmax_body_mb = 1\n\n[[site]]\nname = "
                                                  "\"Huge\"\nfeeds = [\"" + url("huge.test", "/rss.xml") + "\"]\n");
  std::string db = dir_.file("archive.db");
  auto r = testsupport::run_newsarchive(
      {"--db", db, "--resolve", server_.resolve_entry("huge.test"), "crawl", "--config", config});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  for (const auto& q : server_.requests()) EXPECT_NE(q.path, "/private/draft") << "disallowed in the first 500 KiB";
  SqliteReader sql(db);
  EXPECT_EQ(sql.value("SELECT headline FROM articles"), "Harbour reopens");
  EXPECT_EQ(sql.value("SELECT error FROM fetches WHERE requested_url LIKE '%/robots.txt'"), "none");
  EXPECT_EQ(sql.value("SELECT state FROM frontier WHERE url LIKE '%/private/draft'"), "robots");
}

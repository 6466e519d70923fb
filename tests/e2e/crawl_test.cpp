// `newsarchive crawl` end to end: discovery, robots, politeness, re-runs with
// conditional requests and revisions, history, dry runs and config errors.
#include <algorithm>
#include <map>

#include "crawl_e2e.hpp"

using namespace e2e;
using nlohmann::json;

TEST_F(CrawlE2E, FirstRunArchivesEveryArticleAndNothingElsePolitely) {
  const double delay = 0.3;
  auto r = crawl(sites_.config(delay));
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  EXPECT_EQ(archived_urls(), expected());

  auto requests = server_.requests();
  std::map<std::string, std::vector<testsupport::RecordedRequest>> by_host;
  for (const auto& q : requests) {
    by_host[q.host].push_back(q);
    EXPECT_NE(q.path.rfind("/private/", 0), 0u) << "disallowed by robots.txt: " << q.path;
    EXPECT_NE(q.path.rfind("/drafts/", 0), 0u) << "disallowed for newsarchive: " << q.path;
    EXPECT_NE(q.path.rfind("/tag/", 0), 0u) << "a tag page is not an article: " << q.path;
    EXPECT_TRUE(contains(q.header("User-Agent"), "newsarchive/1.0")) << q.header("User-Agent");
  }
  ASSERT_EQ(by_host.size(), 2u);
  for (auto& [host, list] : by_host) {
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    EXPECT_EQ(list.front().path, "/robots.txt") << host << ": robots.txt comes first";
    EXPECT_EQ(std::count_if(list.begin(), list.end(), [](const auto& q) { return q.path == "/robots.txt"; }), 1)
        << host << ": robots.txt once per run";
    for (std::size_t i = 1; i < list.size(); ++i) {
      double gap = std::chrono::duration<double>(list[i].at - list[i - 1].at).count();
      EXPECT_GE(gap, delay - 0.1) << host << ": " << list[i - 1].path << " -> " << list[i].path;
    }
  }
  // Both hosts were crawled side by side, not one after the other.
  auto first_article = [&](const std::string& host) {
    for (const auto& q : by_host[host])
      if (is_article_path(q.path)) return q.at;
    return std::chrono::steady_clock::time_point::max();
  };
  auto last_of = [&](const std::string& host) { return by_host[host].back().at; };
  EXPECT_LT(first_article("beta.example"), last_of("alpha.example"));
  EXPECT_LT(first_article("alpha.example"), last_of("beta.example"));

  SqliteReader db(db_);
  EXPECT_EQ(db.count("SELECT count(*) FROM fetches WHERE requested_url LIKE '%/robots.txt'"), 2);
  EXPECT_GE(db.count("SELECT count(*) FROM fetches WHERE requested_url LIKE '%.xml%'"), 6)
      << "feeds and sitemaps (index, gzipped, news) are recorded as fetches";
  EXPECT_EQ(db.count("SELECT count(*) FROM fetches f JOIN pages p ON p.fetch_id = f.id WHERE f.article_id IS NULL"), 0)
      << "discovery bodies are not kept as pages";
  EXPECT_EQ(db.count("SELECT count(*) FROM articles WHERE url LIKE '%ref=rss%'"), 0) << "keyed by canonical URL";
  EXPECT_EQ(db.value("SELECT substr(published, 1, 10) FROM frontier WHERE url LIKE '%fishing-quota-agreed'"),
            "2026-03-05")
      << "the news sitemap's publication date";
  EXPECT_EQ(db.value("SELECT substr(published, 1, 10) FROM frontier WHERE url LIKE '%harbour-bridge-reopens'"),
            "2026-02-03")
      << "the RSS pubDate";
  EXPECT_EQ(db.count("SELECT count(*) FROM frontier WHERE state = 'robots'"), 2);
  EXPECT_EQ(db.value("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(db.count("SELECT count(*) FROM pragma_foreign_key_check"), 0);

  EXPECT_TRUE(contains(r.out, "crawl run 1 completed")) << r.out;
  EXPECT_TRUE(contains(r.out, "Alpha")) << r.out;
  EXPECT_TRUE(contains(r.out, "Beta")) << r.out;
  json run = latest_run();
  EXPECT_EQ(run["state"], "completed");
  EXPECT_EQ(run["exit_code"], 0);
  int added = 0;
  for (const auto& s : run["summary"]["sites"]) added += s["new"].get<int>();
  EXPECT_EQ(added, 9);
}

TEST_F(CrawlE2E, SecondRunSendsConditionalRequestsAndKeepsARevisionOfTheChangedArticle) {
  ASSERT_EQ(crawl(sites_.config(0)).exit_code, 0);
  server_.clear_requests();
  sites_.set_version(2);
  auto r = crawl(sites_.config(0));
  ASSERT_EQ(r.exit_code, 0) << r.err;

  // Articles dated (here by their URL) more than recheck_days ago are not fetched again;
  // the others are, conditionally.
  std::set<std::string> requested;
  for (const auto& q : server_.requests()) {
    if (!is_article_path(q.path)) continue;
    requested.insert(q.path);
    EXPECT_FALSE(q.header("If-None-Match").empty() && q.header("If-Modified-Since").empty())
        << "conditional request expected for " << q.path;
  }
  EXPECT_TRUE(requested.count(CrawlSites::changing_path()));
  EXPECT_FALSE(requested.count("/2026/04/01/election-results-announced")) << "old: not rechecked";
  EXPECT_EQ(archived_urls(), expected());

  // Feeds and sitemaps are asked for conditionally too (they answer 304 here, and what
  // they listed before is listed again, so the young articles above were rechecked);
  // a sitemap index is read whole, as its children are found only in it.
  std::set<std::string> conditional_documents;
  for (const auto& q : server_.requests()) {
    if (q.path.find(".xml") == std::string::npos) continue;
    if (q.path == "/sitemap_index.xml")
      EXPECT_TRUE(q.header("If-None-Match").empty()) << "a sitemap index is read whole";
    else if (!q.header("If-None-Match").empty())
      conditional_documents.insert(q.path);
  }
  EXPECT_EQ(conditional_documents, (std::set<std::string>{"/rss.xml", "/sitemaps/articles.xml.gz",
                                                          "/sitemaps/news.xml", "/atom.xml", "/news-sitemap.xml"}));

  json run = latest_run();
  int added = 0, changed = 0, unchanged = 0, not_modified = 0, fetched = 0, known = 0;
  for (const auto& s : run["summary"]["sites"]) {
    added += s["new"].get<int>();
    changed += s["changed"].get<int>();
    unchanged += s["unchanged"].get<int>();
    not_modified += s["not_modified"].get<int>();
    fetched += s["fetched"].get<int>();
    known += s["known"].get<int>();
  }
  EXPECT_EQ(added, 0);
  EXPECT_EQ(changed, 1);
  EXPECT_EQ(fetched, changed + not_modified) << "every other recheck was answered 304";
  EXPECT_EQ(unchanged, not_modified);
  EXPECT_EQ(fetched + known, 9);
  EXPECT_EQ(fetched, static_cast<int>(requested.size()));

  const std::string url = sites_.url("alpha.example", CrawlSites::changing_path());
  SqliteReader db(db_);
  EXPECT_EQ(db.count("SELECT count(*) FROM revisions"), 10);
  auto history = na({"history", url});
  ASSERT_EQ(history.exit_code, 0) << history.err;
  auto rows = lines(history.out);
  ASSERT_EQ(rows.size(), 3u) << history.out;  // header + two versions
  EXPECT_TRUE(contains(rows[1], "  1  ")) << rows[1];
  EXPECT_TRUE(contains(rows[2], "  2  ")) << rows[2];
  EXPECT_TRUE(contains(rows[2], "Harbour bridge reopens")) << rows[2];

  auto diff = na({"history", url, "--diff", "1", "2"});
  ASSERT_EQ(diff.exit_code, 0) << diff.err;
  EXPECT_TRUE(contains(diff.out, "[-Monday-]")) << diff.out;
  EXPECT_TRUE(contains(diff.out, "{+Tuesday")) << diff.out;
  EXPECT_TRUE(contains(diff.out, "Commuters had used a ferry shuttle")) << "unchanged text is kept";
  EXPECT_EQ(na({"history", url, "--diff", "1", "3"}).exit_code, 6);
  EXPECT_EQ(na({"history", sites_.url("alpha.example", "/nope")}).exit_code, 6);
}

TEST_F(CrawlE2E, DryRunPrintsWhatWouldBeFetchedAndWritesNothing) {
  auto r = crawl(sites_.config(0), {"--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::set<std::string> printed;
  // stdout is the URL list alone (a pipe into `fetch -i -`); the summary is on stderr.
  for (const auto& line : lines(r.out)) {
    EXPECT_EQ(line.rfind("http://", 0), 0u) << "not a URL on stdout: " << line;
    printed.insert(line);
  }
  EXPECT_TRUE(contains(r.err, "dry run")) << r.err;
  for (const auto& url : expected()) EXPECT_TRUE(printed.count(url)) << "not listed: " << url;
  for (const auto& url : printed) {
    EXPECT_FALSE(contains(url, "/private/") || contains(url, "/drafts/") || contains(url, "/tag/")) << url;
  }
  for (const auto& q : server_.requests()) EXPECT_FALSE(is_article_path(q.path)) << "fetched an article: " << q.path;
  EXPECT_FALSE(std::filesystem::exists(db_));
  EXPECT_FALSE(std::filesystem::exists(db_ + "-wal"));
  EXPECT_FALSE(std::filesystem::exists(db_ + ".lock"));
}

TEST_F(CrawlE2E, ConfigErrorExitsThreeNamingFileLineAndKeyBeforeAnyRequest) {
  std::string text = sites_.config(0);
  // A typo in the second site: 'feed' instead of 'feeds'.
  std::size_t beta = text.find("name = \"Beta\"\n");
  ASSERT_NE(beta, std::string::npos);
  text.insert(beta + 14, "feed = [\"" + sites_.url("beta.example", "/atom.xml") + "\"]\n");
  long line = static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(beta) + 14, '\n')) + 1;
  auto r = crawl(text);
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, dir_.file("sites.toml") + ":" + std::to_string(line) + ":")) << r.err;
  EXPECT_TRUE(contains(r.err, "'feed'")) << r.err;
  EXPECT_TRUE(server_.requests().empty());
  EXPECT_FALSE(std::filesystem::exists(db_));

  auto unknown_site = crawl(sites_.config(0), {"--site", "Gamma"});
  EXPECT_EQ(unknown_site.exit_code, 3);
  EXPECT_TRUE(contains(unknown_site.err, "Gamma")) << unknown_site.err;
  auto bad_duration = crawl(sites_.config(0), {"--max-duration", "soon"});
  EXPECT_EQ(bad_duration.exit_code, 2);
  auto empty_duration = crawl(sites_.config(0), {"--max-duration", ""});
  EXPECT_EQ(empty_duration.exit_code, 2) << empty_duration.err;
  EXPECT_TRUE(server_.requests().empty());
}

TEST_F(CrawlE2E, SiteOptionCrawlsOnlyTheNamedSite) {
  auto r = crawl(sites_.config(0), {"--site", "beta"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& q : server_.requests()) EXPECT_EQ(q.host, "beta.example") << q.path;
  for (const auto& url : archived_urls()) EXPECT_TRUE(contains(url, "beta.example")) << url;
  EXPECT_EQ(archived_urls().size(), 4u);
}

TEST_F(CrawlE2E, ASiteWhoseSourcesAllFailMakesTheRunExitOne) {
  std::string text = sites_.config(0) + "\n[[site]]\nname = \"Gamma\"\nfeeds = [\"" +
                     sites_.url("gamma.example", "/rss.xml") + "\"]\n";
  auto r = crawl(text, {"--resolve", server_.resolve_entry("gamma.example")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(contains(r.out, "SITE FAILED")) << r.out;
  EXPECT_TRUE(contains(r.err, "Gamma")) << "the failure is reported on stderr: " << r.err;
  EXPECT_EQ(archived_urls(), expected()) << "the other sites are archived all the same";
  EXPECT_EQ(latest_run()["state"], "failed");
}

TEST_F(CrawlE2E, AFeedThatIsNotAFeedFailsWithAWarningSayingSo) {
  // Gamma's "feed" is alpha's HTML home page (the sitemaps alpha's robots.txt names
  // still serve it).
  std::string text = sites_.config(0) + "\n[[site]]\nname = \"Gamma\"\nfeeds = [\"" +
                     sites_.url("alpha.example", "/") + "\"]\n";
  auto r = testsupport::run_newsarchive([&] {
    auto args = crawl_args(text);
    args.insert(args.begin(), "-v");
    return args;
  }());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(latest_run()["summary"]["sites"][2]["source_failures"]["not_a_feed"], 1);
  EXPECT_TRUE(contains(r.err, "Gamma: discovery source " + sites_.url("alpha.example", "/") +
                                  " failed: not a feed or sitemap"))
      << r.err;
}

TEST_F(CrawlE2E, TheRunRecordNamesTheSitesFileByItsFullPath) {
  dir_.write("sites.toml", sites_.config(0));
  std::vector<std::string> args{"--db", db_};
  for (const auto& a : sites_.resolve_args()) args.push_back(a);
  args.insert(args.end(), {"crawl", "--config", "sites.toml", "--site", "beta"});
  testsupport::RunOptions in_dir;
  in_dir.cwd = dir_.path().string();
  auto r = testsupport::run_newsarchive(args, in_dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(latest_run()["config"], (dir_.path() / "sites.toml").lexically_normal().string());
}

// A site's own user_agent is sent with its requests, and its product token chooses the
// robots.txt group: Beta's robots.txt lets "newsarchive" in and everyone else out.
TEST_F(CrawlE2E, ASitesOwnUserAgentIsSentAndReadsRobotsTxtWithItsToken) {
  std::string text = sites_.config(0);
  const std::string beta = "name = \"Beta\"\n";
  ASSERT_NE(text.find(beta), std::string::npos);
  text.insert(text.find(beta) + beta.size(), "user_agent = \"otherbot/2.0 (+https://example.org/bot)\"\n");
  auto r = crawl(text);
  int beta_requests = 0;
  for (const auto& q : server_.requests()) {
    if (q.host == "beta.example") {
      ++beta_requests;
      EXPECT_TRUE(contains(q.header("User-Agent"), "otherbot/2.0")) << q.path << ": " << q.header("User-Agent");
      EXPECT_EQ(q.path, "/robots.txt") << "robots.txt disallows everything for otherbot";
    } else {
      EXPECT_TRUE(contains(q.header("User-Agent"), "newsarchive/1.0")) << q.path << ": " << q.header("User-Agent");
    }
  }
  EXPECT_EQ(beta_requests, 1);
  for (const auto& url : archived_urls()) EXPECT_TRUE(contains(url, "alpha.example")) << url;
  EXPECT_EQ(archived_urls().size(), 5u) << r.out << r.err;
}

// --user-agent on the command line replaces the [crawl] agent (and robots.txt token)
// for sites without their own; a bad one is a usage error before any request.
TEST_F(CrawlE2E, CommandLineUserAgentOverridesTheConfigFile) {
  auto bad = crawl(sites_.config(0), {"--user-agent", "/no-product"});
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
  EXPECT_TRUE(contains(bad.err, "--user-agent")) << bad.err;
  EXPECT_TRUE(server_.requests().empty());

  auto r = crawl(sites_.config(0), {"--user-agent", "clibot/3.0 (+https://example.org/bot)"});
  ASSERT_FALSE(server_.requests().empty());
  for (const auto& q : server_.requests())
    EXPECT_TRUE(contains(q.header("User-Agent"), "clibot/3.0")) << q.path << ": " << q.header("User-Agent");
  // Beta's robots.txt admits only "newsarchive"; Alpha's admits everyone.
  for (const auto& url : archived_urls()) EXPECT_TRUE(contains(url, "alpha.example")) << url;
  EXPECT_EQ(archived_urls().size(), 5u) << r.out << r.err;
}

// The README's cron line: under -q nothing reaches stdout or stderr on a good night, and the
// summary is in the log file.
TEST_F(CrawlE2E, QuietRunLeavesItsSummaryInTheLogFile) {
  std::vector<std::string> args{"-q", "--log-file", dir_.file("crawl.log")};
  for (const auto& a : crawl_args(sites_.config(0), {"--site", "beta"})) args.push_back(a);
  auto r = testsupport::run_newsarchive(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
  std::string log = testsupport::read_file(dir_.file("crawl.log"));
  EXPECT_TRUE(contains(log, "crawl run 1 completed")) << log;
  EXPECT_TRUE(contains(log, "discovered")) << log;
}

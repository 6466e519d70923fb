#include <gtest/gtest.h>

#include <filesystem>

#include "crawl/config.hpp"
#include "support/temp_dir.hpp"

using namespace newsarchive;

namespace {

// The message parse_config throws for `text`, or "" when it accepts it.
std::string error_of(const std::string& text) {
  try {
    parse_config(text, "sites.toml");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

const char* kValid = R"toml([crawl]
user_agent = "newsarchive/1.0 (+https://example.org/contact)"
concurrency = 16
per_host_delay = 1.0
max_pages_per_site = 500
recheck_days = 3

[[site]]
name = "Example News"
start = ["https://news.example/", "https://news.example/world/"]
feeds = ["https://news.example/rss.xml"]
sitemaps = ["https://news.example/sitemap.xml"]
include = ["^https://news\\.example/\\d{4}/"]
exclude = ["/tag/", "/author/"]

[[site]]
name = "Other Daily"
feeds = ["https://other.example/feed"]
max_pages = 20
per_host_delay = 2
user_agent = "newsarchive-other/2.0"
enabled = false
)toml";

// A [crawl] table plus one valid site, with `crawl_line` as the table's only key.
std::string with_crawl_key(const std::string& crawl_line) {
  return "[crawl]\n" + crawl_line + "\n\n[[site]]\nname = \"A\"\nfeeds = [\"https://a.example/rss\"]\n";
}

// One site whose body is `lines` (the [[site]] header is line 1, `lines` start on line 2).
std::string site_with(const std::string& lines) { return "[[site]]\n" + lines; }

}  // namespace

TEST(Config, ReadsEveryKeyAndFillsDefaults) {
  CrawlConfig c = parse_config(kValid, "sites.toml");
  EXPECT_EQ(c.source, "sites.toml");
  EXPECT_EQ(c.crawl.user_agent, "newsarchive/1.0 (+https://example.org/contact)");
  EXPECT_EQ(c.crawl.concurrency, 16);
  EXPECT_DOUBLE_EQ(c.crawl.per_host_delay, 1.0);
  EXPECT_EQ(c.crawl.max_pages_per_site, 500);
  EXPECT_EQ(c.crawl.recheck_days, 3);
  // Absent keys keep their defaults.
  EXPECT_DOUBLE_EQ(c.crawl.timeout, 60.0);
  EXPECT_DOUBLE_EQ(c.crawl.connect_timeout, 10.0);
  EXPECT_EQ(c.crawl.max_retries, 3);
  EXPECT_EQ(c.crawl.host_failure_limit, 10);
  EXPECT_DOUBLE_EQ(c.crawl.max_crawl_delay, 60.0);
  EXPECT_EQ(c.crawl.outlets, "");
  EXPECT_GE(c.crawl.workers, 1);

  ASSERT_EQ(c.sites.size(), 2u);
  const SiteConfig& a = c.sites[0];
  EXPECT_EQ(a.name, "Example News");
  EXPECT_EQ(a.line, 8);
  EXPECT_EQ(a.start, (std::vector<std::string>{"https://news.example/", "https://news.example/world/"}));
  EXPECT_EQ(a.feeds, std::vector<std::string>{"https://news.example/rss.xml"});
  EXPECT_EQ(a.sitemaps, std::vector<std::string>{"https://news.example/sitemap.xml"});
  EXPECT_EQ(a.include, std::vector<std::string>{"^https://news\\.example/\\d{4}/"});
  EXPECT_EQ(a.exclude, (std::vector<std::string>{"/tag/", "/author/"}));
  EXPECT_TRUE(a.enabled);
  // Overrides fall back to [crawl].
  EXPECT_EQ(a.max_pages, 500);
  EXPECT_DOUBLE_EQ(a.per_host_delay, 1.0);
  EXPECT_EQ(a.user_agent, c.crawl.user_agent);

  const SiteConfig& b = c.sites[1];
  EXPECT_EQ(b.max_pages, 20);
  EXPECT_DOUBLE_EQ(b.per_host_delay, 2.0);  // an integer where seconds are expected
  EXPECT_EQ(b.user_agent, "newsarchive-other/2.0");
  EXPECT_FALSE(b.enabled);
}

TEST(Config, DefaultsApplyWithoutACrawlTable) {
  CrawlConfig c = parse_config(site_with("name = \"A\"\nstart = \"https://a.example/\"\n"), "s.toml");
  EXPECT_EQ(c.crawl.concurrency, 16);
  EXPECT_DOUBLE_EQ(c.crawl.per_host_delay, 1.0);
  ASSERT_EQ(c.sites.size(), 1u);
  EXPECT_EQ(c.sites[0].start, std::vector<std::string>{"https://a.example/"});  // a lone string
  EXPECT_EQ(c.sites[0].max_pages, 500);
}

TEST(Config, UnknownSiteKeyNamesFileLineAndSuggestion) {
  std::string text = "[crawl]\nconcurrency = 4\n\n[[site]]\nname = \"Example News\"\nfeed = [\"https://x.example/rss\"]\nstart = [\"https://x.example/\"]\n";
  EXPECT_EQ(error_of(text),
            "sites.toml:6: [[site]] \"Example News\": unknown key 'feed' (did you mean 'feeds'?)");
}

TEST(Config, UnknownCrawlKeyIsAnError) {
  EXPECT_EQ(error_of(with_crawl_key("concurency = 4")),
            "sites.toml:2: [crawl]: unknown key 'concurency' (did you mean 'concurrency'?)");
  EXPECT_EQ(error_of(with_crawl_key("colour = \"blue\"")), "sites.toml:2: [crawl]: unknown key 'colour'");
}

TEST(Config, UnknownTopLevelKeyIsAnError) {
  std::string text = "[crawler]\nconcurrency = 4\n\n" + site_with("name = \"A\"\nfeeds = [\"https://a.example/rss\"]\n");
  EXPECT_EQ(error_of(text), "sites.toml:1: unknown top-level key 'crawler' (did you mean 'crawl'?)");
}

TEST(Config, WrongTypeIsAnError) {
  EXPECT_EQ(error_of(with_crawl_key("concurrency = \"16\"")),
            "sites.toml:2: [crawl]: 'concurrency' must be an integer, got a string");
  EXPECT_EQ(error_of(with_crawl_key("per_host_delay = \"1s\"")),
            "sites.toml:2: [crawl]: 'per_host_delay' must be a number, got a string");
  EXPECT_EQ(error_of(site_with("name = \"A\"\nfeeds = [\"https://a.example/rss\"]\nenabled = \"yes\"\n")),
            "sites.toml:4: [[site]] \"A\": 'enabled' must be a boolean, got a string");
  EXPECT_EQ(error_of(site_with("name = \"A\"\nfeeds = [\"https://a.example/rss\", 3]\n")),
            "sites.toml:3: [[site]] \"A\": 'feeds' must contain only strings, found an integer");
  EXPECT_EQ(error_of("crawl = 3\n" + site_with("name = \"A\"\nfeeds = [\"https://a.example/rss\"]\n")),
            "sites.toml:1: 'crawl' must be a table ([crawl]), got an integer");
}

TEST(Config, NegativeAndOutOfRangeNumbersAreErrors) {
  EXPECT_EQ(error_of(with_crawl_key("per_host_delay = -1")),
            "sites.toml:2: [crawl]: 'per_host_delay' must be >= 0, got -1");
  EXPECT_EQ(error_of(with_crawl_key("max_pages_per_site = -5")),
            "sites.toml:2: [crawl]: 'max_pages_per_site' must be between 0 and 2147483647, got -5");
  EXPECT_EQ(error_of(with_crawl_key("concurrency = 0")),
            "sites.toml:2: [crawl]: 'concurrency' must be between 1 and 1024, got 0");
  EXPECT_EQ(error_of(with_crawl_key("timeout = 0")), "sites.toml:2: [crawl]: 'timeout' must be > 0, got 0");
  EXPECT_EQ(error_of(with_crawl_key("max_crawl_delay = -2")),
            "sites.toml:2: [crawl]: 'max_crawl_delay' must be >= 0, got -2");
  EXPECT_DOUBLE_EQ(parse_config(with_crawl_key("max_crawl_delay = 5"), "s.toml").crawl.max_crawl_delay, 5.0);
  EXPECT_EQ(error_of(site_with("name = \"A\"\nfeeds = [\"https://a.example/rss\"]\nmax_pages = -1\n")),
            "sites.toml:4: [[site]] \"A\": 'max_pages' must be between 0 and 2147483647, got -1");
}

// The command line's --concurrency and --workers take the same ranges.
TEST(Config, ConcurrencyAndWorkersShareTheCommandLinesLimits) {
  EXPECT_EQ(parse_config(with_crawl_key("concurrency = 1024"), "sites.toml").crawl.concurrency, kMaxConcurrency);
  EXPECT_EQ(error_of(with_crawl_key("concurrency = 1025")),
            "sites.toml:2: [crawl]: 'concurrency' must be between 1 and 1024, got 1025");
  EXPECT_EQ(parse_config(with_crawl_key("workers = 1024"), "sites.toml").crawl.workers, kMaxWorkers);
  EXPECT_EQ(error_of(with_crawl_key("workers = 1025")),
            "sites.toml:2: [crawl]: 'workers' must be between 1 and 1024, got 1025");
}

TEST(Config, NonHttpUrlIsAnError) {
  EXPECT_EQ(error_of(site_with("name = \"A\"\nstart = [\"ftp://a.example/\"]\n")),
            "sites.toml:3: [[site]] \"A\": 'start' entry 'ftp://a.example/' is not an http(s) URL");
  EXPECT_EQ(error_of(site_with("name = \"A\"\nsitemaps = [\"/sitemap.xml\"]\n")),
            "sites.toml:3: [[site]] \"A\": 'sitemaps' entry '/sitemap.xml' is not an http(s) URL");
}

TEST(Config, HostsNameMoreHostsOfTheSite) {
  CrawlConfig c = parse_config(site_with("name = \"A\"\nfeeds = [\"https://a.example/rss\"]\n"
                                         "hosts = [\"Feeds.Tracker.example\", \"127.0.0.1\"]\n"),
                               "sites.toml");
  EXPECT_EQ(c.sites.at(0).hosts, (std::vector<std::string>{"feeds.tracker.example", "127.0.0.1"}));
  for (const char* bad : {"not a host", "a..b", "-bad.example", ".proxy.example", "com", "co.uk", "proxy.example/path",
                          "proxy.example:8080", "user@proxy.example", "http://proxy.example/", "*.proxy.example",
                          "999.1.1.1"}) {
    std::string line = "name = \"A\"\nfeeds = [\"https://a.example/rss\"]\nhosts = [\"";
    line.append(bad).append("\"]\n");
    std::string expected = "sites.toml:4: [[site]] \"A\": 'hosts' entry '";
    expected.append(bad).append("' is not a host name (write it bare, as feeds.example.net)");
    EXPECT_EQ(error_of(site_with(line)), expected) << bad;
  }
}

TEST(Config, InvalidRegexIsAnError) {
  std::string msg = error_of(site_with("name = \"A\"\nfeeds = [\"https://a.example/rss\"]\n\ninclude = [\"(unclosed\"]\n"));
  EXPECT_EQ(msg.rfind("sites.toml:5: [[site]] \"A\": 'include' entry '(unclosed' is not a valid regex: ", 0), 0u)
      << msg;
}

TEST(Config, DuplicateSiteNamesAreErrorsIgnoringCase) {
  std::string text = site_with("name = \"Daily\"\nfeeds = [\"https://a.example/rss\"]\n") + "\n" +
                     site_with("name = \"DAILY\"\nfeeds = [\"https://b.example/rss\"]\n");
  EXPECT_EQ(error_of(text), "sites.toml:5: [[site]] \"DAILY\": duplicate site name (first defined at line 1)");
}

TEST(Config, SiteWithNothingToCrawlIsAnError) {
  EXPECT_EQ(error_of("[crawl]\nconcurrency = 2\n[[site]]\nname = \"Empty\"\ninclude = [\"/news/\"]\n"),
            "sites.toml:3: [[site]] \"Empty\": no 'start', 'feeds' or 'sitemaps': nothing to crawl");
}

TEST(Config, SiteWithoutNameIsAnError) {
  EXPECT_EQ(error_of(site_with("feeds = [\"https://a.example/rss\"]\n")),
            "sites.toml:1: [[site]] #1: missing key 'name'");
}

TEST(Config, NoSitesIsAnError) {
  EXPECT_EQ(error_of("[crawl]\nconcurrency = 2\n"), "sites.toml: no [[site]] tables: nothing to crawl");
  EXPECT_EQ(error_of("[site]\nname = \"A\"\n"),
            "sites.toml:1: 'site' must be an array of tables: write each site as [[site]]");
}

TEST(Config, SyntaxErrorNamesFileLineAndColumn) {
  std::string msg = error_of("[crawl]\nconcurrency = = 3\n");
  EXPECT_EQ(msg.rfind("sites.toml:2:", 0), 0u) << msg;
  EXPECT_NE(msg.find("TOML syntax error"), std::string::npos) << msg;
}

TEST(Config, ReportsEveryProblemAtOnce) {
  std::string msg = error_of("[crawl]\nconcurrency = -1\ntimeout = \"x\"\n" +
                             site_with("name = \"A\"\nfeed = [\"https://a.example/rss\"]\n"));
  EXPECT_NE(msg.find("sites.toml:2: [crawl]: 'concurrency'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("sites.toml:3: [crawl]: 'timeout'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("sites.toml:6: [[site]] \"A\": unknown key 'feed'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("sites.toml:4: [[site]] \"A\": no 'start', 'feeds' or 'sitemaps'"), std::string::npos) << msg;
}

// Errors are one line on stderr: the problems are joined, in file order of checking.
TEST(Config, EveryProblemIsOnOneLine) {
  std::string msg = error_of("[crawl]\nconcurrency = 4\n\n[[site]]\nname = \"A\"\nfeed = \"https://a.example/rss\"\n\n[[site]]\n");
  EXPECT_EQ(msg,
            "sites.toml:6: [[site]] \"A\": unknown key 'feed' (did you mean 'feeds'?); "
            "sites.toml:4: [[site]] \"A\": no 'start', 'feeds' or 'sitemaps': nothing to crawl; "
            "sites.toml:8: [[site]] #2: missing key 'name'; "
            "sites.toml:8: [[site]] #2: no 'start', 'feeds' or 'sitemaps': nothing to crawl");
  EXPECT_EQ(error_of("[crawl]\nconcurrency = -1\ntimeout = \"x\"\n").find('\n'), std::string::npos);
}

TEST(Config, UserAgentMustStartWithAProductName) {
  EXPECT_EQ(error_of(with_crawl_key("user_agent = \"(compatible)\"")),
            "sites.toml:2: [crawl]: 'user_agent' must start with a product name such as \"newsarchive/1.0\"");
  EXPECT_EQ(error_of(with_crawl_key("user_agent = \"\"")),
            "sites.toml:2: [crawl]: 'user_agent' must start with a product name such as \"newsarchive/1.0\"");
  EXPECT_EQ(error_of(with_crawl_key("user_agent = \"bot/1.0\\r\\nX-Injected: 1\"")),
            "sites.toml:2: [crawl]: 'user_agent' must hold printable ASCII characters only (no tabs or control characters)");
  EXPECT_EQ(error_of(site_with("name = \"A\"\nfeeds = [\"https://a.example/rss\"]\nuser_agent = \"bot/1\\n\"\n")),
            "sites.toml:4: [[site]] \"A\": 'user_agent' must hold printable ASCII characters only (no tabs or control characters)");
  EXPECT_EQ(user_agent_problem("newsarchive/1.0 (+https://example.org/contact)"), "");
  EXPECT_EQ(user_agent_problem("newsarchive"), "");
  // The product name is the first word, whole: robots.txt groups are chosen by it.
  for (const char* bad : {" newsarchive/1.0", "föö/1", "bot!/1", "bot/1\tx", "bot/1 caf\xc3\xa9"})
    EXPECT_NE(user_agent_problem(bad), "") << bad;
}

TEST(Config, LoadConfigNamesAnUnreadableFile) {
  testsupport::TempDir dir;
  try {
    load_config(dir.file("missing.toml"));
    FAIL() << "expected ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(dir.file("missing.toml") + ": cannot read", 0), 0u) << e.what();
  }
  try {
    load_config(dir.path().string());
    FAIL() << "expected ConfigError for a directory";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("Is a directory"), std::string::npos) << e.what();
  }
}

TEST(Config, LoadConfigResolvesOutletsAgainstTheConfigDirectory) {
  testsupport::TempDir dir;
  std::filesystem::create_directories(dir.path() / "outlets");
  std::string path = dir.write("sites.toml", with_crawl_key("outlets = \"outlets\""));
  CrawlConfig c = load_config(path);
  EXPECT_EQ(c.crawl.outlets, (dir.path() / "outlets").string());

  std::string bad = dir.write("bad.toml", with_crawl_key("outlets = \"nowhere\""));
  EXPECT_THROW(load_config(bad), ConfigError);
}

TEST(Config, SelectsSitesByNameIgnoringCase) {
  CrawlConfig c = parse_config(kValid, "sites.toml");
  std::vector<const SiteConfig*> all = select_sites(c, {});
  ASSERT_EQ(all.size(), 1u);  // the disabled site is left out
  EXPECT_EQ(all[0]->name, "Example News");

  std::vector<const SiteConfig*> named = select_sites(c, {"other daily", "EXAMPLE NEWS"});
  ASSERT_EQ(named.size(), 2u);  // file order; naming a disabled site selects it
  EXPECT_EQ(named[0]->name, "Example News");
  EXPECT_EQ(named[1]->name, "Other Daily");

  try {
    select_sites(c, {"Nope"});
    FAIL() << "expected ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()),
              "sites.toml: no site named 'Nope' (sites: 'Example News', 'Other Daily')");
  }
}

TEST(Config, ShippedFilesPassValidation) {
  for (const char* file : {"/config/sites.example.toml", "/config/sites.toml"}) {
    CrawlConfig c = load_config(std::string(NEWSARCHIVE_SOURCE_DIR) + file);
    EXPECT_FALSE(c.sites.empty()) << file;
    for (const SiteConfig& s : c.sites) EXPECT_FALSE(s.name.empty()) << file;
  }
}

TEST(Config, MapsCrawlSettingsToFetcherOptions) {
  CrawlConfig c = parse_config(with_crawl_key("timeout = 30\nconnect_timeout = 2.5\nmax_body_mb = 8\nconcurrency = 3"),
                               "sites.toml");
  FetcherOptions o = fetcher_options(c.crawl);
  EXPECT_EQ(o.user_agent, c.crawl.user_agent);
  EXPECT_EQ(o.max_total, 3);
  EXPECT_EQ(o.max_per_host, 3);
  EXPECT_EQ(o.total_timeout_ms, 30000);
  EXPECT_EQ(o.connect_timeout_ms, 2500);
  EXPECT_EQ(o.max_body_bytes, 8 * 1024 * 1024);
}

// Bad input on the command line: a one-line error and a documented exit code.
#include <gtest/gtest.h>

#include <filesystem>

#include "e2e_util.hpp"
#include "support/loopback_server.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

using namespace e2e;
using testsupport::run_newsarchive;

namespace {

// A small article page with a byline and words search must find as written.
const char* kPage =
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Covid-19 cases rise at St Piran's "
    "school</title><meta name=\"author\" content=\"Chidi Okonkwo\"></head><body><article>"
    "<h1>Covid-19 cases rise at St Piran's school</h1>"
    "<p>Pupils at St Piran's were sent home on Monday after twelve cases of Covid-19 were confirmed, the head "
    "teacher said, and the school will stay closed until the end of the week at the earliest.</p>"
    "<p>The x-ray unit at the county hospital is seeing more patients than usual, according to figures "
    "published on bbc.co.uk, and the health board has asked parents to book tests online.</p>"
    "<p>Parents were told the classrooms would be cleaned over the weekend and that lessons would continue "
    "online for the pupils who have to stay at home.</p></article></body></html>";

void expect_one_line_error(const testsupport::RunResult& r, int code, const std::string& mentions) {
  EXPECT_EQ(r.exit_code, code) << r.err;
  auto err = lines(r.err);
  ASSERT_FALSE(err.empty());
  EXPECT_TRUE(contains(err[0], "newsarchive: error:")) << r.err;
  EXPECT_TRUE(contains(r.err, mentions)) << r.err;
  EXPECT_FALSE(contains(r.err, "terminate called")) << r.err;
}

}  // namespace

TEST(CliErrors, HelpListsCommandsAndExitCodes) {
  auto r = run_newsarchive({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* word : {"fetch", "extract", "show", "list", "search", "export", "sources", "Exit codes", "130"})
    EXPECT_TRUE(contains(r.out, word)) << word;
}

TEST(CliErrors, UnknownOptionIsAUsageError) {
  expect_one_line_error(run_newsarchive({"--bogus", "list"}), 2, "--bogus");
  expect_one_line_error(run_newsarchive({}), 2, "");
}

TEST(CliErrors, ANegativeOffsetNamesItsRange) {
  // The bound is the option's own, not the largest double's 309 digits.
  auto r = run_newsarchive({"--db", "x.db", "list", "--offset", "-1"});
  expect_one_line_error(r, 2, "--offset: Value -1 not in range 0 to 2147483647");
}

TEST(CliErrors, UnknownCommandIsNamedWithASuggestion) {
  auto r = run_newsarchive({"--db", "x.db", "fecth", "http://news.example/a"});
  expect_one_line_error(r, 2, "unknown command 'fecth' (did you mean 'fetch'?)");
  expect_one_line_error(run_newsarchive({"frobnicate"}), 2, "unknown command 'frobnicate'");
}

TEST(CliErrors, ReadingAMissingArchiveSaysSo) {
  testsupport::TempDir dir;
  expect_one_line_error(run_newsarchive({"--db", dir.file("none.db"), "list"}), 4, "no archive at");
  EXPECT_FALSE(std::filesystem::exists(dir.file("none.db")));
  // An empty file (a typo'd path touched by something else) is no archive, and stays empty.
  std::string empty = dir.write("empty.db", "");
  expect_one_line_error(run_newsarchive({"--db", empty, "search", "bridge"}), 4, "the file is empty");
  EXPECT_EQ(std::filesystem::file_size(empty), 0u);
}

TEST(CliErrors, MissingArticleAndBadSearchSyntax) {
  testsupport::TempDir dir;
  std::string db = dir.file("a.db");
  // An empty archive is enough: extract an article into it by fetching nothing.
  auto fetch = run_newsarchive({"--db", db, "fetch", "not a url"});
  EXPECT_EQ(fetch.exit_code, 1) << "a bad URL is reported and recorded";
  // A host no resolver could answer for is refused before any lookup, and said so.
  auto bad_host = run_newsarchive({"--db", db, "fetch", "http://256.1.1.1/x", "http://.test/y"});
  EXPECT_EQ(bad_host.exit_code, 1);
  EXPECT_TRUE(contains(bad_host.out, "http://256.1.1.1/x\tbad_url: the host or port is not valid")) << bad_host.out;
  EXPECT_TRUE(contains(bad_host.out, "http://.test/y\tbad_url: the host or port is not valid")) << bad_host.out;
  expect_one_line_error(run_newsarchive({"--db", db, "show", "4242"}), 6, "4242");
  expect_one_line_error(run_newsarchive({"--db", db, "show", "http://nowhere.example/x"}), 6, "nowhere.example");
  expect_one_line_error(run_newsarchive({"--db", db, "search", "\"unbalanced"}), 2, "");
  expect_one_line_error(run_newsarchive({"--db", db, "search", " "}), 2, "give the words to search for");
  expect_one_line_error(run_newsarchive({"--db", db, "show", "#4242"}), 6, "#4242");
  expect_one_line_error(run_newsarchive({"--db", db, "sources", "--cites", " "}), 2, "--cites");
  expect_one_line_error(run_newsarchive({"--db", "", "list"}), 2, "--db");
  expect_one_line_error(run_newsarchive({"--db", db, "-v", "-q", "list"}), 2, "--quiet");
  // Controls typed into an argument reach the terminal escaped, never raw.
  auto esc = run_newsarchive({"--db", db, "show", "http://t.example/\x1b[2J\x1b[31mred"});
  EXPECT_EQ(esc.exit_code, 6);
  EXPECT_FALSE(contains(esc.err, "\x1b")) << esc.err;
  EXPECT_TRUE(contains(esc.err, "%1B[2J")) << esc.err;
}

TEST(CliErrors, UnreadableInputFiles) {
  testsupport::TempDir dir;
  expect_one_line_error(run_newsarchive({"--db", dir.file("a.db"), "fetch", "-i", dir.file("missing.txt")}), 2,
                        "missing.txt");
  expect_one_line_error(run_newsarchive({"extract", dir.file("missing.html")}), 2, "missing.html");
  expect_one_line_error(run_newsarchive({"extract", dir.path().string()}), 2, "is a directory");
}

// Every file is tried: the readable ones are extracted, each unreadable one is
// reported, and the exit code says some input could not be read.
TEST(CliErrors, ExtractReportsEachUnreadableFileAndExtractsTheRest) {
  testsupport::TempDir dir;
  std::string page = dir.write("page.html", kPage);
  std::string pdf = dir.write("paper.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
  auto r = run_newsarchive({"extract", dir.file("gone-1.html"), page, dir.file("gone-2.html"), pdf});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  auto out = json_lines(r.out);
  ASSERT_EQ(out.size(), 1u) << r.out;
  EXPECT_EQ(out[0]["file"], page);
  auto err = lines(r.err);
  ASSERT_EQ(err.size(), 3u) << r.err;
  EXPECT_TRUE(contains(err[0], "newsarchive: error: cannot read " + dir.file("gone-1.html"))) << r.err;
  EXPECT_TRUE(contains(err[1], "gone-2.html")) << r.err;
  EXPECT_TRUE(contains(err[2], "paper.pdf: not an HTML page")) << r.err;

  auto not_html = run_newsarchive({"extract", page, pdf});
  EXPECT_EQ(not_html.exit_code, 1) << "a file read but holding no page is a failed file: " << not_html.err;
}

TEST(CliErrors, EndlessOrHugeInputIsRefusedNotReadIntoMemory) {
  testsupport::TempDir dir;
  std::string page = dir.write("page.html", kPage);
  // /dev/zero never ends: refused at --max-body-mb, and the files after it are extracted.
  auto r = run_newsarchive({"extract", page, "/dev/zero", page, "--max-body-mb", "1"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(json_lines(r.out).size(), 2u);
  EXPECT_TRUE(contains(r.err, "/dev/zero: larger than --max-body-mb")) << r.err;
  // A URL list line of more than a megabyte is one failed entry; a URL at its far end is
  // part of that junk, not fetched; the next line is read as usual.
  std::string list = dir.write("urls.txt", std::string(1200000, 'a') + "http://127.0.0.1:9/hidden\n# end\n");
  auto f = run_newsarchive({"--db", dir.file("a.db"), "fetch", "-i", list, "--json"});
  auto out = json_lines(f.out);
  ASSERT_EQ(out.size(), 1u) << f.out.substr(0, 300);
  EXPECT_EQ(out[0]["status"], "failed");
  EXPECT_FALSE(contains(f.out, "hidden"));
  // A URL over a megabyte long is not cut to a shorter one that could be fetched.
  std::string long_url = dir.write("long.txt", "http://127.0.0.1:9/" + std::string(1500000, 'f') + "\n");
  auto g = run_newsarchive({"--db", dir.file("a.db"), "fetch", "-i", long_url, "--json"});
  auto gout = json_lines(g.out);
  ASSERT_EQ(gout.size(), 1u) << g.out.substr(0, 300);
  EXPECT_EQ(gout[0]["status"], "failed");
  EXPECT_TRUE(contains(gout[0]["url"].get<std::string>(), "line over 1 MB")) << g.out.substr(0, 300);
  EXPECT_EQ(g.exit_code, 1);
}

// One check for every date option: YYYY-MM-DD naming a real day, nothing else.
TEST(CliErrors, DateOptionsTakeOnlyRealYyyyMmDdDates) {
  testsupport::TempDir dir;
  std::string db = dir.file("a.db");
  run_newsarchive({"--db", db, "fetch", "not a url"});  // creates the archive
  ASSERT_TRUE(std::filesystem::exists(db));
  for (const char* bad : {"garbage", "2026-11-99", "20261120", "2026-02-29", "2026-11-20T10:00", ""}) {
    expect_one_line_error(run_newsarchive({"--db", db, "sources", "--since", bad}), 2, "--since");
    expect_one_line_error(run_newsarchive({"--db", db, "sources", "--until", bad}), 2, "--until");
    expect_one_line_error(run_newsarchive({"--db", db, "sources", "--cites", "Reuters", "--since", bad}), 2,
                          "YYYY-MM-DD");
    expect_one_line_error(run_newsarchive({"--db", db, "reparse", "--dry-run", "--since", bad}), 2, "--since");
  }
  expect_one_line_error(run_newsarchive({"--db", db, "reparse", "--since", "2027-99-99"}), 2, "'2027-99-99'");
  EXPECT_EQ(run_newsarchive({"--db", db, "sources", "--since", "2024-02-29", "--until", "2026-11-20"}).exit_code, 0);
  EXPECT_EQ(run_newsarchive({"--db", db, "reparse", "--dry-run", "--since", "2026-11-20"}).exit_code, 0);
}

// Under cron a log that cannot be written must stop the run, not vanish.
TEST(CliErrors, UnopenableLogFileIsAUsageErrorBeforeAnyWork) {
  testsupport::TempDir dir;
  std::string page = dir.write("page.html", kPage);
  std::string missing_dir = dir.file("no-such-dir");
  auto r = run_newsarchive({"--log-file", missing_dir + "/x.log", "extract", page});
  expect_one_line_error(r, 2, "--log-file");
  EXPECT_TRUE(contains(r.err, missing_dir + "/x.log")) << r.err;
  EXPECT_TRUE(r.out.empty()) << "nothing was extracted: " << r.out;
  EXPECT_FALSE(std::filesystem::exists(missing_dir)) << "no directory is made for the log";
  expect_one_line_error(run_newsarchive({"--log-file", dir.path().string(), "extract", page}), 2, "--log-file");
  expect_one_line_error(run_newsarchive({"--log-file", "", "extract", page}), 2, "--log-file");

  std::string log = dir.file("run.log");
  EXPECT_EQ(run_newsarchive({"--log-file", log, "extract", page}).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(log));
}

// A number that would overflow, or round to "no limit", is refused before any work.
TEST(CliErrors, NumbersOutsideTheirRangeAreUsageErrors) {
  testsupport::TempDir dir;
  std::string page = dir.write("page.html", kPage);
  for (const char* timeout : {"0", "1e-9", "nan", "inf", "-1", "1e300", "5s"})
    expect_one_line_error(run_newsarchive({"--timeout", timeout, "extract", page}), 2, "--timeout");
  expect_one_line_error(run_newsarchive({"--connect-timeout", "0.0001", "extract", page}), 2, "--connect-timeout");
  for (const char* mb : {"1e300", "nan", "0"})
    expect_one_line_error(run_newsarchive({"--max-body-mb", mb, "extract", page}), 2, "--max-body-mb");
  auto r = run_newsarchive({"--timeout", "1e-9", "extract", page});
  EXPECT_TRUE(contains(r.err, "from 0.001 to 604800")) << r.err;
  EXPECT_EQ(run_newsarchive({"--timeout", "0.5", "--max-body-mb", "0.5", "extract", page}).exit_code, 0);
}

TEST(CliErrors, AMalformedResolveEntryIsAUsageError) {
  testsupport::TempDir dir;
  std::string page = dir.write("page.html", kPage);
  // The address must be one (libcurl drops a bad entry and would ask DNS after all).
  for (const char* entry : {"bad", "news.example:80", "news.example:http:127.0.0.1", ":80:127.0.0.1",
                            "news.example:70000:127.0.0.1", "news.example:80:", "news.example:80:not-an-ip",
                            "news.example:80:999.1.1.1", "news example:80:127.0.0.1"})
    expect_one_line_error(run_newsarchive({"--resolve", entry, "extract", page}), 2, "--resolve");
  for (const char* entry : {"news.example:80:127.0.0.1", "+news.example:443:127.0.0.1,127.0.0.2", "[::1]:80:127.0.0.1",
                            "news.example:443:[::1]"})
    EXPECT_EQ(run_newsarchive({"--resolve", entry, "extract", page}).exit_code, 0) << entry;
}

// A loopback server with the school page, and an archive holding it.
struct OnePageArchive {
  testsupport::LoopbackServer server;
  testsupport::TempDir dir;
  std::string db = dir.file("a.db");
  OnePageArchive() {
    server.http().Get("/school.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kPage, "text/html; charset=utf-8");
    });
    server.start();
    EXPECT_EQ(run_newsarchive({"--db", db, "fetch", server.url("/school.html")}).exit_code, 0);
  }
};

// An export or a log written to the archive's own path would destroy it.
TEST(CliErrors, NoOutputOrLogOverwritesTheArchive) {
  OnePageArchive a;
  auto& dir = a.dir;
  const std::string& db = a.db;
  std::filesystem::create_symlink(db, dir.file("link.db"));
  for (const std::string& target : {db, dir.file("link.db"), dir.file("sub/../a.db-wal"), db + ".lock"}) {
    expect_one_line_error(run_newsarchive({"--db", db, "export", "-o", target}), 2, "is the archive");
    expect_one_line_error(run_newsarchive({"--db", db, "--log-file", target, "list"}), 2, "is the archive");
  }
  auto list = run_newsarchive({"--db", db, "list"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(lines(list.out).size(), 1u) << "the archive is intact: " << list.out;
  EXPECT_EQ(run_newsarchive({"--db", db, "export", "-o", dir.file("out.jsonl")}).exit_code, 0);
}

TEST(CliErrors, ResultsThatCannotBeWrittenAndAFileSizeLimitAreErrors) {
  OnePageArchive a;
  auto& dir = a.dir;
  auto& server = a.server;
  const std::string& db = a.db;
  // stdout on a full device: the listing was not delivered, so no success.
  for (std::vector<std::string> cmd : {std::vector<std::string>{"list"}, {"show", "1"}, {"search", "classrooms"}}) {
    std::string line = "exec \"$0\" --db \"$1\"";
    for (const auto& a : cmd) line += " " + a;
    auto r = testsupport::run_program("/bin/sh", {"-c", line + " > /dev/full", testsupport::newsarchive_binary(), db});
    expect_one_line_error(r, 2, "error writing to standard output");
  }
  // Past `ulimit -f` the archive write fails (exit 4, one line) instead of SIGXFSZ killing it.
  std::string big = dir.file("big.db");
  auto r = testsupport::run_program(
      "/bin/sh", {"-c", "ulimit -f 8; exec \"$0\" --db \"$1\" fetch \"$2\"", testsupport::newsarchive_binary(), big,
                  server.url("/school.html")});
  EXPECT_EQ(r.exit_code, 4) << r.out << r.err;
  EXPECT_FALSE(r.err.empty());
}

// --user-agent is checked as the configuration file's user_agent, for every command.
TEST(CliErrors, UserAgentMustStartWithAProductNameForEveryCommand) {
  testsupport::TempDir dir;
  std::string db = dir.file("a.db");
  for (const char* agent : {"", " ", "/no-product", "bot/1.0\r\nX-Injected: 1"}) {
    expect_one_line_error(run_newsarchive({"--db", db, "--user-agent", agent, "fetch", "http://127.0.0.1:9/x"}), 2,
                          "--user-agent");
    expect_one_line_error(run_newsarchive({"--db", db, "list", "--user-agent", agent}), 2, "--user-agent");
  }
  auto injected = run_newsarchive({"--db", db, "--user-agent", "bot/1.0\nX: 1", "list"});
  EXPECT_EQ(injected.exit_code, 2);
  EXPECT_EQ(lines(injected.err).size(), 2u) << "the error, then the pointer to --help: " << injected.err;
  EXPECT_FALSE(std::filesystem::exists(db)) << "nothing was fetched or created";
}

TEST(CliErrors, ConcurrencyLimitIsTheConfigurationFilesLimit) {
  testsupport::LoopbackServer server;  // answers 404 to everything
  server.start();
  testsupport::TempDir dir;
  std::string page = dir.write("page.html", kPage);
  EXPECT_EQ(run_newsarchive({"--concurrency", "1024", "extract", page}).exit_code, 0);
  expect_one_line_error(run_newsarchive({"--concurrency", "1025", "extract", page}), 2, "--concurrency");
  auto config = [&](int concurrency) {
    return dir.write("sites.toml", "[crawl]\nconcurrency = " + std::to_string(concurrency) +
                                       "\nmax_retries = 0\n\n[[site]]\nname = \"A\"\nfeeds = [\"" +
                                       server.url("/rss.xml") + "\"]\n");
  };
  auto most = run_newsarchive({"--db", dir.file("a.db"), "crawl", "--dry-run", "--config", config(1024)});
  EXPECT_NE(most.exit_code, 3) << most.err;
  EXPECT_FALSE(contains(most.err, "concurrency")) << most.err;
  expect_one_line_error(run_newsarchive({"--db", dir.file("a.db"), "crawl", "--dry-run", "--config", config(1025)}),
                        3, "'concurrency' must be between 1 and 1024");
}

// A sites file with several mistakes: every one reported, on one line.
TEST(CliErrors, ConfigErrorsAreOneLine) {
  testsupport::TempDir dir;
  std::string config = dir.write("sites.toml",
                                 "[crawl]\nconcurrency = 4\n\n[[site]]\nname = \"A\"\n"
                                 "feed = \"http://127.0.0.1:9/rss\"\n\n[[site]]\n");
  auto r = run_newsarchive({"--db", dir.file("a.db"), "crawl", "--config", config});
  expect_one_line_error(r, 3, "unknown key 'feed' (did you mean 'feeds'?)");
  EXPECT_EQ(lines(r.err).size(), 1u) << r.err;
  EXPECT_TRUE(contains(r.err, "sites.toml:8: [[site]] #2: missing key 'name'")) << r.err;
}

TEST(CliErrors, NotAnArchiveFileIsRefusedAndLeftUntouched) {
  testsupport::TempDir dir;
  std::string db = dir.write("notes.db", "these are my notes, not a database\n");
  expect_one_line_error(run_newsarchive({"--db", db, "list"}), 4, "notes.db");
  EXPECT_EQ(testsupport::read_file(db), "these are my notes, not a database\n");
}

// News terms search as written; a malformed query says how to fix it; authors list.
TEST(CliErrors, SearchTakesNewsTermsAndListFindsAnAuthor) {
  testsupport::LoopbackServer server;
  server.http().Get("/news/school.html", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kPage, "text/html; charset=utf-8");
  });
  server.start();
  testsupport::TempDir dir;
  std::string db = dir.file("a.db");
  std::string url = server.url("/news/school.html");
  ASSERT_EQ(run_newsarchive({"--db", db, "fetch", url}).exit_code, 0);

  // Words given as separate arguments are one query (all of them must match).
  auto words = run_newsarchive({"--db", db, "search", "--json", "pupils", "hospital"});
  EXPECT_EQ(json_lines(words.out).size(), 1u) << words.err;
  EXPECT_TRUE(run_newsarchive({"--db", db, "search", "pupils", "zebra"}).out.empty());
  // An id as list and fetch print it.
  auto shown = run_newsarchive({"--db", db, "show", "#1"});
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_TRUE(contains(shown.out, url)) << shown.out;
  for (const char* query : {"covid-19", "x-ray", "St Piran's", "\"St Piran's\"", "bbc.co.uk", "covid-19 AND x-ray"}) {
    auto r = run_newsarchive({"--db", db, "search", "--json", query});
    EXPECT_EQ(r.exit_code, 0) << query << ": " << r.err;
    auto hits = json_lines(r.out);
    ASSERT_EQ(hits.size(), 1u) << query << ": " << r.out;
    EXPECT_EQ(hits[0]["url"], url);
  }
  auto bad = run_newsarchive({"--db", db, "search", "St Piran\"s"});
  expect_one_line_error(bad, 2, "double quotes");
  // The plain listing: the summary line, then the snippet on one line (the body's
  // paragraph breaks inside it are spaces).
  auto plain = run_newsarchive({"--db", db, "search", "earliest AND county"});
  EXPECT_EQ(lines(plain.out).size(), 2u) << plain.out;
  EXPECT_FALSE(contains(plain.out, "\n\n")) << plain.out;

  for (const char* name : {"okonkwo", "Chidi Okonkwo", "CHIDI"}) {
    auto r = run_newsarchive({"--db", db, "list", "--json", "--author", name});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto listed = json_lines(r.out);
    ASSERT_EQ(listed.size(), 1u) << name << ": " << r.out;
    EXPECT_EQ(listed[0]["url"], url);
  }
  auto nobody = run_newsarchive({"--db", db, "list", "--author", "Sandvik"});
  EXPECT_EQ(nobody.exit_code, 0);
  EXPECT_TRUE(nobody.out.empty()) << nobody.out;
  expect_one_line_error(run_newsarchive({"--db", db, "list", "--author", " "}), 2, "--author");
}

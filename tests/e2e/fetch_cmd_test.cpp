// `fetch` end to end, where it meets trouble: a slow page among fast ones, a stop by
// SIGTERM, a redirect that leads nowhere, a 304, and a URL given twice.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <thread>

#include "e2e_util.hpp"
#include "sqlite_reader.hpp"
#include "support/child.hpp"
#include "support/loopback_server.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

using namespace e2e;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

std::string story(const std::string& headline) {
  std::string html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline +
                     "</title></head><body><article><h1>" + headline + "</h1>";
  for (const char* p : {"The council met on Tuesday evening to settle the question that has divided the town "
                        "for most of a year, and the vote, when it finally came, was closer than anyone expected.",
                        "Supporters said the decision would bring the harbour back to life; opponents warned that "
                        "the cost had been underestimated and that the work would run well into next summer.",
                        "Residents who packed the public gallery greeted the result with a mixture of applause and "
                        "silence, and several stayed long after the meeting ended to argue in the car park."})
    html += std::string("<p>") + p + "</p>";
  return html + "</article></body></html>";
}

// A long read of `count` paragraphs. Version 2 capitalises one word in paragraph 5 and
// one in the middle; version 3 rewrites every paragraph.
std::string long_read(int count, int version) {
  static const char* fill[] = {"walked the length of the deck checking the expansion joints.",
                               "said the closure had cost them a share of their passing trade.",
                               "replaced more than four hundred rivets and two main bearings.",
                               "gathered at the southern end while a brass band played."};
  std::string html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Long read</title>"
                     "</head><body><article><h1>Long read on the harbour</h1>";
  for (int i = 0; i < count; ++i) {
    const bool edited = version == 2 && (i == 5 || i == count / 2);
    html.append("<p>").append(version == 3 ? "Entry " : "Item ").append(std::to_string(i)).append(": ");
    html.append(edited ? "THE" : "the").append(" crew ").append(fill[i % 4]).append("</p>");
  }
  return html + "</article></body></html>";
}

class FetchCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& http = server_.http();
    for (const char* name : {"a", "b", "c"}) {
      http.Get(std::string("/") + name + ".html", [name](const httplib::Request&, httplib::Response& res) {
        res.set_content(story(std::string("Story ") + name), "text/html; charset=utf-8");
      });
    }
    // Answers after `slow_s_` seconds, or once the test ends: bounded either way.
    http.Get("/slow.html", [this](const httplib::Request&, httplib::Response& res) {
      auto until = std::chrono::steady_clock::now() + std::chrono::seconds(slow_s_.load());
      while (!released_ && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(20ms);
      res.set_content(story("Late story"), "text/html; charset=utf-8");
    });
    http.Get("/no-location", [](const httplib::Request&, httplib::Response& res) { res.status = 301; });
    http.Get("/etag.html", [](const httplib::Request& req, httplib::Response& res) {
      if (req.get_header_value("If-None-Match") == "\"v1\"") {
        res.status = 304;
        return;
      }
      res.set_header("ETag", "\"v1\"");
      std::string page = story("Tagged story");
      page.insert(page.find("</article>"), "<p>The figures were first reported by Reuters on Monday night.</p>");
      res.set_content(page, "text/html; charset=utf-8");
    });
    http.Get("/always-304", [](const httplib::Request&, httplib::Response& res) { res.status = 304; });
    // The same story, its byline and date corrected from version 2 on.
    http.Get("/corrected.html", [this](const httplib::Request&, httplib::Response& res) {
      bool v2 = corrected_;
      std::string page = story("Harbour vote");
      page.insert(page.find("</head>"), std::string("<meta name=\"author\" content=\"") +
                                            (v2 ? "John Smith" : "Jane Doe") +
                                            "\"><meta property=\"article:published_time\" content=\"" +
                                            (v2 ? "2026-11-19T08:00:00Z" : "2026-11-18T08:00:00Z") + "\">");
      res.set_content(page, "text/html; charset=utf-8");
    });
    // Sent as it is: httplib would spend seconds compressing 1.4 MB set with set_content().
    http.Get("/long.html", [this](const httplib::Request&, httplib::Response& res) {
      auto page = std::make_shared<std::string>(long_read(16000, long_version_));
      res.set_content_provider(page->size(), "text/html; charset=utf-8",
                               [page](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                 return sink.write(page->data() + offset, length);
                               });
    });
    server_.start();
    db_ = dir_.file("archive.db");
  }
  void TearDown() override { released_ = true; }

  std::vector<std::string> args(std::vector<std::string> rest) {
    rest.insert(rest.begin(), {"--db", db_});
    return rest;
  }
  testsupport::RunResult na(std::vector<std::string> rest) { return testsupport::run_newsarchive(args(std::move(rest))); }

  std::map<std::string, json> by_url(const std::string& out) {
    std::map<std::string, json> m;
    for (auto& o : json_lines(out)) m[o["url"]] = o;
    return m;
  }

  std::atomic<int> slow_s_{3};
  std::atomic<bool> released_{false};
  std::atomic<bool> corrected_{false};
  std::atomic<int> long_version_{1};
  testsupport::TempDir dir_;
  testsupport::LoopbackServer server_;
  std::string db_;
};

}  // namespace

TEST_F(FetchCommand, SlowPageDoesNotHoldBackTheOtherPagesOfItsHost) {
  auto r = na({"--timeout", "2", "fetch", "--json", server_.url("/slow.html"), server_.url("/a.html"),
               server_.url("/b.html")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto o = by_url(r.out);
  ASSERT_EQ(o.size(), 3u) << r.out;
  EXPECT_EQ(o[server_.url("/a.html")]["status"], "added") << o[server_.url("/a.html")];
  EXPECT_EQ(o[server_.url("/b.html")]["status"], "added") << o[server_.url("/b.html")];
  const json& slow = o[server_.url("/slow.html")];
  EXPECT_EQ(slow["status"], "failed");
  ASSERT_TRUE(slow["error"].is_string()) << slow;
  EXPECT_EQ(slow["error"].get<std::string>().rfind("timeout: ", 0), 0u) << slow;
  EXPECT_FALSE(contains(slow["error"], "resolve")) << slow;
}

TEST_F(FetchCommand, SigtermStopsWithExit130AndKeepsWhatFinished) {
  slow_s_ = 60;  // held until the test ends
  testsupport::Child run(args({"fetch", server_.url("/a.html"), server_.url("/slow.html")}), dir_.path().string());
  ASSERT_TRUE(testsupport::eventually([&] { return contains(run.out_so_far(), server_.url("/a.html")); }, 20s))
      << run.err_so_far();
  run.signal(SIGTERM);
  auto ended = run.wait_for(10s);
  ASSERT_TRUE(ended) << "a stopped fetch ends promptly";
  EXPECT_EQ(ended->exit_code, 130) << ended->err;
  auto out = lines(ended->out);
  ASSERT_EQ(out.size(), 1u) << ended->out;
  EXPECT_EQ(out[0].rfind("added\t#", 0), 0u) << out[0];
  EXPECT_TRUE(contains(ended->err, "1 of 2 URLs not fetched")) << ended->err;

  SqliteReader db(db_);
  EXPECT_EQ(db.count("SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(db.value("SELECT headline FROM articles"), "Story a");
  EXPECT_EQ(db.value("PRAGMA integrity_check"), "ok");
}

TEST_F(FetchCommand, RedirectWithoutLocationFailsWithAReason) {
  auto r = na({"fetch", "--json", server_.url("/no-location")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto o = json_lines(r.out);
  ASSERT_EQ(o.size(), 1u) << r.out;
  EXPECT_EQ(o[0]["status"], "failed");
  EXPECT_EQ(o[0]["http_status"], 301);
  ASSERT_TRUE(o[0]["error"].is_string()) << o[0];
  EXPECT_TRUE(contains(o[0]["error"], "HTTP 301 without a Location header")) << o[0];
  EXPECT_EQ(SqliteReader(db_).value("SELECT outcome FROM fetches"), "failed");
}

TEST_F(FetchCommand, NotModifiedLineShowsTheStoredHeadline) {
  const std::string url = server_.url("/etag.html");
  ASSERT_EQ(na({"fetch", url}).exit_code, 0);
  auto again = na({"fetch", url, server_.url("/always-304")});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  std::map<std::string, std::string> line_of;
  for (const auto& l : lines(again.out)) {
    auto tab = l.find('\t', l.find('\t') + 1);
    line_of[l.substr(tab + 1, l.find('\t', tab + 1) - tab - 1)] = l;
  }
  EXPECT_EQ(line_of[url], "not_modified\t#1\t" + url + "\tTagged story");
  EXPECT_EQ(line_of[server_.url("/always-304")],
            "not_modified\t-\t" + server_.url("/always-304") + "\tnot modified (no article archived from this URL)");

  auto json_run = na({"fetch", "--json", url});
  auto o = json_lines(json_run.out);
  ASSERT_EQ(o.size(), 1u) << json_run.out;
  EXPECT_EQ(o[0]["status"], "not_modified");
  EXPECT_EQ(o[0]["headline"], "Tagged story");
  EXPECT_EQ(o[0]["sources"], 1) << "the archived article's cited sources";
}

TEST_F(FetchCommand, PrintsALinePerInputUrlAndFetchesARepeatedOneOnce) {
  const std::string a = server_.url("/a.html"), b = server_.url("/b.html"), c = server_.url("/c.html");
  auto r = na({"fetch", a, b, a, c, a});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto out = lines(r.out);
  ASSERT_EQ(out.size(), 5u) << r.out;
  int a_lines = 0;
  for (const auto& l : out)
    if (contains(l, "\t" + a + "\t")) {
      ++a_lines;
      EXPECT_EQ(l.rfind("added\t#", 0), 0u) << l;
    }
  EXPECT_EQ(a_lines, 3);
  int a_requests = 0;
  for (const auto& q : server_.requests()) a_requests += q.path == "/a.html";
  EXPECT_EQ(a_requests, 1);
  EXPECT_EQ(SqliteReader(db_).count("SELECT count(*) FROM articles"), 3);
}

TEST_F(FetchCommand, URLsThatNormaliseAlikeAreFetchedOnce) {
  const std::string a = server_.url("/a.html");
  std::string upper = a;
  upper.replace(0, 4, "HTTP");
  auto r = na({"fetch", a + "?utm_source=x", a, a + "#comments", upper});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out).size(), 4u) << "a line per input URL: " << r.out;
  int a_requests = 0;
  for (const auto& q : server_.requests()) a_requests += q.path.rfind("/a.html", 0) == 0;
  EXPECT_EQ(a_requests, 1);
  EXPECT_FALSE(contains(r.out, "unchanged")) << r.out;
}

TEST_F(FetchCommand, HistoryShowsACorrectedBylineAndDate) {
  const std::string url = server_.url("/corrected.html");
  ASSERT_EQ(na({"fetch", url}).exit_code, 0);
  corrected_ = true;
  auto again = na({"fetch", url});
  ASSERT_TRUE(contains(again.out, "changed")) << again.out;
  auto diff = na({"history", url, "--diff", "1", "2"});
  ASSERT_EQ(diff.exit_code, 0) << diff.err;
  EXPECT_TRUE(contains(diff.out, "authors: [-Jane Doe-] {+John Smith+}")) << diff.out;
  EXPECT_TRUE(contains(diff.out, "published: [-2026-11-18T08:00:00Z-] {+2026-11-19T08:00:00Z+}")) << diff.out;
  auto versions = json_lines(na({"history", url, "--json"}).out);
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0]["authors"], json::array({"Jane Doe"}));
  EXPECT_EQ(versions[1]["published"], "2026-11-19T08:00:00Z");
}

// A long read's diff shows its two one-word edits, thousands of paragraphs apart, and
// nothing else. A rewrite of every paragraph is too much to align word by word within
// the diff's bounds: it is shown removed, then added, whole, and stderr says so.
TEST_F(FetchCommand, HistoryDiffsALongReadExactlyOrSaysItCannot) {
  const std::string url = server_.url("/long.html");
  for (int version = 1; version <= 3; ++version) {
    long_version_ = version;
    auto r = na({"fetch", url});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  auto edits = na({"history", url, "--diff", "1", "2"});
  ASSERT_EQ(edits.exit_code, 0) << edits.err;
  std::vector<std::string> marked;
  for (const auto& l : lines(edits.out))
    if (contains(l, "[-") || contains(l, "{+")) marked.push_back(l);
  EXPECT_EQ(marked, (std::vector<std::string>{"Item 5: [-the-] {+THE+} crew said the closure had cost them a share "
                                              "of their passing trade.",
                                              "Item 8000: [-the-] {+THE+} crew walked the length of the deck "
                                              "checking the expansion joints."}));
  EXPECT_TRUE(edits.err.empty()) << edits.err;
  auto rewrite = na({"history", url, "--diff", "2", "3"});
  ASSERT_EQ(rewrite.exit_code, 0) << rewrite.err;
  ASSERT_EQ(lines(rewrite.err).size(), 1u) << rewrite.err;
  EXPECT_TRUE(contains(rewrite.err, "warning: history: ")) << rewrite.err;
  EXPECT_TRUE(contains(rewrite.out, "[-Item 0: the crew")) << rewrite.out.substr(0, 300);
  EXPECT_TRUE(contains(rewrite.out, "{+Entry 0: the crew")) << rewrite.out.substr(0, 300);
}

// A URL list on a pipe is read as it arrives: the first URL is archived and reported
// while the producer has not written the second yet.
TEST_F(FetchCommand, AListOnAPipeIsFetchedAsItArrives) {
  const std::string fifo = dir_.file("urls.fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  testsupport::ChildOptions options;
  options.stdin_file = fifo;
  options.timeout = std::chrono::seconds(60);
  testsupport::Child run(args({"fetch", "-i", "-"}), dir_.path().string(), options);
  int producer = ::open(fifo.c_str(), O_WRONLY);  // meets the child's open for reading
  ASSERT_GE(producer, 0);
  auto say = [&](const std::string& line) {
    ASSERT_EQ(::write(producer, line.data(), line.size()), static_cast<ssize_t>(line.size()));
  };
  say("# morning list\n" + server_.url("/a.html") + "\n");
  EXPECT_TRUE(testsupport::eventually([&] { return contains(run.out_so_far(), "Story a"); }, 20s))
      << "the first URL is reported before the list ends: " << run.out_so_far() << run.err_so_far();
  say(server_.url("/b.html") + "\n" + server_.url("/a.html"));  // a copy, and no final newline
  ::close(producer);
  auto ended = run.wait_for(30s);
  ASSERT_TRUE(ended);
  EXPECT_EQ(ended->exit_code, 0) << ended->err;
  auto out = lines(ended->out);
  EXPECT_EQ(out.size(), 3u) << ended->out;
  int a_requests = 0;
  for (const auto& q : server_.requests()) a_requests += q.path == "/a.html";
  EXPECT_EQ(a_requests, 1) << "the copy is reported, not fetched again";
}

TEST_F(FetchCommand, AnEmptyListIsAUsageErrorAndCreatesNoArchive) {
  std::string empty = dir_.write("empty.txt", "# nothing today\n\n");
  auto r = na({"fetch", "-i", empty});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "no URLs")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db_));
}

// Security checks: only http(s) is ever fetched, credentials in URLs never reach a
// log, and no shell or dynamically built SQL exists in the sources.
#include <gtest/gtest.h>
#include <poll.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "fault_fixture.hpp"
#include "unit/fetch/raw_server.hpp"

using namespace faults;

TEST_F(FaultTest, OnlyHttpAndHttpsAreEverFetched) {
  std::string secret = dir_.write("secret.txt", "TOP-SECRET-CONTENTS-7f3a\n");
  int port = 0;
  fetchtest::Socket listener = fetchtest::bind_loopback(true, &port);  // a gopher "server"
  std::string gopher = "gopher://127.0.0.1:" + std::to_string(port) + "/1secret";
  std::string list = "file://" + secret + "\n" + gopher + "\nftp://127.0.0.1:" + std::to_string(port) +
                     "/x\nfile:///etc/passwd\n";
  good_url_ = fresh_good_url();
  list += good_url_ + "\n";
  auto r = run_cli({"fetch", "-i", dir_.write("urls.txt", list)});
  expect_survived(r, 1);
  for (const std::string& u : {"file://" + secret, gopher, std::string("file:///etc/passwd")}) {
    auto a = attempt(u);
    EXPECT_EQ(a["error"], "scheme") << u;
    EXPECT_EQ(a["outcome"], "failed") << u;
  }
  pollfd p{listener.get(), POLLIN, 0};
  EXPECT_EQ(::poll(&p, 1, 0), 0) << "nobody connected to the gopher or ftp port";
  std::string archive_bytes = testsupport::read_file(db_);
  if (std::filesystem::exists(db_ + "-wal")) archive_bytes += testsupport::read_file(db_ + "-wal");
  EXPECT_EQ(archive_bytes.find("TOP-SECRET-CONTENTS"), std::string::npos);
  EXPECT_EQ(archive_bytes.find("root:x:0:0"), std::string::npos);
}

TEST_F(FaultTest, CredentialsInUrlsNeverReachTheLogsOutputOrArchive) {
  const std::string password = "pa55-W0rd-never-logged";
  route("/private/ok", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(article_html("Behind a password"), "text/html");
  });
  std::string base = url("/");
  std::string with_creds = base.substr(0, 7) + "reader:" + password + "@" + base.substr(7);
  std::string log = dir_.file("run.log");
  auto r = fetch_with_good({with_creds + "private/ok", with_creds + "private/missing"},
                           {"-vv", "--log-file", log});
  expect_survived(r, 1);
  EXPECT_EQ(r.err.find(password), std::string::npos) << r.err;
  ASSERT_TRUE(std::filesystem::exists(log));
  std::string logged = testsupport::read_file(log);
  EXPECT_FALSE(logged.empty());
  EXPECT_EQ(logged.find(password), std::string::npos) << logged;
  EXPECT_NE(r.err.find("private/missing"), std::string::npos) << "the failure is still logged, without the password";
  // Nor the report on stdout, nor the archive: the credentials served the request only.
  EXPECT_EQ(r.out.find(password), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("private/ok"), std::string::npos) << r.out;
  std::string archive_bytes = testsupport::read_file(db_);
  if (std::filesystem::exists(db_ + "-wal")) archive_bytes += testsupport::read_file(db_ + "-wal");
  EXPECT_EQ(archive_bytes.find(password), std::string::npos);
  EXPECT_EQ(attempt(base + "private/missing")["status"], "404") << "recorded under the URL without credentials";
}

namespace {

std::vector<std::filesystem::path> source_files() {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(std::string(NEWSARCHIVE_SOURCE_DIR) + "/src"))
    if (e.is_regular_file() && (e.path().extension() == ".cpp" || e.path().extension() == ".hpp"))
      out.push_back(e.path());
  return out;
}

}  // namespace

TEST(SourceReview, NoShellCommandsAnywhere) {
  static const std::regex shell(R"(\b(system|popen|execl|execlp|execle|execv|execvp|execvpe|posix_spawnp?)\s*\()");
  auto files = source_files();
  ASSERT_FALSE(files.empty());
  for (const auto& f : files) {
    std::string text = testsupport::read_file(f.string());
    EXPECT_FALSE(std::regex_search(text, shell)) << f;
  }
}

TEST(SourceReview, SqlIsNeverBuiltFromData) {
  // SQLite is only called from src/store, through prepared statements; the only SQL
  // assembled at run time there is the schema version pragma from a constant.
  static const std::regex formatted(R"(sqlite3_(mprintf|vmprintf|snprintf)\s*\()");
  for (const auto& f : source_files()) {
    std::string text = testsupport::read_file(f.string());
    bool in_store = f.string().find("/src/store/") != std::string::npos;
    if (!in_store) {
      EXPECT_EQ(text.find("sqlite3_"), std::string::npos) << f << " calls SQLite outside src/store";
    }
    EXPECT_FALSE(std::regex_search(text, formatted)) << f;
  }
}

TEST_F(FaultTest, TerminalEscapesInPagesNeverReachTheTerminal) {
  // A hostile headline that would retitle the terminal and clear the screen.
  std::string evil = "Plain words \x1b]0;owned\x07 and \x1b[2J\x1b[31mred\x1b[0m \x9b" "31m done";
  route("/escapes", [evil](const httplib::Request&, httplib::Response& res) {
    res.set_content(article_html(evil), "text/html; charset=utf-8");
  });
  auto r = fetch_with_good({url("/escapes")});
  expect_survived(r, 0);
  ArchiveProbe p(db_);
  std::string id = p.value("SELECT id FROM articles WHERE requested_url = " + sql_quote(url("/escapes")));
  for (const auto& args : std::vector<std::vector<std::string>>{{"show", id}, {"list"}, {"search", "plain"}}) {
    auto shown = run_cli(args);
    EXPECT_EQ(shown.exit_code, 0) << args[0] << shown.err;
    EXPECT_EQ(shown.out.find('\x1b'), std::string::npos) << args[0];
    EXPECT_EQ(shown.out.find('\x07'), std::string::npos) << args[0];
  }
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "fetch's own report";
}

TEST_F(FaultTest, TerminalEscapesInAUrlListNeverReachTheTerminal) {
  std::string list = "http://127.0.0.1:1/\x1b]0;owned\x07/x\n" "not a url \x1b[2J\xc2\x9b" "31m\n" "\xff\x9b" "2J\n";
  good_url_ = fresh_good_url();
  list += good_url_ + "\n";
  auto r = run_cli({"fetch", "-i", dir_.write("urls.txt", list)});
  expect_survived(r, 1);
  for (char c : {'\x1b', '\x07', '\x9b'}) EXPECT_EQ(r.out.find(c), std::string::npos) << int(c) << r.out;
  EXPECT_NE(r.out.find("%1B]0;owned%07"), std::string::npos) << "shown percent-encoded: " << r.out;
}

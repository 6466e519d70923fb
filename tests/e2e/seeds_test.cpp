// The two seed pages of ../shared/seeds served on loopback under their own host name
// (mapped with --resolve), fetched and archived by the real binary.
#include <gtest/gtest.h>

#include <filesystem>

#include "e2e_util.hpp"
#include "support/loopback_server.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

using namespace e2e;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Seed {
  std::string name;
  json expected;
  std::string page;
};

std::vector<Seed> load_seeds() {
  std::vector<Seed> seeds;
  std::string shared = testsupport::shared_dir();
  if (shared.empty() || !fs::is_directory(fs::path(shared) / "seeds")) return seeds;
  for (const auto& entry : fs::directory_iterator(fs::path(shared) / "seeds")) {
    if (!entry.is_directory()) continue;
    Seed s;
    s.name = entry.path().filename();
    s.expected = json::parse(testsupport::read_file((entry.path() / "expected.json").string()));
    s.page = testsupport::read_file((entry.path() / "page.html").string());
    seeds.push_back(std::move(s));
  }
  std::sort(seeds.begin(), seeds.end(), [](const Seed& a, const Seed& b) { return a.name < b.name; });
  return seeds;
}

std::string host_of(const std::string& url) {
  auto start = url.find("://") + 3;
  return url.substr(start, url.find('/', start) - start);
}

}  // namespace

TEST(Seeds, SeedPagesAreArchivedWithHeadlineBodyAndLinkedSources) {
  auto seeds = load_seeds();
  if (seeds.empty()) GTEST_SKIP() << "../shared/seeds is absent; skipping the seed-page test";

  testsupport::LoopbackServer server;
  for (const auto& seed : seeds) {
    std::string url = seed.expected["url"];
    std::string path = url.substr(url.find('/', url.find("://") + 3));
    const std::string* page = &seed.page;
    server.http().Get(path, [page](const httplib::Request&, httplib::Response& res) {
      res.set_content(*page, "text/html; charset=UTF-8");
    });
  }
  server.start();
  testsupport::TempDir dir;
  const std::string db = dir.file("seeds.db");

  for (const auto& seed : seeds) {
    SCOPED_TRACE(seed.name);
    const json& e = seed.expected;
    std::string url = e["url"];
    std::string host = host_of(url);
    // The same URL on the loopback server's port, with the host name mapped to it.
    std::string local = url;
    local.replace(local.find(host), host.size(), host + ":" + std::to_string(server.port()));
    auto r = testsupport::run_newsarchive(
        {"--db", db, "--resolve", server.resolve_entry(host), "fetch", "--json", local});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;

    auto shown = testsupport::run_newsarchive({"--db", db, "show", "--json", local});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    json a = json::parse(shown.out);
    EXPECT_EQ(a["headline"], e["headline"]);
    const std::string body = normalize_space(a["body"]);
    for (const auto& p : e["body_paragraphs"]) {
      // Compared as a reader sees them: runs of spaces and NBSPs are one space.
      std::string para = normalize_space(p);
      EXPECT_TRUE(contains(body, para)) << "missing paragraph: " << para << "\nbody:\n" << body;
    }
    for (const char* junk : {"says:", "Leave a Reply", "Trending Now", "Get Our Newsletter", "All rights reserved",
                             "Privacy Policy", "Share on Facebook", "Your email address"})
      EXPECT_FALSE(contains(body, junk)) << "comment/sidebar/footer text in body: " << junk;

    std::set<std::string> source_domains;
    for (const auto& s : a["sources"])
      if (s["domain"].is_string()) source_domains.insert(s["domain"]);
    for (const auto& link : e["body_links"]) {
      std::string h = host_of(link["href"]);
      if (h.rfind("www.", 0) == 0) h.erase(0, 4);
      EXPECT_TRUE(source_domains.count(h)) << "linked outlet not a source: " << h;
    }
    for (const auto& not_source : e["not_sources"]) EXPECT_FALSE(source_domains.count(not_source)) << not_source;
  }

  // Across the archive: both stories cite CNN; one cites The New York Times.
  auto top = testsupport::run_newsarchive({"--db", db, "sources", "--json"});
  ASSERT_EQ(top.exit_code, 0) << top.err;
  std::map<std::string, json> outlets;
  for (auto& row : json_lines(top.out)) outlets[row["domain"].is_string() ? row["domain"].get<std::string>() : ""] = row;
  ASSERT_TRUE(outlets.count("cnn.com")) << top.out;
  EXPECT_EQ(outlets["cnn.com"]["articles"], 2);
  EXPECT_EQ(outlets["cnn.com"]["name"], "CNN");
  EXPECT_FALSE(outlets.count("usalibertynews.test")) << "the site is never its own source";
  for (const std::string outlet : {"cnn.com", "CNN"}) {
    auto citing = testsupport::run_newsarchive({"--db", db, "sources", "--cites", outlet, "--json"});
    ASSERT_EQ(citing.exit_code, 0) << citing.err;
    EXPECT_EQ(json_lines(citing.out).size(), 2u) << outlet;
  }
  // An alias resolves through the outlet directory to the stored canonical name.
  auto nyt = testsupport::run_newsarchive({"--db", db, "sources", "--cites", "New York Times", "--json"});
  ASSERT_EQ(nyt.exit_code, 0) << nyt.err;
  EXPECT_EQ(json_lines(nyt.out).size(), 1u) << nyt.out;
  // Nothing found says why on stderr, stdout stays empty: an outlet nobody cited is
  // named as the directory knows it; words the directory does not know are called so.
  auto uncited = testsupport::run_newsarchive({"--db", db, "sources", "--cites", "bbc.co.uk"});
  EXPECT_EQ(uncited.exit_code, 0) << uncited.err;
  EXPECT_EQ(uncited.out, "");
  EXPECT_NE(uncited.err.find("no archived article cites BBC"), std::string::npos) << uncited.err;
  EXPECT_EQ(uncited.err.find("does not know"), std::string::npos) << uncited.err;
  auto unknown = testsupport::run_newsarchive({"--db", db, "sources", "--cites", "Daily Xyzzy"});
  EXPECT_EQ(unknown.exit_code, 0) << unknown.err;
  EXPECT_EQ(unknown.out, "");
  EXPECT_NE(unknown.err.find("does not know it"), std::string::npos) << unknown.err;
  auto ambiguous = testsupport::run_newsarchive({"--db", db, "sources", "--cites", "Standard"});
  EXPECT_NE(ambiguous.err.find("could be any of"), std::string::npos) << ambiguous.err;
  EXPECT_NE(ambiguous.err.find("Der Standard"), std::string::npos) << ambiguous.err;
  auto quiet = testsupport::run_newsarchive({"--db", db, "--quiet", "sources", "--cites", "Daily Xyzzy"});
  EXPECT_EQ(quiet.err, "");
}

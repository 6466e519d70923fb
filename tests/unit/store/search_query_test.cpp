// What a reader types into `search`, as FTS5 gets it, and listing articles by author.
#include <gtest/gtest.h>

#include <utility>

#include "newsarchive/archive.hpp"
#include "store/search.hpp"
#include "store/snippet.hpp"
#include "store/tokenizer.hpp"
#include "store_fixtures.hpp"
#include "support/temp_dir.hpp"

using newsarchive::Archive;
using newsarchive::ArchiveError;
using newsarchive::ListQuery;
using newsarchive::store::fts_match_expression;
using namespace storetest;

TEST(FtsMatchExpression, KeepsFts5Syntax) {
  for (const char* query : {"volcano", "lava AND town", "harbour OR port", "storm NOT snow", "\"light winds\"",
                            "budget AND pass*", "(flood OR storm) AND harbour", "NEAR(harbour bridge, 5)",
                            "NEAR(harbour bridge,5)", "NEAR (\"harbour bridge\" reopens)", "headline:storm",
                            "Body:storm", "headline:\"storm repairs\"", "headline:(storm OR flood)", "authors:doe", "^harbour",
                            "\"prime minis\"*", "prime + minister", "café naïve", "", "  spaced   out  ",
                            "and or not near"})
    EXPECT_EQ(fts_match_expression(query), query) << query;
}

TEST(FtsMatchExpression, QuotesWordsWithPunctuationInside) {
  const std::pair<const char*, const char*> cases[] = {
      {"covid-19", "\"covid-19\""},
      {"Covid-19 vaccine", "\"Covid-19\" vaccine"},
      {"x-ray", "\"x-ray\""},
      {"bbc.co.uk", "\"bbc.co.uk\""},
      {"St Piran's", "St \"Piran's\""},
      {"10:30", "\"10:30\""},
      {"news:today", "\"news:today\""},
      {"AC/DC", "\"AC/DC\""},
      {"e-mail@example.org", "\"e-mail@example.org\""},
      {"Paris, France", "\"Paris,\" France"},
      {"Marks & Spencer", "Marks \"&\" Spencer"},
      {"-brexit", "\"-brexit\""},
      {"naïve-art", "\"naïve-art\""},
      {"covid-19*", "\"covid-19\"*"},
      {"^x-ray", "^\"x-ray\""},
      {"headline:covid-19", "headline:\"covid-19\""},
      {"authors:O'Brien", "authors:\"O'Brien\""},
      {"(covid-19 OR flu) AND vaccine", "(\"covid-19\" OR flu) AND vaccine"},
      {"NEAR(covid-19 vaccine, 10)", "NEAR(\"covid-19\" vaccine, 10)"},
      {"NEAR(covid-19 vaccine,10)", "NEAR(\"covid-19\" vaccine,10)"},
      {"\"a phrase\"x-ray", "\"a phrase\" \"x-ray\""},
      {"x-ray\"a phrase\"", "\"x-ray\" \"a phrase\""},
      {"x-ray covid-19", "\"x-ray\" \"covid-19\""},
      {"*", "\"*\""},
  };
  for (const auto& [query, expected] : cases) EXPECT_EQ(fts_match_expression(query), expected) << query;
}

TEST(FtsMatchExpression, LeavesUnbalancedQuotesAndParenthesesForFts5ToReject) {
  for (const char* query : {"\"unbalanced", "St Piran\"s", "(open", "close)", "words AND"})
    EXPECT_EQ(fts_match_expression(query), query) << query;
  EXPECT_EQ(fts_match_expression("x-ray (open"), "\"x-ray\" (open");
  EXPECT_EQ(fts_match_expression("x-ray\"open"), "\"x-ray\" \"open");
  EXPECT_EQ(fts_match_expression("\"say \"\"hi\"\"\" x.y"), "\"say \"\"hi\"\"\" \"x.y\"");
}

TEST(FtsMatchExpression, KeepsColumnSetsAndExcludedColumns) {
  for (const char* query : {"{headline body}:harbour", "{headline}:harbour", "-{authors}:smith", "-authors:doe",
                            "{headline body}:(storm OR flood)", "{ headline  body }:\"storm repairs\"",
                            "-{body authors}:harbour AND ferry", "NOT {body}:x"})
    EXPECT_EQ(fts_match_expression(query), query) << query;
  EXPECT_EQ(fts_match_expression("{headline body}:covid-19"), "{headline body}:\"covid-19\"");
  EXPECT_EQ(fts_match_expression("\"a\"{headline}:b"), "\"a\" {headline}:b");
  // Braces that make no column set are text, as before.
  EXPECT_EQ(fts_match_expression("{not a set}"), "\"{not\" a \"set}\"");
  EXPECT_EQ(fts_match_expression("{headline,body}:x"), "\"{headline,body}:x\"");
}

namespace {

PageRecord story(const std::string& url, const std::string& headline, const std::string& body,
                 std::vector<std::string> authors) {
  PageRecord r = article_page(url, headline, body);
  r.article->authors = std::move(authors);
  return r;
}

std::vector<PageRecord> news() {
  return {story("https://a.example/1", "Covid-19 cases rise at St Piran's school",
                "Pupils were sent home at 10:30, the head said. The x-ray unit reopens; details on bbc.co.uk.",
                {"Chidi Okonkwo"}),
          story("https://b.example/2", "Harbour bridge reopens", "Covid rules ended in 2019. An x ray of the pier.",
                {"Erik Sandvik", "Ada Okonkwo-Smith"}),
          story("https://a.example/3", "Weather", "Sunny with light winds.", {}),
          story("https://c.example/4", "Fjord ferry", "The ferry runs again.", {"Åsa MÜLLER-Ødegård"})};
}

std::vector<std::string> urls(const std::vector<newsarchive::SearchHit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(h.article.url);
  return out;
}

std::vector<std::string> urls(const std::vector<newsarchive::ArticleSummary>& list) {
  std::vector<std::string> out;
  for (const auto& s : list) out.push_back(s.url);
  return out;
}

}  // namespace

TEST(ArchiveSearch, FindsNewsTermsWithPunctuationAsWritten) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> batch = news();
  archive.save_batch(batch);
  const std::vector<std::string> first{"https://a.example/1"};
  for (const char* query : {"covid-19", "Covid-19", "COVID-19*", "bbc.co.uk", "x-ray AND unit", "St Piran's",
                            "\"St Piran's\"", "10:30", "headline:covid-19", "(covid-19 OR nothingatall) AND school"})
    EXPECT_EQ(urls(archive.search(query)), first) << query;
  EXPECT_EQ(archive.count_matches("covid-19"), 1);
  EXPECT_EQ(archive.count_matches("x-ray"), 2) << "the phrase 'x ray' is in both";
  EXPECT_EQ(archive.search("covid").size(), 2u);
}

TEST(ArchiveSearch, MalformedQueryErrorSuggestsQuoting) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> batch = news();
  archive.save_batch(batch);
  for (const char* bad : {"St Piran\"s", "(covid-19", "covid AND"}) {
    try {
      archive.search(bad);
      ADD_FAILURE() << "no error for " << bad;
    } catch (const ArchiveError& e) {
      std::string what = e.what();
      EXPECT_EQ(e.kind(), ArchiveError::Kind::query) << what;
      EXPECT_NE(what.find(std::string("'") + bad + "'"), std::string::npos) << "names the query as typed: " << what;
      EXPECT_NE(what.find("double quotes"), std::string::npos) << what;
      EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    }
  }
  EXPECT_THROW(archive.count_matches("(covid-19"), ArchiveError);
}

TEST(ArchiveListByAuthor, MatchesWordsOfANameInAnyCaseNewestFirst) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> batch = news();
  batch[1].fetch.started_at_ms = at_minute(5);  // first seen later: listed first
  archive.save_batch(batch);
  auto by = [&archive](const std::string& name, ListQuery q = {}) {
    q.author = name;
    return archive.list(q);
  };
  EXPECT_EQ(urls(by("Chidi Okonkwo")), std::vector<std::string>{"https://a.example/1"});
  EXPECT_EQ(urls(by("okonkwo")),
            (std::vector<std::string>{"https://b.example/2", "https://a.example/1"}));
  EXPECT_EQ(urls(by("SANDVIK")), std::vector<std::string>{"https://b.example/2"});
  EXPECT_TRUE(by("nobody").empty());
  EXPECT_TRUE(by("%").empty()) << "LIKE wildcards in the name are no words";
  EXPECT_TRUE(by("_").empty());
  EXPECT_TRUE(by("konkwo").empty()) << "a name's words match from their beginning";
  EXPECT_EQ(urls(by("ada okon")), std::vector<std::string>{"https://b.example/2"});
  // Folded as the search index folds: case and diacritics beyond ASCII, punctuation.
  for (const char* name : {"muller", "Müller", "asa muller", "ÅSA", "Müller-Ødegård"})
    EXPECT_EQ(urls(by(name)), std::vector<std::string>{"https://c.example/4"}) << name;

  ListQuery site;
  site.site = "www.a.example";
  EXPECT_EQ(urls(by("okonkwo", site)), std::vector<std::string>{"https://a.example/1"});
  ListQuery paged;
  paged.limit = 1;
  paged.offset = 1;
  EXPECT_EQ(urls(by("okonkwo", paged)), std::vector<std::string>{"https://a.example/1"});
}

TEST(ArchiveSearch, ColumnSetsHoldASearchToThoseColumns) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> batch = news();
  archive.save_batch(batch);
  const std::vector<std::string> bridge{"https://b.example/2"}, ferry{"https://c.example/4"}, none;
  EXPECT_EQ(urls(archive.search("{headline body}:harbour")), bridge);
  EXPECT_EQ(urls(archive.search("{headline authors}:sandvik")), bridge);
  EXPECT_EQ(urls(archive.search("{body}:harbour")), none) << "the word is in the headline only";
  EXPECT_EQ(urls(archive.search("-{headline}:harbour")), none);
  EXPECT_EQ(urls(archive.search("-headline:ferry")), ferry) << "'ferry' is in the body too";
  EXPECT_EQ(urls(archive.search("{body authors}:(runs OR nothing)")), ferry);
  EXPECT_EQ(archive.count_matches("{headline body}:harbour"), 1);
  try {
    archive.search("{title}:harbour");
    ADD_FAILURE() << "no error for an unknown column";
  } catch (const ArchiveError& e) {
    EXPECT_EQ(e.kind(), ArchiveError::Kind::query);
    EXPECT_NE(std::string(e.what()).find("no such column: title"), std::string::npos) << e.what();
  }
  // A mistyped column is an error too, not a phrase that silently finds nothing; other
  // "word:word" is the phrase it spells ("re:invent", like "10:30").
  for (const char* typo : {"headlin:harbour", "-autors:sandvik", "bodi:harbour"}) {
    SCOPED_TRACE(typo);
    EXPECT_THROW(archive.search(typo), ArchiveError);
  }
  EXPECT_NO_THROW(archive.search("re:invent"));
}

// German writes ß as "ss" in capitals and in Switzerland: either spelling finds the other.
TEST(ArchiveSearch, SharpSAndSsFindEachOther) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> batch = {
      story("https://d.example/1", "Neue Gr\xC3\xBCnfl\xC3\xA4" "che an der M\xC3\xBCllerstra\xC3\x9F" "e",
            "Die GROSSE Wiese ist offen.", {"Johann Strau\xC3\x9F"}),
      story("https://d.example/2", "Kein Treffer", "Nichts davon hier.", {})};
  archive.save_batch(batch);
  const std::vector<std::string> first{"https://d.example/1"};
  for (const char* query : {"mullerstrasse", "M\xC3\xBCllerstra\xC3\x9F" "e", "M\xC3\x9CLLERSTRA\xE1\xBA\x9E" "E",
                            "MULLERSTRASSE", "m\xC3\xBCllerstra\xC3\x9F*", "gro\xC3\x9F" "e", "authors:strauss",
                            "headline:\"an der m\xC3\xBCllerstrasse\""})
    EXPECT_EQ(urls(archive.search(query)), first) << query;
  ListQuery q;
  for (const char* name : {"strauss", "Strau\xC3\x9F", "johann STRAUSS"}) {
    q.author = name;
    EXPECT_EQ(urls(archive.list(q)), first) << name;
  }
}

// Sites are stored by host: a port, "www." or a whole URL in --site names the host.
TEST(ArchiveList, SiteMayCarryAPortOrBeAUrl) {
  testsupport::TempDir dir;
  Archive archive(dir.file("a.db"));
  std::vector<PageRecord> batch = {article_page("http://news.example:8080/a", "One", "Text one."),
                                   article_page("http://[::1]:8080/b", "Two", "Text two.")};
  archive.save_batch(batch);
  auto on = [&archive](const std::string& site) {
    ListQuery q;
    q.site = site;
    return urls(archive.list(q));
  };
  const std::vector<std::string> news{"http://news.example:8080/a"}, local{"http://[::1]:8080/b"};
  for (const char* site : {"news.example", "NEWS.example:8080", "www.news.example:8080/", "http://news.example:9/x"})
    EXPECT_EQ(on(site), news) << site;
  for (const char* site : {"[::1]", "[::1]:8080", "::1"}) EXPECT_EQ(on(site), local) << site;
  EXPECT_TRUE(on("news.example:80x").empty());
}

// A long body's snippet marks the words the query looks for: not the names in a column
// set, and ß where the query says "ss".
TEST(LongBodySnippet, MarksQueryWordsNotColumnNames) {
  testsupport::TempDir dir;
  newsarchive::store::Connection db(dir.file("s.db"), false);
  newsarchive::store::install_fast_unicode61(db);
  const std::string body = "The body of the headline story: the harbour at the M\xC3\xBCllerstra\xC3\x9F" "e reopens.";
  auto marked = newsarchive::store::long_body_snippet(db, body, "{headline body}:harbour");
  ASSERT_TRUE(marked);
  EXPECT_NE(marked->find("[harbour]"), std::string::npos) << *marked;
  EXPECT_EQ(marked->find("[body]"), std::string::npos) << *marked;
  EXPECT_EQ(marked->find("[headline]"), std::string::npos) << *marked;
  auto excluded = newsarchive::store::long_body_snippet(db, body, "-authors:harbour");
  ASSERT_TRUE(excluded);
  EXPECT_NE(excluded->find("[harbour]"), std::string::npos) << *excluded;
  auto street = newsarchive::store::long_body_snippet(db, body, "mullerstrasse");
  ASSERT_TRUE(street);
  EXPECT_NE(street->find("[M\xC3\xBCllerstra\xC3\x9F" "e]"), std::string::npos) << *street;
}

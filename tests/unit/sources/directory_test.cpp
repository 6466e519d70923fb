// The outlet directory: TSV parsing, errors naming the line, lookups, the built-in copy.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <stdexcept>

#include "core/text.hpp"
#include "parse/sources/detail.hpp"
#include "newsarchive/extract.hpp"
#include "newsarchive/outlets.hpp"
#include "support/temp_dir.hpp"

using newsarchive::normalize_outlet_name;
using newsarchive::OutletDirectory;

namespace {

const char* kSmall =
    "name\taliases\tdomains\tcountry\tkind\n"
    "The Mirror\tDaily Mirror|U.K. Mirror\tmirror.co.uk\tGB\tnewspaper\n"
    "BBC\tBBC News\tbbc.co.uk|bbc.com\tGB\tbroadcaster\n"
    "# a comment line\n"
    "\n"
    "Sky News\t\tnews.sky.com\tGB\tbroadcaster\n";

std::string error_of(const std::string& tsv) {
  try {
    OutletDirectory::from_tsv(tsv);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(OutletDirectory, ParsesTsvRowsSkippingHeaderCommentsAndBlankLines) {
  OutletDirectory dir = OutletDirectory::from_tsv(kSmall);
  ASSERT_EQ(dir.size(), 3u);
  const auto& mirror = dir.outlets()[0];
  EXPECT_EQ(mirror.name, "The Mirror");
  EXPECT_EQ(mirror.aliases, (std::vector<std::string>{"Daily Mirror", "U.K. Mirror"}));
  EXPECT_EQ(mirror.domains, (std::vector<std::string>{"mirror.co.uk"}));
  EXPECT_EQ(mirror.country, "GB");
  EXPECT_EQ(mirror.kind, "newspaper");
}

TEST(OutletDirectory, ErrorsNameTheLine) {
  EXPECT_NE(error_of("name\taliases\tdomains\tcountry\tkind\nOnly\ttwo\n").find("line 2"), std::string::npos);
  EXPECT_NE(error_of("A\t\tnot a domain\tGB\tnewspaper\n").find("line 1"), std::string::npos);
  EXPECT_NE(error_of("A\t\ta.com\tGBR\tnewspaper\n").find("country"), std::string::npos);
  EXPECT_NE(error_of("A\t\ta.com\tGB\tblog\n").find("unknown kind"), std::string::npos);
  EXPECT_NE(error_of("\t\ta.com\tGB\tnewspaper\n").find("empty name"), std::string::npos);
  EXPECT_NE(error_of("A\t\t\tGB\tnewspaper\n").find("no domain"), std::string::npos);
}

TEST(OutletDirectory, ByHostWalksParentDomains) {
  OutletDirectory dir = OutletDirectory::from_tsv(kSmall);
  ASSERT_NE(dir.by_host("www.mirror.co.uk"), nullptr);
  EXPECT_EQ(dir.by_host("www.mirror.co.uk")->name, "The Mirror");
  EXPECT_EQ(dir.by_host("news.bbc.co.uk")->name, "BBC");
  EXPECT_EQ(dir.by_host("BBC.COM.")->name, "BBC");
  EXPECT_EQ(dir.by_host("news.sky.com")->name, "Sky News");
  EXPECT_EQ(dir.by_host("sky.com"), nullptr);  // a platform host does not claim its parent
  EXPECT_EQ(dir.by_host("example.org"), nullptr);
}

TEST(OutletDirectory, ByNameIgnoresCasePunctuationAndTheArticle) {
  OutletDirectory dir = OutletDirectory::from_tsv(kSmall);
  ASSERT_EQ(dir.by_name("the mirror").size(), 1u);
  EXPECT_EQ(dir.by_name("UK Mirror").front()->name, "The Mirror");
  EXPECT_EQ(dir.by_name("U.K. MIRROR").front()->name, "The Mirror");
  EXPECT_EQ(dir.by_name("Mirror").front()->name, "The Mirror");
  EXPECT_EQ(dir.by_name("bbc news").front()->name, "BBC");
  EXPECT_TRUE(dir.by_name("Mirror Group").empty());
  EXPECT_EQ(normalize_outlet_name("U.S. News & World Report"), "us news and world report");
  EXPECT_EQ(normalize_outlet_name("N-TV"), "n tv");
  EXPECT_EQ(normalize_outlet_name("Süddeutsche Zeitung"), "süddeutsche zeitung");
  EXPECT_EQ(normalize_outlet_name("«Tages-Anzeiger»"), "tages anzeiger");
}

// The text matcher skips a lower-case word unless some name is spelled from it: the word
// must be a whole first word of a name or alias, as written.
TEST(OutletDirectory, SpellsWordOnlyForAWholeFirstWordAsWritten) {
  OutletDirectory dir = OutletDirectory::from_tsv(
      "dpa\tdpa-AFX\tdpa.de\tDE\tagency\n"
      "heise online\t\theise.de\tDE\tonline\n"
      "inews\ti\tinews.co.uk\tGB\tnewspaper\n");
  EXPECT_TRUE(dir.spells_word("dpa"));
  EXPECT_TRUE(dir.spells_word("heise"));
  EXPECT_TRUE(dir.spells_word("heise online"));
  EXPECT_TRUE(dir.spells_word("inews"));
  EXPECT_TRUE(dir.spells_word("i"));      // the alias "i" itself
  EXPECT_FALSE(dir.spells_word("in"));    // opens "inews" only inside a word
  EXPECT_FALSE(dir.spells_word("hei"));
  EXPECT_FALSE(dir.spells_word("Dpa"));   // as written: capitals go the capitalised way
  EXPECT_FALSE(dir.spells_word("the"));
}

// The matcher reads the key of every shorter run from one pass: each piece's key is the
// key normalize_outlet_name gives for the text up to there.
TEST(OutletNameKey, KeyOfEveryPrefixIsTheKeyOfThatText) {
  const std::vector<std::string> pieces = {"The", " U.K.", " Mirror", " & ", "Sunday-", "Times\xE2\x80\x99",
                                           " \xC3\x9C" "ber", " \xC2\xAB", "News", "\xC2\xBB"};
  newsarchive::OutletNameKey key;
  std::string text;
  for (const std::string& piece : pieces) {
    key.append(piece);
    text += piece;
    EXPECT_EQ(key.key(key.size()), normalize_outlet_name(text)) << text;
  }
  EXPECT_EQ(key.key(key.size()), "uk mirror and sunday times \xC3\xBC" "ber news");
  key.clear();
  key.append("The");
  EXPECT_EQ(key.key(key.size()), "the") << "a lone \"the\" is kept, as normalize_outlet_name keeps it";
}

TEST(OutletDirectory, ParentheticalQualifierIsAlsoALookupKey) {
  OutletDirectory dir = OutletDirectory::from_tsv("RTL (France)\t\trtl.fr\tFR\tbroadcaster\n");
  ASSERT_EQ(dir.by_name("RTL").size(), 1u);
  EXPECT_EQ(dir.by_name("RTL (France)").size(), 1u);
}

TEST(OutletDirectory, UserFileReplacesTheBuiltInDirectory) {
  testsupport::TempDir tmp;
  std::string path =
      tmp.write("mine.tsv", "name\taliases\tdomains\tcountry\tkind\nThe Local Bugle\tBugle\tbugle.example\tUS\tnewspaper\n");
  OutletDirectory dir = OutletDirectory::from_file(path);
  EXPECT_EQ(dir.size(), 1u);
  EXPECT_EQ(dir.by_name("Bugle").front()->name, "The Local Bugle");
  EXPECT_EQ(dir.by_host("bbc.co.uk"), nullptr);
  EXPECT_THROW(OutletDirectory::from_file(tmp.file("missing.tsv")), std::runtime_error);
  // An empty or header-only file is a mistake (a truncated copy), not a directory.
  for (const char* text : {"", "name\taliases\tdomains\tcountry\tkind\n"}) {
    std::string empty = tmp.write("empty.tsv", text);
    try {
      OutletDirectory::from_file(empty);
      ADD_FAILURE() << "accepted: '" << text << "'";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("holds no outlets"), std::string::npos) << e.what();
    }
  }
}

TEST(OutletDirectory, BuiltInCopyHasTheMajorOutletsWithTheirCanonicalNames) {
  OutletDirectory dir = OutletDirectory::builtin();
  EXPECT_GE(dir.size(), 400u);
  EXPECT_EQ(dir.by_host("nytimes.com")->name, "The New York Times");
  EXPECT_EQ(dir.by_host("telegraph.co.uk")->name, "The Telegraph");
  EXPECT_EQ(dir.by_host("independent.co.uk")->name, "The Independent");
  EXPECT_EQ(dir.by_host("mirror.co.uk")->name, "The Mirror");
  EXPECT_EQ(dir.by_host("tass.com")->name, "TASS");
  EXPECT_EQ(dir.by_host("hosted2.ap.org")->name, "Associated Press");
  EXPECT_EQ(dir.by_name("AP").front()->name, "Associated Press");
  EXPECT_EQ(dir.by_name("AFP").front()->name, "Agence France-Presse");
  EXPECT_EQ(dir.by_name("dpa").front()->name, "dpa");
  EXPECT_EQ(dir.by_host("money.cnn.com")->name, "CNN");
  EXPECT_EQ(dir.by_host("www.bbc.com")->domains.front(), "bbc.co.uk");
}

// data/outlets.tsv is curated by hand: its rows stay sorted by normalised name (so a new row
// has one place to go and a duplicate shows up next to its twin), and no domain belongs to
// two rows (a link would then name either outlet).
TEST(OutletDirectory, ShippedFileIsSortedAndEachDomainHasOneOutlet) {
  std::ifstream in(NEWSARCHIVE_SOURCE_DIR "/data/outlets.tsv");
  ASSERT_TRUE(in) << "data/outlets.tsv";
  std::string line, previous_key;
  std::map<std::string, std::string> owner;
  std::size_t number = 1, rows = 0;
  std::getline(in, line);
  EXPECT_EQ(line, "name\taliases\tdomains\tcountry\tkind");
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line.front() == '#') continue;
    ++rows;
    std::vector<std::string_view> cols = newsarchive::split(line, '\t');
    ASSERT_EQ(cols.size(), 5u) << "line " << number;
    std::string key = normalize_outlet_name(cols[0]);
    EXPECT_LE(previous_key, key) << "line " << number << " (" << cols[0] << ") is out of order";
    previous_key = key;
    for (std::string_view domain : newsarchive::split(cols[2], '|')) {
      auto [it, fresh] = owner.emplace(std::string(domain), std::string(cols[0]));
      EXPECT_TRUE(fresh) << domain << " belongs to " << it->second << " and " << cols[0];
    }
  }
  EXPECT_EQ(rows, OutletDirectory::builtin().size());
}

TEST(Letters, CaseTablesFollowUnicodeForLatinExtendedA) {
  using newsarchive::is_upper_letter;
  using newsarchive::lower_letter;
  EXPECT_TRUE(is_upper_letter(0x141));   // Ł
  EXPECT_FALSE(is_upper_letter(0x142));  // ł
  EXPECT_EQ(lower_letter(0x141), 0x142u);
  EXPECT_EQ(lower_letter(0x142), 0x142u);
  EXPECT_TRUE(is_upper_letter(0x17B));   // Ż
  EXPECT_EQ(lower_letter(0x17B), 0x17Cu);
  EXPECT_FALSE(is_upper_letter(0x17C));  // ż
  EXPECT_TRUE(is_upper_letter(0x15A));   // Ś
  EXPECT_EQ(lower_letter(0x15A), 0x15Bu);
  EXPECT_EQ(lower_letter(0x416), 0x436u);  // Ж
}

// The directory's country of the page's site decides how "05/03/2024" reads, whatever
// language the theme states (WordPress and Yoast state en-US by default).
TEST(Directory, TheSitesCountryDecidesTheOrderOfANumericDate) {
  auto published = [](const std::string& url) {
    newsarchive::Page page;
    page.body = "<html lang=\"en-US\"><head><meta property=\"og:locale\" content=\"en_US\"></head><body><article>"
                "<h1>Budget</h1><span class=\"post-date\">05/03/2024</span><p>The council voted on Tuesday to close "
                "the old bridge, citing years of neglect and rising costs.</p></article></body></html>";
    page.url = url;
    newsarchive::ExtractOptions options;
    static const OutletDirectory dir = OutletDirectory::builtin();
    options.outlets = &dir;
    return newsarchive::extract_article(page, options).published.value_or("");
  };
  EXPECT_EQ(published("https://punchng.com/budget/"), "2024-03-05");            // Nigeria: day first
  EXPECT_EQ(published("https://www.example-ledger.com/budget/"), "2024-05-03");  // unknown, en-US: month first
}

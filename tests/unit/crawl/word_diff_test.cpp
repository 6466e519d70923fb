#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "crawl/word_diff.hpp"

using newsarchive::DiffLimits;
using newsarchive::WordDiff;

// The marked text alone, for texts small enough never to be coarse.
static std::string diff(std::string_view a, std::string_view b) {
  WordDiff d = newsarchive::word_diff(a, b);
  EXPECT_FALSE(d.coarse);
  return d.text;
}

TEST(WordDiff, EqualTextsComeBackUnmarked) {
  EXPECT_EQ(diff("One two.\n\nThree.", "One two.\n\nThree."), "One two.\n\nThree.");
}

TEST(WordDiff, MarksReplacedWordsInsideAParagraph) {
  EXPECT_EQ(diff("The bridge opens on Monday.", "The bridge opens on Tuesday."),
            "The bridge opens on [-Monday.-] {+Tuesday.+}");
}

TEST(WordDiff, MarksInsertedAndDeletedWords) {
  EXPECT_EQ(diff("The old bridge opens today", "The bridge opens again today"),
            "The [-old-] bridge opens {+again+} today");
}

TEST(WordDiff, KeepsUnchangedParagraphsAndDiffsOnlyTheChangedOne) {
  std::string a = "First paragraph stays.\n\nSecond says five people.\n\nThird stays too.";
  std::string b = "First paragraph stays.\n\nSecond says seven people.\n\nThird stays too.";
  EXPECT_EQ(diff(a, b), "First paragraph stays.\n\nSecond says [-five-] {+seven+} people.\n\nThird stays too.");
}

TEST(WordDiff, AddedAndRemovedParagraphsAreMarkedWhole) {
  EXPECT_EQ(diff("Kept.\n\nGone now.", "Kept.\n\nBrand new."), "Kept.\n\n[-Gone now.-] {+Brand new.+}");
  EXPECT_EQ(diff("Kept.", "Kept.\n\nUpdate: more."), "Kept.\n\n{+Update: more.+}");
  EXPECT_EQ(diff("", "New text"), "{+New text+}");
}

TEST(WordDiff, NeighbouringChangedParagraphsStayApart) {
  std::string a = "Alpha paragraph with body text.\n\nBravo paragraph with more text.\n\nCharlie stays.";
  std::string b = "Alpha paragraph with new text.\n\nBravo paragraph with changed text.\n\nCharlie stays.";
  EXPECT_EQ(diff(a, b),
            "Alpha paragraph with [-body-] {+new+} text.\n\nBravo paragraph with [-more-] {+changed+} text.\n\n"
            "Charlie stays.");
  // A paragraph split in two shows after's break; two joined into one lose before's.
  EXPECT_EQ(diff("One two. Three four.", "One two.\n\nThree four."), "One two.\n\nThree four.");
  EXPECT_EQ(diff("One two.\n\nThree four.", "One two. Three five."), "One two. Three [-four.-] {+five.+}");
}

namespace {

// `count` paragraphs "Item i: ...", as a long read's body.
std::string numbered_paragraphs(int count, int capital_at_1 = -1, int capital_at_2 = -1) {
  static const char* fill[] = {"walked the length of the deck checking the expansion joints.",
                               "said the closure had cost them a share of their passing trade.",
                               "replaced more than four hundred rivets and two main bearings.",
                               "gathered at the southern end while a brass band played."};
  std::string out;
  for (int i = 0; i < count; ++i) {
    if (i) out += "\n\n";
    out.append("Item ").append(std::to_string(i)).append(": ");
    out.append(i == capital_at_1 || i == capital_at_2 ? "THE" : "the").append(" crew ").append(fill[i % 4]);
  }
  return out;
}

std::size_t count_of(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

// Past the LCS table (8,000 paragraphs, edits ~4,000 apart) Myers' search finds the two
// edits, not a rewrite of everything between them.
TEST(WordDiff, TwoEditsFarApartInALongArticleAreExactlyTwoChanges) {
  const std::string before = numbered_paragraphs(8004), after = numbered_paragraphs(8004, 5, 4002);
  WordDiff d = newsarchive::word_diff(before, after);
  EXPECT_FALSE(d.coarse);
  EXPECT_EQ(count_of(d.text, "[-"), 2u);
  EXPECT_EQ(count_of(d.text, "{+"), 2u);
  EXPECT_NE(d.text.find("Item 5: [-the-] {+THE+} crew"), std::string::npos);
  EXPECT_NE(d.text.find("Item 4002: [-the-] {+THE+} crew"), std::string::npos);
  EXPECT_EQ(count_of(d.text, "\n\n"), 8003u) << "every paragraph kept";
}

// The same inside one huge paragraph: 40,000 words, two replaced far apart, and a word
// inserted and one deleted near the middle.
TEST(WordDiff, EditsFarApartInOneHugeParagraphAreFoundWordByWord) {
  std::vector<std::string> words;
  for (int i = 0; i < 40000; ++i) words.push_back(std::string("w").append(std::to_string(i % 997)));
  auto text = [](const std::vector<std::string>& ws) {
    std::string out;
    for (const auto& w : ws) out.append(out.empty() ? "" : " ").append(w);
    return out;
  };
  std::vector<std::string> changed = words;
  changed[10] = "TEN";
  changed[39990] = "END";
  changed.insert(changed.begin() + 20000, "INSERTED");
  changed.erase(changed.begin() + 25000);
  DiffLimits limits;
  limits.max_cells = 1000;  // Myers' search all the way down, word level too
  WordDiff d = newsarchive::word_diff(text(words), text(changed), limits);
  EXPECT_FALSE(d.coarse);
  EXPECT_EQ(count_of(d.text, "[-"), 3u) << d.text.size();
  EXPECT_EQ(count_of(d.text, "{+"), 3u);
  EXPECT_NE(d.text.find(" w9 [-w10-] {+TEN+} w11 "), std::string::npos);
  EXPECT_NE(d.text.find(" {+INSERTED+} "), std::string::npos);
  EXPECT_NE(d.text.find(std::string(" [-").append(words[24999]).append("-] ")), std::string::npos);
  EXPECT_NE(d.text.find(std::string("[-").append(words[39990]).append("-] {+END+}")), std::string::npos);
}

// Myers' search gives an alignment with the fewest edits, as the LCS table does.
TEST(WordDiff, MyersSearchFindsAsFewEditsAsTheTable) {
  std::string a, b;
  for (int i = 0; i < 1000; ++i) a.append("w").append(std::to_string(i)).append(" ");
  for (int i = 0; i < 1000; ++i) b.append("w").append(std::to_string(i % 2 ? i : i + 100000)).append(" ");
  DiffLimits no_table;
  no_table.max_cells = 0;
  WordDiff searched = newsarchive::word_diff(a, b, no_table), tabled = newsarchive::word_diff(a, b);
  EXPECT_FALSE(searched.coarse);
  EXPECT_NE(tabled.text.find("[-w0-] {+w100000+} w1 "), std::string::npos);
  EXPECT_EQ(count_of(searched.text, "-]"), 500u);
  EXPECT_EQ(count_of(searched.text, "+}"), 500u);
  EXPECT_EQ(count_of(tabled.text, "-]"), 500u);
  for (int i = 1; i < 999; i += 2)
    EXPECT_NE(searched.text.find(std::string(" w").append(std::to_string(i)).append(" ")), std::string::npos)
        << "kept word w" << i;
}

// Past its step budget a stretch is shown removed then added whole, and the diff says so.
TEST(WordDiff, AStretchPastTheStepBudgetIsShownWholeAndMarkedCoarse) {
  std::string a, b;
  for (int i = 0; i < 1000; ++i) a.append("w").append(std::to_string(i)).append(" ");
  for (int i = 0; i < 1000; ++i) b.append("w").append(std::to_string(i % 2 ? i : i + 100000)).append(" ");
  DiffLimits tight;
  tight.max_cells = 1000;
  tight.max_steps = 5000;
  WordDiff d = newsarchive::word_diff(std::string("Kept.\n\n").append(a), std::string("Kept.\n\n").append(b), tight);
  EXPECT_TRUE(d.coarse);
  EXPECT_EQ(d.text.rfind("Kept.\n\n[-w0 w1 ", 0), 0u) << "all removed first";
  EXPECT_NE(d.text.find(" w998-] {+w100000 w1 "), std::string::npos) << "then all added";
  EXPECT_EQ(d.text.substr(d.text.size() - 15), " w100998+} w999") << "the common end kept";
  EXPECT_EQ(count_of(d.text, "[-"), 1u);
  // Two texts of thousands of paragraphs with nothing in common exceed the default.
  std::string x, y;
  for (int i = 0; i < 30000; ++i) {
    x.append("Old paragraph ").append(std::to_string(i)).append(".\n\n");
    y.append("New paragraph ").append(std::to_string(i)).append(".\n\n");
  }
  WordDiff whole = newsarchive::word_diff(x, y);
  EXPECT_TRUE(whole.coarse);
}

namespace {

// The words of `before` (removed and kept ones) and of `after` (added and kept ones)
// read back from a one-paragraph diff.
struct ReadBack {
  std::vector<std::string> before, after;
  std::size_t kept = 0;
};

ReadBack read_back(const std::string& diff) {
  ReadBack out;
  int in = 0;  // 0 kept, -1 removed, +1 added
  std::size_t i = 0;
  while (i < diff.size()) {
    std::size_t end = diff.find(' ', i);
    if (end == std::string::npos) end = diff.size();
    std::string word = diff.substr(i, end - i);
    i = end + 1;
    if (word.rfind("[-", 0) == 0) in = -1, word.erase(0, 2);
    if (word.rfind("{+", 0) == 0) in = 1, word.erase(0, 2);
    int now = in;
    if (word.size() >= 2 && (word.ends_with("-]") || word.ends_with("+}"))) word.resize(word.size() - 2), in = 0;
    if (now <= 0) out.before.push_back(word);
    if (now >= 0) out.after.push_back(word);
    out.kept += now == 0;
  }
  return out;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    if (end > i) out.push_back(text.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

}  // namespace

// On random texts Myers' search and the LCS table both give back both texts and keep
// as many words (the longest common subsequence).
TEST(WordDiff, MyersSearchAndTableAgreeOnRandomTexts) {
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> len(0, 60), letter(0, 3);
  DiffLimits no_table;
  no_table.max_cells = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string a, b;
    for (int i = len(rng); i > 0; --i) a.append(a.empty() ? "" : " ").push_back(static_cast<char>('a' + letter(rng)));
    for (int i = len(rng); i > 0; --i) b.append(b.empty() ? "" : " ").push_back(static_cast<char>('a' + letter(rng)));
    WordDiff searched = newsarchive::word_diff(a, b, no_table), tabled = newsarchive::word_diff(a, b);
    ASSERT_FALSE(searched.coarse);
    ReadBack s = read_back(searched.text), t = read_back(tabled.text);
    ASSERT_EQ(s.before, split_words(a)) << a << " | " << b << " -> " << searched.text;
    ASSERT_EQ(s.after, split_words(b)) << a << " | " << b << " -> " << searched.text;
    ASSERT_EQ(t.before, split_words(a)) << tabled.text;
    ASSERT_EQ(t.after, split_words(b)) << tabled.text;
    EXPECT_EQ(s.kept, t.kept) << a << " | " << b << " -> " << searched.text << " vs " << tabled.text;
  }
}

#include <gtest/gtest.h>

#include <string>

#include "crawl/word_diff.hpp"

using newsarchive::DiffLimits;
using newsarchive::word_diff;

TEST(WordDiff, EqualTextsComeBackUnmarked) {
  EXPECT_EQ(word_diff("One two.\n\nThree.", "One two.\n\nThree."), "One two.\n\nThree.");
}

TEST(WordDiff, MarksReplacedWordsInsideAParagraph) {
  EXPECT_EQ(word_diff("The bridge opens on Monday.", "The bridge opens on Tuesday."),
            "The bridge opens on [-Monday.-] {+Tuesday.+}");
}

TEST(WordDiff, MarksInsertedAndDeletedWords) {
  EXPECT_EQ(word_diff("The old bridge opens today", "The bridge opens again today"),
            "The [-old-] bridge opens {+again+} today");
}

TEST(WordDiff, KeepsUnchangedParagraphsAndDiffsOnlyTheChangedOne) {
  std::string a = "First paragraph stays.\n\nSecond says five people.\n\nThird stays too.";
  std::string b = "First paragraph stays.\n\nSecond says seven people.\n\nThird stays too.";
  EXPECT_EQ(word_diff(a, b), "First paragraph stays.\n\nSecond says [-five-] {+seven+} people.\n\nThird stays too.");
}

TEST(WordDiff, AddedAndRemovedParagraphsAreMarkedWhole) {
  EXPECT_EQ(word_diff("Kept.\n\nGone now.", "Kept.\n\nBrand new."), "Kept.\n\n[-Gone now.-] {+Brand new.+}");
  EXPECT_EQ(word_diff("Kept.", "Kept.\n\nUpdate: more."), "Kept.\n\n{+Update: more.+}");
  EXPECT_EQ(word_diff("", "New text"), "{+New text+}");
}

TEST(WordDiff, NeighbouringChangedParagraphsStayApart) {
  std::string a = "Alpha paragraph with body text.\n\nBravo paragraph with more text.\n\nCharlie stays.";
  std::string b = "Alpha paragraph with new text.\n\nBravo paragraph with changed text.\n\nCharlie stays.";
  EXPECT_EQ(word_diff(a, b),
            "Alpha paragraph with [-body-] {+new+} text.\n\nBravo paragraph with [-more-] {+changed+} text.\n\n"
            "Charlie stays.");
  // A paragraph split in two shows after's break; two joined into one lose before's.
  EXPECT_EQ(word_diff("One two. Three four.", "One two.\n\nThree four."), "One two.\n\nThree four.");
  EXPECT_EQ(word_diff("One two.\n\nThree four.", "One two. Three five."), "One two. Three [-four.-] {+five.+}");
}

TEST(WordDiff, LongChangedStretchesFallBackWithinTheTableLimit) {
  std::string a, b;
  for (int i = 0; i < 1000; ++i) a.append("w").append(std::to_string(i)).append(" ");
  for (int i = 0; i < 1000; ++i) b.append("w").append(std::to_string(i % 2 ? i : i + 100000)).append(" ");
  DiffLimits tight;
  tight.max_cells = 1000;
  std::string d = word_diff(a, b, tight);
  EXPECT_EQ(d.rfind("[-w0 ", 0), 0u) << "all removed first";
  EXPECT_NE(d.find("-] {+w100000 "), std::string::npos) << "then all added";
  // With the default limit the same texts align word by word.
  std::string fine = word_diff(a, b);
  EXPECT_NE(fine.find("[-w0-] {+w100000+} w1 "), std::string::npos);
}

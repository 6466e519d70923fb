#include <gtest/gtest.h>

#include "core/text.hpp"

using namespace newsarchive;

TEST(Text, CollapsesAllKindsOfWhitespace) {
  EXPECT_EQ(collapse_whitespace("  a \n\t b\xC2\xA0\xC2\xA0" "c\xE2\x80\x89" "d  "), "a b c d");
  EXPECT_EQ(collapse_whitespace("zero\xE2\x80\x8Bwidth"), "zerowidth");
  // Control codes are no text: ESC, BEL, DEL and C1 (U+009B, the one-byte CSI) go.
  EXPECT_EQ(collapse_whitespace("Red \x1B[31mALERT\x07\x7F \xC2\x9B" "2J!"), "Red [31mALERT 2J!");
}

TEST(Text, SanitizesBrokenUtf8AndControls) {
  EXPECT_TRUE(is_valid_utf8("caf\xC3\xA9"));
  EXPECT_FALSE(is_valid_utf8("caf\xE9"));
  EXPECT_EQ(sanitize_utf8(std::string("a\0b\xE9", 4)), "ab\xEF\xBF\xBD");
}

TEST(Text, CaseInsensitiveHelpers) {
  EXPECT_TRUE(iequals("Reuters", "REUTERS"));
  EXPECT_TRUE(istarts_with("By Jane", "by "));
  EXPECT_TRUE(icontains("According to CNN", "to cnn"));
  EXPECT_FALSE(icontains("abc", "abd"));
}

TEST(Text, SplitAtASeparatorStringKeepsEmptyParts) {
  using V = std::vector<std::string_view>;
  EXPECT_EQ(split("News > Economy > Industry", " > "), (V{"News", "Economy", "Industry"}));
  EXPECT_EQ(split("A | ", " | "), (V{"A", ""}));
  EXPECT_EQ(split("", " | "), (V{""}));
  EXPECT_EQ(split("a、b", "\xE3\x80\x81"), (V{"a", "b"}));
  EXPECT_EQ(split("abc", ""), (V{"abc"}));
}

TEST(Text, LowerCasesTheLettersOfKazakhArmenianAndVietnamese) {
  EXPECT_EQ(lower_utf8("ҚАЗАН Әлем"), "қазан әлем");
  EXPECT_EQ(lower_utf8("ՄԱՅԻՍ"), "մայիս");
  EXPECT_EQ(lower_utf8("ẤN ƠN ƯU"), "ấn ơn ưu");
  EXPECT_TRUE(is_upper_letter(U'\u049A'));  // Қ
  EXPECT_FALSE(is_upper_letter(U'\u049B'));  // қ
}

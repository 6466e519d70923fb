// JSON strings written by hand for the archive's writer: valid JSON that reads back
// as the text written, whatever bytes it was given.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <random>

#include "core/json_text.hpp"
#include "core/text.hpp"

using newsarchive::append_json_string;
using newsarchive::json_pair_array;
using newsarchive::json_string_array;

namespace {

std::string quoted(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

}  // namespace

TEST(JsonText, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(quoted("plain"), "\"plain\"");
  EXPECT_EQ(quoted("say \"hi\" \\ bye"), R"("say \"hi\" \\ bye")");
  EXPECT_EQ(quoted("a\nb\tc\rd\be\ff"), R"("a\nb\tc\rd\be\ff")");
  EXPECT_EQ(quoted(std::string_view("nul\0x\x1f", 6)), R"("nul\u0000x\u001f")");
}

TEST(JsonText, KeepsUtf8AndReplacesMalformedBytes) {
  EXPECT_EQ(quoted("Zürich – 東京"), "\"Zürich – 東京\"");
  // A lone continuation byte and a truncated sequence each become U+FFFD.
  EXPECT_EQ(quoted("a\x80z"), "\"a\xEF\xBF\xBDz\"");
  EXPECT_EQ(quoted("end\xE2\x82"), "\"end\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(JsonText, ArraysMatchTheCompactFormReadersExpect) {
  EXPECT_EQ(json_string_array({}), "[]");
  EXPECT_EQ(json_string_array({"a", "b \"c\""}), R"(["a","b \"c\""])");
  EXPECT_EQ(json_pair_array({{"Content-Type", "text/html"}, {"ETag", "\"1\""}}),
            R"([["Content-Type","text/html"],["ETag","\"1\""]])");
}

TEST(JsonText, RandomBytesAlwaysGiveJsonThatParses) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255), len(0, 40);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    for (int i = len(rng); i > 0; --i) s.push_back(static_cast<char>(byte(rng)));
    std::string text = json_string_array({s, "x"});
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << text;
    ASSERT_EQ(j.size(), 2u);
    // Well-formed input reads back unchanged.
    if (newsarchive::is_valid_utf8(s)) {
      EXPECT_EQ(j[0].get<std::string>(), s);
    }
  }
}

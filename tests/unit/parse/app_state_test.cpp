// JavaScript pages: the story's HTML found in the scripts' JSON state when the DOM has none.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"
#include "parse/app_state.hpp"

using namespace newsarchive;

namespace {

using parse_test::extract;

// Three paragraphs of a story, about 30 words each, as HTML.
const std::string kParagraphs[] = {
    "The council voted on Tuesday to close the old bridge over the river, citing years of neglect, rising "
    "repair costs and a report from engineers that found cracks in two of its three supporting piers.",
    "Residents who cross the bridge every morning said the decision, which follows a long campaign by "
    "local businesses to keep it open, would add nearly an hour to their commute into the town centre.",
    "The mayor said a temporary footbridge would open in the spring and that the council had asked the "
    "regional government to pay for a new crossing, which engineers expect to take four years to build."};

std::string story_html() {
  std::string h = "<div class=\"story\">";
  for (const auto& p : kParagraphs) h += "<p>" + p + "</p>";
  return h + "</div>";
}

// `s` as the inside of a JSON string literal, with markup written as \u003c ... \u003e
// (how Next.js and React serialise HTML).
std::string json_escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else out.push_back(c);
  }
  return out;
}

const std::string kShell = "<html><head><title>Bridge to close</title></head><body><div id=\"root\"></div>";

}  // namespace

TEST(AppState, RecoversTheStoryFromANextJsStreamWhenTheDomIsEmpty) {
  Article a = extract(kShell + "<script>self.__next_f.push([1,\"" + json_escaped(story_html()) +
                      "\"])</script></body></html>");
  EXPECT_EQ(a.body, kParagraphs[0] + "\n\n" + kParagraphs[1] + "\n\n" + kParagraphs[2]);
}

TEST(AppState, FollowsJsonInsideAStringToTheHtml) {
  // window.__STATE__ = JSON.parse("{\"article\":{\"content\":\"\\u003cp\\u003e...\"}}")
  std::string inner = "{\"article\":{\"id\":7,\"content\":\"" + json_escaped(story_html()) + "\"}}";
  Article a = extract(kShell + "<script>window.__STATE__ = JSON.parse(\"" + json_escaped(inner) +
                      "\");</script></body></html>");
  EXPECT_EQ(a.body, kParagraphs[0] + "\n\n" + kParagraphs[1] + "\n\n" + kParagraphs[2]);
}

TEST(AppState, ReadsAJsonDataScriptWithPlainMarkup) {
  Article a = extract(kShell + "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"page\":{\"body\":\"" +
                      story_html() + "\",\"teaser\":\"<p>Short teaser.</p>\"}}}</script></body></html>");
  EXPECT_EQ(a.body, kParagraphs[0] + "\n\n" + kParagraphs[1] + "\n\n" + kParagraphs[2]);
}

TEST(AppState, LeavesAPageWithABodyInItsDomAlone) {
  std::string other = "<p>" + std::string(kParagraphs[2]) + " A different text entirely.</p>";
  std::string page = "<html><body><article>" + story_html() + "</article><script>var s = \"" +
                     json_escaped(other + other + other + other) + "\";</script></body></html>";
  EXPECT_EQ(extract(page).body, kParagraphs[0] + "\n\n" + kParagraphs[1] + "\n\n" + kParagraphs[2]);
}

TEST(AppState, IgnoresStringsWithoutParagraphMarkupOrTooFewWords) {
  std::string plain(600, 'x');
  Article a = extract(kShell + "<script>var a = \"" + plain + "\"; var b = \"" +
                      json_escaped("<p>Only a few words here.</p>" + std::string(500, ' ')) +
                      "\";</script></body></html>");
  EXPECT_EQ(a.body, "");
}

TEST(AppState, DecodesEscapesSurrogatePairsAndQuotedAttributes) {
  std::string html = story_html() + "<p>Caf\\u00e9 owners \\ud83d\\ude00 welcomed the \\\"plan\\\" at "
                     "<a href=\\\"https://example.org/x\\\">the meeting</a>.</p>";
  std::string script = "self.__next_f.push([1,\"" + html + "\"])";
  std::string found = parse::article_html_from_app_state({script}, 50);
  EXPECT_NE(found.find("Café owners \xF0\x9F\x98\x80 welcomed the \"plan\" at <a href=\"https://example.org/x\">"),
            std::string::npos)
      << found;
  EXPECT_TRUE(parse::article_html_from_app_state({script}, 5000).empty());
}

TEST(AppState, KeepsOnlyScriptsThatHoldParagraphMarkup) {
  EXPECT_TRUE(parse::looks_like_app_state(std::string(500, 'a') + "\\u003cp\\u003e"));
  EXPECT_TRUE(parse::looks_like_app_state(std::string(500, 'a') + "<p>"));
  EXPECT_FALSE(parse::looks_like_app_state(std::string(500, 'a') + "document.write('x')"));
  EXPECT_FALSE(parse::looks_like_app_state("<p>short</p>"));
}

TEST(AppState, ThePaywalledTeasersFullTextInTheStateContinuesIt) {
  // The DOM shows the first paragraphs; the state holds the whole story, starting with them.
  std::string rest;
  for (int i = 1; i <= 5; ++i)
    rest += "<p>Later paragraph " + std::to_string(i) + " of the story goes on about the bridge, the vote, the "
            "costs of repair and what the town will do while the new crossing is planned and built.</p>";
  std::string full = story_html() + rest;
  Article a = extract("<html><body><article>" + story_html() +
                      "<div class=\"paywall\">Subscribe to read on.</div></article><script>self.__next_f.push([1,\"" +
                      json_escaped(full) + "\"])</script></body></html>");
  EXPECT_NE(a.body.find(kParagraphs[0]), std::string::npos);
  EXPECT_NE(a.body.find("Later paragraph 5"), std::string::npos);
  // A longer text in the state that does not continue the page's story is another story.
  std::string other;
  for (int i = 1; i <= 8; ++i)
    other += "<p>Unrelated paragraph " + std::to_string(i) + " describes a football match, the goals, the crowd "
             "and the manager's view of the result after the game on a cold Saturday.</p>";
  Article b = extract("<html><body><article>" + story_html() + "</article><script>self.__next_f.push([1,\"" +
                      json_escaped(other) + "\"])</script></body></html>");
  EXPECT_EQ(b.body, kParagraphs[0] + "\n\n" + kParagraphs[1] + "\n\n" + kParagraphs[2]);
}

// Charset decisions and the binary sniff.
#include <gtest/gtest.h>

#include "newsarchive/extract.hpp"

using namespace newsarchive;

TEST(Charset, DecodesWindows1252CurlyQuotesAndAccents) {
  std::string bytes = "<html><head><meta charset=\"windows-1252\"></head><body>\x93" "Caf\xE9\x94 \x96 na\xEFve</body></html>";
  std::string used;
  std::string out = decode_to_utf8(bytes, "", &used);
  EXPECT_EQ(used, "windows-1252");
  EXPECT_NE(out.find("\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D \xE2\x80\x93 na\xC3\xAFve"), std::string::npos);
}

TEST(Charset, TreatsIso88591LabelAsWindows1252) {
  std::string bytes = "<p>\x93quoted\x94 r\xE9sum\xE9</p>";
  std::string out = decode_to_utf8(bytes, "text/html; charset=ISO-8859-1");
  EXPECT_EQ(out, "<p>\xE2\x80\x9Cquoted\xE2\x80\x9D r\xC3\xA9sum\xC3\xA9</p>");
}

TEST(Charset, HttpCharsetWinsOverMeta) {
  std::string bytes = "<meta charset=\"utf-8\"><p>caf\xE9</p>";
  std::string used;
  std::string out = decode_to_utf8(bytes, "text/html; charset=windows-1252", &used);
  EXPECT_EQ(used, "windows-1252");
  EXPECT_NE(out.find("caf\xC3\xA9"), std::string::npos);
}

TEST(Charset, MetaCharsetAppliesWithoutHttpCharset) {
  std::string bytes = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>caf\xE9</p>";
  std::string out = decode_to_utf8(bytes, "text/html");
  EXPECT_NE(out.find("caf\xC3\xA9"), std::string::npos);
}

TEST(Charset, ByteOrderMarkWinsOverEverything) {
  std::string bytes = "\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>caf\xC3\xA9</p>";
  std::string used;
  std::string out = decode_to_utf8(bytes, "text/html; charset=windows-1252", &used);
  EXPECT_EQ(used, "utf-8");
  EXPECT_EQ(out, "<meta charset=\"windows-1252\"><p>caf\xC3\xA9</p>");
  std::string utf16("\xFF\xFE<\0p\0>\0", 8);
  EXPECT_EQ(decode_to_utf8(utf16, ""), "<p>");
}

TEST(Charset, InvalidBytesNeverBreakUtf8Output) {
  std::string out = decode_to_utf8(std::string("<p>ok\xC3\x28 \xFF\xFE\x00 end</p>", 18), "text/html; charset=utf-8");
  EXPECT_NE(out.find("end"), std::string::npos);
  for (std::size_t i = 0; i < out.size(); ++i) EXPECT_NE(out[i], '\0');
}

TEST(Charset, Windows1252UnderAUtf8LabelIsDecodedAsWhatItIs) {
  // Header and <meta> both say UTF-8; the text is windows-1252 (one stray UTF-8 "©" in the
  // template). Every accent would otherwise become U+FFFD.
  std::string text = "<html><head><meta charset=\"utf-8\"></head><body><p>\xC2\xA9 Example</p><p>";
  for (int i = 0; i < 5; ++i) text += "Gr\xE8ve \xE0 Marseille: le caf\xE9 est ferm\xE9. ";
  std::string out = decode_to_utf8(text + "</p></body></html>", "text/html; charset=utf-8");
  EXPECT_NE(out.find("Gr\xC3\xA8ve \xC3\xA0 Marseille: le caf\xC3\xA9"), std::string::npos) << out;
  EXPECT_EQ(out.find("\xEF\xBF\xBD"), std::string::npos) << out;
  // Real UTF-8 with two stray bytes keeps its label: its accents stay right.
  std::string utf8 = "<p>";
  for (int i = 0; i < 5; ++i) utf8 += "Gr\xC3\xA8ve \xC3\xA0 Marseille. ";
  utf8 += "\xE9\xE8</p>";
  std::string kept = decode_to_utf8(utf8, "text/html; charset=utf-8");
  EXPECT_NE(kept.find("Gr\xC3\xA8ve \xC3\xA0 Marseille"), std::string::npos) << kept;
}

TEST(Charset, DetectsUndeclaredLegacyBytes) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "Le caf\xE9 \xE9tait ferm\xE9 \xE0 cause de la gr\xE8ve, d\xE9j\xE0 annonc\xE9" "e. ";
  std::string out = decode_to_utf8("<p>" + text + "</p>", "text/html");
  EXPECT_NE(out.find("caf\xC3\xA9"), std::string::npos);
}

TEST(Sniff, KeepsAMarkupPageWithAStrayNul) {
  std::string page = "<!doctype html><html><head><title>T</title></head><body><p>text";
  page += std::string(1, '\0');
  page += " more text for a page that is plainly HTML with one stray NUL byte in it</p></body></html>";
  EXPECT_TRUE(looks_like_html(page, "text/html"));
  EXPECT_FALSE(looks_like_html(page.substr(page.find("text")), "text/html")) << "without markup a NUL is binary";
}

TEST(Sniff, RejectsBinaryServedAsHtml) {
  EXPECT_FALSE(looks_like_html("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "text/html"));
  EXPECT_FALSE(looks_like_html("\x89PNG\r\n\x1A\n....", "text/html"));
  EXPECT_FALSE(looks_like_html(std::string("PK\x03\x04\x14\x00", 6), "text/html"));
  EXPECT_FALSE(looks_like_html(std::string("\x00\x01\x02\x03garbage\x00\x00", 13), "text/html"));
  // Binary that happens to start with '<' is still NUL-dense.
  EXPECT_FALSE(looks_like_html(std::string("<\x00\x00\x00\x07\x00\x00\x00" "data" "\x00\x00\x00\x00", 16), "text/html"));
  EXPECT_FALSE(looks_like_html("<html></html>", "image/png"));
  EXPECT_FALSE(looks_like_html("", "text/html"));
}

TEST(Sniff, AnApiAnswerIsDataNotAPage) {
  EXPECT_FALSE(looks_like_html("{\"headline\": \"Storm\", \"body\": \"<p>Rain</p>\"}", "application/json"));
  EXPECT_FALSE(looks_like_html("  {\"ok\": true}", "text/html"));
  EXPECT_FALSE(looks_like_html("[{\"id\": 1}]", "application/ld+json"));
  // A page labelled JSON is still a page; a bracket opening plain text is text.
  EXPECT_TRUE(looks_like_html("<html><body><p>Storm</p></body></html>", "application/json"));
  EXPECT_TRUE(looks_like_html("[Updated] The storm moved east overnight.", "text/plain"));
}

TEST(Sniff, AcceptsHtmlAndXhtml) {
  EXPECT_TRUE(looks_like_html("<!DOCTYPE html><html><body>hi</body></html>", "text/html"));
  EXPECT_TRUE(looks_like_html("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"></html>",
                              "application/xhtml+xml"));
  EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF<html></html>", ""));
}

TEST(Extractor, ExtractsAWindows1252PageWithCurlyQuotes) {
  std::string html =
      "<html><head><title>Caf\xE9 news</title></head><body><article><p>\x93The caf\xE9 will close,\x94 the owner "
      "said on Tuesday, after thirty years of serving the town\x92s residents.</p><p>Customers, many of whom had "
      "come daily for decades, said they would miss the place.</p></article></body></html>";
  Page page;
  page.body = html;
  page.content_type = "text/html; charset=iso-8859-1";
  page.url = "http://example.com/";
  Article a = extract_article(page);
  EXPECT_NE(a.body.find("\xE2\x80\x9CThe caf\xC3\xA9 will close,\xE2\x80\x9D"), std::string::npos);
  EXPECT_NE(a.body.find("town\xE2\x80\x99s"), std::string::npos);
}

#pragma once
// Small hand-written pages and a loopback "news site" serving them, for the
// end-to-end tests.
#include <string>
#include <vector>

#include "support/loopback_server.hpp"

namespace e2e {

// The paragraphs of the storm story, in order.
const std::vector<std::string>& storm_paragraphs();
// A UTF-8 article page with JSON-LD, navigation, a share bar, a related list,
// comments and a footer around the story. `base` is the site's URL prefix.
std::string storm_article(const std::string& base);
// The same kind of page in windows-1252 bytes (curly quotes 0x93/0x94, e-acute 0xE9).
std::string cp1252_article();
// A Japanese story (headline 東京湾に新しい橋が開通, byline 山田太郎), as UTF-8.
std::string tokyo_article();
// An ISO-8859-1 page that declares its charset only in <meta>.
std::string latin1_meta_article();

// Registers: /news/storm.html, /news/cp1252.html (charset in the header),
// /news/latin1.html (charset in <meta> only), /news/tokyo.html (Japanese), /old-link
// (301 -> /news/storm.html), /missing (404), /broken (500), /news/gzip.html
// (gzip-encoded), /file.pdf (PDF bytes served as text/html).
void serve_news_site(testsupport::LoopbackServer& server);

}  // namespace e2e

#include "fixtures.hpp"

#include "support/gzip.hpp"

namespace e2e {

const std::vector<std::string>& storm_paragraphs() {
  static const std::vector<std::string> paragraphs{
      "The harbour bridge reopened to traffic on Tuesday morning, eleven days after a winter storm tore "
      "away part of its eastern railing and flooded the approach roads.",
      "Engineers worked through the weekend to replace the damaged sections, according to Reuters, and "
      "the city council said the repairs had cost less than first feared.",
      "Commuters queued from dawn. \xE2\x80\x9CIt feels like getting a piece of the town back,\xE2\x80\x9D said "
      "Maria Lind, who crosses the bridge twice a day to reach her bakery.",
      "The BBC reported that inspectors will return in the spring to check the foundations once the "
      "water level has dropped, and that a full survey is planned for next year.",
      "Traffic is expected to return to normal by the end of the week, the transport office said."};
  return paragraphs;
}

std::string storm_article(const std::string& base) {
  const auto& p = storm_paragraphs();
  std::string html = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge reopens after storm repairs | Coastal Times</title>
<link rel="canonical" href=")" + base + R"(/news/storm.html">
<meta property="og:site_name" content="Coastal Times">
<meta property="og:title" content="Harbour bridge reopens after storm repairs">
<meta name="description" content="The bridge reopened eleven days after the storm.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Harbour bridge reopens after storm repairs","datePublished":"2026-02-03T08:15:00+01:00",
"author":{"@type":"Person","name":"Erik Sandvik"},"publisher":{"@type":"Organization","name":"Coastal Times"}}</script>
<script>var tracking = "not part of the story";</script>
<style>body{font-family:serif}</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>
<li><a href="/weather/">Weather</a></li></ul></nav></header>
<main><article>
<h1>Harbour bridge reopens after storm repairs</h1>
<div class="byline">By <a rel="author" href="/author/erik-sandvik">Erik Sandvik</a>
<time datetime="2026-02-03T08:15:00+01:00">3 February 2026</time></div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a>
<a href="https://twitter.com/intent/tweet?url=x">Share on Twitter</a></div>
<div class="article-body">
<p>)" + p[0] + R"(</p>
<p>)" + p[1].substr(0, p[1].find("according to Reuters")) +
                     R"(according to <a href="https://www.reuters.com/world/bridge-repairs-2026">Reuters</a>)" +
                     p[1].substr(p[1].find("according to Reuters") + 20) + R"(</p>
<p>)" + p[2] + R"(</p>
<p>)" + p[3] + R"(</p>
<p>)" + p[4] + R"(</p>
</div>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/news/ferry-timetable.html">Ferry timetable changes for the winter season</a></li>
<li><a href="/news/storm-warning.html">Storm warning issued for the whole coast</a></li></ul></aside>
</article>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>Finally! The detour through the industrial estate added forty minutes to my commute every single day.</p></div>
</section></main>
<footer><p>Copyright 2026 Coastal Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>)";
  return html;
}

std::string cp1252_article() {
  // Bytes as a windows-1252 server sends them: 0x93/0x94 curly quotes, 0xE9 e-acute,
  // 0x96 en dash.
  return "<!DOCTYPE html><html lang=\"en\"><head><title>Caf\xE9 owners welcome the \x93quiet\x94 season</title></head>"
         "<body><article><h1>Caf\xE9 owners welcome the \x93quiet\x94 season</h1>"
         "<p>The owners of the small caf\xE9 on the corner say the \x93quiet\x94 months are when they finally "
         "have time to talk to their regular customers and try out new recipes for the summer menu.</p>"
         "<p>Business drops by half in November \x96 but the rent stays the same, so they plan carefully and "
         "save during the busy summer weeks when tourists fill every table on the terrace.</p>"
         "<p>\x93We know everyone by name in winter,\x94 said the owner, Ren\xE9" "e Fabre, smiling as she "
         "poured another coffee for one of the fishermen who come in every morning at six.</p>"
         "</article></body></html>";
}

std::string latin1_meta_article() {
  return "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Na\xEFve art show opens</title></head>"
         "<body><article><h1>Na\xEFve art show opens</h1>"
         "<p>The na\xEFve art show in the old town hall opened on Saturday with more than forty paintings by "
         "self-taught artists from the region, many of them shown in public for the first time.</p>"
         "<p>Visitors can see the works until the end of the month; entry costs \xA3" "3 and children go free, "
         "the organisers said at the opening, thanking the volunteers who hung every frame.</p>"
         "</article></body></html>";
}

// A story whose template names another page as canonical (the home page, an agency).
std::string story_with_canonical(const std::string& canonical, const std::string& headline, const std::string& place) {
  return "<!DOCTYPE html><html lang=\"en\"><head><title>" + headline + "</title><link rel=\"canonical\" href=\"" +
         canonical + "\"></head><body><article><h1>" + headline + "</h1><p>The council in " + place +
         " voted on Tuesday to close the old bridge, citing years of neglect and the rising cost of repairs.</p>"
         "<p>Residents of " + place + " said the decision, which follows a long campaign, would lengthen their "
         "daily commute by an hour and cut the town centre off from the harbour.</p></article></body></html>";
}

std::string tokyo_article() {
  return R"(<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>東京湾に新しい橋が開通 | テスト新聞</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"東京湾に新しい橋が開通","datePublished":"2026-11-17T08:00:00+09:00",
"author":[{"@type":"Person","name":"山田太郎"}]}</script>
</head><body><main><article>
<h1>東京湾に新しい橋が開通</h1>
<p class="byline">山田太郎</p>
<div class="article-body">
<p>東京湾の新しい橋が月曜日に開通し、多くの市民が徒歩で渡った。</p>
<p>橋の建設には三年かかり、総工費は約八百億円に達したと市の担当者は説明した。</p>
<p>開通式には地元の小学生も参加し、合唱を披露した。近くの商店街では記念セールが行われ、大勢の買い物客でにぎわった。</p>
<p>市は今後、橋の周辺に自転車道を整備し、観光客の増加に備える方針だ。交通渋滞の緩和も期待されている。</p>
</div></article></main></body></html>)";
}

void serve_news_site(testsupport::LoopbackServer& server) {
  auto& http = server.http();
  for (const char* place : {"Alderney", "Brixham"}) {
    http.Get("/local/" + std::string(place) + ".html", [place](const httplib::Request&, httplib::Response& res) {
      res.set_content(story_with_canonical("/", std::string(place) + " bridge to close", place), "text/html");
    });
  }
  http.Get("/local/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<!DOCTYPE html><html><head><title>Local news | Coastal Times</title></head><body><h1>Local news</h1>"
                    "<ul><li><a href=\"/local/Alderney.html\">Alderney bridge to close</a></li>"
                    "<li><a href=\"/local/Brixham.html\">Brixham bridge to close</a></li></ul></body></html>",
                    "text/html");
  });
  http.Get("/wire/quake.html", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(story_with_canonical("https://apnews.example/article/quake", "Quake shakes the coast", "Looe"),
                    "text/html");
  });
  http.Get("/news/storm.html", [&server](const httplib::Request&, httplib::Response& res) {
    res.set_content(storm_article("http://127.0.0.1:" + std::to_string(server.port())), "text/html; charset=utf-8");
  });
  http.Get("/news/cp1252.html", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(cp1252_article(), "text/html; charset=windows-1252");
  });
  http.Get("/news/latin1.html", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(latin1_meta_article(), "text/html");
  });
  http.Get("/news/tokyo.html", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(tokyo_article(), "text/html; charset=utf-8");
  });
  http.Get("/old-link", [](const httplib::Request&, httplib::Response& res) {
    res.status = 301;
    res.set_header("Location", "/news/storm.html");
  });
  http.Get("/missing", [](const httplib::Request&, httplib::Response& res) {
    res.status = 404;
    res.set_content("<html><body><h1>Not found</h1></body></html>", "text/html");
  });
  http.Get("/broken", [](const httplib::Request&, httplib::Response& res) {
    res.status = 500;
    res.set_content("<html><body>Internal error</body></html>", "text/html");
  });
  http.Get("/news/gzip.html", [&server](const httplib::Request&, httplib::Response& res) {
    std::string page = storm_article("http://127.0.0.1:" + std::to_string(server.port()));
    // Its own canonical URL and headline, so it is its own article.
    auto replace_all = [&page](const std::string& from, const std::string& to) {
      for (auto pos = page.find(from); pos != std::string::npos; pos = page.find(from, pos + to.size()))
        page.replace(pos, from.size(), to);
    };
    replace_all("/news/storm.html", "/news/gzip.html");
    replace_all("Harbour bridge reopens after storm repairs", "Gzip edition: harbour bridge reopens");
    res.set_header("Content-Encoding", "gzip");
    res.set_content(testsupport::gzip(page), "text/html; charset=utf-8");
  });
  http.Get("/file.pdf", [](const httplib::Request&, httplib::Response& res) {
    std::string pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    pdf += std::string(2000, '\0');
    res.set_content(pdf, "text/html");
  });
}

}  // namespace e2e

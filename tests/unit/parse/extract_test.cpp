// Metadata: headline, authors, dates, language, description and missing values.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"
#include "newsarchive/outlets.hpp"

using namespace newsarchive;

namespace {

using parse_test::extract;

using parse_test::kStory;

}  // namespace

TEST(Extractor, ReadsHeadlineFromJsonLd) {
  Article a = extract(R"(<html><head><title>Other | Example News</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to close"}</script>
    </head><body><article>)" + kStory + "</article></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "Bridge to close");
}

TEST(Extractor, ResolvesAuthorsInJsonLdGraphByReference) {
  Article a = extract(R"(<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","@id":"https://news.example.com/#site","name":"Example News"},
      {"@type":"NewsArticle","headline":"Bridge to close","datePublished":"2024-03-05T10:15:00+01:00",
       "author":[{"@id":"https://news.example.com/#jane"},{"@id":"https://news.example.com/#john"}]},
      {"@type":"Person","@id":"https://news.example.com/#jane","name":"Jane Doe"},
      {"@type":"Person","@id":"https://news.example.com/#john","name":"John Roe"}]}
    </script></head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  ASSERT_TRUE(a.published);
  EXPECT_EQ(*a.published, "2024-03-05T10:15:00+01:00");
}

TEST(Extractor, ReadsAPersonWhoseNameIsAListOfWriters) {
  // NPR's JSON-LD: one Person, "name" a list. An Organization's list is its alternate names.
  Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
    "author":{"@type":"Person","name":["Hannah Loring","Murray Carpenter"]}}</script></head><body><article>)" +
                      kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Hannah Loring", "Murray Carpenter"}));
}

TEST(Extractor, SplitsBylineWithTwoAuthorsAndARole) {
  Article a = extract(R"(<html><body><article><h1>Bridge to close</h1>
    <div class="byline">By Jane Doe and John Roe, Senior Reporter</div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(a.body.find("Jane Doe"), std::string::npos);
}

TEST(Extractor, DropsEmailsAndOrganisationWhenAPersonIsNamed) {
  Article a = extract(R"X(<html><head><meta name="author" content="Jane Doe (jane@example.com)">
    <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Example News"},
    {"@type":"Person","name":"By Jane Doe"}]}</script></head><body><article>)X" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe"}));
}

TEST(Extractor, KeepsOrganisationAsAuthorWhenNoPersonIsNamed) {
  Article a = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
    "author":{"@type":"Organization","name":"Reuters"}}</script></head><body><article>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Reuters"}));
}

TEST(Extractor, TakesThePublicationDayFromTheUrlAsLastResort) {
  Article a = extract("<html><body><article>" + kStory + "</article></body></html>",
                      "https://news.example.com/2016/12/19/bridge-to-close/");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(*a.published, "2016-12-19");
}

TEST(Extractor, ReadsTheWaysAUrlWritesItsDay) {
  auto day = [](const std::string& url) {
    return extract("<html><body><article>" + kStory + "</article></body></html>", url).published.value_or("-");
  };
  EXPECT_EQ(day("https://n.example/2024/3/7/bridge-to-close"), "2024-03-07");  // unpadded folders
  EXPECT_EQ(day("https://n.example/2024-03-07/bridge-to-close"), "2024-03-07");
  EXPECT_EQ(day("https://n.example/news/20240307/bridge"), "2024-03-07");
  EXPECT_EQ(day("https://n.example/2024/0307/bridge"), "2024-03-07");
  EXPECT_EQ(day("https://n.example/news/bridge-to-close-2024-03-07/"), "2024-03-07");  // the end of a slug
  EXPECT_EQ(day("https://n.example/news/bridge-to-close-20240307.html"), "2024-03-07");
  // A month archive, an id, a number that is no date, an unpadded date inside a slug.
  EXPECT_EQ(day("https://n.example/2024/03/bridge-to-close"), "-");
  EXPECT_EQ(day("https://n.example/news/123456789/bridge"), "-");
  EXPECT_EQ(day("https://n.example/news/2024/13/40/bridge"), "-");
  EXPECT_EQ(day("https://n.example/news/bridge-2024-3-7"), "-");
}

TEST(Extractor, ATimeElementGivesTheHourOfTheUrlsDay) {
  auto published = [](const std::string& time) {
    return extract("<html><body><article><time datetime=\"" + time + "\">then</time>" + kStory +
                       "</article></body></html>",
                   "https://n.example/2024/09/05/bridge-to-close/")
        .published.value_or("-");
  };
  EXPECT_EQ(published("2024-09-05T14:05:00-05:00"), "2024-09-05T14:05:00-05:00");
  EXPECT_EQ(published("2024-09-07T09:00:00Z"), "2024-09-05") << "another day: an update, the URL wins";
}

TEST(Extractor, PrefersMetaPublishedTimeAndKeepsTheOffset) {
  Article a = extract(R"(<html><head><meta property="article:published_time" content="2016-12-19T18:42:00-05:00">
    <meta property="article:modified_time" content="2016-12-20T08:00:00Z"></head><body><article>)" + kStory +
                      "<p>&copy; 2023 Example News</p></article></body></html>",
                      "https://news.example.com/2015/01/01/old-url/");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(*a.published, "2016-12-19T18:42:00-05:00");
  ASSERT_TRUE(a.modified);
  // The same instant in the zone the published stamp states (the site's).
  EXPECT_EQ(*a.modified, "2016-12-20T03:00:00-05:00");
}

TEST(Extractor, StripsSiteNameSuffixAndPrefixFromHeadline) {
  Article a = extract(R"(<html><head><meta property="og:site_name" content="Example News">
    <meta property="og:title" content="Bridge to close | Example News">
    <meta name="twitter:title" content="Bridge to close"></head><body><article>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(a.headline.value_or(""), "Bridge to close");
  Article b = extract(R"(<html><head><meta property="og:site_name" content="Example News">
    <title>Example News - Bridge to close after years of neglect</title></head><body><article>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(b.headline.value_or(""), "Bridge to close after years of neglect");
}

TEST(Extractor, ReadsLanguageDescriptionAndCanonicalFromMarkup) {
  Article a = extract(R"(<html lang="en-GB"><head><meta name="description" content="The old bridge closes.">
    <link rel="canonical" href="/a/story"></head><body><article>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.language.value_or(""), "en");
  EXPECT_EQ(a.description.value_or(""), "The old bridge closes.");
  EXPECT_EQ(a.canonical_url.value_or(""), "https://news.example.com/a/story");
}

TEST(Extractor, ACanonicalNamingAPageAboveTheStoryIsNoCanonical) {
  auto canonical_of = [](const std::string& canonical, const std::string& url) {
    return extract("<html><head><link rel=canonical href=\"" + canonical + "\"></head><body><article>" + kStory +
                       "</article></body></html>",
                   url)
        .canonical_url;
  };
  // A template's default (the home page, the section) would make every story one article.
  EXPECT_FALSE(canonical_of("https://news.example/", "https://news.example/2026/11/bridge.html"));
  EXPECT_FALSE(canonical_of("/local/", "https://news.example/local/bridge-closes"));
  EXPECT_FALSE(canonical_of("https://news.example/", "https://news.example/?p=123"));
  // The story's own address, an AMP copy's original, a directory index, the home page itself.
  EXPECT_EQ(canonical_of("/local/bridge-closes?ref=x", "https://news.example/local/bridge-closes"),
            "https://news.example/local/bridge-closes?ref=x");
  EXPECT_EQ(canonical_of("https://news.example/local/bridge/", "https://news.example/local/bridge/amp/"),
            "https://news.example/local/bridge/");
  EXPECT_EQ(canonical_of("https://news.example/local/bridge/", "https://news.example/local/bridge/index.html"),
            "https://news.example/local/bridge/");
  EXPECT_EQ(canonical_of("https://news.example/", "https://news.example/"), "https://news.example/");
  // Another site's page (a syndicated copy) is the canonical the page states.
  EXPECT_EQ(canonical_of("https://apnews.com/", "https://news.example/wire/quake"), "https://apnews.com/");
}

TEST(Extractor, GuessesLanguageFromStopWordsWhenMarkupIsSilent) {
  Article a = extract(
      "<html><body><article><p>Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu schließen, "
      "und die Anwohner sind nicht zufrieden mit der Entscheidung, die auch den Verkehr in der Stadt betrifft.</p>"
      "<p>Die Ingenieure hatten in einem Bericht gewarnt, dass das Bauwerk nicht mehr sicher ist und dass "
      "die Kosten für die Sanierung sich auf mehrere Millionen Euro belaufen würden.</p></article></body></html>");
  EXPECT_EQ(a.language.value_or(""), "de");
}

TEST(Extractor, LeavesMissingValuesEmpty) {
  Article a = extract("<html><body><p>short</p></body></html>", "https://news.example.com/a/b");
  EXPECT_FALSE(a.headline);
  EXPECT_TRUE(a.authors.empty());
  EXPECT_FALSE(a.published);
  EXPECT_FALSE(a.modified);
  EXPECT_FALSE(a.description);
  EXPECT_FALSE(a.canonical_url);
  EXPECT_FALSE(a.site_name);
  EXPECT_EQ(a.url, "https://news.example.com/a/b");
}

namespace {

// With the built-in outlet directory, so cited sources come out too.
Article extract_with_outlets(const std::string& html, const std::string& url) {
  static const OutletDirectory outlets = OutletDirectory::builtin();
  Page page;
  page.body = html;
  page.content_type = "text/html; charset=utf-8";
  page.url = url;
  ExtractOptions options;
  options.outlets = &outlets;
  return extract_article(page, options);
}

}  // namespace

TEST(Extractor, ASourceLineBesideTheDateCreditsTheAgency) {
  auto extract = [](const std::string& html) { return extract_with_outlets(html, "https://www.nieuwsblad.be/a/story"); };
  // "Bron: BELGA" printed in an element marked as the story's source, above the text.
  Article a = extract(R"(<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>
    <div><small class="caption2" data-testid="article-source">Bron: <!-- -->BELGA</small><time>2 feb</time></div>)" +
                      kStory + "</article></body></html>");
  ASSERT_EQ(a.sources.size(), 1u);
  EXPECT_EQ(a.sources[0].name, "Belga");
  EXPECT_TRUE(a.sources[0].credit_line);
  // A chart's source line is the chart's, not the story's.
  Article chart = extract(R"(<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>
    <div class="chart-source">Source: Reuters</div>)" + kStory + "</article></body></html>");
  EXPECT_TRUE(chart.sources.empty());
  // A wire's credit in a box its template names for credits (which the body drops as a
  // picture's), and USA TODAY's "Contributing:" line.
  for (const std::string credit : {"<p class=\"article-credit\">\u2014 with AAP</p>",
                                   "<p class=\"postmedia-credit\">With files from The Canadian Press</p>",
                                   "<p>Contributing: The Associated Press</p>"}) {
    Article w = extract_with_outlets("<html><body><article><h1>Bridge to close</h1>" + kStory + credit +
                                     "</article></body></html>", "https://www.example-news.test/story");
    ASSERT_EQ(w.sources.size(), 1u) << credit;
    EXPECT_TRUE(w.sources[0].credit_line) << credit;
  }
}

TEST(Extractor, AMetaSourceOfASyndicatedStoryCredits) {
  auto extract = [](const std::string& meta) {
    std::string html = "<html><head><title>Bridge to close</title>";
    html += meta;
    html += "</head><body><article><h1>Bridge to close</h1>";
    html += kStory;
    html += "</article></body></html>";
    return extract_with_outlets(html, "https://www.example.cn/a/story");
  };
  Article a = extract(R"(<meta name="source" content="人民日报海外版">)");
  ASSERT_EQ(a.sources.size(), 1u);
  EXPECT_EQ(a.sources[0].name, "People's Daily");
  EXPECT_TRUE(a.sources[0].credit_line);
  // A source naming no outlet, or a URL, credits nothing.
  EXPECT_TRUE(extract(R"(<meta name="source" content="网络">)").sources.empty());
  EXPECT_TRUE(extract(R"(<meta name="source" content="https://www.reuters.com/">)").sources.empty());
}

TEST(Extractor, TellsAnErrorPageServedAs200FromAStory) {
  auto page = [](const std::string& head, const std::string& h1) {
    return extract("<html><head>" + head + "</head><body><article><h1>" + h1 + "</h1>" + kStory +
                   "</article></body></html>");
  };
  EXPECT_TRUE(is_error_page(page("<title>Page not found | Example News</title>", "Page not found")));
  EXPECT_TRUE(is_error_page(page("<title>Error 404</title>", "Oops")));
  EXPECT_TRUE(is_error_page(page("<title>Seite nicht gefunden</title>", "Seite nicht gefunden")));
  EXPECT_TRUE(is_error_page(page("", "Sorry, we can\xE2\x80\x99t find that page")));
  // Stories: a number that is not an error code, news about something not found, and a
  // dated story whose headline happens to say "page not found".
  EXPECT_TRUE(is_error_page(page("<title>Not Found</title>", "Not Found")));
  EXPECT_TRUE(is_error_page(page("<title>410 Gone</title>", "410 Gone")));
  EXPECT_TRUE(is_error_page(page("<title>Fehler 404 | Nachrichten Test</title>", "Ups! Diese Seite gibt es leider nicht")));
  EXPECT_TRUE(is_error_page(page("<title>Article not found | News Test</title>", "Article not found")));
  for (const char* h1 : {"The page you requested could not be found",
                         "We couldn't find the page you were looking for",
                         "Sorry \xE2\x80\x93 the page you have requested does not exist"})
    EXPECT_TRUE(is_error_page(page("<title>News Test</title>", h1))) << h1;
  // A site-wide og:title stands for the headline; the <title> and <h1> still say it.
  EXPECT_TRUE(is_error_page(page("<title>Page not found | News Test</title>"
                                 "<meta property=\"og:title\" content=\"News Test - Latest news and weather\">",
                                 "Page not found")));
  EXPECT_TRUE(is_error_page(page("<meta property=\"og:title\" content=\"News Test - Latest news and weather\">"
                                 "<meta property=\"og:site_name\" content=\"News Test\"><title>Error 404 | News Test</title>",
                                 "Oops")));
  for (const char* news : {"404 homes evacuated as river rises", "Missing hiker not found", "Flight 404",
                           "404 troops sent to border", "Terror suspect held on Route 404",
                           "Inquiry publishes 404-page report",
                           "How to fix 'Page Not Found' errors in WordPress | PCWorld", "'Gone' - review | Film",
                           "Missing hiker could not be found", "Suspect cannot be found, police say"})
  {
    std::string title = "<title>";
    title.append(news).append("</title>");
    EXPECT_FALSE(is_error_page(page(title, news))) << news;
  }
  EXPECT_FALSE(is_error_page(page("<title>Page not found: how the web forgets</title>"
                                  "<meta property=\"article:published_time\" content=\"2026-03-01T09:00:00Z\">",
                                  "Page not found: how the web forgets")));
  EXPECT_FALSE(is_error_page(page("<title>Bridge to close</title>", "Bridge to close")));
}

TEST(Extractor, ReadsWhatThePageCallsItself) {
  auto page = [](const std::string& head) {
    return extract("<html><head>" + head + "</head><body><article>" + kStory + "</article></body></html>");
  };
  EXPECT_EQ(page("").declared, Article::Declared::unstated);
  EXPECT_EQ(page(R"(<meta property="og:type" content="article">)").declared, Article::Declared::story);
  EXPECT_EQ(page(R"(<meta property="article:published_time" content="2026-11-20T10:00:00Z">)").declared,
            Article::Declared::story);
  EXPECT_EQ(page(R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge"}</script>)")
                .declared,
            Article::Declared::story);
  EXPECT_EQ(page(R"(<meta property="og:type" content="website">)").declared, Article::Declared::listing);
  EXPECT_EQ(page(R"(<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},
              {"@type":"CollectionPage","name":"Politics"}]}</script>)")
                .declared,
            Article::Declared::listing);
  // A story's own statement wins over a site-wide og:type.
  EXPECT_EQ(page(R"(<meta property="og:type" content="website">
              <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge"}</script>)")
                .declared,
            Article::Declared::story);
}

TEST(Extractor, ReadsAPrintedDateWhenNothingElseStatesOne) {
  auto published = [](const std::string& header) {
    return extract("<html><body><article><h1>Bridge to close</h1>" + header + kStory + "</article></body></html>")
        .published.value_or("-");
  };
  EXPECT_EQ(published(R"(<div class="entry-meta">Posted on <span class="entry-date">April 2, 2024</span></div>)"),
            "2024-04-02");
  EXPECT_EQ(published(R"(<p class="article-date">Stand: 02.01.2024, 18:30 Uhr</p>)"), "2024-01-02T18:30:00");
  EXPECT_EQ(published("<p><time>Feb 15, 2024</time></p>"), "2024-02-15");
  // An update, a comment's date, a reference's access date, a class that only holds "date".
  EXPECT_EQ(published(R"(<span class="date">Updated Feb 16, 2024</span>)"), "-");
  EXPECT_EQ(published(R"(<div class="comments"><span class="date">Feb 16, 2024</span></div>)"), "-");
  EXPECT_EQ(published(R"(<span class="reference-accessdate">Retrieved May 1, 2016</span>)"), "-");
  EXPECT_EQ(published(R"(<span class="candidate">May 1, 2016</span>)"), "-");
  // A full time kept in a data attribute beside the shown stamp (El País); a teaser list's
  // day-first stamps are no ISO date-time and say nothing.
  EXPECT_EQ(published(R"(<div class="a_md_f"><a data-date="2026-05-01T05:40:12-06:00" href="/hemeroteca/">01 may 2026 -
              05:40</a></div>)"),
            "2026-05-01T05:40:12-06:00");
  EXPECT_EQ(published(R"(<div class="a_md_f"><a data-date="02-02-2025 20:02" href="/x">Other story</a></div>)"), "-");
  // A release stamp only in the story element's data attributes (a Korean daily's CMS); a
  // day without its time, a teaser card's stamp and an update's say nothing of the release.
  auto story_with = [](const std::string& attrs) {
    return extract(R"(<html><body><div class="article" )" + attrs + "><h1>Bridge to close</h1>" + kStory +
                   "</div></body></html>");
  };
  Article stamped = story_with(R"(data-deploy-dt="2026.01.29 18:40" data-re-deploy-dt="2026.01.29 18:49")");
  EXPECT_EQ(stamped.published.value_or("-"), "2026-01-29T18:40:00");
  EXPECT_EQ(stamped.modified.value_or("-"), "2026-01-29T18:49:00");
  EXPECT_EQ(story_with(R"(data-publish-date="2026-01-29")").published.value_or("-"), "-");
  EXPECT_EQ(story_with(R"(data-updated-at="2026-01-29T18:49:00Z")").published.value_or("-"), "-");
  EXPECT_EQ(published(R"(<aside class="related"><div class="teaser" data-publish-date="2025-02-02T20:02:00Z">
              <a href="/x">Other story</a></div></aside>)"),
            "-");
  // Nor a site header's breaking-news link, nor a market ticker's update.
  Article ticker = extract(R"(<html><body><header><a data-publish-date="2026-01-27T07:30:00Z" href="/x">Breaking</a>
      <div class="market-ticker" data-last-updated="2026-02-03T09:15:00Z">DAX 18,000</div></header>
      <article data-publish-date="2026-01-29T18:40:00+09:00"><h1>Bridge to close</h1>)" + std::string(kStory) +
                           "</article></body></html>");
  EXPECT_EQ(ticker.published.value_or("-"), "2026-01-29T18:40:00+09:00");
  EXPECT_EQ(ticker.modified.value_or("-"), "-");
}

// Templates beyond the news CMS: pages built with tables and <font> before CSS, static blogs,
// wikis and docs, wire releases, live blogs with their indexes, CJK papers' sign-offs, fact
// checks.
#include <gtest/gtest.h>

#include "extract_page.hpp"

using newsarchive::Article;
using newsarchive::parse_test::extract;
using newsarchive::parse_test::has;
using newsarchive::parse_test::para;

namespace {

// `n` short ads, each in a row of its own (a classifieds column).
std::string ad_rows(int n) {
  std::string rows;
  for (int i = 0; i < n; ++i)
    rows += "<tr><td><font size=\"1\">FOR SALE - Oak table, six chairs, good condition, $" + std::to_string(100 + i) +
            ", call 555-0" + std::to_string(100 + i) + ".</font></td></tr>";
  return rows;
}

}  // namespace

TEST(Templates, TableLayoutPageGivesTheStoryCellNotTheSideColumn) {
  std::string story;
  for (int i = 1; i <= 6; ++i)
    story += "Paragraph " + std::to_string(i) +
             " of the hearing: the commissioners heard from farmers, engineers, and the district manager, "
             "who asked for patience while the court reviews the plan.<br><br>";
  Article a = extract(
      "<html><head><title>Valley Herald :: Local News :: Board backs water plan after long hearing</title></head>"
      "<body><table width=\"780\"><tr><td width=\"150\"><table><tr><td><font size=\"1\"><b>CLASSIFIEDS</b></font></td></tr>" +
      ad_rows(30) +
      "</table></td><td width=\"470\"><table><tr><td>"
      "<font size=\"5\"><b>Board backs water plan after long hearing</b></font><br>"
      "<font size=\"1\">By JANE ROE<br>Herald Staff Writer</font><br>"
      "<font size=\"1\">Posted: Tuesday, March 10, 2026 at 4:15 pm</font><br><br>"
      "<font size=\"2\">" + story + "</font>"
      "<font size=\"1\"><a href=\"/print\">Printer-friendly version</a> | <a href=\"/mail\">E-mail this story</a></font>"
      "</td></tr></table></td></tr></table></body></html>");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "Board backs water plan after long hearing");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->substr(0, 10), "2026-03-10");
  EXPECT_EQ(a.body.rfind("Paragraph 1 of the hearing", 0), 0u) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 6 of the hearing")) << a.body;
  for (const char* gone : {"FOR SALE", "CLASSIFIEDS", "Posted:", "Staff Writer", "Printer-friendly"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

TEST(Templates, JapaneseSignOffNamesTheWriterAndNoticesGo) {
  const std::string p = "<p>\xE7\xA5\x9E\xE6\x88\xB8\xE5\xB8\x82\xE3\x81\xA7\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84"
                        "\xE6\xA9\x8B\xE3\x81\x8C\xE5\xAE\x8C\xE6\x88\x90\xE3\x81\x97\xE3\x80\x81\xE5\xB8\x82\xE6\xB0"
                        "\x91\xE3\x81\x8C\xE6\xB8\xA1\xE3\x82\x8A\xE5\xA7\x8B\xE3\x82\x81\xE3\x81\x9F\xE3\x80\x82</p>";
  auto page = [&](const std::string& last) {
    return extract("<html lang=\"ja\"><head><meta property=\"og:site_name\" content=\"Example Shimbun\">"
                   "<meta property=\"og:title\" content=\"\xE6\xA9\x8B\xE3\x81\x8C\xE5\xAE\x8C\xE6\x88\x90\xE3\x81\x97"
                   "\xE3\x81\x9F\xE7\xA5\x9E\xE6\x88\xB8\xE3\x81\xAE\xE7\x94\xBA\xEF\xBD\x9C" "Example Shimbun\"></head><body>"
                   "<div class=\"news\"><h1>\xE6\xA9\x8B\xE3\x81\x8C\xE5\xAE\x8C\xE6\x88\x90\xE3\x81\x97\xE3\x81\x9F"
                   "\xE7\xA5\x9E\xE6\x88\xB8\xE3\x81\xAE\xE7\x94\xBA</h1><div class=\"text\">" +
                   p + p + p + last + "</div><p class=\"note\">\xE8\xA8\x98\xE4\xBA\x8B\xE3\x83\xBB\xE5\x86\x99\xE7\x9C\x9F"
                   "\xE3\x81\xAE\xE7\x84\xA1\xE6\x96\xAD\xE8\xBB\xA2\xE8\xBC\x89\xE3\x82\x92\xE7\xA6\x81\xE3\x81\x98"
                   "\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82</p></div></body></html>");
  };
  Article a = page("<p>\xEF\xBC\x88\xE6\xA3\xAE\xE6\x9C\xAC\xE5\xB0\x9A\xE6\xA8\xB9\xEF\xBC\x89</p>");  // （森本尚樹）
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(*a.headline, "\xE6\xA9\x8B\xE3\x81\x8C\xE5\xAE\x8C\xE6\x88\x90\xE3\x81\x97\xE3\x81\x9F\xE7\xA5\x9E\xE6\x88\xB8"
                         "\xE3\x81\xAE\xE7\x94\xBA");  // the glued "｜Example Shimbun" went
  EXPECT_EQ(a.authors, std::vector<std::string>{"\xE6\xA3\xAE\xE6\x9C\xAC\xE5\xB0\x9A\xE6\xA8\xB9"});
  EXPECT_FALSE(has(a.body, "\xE6\xA3\xAE\xE6\x9C\xAC")) << a.body;            // 森本
  EXPECT_FALSE(has(a.body, "\xE7\x84\xA1\xE6\x96\xAD\xE8\xBB\xA2")) << a.body;  // 無断転
  // "（敬称略）" (honorifics omitted) and "（つづく）" (to be continued) name nobody.
  for (const char* note : {"<p>\xEF\xBC\x88\xE6\x95\xAC\xE7\xA7\xB0\xE7\x95\xA5\xEF\xBC\x89</p>",
                           "<p>\xEF\xBC\x88\xE3\x81\xA4\xE3\x81\xA5\xE3\x81\x8F\xEF\xBC\x89</p>"})
    EXPECT_TRUE(page(note).authors.empty()) << note;
}

TEST(Templates, LiveBlogKeyEventsAndFacebookPostsAreNotTheStory) {
  Article a = extract(
      "<html><body><main><h1>Storm live</h1><div class=\"key-events\"><h2>Key Events</h2><ul>"
      "<li><a href=\"#post-1\"><span>17:48</span> Trams run again</a></li>"
      "<li><a href=\"#post-2\"><span>16:55</span> Warning raised</a></li></ul></div>"
      "<div class=\"live\"><div id=\"post-1\"><h3>Trams run again</h3>" + para(1) + para(2) +
      "</div><div id=\"post-2\"><h3>Warning raised</h3>" + para(3) +
      "<div class=\"fb-post\" data-href=\"https://www.facebook.com/x/posts/1\"><blockquote class=\"fb-xfbml-parse-ignore\">"
      "<p>Our volunteers have been out since five this morning, please stay off the water today.</p>"
      "Posted by <a href=\"https://www.facebook.com/x\">Harbour Rescue</a></blockquote></div>" +
      para(4) + "</div></div></main></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 4")) << a.body;
  EXPECT_TRUE(has(a.body, "Trams run again")) << a.body;  // the entry's own heading stays
  for (const char* gone : {"Key Events", "17:48", "volunteers"}) EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

TEST(Templates, WikiAndDocsHeadingsKeepTheirTitlesAndCodeItsLines) {
  Article a = extract(
      "<html><body><main><h1>Hollow Dam</h1><div class=\"mw-parser-output\">" + para(1) +
      "<div class=\"mw-heading mw-heading2\"><h2 id=\"History\">History</h2><span class=\"mw-editsection\">"
      "<span>[</span><a href=\"/w/index.php?action=edit&amp;section=1\">edit</a><span>]</span></span></div>" +
      para(2) + "<h2 id=\"setup\">Setting up<a class=\"headerlink\" href=\"#setup\">\xC2\xB6</a></h2>" + para(3) +
      "<pre>$ python -m venv .venv\n$ pip install tidewater</pre>" + para(4) + "</div></main></body></html>");
  EXPECT_TRUE(has(a.body, "\n\nHistory\n\n")) << a.body;
  EXPECT_TRUE(has(a.body, "\n\nSetting up\n\n")) << a.body;
  EXPECT_FALSE(has(a.body, "edit")) << a.body;
  EXPECT_FALSE(has(a.body, "\xC2\xB6")) << a.body;
  EXPECT_TRUE(has(a.body, "$ python -m venv .venv\n$ pip install tidewater")) << a.body;
}

TEST(Templates, FootnotesKeepTheirTextWithoutTheWayBack) {
  Article a = extract(
      "<html><body><article><h1>Tide tables</h1>" + para(1) +
      "<p>The harbour keeps its own tables.<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\">1</a></sup></p>" +
      para(2) + "<div class=\"footnotes\" role=\"doc-endnotes\"><hr><ol><li id=\"fn:1\"><p>Printed every spring "
      "since 1911.&#160;<a href=\"#fnref:1\" class=\"footnote-backref\" role=\"doc-backlink\">\xE2\x86\xA9\xEF\xB8\x8E</a>"
      "</p></li><li id=\"fn:2\"><p>Tide heights in metres. <a href=\"#fnref:2\">\xE2\x86\x91</a></p></li></ol></div>"
      "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Printed every spring since 1911.")) << a.body;
  EXPECT_TRUE(has(a.body, "Tide heights in metres.")) << a.body;
  EXPECT_FALSE(has(a.body, "\xE2\x86\xA9")) << a.body;
  EXPECT_FALSE(has(a.body, "\xE2\x86\x91")) << a.body;
}

TEST(Templates, WritersOfBlogsAndOrganisationsAreReadWhole) {
  // A static blog: the writer only in the article's own footer, the site named for them.
  Article blog = extract("<html><head><title>Fixing a radio \xC2\xB7 Maren Lund</title></head><body>"
                         "<nav><a href=\"/\">Maren Lund</a></nav><article><h1>Fixing a radio</h1>" +
                         para(1) + para(2) + para(3) +
                         "<footer><p>Written by <a rel=\"author\" href=\"/about/\">Maren Lund</a>, an engineer.</p>"
                         "</footer></article><footer>Powered by Hugo</footer></body></html>");
  EXPECT_EQ(blog.authors, std::vector<std::string>{"Maren Lund"});
  // Yoast's "site represents a person": the writer is also the publisher.
  Article yoast = extract(
      "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"Article\",\"headline\":\"Pear tart\",\"author\":{\"@id\":\"#p\"},\"publisher\":{\"@id\":\"#p\"}},"
      "{\"@type\":[\"Person\",\"Organization\"],\"@id\":\"#p\",\"name\":\"Camille Roux\"}]}</script>"
      "<meta property=\"og:site_name\" content=\"Camille Roux\"></head><body><article><h1>Pear tart</h1>"
      "<div class=\"meta\"><span class=\"posted-on\">Published on <time datetime=\"2023-10-08\">8 October 2023</time>"
      "</span></div>" + para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(yoast.authors, std::vector<std::string>{"Camille Roux"});
  // A government department typed as an organisation keeps its "and".
  Article dept = extract(
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\","
      "\"author\":{\"@type\":\"GovernmentOrganization\",\"name\":\"Department for Transport and Roads\"}}</script>"
      "</head><body><article><h1>Bridge to close</h1>" + para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(dept.authors, std::vector<std::string>{"Department for Transport and Roads"});
}

TEST(Templates, MetaRowsCountersAndCallsToActionAreNotTheStory) {
  Article a = extract(
      "<html><body><article><header><a class=\"cat\" href=\"/eng\">Engineering</a><h1>How we cut stalls</h1>"
      "<div class=\"post-header__meta\"><span class=\"post-header__authors\">By <a href=\"/a/p\">Priya Raman</a></span>"
      "<span>\xC2\xB7</span><time datetime=\"2024-03-19T16:00:00Z\">March 19, 2024</time><span>\xC2\xB7</span>"
      "<span>9 min read</span></div></header>"
      "<div class=\"claps\"><p><span>1.2K</span></p></div>"
      "<div class=\"entry-meta\">In conversation with <a href=\"/tag/x\">Ingrid Solberg</a> "
      "<time datetime=\"2024-04-17\">April 17, 2024</time></div>"
      "<div class=\"post-body\"><p><a href=\"#recipe\">Jump to Recipe</a></p>" + para(1) + para(2) + para(3) +
      "<div class=\"recipe-call-to-action\"><p>Tag us with your photos on Instagram and share the recipe!</p></div>"
      "</div></article></body></html>");
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
  for (const char* gone : {"9 min read", "1.2K", "In conversation", "Jump to", "Tag us"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

TEST(Templates, WireReleaseEndsBeforeItsContactsAndSourceLine) {
  Article a = extract(
      "<html><body><article><h1>Acme to build a recycling plant</h1><div class=\"release-body\">"
      "<p>MONTERREY, Mexico, March 5, 2024 /PRNewswire/ -- Acme announced today an investment in a new plant that "
      "will recycle bottles for the region's beverage makers.</p>" +
      para(1) + "<p><b>About Acme</b></p><p>Founded in 1962, Acme makes packaging for food and drink companies across "
      "Latin America, with eleven plants in four countries.</p>"
      "<p>Media contact:<br>Laura Vidal<br>Head of Communications<br>press@acme.example<br>+52 81 5555 0000</p>"
      "<p>Laura Vidal</p><p>SOURCE Acme</p></div></article></body></html>");
  EXPECT_TRUE(has(a.body, "eleven plants in four countries")) << a.body;  // the boilerplate is the release's
  for (const char* gone : {"Media contact", "press@acme", "Laura Vidal", "SOURCE Acme"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

TEST(Templates, PrintStyleSwitchesDoNotHideTheStandfirst) {
  Article a = extract(
      "<html><body><main><div class=\"row d-print-none\"><div class=\"col\"><h1>Money to restore chalk streams</h1>"
      "<p class=\"lead\">Funding will reconnect floodplains and remove weirs on 27 rivers over four years.</p></div></div>"
      "<div class=\"row\"><div class=\"body\">" + para(1) + para(2) + para(3) + "</div></div></main></body></html>");
  EXPECT_EQ(a.body.rfind("Funding will reconnect", 0), 0u) << a.body;
}

TEST(Templates, PromotionsAndPrintNotesInOtherForms) {
  Article a = extract("<html><body><article><h1>Harvest</h1>" + para(1) + para(2) +
                      "<p>\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5"
                      "\xD1\x81\xD1\x8C \xD0\xBD\xD0\xB0 \xD0\xBD\xD0\xB0\xD1\x88 \xD0\xBA\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB "
                      "\xD0\xB2 Telegram</p>"  // "Подписывайтесь на наш канал в Telegram"
                      "<p>Published in the print edition of the April 8, 2024, issue, with the headline \xE2\x80\x9C"
                      "The Tide\xE2\x80\x9D.</p></article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
  EXPECT_FALSE(has(a.body, "Telegram")) << a.body;
  EXPECT_FALSE(has(a.body, "print edition")) << a.body;
  // A sentence that ends with the site's name is the story's when another sentence leads.
  Article b = extract("<html><body><article><h1>Grants</h1>" + para(1) + para(2) +
                      "<p>Applications open on 1 June. Details will be published on news.example.com.</p>" + para(3) +
                      "</article></body></html>");
  EXPECT_TRUE(has(b.body, "Details will be published")) << b.body;
}

TEST(Templates, VideoBoxesBetweenParagraphsGo) {
  Article a = extract("<html><body><article><h1>Smog</h1>" + para(1) +
                      "<div class=\"vid-wrp\"><div class=\"vid-ttl\">Featured Video Of The Day</div>"
                      "<div class=\"vid-nm\">City chokes under toxic smog as index crosses 430</div></div>" + para(2) +
                      "<div data-v-type=\"MediaPlayer\"><div class=\"ts-mediaplayer__title\">Barracks in poor shape: "
                      "commissioner presents annual report</div></div>" + para(3) +
                      "<p>Video se p\xC5\x99ipravuje</p>" + para(4) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 4")) << a.body;
  for (const char* gone : {"Featured Video", "toxic smog", "Barracks", "p\xC5\x99ipravuje"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

TEST(Templates, BreadcrumbStepsAndPictureDescriptionsGo) {
  Article a = extract("<html><body><div class=\"crumbs\"><span class=\"index_node\">Zhejiang &gt;</span></div>"
                      "<div class=\"content\">" + para(1) + "<p><img src=\"/tea.jpg\" alt=\"\"></p>"
                      "<p class=\"image_desc\">March 12, Longjing village, growers picking new tea in the morning mist</p>" +
                      para(2) + para(3) + "<p>Next page: Security&gt;&gt;</p></div></body></html>");
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
  for (const char* gone : {"Zhejiang", "growers picking", "Next page"}) EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

// A fact check: the claim box above the headline (who said it, when, the quote) is not the
// story, and ClaimReview's datePublished is the check's date, not the claim's.
TEST(Templates, AFactChecksClaimBoxAndClaimReviewDate) {
  Article a = extract(R"(<html lang="en"><head><title>No, the IRS won't tax every Venmo payment</title>
<script type="application/ld+json">{"@type":"ClaimReview","datePublished":"2025-03-04",
"claimReviewed":"The IRS will take 24% of every Venmo payment.","reviewRating":{"alternateName":"False"}}</script>
</head><body><main><div class="m-statement"><a href="/personalities/facebook-posts/">Facebook posts</a>
<div class="m-statement__desc">stated on February 28, 2025 in a Facebook post:</div>
<div class="m-statement__quote">“The IRS will take 24% of every Venmo payment over $600. Even birthday money.”</div></div>
<section><h1>No, the IRS won't tax every Venmo payment</h1><div class="m-author">By <a href="/staff/jane-roe/">Jane Roe</a></div>
<article>)" + para(1) + para(2) + para(3) + para(4) + para(5) + "</article></section></main></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2025-03-04");
  EXPECT_TRUE(a.body.starts_with("Paragraph 1")) << a.body;
  EXPECT_FALSE(has(a.body, "birthday money")) << a.body;
  // A short brief whose <h1> comes late (its headline an <h2>) keeps its lines above it.
  Article brief = extract(R"(<html><body><main><h2>Bridge reopens</h2><div class="story">)" + para(1) + para(2) +
                          R"(</div><h1>Weather</h1><p>Sunny, 21 degrees.</p></main></body></html>)");
  EXPECT_TRUE(has(brief.body, "Paragraph 1")) << brief.body;
}

// The standfirst in a box of its own after the <h1> (component frameworks wrap each part of
// the header), or named "subhead" beside the story's box, opens the body.
TEST(Templates, AStandfirstInItsOwnBoxOrNamedSubhead) {
  Article a = extract(R"(<html><body><main><h1>Council approves plan</h1><div><h2>The mayor said the new rules
were overdue and long promised.</h2></div><div class="byline">By Jane Roe</div><div class="body">)" + para(1) + para(2) +
                      "</div></main></body></html>");
  EXPECT_EQ(a.body.rfind("The mayor said", 0), 0u) << a.body;
  Article b = extract(R"(<html><body><div class="article"><h1>Charging subsidies to end</h1><div id="subhead"
class="subhead">Subsidies move from building chargers to rewarding their use, officials said.</div><div class="text">)" +
                      para(1) + para(2) + "</div></div></body></html>");
  EXPECT_EQ(b.body.rfind("Subsidies move", 0), 0u) << b.body;
}

// The r37e pass: modern frameworks' custom elements and Drupal's taxonomy labels; an
// archive.today copy's own stamps.
TEST(Templates, ACustomElementNamedForFurnitureGoes) {
  Article a = extract("<html><body><news-article><h1>Library hours</h1><story-body>" + para(1) + para(2) +
                      R"(<newsletter-signup list="daily"><h3>Get the Daily Briefing newsletter</h3>
                      <p>The day's news, every morning at 7am.</p></newsletter-signup>)" + para(3) +
                      "</story-body></news-article></body></html>");
  EXPECT_FALSE(has(a.body, "Daily Briefing"));
  EXPECT_FALSE(has(a.body, "every morning"));
  EXPECT_TRUE(has(a.body, "Paragraph 3 tells"));
}

TEST(Templates, ADrupalTagsLabelInDutchGoes) {
  Article a = extract("<html lang=\"nl\"><body><article><h1>Dijk</h1><div class=\"field--name-body\">" + para(1) +
                      para(2) + R"(</div><div class="field field--name-field-tags"><div class="field__label">Onderwerpen</div>
                      <div class="field__items"><a href="/t/1">Dijk</a> <a href="/t/2">Tiel</a></div></div></article></body></html>)");
  EXPECT_FALSE(has(a.body, "Onderwerpen"));
}

TEST(Templates, AnArchiveTodayCopysOwnStampsAreNotTheStorys) {
  const std::string page = R"(<html><head><meta property="article:modified_time" itemprop="dateModified"
    content="2013-06-03T14:22:05Z"></head><body><div>archived 3 Jun 2013 14:22:05 UTC</div><h1>Chairlift</h1>
    <div>Published on Friday, May 31, 2013 | Last Updated: Saturday, June 1, 2013 10:02 AM</div>)" +
                           para(1) + para(2) + "</body></html>";
  Article a = extract(page, "https://archive.ph/Xq7Rm");
  EXPECT_EQ(a.modified.value_or(""), "2013-06-01T10:02:00");
  // Elsewhere the same meta is the page's own.
  Article b = extract(page, "https://www.example.com/news/chairlift");
  EXPECT_EQ(b.modified.value_or(""), "2013-06-03T14:22:05Z");
}

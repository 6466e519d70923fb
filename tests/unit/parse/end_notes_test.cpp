// What stands in or after a story and is not the story: the print edition's note, a
// reader-funding appeal, teaser cards of a related-posts grid, a video player's title.
#include <gtest/gtest.h>

#include "extract_page.hpp"

namespace newsarchive::parse_test {
namespace {

std::string page_with(const std::string& after_story) {
  return "<html><head><title>Bridge reopens</title></head><body><main><article><h1>Bridge reopens</h1>"
         "<div class='entry-content'>" + para(1) + para(2) + para(3) + after_story +
         "</div></article></main></body></html>";
}

TEST(EndNotes, ThePrintEditionsNoteIsNotTheStory) {
  for (const std::string note :
       {"A version of this article appears in print on April 9, 2024, Section A, Page 20 of the New York edition "
        "with the headline: Bridge Reopens.",
        "This article appeared in the Europe section of the print edition under the headline \"Plot twist\"",
        "A version of this article appears in the print on May 13, 2024, of The Kathmandu Post with the headline "
        "\u201cTeachers up in arms\u201d."}) {
    Article a = extract(page_with("<p>" + note + "</p>"));
    EXPECT_TRUE(has(a.body, "Paragraph 3"));
    EXPECT_FALSE(has(a.body, "print")) << note;
  }
}

TEST(EndNotes, AStorySentenceAboutPrintStays) {
  Article a = extract(page_with("<p>This article appeared in print in 1953, when the bridge first opened, and "
                                "the town kept a copy in its library ever since.</p>"));
  EXPECT_TRUE(has(a.body, "kept a copy in its library"));
}

TEST(EndNotes, AReaderFundingAppealIsNotTheStory) {
  Article a = extract(page_with("<p>The Sentinel is reader-supported. For $5 a month you can help keep independent "
                                "reporting alive in the valley.</p>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "reader-supported")) << a.body;
}

TEST(EndNotes, AHeadlineInAnH2LinkKeepsItsStandfirst) {
  // No <h1> on the page: the header box's linked <h2> is the headline, the element right
  // after it the standfirst; neither makes the box chrome or a teaser card.
  const std::string html =
      "<html><head><title>Karachi to get 120 more electric buses</title></head><body><main><article class='story'>"
      "<div class='template__header'><nav class='breadcrumb'><a href='/pakistan'>Pakistan</a></nav>"
      "<h2 class='story__title'><a href='/news/1'>Karachi to get 120 more electric buses</a></h2>"
      "<div class='story__excerpt'>Sindh transport dept says new routes will link three districts by June.</div>"
      "</div><div class='story__content'>" + para(1) + para(2) + para(3) + "</div></article></main></body></html>";
  Article a = extract(html);
  EXPECT_EQ(a.body.rfind("Sindh transport dept says", 0), 0u) << a.body;
}

TEST(EndNotes, SourceLinesGoToTheTrailerInEveryLanguage) {
  for (const std::string line : {"Quelle: dpa", "Mit Material von dpa", "Zdroj: TASR", "\xC5\xB9r\xC3\xB3\x64\xC5\x82o: PAP", "Bron: Belga",
                                 "(APA)", "(\xC2\xA9NTB)", "REUTERS", "/ritzau/", "(Hina)", "-With input from APP",
                                 "(With inputs from PTI)", "\xE2\x80\x94 with agencies", "Con informaci\xC3\xB3n de EFE",
                                 "Com informa\xC3\xA7\xC3\xB5" "es da Ag\xC3\xAAncia Brasil", "Avec AFP", "Le Monde avec AFP",
                                 "With AP", "Source : AFP"}) {
    Article a = extract(page_with("<p>" + line + "</p>"));
    EXPECT_TRUE(has(a.body, "Paragraph 3"));
    EXPECT_FALSE(has(a.body, line)) << line;
  }
  // A word standing alone in the story and a list's "Sources:" heading stay.
  Article b = extract(page_with("<p>\xE2\x80\x9CYes.\xE2\x80\x9D</p>" + para(4) + "<p>Sources:</p><ul><li>City council "
                                "minutes, March 2024</li><li>State transport budget</li></ul>"));
  EXPECT_TRUE(has(b.body, "Yes.")) << b.body;
  EXPECT_TRUE(has(b.body, "Sources:")) << b.body;
  // A subhead opening with "With" is no credit.
  Article d = extract(page_with("<h2>With Friends Like These</h2>" + para(4)));
  EXPECT_TRUE(has(d.body, "With Friends Like These")) << d.body;
  // A given name that is also an agency's stays in a story's own paragraph.
  Article c = extract(page_with("<p>Hina</p>" + para(4)));
  EXPECT_TRUE(has(c.body, "Hina")) << c.body;
}

TEST(EndNotes, PartnershipNotesAndAppPromotionsAreNotTheStory) {
  Article a = extract(page_with("<p><em>This article was produced in partnership with The Texas Tribune, a member of "
                                "the Local Reporting Network.</em></p><p>NTV uygulamas\xC4\xB1n\xC4\xB1 indirin, "
                                "geli\xC5\x9Fmelerden haberdar olun</p>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "partnership")) << a.body;
  EXPECT_FALSE(has(a.body, "indirin")) << a.body;
  // A sentence about an app stays.
  Article b = extract(page_with("<p>The city said its parking app was downloaded 20,000 times in the first week.</p>"));
  EXPECT_TRUE(has(b.body, "parking app was downloaded"));
}

TEST(EndNotes, ThePostsTaxonomyClassesDoNotMakeItFurniture) {
  // Ghost and WordPress print the story's tags on its wrapper: "post tag-local-government".
  const std::string html = "<html><head><title>Budget vote</title></head><body><main><article class='gh-article post "
                           "tag-local-government tag-libraries'><h1>Budget vote</h1><section class='gh-content'>" +
                           para(1) + para(2) + para(3) + "</section></article><section class='subscribe'><p>Independent"
                           ", reader-supported news for the county. Sign up now.</p></section></main></body></html>";
  Article a = extract(html);
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "Sign up now")) << a.body;
}

TEST(EndNotes, SignOffsContactLinesAndWidgetLabelsAreNotTheStory) {
  Article a = extract(page_with("<p>Are you a remote worker who moved back to a big city? Contact this reporter at "
                                "pr@news.example.</p><p>\xE2\x80\x93 Rappler.com</p>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "Contact this reporter")) << a.body;
  EXPECT_FALSE(has(a.body, "Rappler.com")) << a.body;
  // A short-link widget's label over the story is neither a byline nor its first line.
  const std::string html = "<html><head><title>Dead Sea</title></head><body><article><h1>Dead Sea</h1><div class='author"
                           "-name'><a href='/taxonomy/term/1'>AFP</a></div><div class='short-url'><span>Short Url</span>"
                           "<button>Copy</button></div>" + para(1) + para(2) + para(3) + "</article></body></html>";
  Article b = extract(html);
  EXPECT_EQ(b.authors, std::vector<std::string>{"AFP"});
  EXPECT_EQ(b.body.rfind("Paragraph 1", 0), 0u) << b.body;
}

TEST(EndNotes, ReaderPollsAndReactionCountsAreNotTheStory) {
  Article a = extract(page_with("<div class='poll'><p>Do you like the content of this article?</p><a href='#'>Like</a>"
                                "<a href='#'>Comment</a></div><ul class='reactions'><li>Recommend 0</li><li>Like 12</li>"
                                "<li>Sad 1</li></ul>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "content of this article")) << a.body;
  EXPECT_FALSE(has(a.body, "Like 12")) << a.body;
  // The same widget as one line, emoji and counts.
  Article r = extract(page_with("<p>How did this story make you feel? \U0001F60A Happy 12 \U0001F622 Sad 2 \U0001F62E "
                                "Surprised 4 \U0001F621 Angry 9</p>"));
  EXPECT_TRUE(has(r.body, "Paragraph 3"));
  EXPECT_FALSE(has(r.body, "make you feel")) << r.body;
  // A list of the story's numbers stays.
  Article b = extract(page_with("<ul><li>Turnout rose to 64 percent in the northern districts this year.</li><li>The "
                                "council kept its 7 seats after the recount on Sunday.</li></ul>"));
  EXPECT_TRUE(has(b.body, "kept its 7 seats"));
}

TEST(EndNotes, ConsentTextPlaceholdersSignupBoxesAndCreditsAreNotTheStory) {
  const std::string html =
      "<html><head><title>Strike</title></head><body><div class='Cm'><p>Wir verwenden Cookies. Mit \xE2\x80\x9EZustimmen "
      "und weiter\xE2\x80\x9C erkl\xC3\xA4ren Sie sich einverstanden.</p><button>Zustimmen</button></div><main "
      "id='main-content'><article><h1>Strike</h1>" + para(1) +
      "<div class='x1'><p>Empfohlener redaktioneller Inhalt</p><p>Mit Ihrer Zustimmung wird hier ein externes Video "
      "geladen.</p><button>Ich bin einverstanden</button></div>" + para(2) + para(3) +
      "<p>Mitarbeit: Tom Seidel</p><div class='Nl'><h3>Checkpoint</h3><p>Der Berlin-Newsletter. Jeden Morgen das "
      "Wichtigste.</p><form><input type='email' placeholder='E-Mail'><button>Anmelden</button></form></div>"
      "</article></main></body></html>";
  Article a = extract(html);
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  for (const char* gone : {"Cookies", "externes Video", "redaktioneller", "Mitarbeit", "Berlin-Newsletter"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

TEST(EndNotes, TheSubheadingRightAfterTheH1BesideTheStorysBoxIsItsStandfirst) {
  const std::string html =
      "<html><head><title>Budget</title></head><body><main><article><p class='kicker'>Legge di bilancio</p><h1>Budget "
      "approved by the cabinet</h1><h2 class='asubtitle'>Income tax reform with three brackets confirmed</h2><p class="
      "'meta'>3' di lettura</p><div class='atext'>" + para(1) + para(2) + para(3) + "</div></article></main></body></html>";
  Article a = extract(html);
  EXPECT_EQ(a.body.rfind("Income tax reform with three brackets confirmed", 0), 0u) << a.body;
}

TEST(EndNotes, AMembershipBoxsLineIsNotTheStory) {
  Article a = extract(page_with("<div class='plus-insert'><p>Slate is covering the stories that matter to you. Join "
                                "Slate Plus to support our work. Your first month is only $1.</p></div>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "first month")) << a.body;
}

TEST(EndNotes, ExcerptsInARelatedPostsGridAreNotTheStory) {
  std::string grid = "<h2>Related Stories</h2><div class='elementor-posts'>";
  for (int i = 0; i < 3; ++i)
    grid += "<article class='elementor-post'><h3><a href='/other-" + std::to_string(i) +
            "'>Council calls emergency meeting over the closure</a></h3><span>March 12, 2024</span>"
            "<div class='excerpt'><p>City leaders want a one-lane bypass for residents, number " +
            std::to_string(i) + ".</p></div><a href='/other'>Read More</a></article>";
  Article a = extract(page_with(grid + "</div>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "one-lane bypass")) << a.body;
}

TEST(EndNotes, ABoxInTheStoryWithAPlainHeadingStays) {
  Article a = extract(page_with("<div class='box'><h3>What happens next</h3><p>The council votes on the repairs on "
                                "Tuesday.</p></div>" + para(4)));
  EXPECT_TRUE(has(a.body, "council votes on the repairs"));
}

TEST(EndNotes, ACaptionInAPictureTableIsNotTheStory) {
  // Older CMSs lay a picture and its caption out in a table between the paragraphs.
  Article a = extract(page_with("<table class='nt_img'><tr><td><img src='/p.jpg' alt=''></td></tr><tr><td>A waste "
                                "processing facility in Jeju City (Jeju Province)</td></tr></table>" + para(4)));
  EXPECT_TRUE(has(a.body, "Paragraph 4"));
  EXPECT_FALSE(has(a.body, "waste processing")) << a.body;
}

TEST(EndNotes, ADataTableWithPicturesStays) {
  std::string table = "<table><tr><th>Team</th><th>Logo</th><th>Points</th></tr>";
  for (int i = 0; i < 3; ++i)
    table += "<tr><td>Team " + std::to_string(i) + "</td><td><img src='/t.png' width='120'></td><td>" +
             std::to_string(30 - i) + "</td></tr>";
  Article a = extract(page_with(table + "</table>" + para(4)));
  EXPECT_TRUE(has(a.body, "Team 2"));
}

TEST(EndNotes, AVideoPlayersTitleBetweenParagraphsIsNotTheStory) {
  Article a = extract(page_with("<div class='article__embed-video'><p class='video-title'>WATCH. This is what the new "
                                "tram looks like</p><button>Play</button><span>01:42</span></div>" + para(4)));
  EXPECT_TRUE(has(a.body, "Paragraph 4"));
  EXPECT_FALSE(has(a.body, "new tram")) << a.body;
}

TEST(EndNotes, AnAudioPlayersLinesAndAVideoEmbedLabelledForScreenReadersGo) {
  Article a = extract(page_with("<div class='ArticleAudio_root__k2Rq'><button>Listen to this article</button><span>"
                                "00:00 / 07:48</span><span>Produced by ElevenLabs using AI narration.</span></div>" +
                                para(4) +
                                "<div class='gnt_em' aria-label='Video'><button>Play</button><div>Watch: Tornado "
                                "crosses highway</div><div>Storm chasers captured a tornado on Monday.</div></div>" +
                                para(5)));
  EXPECT_TRUE(has(a.body, "Paragraph 5"));
  EXPECT_FALSE(has(a.body, "ElevenLabs")) << a.body;
  EXPECT_FALSE(has(a.body, "Storm chasers")) << a.body;
}

TEST(EndNotes, TheWritersContactLineIsNotTheStory) {
  Article a = extract(page_with("<p><i>Andrew Kessler can be reached at andrew.kessler@globe.example. Follow him "
                                "@akessler.</i></p>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "reached at")) << a.body;
}

TEST(EndNotes, AParagraphAboutAVideoStays) {
  // Named for video, but no player controls: the story's own box.
  Article a = extract(page_with("<div class='video-story'><p>The video, filmed by a passenger, shows the tram "
                                "stopping short of the bridge.</p></div>" + para(4)));
  EXPECT_TRUE(has(a.body, "filmed by a passenger"));
}

TEST(EndNotes, ABroadcastsAiredNoteAndAPrintPagesJumpLinesGo) {
  Article a = extract("<html><body><article><h1>Library</h1><p>Continued from Page 1</p>" + para(1) + para(2) +
                              "<p>Continued on Page 3</p><p>This program aired on November 17, 2026.</p>"
                              "</article></body></html>");
  EXPECT_FALSE(has(a.body, "Continued from Page 1")) << a.body;
  EXPECT_FALSE(has(a.body, "Continued on Page 3")) << a.body;
  EXPECT_FALSE(has(a.body, "This program aired")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 2 tells")) << a.body;
}

}  // namespace
// The writer's contacts in a row and a subscription appeal under the story are not it.
TEST(EndNotes, AContactRowAndASubscriptionAppealAreNotTheStory) {
  Article a = extract(page_with("<p>\xE2\x80\x94 Jane Roe; jroe@news.example; 503-294-5120; @janeroe</p>"
                                "<p><strong>Our journalism needs your support. Subscribe today to "
                                "<a href='/subscribe'>News.example</a>.</strong></p>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "jroe@")) << a.body;
  EXPECT_FALSE(has(a.body, "needs your support")) << a.body;
}

// A video's description beside the empty box a script fills with the player is a caption.
TEST(EndNotes, AVideoBoxsDescriptionIsACaption) {
  Article a = extract(page_with("<div class='mc-column content-video'><div class='video-player' data-video-id='1'>"
                                "</div><p class='content-video__description'>Video shows the flooded road</p></div>" +
                                para(4)));
  EXPECT_TRUE(has(a.body, "Paragraph 4"));
  EXPECT_FALSE(has(a.body, "Video shows")) << a.body;
}

// The r28e pass: a funding appeal boxed inside the story (its heading, pitch and button),
// a live blog's "Pinned post" label, a reporter's address and beat, an opinion desk's call
// for pitches, a guest book widget, and a release's "About" heading over its dropped profile.
TEST(EndNotes, AppealBoxesLabelsDeskLinesAndProfileHeadings) {
  Article a = extract(page_with("<div class='partner-box'><p class='title'>A question to our readers</p><p>This "
                                "newspaper is paid for by 80,000 members. Without them this journalism would not "
                                "exist.</p><a class='btn' href='/join'>Become a member</a></div>" + para(4) +
                                "<div class='rack'><h4>Pay what you can</h4><p>Independent journalism matters more "
                                "than ever.</p><a href='/pay'>Jetzt unterstützen</a></div>" + para(5)));
  EXPECT_TRUE(has(a.body, "Paragraph 5"));
  EXPECT_FALSE(has(a.body, "80,000 members")) << a.body;
  EXPECT_FALSE(has(a.body, "A question to our readers")) << a.body;
  EXPECT_FALSE(has(a.body, "more than ever")) << a.body;
  Article b = extract(page_with("<p><span>Pinned post</span></p>" + para(4) +
                                "<p>Daniel Okafor: dokafor@news.example; Daniel Okafor covers South Seattle.</p>"
                                "<p><em>We believe all views matter. Contact us at view@news.example to send pitches "
                                "or submissions.</em></p><div class='legacy-guestbook'><h3>Sign the guest book</h3>"
                                "<p>Share your condolences on the memorial page.</p></div>"));
  EXPECT_TRUE(has(b.body, "Paragraph 4"));
  for (const char* gone : {"Pinned post", "dokafor@", "send pitches", "guest book", "condolences"})
    EXPECT_FALSE(has(b.body, gone)) << gone << "\n" << b.body;
  // A sentence about a donation stays.
  Article c = extract(page_with("<p>The grant will support newsrooms in rural Ohio, the foundation said.</p>"));
  EXPECT_TRUE(has(c.body, "rural Ohio")) << c.body;
}

// Editors' initials under the story, with no agency: "(kap)", "kno/mhr", Bengali "এসআই/এমআর".
TEST(EndNotes, EditorsInitialsSigningOffAreNotTheStory) {
  for (const std::string sign : {"(kap)", "(red.)", "এসআই/এমআর", "kno/ mhr/"}) {
    Article a = extract(page_with("<p>" + sign + "</p>"));
    EXPECT_TRUE(has(a.body, "Paragraph 3"));
    EXPECT_FALSE(has(a.body, sign)) << sign;
  }
  // Capitals are as often a pair of codes: "N/A", "EUR/USD", "ЕС/НАТО".
  for (const std::string codes : {"N/A", "EUR/USD", "\u0415\u0421/\u041d\u0410\u0422\u041e"}) {
    Article na = extract(page_with("<p>" + codes + "</p>"));
    EXPECT_TRUE(has(na.body, codes)) << na.body;
  }
}

// A story's monthly sums are the story; an offer's monthly price is not.
TEST(EndNotes, AMonthlySumInTheStoryStays) {
  for (const std::string line : {"\u201cWe pay \u20ac2,400 a month already,\u201d said Zo\u00eb M\u00fcller, who runs a cafe.",
                                 "Nurses earning $2,100 per month say they cannot afford to live near the hospital."}) {
    Article a = extract(page_with("<p>" + line + "</p>" + para(4)));
    EXPECT_TRUE(has(a.body, line.substr(0, 20))) << line;
  }
  Article b = extract(page_with("<p>Subscribe today: your first month for $1, then $9.99 a month.</p>"));
  EXPECT_FALSE(has(b.body, "first month")) << b.body;
}

// Standing lines of a site's template around a story: a donation box named in Spanish, the
// pointer to the player above, an affiliate disclosure, who an opinion's writer is, an
// opinion desk's call for comments with its address.
TEST(EndNotes, TemplateLinesAroundTheStoryAreNotTheStory) {
  const std::vector<std::pair<std::string, std::string>> lines{
      {"<section class=\"donar\"><h3>Animal Pol\u00edtico se sostiene gracias a sus lectores</h3><p>Tu aportaci\u00f3n "
       "nos permite seguir verificando sin depender de intereses.</p><a href=\"/donaciones\">Dona aqu\u00ed</a></section>",
       "aportaci"},
      {"<p><strong>Video above: State auditor flags no-bid HVAC contracts</strong></p>", "Video above"},
      {"<p class=\"article-note\">Hearst Television participates in various affiliate marketing programs, which means "
       "we may get paid commissions on editorially chosen products.</p>",
       "affiliate"},
      {"<p>L\u2019autrice est professeure titulaire au D\u00e9partement de g\u00e9ographie de l\u2019Universit\u00e9 Laval.</p>",
       "professeure"},
      {"<p><em>Des commentaires ou des suggestions pour Id\u00e9es ? \u00c9crivez \u00e0 Sylvain Garneau : "
       "<a href=\"mailto:sg@example.com\">sg@example.com</a>.</em></p>",
       "suggestions"}};
  for (const auto& [html, word] : lines) {
    Article a = extract(page_with(html));
    EXPECT_TRUE(has(a.body, "Paragraph 3"));
    EXPECT_FALSE(has(a.body, word)) << html;
  }
  // A story's sentence about an author stays.
  Article b = extract(page_with("<p>The author is facing a lawsuit over the memoir, her publisher said on Monday, "
                                "and the book has been pulled from shops in three states pending the hearing.</p>"));
  EXPECT_TRUE(has(b.body, "lawsuit")) << b.body;
}

// The r30e pass: lines of templates across the web, each beside a story line like it that stays.
TEST(EndNotes, MoreTemplateLinesAndTheStoryLinesLikeThem) {
  const std::vector<std::pair<std::string, std::string>> gone{
      {"<p>Comenta 14</p>", "Comenta"},
      {"<p>Author of the article:</p><p>\u2022 \u2022 4 minute read</p>", "minute read"},
      {"<p>For more stories like this, check our news page.</p>", "more stories"},
      {"<p>Stay updated with the latest - Click here to follow us on Instagram</p>", "Instagram"},
      {"<p>Get in touch with our news team by emailing us at webnews@example.co.uk.</p>", "webnews"},
      {"<p>Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini "
       "tanpa izin tertulis.</p>", "crawling"},
      {"<p>Sursa: Agerpres</p>", "Sursa"},
      {"<p><strong>Editor:</strong> Ioana Marin</p>", "Ioana"},
      {"<p>Urm\u0103re\u0219te \u0219tirile Digi24.ro \u0219i pe Google News</p>", "Google News"},
      {"<p>\u7f16\u8f91 \u5218\u68a6\u5a55 \u6821\u5bf9 \u8d75\u7433</p>", "\u6821\u5bf9"},
      {"<div class=\"fbComments\"><h3>Comments</h3><p>Great story, thanks for the coverage of the bridge.</p></div>",
       "Great story"},
      {"<aside class=\"article-pullquote\"><p>The bridge is the town's heart</p></aside>", "town's heart"},
      {"<p>Reageren? Stuur dan een brief naar de redactie of mail naar brieven@example.nl</p>", "Reageren"}};
  for (const auto& [html, word] : gone) {
    Article a = extract(page_with(html));
    EXPECT_TRUE(has(a.body, "Paragraph 3"));
    EXPECT_FALSE(has(a.body, word)) << html;
  }
  const std::vector<std::string> stays{
      "Police learned that the suspect was affiliated with a gang that had operated in the area for years.",
      "The publishers accused the startup of scraping their websites without permission to train its AI models.",
      "The author is a former police officer who spent 20 years on the force.",
      "Nurses in the country earn $2,100 per month, the union said.",
      "Who sent the message, and why at 2am? It came from clerk@springfield.gov, records show.",
      "Editor Jane Doe said the paper would appeal the ruling to the supreme court next week, as its lawyers advised."};
  for (const std::string& line : stays) {
    Article a = extract(page_with("<p>" + line + "</p>"));
    EXPECT_TRUE(has(a.body, line.substr(0, 30))) << line;
  }
}

// The r31e pass: a newsletter's "Forwarded this email?", a report's "Suggested citation", a
// recipe card's nutrition row, a research funder's note, a press office's label.
TEST(EndNotes, NewsletterCitationNutritionAndFunderLines) {
  for (const std::string line :
       {"Forwarded this email? Subscribe here for more plain-English explanations.", "Suggested citation",
        "Calories: 342kcal | Glucides: 48g | Lipides: 16g",
        "The research was funded by the National Science Foundation (award OPP-2213344)."}) {
    Article a = extract(page_with("<p>" + line + "</p>"));
    EXPECT_TRUE(has(a.body, "Paragraph 3"));
    EXPECT_FALSE(has(a.body, line.substr(0, 20))) << line;
  }
  Article b = extract(page_with("<p>The research was funded by the council. It found that rents rose by a third.</p>"));
  EXPECT_TRUE(has(b.body, "rents rose")) << b.body;
}

// A label a template prints before each part of the story ("Article content") goes wherever it
// stands; a line a story repeats (a quote, a refrain) stays.
TEST(EndNotes, ALabelRepeatedBetweenPartsOfTheStoryGoes) {
  Article a = extract(page_with("<p>Article content</p>" + para(4) + "<p>Article content</p>" + para(5)));
  EXPECT_FALSE(has(a.body, "Article content")) << a.body;
  Article b = extract(page_with("<p>\"I would prefer not to.\"</p>" + para(4) + "<p>\"I would prefer not to.\"</p>"));
  EXPECT_TRUE(has(b.body, "prefer not to")) << b.body;
}

TEST(EndNotes, AnOldSitesArticleToolsAreNotTheStory) {
  // ASP.NET-era tools under the story, their links script postbacks.
  Article a = extract(page_with("<p><a href=\"javascript:__doPostBack('print','')\">Print this article</a> | <a "
                                "href=\"javascript:__doPostBack('mail','')\">Email to a friend</a></p>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  EXPECT_FALSE(has(a.body, "Email to a friend")) << a.body;
}

}  // namespace newsarchive::parse_test

// Body end matter and promotions: appeal boxes, the site's promotion lines
// (newsletters, channels, podcasts, tips), comment threads and furniture named in
// attributes; and the story lines that look like them but stay.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"

using namespace newsarchive;
using parse_test::has;
using parse_test::extract_sniffed;
using parse_test::para;

TEST(Body, DropsTrailersPaywallSalesAndContactLines) {
  Article a = extract_sniffed("<html><body><article>" + para(1) + para(2) +
                      "<p>Contact Jane Doe at jdoe@example.com.</p>"
                      "<p>Republish this story for free under a Creative Commons license.</p>"
                      "<p>Thanks for reading Muni Matters! Subscribe for free to receive new posts.</p>"
                      "<div class=\"gate\"><h2>Subscribe to keep reading</h2>"
                      "<ul><li>Unlimited digital access</li><li>The daily e-edition</li><li>Subscriber-only newsletters</li></ul>"
                      "<p>Already a subscriber? <a href=\"/login\">Log in</a></p></div></article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 2"));
  for (const char* gone : {"Contact Jane", "Republish", "Thanks for reading", "e-edition", "digital access", "Already a"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  // A list of story points stays, and a sentence that names an address is story text.
  Article b = extract_sniffed("<html><body><article>" + para(1) +
                      "<ul><li>Bring a photo ID.</li><li>Keep the receipt.</li></ul>"
                      "<p>Residents can write to the council, whose clerk reads every letter sent to clerk@example.gov before the vote.</p>" +
                      para(2) + "</article></body></html>");
  EXPECT_TRUE(has(b.body, "Bring a photo ID.")) << b.body;
  EXPECT_TRUE(has(b.body, "clerk@example.gov")) << b.body;
}

TEST(Body, ReadersCommentsAndReadAlsoLinesInOtherLanguagesGo) {
  Article a = extract_sniffed("<html><body><article>" + para(1) + "<p><strong>LEIA TAMB\xC3\x89M:</strong> <a href=\"/x\">Outra not\xC3\xAD" "cia</a></p>" +
                      "<p>Leggi anche: <a href=\"/y\">Un altro articolo</a></p>" + para(2) +
                      "<div class=\"approfondisci\"><b>Per approfondire</b><a>Pensioni, cosa cambia dal 2025</a></div>" + para(3) +
                      "<div class=\"yorumlar\"><h3>Yorumlar (5)</h3><div class=\"yorum\"><b>Ay\xC5\x9F" "e K.</b>"
                      "<p>\xC3\x87ok g\xC3\xBCzel bir haber, umar\xC4\xB1m m\xC3\xBCzeye ta\xC5\x9F\xC4\xB1n\xC4\xB1r ve herkes g\xC3\xB6r\xC3\xBCr.</p></div></div>"
                      "<p>The BBC is not responsible for the content of external sites.</p></article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 3"));
  for (const char* gone : {"LEIA", "Leggi", "approfondire", "Pensioni", "Yorumlar", "umar", "not responsible"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

TEST(Body, ReachStyleStoryTipAndBookmarkLinesGo) {
  Article a = extract_sniffed("<html><body><article>" + para(1) + para(2) +
                      "<p>Do you have a story to tell? Email: tips@example.com</p>"
                      "<p>You can find this story in My Bookmarks. Or by navigating to the user icon.</p></article></body></html>");
  EXPECT_FALSE(has(a.body, "story to tell")) << a.body;
  EXPECT_FALSE(has(a.body, "My Bookmarks")) << a.body;
}

// What looks like those lines but is story: a writer's question with no address, a story
// about the podcast business, an e-mail address in a long sentence.
TEST(Body, StoryLinesLikeTipCallsAndPodcastPromotionsStay) {
  for (const char* line : {"Did the council know? Officials would not say when the report first reached them.",
                           "Spotify, Apple Podcasts and Amazon Music now pay podcast hosts by the minute, a change "
                           "that smaller shows say favours the biggest names.",
                           "Investigators traced the messages to an account, ops@harbour-logistics.com, that the "
                           "company says it closed in 2021, long before the shipments in question began to arrive."}) {
    Article a = extract_sniffed("<html><body><article>" + para(1) + para(2) + "<p>" + line + "</p></article></body></html>");
    EXPECT_TRUE(has(a.body, std::string(line).substr(0, 20))) << line << "\n" << a.body;
  }
}

// A reader-revenue appeal after the story goes: named for a membership or community, asking
// to join or support in a link or button. Its paragraphs are prose, so only the name and
// the ask tell it from the story.
TEST(Body, AReaderRevenueAppealGoes) {
  Article a = extract_sniffed("<html><body><article><h1>Harbour deal signed</h1>" + para(1) + para(2) + para(3) +
                      "<div class=\"toi-community-box\"><h3>Is The Daily Courier important to you?</h3>"
                      "<p>If so, we have a request. Every day our journalists aim to keep you up to date on the "
                      "developments that matter to you, and unlike many other news outlets, we have not put up a "
                      "paywall.</p><p>For as little as $6 a month you can help support our quality journalism while "
                      "enjoying the site ad-free.</p><a class=\"button\" href=\"/community/\">Join Our Community</a>"
                      "</div></article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  EXPECT_FALSE(has(a.body, "important to you")) << a.body;
  EXPECT_FALSE(has(a.body, "we have a request")) << a.body;
  // A story about a community group, in a box of that name with a link to join it, stays
  // when it is the story (it holds the headline).
  Article b = extract_sniffed("<html><body><div class=\"community-news\"><h1>Allotment society turns 100</h1>" + para(1) +
                      para(2) + "<p>Anyone can <a href=\"/join\">join the society</a> for a small fee.</p></div>"
                      "</body></html>");
  EXPECT_TRUE(has(b.body, "Paragraph 2")) << b.body;
  EXPECT_TRUE(has(b.body, "join the society")) << b.body;
}

// Template parts named in ways the class lists did not cover: a support box named only
// "support", a newsletter unit named for marketing, a caption named in camelCase, the
// site's name alone on a video card. A header's state class ("hasCaption") is no caption.
TEST(Body, SupportBoxesMarketingUnitsCamelCaseCaptionsAndTheSiteNameAloneGo) {
  Article a = extract_sniffed("<html><head><meta property=\"og:site_name\" content=\"Courier\"></head><body><article>"
                      "<div class=\"articleHeader hasCaption\"><h1>Roads crumble as repair money runs short</h1>"
                      "<h2 class=\"subtitle\">Councils say they patch rather than fix the roads.</h2></div>" +
                      para(1) +
                      "<div class=\"InlineImage-imageEmbedCaption\">A road crew in Leeds on Monday.</div>" + para(2) +
                      "<div class=\"sc-support-box\"><h3>Support free-thinking journalism</h3><p>Your support "
                      "allows us to keep our journalism free for all, whether you read us daily or now and then.</p>"
                      "<a href=\"/donations\">Support now</a></div>" +
                      "<div data-testid=\"ConsumerMarketingUnit\"><p>Sign up for the Roads newsletter</p>"
                      "<p>Our transport team explains the week’s biggest changes.</p></div>"
                      "<div class=\"video-resource\"><div class=\"video-resource__source\">Courier</div></div>" +
                      para(3) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "patch rather than fix")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  for (const char* gone : {"road crew", "free-thinking", "keep our journalism", "week’s biggest", "\n\nCourier"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

// Comment threads of hosted systems and other languages, newsletter boxes named in data-type,
// video modules, Mailchimp-for-WordPress forms, and a "(RELATED: ...)" teaser at a
// paragraph's end (the paragraph stays; the teaser's link goes with it).
TEST(Body, HostedCommentsVideoModulesSignupFormsAndRelatedTeasersGo) {
  Article a = extract_sniffed("<html><body><article>" + para(1) +
                      "<p>Senators asked the department for a timeline on four pending export permits this week. "
                      "(RELATED: <a href=\"https://news.example.com/2025/01/22/other\">Permit Pause Lifted On First "
                      "Day</a>)</p>" + para(2) +
                      "<div class=\"video-module\"><div class=\"video-title\">A day in a rural clinic</div>"
                      "<span class=\"video-source\">Vídeo: Courier</span></div>" +
                      "<div class=\"Nl\" data-type=\"newsletter\"><p>Checkpoint – the morning briefing for Berlin</p>"
                      "</div>" +
                      "<div class=\"mc4wp-form-wrap\"><p>Every morning, the day's most important stories.</p></div>" +
                      para(3) +
                      "<div class=\"openweb-conversation\"><div class=\"spcv_messages\"><p>My premium doubled in "
                      "two years and I live far from the ocean.</p></div></div>"
                      "<div id=\"diskuse\" class=\"art-diskuse-box\"><p>Každý rok totéž. Kamiony by měly mít "
                      "zákaz vjezdu při sněžení.</p></div></article></body></html>");
  EXPECT_TRUE(has(a.body, "a timeline on four pending export permits this week.\n")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  for (const char* gone : {"RELATED", "Permit Pause", "rural clinic", "Vídeo", "Checkpoint", "Every morning",
                           "premium doubled", "Kamiony"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  for (const auto& l : a.links) EXPECT_EQ(l.url.find("/other"), std::string::npos) << l.url;
}

TEST(Body, AForumOfPostingsUnderTheStoryGoes) {
  Article a = extract_sniffed("<html><body><article><div class=\"story\">" + para(1) + para(2) +
                      "</div><section class=\"article-forum\" id=\"forum-start\"><h2>Forum</h2><p>Diskutieren Sie hier mit! "
                      "412 Postings</p><div class=\"posting\"><span>Simmeringer</span><p>Drei Stationen nach zehn Jahren "
                      "Bauzeit, und dann noch diese Kosten, das ist wirklich eine Leistung der Stadt.</p></div></section>"
                      "</article></body></html>");
  EXPECT_FALSE(has(a.body, "Diskutieren")) << a.body;
  EXPECT_FALSE(has(a.body, "Drei Stationen")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
}

TEST(Body, ReadingTimesPlayerClocksAndBareCountsGo) {
  Article a = extract_sniffed("<html><body><article><div class=\"metainfo\"><span>4 min read</span></div><p>342</p>" + para(1) +
                      "<div class=\"player\"><span>00:00/04:12</span></div>" + para(2) +
                      "<p>5 Min. Lesezeit</p><ul><li>1947</li></ul>" + para(3) + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "4 min read")) << a.body;
  EXPECT_FALSE(has(a.body, "342")) << a.body;
  EXPECT_FALSE(has(a.body, "04:12")) << a.body;
  EXPECT_FALSE(has(a.body, "Lesezeit")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
}

TEST(Body, ArticleToolLabelsAgeNoticesAndGalleryCountersGo) {
  Article a = extract_sniffed(
      "<html><body><article><h1>Budget passes</h1><div class=\"meta-row\">This article is more than "
      "<strong>2 years old</strong></div><p>Supported by</p><div><span>Gift this article</span></div>"
      "<p>Share full article</p>" + para(1) + "<p>Toggle caption</p><p>Image 1 of 5</p>" + para(2) +
      "<div>Audio: Listen to this story</div><p>Add us as a preferred source on Google</p>" + para(3) +
      "</article></body></html>");
  for (const char* gone : {"2 years old", "Supported by", "Gift this", "Share full", "Toggle", "Image 1 of 5",
                           "Listen to this story", "preferred source"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 1") && has(a.body, "Paragraph 3")) << a.body;
  // A sentence about an old article stays.
  Article s = extract_sniffed("<html><body><article>" + para(1) +
                              "<p>This article is more than a summary of the vote: it shows how the council "
                              "reached it, and who argued against the plan for two years.</p>" + para(2) +
                              "</article></body></html>");
  EXPECT_TRUE(has(s.body, "more than a summary")) << s.body;
}

TEST(Body, FollowPromptsNewsletterPitchesAndAccountNoticesInOtherLanguagesGo) {
  Article a = extract_sniffed(
      "<html><body><article>" + para(1) + para(2) +
      "<p><i>Sigue toda la información de </i><a href=\"/economia/\"><i>Economía</i></a><i> en </i>"
      "<a href=\"https://www.facebook.com/x\"><i>Facebook</i></a><i> y </i><a href=\"https://twitter.com/x\"><i>X</i></a>"
      "<i>, o en nuestra </i><a href=\"/newsletters/\"><i>newsletter semanal</i></a></p>" + para(3) +
      "<p>Recibe cada tarde el boletín Diario de noticias con las claves del día.</p>"
      "<p>Tu suscripción se está usando en otro dispositivo</p></article></body></html>");
  for (const char* gone : {"Sigue toda", "Recibe cada tarde", "otro dispositivo"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  // The story's own sentences about following and subscriptions stay.
  Article s = extract_sniffed(
      "<html><body><article>" + para(1) +
      "<p>Follow the money, investigators said, and the trail leads from a Facebook page to a bank in Cyprus.</p>"
      "<p>Your subscription fees will rise next year, the company told users of its streaming service.</p>" + para(2) +
      "</article></body></html>");
  EXPECT_TRUE(has(s.body, "Follow the money")) << s.body;
  EXPECT_TRUE(has(s.body, "subscription fees")) << s.body;
}

TEST(Body, TheWritersBiosUnderTheStoryGo) {
  // A box under an "About the author" heading, and a line that opens with a writer's name
  // and what they do.
  Article a = extract_sniffed(
      "<html><body><article><h1>Budget passes</h1><p class=\"byline\">By Maya Okafor</p><div class=\"c1\">" +
      para(1) + para(2) + para(3) +
      "<p>Maya Okafor covers the Bronx for the Metro desk, including its schools.</p></div>"
      "<div class=\"c2\"><h3>Sobre la firma</h3><div><a href=\"/autor/ana-ruiz/\">Ana Ruiz</a><p>Redactora de "
      "Economía especializada en agricultura y medio rural desde 2015.</p></div></div></article></body></html>");
  EXPECT_FALSE(has(a.body, "covers the Bronx")) << a.body;
  EXPECT_FALSE(has(a.body, "Sobre la firma")) << a.body;
  EXPECT_FALSE(has(a.body, "Redactora")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  // A story sentence that names the writer stays when no job follows the name.
  Article s = extract_sniffed("<html><body><article><p class=\"byline\">By Maya Okafor</p>" + para(1) +
                              "<p>Maya Okafor and two colleagues spent a month at the bakery before it closed.</p>" +
                              para(2) + "</article></body></html>");
  EXPECT_TRUE(has(s.body, "two colleagues")) << s.body;
}

TEST(Body, FurnitureNamedInCssModulesOrAsTheStorysToolsGoes) {
  Article a = extract_sniffed(
      "<html><body><article><h1>Budget passes</h1><div class=\"article-tools\"><div>Log in, register or subscribe "
      "to save articles for later.</div><div>Normal text size</div></div>" + para(1) + para(2) +
      "<div class=\"ArticleNewsletter_root__nK0kS\"><p>Get our guide to the day's biggest news and ideas, "
      "delivered every weekday.</p></div>" + para(3) + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "save articles")) << a.body;
  EXPECT_FALSE(has(a.body, "text size")) << a.body;
  EXPECT_FALSE(has(a.body, "biggest news")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  // A lower-case camelCase class stays whole; a story wrapper named "storyMeta" or a
  // header "story-meta" that holds the standfirst keeps it.
  Article s = extract_sniffed("<html><body><article><header class=\"story-meta\"><h1>Budget passes</h1>"
                              "<p class=\"dek\">The council's plan keeps discounts flowing to 23 million households "
                              "through the end of the fiscal year.</p></header><div class=\"postMeta\">" + para(1) +
                              para(2) + "</div></article></body></html>");
  EXPECT_TRUE(has(s.body, "discounts flowing")) << s.body;
  EXPECT_TRUE(has(s.body, "Paragraph 2")) << s.body;
}

TEST(Body, AnAdSlotsLabelInAnyLanguageAndALoneBylineWordGo) {
  Article a = extract_sniffed(
      "<html><body><article><h1>Budget passes</h1><div class=\"creator\"><span>Von</span><ul><li><a href=\"/autor/x\">"
      "Jana Pfeiffer</a></li></ul></div>" + para(1) +
      "<div class=\"haberin-devami\"><span>Haberin Devamı</span><div class=\"ad-area\"><span>Reklam</span>"
      "<div id=\"div-gpt-ad-1\"></div></div></div>" + para(2) + para(3) + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "Haberin")) << a.body;
  EXPECT_EQ(a.body.find("Von"), std::string::npos) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 2") && has(a.body, "Paragraph 3")) << a.body;
  // A subhead beside an ad slot ends no differently, but a sentence does: it stays.
  Article s = extract_sniffed("<html><body><article>" + para(1) +
                              "<div class=\"x\"><p>The vote is set for Friday.</p><div class=\"ad\"></div></div>" +
                              para(2) + "</article></body></html>");
  EXPECT_TRUE(has(s.body, "set for Friday")) << s.body;
}

TEST(Body, AffiliateNoticesPodcastPitchesAndReaderToolsGo) {
  Article a = extract_sniffed(
      "<html><body><article><h1>Budget passes</h1><div class=\"x\"><span>Diminuir fonte</span><span>Aumentar fonte"
      "</span></div><p>Assinantes podem liberar 7 acessos por dia para conteúdos da Folha.</p>" + para(1) +
      "<p><a href=\"#comments\">Ir a los comentarios</a></p>" + para(2) + para(3) +
      "<p>Listen to our <a href=\"/podcasts/x\">In The News podcast</a> for a daily conversation about the "
      "stories that matter</p><p>When you buy a book using a link on this page, we receive a commission. Thank "
      "you for supporting us.</p></article></body></html>");
  for (const char* gone : {"fonte", "Assinantes", "comentarios", "In The News"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  // An affiliate disclosure is the page's own record, like a credit line (fundus keeps it).
  EXPECT_TRUE(has(a.body, "we receive a commission")) << a.body;
}

TEST(Body, AStoryInsideARecommendationVendorsReadMoreFoldStays) {
  Article a = extract_sniffed("<html><body><article><h1>Budget passes</h1><div class=\"storyDetails taboola-readmore\">" +
                              para(1) + para(2) + para(3) + para(4) + para(5) + para(6) +
                              "<p>Get Current Updates on India News, Weather Today, Latest News at Example Times.</p>"
                              "</div><div class=\"taboola-below\"><p>Sponsored: You won't believe these cars</p></div>"
                              "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 1") && has(a.body, "Paragraph 6")) << a.body;
  EXPECT_FALSE(has(a.body, "Get Current Updates")) << a.body;
  EXPECT_FALSE(has(a.body, "believe these cars")) << a.body;
}

TEST(Body, NewsletterNotesAdblockNoticesAndCommentCallsGoInTheirLanguages) {
  Article a = extract_sniffed(
      "<html><body><article>" + para(1) +
      "<p><em>This story was first featured in the </em><a href=\"/nl\"><em>Future Perfect newsletter</em></a><em>. "
      "Sign up here to explore the big problems the world faces. Sent twice a week.</em></p>" + para(2) +
      "<p>Se vuoi restare aggiornato sulle notizie di Milano iscriviti gratis alla newsletter. Arriva tutti i giorni "
      "nella tua casella di posta alle 7 del mattino.</p>"
      "<p>NZZ.ch ben\xC3\xB6tigt JavaScript f\xC3\xBCr wichtige Funktionen. Ihr Browser oder Adblocker verhindert dies "
      "momentan.</p>" + para(3) + "<p>Praat mee over dit artikel. Je kunt reageren tot 20:00 uur.</p>"
      "<p><strong>Simak juga Video 'Pemprov DKI Kaji Jalan Berbayar':</strong></p>"
      "<section class=\"support-box\"><h3>Apoie o jornalismo de qualidade</h3><p>O jornalismo do P\xC3\xBA" "BLICO \xC3\xA9 "
      "feito por jornalistas independentes.</p><a href=\"/assinaturas\">Assinar</a></section></article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  for (const char* gone : {"first featured", "casella di posta", "Adblocker", "Praat mee", "Simak juga", "Apoie"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  // The story's own sentences on the same themes stay.
  Article b = extract_sniffed(
      "<html><body><article>" + para(1) +
      "<p>Navigation roadblocks force shoppers past goods they do not need, the study found.</p>"
      "<p>Blanket.js is a JavaScript code coverage library that works both in-browser and with Node.</p>"
      "<p>Special offer for readers: unlimited access and subscriber-only newsletters for $5.</p>" + para(2) +
      "</article></body></html>");
  for (const char* kept : {"roadblocks", "Blanket.js", "Special offer"}) EXPECT_TRUE(has(b.body, kept)) << kept << "\n" << b.body;
}

TEST(Body, ANoticesOwnBoxTakesItsTitleAlong) {
  Article a = extract_sniffed(
      "<html><body><article>" + para(1) + "<div class=\"resor\"><p>Optimieren Sie Ihre Browsereinstellungen</p><p>Die "
      "Seite ben\xC3\xB6tigt JavaScript. Ihr Browser oder Adblocker verhindert dies momentan.</p><p>Bitte passen Sie die "
      "Einstellungen an.</p></div>" + para(2) + "<div class=\"box\"><p>Short story line.</p>" + para(3) +
      "</div></article></body></html>");
  for (const char* gone : {"Optimieren", "Adblocker", "Bitte passen"}) EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  EXPECT_TRUE(has(a.body, "Short story line.")) << a.body;
}

TEST(Body, MoreSiteLinesGoAcrossTemplates) {
  Article a = extract_sniffed(
      "<html><body><article><div class=\"c-story-header__badges\"><span>Premium</span><span>Exklusiv</span></div>" +
      para(1) + "<p>Scroll down for video</p><p>Don't miss...</p><p>Auto-update on</p>"
      "<p>We've been covering the war since day one. Help us keep reporting from the ground by becoming a member "
      "today.</p>" + para(2) + "<p>LDR is local body journalism co-funded by RNZ and NZ On Air.</p>"
      "<p>Follow AP's coverage of food insecurity at https://apnews.com/hub/hunger</p>"
      "<p>\xD0\xAF\xD0\xBA\xD1\x89\xD0\xBE \xD0\xB2\xD0\xB8 \xD0\xBF\xD0\xBE\xD0\xBC\xD1\x96\xD1\x82\xD0\xB8\xD0\xBB\xD0\xB8 "
      "\xD0\xBF\xD0\xBE\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBA\xD1\x83, \xD0\xBD\xD0\xB0\xD1\x82\xD0\xB8\xD1\x81\xD0\xBD\xD1\x96\xD1\x82\xD1\x8C "
      "Ctrl + Enter.</p><p>Hast du etwas gesehen? Schick uns deine Fotos per WhatsApp an die Leserreporter.</p>"
      "<p>Republish our articles for free, online or in print, under Creative Commons licence.</p>"
      "<div class=\"artstyle__follow\"><p>Ontvang een melding bij nieuwe artikelen over Zorg</p></div>" + para(3) +
      "<p>Information from Kyodo added.</p><div class=\"meldungsfooter\"><p>Dieses Thema im Programm: tagesschau "
      "am 11. M\xC3\xA4rz 2025.</p></div></article></body></html>");
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
  for (const char* gone : {"Scroll down", "Don't miss", "Auto-update", "becoming a member", "co-funded", "Follow AP",
                           "Ctrl + Enter", "WhatsApp", "Republish", "Ontvang", "Kyodo", "Dieses Thema"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  // The staff credit goes to the trailer.
  Article b = extract_sniffed("<html><body><article>" + para(1) + para(2) + "<p>With files from The Canadian Press</p>"
                              "</article></body></html>");
  EXPECT_FALSE(has(b.body, "With files")) << b.body;
}

TEST(Body, ScriptLinksRailsControlsAndPointersGo) {
  // A right rail of links that scripts follow (href="#") after the story, a live blog's
  // controls, a WhatsApp call for pictures, a Russian pointer to another story.
  Article a = extract_sniffed(
      "<html><body><div id=\"content\"><div class=\"alpha\"><div class=\"live-blog-controls\"><span>Auto-update "
      "on</span><span>9 updates</span></div>" + para(1) + para(2) + para(3) +
      "<div class=\"box\"><p>Hast du etwas gesehen?</p><p>Schick uns deine Fotos und Videos per WhatsApp an die "
      "Leserreporter.</p></div><p>\xD0\x9E \xD1\x82\xD0\xBE\xD0\xBC, \xD0\xBA\xD0\xB0\xD0\xBA \xD0\xBC\xD0\xB5\xD0\xBD"
      "\xD1\x8F\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C \xD1\x83\xD1\x81\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8\xD1\x8F, \xD1\x87\xD0\xB8"
      "\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD0\xB2 \xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB"
      "\xD0\xB5 \xC2\xAB<a href=\"/doc/1\">X</a>\xC2\xBB.</p></div><div class=\"right-rail\"><h3>Most watched news</h3><ul>"
      "<li><a href=\"#\">Moment storm surge floods seafront in Cornwall</a></li><li><a href=\"#\">Dog rescued from "
      "frozen lake by firefighters</a></li></ul></div></div></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  for (const char* gone : {"Auto-update", "9 updates", "gesehen", "WhatsApp", "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5",
                           "storm surge", "Dog rescued"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

TEST(Body, FundersPaywallLinesRepublishBoxesAndCjkStampsGo) {
  Article a = extract_sniffed(
      "<html><body><article><h1>Bridge to close</h1><p>\xEF\xBC\x88" "3/14 19:02 \xE6\x9B\xB4\xE6\x96\xB0\xEF\xBC\x89</p>" +
      para(1) + para(2) + "<p>This reporting is supported by the Public Interest Journalism Fund.</p>"
      "<p>Find more of AP's coverage at https://apnews.com/hub/climate</p><p>Material from Reuters was used in this "
      "report.</p><div class=\"offer-box\"><p>Ten artyku\xC5\x82 przeczytasz z aktywn\xC4\x85 subskrypcj\xC4\x85 rp.pl</p>"
      "<p>Zyskaj dost\xC4\x99p do ekskluzywnych tre\xC5\x9B\x63i.</p></div><div class=\"republish-panel\"><p>We believe "
      "in the free flow of information</p><p>Republish our articles for free, online or in print, under Creative "
      "Commons licence.</p></div></article></body></html>");
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
  for (const char* gone : {"19:02", "Journalism Fund", "Find more", "Material from", "subskrypcj", "Zyskaj",
                           "free flow", "Republish"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
}

TEST(Body, OneChannelFollowsFundedNotesContactsAndCjkFurnitureGo) {
  Article a = extract_sniffed(
      "<html><body><article>" + para(1) + para(2) + "<p>Follow Dana Vickers on Twitter.</p><p>This story was produced "
      "with support from the Coastal Futures Fund. The Sound Ledger retains full editorial control.</p>"
      "<p>jwchoi@heraldcorp.com</p><p>\xE2\x93\x92Korea Herald. All rights reserved.</p><p>Tourists walk along the coast "
      "near the crater (Yonhap)</p><p>\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91\xEF\xBC\x9A\xE7\x8E\x8B\xE6\x98\x8A</p>"
      "<p>Il Post esiste grazie ai suoi abbonati: se quello che leggi ti sembra utile, abbonati anche tu.</p>" + para(3) +
      "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  for (const char* gone : {"Follow Dana", "Coastal Futures", "jwchoi", "Korea Herald", "Tourists walk",
                           "\xE8\xB4\xA3\xE4\xBB\xBB", "abbonati anche tu"})
    EXPECT_FALSE(has(a.body, gone)) << gone << "\n" << a.body;
  // "Follow the money" is a sentence; a story's sentence with a grant stays when it names neither.
  Article b = extract_sniffed("<html><body><article>" + para(1) + "<p>Follow the money on Twitter, he said.</p>" +
                              para(2) + "</article></body></html>");
  EXPECT_TRUE(has(b.body, "Follow the money")) << b.body;
}

TEST(Body, AConsentPlatformsBoxGoesInEveryPass) {
  Article a = extract_sniffed("<html><body><div id=\"qc-cmp2-ui\" class=\"qc-cmp2-container\"><p>Az Index \xC3\xA9s "
                              "partnereink s\xC3\xBCtiket \xC3\xA9s hasonl\xC3\xB3 technol\xC3\xB3gi\xC3\xA1kat "
                              "haszn\xC3\xA1lnak a szem\xC3\xA9lyre szabott hirdet\xC3\xA9sek megjelen\xC3\xADt\xC3\xA9s\xC3\xA9hez.</p>"
                              "<button>Elfogadom</button></div><article>" + para(1) + para(2) + "</article></body></html>");
  EXPECT_EQ(a.body.rfind("Paragraph 1", 0), 0u) << a.body;
}

TEST(BodyEndMatter, AChartsNoteWithItsGraphicCreditGoes) {
  Article a = parse_test::extract("<html><body><article><h1>Evictions</h1>" + para(1) + para(2) +
                      "<p class=\"Graphic-note\">Source: County Clerk of Superior Court. Graphic: Priya Raghunathan / "
                      "The Piedmont Ledger</p>" + para(3) + "</article></body></html>");
  EXPECT_FALSE(has(a.body, "Graphic:")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
}

TEST(BodyEndMatter, AStoryLineOpeningLikeAnOldFooterStays) {
  Article a = parse_test::extract("<html><body><article><h1>Comet</h1>" + para(1) +
                                  "<p>Best viewed with binoculars from a dark site away from city lights, the comet "
                                  "should appear low in the west after sunset.</p>" + para(2) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Best viewed with binoculars")) << a.body;
}

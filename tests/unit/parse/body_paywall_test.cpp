// Paywalls: the sales boxes and lines of metered and subscriber-only stories go, the
// story's own paragraphs (marked for subscribers or not) stay.
#include <gtest/gtest.h>

#include "extract_page.hpp"
#include "newsarchive/extract.hpp"

using namespace newsarchive;
using parse_test::has;
using parse_test::extract_sniffed;
using parse_test::para;

TEST(Body, APaywallSalesBoxGoesButParagraphsMarkedPaywallStay) {
  // Spiegel's box (named in data-area) and Le Monde's status line go; Condé Nast marks the
  // paid story's own paragraphs and lists class="paywall", and those hold no sales link.
  Article a = extract_sniffed("<html><body><article>" + para(1) +
                      "<p class=\"paywall\">The second half of the review is paid for, and it reads as prose does.</p>"
                      "<ul class=\"paywall\"><li>Temp rating: 15F</li><li>Fill: 650 down</li></ul>" + para(2) +
                      "<p class=\"article__status\">Il vous reste 58.31% de cet article à lire. La suite est réservée "
                      "aux abonnés.</p>"
                      "<div data-area=\"paywall\"><p>Jetzt weiterlesen mit SPIEGEL+</p><ul><li>Nur € 4,99 pro "
                      "Woche</li></ul><a href=\"/abo/\">Jetzt abonnieren</a><p>Sie haben bereits ein Digital-Abonnement? "
                      "<a href=\"/anmelden\">Hier anmelden</a></p></div>"
                      "<div data-area=\"social_bar\"><span>Zur Merkliste hinzufügen</span></div>"
                      "<div class=\"paywall-note\"><p>This story is free to read because it serves the public "
                      "interest. <a href=\"/about/standards\">Our standards</a></p></div>"
                      "</article></body></html>");
  EXPECT_TRUE(has(a.body, "paid for, and it reads")) << a.body;
  EXPECT_TRUE(has(a.body, "free to read because")) << a.body;  // "/about" is no "/abo/" sales link
  EXPECT_TRUE(has(a.body, "Temp rating")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
  EXPECT_FALSE(has(a.body, "Il vous reste")) << a.body;
  EXPECT_FALSE(has(a.body, "weiterlesen")) << a.body;
  EXPECT_FALSE(has(a.body, "4,99")) << a.body;
  EXPECT_FALSE(has(a.body, "Merkliste")) << a.body;
}

TEST(Body, PaywallPromotionAndAdLinesGo) {
  for (const char* line : {"Déjà abonné ? <a href=\"/login\">Connectez-vous</a>",
                           "You have read 3 of your 5 free articles this month.",
                           "Cet article est réservé aux abonnés.",
                           "Download The Daily Courier News App for Latest City News.",
                           "<a>Compartir en Whatsapp</a><a>Compartir en Facebook</a><a>Copiar enlace</a>",
                           "<i>Suscríbase <a href=\"/newsletters/\">aquí</a> a la newsletter y reciba las claves.</i>",
                           "Archivado en", "Comentarios", "- Publicidad -", "Reklama", "412Restack",
                           "Dalszy ciąg artykułu pod reklamą", "Join The Daily Courier on WhatsApp and stay up to date",
                           "Son dakika haberlerini Courier WhatsApp kanalında takip edin.",
                           "Get the Daily Briefing newsletter in your inbox.",
                           "Our <a href=\"/podcasts/\">In The News podcast</a> is now published daily – Listen here",
                           "Follow me on <a href=\"https://x.com/j\">Twitter</a> or LinkedIn.", "Mirá también",
                           "<a href=\"#commentaires\">Voir les commentaires</a>", "<strong>Related</strong>",
                           "VÍDEOS: Tudo sobre São Paulo e região", "ЧИТАЙТЕ ТАКЖЕ: Новости дня", "À DÉCOUVRIR",
                           "Har du tips? Kontakta nyhetsredaktionen, tipsa@courier.se. Du kan vara anonym.",
                           "Are protests breaking out in your area? Get in touch at webnews@courier.co.uk",
                           "<em>„Kick-off“ ist der tägliche Nachrichtenpodcast des Courier. Das wichtigste Thema des "
                           "Tages, analysiert von unseren Redakteuren, und die Termine. Abonnieren Sie den Podcast unter "
                           "anderem bei Spotify, Apple Podcasts, Amazon Music und Deezer oder direkt per RSS-Feed.</em>",
                           "<em>Voit keskustella aiheesta 12.12. kello 23:een asti.</em>",
                           "Die Kommentarfunktion ist geschlossen.",
                           "The Associated Press receives financial support from multiple private foundations. AP "
                           "is solely responsible for all content. Find AP’s standards for working with "
                           "philanthropies at AP.org.",
                           "Our website is the place for the latest news. Please bookmark courier.com and sign up for "
                           "our daily newsletter, Posted, <a href=\"/newsletters/\">here</a>.",
                           "Suivez toute l’actualité du Courrier sur notre chaîne WhatsApp",
                           "Folgen Sie dem Kurier Hamburg auf WhatsApp und verpassen Sie keine Nachricht mehr!",
                           "<em>Got a tip? Send it to The Daily Courier <a href=\"/tips\">here</a>.</em>",
                           "<strong>Get our FREE daily newsletter</strong> — the stories others won’t tell you.",
                           "Disclosure: Harbour Bank has been a financial supporter of The Courier, a nonprofit "
                           "newsroom funded in part by members and sponsors. Financial supporters play no role in "
                           "the Courier’s journalism.",
                           "<em>All content created by the Courier News Foundation is available without charge to any "
                           "news publisher. For licensing opportunities, contact licensing@courierfoundation.org.</em>",
                           "Courier AI is in beta. Translations may contain inaccuracies—please refer to the original.",
                           "FACT CHECK", "Annonse", "Spill av video", "Čtěte také", "Baca juga: Banjir di Bekasi",
                           "Halaman: 1 2 Selanjutnya", "Read Time: 3 mins", "Reklame", "Läs också: Stormen",
                           "Your web browser is no longer supported. To improve your experience update it here"}) {
    Article a = extract_sniffed("<html><body><article>" + para(1) + para(2) + "<p>" + line + "</p></article></body></html>");
    EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
    std::string shown;  // the line's first characters as text, tags left out
    for (bool in_tag = false; char c : std::string_view(line)) {
      if (c == '<' || c == '>') in_tag = c == '<';
      else if (!in_tag && shown.size() < 9) shown.push_back(c);
    }
    EXPECT_EQ(a.body.find(shown), std::string::npos) << line << "\n" << a.body;
  }
}

TEST(Body, SubscriberOnlyStoryTextStaysAndItsNewsletterBoxGoes) {
  // BLOX (TownNews) sites mark the paid story's parts "subscriber-only"; the strict rules
  // keep them, so the newsletter box beside them still goes.
  Article a = extract_sniffed("<html><body><article><div class=\"asset-content subscriber-premium\" itemprop=\"articleBody\">"
                      "<div class=\"lee-article-text subscriber-only\">" + para(1) + para(2) + "</div>"
                      "<div class=\"lee-featured-subscription\"><h3>Sign up for the Opinion newsletter</h3><p>Get opinion "
                      "pieces, letters and editorials sent directly each week!</p><a href=\"/newsletters/\">Sign up!</a>"
                      "</div><div class=\"lee-article-text subscriber-only\">" + para(3) + "</div></div>"
                      "<div class=\"ArticleInlinePaywall_root\"><p>Never miss a story. Start your free trial.</p></div>"
                      "</article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  EXPECT_FALSE(has(a.body, "Get opinion pieces")) << a.body;
  EXPECT_FALSE(has(a.body, "Never miss a story")) << a.body;
}

TEST(Body, PaywallBoxesOfPianoOrOfHashedNamesWithLogInAndOfferGo) {
  Article a = extract_sniffed(
      "<html><body><article>" + para(1) + para(2) +
      "<div class=\"zQ2mL\"><p class=\"zQ2mM\">\xE3\x81\x93\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA\x8B\xE3\x81\xAF\xE6\x9C\x89"
      "\xE6\x96\x99\xE8\xA8\x98\xE4\xBA\x8B\xE3\x81\xA7\xE3\x81\x99</p><a href=\"https://digital.example.jp/info/price/\">"
      "Register</a> <a href=\"https://digital.example.jp/login/\">Log in</a></div>"
      "<div class=\"piano-container\"><p>Zosta\xC5\x84 prenumeratorem</p><p>Do\xC5\x82\xC4\x85\x63z do ponad 250 tys. "
      "prenumerator\xC3\xB3w.</p><a href=\"https://prenumerata.example.pl/\">Kup</a></div></article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
  EXPECT_FALSE(has(a.body, "\xE6\x9C\x89\xE6\x96\x99")) << a.body;  // 有料
  EXPECT_FALSE(has(a.body, "prenumeratorem")) << a.body;
  // A story's box of hashed names that links to a log-in page in its text stays.
  Article b = extract_sniffed("<html><body><article><div class=\"x1y2z3\">" + para(1) + para(2) +
                              "<p>Readers who <a href=\"/login\">log in</a> can see the full price list at <a "
                              "href=\"/pricing\">our page</a>, the council said.</p></div></article></body></html>");
  EXPECT_TRUE(has(b.body, "Paragraph 1")) << b.body;
}

// Behind a paywall the story is whole only in JSON-LD: the page's standfirst above the
// teaser stays first, and the statement's "READ MORE:" line is furniture as on the page.
TEST(Paywall, TheStatedBodyKeepsThePagesStandfirstAndDropsReadMoreLines) {
  Article a = extract_sniffed(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Miner",
"articleBody":"Karratha Minerals will place its concentrator into care and maintenance from April, cutting 310 jobs.\n\nThe miner said spodumene prices were well below its all-in sustaining cost of $US940 a tonne.\n\nREAD MORE: Lithium glut deepens as EV sales slow\n\nManaging director Deborah Quintrell said the decision was the hardest the company had made.\n\nShares fell 11 per cent to 42c in morning trade, taking their decline over the year to 68 per cent."}
</script></head><body><article><h1>Miner mothballs plant</h1><p class="story-standfirst">Karratha Minerals will halt its
plant and cut 310 jobs, the latest casualty of a lithium price collapse.</p><p>Karratha Minerals will place its
concentrator into care and maintenance from April, cutting 310 jobs.</p><div class="paywall">Subscribe to read
more</div></article></body></html>)");
  EXPECT_EQ(a.body.rfind("Karratha Minerals will halt", 0), 0u) << a.body;
  EXPECT_TRUE(has(a.body, "Shares fell")) << a.body;
  EXPECT_FALSE(has(a.body, "READ MORE")) << a.body;
}

TEST(Body, AShoppingCardWithASponsoredButtonGoesAnAffiliateLinkInASentenceStays) {
  Article a = extract_sniffed(
      "<html><body><article><h1>Tube drivers strike</h1><div class=\"article-body\">" + para(1) +
      "<div class=\"product-card\"><p>Our pick for strike days</p><img src=\"/bike.jpg\" alt=\"\">"
      "<p>Brompton C Line Explore folding bike</p><p>\xC2\xA3" "1,175 at Halfords</p>"
      "<a class=\"button\" rel=\"sponsored nofollow\" href=\"https://aff.example.net/c?id=1\">Buy now</a></div>" +
      para(2) +
      "<p>Commuters can also <a rel=\"sponsored\" href=\"https://aff.example.net/c?id=2\">hire a bike for the day</a> "
      "from most stations, the operator said.</p>" + para(3) + "</div></article></body></html>");
  EXPECT_FALSE(has(a.body, "Brompton C Line")) << a.body;
  EXPECT_FALSE(has(a.body, "Our pick for strike days")) << a.body;
  EXPECT_TRUE(has(a.body, "hire a bike for the day from most stations")) << a.body;
}

TEST(Body, AGiftLabelAndACommentCountAloneGo) {
  Article a = extract_sniffed("<html lang=\"fr\"><body><article><h1>Criée</h1><div class=\"offert\">Cet article vous est "
                              "offert</div>" + para(1) + para(2) + "<span>Commentaires (12)</span></article></body></html>");
  EXPECT_FALSE(has(a.body, "offert")) << a.body;
  EXPECT_FALSE(has(a.body, "Commentaires")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 2")) << a.body;
}

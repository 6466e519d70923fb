// What a site prints around every story of a kind, not the story: a magazine's issue note, a
// transcript's disclaimer, a broadcaster's programme note, a fact-checker's membership and its
// glossary of ratings, how to cite the page, the quotes of the companies it names.
#include <gtest/gtest.h>

#include "extract_page.hpp"

namespace newsarchive::parse_test {
namespace {

std::string page_with(const std::string& before, const std::string& after) {
  return "<html><head><title>Bridge reopens</title></head><body><main><article><header><h1>Bridge reopens</h1>"
         "<p class='byline'>By Anna Berg</p></header><div class='entry-content'>" + before + para(1) + para(2) +
         para(3) + "</div>" + after + "</article></main></body></html>";
}

TEST(SiteNotes, IssueNotesTranscriptDisclaimersAndProgrammeNotesGo) {
  for (const std::string note :
       {"This article appears in the 13 Mar 2026 issue of the New Statesman, The Housing Trap",
        "This article appears in the March 23-30, 2026 issue.",
        "Notice: Transcripts are machine and human generated and lightly edited for accuracy. They may contain errors.",
        "AAP FactCheck is an accredited member of the International Fact-Checking Network. To keep up with our "
        "latest fact checks, follow AAP FactCheck on Facebook, Twitter and Instagram.",
        "Distributed by APO Group on behalf of Volta Renewable Energy Company (VREC).",
        "Dieses Thema im Programm: MDR SACHSEN \u2013 Das Sachsenradio | Nachrichten | 21. November 2026 | 06:00 Uhr",
        "Diese Nachricht wurde am 21.11.2026 im Programm Deutschlandfunk gesendet.",
        "(mit Material der sda)",
        "Reach reporter Lorena Villalobos at lorena.villalobos@arizonarepublic.com or 602-444-8000. Follow her on X "
        "@LorenaVReports.",
        "The Times\u2019 environmental coverage is supported in part by the Bayview Coastal Foundation. The Times "
        "maintains full editorial control of its journalism.",
        "Writer's email: timothy.ngnenbe@example.com.gh",
        "\u00bfEncontraste alg\u00fan error en esta noticia? Rep\u00f3rtalo aqu\u00ed"}) {
    Article a = extract(page_with("", "<p>" + note + "</p>"));
    EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
    EXPECT_FALSE(has(a.body, note.substr(0, 20))) << note;
  }
}

TEST(SiteNotes, AStorySentenceOnTheSameWordsStays) {
  for (const std::string sentence :
       {"The transcript of the hearing, which the court released on Monday, runs to 300 pages and may contain errors "
        "that the clerk promised to correct.",
        "Mit Material der Polizei rekonstruierten Forscher den Tatablauf.",
        "Radio Okapi visite un bureau de vote.",
        "\u00bfEncontraste alg\u00fan error en tu declaraci\u00f3n de la renta? Hacienda permite corregirla hasta el "
        "30 de junio.",
        "Found an error? The agency says it will contact taxpayers whose returns show inconsistencies.",
        "Diese Nachricht wurde nach Angaben der Polizei an Hunderte Empf\u00e4nger gesendet.",
        "\u201eDerzeit befinden sie sich auf unserer Intensivstation\u201c, sagte der Chefarzt.",
        "Meta ended its partnership with fact-checkers, many of them members of the International Fact-Checking "
        "Network.",
        "\"Residents can visit our new transport hub from Monday,\" the mayor said.",
        "The video was shared on Facebook (https://www.facebook.com/watch/123), X (https://x.com/user/status/456) and "
        "TikTok (https://www.tiktok.com/@user/video/789), where it was viewed two million times before it was removed.",
        "Mae'r cyngor wedi derbyn cefnogaeth ariannol gan Lywodraeth Cymru i adeiladu ysgol newydd.",
        "Critics say the owner's financial support for the ruling party gives him editorial control over the paper.",
        "The study, funded in part by the NIH, relied on patients reporting symptoms for six months.",
        "Email records obtained by the Herald show Smith, writing from jsmith@example.gov, urged staff to delay the "
        "audit until after the vote in the spring.",
        "\xE0\xB8\x95\xE0\xB8\xB3\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\x88\xE0\xB8\x81\xE0\xB8\xB3\xE0\xB8\xA5"
        "\xE0\xB8\xB1\xE0\xB8\x87\xE0\xB8\x95\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\x88\xE0\xB8\xAA\xE0\xB8\xAD"
        "\xE0\xB8\x9A\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\x9E\xE0\xB8\x88\xE0\xB8\xB2\xE0\xB8\x81\xE0\xB8\x81"
        "\xE0\xB8\xA5\xE0\xB9\x89\xE0\xB8\xAD\xE0\xB8\x87",
        "\xE2\x80\x94\xC2\xBFY la radio de la ciudad?"}) {
    Article a = extract(page_with("", "<p>" + sentence + "</p>"));
    EXPECT_TRUE(has(a.body, sentence.substr(0, 24))) << sentence << "\n" << a.body;
  }
}

TEST(SiteNotes, ABoxOfReferenceGoesWithItsHeading) {
  for (const std::string box :
       {"<div class='verdict-definitions'><h3>The Verdict definitions</h3><ul><li><strong>False</strong> \u2013 The "
        "primary claim(s) of the content are factually inaccurate.</li><li><strong>True</strong> \u2013 The claim is "
        "accurate.</li></ul></div>",
        "<div class='zitiervorschlag'><h4>Zitiervorschlag</h4><p>Bridge reopens. In: Legal Tribune Online, "
        "21.11.2026, https://www.lto.de/persistent/a_id/58734/ (abgerufen am: 23.11.2026)</p></div>",
        "<section class='securities-box'><h3>Wertpapiere in diesem Artikel</h3><table><tr><td>Commerzbank AG</td>"
        "<td>31,42 \u20ac</td><td>+1,8 %</td></tr></table></section>",
        "<section class='match-lineups'><h2>Aufstellungen</h2><p><strong>Werder Bremen:</strong> Zetterer \u2013 "
        "Weiser, Friedl, Stark, Coulibaly (46. Topp) \u2013 Lynen, Stage \u2013 Ducksch</p><p><strong>Schiedsrichter:"
        "</strong> Sascha Stegemann \u2013 <strong>Zuschauer:</strong> 41.200 (ausverkauft)</p></section>"}) {
    Article a = extract(page_with("", box));
    EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
    for (const char* gone : {"definitions", "claim is", "Zitiervorschlag", "persistent", "Wertpapiere", "Commerzbank",
                             "Aufstellungen", "Zetterer", "Zuschauer"})
      EXPECT_FALSE(has(a.body, gone)) << gone << ": " << a.body;
  }
}

TEST(SiteNotes, APromotionBoxEndingInAClickGoesWithItsTitle) {
  Article a = extract(page_with("", "<div class='milestoneAlert'><p>Milestone Alert!</p><p>Examplemint tops charts as "
                                    "the fastest growing news website in the world. <a href='/about'>Click here</a> to "
                                    "know more.</p></div>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  EXPECT_FALSE(has(a.body, "Milestone")) << a.body;
  EXPECT_FALSE(has(a.body, "tops charts")) << a.body;
}

TEST(SiteNotes, AHeadersButtonsReadingTimeAndProgrammeNoteAndAPointerBoxGo) {
  Article a = extract(page_with(
      "<div class='factBox'><p class='factBox-headline'>Alle Informationen zum Wetter in Hessen</p><p>Den aktuellen "
      "Wetterbericht f\u00fcr Frankfurt und die Region finden Sie auf unserer Wetterseite.</p></div>",
      ""));
  EXPECT_TRUE(has(a.body, "Paragraph 1")) << a.body;
  EXPECT_FALSE(has(a.body, "Wetter")) << a.body;
  Article b = extract(
      "<html><body><article><header><h1>Bridge reopens</h1><div class='id-Story-interactionBar'><a href='#c'>Kommentare"
      "</a> <button>Teilen</button> <span>Lesezeit: 3 Min.</span></div><p class='broadcast'>\u00dcber dieses Thema "
      "berichtet: BR24 Rundschau am 21.11.2026 um 18:30 Uhr.</p></header><div class='article-body'>" + para(1) +
      para(2) + "</div></article></body></html>");
  EXPECT_TRUE(has(b.body, "Paragraph 1")) << b.body;
  EXPECT_FALSE(has(b.body, "Lesezeit")) << b.body;
  EXPECT_FALSE(has(b.body, "BR24")) << b.body;
}

TEST(SiteNotes, AStoryWrapperNamedLikeFurnitureKeepsItsStory) {
  // "banners-contenido-nota-dentro" holds the story; the strict pass leaves only the prompts.
  Article a = extract("<html><body><main class='container'><article class='post'><h1>Sismo</h1><div class='post-content'>"
                      "<div class='banners-contenido-nota-dentro'>" + para(1) + para(2) + para(3) + para(4) +
                      "</div><div class='post-report-error'>\u00bfEncontraste alg\u00fan error en esta noticia? "
                      "Rep\u00f3rtalo aqu\u00ed</div></div><div class='bbcl-suscribete'>Suscr\u00edbete a nuestro canal de "
                      "WhatsApp y recibe las noticias m\u00e1s importantes de Chile.</div></article></main></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 4")) << a.body;
}

TEST(SiteNotes, ACaptionOrCommentsNamedInLowerCamelCaseGo) {
  // Joomla K2: "itemImageCaption", "itemComments"; not a state flag ("hasCaption").
  Article a = extract("<html><body><article><div class='articleHeader hasCaption'><h1>Strike</h1><h2>Teachers "
                      "in the north say they will walk out on Monday unless allowances are paid.</h2></div><div "
                      "class='itemImageBlock'><span class='itemImageCaption'>Mr Issahaku addressing the press</span>"
                      "</div><div class='content'>" + para(1) + para(2) + para(3) + "</div><div class='itemComments'><h3>"
                      "Comments</h3><p>Kofi B. - Nov 20, 2026 - Pay the teachers their money!</p></div></article>"
                      "</body></html>");
  EXPECT_TRUE(has(a.body, "walk out on Monday")) << a.body;
  EXPECT_FALSE(has(a.body, "addressing the press")) << a.body;
  EXPECT_FALSE(has(a.body, "Pay the teachers")) << a.body;
  // A longer name that closes with a flag, and a gallery's caption box holding the story, stay.
  for (std::string cls : {"postWithComments", "entryNoComments", "galleryCaption"}) {
    Article story = extract("<html><body><h1>Strike</h1><div class='" + cls + "'>" + para(1) + para(2) + para(3) +
                            para(4) + para(5) + "</div></body></html>");
    EXPECT_TRUE(has(story.body, "Paragraph 3")) << cls << ": " << story.body;
  }
}

TEST(SiteNotes, ALabelWithItsColonOverLinksAndABannersLabelGo) {
  Article a = extract(page_with(
      "", "<div class='ku-karanta'><p><strong>KU KARANTA:</strong></p><ul><li><a href='/a'>Farashin masara ya "
          "fa\u0257i a kasuwar Dandume</a></li><li><a href='/b'>Yadda manoman rani suka yi asara</a></li></ul></div>"
          "<div class='stream-item'><span class='stream-title'>Talla</span><a href='/talla/' rel='nofollow'><img "
          "src='/banner.jpg' alt=''></a></div>"));
  EXPECT_TRUE(has(a.body, "Paragraph 3")) << a.body;
  EXPECT_FALSE(has(a.body, "KARANTA")) << a.body;
  EXPECT_FALSE(has(a.body, "Talla")) << a.body;
}

}  // namespace
}  // namespace newsarchive::parse_test

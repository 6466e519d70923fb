// Kinds of article beyond the plain story (the r39e pass): a photo gallery told in captions,
// a timeline under date headings, a live blog's pinned post, a fact-check's bios; and the
// furniture and metadata of older templates (Kubrick, SPIP, hAtom).
#include <gtest/gtest.h>

#include "extract_page.hpp"

using namespace newsarchive;
using Names = std::vector<std::string>;

namespace {

using parse_test::extract;
using parse_test::has;
using parse_test::kStory;

std::string slide(int i, const std::string& caption) {
  return "<figure><img src=\"/g" + std::to_string(i) + ".jpg\" alt=\"\"><figcaption><span class=\"counter\">" +
         std::to_string(i) + " / 3</span>" + caption + " <span class=\"credit\">© Marc Duret</span></figcaption></figure>";
}

}  // namespace

// "En images": the captions are the story; their counters and credits are not. A story with a
// few captioned pictures keeps its text alone.
TEST(ArticleKinds, AGalleryToldInItsCaptions) {
  const std::string slides =
      slide(1, "Vers 9 h 30, le premier troupeau a franchi le pont de la Fillière sous les applaudissements du public.") +
      slide(2, "Cette année, l’herbe a manqué dès la fin juillet sur plusieurs alpages exposés au sud de la vallée.") +
      slide(3, "En fin d’après-midi, le dernier troupeau a rejoint la ferme des Villards, à la sortie du bourg de Thônes.");
  Article a = extract(R"(<html lang="fr"><body><article><h1>EN IMAGES. La désalpe de Thônes</h1><p class="chapo">Plus
    de 12 000 visiteurs ont assisté samedi à la descente des troupeaux.</p><div class="gallery">)" + slides +
                      "</div></article></body></html>");
  EXPECT_TRUE(has(a.body, "le premier troupeau a franchi le pont")) << a.body;
  EXPECT_TRUE(has(a.body, "la ferme des Villards")) << a.body;
  EXPECT_FALSE(has(a.body, "1 / 3"));
  EXPECT_FALSE(has(a.body, "Marc Duret"));
  const std::string one = slide(1, "Le premier troupeau a franchi le pont de la Fillière sous les applaudissements.");
  Article story = extract("<html lang=\"fr\"><body><article><h1>La désalpe</h1>" + kStory + parse_test::para(4) +
                          parse_test::para(5) + one + "</article></body></html>");
  EXPECT_FALSE(has(story.body, "premier troupeau"));
}

// A timeline's date headings are story text ("<h3>September 30, 2019</h3>", "2026年11月19日");
// a date standing alone above the story is a dateline.
TEST(ArticleKinds, ATimelinesDateHeadings) {
  Article en = extract(R"(<html lang="en"><body><article><h1>Timeline: the civic hall</h1><p>The city said it would
    delay the demolition of its old civic hall by at least a year after asbestos was found.</p><h3>March 2019</h3>
    <p>A seismic survey finds the hall could collapse in a strong earthquake, and the city decides to close it.</p>
    <h3>September 30, 2019</h3><p>The final concert is held by a local high school band as the hall closes for good.</p>
    </article></body></html>)");
  EXPECT_TRUE(has(en.body, "September 30, 2019")) << en.body;
  Article ja = extract(R"(<html lang="ja"><body><article><h1>旧市民会館の解体延期</h1><p>浜戸市は19日、旧市民会館の解体工事を少なくとも1年延期すると発表した。</p>
    <h3>2019年9月30日</h3><p>最終公演として地元の高校吹奏楽部による演奏会を開催し、51年の歴史に幕を下ろした。</p>
    <h3>2026年11月19日</h3><p>市が解体工事の少なくとも1年延期を発表した。追加の除去費用は約2億4千万円と見込まれる。</p>
    </article></body></html>)");
  EXPECT_TRUE(has(ja.body, "2026年11月19日")) << ja.body;
}

// A live blog's pin label with the post's time goes like the time alone.
TEST(ArticleKinds, ALiveBlogsPinnedPost) {
  Article a = extract(R"(<html lang="de"><body><div class="article"><h1>Hochwasser: der Liveblog</h1><p>Nach
    tagelangem Dauerregen steigt die Weser auf Rekordwerte. Wir berichten laufend.</p><article class="lb-post"><header>
    <span class="lb-post__pinned">Angepinnt</span><time datetime="2026-02-11T10:05:00+01:00">10:05 Uhr</time></header>
    <h3>Wichtige Telefonnummern</h3><p>Das Bürgertelefon des Landkreises ist unter 05151 903-4400 rund um die Uhr
    erreichbar, Meldungen nimmt die Feuerwehr nur über den Notruf entgegen.</p></article></div></body></html>)");
  EXPECT_FALSE(has(a.body, "Angepinnt")) << a.body;
  EXPECT_TRUE(has(a.body, "Bürgertelefon"));
}

// Bios in Portuguese ("é repórter do") go, two in a row as well as one; a subscription box
// named "abo-box" goes with its heading.
TEST(ArticleKinds, BiosAndSubscriptionBoxesInMoreLanguages) {
  Article pt = extract(R"(<html lang="pt-BR"><body><article><h1>Checagem do Pix</h1><p class="autores">Por Luana
    Prado e Rafael Menezes</p>)" + kStory + R"(<section class="autores-box"><p><strong>Luana Prado</strong> é repórter do
    Verifica Já e cobre economia.</p><p><strong>Rafael Menezes</strong> é editor-assistente.</p></section></article>
    </body></html>)");
  EXPECT_FALSE(has(pt.body, "é repórter")) << pt.body;
  EXPECT_FALSE(has(pt.body, "editor-assistente"));
  Article fr = extract(R"(<html lang="fr"><body><article><h1>Thônes vote son budget</h1>)" + kStory +
                       R"(<div class="abo-box"><p class="abo-box__title">Soutenez l’information locale</p><p>Abonnez-vous
                       dès 1 € le premier mois.</p></div></article></body></html>)");
  EXPECT_FALSE(has(fr.body, "Soutenez")) << fr.body;
}

// A Japanese desk ("社会部 岡本真由美", "小浜支局" in its own span) and a Korean reporter card's
// buttons ("기자의 다른 기사", "기자 구독") name nobody.
TEST(ArticleKinds, DesksAndButtonsInCjkBylines) {
  Article ja = extract(R"(<html lang="ja"><body><article><h1>旧市民会館の解体延期</h1><div class="info"><p class="writer">社会部
    <span class="name">岡本真由美</span></p></div>)" + kStory + "</article></body></html>");
  EXPECT_EQ(ja.authors, Names{"岡本真由美"});
  // 阿部 (two letters) is a surname, not a desk, in every place a desk may stand.
  for (const char* byline : {"社会部・阿部拓真", "阿部 拓真"}) {
    Article abe = extract(std::string(R"(<html lang="ja"><body><article><h1>旧市民会館の解体延期</h1><p class="writer">)") +
                          byline + "</p>" + kStory + "</article></body></html>");
    ASSERT_EQ(abe.authors.size(), 1u) << byline;
    EXPECT_TRUE(abe.authors[0].find("阿部") != std::string::npos) << abe.authors[0];
  }
  Article dot = extract(R"(<html lang="ja"><body><article><h1>旧市民会館の解体延期</h1><p class="writer">阿部・拓真</p>)" +
                        kStory + "</article></body></html>");
  EXPECT_TRUE(std::find(dot.authors.begin(), dot.authors.end(), "阿部") != dot.authors.end()) << dot.authors.size();
  Article ko = extract(R"(<html lang="ko"><body><div class="news-head"><h2 class="news-title">낙동강 취수원 협정 표류</h2>
    <span class="writer">김도현 기자</span></div><div class="news-body">)" + kStory + R"(</div><div class="reporter-box">
    <strong>김도현 기자</strong><a href="/list?writer=dhkim">기자의 다른 기사</a><a href="#" class="btn">기자 구독</a></div>
    </body></html>)");
  EXPECT_EQ(ko.authors, Names{"김도현"});
}

// Older templates: "Site | Headline" in the <title> on a host without the name's accents; an
// hAtom date ("<abbr class=published title=...>"); SPIP's forum of readers; the tarteaucitron
// consent layer; Kubrick's post-meta line; an occhiello over a headline in a <div>.
TEST(ArticleKinds, OlderTemplatesMetadataAndFurniture) {
  Article pt = extract(R"(<html lang="pt"><head><title>Jornal do Dão | Barragem de Fagilde em mínimos históricos</title>
    </head><body><h1></h1><div class="entry"><h2>Barragem de Fagilde em mínimos históricos</h2>)" + kStory +
                       R"(<p class="postmetadata">Este artigo foi publicado em Terça-feira. Pode deixar uma resposta, ou
                       fazer trackback.</p></div></body></html>)",
                       "http://www.jornaldodao.pt/2026/11/barragem/");
  EXPECT_EQ(pt.headline.value_or(""), "Barragem de Fagilde em mínimos históricos");
  EXPECT_FALSE(has(pt.body, "trackback")) << pt.body;
  Article spip = extract(R"(<html lang="fr"><body><div class="cartouche"><p><abbr class="published"
    title="2026-11-16T08:12:00Z">lundi 16 novembre 2026</abbr> par <span class="vcard author">Maëlle Fougerol</span></p>
    <h1>Des patients créent leur centre de santé</h1></div><div class="texte">)" + kStory + R"(</div><div class="forum">
    <ul class="forum"><li class="forum-fil"><small>17 novembre 2026, par <span class="vcard author">Gérard L.</span></small>
    <p>Bravo à cette association, enfin une bonne nouvelle pour le quartier.</p></li></ul></div><div
    id="tarteaucitronRoot" class="content"><div id="tarteaucitronAlertBig">Ce site utilise des cookies et vous donne le
    contrôle sur ceux que vous souhaitez activer.</div></div></body></html>)");
  EXPECT_EQ(spip.authors, Names{"Maëlle Fougerol"});
  EXPECT_EQ(spip.published.value_or("").substr(0, 10), "2026-11-16");
  EXPECT_FALSE(has(spip.body, "cookies")) << spip.body;
  Article it = extract(R"(<html lang="it"><body><div class="article-head"><div class="occhiello">Ambiente</div><div
    class="headline">Garda, il lago cala di 40 centimetri: i pescatori chiedono aiuto</div><div class="sommario">Il
    livello del Benaco è sceso a 42 centimetri sopra lo zero idrometrico.</div></div><div class="testo">)" + kStory +
                       "</div></body></html>");
  EXPECT_TRUE(it.body.starts_with("Il livello del Benaco")) << it.body;
}

// Where the story stops (the r40e pass): print notes, funder notes, an opinion page's
// disclaimer, a column's "(*) La autora es", an "About us", The Conversation's licence line in
// French, a writer's account alone, a bio after the writer's birthplace; a writer card's
// Japanese heading is no writer.
TEST(ArticleKinds, NotesAfterTheLastParagraph) {
  auto page = [](const std::string& lang, const std::string& tail) {
    return "<html lang=\"" + lang + "\"><body><article><h1>Bridge to close</h1><p class=\"byline\">By Marta Guidetti</p>" +
           kStory + tail + "</article></body></html>";
  };
  for (const std::string& note :
       {std::string("<p>Artigo publicado na edição impressa de 5 de março de 2026</p>"),
        std::string("<p>Published in the print edition of 3 March 2026</p>"),
        std::string("<p>※ 이 기사는 충청북도 지역언론 지원사업의 지원을 받아 작성됐습니다.</p>"),
        std::string("<p>Diese Recherche wurde von der Stiftung Journalismus gefördert.</p>"),
        std::string("<p>Las opiniones expresadas por los columnistas son responsabilidad exclusiva de sus autores.</p>"),
        std::string("<p>The views expressed in this column are the author's own.</p>"),
        std::string("<p>(*) La autora es investigadora del Colegio de la Frontera Norte.</p>"),
        std::string("<p>Über uns: Ostwärts ist ein gemeinnütziges Online-Magazin über Osteuropa.</p>"),
        std::string("<p>Cet article est republié à partir de The Conversation sous licence Creative Commons.</p>"),
        std::string("<p>X: @luciaarriagam</p>"),
        std::string("<p>Marta Guidetti (Parma, 1987) è storica dell’architettura e insegna al Politecnico.</p>")}) {
    Article a = extract(page("en", note));
    EXPECT_TRUE(a.body.ends_with("no longer safe.")) << note << "\n" << a.body;
  }
  Article ja = extract(R"(<html lang="ja"><body><article><h1>越前がにの初競り</h1>)" + kStory + R"(<div
    class="writer-box"><p class="writer-box__label">この記事を書いた人</p><p class="writer-box__name">坂本遥</p></div>
    </article></body></html>)");
  for (const std::string& a : ja.authors) EXPECT_NE(a, "この記事を書いた人");
}

// What a byline's removal leaves of its line ("- Le 17 novembre 2026 à 19:05 Mis à jour le
// ... 4 min de lecture"); a chart's caption set as a paragraph under its embed; a Chinese
// byline of labelled parts as a line of its own.
TEST(ArticleKinds, LinesAroundTheStoryInModernTemplates) {
  Article fr = extract(R"(<html lang="fr"><body><article><h1>La voie verte fermée</h1><div class="signature"><span
    class="article__author">Par Élodie Sabatier</span> - <time datetime="2026-11-17T19:05:00+01:00">Le 17 novembre
    2026 à 19:05</time> <span>Mis à jour le 18 novembre 2026 à 07:30</span> <span>4 min de lecture</span></div>)" +
                       kStory + "</article></body></html>");
  EXPECT_FALSE(has(fr.body, "Mis à jour")) << fr.body;
  Article pt = extract(R"(<html lang="pt"><body><article><h1>Seca no Algarve</h1>)" + kStory + R"(<div
    class="flourish-embed"></div><p>Gráfico: evolução do armazenamento em Odelouca desde 2020. Fonte: SNIRH/APA</p>
    <p>O Governo aprovou em setembro um apoio de 12 milhões de euros para os agricultores afetados pela seca.</p>
    </article></body></html>)");
  EXPECT_FALSE(has(pt.body, "Fonte: SNIRH")) << pt.body;
  Article zh = extract(R"(<html lang="zh-Hant"><body><article><h1>空污季來臨　台中電廠燃煤三年減兩成</h1><div><p>文／林怡君　攝影／陳冠宇</p>
    </div><div class="content"><p>每年十月底開始，住在台中市梧棲區的陳秀蘭就會把客廳的窗戶關起來。她今年62歲，家距離電廠不到五公里。</p>
    <p>根據台電公布的資料，台中電廠2025年的燃煤量約為1,180萬公噸，比2022年減少約21%。</p></div></article></body></html>)");
  EXPECT_FALSE(has(zh.body, "攝影")) << zh.body;
}

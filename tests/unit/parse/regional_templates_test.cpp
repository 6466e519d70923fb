// Regional and CMS templates (the r41e pass): what a byline's removal leaves, a video's
// caption with its credit in a span, a date stamp worded as a sentence, Drupal's field
// states, reading times and writers' cards in other languages, photographers in labelled
// writer boxes, and a name's "Jr.".
#include <gtest/gtest.h>

#include <algorithm>

#include "extract_page.hpp"

using namespace newsarchive;
using Names = std::vector<std::string>;

namespace {

using parse_test::extract;
using parse_test::has;
using parse_test::kStory;
using parse_test::para;

}  // namespace

TEST(RegionalTemplates, WhatABylinesRemovalLeftOfItsDateLineGoes) {
  Article a = extract(R"(<html lang="nl"><body><article><header><h1>Fietstunnel onder de Maas weer maandenlang
    dicht</h1><div class="article__meta"><span class="article__source">Door <span class="author">Sanne van der
    Velden</span> en <span class="author">Bram Hoekstra</span></span> <time datetime="2025-03-04T06:00:00+01:00">04-03-25,
    06:00</time> <span class="article__update">Laatste update: <time datetime="2025-03-04T09:12:00+01:00">09:12</time>
    </span></div></header><p class="article__intro">De fiets- en voetgangerstunnel gaat vanaf april opnieuw maandenlang
    dicht, want de houten roltrappen aan de zuidkant worden vervangen.</p><div class="article__body">)" + kStory +
                      "</div></article></body></html>");
  EXPECT_TRUE(a.body.starts_with("De fiets- en voetgangerstunnel")) << a.body;
  EXPECT_EQ(a.authors, (Names{"Sanne van der Velden", "Bram Hoekstra"}));
}

TEST(RegionalTemplates, AVideoCaptionWithItsCreditInASpanGoes) {
  Article a = extract(R"(<html><head><meta property="og:site_name" content="Detroit Free Press"></head><body><article>
    <h1>Ice shove buries the shoreline</h1><div class="vp"><div
    class="vp_c">Drone footage shows ice piled against homes on Monday. <span class="vp_cr">Andre Whitfield, Detroit Free
    Press</span></div></div><div class="body">)" + kStory + R"(<div class="em"><div class="vp_c">Ice continues to move
    onto the shore near the park. <span class="vp_cr">Marisa Kowalczyk, Detroit Free Press</span></div></div>)" + para(4) +
                      "</div></article></body></html>");
  EXPECT_FALSE(has(a.body, "Drone footage")) << a.body;
  EXPECT_FALSE(has(a.body, "Ice continues")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 4")) << a.body;
  // A paragraph that ends in a signed quote is the story's: no full stop before the name.
  Article p = extract(R"(<html><body><article><h1>Ice shove buries the shoreline</h1>)" + kStory +
                      R"(<div class="note">The council thanked the volunteers who cleared the paths over the weekend
                      <em>Jane Doe, Harbour Trust</em></div></article></body></html>)");
  EXPECT_TRUE(has(p.body, "thanked the volunteers")) << p.body;
  // Letters signed "Name, Town" in plain boxes are the page's text, not captions.
  Article l = extract(R"(<html><body><article><h1>Letters: library cuts</h1><div class="letter">The council should be
    ashamed of cutting library hours when children need a quiet place to study. <span>Mary Jones, Springfield</span></div>
    <div class="letter">I have used the Eastside branch every week for twenty years and never found it empty.
    <span>Robert Chen, Shelbyville</span></div></article></body></html>)");
  EXPECT_TRUE(has(l.body, "ashamed of cutting library hours")) << l.body;
  EXPECT_TRUE(has(l.body, "Eastside branch")) << l.body;
}

TEST(RegionalTemplates, AStampWordedAsASentenceAtTheFootGoes) {
  Article a = extract(R"(<html><body><article><h1>County budget passes</h1><div class="story-body">)" + kStory +
                      R"(<p>This story was originally published March 6, 2025 at 5:00 AM.</p></div></article></body></html>)");
  EXPECT_FALSE(has(a.body, "originally published")) << a.body;
  Article b = extract(R"(<html><body><article><h1>County budget passes</h1><div class="story-body">)" + kStory +
                      R"(<p>This story was originally published by ProPublica.</p></div></article></body></html>)");
  EXPECT_TRUE(has(b.body, "originally published by ProPublica")) << b.body;
}

TEST(RegionalTemplates, DrupalsHiddenLabelHidesNoField) {
  Article a = extract(R"(<html><body><article><h1>River flood recovery drags on</h1><div class="node__content"><div
    class="field field--name-body field--label-hidden">)" + para(1) + para(2) + para(3) + R"(</div><div class="field
    field--name-field-body-continued"><h2>What's next</h2>)" + para(4) + para(5) + "</div></div></article></body></html>");
  EXPECT_TRUE(has(a.body, "Paragraph 1")) << a.body;
  EXPECT_TRUE(has(a.body, "Paragraph 5")) << a.body;
}

TEST(RegionalTemplates, ReadingTimesAndWritersCardsInOtherLanguages) {
  Article de = extract(R"(<html lang="de"><body><article><header><h1>Das Ticket wird teurer</h1><p class="teaser">Der
    Verkehrsverbund erhöht die Preise zum ersten Mal seit drei Jahren deutlich.</p><div class="meta"><span>Von Lena
    Hartmann</span><div class="readtime">Lesedauer: 6 Min</div></div></header><div class="body">)" + kStory +
                       "</div></article></body></html>");
  EXPECT_FALSE(has(de.body, "Lesedauer")) << de.body;
  Article es = extract(R"(<html lang="es"><body><article><h1>La anchoa vuelve al Cantábrico</h1><div class="cuerpo">)" +
                       kStory + R"(</div><div class="autor-ficha"><p class="autor-ficha__nombre">Lucía Merino</p><p
                       class="autor-ficha__bio">Periodista de la sección de Sociedad. Escribe sobre ciencia, medio
                       ambiente y el mar.</p></div></article></body></html>)");
  EXPECT_FALSE(has(es.body, "Periodista de la sección")) << es.body;
  // A programme's "lecture" is no reading time.
  Article ev = extract(R"(<html><body><article><h1>Science week programme</h1>)" + kStory +
                       R"(<ul><li>Opening talk 30 minutes</li><li>Guest lecture 45 minutes</li><li>Public lecture 90
                       min</li></ul></article></body></html>)");
  EXPECT_TRUE(has(ev.body, "Guest lecture 45 minutes")) << ev.body;
  // A byline's name in a <span class="auteur"> is no card: the line's date still goes whole.
  Article fr = extract(R"(<html lang="fr"><body><article><h1>Le budget est voté</h1><p class="bloc_signature">Le Monde
    | 04.05.2015 à 13h36 | Par <span class="auteur">Martin Untersinger</span></p>)" + kStory +
                       "</article></body></html>");
  EXPECT_FALSE(has(fr.body, "Par")) << fr.body;
}

TEST(RegionalTemplates, APhotographersLabelledBoxNamesNoWriter) {
  Article a = extract(R"(<html lang="sv"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tre
    byskolor kan läggas ned","author":[{"@type":"Person","name":"Erik Lindqvist"},{"@type":"Person","name":"Sara Holm"},
    {"@type":"Person","name":"Johan Berg"}]}</script></head><body><article><h1>Tre byskolor kan läggas ned</h1><div
    class="article__byline"><div class="byline-author"><span class="role">Text</span> <a href="/av/erik">Erik
    Lindqvist</a></div><div class="byline-author"><span class="role">Text</span> <a href="/av/sara">Sara Holm</a></div><div
    class="byline-author"><span class="role">Foto</span> <a href="/av/johan">Johan Berg</a></div></div>)" + kStory +
                      "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Erik Lindqvist", "Sara Holm"}));
}

TEST(RegionalTemplates, ANamesSuffixKeepsItsFullStop) {
  Article a = extract(R"(<html><body><article><h1>Jail deaths rise</h1><p class="byline">By Marcus Bell Jr., Dana
    O'Neill and Priya Raman</p>)" + kStory + "</article></body></html>");
  EXPECT_EQ(a.authors, (Names{"Marcus Bell Jr.", "Dana O'Neill", "Priya Raman"}));
  // Structured data without the stop still meets the printed byline: no co-author is lost.
  Article b = extract(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":
    "Person","name":"Marcus Bell Jr"}}</script></head><body><article><h1>Jail deaths rise</h1><p class="byline">By Marcus
    Bell Jr., Dana O'Neill and Priya Raman</p>)" + kStory + "</article></body></html>");
  EXPECT_EQ(b.authors, (Names{"Marcus Bell Jr.", "Dana O'Neill", "Priya Raman"}));
}

// A short sentence whose link is most of it is the story's ("The plan was first reported by
// the Financial Times."), and its link with it; a label before a link is not.
TEST(RegionalTemplates, AShortSentenceMostlyLinkStays) {
  Article a = extract(R"(<html><body><article><h1>Pentagon limits reporters</h1>)" + kStory +
                      R"(<p>The plan was <a href="https://www.ft.com/content/abc">first reported by the Financial
                      Times</a>.</p><p>Read more: <a href="/news/other-story">Reporters lose their desks at the
                      Pentagon</a>.</p><p>See also <a href="/news/third">The long history of press passes at the
                      Pentagon</a>.</p>)" + para(4) + "</article></body></html>");
  EXPECT_TRUE(has(a.body, "The plan was first reported by the Financial Times.")) << a.body;
  EXPECT_FALSE(has(a.body, "Reporters lose their desks")) << a.body;
  EXPECT_FALSE(has(a.body, "long history of press passes")) << a.body;
  // Plugs and teasers stay out: a partner's promo, the site's own story.
  Article p = extract(R"(<html><body><article><h1>Pentagon limits reporters</h1>)" + kStory +
                      R"(<p>Our partners at <a href="https://www.cnn.com/live">CNN have the latest on the Pentagon
                      story</a>.</p><p>The plan was <a href="https://news.example.com/a/other.html">first set out in our
                      earlier story on the press corps</a>.</p></article></body></html>)");
  EXPECT_FALSE(has(p.body, "Our partners")) << p.body;
  EXPECT_FALSE(has(p.body, "first set out")) << p.body;
  EXPECT_TRUE(std::any_of(a.links.begin(), a.links.end(), [](const Link& l) { return l.url.find("ft.com") != std::string::npos; }));
}

// Boxes and notes of Indian and magazine templates (the r42e pass): a sign-in box after the
// story, a summary box's label that says a machine wrote it, a call for letters to the editor.
TEST(RegionalTemplates, SignInBoxesAiSummaryLabelsAndCallsForLetters) {
  Article a = extract(R"(<html><body><article><h1>Onion prices ease</h1><div class="quick-reads"><div
    class="qr-hdr"><span>Quick Read</span> <span class="qr-note">Summary is AI-generated, newsroom-reviewed</span></div></div>
    <div itemprop="articleBody">)" + kStory + R"(<p><em>Let us know what you think about this article. Submit a letter to
    the editor at <a href="mailto:mail@example.com">mail@example.com</a>.</em></p></div><div class="signin-box"><h4>Sign in to
    unlock member-only benefits!</h4><ul><li>Access 10 free stories every month</li><li>Save stories to read
    later</li></ul></div></article></body></html>)");
  EXPECT_FALSE(has(a.body, "AI-generated")) << a.body;
  EXPECT_FALSE(has(a.body, "letter to the editor")) << a.body;
  EXPECT_FALSE(has(a.body, "Sign in to unlock")) << a.body;
  EXPECT_TRUE(has(a.body, "Engineers had warned")) << a.body;
  // A story's own words on the subject stay.
  Article b = extract(R"(<html><body><article><h1>Readers write in</h1>)" + kStory + R"(<p>Let us know what you think
    of the new bridge plan, the mayor told residents at the meeting on Tuesday evening.</p></article></body></html>)");
  EXPECT_TRUE(has(b.body, "the mayor told residents")) << b.body;
}

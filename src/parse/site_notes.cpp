// Notes a site prints around every story of a kind, not the story: print-edition and issue
// notes, broadcast and programme notes, transcript disclaimers, a fact-checker's membership,
// pointers to the site's own pages, terms of reuse in scripts without capitals.
#include "parse/site_notes.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace newsarchive::parse {
namespace {

// A note by its shape: how it opens (lower case), a phrase it holds, and, when given, a
// second phrase it holds too.
struct NoteShape {
  std::size_t max_chars;
  std::vector<std::string_view> opens, holds, also;
};

const std::vector<NoteShape>& note_shapes() {
  static const std::vector<NoteShape> shapes = {
      // "A version of this article appears in print on April 9, 2024, Section A, Page 20 of the
      // New York edition with the headline: ...", "This article appeared in the Europe section of
      // the print edition under the headline ...", "... appears in the print on May 13, 2024, of
      // The Kathmandu Post with the headline ...".
      {400,
       {"a version of this", "this article appeared in", "published in the print", "appeared in the print"},
       {"in print", "print edition", "in the print"},
       {"headline", "page ", "issue"}},
      // The same in other languages: "Een versie van dit artikel verscheen ook in NRC", "Dieser
      // Artikel erschien in der gedruckten Ausgabe", "Cet article est paru dans l'édition du".
      {300,
       {"een versie van dit artikel", "dieser artikel erschien", "cet article est paru",
        "questo articolo \xC3\xA8 uscito", "este art\xC3\xAD\x63ulo se public\xC3\xB3 en la edici\xC3\xB3n"},
       {},
       {}},
      // A paper's print headline under the web story: "Newspaper headline: China, Indonesia
      // deepen new energy ties" (Global Times).
      {200, {"newspaper headline:", "print headline:"}, {}, {}},
      // A magazine's issue note: "This article appears in the 13 Mar 2026 issue of the New
      // Statesman, The Housing Trap", "This article appears in the March 23-30, 2026 issue."
      {200,
       {"this article appears in", "this article appeared in", "this story appears in", "this story appeared in",
        "this piece appears in", "this piece appeared in"},
       {" issue", "edition"},
       {}},
      // A broadcast's note: "This program aired on November 17, 2026.", "This segment
      // originally aired on ...".
      {120,
       {"this program", "this programme", "this segment", "this episode", "this interview", "this conversation"},
       {"aired", "broadcast"},
       {}},
      // A print note in other words and languages: "Published in the print edition of 3
      // March", "Artigo publicado na edição impressa de 5 de março", "Questo saggio è apparso
      // sul numero 18 della rivista cartacea".
      {200,
       {"published in the print edition", "artigo publicado na edi\xC3\xA7\xC3\xA3o impressa",
        "publicado na edi\xC3\xA7\xC3\xA3o impressa", "publicado en la edici\xC3\xB3n impresa",
        "questo saggio \xC3\xA8 apparso", "questo articolo \xC3\xA8 apparso", "erschienen in der printausgabe",
        "paru dans l'\xC3\xA9" "dition imprim\xC3\xA9" "e"},
       {},
       {}},
      // A funder's note: "※ 이 기사는 충청북도 지역언론 지원사업의 지원을 받아 작성됐습니다" (this
      // article was written with support from ...), "Diese Recherche wurde von ... gefördert."
      {250,
       {"\xE2\x80\xBB \xEC\x9D\xB4 \xEA\xB8\xB0\xEC\x82\xAC\xEB\x8A\x94",  // ※ 이 기사는
        "\xEC\x9D\xB4 \xEA\xB8\xB0\xEC\x82\xAC\xEB\x8A\x94"},                 // 이 기사는
       {"\xEC\xA7\x80\xEC\x9B\x90"},                                              // 지원
       {}},
      {250,
       {"diese recherche wurde", "dieser artikel wurde", "dieser beitrag wurde", "dieses projekt wurde",
        "die recherche wurde"},
       {"gef\xC3\xB6rdert", "unterst\xC3\xBCtzt", "finanziert"},
       {}},
      // The opinion page's disclaimer: "The views expressed are the author's own", "Las
      // opiniones expresadas por los columnistas son responsabilidad exclusiva de sus autores".
      {300,
       {"the views expressed", "views expressed in", "the opinions expressed", "opinions expressed in",
        "las opiniones expresadas", "as opini\xC3\xB5" "es expressas", "les opinions exprim\xC3\xA9" "es",
        "le opinioni espresse", "die ge\xC3\xA4u\xC3\x9F" "erten meinungen"},
       {"author", "autor", "auteur", "autori", "columnist", "own", "necessarily", "responsabilidad",
        "responsabilidade", "responsabilit\xC3\xA0", "reflect", "reflejan", "refletem", "riflettono"},
       {}},
      // The magazine's call for letters: "Let us know what you think about this article.
      // Submit a letter to the editor at mail@wired.com."
      {250,
       {"let us know what you think", "tell us what you think", "what do you think? ", "submit a letter",
        "write to us at", "send a letter to the editor"},
       {"letter to the editor", "letters to the editor", "letter@", "letters@", "mail@", "@"},
       {}},
      // A summary box's label that says a machine wrote it: "Summary is AI-generated,
      // newsroom-reviewed", "Quick Read Summary is AI-generated".
      {120,
       {"summary is ai", "quick read", "ai summary", "ai-generated summary", "this summary was generated",
        "zusammenfassung", "r\xC3\xA9sum\xC3\xA9 g\xC3\xA9n\xC3\xA9r\xC3\xA9"},
       {"ai-generated", "generated by ai", "ai generated", "ki-generiert", "von einer ki", "par l'ia",
        "generated with ai", "newsroom-reviewed", "with the help of ai", "reviewed by an editor"},
       {}},
      // The regulator a British paper answers to: "This website and associated newspapers
      // adhere to the Independent Press Standards Organisation's Editors' Code of Practice."
      {400,
       {"this website and associated newspapers", "this newspaper adheres", "this website adheres",
        "this publication adheres", "we adhere to", "this title is regulated", "this newspaper is regulated"},
       {"independent press standards organisation", "ipso", "editors' code", "editors\xE2\x80\x99 code"},
       {}},
      // A column's note on its writer: "(*) La autora es investigadora del Colegio de ...".
      {300,
       {"(*) la autora", "(*) el autor", "* la autora es", "* el autor es", "(*) o autor", "(*) a autora",
        "(*) l'auteur", "(*) l'autrice", "(*) the author", "* the author is"},
       {},
       {}},
      // The site's "About us" under every story: "Über uns: Ostwärts ist ein gemeinnütziges
      // Online-Magazin ...".
      {500, {"\xC3\xBC" "ber uns:", "about us:", "quienes somos:", "qui\xC3\xA9nes somos:", "chi siamo:", "qui sommes-nous"}, {}, {}},
      // A page's jump line: "Continued from Page 1", "Continued on next page".
      {40,
       {"continued from page", "continued on page", "continued on next page", "continued from previous",
        "continued from p.", "continued on p."},
       {},
       {}},
      // A German broadcaster's programme note: "Dieses Thema im Programm: MDR SACHSEN | 21.
      // November 2026 | 06:00 Uhr", "Über dieses Thema berichtet: BR24 Rundschau am 21.11.2026
      // um 18:30 Uhr.", "Diese Nachricht wurde am 21.11.2026 im Programm Deutschlandfunk gesendet."
      {200, {"dieses thema im programm", "\xC3\xBC" "ber dieses thema berichtet"}, {}, {}},
      {160,
       {"diese nachricht wurde", "dieser beitrag wurde", "diese sendung wurde"},
       {"gesendet", "ausgestrahlt"},
       {"programm", "sendung", "radio"}},
      // A transcript's disclaimer: "Notice: Transcripts are machine and human generated and
      // lightly edited for accuracy. They may contain errors.", "This transcript may not be in
      // its final form." (Not "The transcript of the hearing ... may contain errors".)
      {300,
       {"notice:", "note:", "disclaimer:", "this transcript", "transcripts ", "this is a rush",
        "editor's note: this tr", "editor\xE2\x80\x99s note: this"},
       {"transcript"},
       {"may contain errors", "final form", "lightly edited", "rush transcript", "machine generated",
        "machine-generated"}},
  };
  return shapes;
}

// Terms of reuse in Pashto, Persian, Arabic, Russian and Ukrainian: "د پژواک د خبرونو بیا خپرول
// یوازې د سرچینې په یادولو سره روا دي", "بازنشر ... با ذکر منبع مجاز است", "يمنع إعادة النشر
// دون إذن", "При перепечатке ссылка обязательна": reuse, what is allowed, and the credit asked
// for (Cyrillic words without their first letter: either case).
bool reuse_terms(std::string_view t) {
  static const std::vector<std::string_view> kReuse = {
      "\xD8\xA8\xDB\x8C\xD8\xA7 \xD8\xAE\xD9\xBE\xD8\xB1\xD9\x88\xD9\x84",                      // بیا خپرول
      "\xD8\xA8\xD8\xA7\xD8\xB2\xD9\x86\xD8\xB4\xD8\xB1",                                       // بازنشر
      "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB1 \xD9\x85\xD8\xAC\xD8\xAF\xD8\xAF",      // انتشار مجدد
      "\xD8\xA5\xD8\xB9\xD8\xA7\xD8\xAF\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x86\xD8\xB4\xD8\xB1",      // إعادة النشر
      "\xD8\xA5\xD8\xB9\xD8\xA7\xD8\xAF\xD8\xA9 \xD9\x86\xD8\xB4\xD8\xB1",                      // إعادة نشر
      "\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBF\xD0\xB5\xD1\x87\xD0\xB0\xD1\x82",                       // (п)ерепечат
      "\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB4\xD1\x80\xD1\x83\xD0\xBA"};                              // (п)ередрук
  static const std::vector<std::string_view> kAllowed = {
      "\xD8\xB1\xD9\x88\xD8\xA7",                                                               // روا
      "\xD9\x85\xD8\xAC\xD8\xA7\xD8\xB2",                                                       // مجاز
      "\xD9\x85\xD9\x85\xD9\x86\xD9\x88\xD8\xB9",                                               // ممنوع
      "\xD9\x8A\xD9\x85\xD9\x86\xD8\xB9", "\xD9\x8A\xD9\x8F\xD9\x85\xD9\x86\xD8\xB9",           // يمنع يُمنع
      "\xD9\x8A\xD8\xB3\xD9\x85\xD8\xAD",                                                       // يسمح
      "\xD0\xB7\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD1\x89",                                       // запрещ(ена)
      "\xD0\xBE\xD0\xB1\xD1\x8F\xD0\xB7\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xBD",       // обязательн(а)
      "\xD0\xB7\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x80\xD0\xBE\xD0\xBD"};                              // заборон(ено)
  static const std::vector<std::string_view> kCredit = {
      "\xD9\x85\xD9\x86\xD8\xA8\xD8\xB9", "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1",   // منبع المصدر
      "\xD8\xB3\xD8\xB1\xDA\x86\xDB\x8C\xD9\x86\xDB\x90",                                       // سرچینې
      "\xD8\xA5\xD8\xB0\xD9\x86",                                                               // إذن (permission)
      "\xD1\x81\xD1\x81\xD1\x8B\xD0\xBB\xD0\xBA", "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xB8\xD0\xBB\xD0\xB0\xD0\xBD",  // ссылк посилан
      "\xD0\xB7\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD1\x89", "\xD0\xB7\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x80\xD0\xBE\xD0\xBD"};
  return icontains_any(t, kReuse) && icontains_any(t, kAllowed) && icontains_any(t, kCredit);
}

// A box that ends by sending the reader off: "Livemint tops charts as the fastest growing news
// website in the world. Click here to know more." The last sentence is the call, a short one.
bool ends_in_a_click(std::string_view t) {
  if (!icontains(t, "click here to ")) return false;
  const std::string e = to_lower_ascii(trim(t));
  std::size_t at = e.rfind("click here to ");
  bool last_sentence = at == 0 || (at >= 2 && (e.compare(at - 2, 2, ". ") == 0 || e.compare(at - 2, 2, "! ") == 0));
  return last_sentence && e.size() - at <= 40 && e.find(". ", at) == std::string::npos;
}

// A pointer to the site's own pages: "Den aktuellen Wetterbericht für Frankfurt finden Sie auf
// unserer Wetterseite.", "For the latest forecast, visit our weather page." Not a quote
// ("'Residents can visit our new transport hub from Monday,' the mayor said"), not "befinden
// sie sich auf unserer Intensivstation".
bool points_to_own_pages(std::string_view t) {
  for (std::string_view quote : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9E", "\xC2\xAB"})
    if (t.find(quote) != std::string_view::npos) return false;
  const std::string l = to_lower_ascii(t);
  auto has = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return l.find(w) != std::string::npos; });
  };
  bool finden = (l.starts_with("finden sie") || has({" finden sie"})) && has({"auf unserer", "in unserer", "auf unseren"}) &&
                has({"seite", "website", "portal", "rubrik", "bersicht"});
  bool visit = has({"visit our ", "see our "}) && has({" page", "website"});
  return finden || visit;
}

}  // namespace

bool site_note(std::string_view t, std::size_t chars) {
  const std::string low = lower_utf8(t.substr(0, 64));
  for (const NoteShape& s : note_shapes())
    if (chars <= s.max_chars &&
        std::any_of(s.opens.begin(), s.opens.end(), [&](std::string_view o) { return low.starts_with(o); }) &&
        (s.holds.empty() || icontains_any(t, s.holds)) && (s.also.empty() || icontains_any(t, s.also)))
      return true;
  // A fact-checker's membership: "AAP FactCheck is an accredited member of the International
  // Fact-Checking Network. To keep up with our latest fact checks, follow ..." (not news about
  // it: "... many of them members of the International Fact-Checking Network").
  if (chars <= 300 && icontains(t, "fact-checking network") &&
      icontains_any(t, {"is an accredited member", "is a member", "is a verified", "is a signatory",
                    "is an accredited signatory", "is certified by"}))
    return true;
  return (chars <= 200 && (reuse_terms(t) || points_to_own_pages(t))) || (chars <= 250 && ends_in_a_click(t));
}

}  // namespace newsarchive::parse

// Elements that hold a byline, judged by their names: a byline's box, a writer's card in the
// rail beside the story.
#include "parse/byline_elements.hpp"

#include <string>

#include "core/text.hpp"
#include "parse/html.hpp"
#include "parse/names.hpp"
#include "parse/regions.hpp"
#include "parse/shown_dates.hpp"

namespace newsarchive::parse {

// An element named as a byline by its class and id.
bool is_byline_element(const GumboNode* n) {
  std::string key = class_and_id(n);
  if (key.size() > 300) return false;
  // English, German/Spanish/Italian/Polish ("autor", "autore"), French ("auteur"), Spanish
  // and Italian "firma", Turkish "yazar" and "muhabir", Indonesian "penulis", "signature",
  // "reporter", Basque "egileak", Nordic "forfatter"/"skribent", Hungarian "szerzo", Vietnamese
  // "tac-gia", and the "editorName" box some CMSs print the writer in.
  bool named = false;
  for (std::string_view w : {"author", "byline", "autor", "writer", "auteur", "firma", "signature", "yazar", "penulis",
                             "reporter", "muhabir", "egile", "forfatter", "skribent", "szerzo", "tac-gia", "tacgia",
                             "editorname", "editor-name", "editor_name", "writeby", "writtenby", "written-by", "written_by"})
    named = named || key.find(w) != std::string::npos;
  if (!named) return false;
  if (key.find("authori") != std::string::npos) return false;  // "authority-control", "authorization"
  // Author boxes and bios hold prose, avatars and links, not the byline.
  for (const char* no : {"bio", "avatar", "image", "img", "photo", "social", "follow", "more", "list", "about",
                         "description", "comment", "bild", "foto", "credit", "caption", "copyright"})
    if (key.find(no) != std::string::npos) return false;
  return true;
}

// A writer's card that holds prose (a bio) around an element of its own for the name: the
// name's element is the byline, not the card's sentences ("wykłada na Uniwersytecie ...").
bool card_around_byline(const GumboNode* n, const std::string& text) {
  const std::string key = class_and_id(n);
  if (key.find("card") == std::string::npos && key.find("box") == std::string::npos &&
      key.find("profile") == std::string::npos)
    return false;
  const GumboNode* inner = nullptr;
  for_each_element(n, [&](const GumboNode* e) {
    if (!inner && e != n && is_byline_element(e)) inner = e;
    return !inner;
  });
  if (!inner || words(text).size() < words(text_content(inner, 400)).size() + 4) return false;
  // The prose is a paragraph of its own (a bio), not co-authors in spans beside the first.
  bool bio = false;
  for_each_element(n, [&](const GumboNode* e) {
    if (e == inner) return false;
    bio = bio || (tag_of(e) == GUMBO_TAG_P && words(text_content(e, 400)).size() >= 4);
    return !bio;
  });
  return bio;
}

// A writer's card in the rail holds one writer: their name's element, however many links to
// their other columns (a widget of several columnists names other writers).
bool one_writer_card(const GumboNode* n) {
  const GumboNode* card = author_card_of(n);
  if (!card) return false;
  // Its writers' names: elements named so ("author-card__name"), else every byline element
  // (a card also names the writer's role and contact in boxes of their own).
  int named = 0, bylines = 0;
  for_each_element(card, [&](const GumboNode* e) {
    if (e == card || !is_byline_element(e)) return true;
    ++bylines;
    if (class_and_id(e).find("name") != std::string::npos) ++named;
    return false;
  });
  return named > 0 ? named == 1 : bylines == 1;
}

}  // namespace newsarchive::parse

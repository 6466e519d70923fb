#pragma once
// Elements that hold a byline, judged by their names.
#include <string>

#include <gumbo.h>

namespace newsarchive::parse {

// Named as a byline ("author", "byline", "autor", "firma", "yazar", "reporter", ...), and not
// an author box's bio, avatar or links.
bool is_byline_element(const GumboNode* n);
// A writer's card that holds prose (a bio paragraph) around an element of its own for the
// name: that element is the byline, not the card's sentences.
bool card_around_byline(const GumboNode* n, const std::string& text);
// A writer's card in the rail holding one writer's name (not a widget of columnists).
bool one_writer_card(const GumboNode* n);

}  // namespace newsarchive::parse

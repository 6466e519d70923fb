#pragma once
// Where an element stands on the page, for the metadata walk: bylines and dates in teaser
// cards, figures, comment threads or breadcrumbs belong to something other than the story.
#include <gumbo.h>

#include <initializer_list>
#include <string_view>

namespace newsarchive::parse {

// Attribute names and short values mention `word` (ASCII, lower-case): class, id, data-*, aria-label.
bool attrs_mention(const GumboNode* n, std::string_view word);
// attrs_mention for any of `words`.
bool mentions_any(const GumboNode* n, std::initializer_list<std::string_view> words);
// A heading in a breadcrumb trail, navigation, list or sidebar: sites put an SEO copy of
// the title there, while readers see the headline further down.
bool in_breadcrumb_or_furniture(const GumboNode* n);
// Inside a teaser card, a related-stories list or page furniture: a byline there names
// another story's writer.
bool in_teaser(const GumboNode* n);
// The aside around `n` that is named the writer's card ("<aside class=author-card>"), or
// null: a columnist's name in the rail beside the story, not a teaser's byline.
const GumboNode* author_card_of(const GumboNode* n);
// Inside the site's clock: the bar over the page that shows today's date ("topbar",
// "jeg_top_date", "today", "current-date"), not the story's.
bool in_site_clock(const GumboNode* n);
// Inside the site's header (a <header>, or a box named "header" or "masthead", outside the
// story and holding no story title): a date there is most often the reader's day.
bool in_site_header(const GumboNode* n);
// Inside a figure or its caption: an image's creator is a photographer, not the writer.
bool in_figure(const GumboNode* n);
// Inside the story's own container (<article>, <main>, a class naming the article, story
// or entry), not a footer.
bool in_story(const GumboNode* n);
// Inside a page or article footer (a <footer>, an id or class naming one).
bool in_footer(const GumboNode* n);
// Inside a comment thread: its "Published ..." lines date readers' comments.
bool in_comments(const GumboNode* n);

}  // namespace newsarchive::parse

#pragma once
// Short lines judged by their text alone, for the body's cleaning: what is furniture, a
// caption or a credit line once the class-based rules have run.
#include <gumbo.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::parse {

// Short furniture lines that survive class-based removal: share, subscribe and paywall
// lines, ad labels, "read also" lines, counters, reading times, channel promotions.
// `chars`: the code points of `t`.
bool boilerplate_text(std::string_view t, std::size_t chars);
// The same without promotion_or_notice(), for a caller that has judged that already.
bool furniture_line(std::string_view t, std::size_t chars);

// A photo caption or credit line left outside <figure>: short text ending in a credit.
bool looks_like_caption(std::string_view t, std::size_t chars);


// The text ends like a sentence: a full stop, "!", "?", ":", a quote or bracket, or a
// non-ASCII character.
bool ends_sentence(std::string_view t);
// The text ends in a sentence's mark in any script: ".", "!", "?", ":", a closing quote or
// bracket, "。", "！", "？", "؟", "۔", "।". Unlike ends_sentence(), a letter of another
// script ("اقتصاد", "会員限定記事") is not an end: that is a label.
bool ends_with_stop(std::string_view t);

// "Quelle: ntv.de, ino/dpa", "This article originally appeared on ...", "© dpa-infocom".
bool is_credit_line(std::string_view t);
// "This article first appeared on ...", "Artikel ini telah tayang di ...", "Cet article est
// republié à partir de ...": where a republished story first ran, under it.
bool syndication_line(std::string_view t);
// A source line closing a story: "Quelle: dpa", "Zdroj: ČTK", "(APA)", "(©NTB)". Fundus
// leaves it out of the body; it goes to the trailer, where the agency counts as a source.
bool is_source_line(std::string_view t);

// Credit lines in the stretch of page right after the body's last block (`last`): at most
// three, looking no further than about 1,500 characters of text or 400 nodes.
std::vector<std::string> credit_lines_after(const GumboNode* last);
// The text of an element marked as the story's source or credit ("article-source", "quelle",
// "article-credit") when it is a source or wire credit line: "Bron: BELGA", "(Avec AFP)".
std::optional<std::string> marked_source_line(const GumboNode* n);

// A wire story's newsroom credits: "Reporting by Jane Doe in Paris; Editing by John Roe".
bool is_staff_credit(std::string_view t);
// A release's press-contact label opening its line: "Media contact:", "Contacto para medios",
// "Pressekontakt". The names, titles and addresses under it are no story.
bool media_contact_label(std::string_view t);

// A copyright line ("© Example Media. All rights reserved").
bool is_copyright_notice(std::string_view t);

// A reaction button's label and its count: "Like 0", "추천해요 12", "Gefällt mir 3". A list
// of them is a reactions box.
bool label_and_count(std::string_view text);

}  // namespace newsarchive::parse

#pragma once
// Headings over the boxes beside a story, and the writers' bios, judged by their text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::parse {

// A short line naming what the profile under it is about: "About Halvorsen Marine", "Über
// die Autorin", "À propos de ...".
bool heads_a_profile(std::string_view line);
// A heading over a box of reference beside the story, the same on every page of its kind: a
// fact-checker's glossary of ratings ("The Verdict definitions"), how to cite the page
// ("Zitiervorschlag"), the quotes of the companies it names ("Wertpapiere in diesem Artikel"),
// a match's line-ups ("Aufstellungen").
bool heads_reference_box(std::string_view heading);
// A heading over the writers' bios: "About the author", "Sobre la firma", "Über die Autorin".
bool about_the_author(std::string_view heading);

// A writer's bio line: one of `writers` (their names), then what they do ("Maya Okafor
// covers the Bronx for The Times.", "Jane Doe is a reporter based in Paris.").
bool is_writer_bio(std::string_view t, std::size_t chars, const std::vector<std::string>& writers);

}  // namespace newsarchive::parse

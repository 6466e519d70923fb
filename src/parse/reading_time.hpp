#pragma once
// Reading times as sites print them beside a story ("4 min read", "Lesedauer: 6 Min").
#include <cstddef>
#include <string_view>
#include <vector>

namespace newsarchive::parse {

// The labels of a reading time, lower case, before the count and its optional colon
// ("lesedauer", "reading time", "temps de lecture").
const std::vector<std::string_view>& reading_labels();
// "4 min", "4 min read", "5 Min. Lesezeit", "Lesezeit: 3 Minuten" (`low`: lower-cased).
bool reading_time(std::string_view low);
// The length of the reading time's unit that ends the lower-case text ("min read",
// "Min. Lesezeit", "minuti di lettura"), after a space or standing alone; 0 for none.
std::size_t reading_unit_at_end(std::string_view low);
// A header's age of the story and its reading time, or either alone: "Hace 3 horas Tiempo de
// lectura: 4 minutos", "3 hours ago · 4 min read", "vor 2 Stunden" (`low`: lower-cased).
bool age_and_reading_time(std::string_view low);

}  // namespace newsarchive::parse

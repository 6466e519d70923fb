#pragma once
// Author name cleaning and the word tests behind it, shared by author choosing
// (authors.cpp) and name cleaning (names.cpp).
#include <string>
#include <string_view>
#include <vector>

#include "parse/lead_ins.hpp"

namespace newsarchive::parse {

// Whether `word` (lower-case ASCII) stands in `text` as a whole word, in any case.
bool contains_word(std::string_view text, std::string_view word);
// The space-separated words of `s`, trimmed, empty ones left out.
std::vector<std::string> words(std::string_view s);

// A plausible person name: 1..5 words, no digits, no role or organisation words, not all
// lower-case Latin.
bool is_person_name(const std::string& p);

// An organisation rather than a person: agency, outlet and desk words, a domain, a lone acronym.
// `acronyms`: a lone word in capitals counts as an agency; not where the whole text is
// written in capitals ("O'BRIEN, PAT").
bool is_org_like(std::string_view s, bool acronyms = true);
// A credit for other work than writing, before a colon or in parentheses after a name:
// "Lektorat", "Foto", "Editor", "Video", "Übersetzung", a source label ("Quelle").
bool is_other_work(std::string_view label);
// Only job words: "Staff", "Staff Writer", "Senior Reporter".
bool is_role_only(const std::string& part);
// A byline part that says what the writer is rather than who: "Education Reporter",
// "Staff Writers", "Reuters", "The Associated Press".
bool is_affiliation(const std::string& part);
// Splits at commas, semicolons, pipes, bullets and the words "and"/"und"/"et"/... .
std::vector<std::string> split_names(const std::string& s);
// Written in Latin letters: every UTF-8 lead byte below U+0280 (ASCII, Latin-1, Extended-A/B).
// A byline's parts (" | ") without a reporter card's beat and button: Korean "기상·환경 담당"
// (in charge of weather and the environment), "기자 페이지 가기" (go to the reporter's page).
std::string without_card_labels(const std::string& s);
bool is_latin(std::string_view s);
// False for the scripts that write a name without a space (Chinese, Japanese, Korean,
// Burmese): one word there may be a whole name; in the others it is not.
bool spaces_names(std::string_view s);
// Opens with a lower-case ASCII letter.
bool starts_lower(std::string_view s);
// True when `s` opens with a capital letter of any script that has them ("Élise", "Мария").
bool starts_upper(std::string_view s);
// The number of code points of `s` when `letter` accepts every one ("刘思远" with is_han:
// 3), else 0.
std::size_t script_letters(std::string_view s, bool (*letter)(char32_t));

// clean_authors; `printed` for bylines as shown on the page rather than name fields.
std::vector<std::string> clean_names(const std::vector<std::string>& raw, bool keep_orgs, bool printed);

}  // namespace newsarchive::parse

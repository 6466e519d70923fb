// Headings over the boxes beside a story that are not the story: the writers' bios ("About
// the author"), a company's profile ("About Halvorsen Marine"), boxes of reference (a ratings
// glossary, how to cite the page, securities, a match's line-ups).
#include "parse/box_headings.hpp"

#include <algorithm>
#include <string>

#include "core/text.hpp"
#include "parse/lines.hpp"

namespace newsarchive::parse {

bool heads_a_profile(std::string_view line) {
  if (utf8_length(line) > 80 || ends_with_stop(line)) return false;
  std::string low = lower_utf8(trim(line));
  for (std::string_view about : {"about ", "\xC3\xBC" "ber ", "\xC3\xA0 propos", "sobre ", "over ", "om "})
    if (low.starts_with(about)) return true;
  return false;
}

bool about_the_author(std::string_view heading) {
  std::string low = lower_utf8(trim(heading));
  while (!low.empty() && (low.back() == ':' || low.back() == '.')) low.pop_back();
  static constexpr std::string_view kLabels[] = {
      "about the author", "about the authors", "about the writer", "about the writers", "about the reporter",
      "sobre la firma", "sobre el autor", "sobre la autora", "sobre los autores", "sobre o autor", "sobre a autora",
      "\xC3\xBC" "ber den autor", "\xC3\xBC" "ber die autorin", "\xC3\xBC" "ber die autoren", "zur person",
      "\xC3\xA0 propos de l'auteur", "\xC3\xA0 propos de l\xE2\x80\x99" "auteur", "l'autore", "sull'autore",
      "over de auteur", "om skribenten", "om forfatteren", "om f\xC3\xB6rfattaren", "kirjoittajasta", "o autorze",
      "yazar hakk\xC4\xB1nda", "\xD0\xBE\xD0\xB1 \xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xB5"};  // об авторе
  return std::find(std::begin(kLabels), std::end(kLabels), low) != std::end(kLabels);
}

bool heads_reference_box(std::string_view heading) {
  if (utf8_length(heading) > 60) return false;
  std::string low = lower_utf8(trim(heading));
  while (!low.empty() && (low.back() == ':' || low.back() == '.')) low.pop_back();
  for (std::string_view glossary : {"verdict definitions", "rating definitions", "ratings definitions", "ratings explained"})
    if (low.ends_with(glossary)) return true;  // "The Verdict definitions"
  static constexpr std::string_view kLabels[] = {
      // a fact-checker's glossary of its ratings
      "our ratings", "how we rate", "our rating system", "rating scale", "about our ratings", "our rating scale",
      // how to cite the page
      "zitiervorschlag", "cite this article", "how to cite this article", "zitierhinweis",
      "citer cet article", "pour citer cet article", "come citare",
      // the quotes of the companies the story names
      "wertpapiere in diesem artikel", "aktien in diesem artikel", "in this article", "stocks in this article",
      "tickers in this article", "companies in this article", "stocks mentioned", "mentioned in this article",
      "dans cet article", "valeurs citées", "en este artículo", "in questo articolo",
      // a match's line-ups under its report
      "aufstellungen", "die aufstellungen", "line-ups", "lineups", "the line-ups", "the lineups", "starting line-ups",
      "team line-ups", "formazioni", "le formazioni", "alineaciones", "las alineaciones",
      "les compositions", "compositions des équipes", "opstellingen", "de opstellingen", "składy", "kadrolar"};
  return std::find(std::begin(kLabels), std::end(kLabels), low) != std::end(kLabels);
}

bool is_writer_bio(std::string_view t, std::size_t chars, const std::vector<std::string>& writers) {
  if (chars > 400) return false;
  static constexpr std::string_view kVerbs[] = {"is", "covers", "writes", "reports", "was", "has", "joined", "leads",
                                                "edits", "es", "est", "ist", "\xC3\xA8", "schreibt", "berichtet",
                                                // Portuguese, Spanish, French, German, Italian, Dutch
                                                "\xC3\xA9", "foi", "cobre", "escreve", "fue", "cubre", "escribe",
                                                "couvre", "\xC3\xA9" "crit", "war", "scrive", "schrijft"};
  for (const auto& w : writers) {
    if (w.size() < 5 || t.size() <= w.size() + 1 || !istarts_with(t, w) || t[w.size()] != ' ') continue;
    std::string_view rest = t.substr(w.size() + 1);
    // Where and when the writer was born, between: "Marta Guidetti (Parma, 1987) è storica ...".
    if (rest.starts_with("(") && rest.find(')') != std::string_view::npos && rest.find(')') < 40)
      rest = trim(rest.substr(rest.find(')') + 1));
    std::string_view verb = rest.substr(0, rest.find(' '));
    if (std::find(std::begin(kVerbs), std::end(kVerbs), verb) != std::end(kVerbs)) return true;
  }
  return false;
}

}  // namespace newsarchive::parse

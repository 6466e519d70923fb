// Soft 404s: pages that answer 200 but say the page is not there.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>
#include <string_view>

#include "core/text.hpp"
#include "parse/error_page.hpp"

namespace newsarchive::parse {
namespace {

// How error pages title themselves, lower-cased (ASCII) and without a first letter
// that a non-ASCII capital would hide ("траница" for "Страница").
constexpr std::string_view kNotFound[] = {
    "page not found", "article not found", "story not found", "page could not be found", "article could not be found",
    "story could not be found", "artikel nicht gefunden", "diese seite gibt es",
    "page cannot be found", "page can't be found",
    "page can\xE2\x80\x99t be found", "can't find that page", "can\xE2\x80\x99t find that page",
    "can't find the page", "can\xE2\x80\x99t find the page", "cannot find the page", "couldn't find that page",
    "couldn\xE2\x80\x99t find that page", "page doesn't exist", "page doesn\xE2\x80\x99t exist",
    "page does not exist", "page no longer exists", "page is no longer available", "page unavailable",
    "seite nicht gefunden", "seite wurde nicht gefunden", "seite existiert nicht", "page introuvable",
    "page non trouv\xC3\xA9" "e", "la page demand\xC3\xA9" "e n'existe pas", "p\xC3\xA1gina no encontrada",
    "p\xC3\xA1gina n\xC3\xA3o encontrada", "pagina non trovata", "pagina niet gevonden", "sidan hittades inte",
    "siden blev ikke fundet", "siden finnes ikke", "siden ble ikke funnet", "sivua ei l\xC3\xB6ytynyt",
    "strona nie zosta\xC5\x82" "a znaleziona", "nie znaleziono strony", "str\xC3\xA1nka nenalezena",
    "str\xC3\xA1nka nebyla nalezena", "sayfa bulunamad\xC4\xB1", "\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x86"
    "\xD0\xB0 \xD0\xBD\xD0\xB5 \xD0\xBD\xD0\xB0\xD0\xB9\xD0\xB4\xD0\xB5\xD0\xBD\xD0\xB0",  // страница не найдена
    "\xE3\x83\x9A\xE3\x83\xBC\xE3\x82\xB8\xE3\x81\x8C\xE8\xA6\x8B\xE3\x81\xA4\xE3\x81\x8B\xE3\x82\x8A",  // ページが見つかり
    "\xE9\xA1\xB5\xE9\x9D\xA2\xE4\xB8\x8D\xE5\xAD\x98\xE5\x9C\xA8",  // 页面不存在
    "\xED\x8E\x98\xEC\x9D\xB4\xEC\xA7\x80\xEB\xA5\xBC \xEC\xB0\xBE\xEC\x9D\x84 \xEC\x88\x98",  // 페이지를 찾을 수
};

// The headline's words, lower-cased, punctuation trimmed from their ends ("404-page" stays
// one word).
std::vector<std::string> words_of(const std::string& low) {
  std::vector<std::string> out;
  for (std::string_view w : split(low, ' ')) {
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.remove_prefix(1);
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
    if (!w.empty()) out.emplace_back(w);
  }
  return out;
}

// Phrases only an error page writes, wherever they stand in its title.
constexpr std::string_view kAddressedToTheReader[] = {
    "page you requested", "page you have requested", "page you were looking for", "page you are looking for",
    "page you're looking for", "page you\xE2\x80\x99re looking for", "seite, die sie suchen",
    "page que vous recherchez", "p\xC3\xA1gina que buscas"};

// One part of a title, whole: a known phrase, or nothing but the words of an error page.
bool part_says_not_found(std::string_view title) {
  const std::string h = to_lower_ascii(collapse_whitespace(title));
  const std::vector<std::string> words = words_of(h);
  if (words.empty() || words.size() > 12) return false;
  for (std::string_view phrase : kAddressedToTheReader)
    if (h.find(phrase) != std::string::npos) return true;
  // A phrase that is nearly the whole part ("Sorry, page not found"), not one a longer
  // title is about ("How to fix 'Page Not Found' errors in WordPress").
  for (std::string_view phrase : kNotFound)
    if (h.find(phrase) != std::string::npos &&
        words.size() <= split(collapse_whitespace(phrase), ' ').size() + 4)
      return true;
  // Otherwise only the words of an error page with its code or "not found": "Error 404",
  // "404 - Not Found", "410 Gone". "Flight 404", "404 troops sent", "'Gone' - review" and
  // "Missing hiker not found" are news.
  static constexpr std::string_view kErrorWords[] = {"404", "410", "error", "not", "found", "gone", "page", "oops",
                                                     "sorry", "http", "fehler", "erreur", "seite", "pagina"};
  bool code = false, is_not = false, found = false;
  for (const std::string& w : words) {
    if (std::find(std::begin(kErrorWords), std::end(kErrorWords), w) == std::end(kErrorWords)) return false;
    code = code || w == "404" || w == "410";
    is_not = is_not || w == "not";
    found = found || w == "found";
  }
  return code || (is_not && found);
}

}  // namespace

bool says_not_found(std::string_view title) {
  if (part_says_not_found(title)) return true;
  // "Fehler 404 | Nachrichten Test": each part between the marks that join a title to a
  // site name.
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 "})
    if (title.find(sep) != std::string_view::npos) {
      std::string_view rest = title;
      for (std::size_t at; (at = rest.find(sep)) != std::string_view::npos; rest.remove_prefix(at + sep.size()))
        if (part_says_not_found(rest.substr(0, at))) return true;
      if (part_says_not_found(rest)) return true;
    }
  return false;
}

}  // namespace newsarchive::parse

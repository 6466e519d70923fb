// Soft 404s: pages that answer 200 but say the page is not there.
#include <cctype>
#include <string>
#include <string_view>

#include "core/text.hpp"
#include "newsarchive/extract.hpp"

namespace newsarchive {
namespace {

// How error pages title themselves, lower-cased (ASCII) and without a first letter
// that a non-ASCII capital would hide ("траница" for "Страница").
constexpr std::string_view kNotFound[] = {
    "page not found", "page cannot be found", "page could not be found", "page can't be found",
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

// "404" standing alone: "404 - Page", "Error 404", "(404)"; not "4040" or "404,000".
bool has_404(std::string_view s) {
  for (std::size_t at = s.find("404"); at != std::string_view::npos; at = s.find("404", at + 1)) {
    auto digit_or_comma = [&](std::size_t i) {
      return i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ',' || s[i] == '.');
    };
    bool before = at == 0 || !std::isdigit(static_cast<unsigned char>(s[at - 1]));
    if (before && !digit_or_comma(at + 3)) return true;
  }
  return false;
}

}  // namespace

bool is_error_page(const Article& a) {
  // A story states when it was published; an error page does not ("404 people evacuated"
  // has a time). A date alone may be the one the story's URL gave, still in the address.
  if (!a.headline || (a.published && a.published->find('T') != std::string::npos)) return false;
  const std::string h = to_lower_ascii(collapse_whitespace(*a.headline));
  const std::size_t words = split(h, ' ').size();
  if (h.empty() || words > 12) return false;
  auto has = [&](std::string_view w) { return h.find(w) != std::string::npos; };
  // "404" with a word of an error page ("Error 404", "404 - Page"), or nearly alone; a
  // bare "Not Found" only as nearly the whole headline ("Missing hiker not found" is news).
  if (has_404(h) && (words <= 2 || has("error") || has("page") || has("fehler") || has("erreur") ||
                     has("seite") || has("pagina") || has("p\xC3\xA1gina") || has("oops") || has("sorry") ||
                     has("found")))
    return true;
  if (words <= 4 && has("not found")) return true;
  for (std::string_view phrase : kNotFound)
    if (has(phrase)) return true;
  return false;
}

}  // namespace newsarchive

#pragma once
// Soft 404s: pages that answer 200 but say the page is not there.
#include <string_view>

namespace newsarchive::parse {

// True when a page's title or heading is that of an error page: "Page not found",
// "Seite nicht gefunden", "Error 404", "404 - Not Found", "410 Gone". A headline that
// only mentions such words ("Missing hiker not found", "404 troops sent") is not.
bool says_not_found(std::string_view title);

}  // namespace newsarchive::parse

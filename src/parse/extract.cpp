// Placeholder until the extractor lands.
#include "newsarchive/extract.hpp"

namespace newsarchive {

Article extract_article(const Page& page, const ExtractOptions&) {
  Article a;
  a.url = std::string(page.requested_url.empty() ? page.url : page.requested_url);
  a.final_url = std::string(page.url);
  return a;
}

}  // namespace newsarchive

namespace newsarchive {
PageLinks extract_page_links(const Page&) { return {}; }
}  // namespace newsarchive

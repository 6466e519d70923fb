// Fuzzes the HTML side of extraction: charset decoding, article extraction (with the
// built-in outlet directory, so cited-source matching runs too) and page links.
// The first input byte picks a Content-Type; the rest is the page body.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "newsarchive/extract.hpp"
#include "newsarchive/outlets.hpp"

namespace {

constexpr std::string_view kContentTypes[] = {
    "", "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1252",
    "text/html; charset=shift_jis", "application/xhtml+xml", "text/html; charset=bogus",
    "application/pdf",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const newsarchive::OutletDirectory outlets = newsarchive::OutletDirectory::builtin();
  if (size == 0) return 0;
  std::string_view content_type = kContentTypes[data[0] % std::size(kContentTypes)];
  std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);

  (void)newsarchive::looks_like_html(body, content_type);
  std::string charset;
  std::string utf8 = newsarchive::decode_to_utf8(body, content_type, &charset);

  newsarchive::Page page;
  page.body = utf8;
  page.content_type = "text/html; charset=utf-8";
  page.url = "https://news.example.com/2024/05/story.html?id=1";
  page.requested_url = "http://example.com/story";
  newsarchive::ExtractOptions options;
  options.outlets = &outlets;
  newsarchive::Article article = newsarchive::extract_article(page, options);
  (void)article;
  newsarchive::PageLinks links = newsarchive::extract_page_links(page);
  (void)links;
  return 0;
}

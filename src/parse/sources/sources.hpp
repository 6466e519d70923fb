#pragma once
// Cited sources: which outlets an article's body attributes its claims to, from
// editorial links and attribution cues in the text, merged to one entry per outlet.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/article.hpp"
#include "parse/blocks.hpp"

namespace newsarchive {
class OutletDirectory;
}

namespace newsarchive::parse {

struct SourceContext {
  std::string_view page_url;                 // final URL of the page
  std::optional<std::string> canonical_url;  // the page's own identity, when stated
  std::optional<std::string> site_name;      // og:site_name or publisher name
  std::optional<std::string> language;       // "en", "de", ...
  std::string byline;                        // raw byline texts, one a line, for credits ("Von dpa")
  std::vector<std::string> author_names;     // the page's author fields as given (an agency as "author": AP)
  std::string trailer;                       // text right after the body ("First published in")
  // The entries of the page's reference lists that the body left out (Wikipedia's
  // "References"): read only for footnotes in citation style.
  std::vector<Block> references;
};

// The shape of an editor's sign-off naming a wire: desk initials and agencies joined by
// slashes ("sak/Reuters", "ino/dpa", "dpa/AFP/mrc"). Which parts are agencies is left to
// the directory.
bool is_initials_credit(std::string_view line);
// A credit line without the parentheses around it: "(Quelle: APA/dpa)" -> "Quelle: APA/dpa".
std::string_view without_parentheses(std::string_view line);

std::vector<Source> extract_sources(const std::vector<Block>& body, const SourceContext& context,
                                    const OutletDirectory* outlets);

}  // namespace newsarchive::parse

// Reference lists: a footnote that cites a story in the usual citation style names its
// outlet right after the story's quoted title: ^ "Mac vendors ponder Netscape gambit.".
// Macworld. 1 May 1998. Retrieved 2012-08-19.
#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {
namespace {

// A footnote of a reference list: Wikipedia's back-link caret, or the retrieval notes of
// citation styles.
bool reference_entry(std::string_view text) {
  std::string_view t = trim(text);
  if (t.rfind("^", 0) == 0 || t.rfind("\xE2\x86\x91", 0) == 0) return true;  // ^ or ↑
  for (std::string_view note : {"Retrieved ", "Archived from the original", "Accessed ", "Abgerufen am"})
    if (t.find(note) != std::string_view::npos) return true;
  return false;
}

// Byte length of a closing double quote at `p` (" or ”), or 0.
std::size_t closing_quote(std::string_view s, std::size_t p) {
  if (s.compare(p, 1, "\"") == 0) return 1;
  if (s.compare(p, 3, "\xE2\x80\x9D") == 0) return 3;
  return 0;
}

std::size_t opening_quote(std::string_view s, std::size_t p) {
  if (s.compare(p, 1, "\"") == 0) return 1;
  if (s.compare(p, 3, "\xE2\x80\x9C") == 0) return 3;
  return 0;
}

}  // namespace

std::vector<Mention> find_reference_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                             const Resolver& resolver) {
  std::vector<Mention> out;
  for (std::size_t bi = 0; bi < body.size(); ++bi) {
    const std::string_view text = body[bi].text;
    const std::size_t order = orders[bi];
    if (text.size() > 1000 || !reference_entry(text)) continue;
    // Each quoted title, and the words after it up to the next full stop or comma.
    std::size_t p = 0;
    while (p < text.size()) {
      std::size_t open = opening_quote(text, p);
      if (!open) {
        ++p;
        continue;
      }
      std::size_t q = p + open;
      while (q < text.size() && !closing_quote(text, q)) ++q;
      if (q >= text.size()) break;
      std::size_t after = q + closing_quote(text, q);
      p = after;
      while (after < text.size() && (text[after] == '.' || text[after] == ',' || text[after] == ' ')) ++after;
      std::size_t end = text.find_first_of(".,;([", after);
      if (end == std::string_view::npos || end == after || end - after > 80) continue;
      // "Engadget.com." keeps its dot: a domain used as the name.
      if (text[end] == '.' && end + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[end + 1])))
        end = std::min(text.size(), text.find_first_of(",;([ ", end + 1));
      std::string_view name = trim(text.substr(after, end - after));
      bool self = false;
      const Outlet* o = resolve_whole_name(name, resolver, &self);
      if (!o || self) continue;
      Mention m;
      m.outlet = o;
      m.evidence = clip_words(text, 40);
      m.order = order;
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace newsarchive::parse::detail

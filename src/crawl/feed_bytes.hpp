#pragma once
// Turning feed and sitemap bytes as servers send them into XML pugixml can parse:
// gunzip, BOM and junk before the first tag, a wrong or missing encoding declaration,
// HTML named entities and stray '&'. Pure functions used by feeds.cpp.
#include <cstddef>
#include <string>
#include <string_view>

namespace newsarchive {

// True when `bytes` starts with the gzip magic (1f 8b).
bool is_gzip(std::string_view bytes);

struct Gunzipped {
  std::string data;
  bool complete = false;  // false: corrupt, truncated or over the cap; `data` holds
                          // what was decompressed before that
};

// Decompresses gzip (all members), stopping at `max_bytes` of output.
Gunzipped gunzip(std::string_view bytes, std::size_t max_bytes);

// Returns UTF-8 XML text: the UTF-8 BOM and anything before the first '<' (or before
// an XML declaration in the first 64 KiB) removed,
// bytes that are not valid UTF-8 converted from the declared encoding (iconv; falls
// back to windows-1252), HTML named entities (&nbsp; &mdash; ...) replaced by numeric
// references and a '&' that starts no entity escaped as "&amp;". CDATA sections and
// comments are left untouched. Input with a UTF-16 BOM is returned unchanged.
std::string repair_feed_xml(std::string_view bytes);

// Decodes HTML character references (named ones from the table repair_feed_xml uses,
// and numeric ones) in text that was escaped twice, e.g. a title "Tom &amp;amp; Jerry"
// read from XML as "Tom &amp; Jerry". Unknown references are kept as written.
std::string decode_html_entities(std::string_view text);

}  // namespace newsarchive

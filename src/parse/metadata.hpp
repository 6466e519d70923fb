#pragma once
// Page metadata as the markup states it: JSON-LD, Open Graph, Twitter cards, <meta>
// tags, microdata, <time>, <link> and <title>. Collected in one iterative DOM walk.
#include <gumbo.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsarchive::parse {

// What JSON-LD says about the article (the best Article-like object on the page).
struct JsonLdInfo {
  std::optional<std::string> headline;
  std::optional<std::string> name;  // "name" when "headline" is also given
  std::optional<std::string> published, modified;
  std::vector<std::string> person_authors;   // Person names, in order
  std::vector<std::string> org_authors;      // Organization names given as author
  std::optional<std::string> publisher;
  bool publisher_is_person = false;  // a blog whose publisher is its writer (Yoast's "Person" site)
  std::optional<std::string> description;
  std::optional<std::string> language;
  std::optional<std::string> article_body;
  std::optional<std::string> url;
  bool found_article = false;
  bool found_listing = false;  // a CollectionPage, SearchResultsPage or ProfilePage
};

struct PageMeta {
  std::map<std::string, std::string, std::less<>> meta;  // lower-cased name/property -> first content
  std::vector<std::string> meta_authors;                 // every <meta name=author|article:author ...>
  std::optional<std::string> title_tag;
  std::vector<std::string> h1;                           // first few <h1> texts
  // The headline readers see: the first <h1> outside breadcrumbs and navigation, or the
  // first heading after a breadcrumb <h1>; a kicker in its own child element left out.
  std::optional<std::string> shown_headline;
  // Bold and <font> texts of a few words (pages with no <h1> set the headline so).
  std::vector<std::string> bold_lines;
  bool shown_after_breadcrumb = false;                   // shown_headline came after a breadcrumb <h1>
  std::optional<std::string> canonical;                  // resolved
  std::vector<std::string> feeds;                        // resolved
  std::string base_url;                                  // <base href> resolved against the page URL
  std::string site_country;  // the outlet directory's country of the page's host, "" when unknown (extract.cpp)
  std::optional<std::string> html_lang;
  std::vector<std::string> time_published;               // <time datetime> marked as publication
  std::vector<std::string> time_any;                     // other <time datetime> values
  std::vector<std::string> time_in_header;  // <time datetime> in a header outside the story: a last resort
  std::vector<std::pair<std::string, std::string>> time_texts;  // <time datetime> values with what the
                                                         // element prints ("21 de agosto de 2025 • 22:40")
  std::vector<std::string> itemprop_published, itemprop_modified;
  std::vector<std::string> itemprop_authors;
  std::vector<std::string> rel_authors;                  // <a rel=author> texts
  std::vector<std::string> byline_texts;                 // class/id byline/author element texts
  std::vector<std::string> byline_parts;                 // the same, segmented_text(): its parts apart
  std::vector<std::string> lead_in_bylines;              // short lines opening with "By", "Par", "Von", ...
  std::vector<std::string> labelled_authors;             // "<strong>Autor</strong> Jane Doe" -> "Jane Doe"
  std::vector<std::string> labelled_dates;               // "<strong>Datum</strong> 28.04.2023" -> "28.04.2023"
  std::vector<std::string> bare_stamps;                  // the first leaf element whose whole text is a
                                                         // date with a time ("2024-03-12 21:35"), no class needed
  std::vector<std::string> shown_dates;                  // short texts of date-like elements ("Posted on
  bool shown_dates_from_header = false;  // only the site header printed a date: the reader's day
                                                         // April 2, 2024"), a <time> without datetime
  std::vector<std::string> shown_updates;                // the same after "Updated", "Aktualisiert", ...
  std::vector<std::string> data_published;               // a data-* attribute naming the release
  std::vector<std::string> data_modified;                // (data-deploy-dt="2026.01.29 18:40"), its update
  std::vector<std::string> source_lines;                 // "Bron: BELGA" in an element marked as the story's source
  JsonLdInfo jsonld;

  std::optional<std::string> get(std::string_view key) const;
};

// Collects everything above; `page_url` resolves relative URLs.
PageMeta collect_metadata(const GumboNode* root, std::string_view page_url, const std::vector<std::string>& json_ld);

// Parses the JSON-LD scripts of a page (tolerant: control characters, several objects).
JsonLdInfo parse_json_ld(const std::vector<std::string>& scripts);

}  // namespace newsarchive::parse

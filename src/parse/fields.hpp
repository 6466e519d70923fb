#pragma once
// Choosing one value per Article field from the page's many statements.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/blocks.hpp"
#include "parse/metadata.hpp"

namespace newsarchive::parse {

// Person names from raw author strings: "By Jane Doe and John Roe, Senior Reporter"
// -> {"Jane Doe", "John Roe"}. Drops e-mail addresses, URLs, dates, roles and
// organisation-like names unless `keep_orgs`.
std::vector<std::string> clean_authors(const std::vector<std::string>& raw, bool keep_orgs = false);

// Authors from JSON-LD, meta tags, microdata, rel=author and bylines, in that order of trust.
// Persons when any are named, else the organisation stated as author.
std::vector<std::string> choose_authors(const PageMeta& m);
// The person names only (the first source that yields any, less credited editors).
std::vector<std::string> choose_person_authors(const PageMeta& m);
// Organisations stated as author, for pages that name no person.
std::vector<std::string> choose_org_authors(const PageMeta& m);
// A byline printed as the body's first short paragraph ("By Jane Doe", "JANE DOE"): the
// names, with the paragraph removed from `blocks`; empty (blocks untouched) otherwise.
std::vector<std::string> authors_from_lead(std::vector<Block>& blocks);
// `authors`, or the names of a printed "By ..." line among `bylines` that names all of them
// and more: a CMS's author field holds one account ("By Chinedu Okafor-Eze & Halima Yakubu,
// Abuja" where JSON-LD names the first).
std::vector<std::string> with_printed_byline(std::vector<std::string> authors, const std::vector<std::string>& bylines,
                                             const PageMeta& m);
// The reporters a wire dateline opening the story names: "【上海=田中陽介】" (Japanese papers),
// "新华社北京4月25日电（记者刘思远、周雨欣）", "(서울=연합뉴스) 김민준 기자 =". The dateline stays
// in the body.
std::vector<std::string> authors_from_dateline(const std::vector<Block>& blocks);
// The names of a Chinese byline line: "澎湃新闻记者 张伟 实习生 李娜" -> {"张伟", "李娜"}; empty
// for anything else.
std::vector<std::string> cjk_byline_names(std::string_view line);
// A Japanese paper's sign-off on a line of its own under the story: "（森本尚樹）",
// "(佐藤健一、鈴木美咲)". Empty for anything else ("（完）", "（責任編集：…）").
std::vector<std::string> closing_signoff(std::string_view line);

// The headline the page shows, without site-name prefixes or suffixes.
std::optional<std::string> choose_headline(const PageMeta& m, const std::optional<std::string>& site_name,
                                           std::string_view page_url);

// Strips " | Site", "Site - " and the like when one side names the site.
std::string strip_site_name(std::string_view title, const std::optional<std::string>& site_name,
                            std::string_view page_url);

// True when `name` is the site's: its og:site_name or the last part of its <title> ("新京报"
// for "Story | 新京报"). A byline slot holding it names the publisher, not a writer.
bool names_the_site(std::string_view name, const std::optional<std::string>& title,
                    const std::optional<std::string>& site_name);

// Published / modified as ISO 8601; the URL date (/2016/12/19/) as a last resort.
// Words of `s` once its whitespace of any script is collapsed (an empty text is one word).
std::size_t shown_word_count(std::string_view s);
// The language dates are read in: "en-us" (3/4/2026 is March 4) for a site the outlet
// directory places in the United States, or, unknown to it, a page stating en-US on a host of
// no other country; else the stated language.
std::string date_language(const PageMeta& m);
std::optional<std::string> choose_published(const PageMeta& m, std::string_view page_url);
// `published`: the stamp choose_published() gave; a UTC update takes its zone.
std::optional<std::string> choose_modified(const PageMeta& m, const std::optional<std::string>& published);
std::optional<std::string> date_from_url(std::string_view url);
// Normalises a date as written in markup (month names read in the page's language
// `lang`, see month_from_word); nullopt when it does not parse.
std::optional<std::string> normalise_date(std::string_view text, std::string_view lang = {});

// BCP 47 primary tag from markup ("en-GB" -> "en"), else a stop-word guess over `text`.
std::optional<std::string> choose_language(const PageMeta& m, std::string_view text);
// The language the page states (<html lang>, JSON-LD, meta tags) as its primary subtag
// ("zh" for "zh-TW"); nullopt when it states none.
std::optional<std::string> stated_language(const PageMeta& m);
std::optional<std::string> detect_language(std::string_view text);

}  // namespace newsarchive::parse

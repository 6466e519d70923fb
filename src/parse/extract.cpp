// extract_article: bytes -> Article, wiring charset, pre-parse, metadata, body and sources.
#include <algorithm>
#include <exception>
#include <unordered_set>

#include "core/text.hpp"
#include "newsarchive/extract.hpp"
#include "newsarchive/outlets.hpp"
#include "newsarchive/url.hpp"
#include "parse/app_state.hpp"
#include "parse/error_page.hpp"
#include "parse/body.hpp"
#include "parse/gallery.hpp"
#include "parse/fields.hpp"
#include "parse/local_time.hpp"
#include "parse/html.hpp"
#include "parse/labels.hpp"
#include "parse/lines.hpp"
#include "parse/metadata.hpp"
#include "parse/segment.hpp"
#include "parse/sources/sources.hpp"

namespace newsarchive {
namespace {

using parse::Block;

// Below this many words the DOM's body is taken as missing (a page rendered by JavaScript).
constexpr std::size_t kThinBodyWords = 80;
// Up to this many words, the DOM's text may be a paywall's teaser of a longer story.
constexpr std::size_t kTeaserWords = 400;

// The entries of the page's reference lists (class or id "references", "reflist",
// "footnotes", "endnotes") that the body does not hold: a body extractor drops them as
// furniture, yet they name what the text cites. At most kMaxReferences.
std::vector<Block> reference_entries(const GumboNode* root, std::string_view base_url, const std::vector<Block>& body) {
  constexpr std::size_t kMaxReferences = 2000;
  // A class or id token naming the list ("references", "mw-references-wrap", "reflist"),
  // not one that only contains the letters ("cookie-preferences") or tags a whole post
  // with a topic ("tag-references", "category-footnotes").
  auto names_references = [](const GumboNode* n) {
    for (const char* a : {"class", "id"}) {
      std::string_view v = parse::attr(n, a);
      if (v.size() < 7) continue;
      const std::string tokens = collapse_whitespace(v);  // split() views into it
      for (std::string_view token : split(tokens, ' ')) {
        if (istarts_with(token, "tag-") || istarts_with(token, "category-")) continue;
        // camelCase: "articleReferences", "ArticleFootnotes" (not "preferences").
        for (std::string_view w : {"references", "footnotes", "endnotes"})
          if (token.size() > w.size() && iends_with(token, w) &&
              std::isupper(static_cast<unsigned char>(token[token.size() - w.size()])))
            return true;
        std::string lower = to_lower_ascii(token);
        for (char& c : lower)
          if (!std::isalnum(static_cast<unsigned char>(c))) c = ' ';
        const std::string words = collapse_whitespace(lower);
        for (std::string_view word : split(words, ' '))
          if (word == "references" || word == "reflist" || word == "footnotes" || word == "endnotes") return true;
      }
    }
    return false;
  };
  std::unordered_set<std::string_view> in_body;
  for (const Block& b : body) in_body.insert(b.text);
  std::vector<Block> out;
  parse::for_each_element(root, [&](const GumboNode* n) {
    if (out.size() >= kMaxReferences) return false;
    if (!names_references(n)) return true;
    for (parse::RawBlock& rb : parse::segment(n, base_url, parse::Strictness::lenient))
      if (out.size() < kMaxReferences && !in_body.count(rb.block.text)) out.push_back(std::move(rb.block));
    return false;  // the list is read whole; nothing inside it is another list
  });
  return out;
}

// Whether `full` holds the first paragraph of `teaser` (whitespace-insensitive).
bool continues(const std::vector<Block>& full, const std::vector<Block>& teaser) {
  const Block* first = nullptr;
  for (const auto& b : teaser)
    if (b.kind == Block::Kind::paragraph && b.text.size() >= 40) {
      first = &b;
      break;
    }
  if (!first) return false;
  std::string want = collapse_whitespace(first->text);
  for (const auto& b : full)
    if (collapse_whitespace(b.text).find(want) != std::string::npos) return true;
  return false;
}

// A canonical link that names a page above this one (the site's home, a section: "/",
// "/news/") is a template's default, not the story's address; taking it would file every
// story of the site as one article. An AMP copy's canonical one level up ("/story/amp" ->
// "/story/") is the real one; so is a home page's own "/".
bool names_a_page_above(std::string_view canonical, std::string_view page_url) {
  auto c = parse_url(canonical);
  auto p = normalize_url(page_url);
  auto page = p ? parse_url(*p) : std::nullopt;
  if (!c || !page || registrable_domain(c->host) != registrable_domain(page->host)) return false;
  // "/?p=123" (plain permalinks) whose canonical is the bare home page.
  if (c->path == "/" && !c->has_query && page->path == "/") return !page->query.empty();
  std::string above = c->path;
  if (above.empty() || above.back() != '/') above.push_back('/');
  if (page->path.size() <= above.size() || page->path.compare(0, above.size(), above) != 0) return false;
  std::string_view rest = std::string_view(page->path).substr(above.size());
  while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  return rest != "amp" && rest != "amp.html" && rest.rfind("index.", 0) != 0;  // "/story/index.html" -> "/story/"
}

// archive.today (archive.ph, .is, .li, ...) keeps none of a saved page's meta tags: its own
// article:published_time and dateModified stamps say when it made the copy.
bool archive_today_copy(std::string_view host) {
  const std::string domain = registrable_domain(host);
  for (std::string_view mirror : {"archive.today", "archive.ph", "archive.is", "archive.li", "archive.vn", "archive.fo",
                                  "archive.md"})
    if (domain == mirror) return true;
  return false;
}

// articleBody as paragraphs: split at line breaks; markup inside is parsed away.
std::vector<Block> blocks_from_text(const std::string& text, std::string_view base_url) {
  std::vector<Block> out;
  if (text.find('<') != std::string::npos && text.find('>') != std::string::npos) {
    parse::Prepared p = parse::prepare_html(text);
    if (auto doc = parse::parse_html(p.html)) {
      parse::BodyHints hints;
      hints.base_url = base_url;
      // Every text block of the fragment, in order.
      for (auto& b : parse::extract_body(doc->root, hints).blocks) out.push_back(std::move(b));
      if (!out.empty()) return out;
    }
  }
  std::string norm;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
      norm.push_back('\n');  // a literal "\n" left by double escaping
      ++i;
    } else {
      norm.push_back(text[i]);
    }
  }
  for (auto line : split(norm, '\n')) {
    std::string t = collapse_whitespace(line);
    // Lines a statement of the story carries that the page prints as furniture ("READ
    // MORE: ...", a related link set inline in News Corp's articleBody).
    if (t.empty() || parse::furniture_line(t, utf8_length(t))) continue;
    Block b;
    b.text = std::move(t);
    out.push_back(std::move(b));
  }
  return out;
}

// A statement of the story printed twice in a row (a CMS joining two copies of its
// articleBody) counts once: the copy would make it look "more complete" than the page.
std::string once(const std::string& text) {
  std::string t = collapse_whitespace(text);
  std::size_t probe_end = 0;
  for (int words = 0; words < 12 && probe_end != std::string::npos; ++words) probe_end = t.find(' ', probe_end + 1);
  if (probe_end == std::string::npos || probe_end < 40) return text;
  std::string_view probe = std::string_view(t).substr(0, probe_end);
  for (std::size_t p = t.find(probe, t.size() * 2 / 5); p != std::string::npos && p <= t.size() * 3 / 5;
       p = t.find(probe, p + 1)) {
    std::string_view tail = std::string_view(t).substr(p);
    if (std::string_view(t).substr(0, tail.size()) == tail) return std::string(trim(std::string_view(t).substr(0, p)));
  }
  return text;
}

std::optional<std::string> first_of(std::initializer_list<std::optional<std::string>> values) {
  for (const auto& v : values)
    if (v && !trim(*v).empty()) return collapse_whitespace(*v);
  return std::nullopt;
}

void fill(Article& a, const Page& page, const ExtractOptions& options) {
  if (!looks_like_html(page.body, page.content_type)) return;
  // Most pages already are clean UTF-8: parse them in place rather than from a copy,
  // which matters for memory on huge pages.
  std::optional<std::string> decoded = decode_to_utf8_if_needed(page.body, page.content_type);
  parse::Prepared prepared = parse::prepare_html(decoded ? std::string_view(*decoded) : page.body);
  decoded.reset();
  parse::GumboOutputPtr doc = parse::parse_html(prepared.html);
  if (!doc) return;
  const std::string page_url(page.url);
  parse::PageMeta m = parse::collect_metadata(doc->document, page_url, prepared.json_ld);
  if (auto u = parse_url(page_url)) {
    if (options.outlets)
      if (const Outlet* o = options.outlets->by_host(u->host)) m.site_country = o->country;
    if (archive_today_copy(u->host)) {
      for (std::string_view k : {"article:published_time", "article:modified_time"}) m.meta.erase(std::string(k));
      m.itemprop_published.clear();
      m.itemprop_modified.clear();
    }
  }

  a.site_name = first_of({m.get("og:site_name"), m.jsonld.publisher, m.get("application-name")});
  a.canonical_url = m.canonical;
  if (!a.canonical_url)
    if (auto og = m.get("og:url"))
      if (auto r = resolve_url(m.base_url, *og); r && is_http_url(*r)) a.canonical_url = *r;
  if (a.canonical_url && names_a_page_above(*a.canonical_url, page_url)) a.canonical_url.reset();
  a.headline = parse::choose_headline(m, a.site_name, page_url);
  a.authors = parse::choose_person_authors(m);
  std::vector<std::string> org_authors = parse::choose_org_authors(m);
  // A byline slot holding the paper's own name ("新京报" under "Story | 新京报"): the
  // publisher, an author only when no person is named.
  if (a.authors.size() == 1 && parse::names_the_site(a.authors.front(), m.title_tag, a.site_name)) {
    org_authors.insert(org_authors.begin(), std::move(a.authors.front()));
    a.authors.clear();
  }
  a.published = parse::choose_published(m, a.canonical_url ? *a.canonical_url + " " + page_url : page_url);
  if (!a.published && a.canonical_url) a.published = parse::choose_published(m, page_url);
  a.modified = parse::choose_modified(m, a.published);
  a.published = parse::in_zone_of(a.published, a.modified);
  auto og_type = m.get("og:type");
  if (m.jsonld.found_article || m.jsonld.published || m.get("article:published_time") ||
      (og_type && to_lower_ascii(*og_type).rfind("article", 0) == 0))
    a.declared = Article::Declared::story;
  else if ((og_type && !trim(*og_type).empty()) || m.jsonld.found_listing)
    a.declared = Article::Declared::listing;
  if (!a.published || a.published->find('T') == std::string::npos) {
    // A site-wide og:title may stand for the headline; the <title> and <h1> say it too.
    std::vector<std::string> shown;
    if (a.headline) shown.push_back(*a.headline);
    if (m.title_tag) {
      shown.push_back(*m.title_tag);
      shown.push_back(parse::strip_site_name(*m.title_tag, a.site_name, page_url));
    }
    if (!m.h1.empty()) shown.push_back(m.h1.front());
    a.not_found = std::any_of(shown.begin(), shown.end(), [](const std::string& t) { return parse::says_not_found(t); });
  }
  a.description = first_of({m.get("description"), m.get("og:description"), m.get("twitter:description"),
                            m.jsonld.description});

  parse::BodyHints hints;
  hints.base_url = m.base_url;
  // The body repeats the headline as the page shows it, without a site name the stated
  // title may keep ("How to Build a Terrarium | eHow").
  if (a.headline) hints.headline = parse::strip_site_name(*a.headline, a.site_name, page_url);
  hints.bylines = m.byline_texts;
  for (const auto& line : m.lead_in_bylines) {  // "記者林佳慧、陳冠宇／台北報導" opening the story
    if (parse::is_cjk_reporter_line(line)) hints.bylines.push_back(line);
    // A byline line that names a writer by a shorter form of the name: "Laporan Wartawan
    // Tribunnews.com, Rina Ayu" for "Rina Ayu Panca Rini".
    std::string_view last = trim(std::string_view(line).substr(line.rfind(',') == std::string::npos ? 0 : line.rfind(',') + 1));
    if (line.size() <= 100 && last.find(' ') != std::string_view::npos)
      for (const auto& writer : a.authors)
        if (istarts_with(writer, last) && writer.size() > last.size() && writer[last.size()] == ' ') {
          hints.bylines.push_back(line);
          break;
        }
  }
  hints.site_name = a.site_name;
  hints.writers = a.authors;
  hints.writers.insert(hints.writers.end(), org_authors.begin(), org_authors.end());
  parse::Body body = parse::extract_body(doc->root, hints);
  // No person in the markup: the byline may be the body's first line; else the organisation.
  if (a.authors.empty()) a.authors = parse::authors_from_lead(body.blocks);
  a.authors = parse::with_printed_byline(std::move(a.authors), body.bylines, m);
  if (a.authors.empty()) a.authors = parse::authors_from_dateline(body.blocks);
  if (a.authors.empty()) a.authors = body.signed_by;
  if (a.authors.empty()) a.authors = std::move(org_authors);
  // A suffix keeps its full stop where the byline prints one ("Marcus Bell Jr."); the names
  // were matched without it, as structured data often writes them.
  for (std::string& name : a.authors)
    if ((name.ends_with(" Jr") || name.ends_with(" Sr")) &&
        std::any_of(m.byline_texts.begin(), m.byline_texts.end(),
                    [&](const std::string& t) { return t.find(name + ".") != std::string::npos; }))
      name += '.';
  // "新京报记者 张雨晴 李浩然" closing the story: the byline again, once the writers are known.
  if (!body.blocks.empty() && parse::is_cjk_reporter_signoff(body.blocks.back().text, a.authors)) body.blocks.pop_back();
  // Another statement of the story replaces the DOM's text when it is clearly more complete.
  std::size_t dom_words = block_words(body.blocks);
  auto more_complete = [&](std::size_t words) { return words > dom_words * 13 / 10 + 20; };
  if (m.jsonld.article_body) m.jsonld.article_body = once(*m.jsonld.article_body);
  if (m.jsonld.article_body && more_complete(word_count(*m.jsonld.article_body))) {
    auto blocks = blocks_from_text(*m.jsonld.article_body, m.base_url);
    if (!blocks.empty()) {
      // The page's standfirst, which the statement leaves out, stays first: a short first
      // block the statement lacks, before one it holds.
      const std::string stated = collapse_whitespace(*m.jsonld.article_body);
      if (body.blocks.size() >= 2 && utf8_length(body.blocks[0].text) <= 400 &&
          stated.find(body.blocks[0].text) == std::string::npos &&
          stated.find(body.blocks[1].text.substr(0, std::min<std::size_t>(body.blocks[1].text.size(), 60))) !=
              std::string::npos)
        blocks.insert(blocks.begin(), body.blocks[0]);
      body.blocks = std::move(blocks);
      dom_words = block_words(body.blocks);
    }
  }
  // A JavaScript page whose DOM holds no story, or only its teaser (a paywall): its HTML
  // may sit in the script state. Beside a teaser, the state's text must continue it.
  if (!prepared.app_state.empty() && dom_words < kTeaserWords) {
    std::string html = parse::article_html_from_app_state(prepared.app_state, kThinBodyWords);
    auto blocks = html.empty() ? std::vector<Block>{} : blocks_from_text(html, m.base_url);
    std::size_t words = block_words(blocks);
    if (words >= kThinBodyWords && more_complete(words) &&
        (dom_words < kThinBodyWords || continues(blocks, body.blocks)))
      body.blocks = std::move(blocks);
  }
  // A photo gallery tells its story in the captions the body leaves out.
  for (Block& b : parse::gallery_captions(doc->root, body.blocks)) body.blocks.push_back(std::move(b));
  std::string text;
  for (const auto& b : body.blocks) {
    if (!text.empty()) text += "\n\n";
    text += b.text;
    for (const auto& l : b.links) a.links.push_back({l.url, l.text});
  }
  a.body = std::move(text);
  a.language = parse::choose_language(m, a.body.empty() ? std::string_view(a.headline ? *a.headline : "") : a.body);

  parse::SourceContext ctx;
  ctx.page_url = page.url;
  ctx.canonical_url = a.canonical_url;
  ctx.site_name = a.site_name;
  ctx.language = a.language;
  // Every byline element, outer and inner: "<div class=byline><span class=author>Par X avec
  // AFP</span> Publié le ...</div>" credits AFP in its inner line.
  ctx.byline = m.byline_texts.empty() ? join(a.authors, ", ") : join(m.byline_texts, "\n");
  for (const auto* names : {&m.jsonld.person_authors, &m.jsonld.org_authors, &m.meta_authors})
    ctx.author_names.insert(ctx.author_names.end(), names->begin(), names->end());
  ctx.trailer = body.trailer;
  // A source line printed beside the byline or date reads like one under the story.
  for (const auto& line : m.source_lines) ctx.trailer += "\n" + line;
  // <meta name="source" content="新华社">: where a syndicated story came from, as many
  // CMSs state it (the page's own name there is dropped as a self-citation).
  if (auto it = m.meta.find("source"); it != m.meta.end() && it->second.size() <= 80 &&
                                       it->second.find("://") == std::string::npos)
    ctx.trailer += "\nSource: " + it->second;
  ctx.references = reference_entries(doc->root, m.base_url, body.blocks);
  a.sources = parse::extract_sources(body.blocks, ctx, options.outlets);
}

}  // namespace

Article extract_article(const Page& page, const ExtractOptions& options) {
  Article a;
  a.url = std::string(page.requested_url.empty() ? page.url : page.requested_url);
  a.final_url = std::string(page.url);
  try {
    fill(a, page, options);
  } catch (const std::exception&) {
    // Bad input never escapes as an exception: keep what was filled so far.
  }
  return a;
}

PageLinks extract_page_links(const Page& page) {
  PageLinks out;
  try {
    if (!looks_like_html(page.body, page.content_type)) return out;
    std::optional<std::string> decoded = decode_to_utf8_if_needed(page.body, page.content_type);
    parse::Prepared prepared = parse::prepare_html(decoded ? std::string_view(*decoded) : page.body);
    decoded.reset();
    parse::GumboOutputPtr doc = parse::parse_html(prepared.html);
    if (!doc) return out;
    parse::PageMeta m = parse::collect_metadata(doc->document, page.url, {});
    out.feeds = m.feeds;
    out.canonical_url = m.canonical;
    std::unordered_set<std::string> seen;
    parse::for_each_element(doc->document, [&](const GumboNode* n) {
      if (out.links.size() >= kMaxPageLinks) {
        out.links_cut = true;
        return false;
      }
      if (parse::tag_of(n) != GUMBO_TAG_A && parse::tag_of(n) != GUMBO_TAG_AREA) return true;
      std::string_view href = trim(parse::attr(n, "href"));
      if (href.empty() || href[0] == '#') return true;
      auto r = resolve_url(m.base_url, href);
      if (!r || !is_http_url(*r)) return true;
      if (auto hash = r->find('#'); hash != std::string::npos) r->resize(hash);
      if (!seen.insert(*r).second) return true;
      out.links.push_back({*r, parse::text_content(n, 1000)});
      return true;
    });
  } catch (const std::exception&) {
    // Partial results are still results.
  }
  return out;
}

}  // namespace newsarchive

// The cited-sources reports: outlets most cited, and the articles citing one.
#include "core/text.hpp"
#include "store/impl.hpp"
#include "store/keys.hpp"

namespace newsarchive {

namespace {

// Binds a SourceFilter's site (?1), since (?2) and until (?3); unset ones are NULL
// and the SQL skips them.
void bind_filter(store::Statement& q, const SourceFilter& filter) {
  if (filter.site) q.bind(1, store::site_key(*filter.site));
  q.bind(2, filter.since).bind(3, filter.until);
}

// One statement per filter shape, so each can use its index: the covering
// sources_outlet index for the whole archive, articles_site_dated for a site,
// articles_dated for a date range. Unset dates bind NULL and fall back to bounds
// that every ISO 8601 date lies between.
constexpr const char* kTopSourcesAll =
    "SELECT min(s.name), s.domain, count(DISTINCT s.article_id), sum(s.mentions), "
    "sum(s.via = 'link'), sum(s.via = 'text'), sum(s.via = 'both') FROM sources s "
    "GROUP BY s.name COLLATE NOCASE, s.domain ORDER BY 3 DESC, 4 DESC, 1 COLLATE NOCASE LIMIT ?4";
constexpr const char* kTopSourcesSite =
    "SELECT min(s.name), s.domain, count(DISTINCT s.article_id), sum(s.mentions), "
    "sum(s.via = 'link'), sum(s.via = 'text'), sum(s.via = 'both') "
    "FROM articles a JOIN sources s ON s.article_id = a.id "
    "WHERE a.site = ?1 AND a.dated >= coalesce(?2, '') AND a.dated < coalesce(?3, '~') "
    "GROUP BY s.name COLLATE NOCASE, s.domain ORDER BY 3 DESC, 4 DESC, 1 COLLATE NOCASE LIMIT ?4";
constexpr const char* kTopSourcesDates =
    "SELECT min(s.name), s.domain, count(DISTINCT s.article_id), sum(s.mentions), "
    "sum(s.via = 'link'), sum(s.via = 'text'), sum(s.via = 'both') "
    "FROM articles a JOIN sources s ON s.article_id = a.id "
    "WHERE a.dated >= coalesce(?2, '') AND a.dated < coalesce(?3, '~') "
    "GROUP BY s.name COLLATE NOCASE, s.domain ORDER BY 3 DESC, 4 DESC, 1 COLLATE NOCASE LIMIT ?4";

}  // namespace

std::vector<OutletCount> Archive::top_sources(const SourceFilter& filter) const {
  // An outlet is its name (case-insensitively) and domain, as the source
  // extractor names it from the outlet directory.
  const char* sql = filter.site                       ? kTopSourcesSite
                    : (filter.since || filter.until) ? kTopSourcesDates
                                                     : kTopSourcesAll;
  store::Statement q(impl_->db, sql, "counting cited sources");
  bind_filter(q, filter);
  q.bind(4, filter.limit);
  std::vector<OutletCount> out;
  while (q.step()) {
    OutletCount c;
    c.name = q.text(0);
    c.domain = q.text(1);
    c.articles = q.integer(2);
    c.mentions = q.integer(3);
    c.via_link = q.integer(4);
    c.via_text = q.integer(5);
    c.via_both = q.integer(6);
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<ArticleSummary> Archive::articles_citing(std::string_view outlet, const SourceFilter& filter) const {
  std::string name(trim(outlet));
  store::Statement q(impl_->db,
                     "SELECT a.id, a.url, a.site, a.headline, a.published, a.last_fetched FROM articles a "
                     "WHERE a.id IN (SELECT s.article_id FROM sources s "
                     "               WHERE s.name = ?5 COLLATE NOCASE OR s.domain = ?6) "
                     "AND (?1 IS NULL OR a.site = ?1) AND (?2 IS NULL OR a.dated >= ?2) "
                     "AND (?3 IS NULL OR a.dated < ?3) "
                     "ORDER BY a.dated DESC, a.id DESC LIMIT ?4",
                     "listing articles citing a source");
  bind_filter(q, filter);
  q.bind(4, filter.limit).bind(5, name).bind(6, store::site_key(name));
  std::vector<ArticleSummary> out;
  while (q.step()) out.push_back(store::read_summary(q));
  return out;
}

}  // namespace newsarchive

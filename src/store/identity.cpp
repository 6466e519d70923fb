// Which archived article a saved page is: its identity URL, then the article by that URL,
// as a story that moved (a redirect from an archived address) or as a twin the feed lists
// under a new slug.
#include "store/identity.hpp"

#include <utility>

#include "core/text.hpp"
#include "core/time.hpp"
#include "newsarchive/url.hpp"
#include "store/keys.hpp"

namespace newsarchive::store {

namespace {

// Where the page was fetched from: where the fetch ended, else asked.
std::string fetched_key(const Article& a, const FetchResult& f) {
  for (const std::string* u : {&a.final_url, &f.final_url, &a.url, &f.url})
    if (auto n = normalize_url(*u)) return *n;
  return url_key(!a.url.empty() ? a.url : f.url);
}

// The article's identity: its canonical URL, else the fetched one. A canonical on
// another site (a syndicated copy naming the agency's original) is kept as the
// article's canonical_url but is not its identity: the copy is what this site published.
std::string identity_of(const Article& a, const std::string& fetched) {
  if (a.canonical_url)
    if (auto n = normalize_url(*a.canonical_url))
      if (!is_http_url(fetched) || registrable_domain(url_host(*n)) == registrable_domain(url_host(fetched)))
        return *n;
  return fetched;
}

// A row of (id, content_hash, revisions, first_seen).
Known known_row(const Statement& q) { return Known{q.int64(0), q.text(1), q.integer(2), q.text(3)}; }

std::optional<Known> find_article(Connection& db, const std::string& key) {
  Statement q(db,
              "SELECT a.id, a.content_hash, a.revisions, a.first_seen FROM article_urls u "
              "JOIN articles a ON a.id = u.article_id WHERE u.url = ?1",
              "looking up an article URL");
  q.bind(1, key);
  if (!q.step()) return std::nullopt;
  return known_row(q);
}


struct StoredText {
  std::string headline, body;
  std::optional<std::string> published;
};

StoredText stored_text(Connection& db, std::int64_t id) {
  Statement q(db, "SELECT coalesce(headline, ''), body, published FROM articles WHERE id = ?1", "reading an article");
  q.bind(1, id);
  if (!q.step()) return {};
  return {q.text(0), q.text(1), q.opt_text(2)};
}

bool same_headline(const StoredText& stored, const Article& a) {
  return collapse_whitespace(to_lower_ascii(stored.headline)) ==
         collapse_whitespace(to_lower_ascii(a.headline.value_or("")));
}

// Another headline and not half of the text in common (short texts, briefs sharing a
// footer, say too little: the headline decides): not the stored story.
bool another_text(const StoredText& stored, const Article& a) {
  constexpr std::size_t kTellingWords = 50;
  if (same_headline(stored, a)) return false;
  if (word_count(stored.body) < kTellingWords || word_count(a.body) < kTellingWords) return true;
  return text_overlap(stored.body, a.body) < 0.5;
}

// A template may give every story the same canonical URL (a "latest news" page that is
// not above the story, so extraction kept it). A page whose canonical names an article
// is another story, keyed by its own URL rather than made a revision, when one of its
// URLs already leads to another article, or when none has led to this one and its text
// is another.
bool another_story(Connection& db, const Known& known, const Article& a, const FetchResult& f) {
  for (const std::string* u : {&a.final_url, &f.final_url, &a.url, &f.url}) {
    std::int64_t id = find_url(db, *u);
    if (id) return id != known.id;
  }
  return another_text(stored_text(db, known.id), a);
}

// A publication time the page states, to the minute: not a date alone, nor midnight,
// which CMSs give whole batches of stories.
bool stated_time(const std::optional<std::string>& published) {
  if (!published) return false;
  std::size_t t = published->find('T');
  return t != std::string::npos && published->compare(t, 9, "T00:00:00") != 0 && !dated_key(published, "").empty();
}

// A story that moved: the URL it was asked by (an archived story's old slug) now
// redirects to an address no article has. The publisher's redirect ties the two, so
// less evidence makes it the same story: the same headline (and no other stated time),
// half of a text of some length in common, or (a slug changes when the headline is
// edited) the same stated publication time and half of the headline's words. A redirect
// to some other story (a deleted story sent to the latest one, yesterday's "Live updates"
// to today's) is not that story: it has its own time and text.
bool same_moved_story(const StoredText& stored, const Article& a, bool distinctive_time) {
  constexpr std::size_t kTellingWords = 20;
  const bool timed = stated_time(stored.published) && stated_time(a.published);
  const bool same_time = timed && dated_key(stored.published, "") == dated_key(a.published, "");
  if (!stored.headline.empty() && same_headline(stored, a) && (!timed || same_time)) return true;
  const bool texts = word_count(stored.body) >= kTellingWords && word_count(a.body) >= kTellingWords;
  const double overlap = texts ? text_overlap(stored.body, a.body) : 0;
  if (overlap >= 0.5) return true;
  // An edited headline: a time few stories share, most headline words, and some of the
  // text still there ("Carrick man jailed" sent to "Carrick woman jailed" shares little).
  return same_time && distinctive_time && headline_likeness(stored.headline, a.headline.value_or("")) >= 0.5 &&
         (!texts || overlap >= 0.25);
}

// Whether few of the site's stories (at most kDistinctiveTime) share this article's stated
// time: not a batch's stamp.
constexpr int kDistinctiveTime = 2;
bool distinctive_time(Connection& db, std::int64_t id) {
  Statement q(db,
              "SELECT count(*) FROM articles a JOIN articles b ON b.site = a.site AND b.dated = a.dated WHERE a.id = ?1",
              "counting the articles published at one time");
  q.bind(1, id);
  return q.step() && q.int64(0) <= kDistinctiveTime;
}

std::optional<Known> moved_story(Connection& db, const Article& a, const FetchResult& f, const std::string& fetched) {
  for (const std::string* u : {&f.url, &a.url}) {
    std::string key = url_key(*u);
    if (key.empty() || key == fetched) continue;
    auto known = find_article(db, key);
    if (known && same_moved_story(stored_text(db, known->id), a, distinctive_time(db, known->id))) return known;
  }
  return std::nullopt;
}

// The same story reached at a new address with no redirect to tie the two: the feed
// lists the new slug of a story archived under its old one. Without the publisher's
// redirect it takes more: the same site and stated publication time (one that few of the
// site's stories share: not a batch's stamp), a like headline, and half of a text of
// some length in common. Recurring headlines ("Letters to the editor") differ in text.
// Nor is it a move when the archived address served its own page within hours of this
// fetch (the same run, or a one-off fetch of both): the site has two live stories, written
// from one template ("Wind warning for Cork", "... for Kerry"); two articles lose nothing,
// one would hide a story under another's text.
std::optional<Known> twin_story(Connection& db, const Article& a, const std::string& identity,
                                std::int64_t fetched_ms) {
  constexpr std::int64_t kStillLive = 6 * 3600 * 1000LL;
  constexpr std::size_t kTellingWords = 50;
  if (!stated_time(a.published) || word_count(a.body) < kTellingWords) return std::nullopt;
  const std::string dated = dated_key(a.published, "");
  Statement q(db,
              "SELECT id, content_hash, revisions, first_seen, last_fetched FROM articles WHERE site = ?1 AND dated = ?2 "
              "ORDER BY id LIMIT 3",
              "looking for an article published at the same time");
  q.bind(1, url_host(identity)).bind(2, dated);
  std::vector<std::pair<Known, std::string>> at_that_time;  // with when each was last fetched
  while (q.step()) at_that_time.emplace_back(known_row(q), q.text(4));
  // iso_utc stamps compare as text.
  const std::string live_from = iso_utc(fetched_ms - kStillLive), live_to = iso_utc(fetched_ms + kStillLive);
  if (at_that_time.size() > static_cast<std::size_t>(kDistinctiveTime)) return std::nullopt;
  for (const auto& [known, last_fetched] : at_that_time) {
    if (last_fetched >= live_from && last_fetched <= live_to) continue;
    StoredText stored = stored_text(db, known.id);
    if (!stated_time(stored.published) || word_count(stored.body) < kTellingWords) continue;
    bool headline = same_headline(stored, a) || headline_likeness(stored.headline, a.headline.value_or("")) >= 0.5;
    if (headline && text_overlap(stored.body, a.body) >= 0.5) return known;
  }
  return std::nullopt;
}

}  // namespace

std::int64_t find_url(Connection& db, std::string_view url) {
  if (url.empty()) return 0;
  Statement q(db, "SELECT article_id FROM article_urls WHERE url = ?1", "looking up an article URL");
  q.bind(1, url_key(url));
  return q.step() ? q.int64(0) : 0;
}

ArticleMatch match_article(Connection& db, const Article& a, const FetchResult& f) {
  const std::string fetched = fetched_key(a, f);
  ArticleMatch m;
  m.fetched = fetched;
  m.identity = identity_of(a, fetched);
  m.known = find_article(db, m.identity);
  if (m.known && m.identity != fetched && another_story(db, *m.known, a, f)) {
    m.identity = fetched;
    m.known = find_article(db, m.identity);
  }
  if (!m.known) m.known = moved_story(db, a, f, fetched);
  if (!m.known && is_http_url(m.identity))
    m.known = twin_story(db, a, m.identity, f.started_at_ms > 0 ? f.started_at_ms : now_ms());
  return m;
}

}  // namespace newsarchive::store

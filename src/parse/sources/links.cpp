// Link evidence: editorial links in the body that point at another outlet's site.
// Social networks, share buttons, archives, the publisher's own pages, tag and author
// pages, government, academic and other non-news sites are not sources.
#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {
namespace {

// Registrable domains that are never a cited outlet: social networks and video
// platforms, share and messaging services, archives, search, reference, shops, tools.
bool is_platform(std::string_view reg) {
  static const std::unordered_set<std::string_view> platforms{
      "twitter.com", "x.com", "t.co", "facebook.com", "fb.com", "fb.me", "instagram.com", "youtube.com",
      "youtu.be", "tiktok.com", "t.me", "telegram.org", "telegram.me", "reddit.com", "redd.it", "linkedin.com",
      "lnkd.in", "pinterest.com", "pin.it", "whatsapp.com", "wa.me", "snapchat.com", "threads.net",
      "bsky.app", "bsky.social", "mastodon.social", "truthsocial.com", "gettr.com", "gab.com", "parler.com",
      "rumble.com", "bitchute.com", "odysee.com", "vk.com", "ok.ru", "weibo.com", "wechat.com", "qq.com",
      "vimeo.com", "dailymotion.com", "twitch.tv", "soundcloud.com", "spotify.com", "apple.com",
      "podcasts.apple.com", "music.apple.com", "flickr.com", "imgur.com", "giphy.com", "tumblr.com",
      "medium.com", "substack.com", "blogspot.com", "wordpress.com", "livejournal.com", "patreon.com", "discord.com",
      "discord.gg", "quora.com", "archive.org", "archive.today", "archive.ph", "archive.is", "archive.li",
      "archive.md", "perma.cc", "webcitation.org", "ghostarchive.org", "google.com", "goo.gl", "g.co",
      "google.co.uk", "google.de", "bing.com", "yahoo.com", "duckduckgo.com", "wikipedia.org", "wikimedia.org",
      "wikidata.org", "wiktionary.org", "britannica.com", "imdb.com", "amazon.com", "amazon.co.uk", "amazon.de", "amzn.to",
      "ebay.com", "etsy.com", "bit.ly", "tinyurl.com", "ow.ly", "buff.ly", "dlvr.it", "trib.al", "ift.tt",
      "doubleclick.net", "googleadservices.com", "googlesyndication.com", "outbrain.com", "taboola.com",
      "addthis.com", "sharethis.com", "disqus.com", "mailchimp.com", "list-manage.com", "eventbrite.com",
      "change.org", "gofundme.com", "scribd.com", "documentcloud.org", "dropbox.com", "box.com",
      "github.com", "gitlab.com", "slideshare.net", "issuu.com", "flipboard.com", "feedly.com",
      "newsbreak.com", "ground.news", "news.google.com", "msn.com", "smartnews.com", "pressreader.com",
      "lexisnexis.com", "proquest.com", "newspapers.com", "jstor.org", "ssrn.com", "arxiv.org",
      "doi.org", "ncbi.nlm.nih.gov", "nih.gov", "pubmed.gov", "researchgate.net", "academia.edu",
      "sciencedirect.com", "springer.com", "wiley.com", "nature.com", "science.org", "thelancet.com",
      "nejm.org", "jamanetwork.com", "bmj.com", "plos.org", "cell.com", "tandfonline.com", "sagepub.com",
      "oup.com", "cambridge.org", "statista.com", "flightradar24.com", "marinetraffic.com",
      "prnewswire.com", "businesswire.com", "globenewswire.com", "newswire.ca", "ots.at", "presseportal.de",
      "openpr.com", "einpresswire.com", "accesswire.com", "prtimes.jp", "atpress.ne.jp", "kyodonewsprwire.jp",
      "mynewsdesk.com", "newsfile.com", "prweb.com", "pr.com", "cision.com", "newsaktuell.de", "prnasia.com",
      "blockchain.info", "blockchain.com",
      "paypal.com", "apps.apple.com", "play.google.com", "microsoft.com", "zoom.us"};
  return platforms.count(reg) > 0;
}

// Government, military, intergovernmental, academic hosts.
bool is_institutional(std::string_view host, std::string_view reg) {
  for (std::string_view suffix : {".gov", ".mil", ".int", ".edu", ".gouv.fr", ".gob.es", ".gob.mx", ".gv.at",
                                  ".admin.ch", ".europa.eu", ".govt.nz", ".gc.ca", ".gov.uk", ".nhs.uk",
                                  ".police.uk", ".parliament.uk", ".bund.de", ".bundestag.de", ".un.org",
                                  ".ac.uk", ".ac.jp", ".ac.za", ".ac.nz", ".edu.au", ".regjeringen.no",
                                  ".riksdagen.se", ".who.int"})
    if (iends_with(host, suffix) || iequals(host, suffix.substr(1))) return true;
  for (std::string_view part : split(reg, '.'))
    if (part == "gov" || part == "gob" || part == "gouv" || part == "mil" || part == "edu" || part == "ac" ||
        part == "govt")
      return true;
  static const std::unordered_set<std::string_view> bodies{
      "un.org", "europa.eu", "who.int", "worldbank.org", "imf.org", "oecd.org", "nato.int", "icj-cij.org",
      "icrc.org", "unicef.org", "unhcr.org", "unrwa.org", "amnesty.org", "hrw.org", "bundesregierung.de",
      "whitehouse.gov", "kremlin.ru", "mid.ru", "admin.ch", "gov.uk", "parliament.uk", "bundestag.de"};
  return bodies.count(reg) > 0;
}

// Paths that are listings or furniture rather than a story: tags, authors, topics,
// sections, search, share endpoints, account pages.
bool is_listing_path(std::string_view path, std::string_view query) {
  std::string p = to_lower_ascii(path);
  for (std::string_view prefix : {"/tag/", "/tags/", "/topic/", "/topics/", "/author/", "/authors/",
                                  "/profile/", "/profiles/", "/by/", "/category/", "/categories/",
                                  "/search", "/subscribe", "/newsletter", "/newsletters", "/account", "/login",
                                  "/signin", "/signup", "/register", "/share", "/sharer", "/intent/",
                                  "/themen/", "/thema/", "/autor/", "/autoren/", "/schlagwort/", "/sujet/",
                                  "/auteur/", "/tema/", "/temas/", "/autor/", "/emneord/", "/journalist/",
                                  "/contributor/", "/contributors/", "/staff/", "/people/", "/subscription",
                                  "/subscriptions", "/abonnement", "/abonnements", "/abo", "/jobs", "/careers",
                                  "/karriere", "/emplois", "/empleo"})
    // Anywhere in the path, as whole segments: "/de/themen/x" yes, "/business/shares-fall" no.
    for (std::size_t at = p.find(prefix); at != std::string::npos; at = p.find(prefix, at + 1)) {
      std::size_t after = at + prefix.size();
      if (prefix.back() == '/' || after == p.size() || p[after] == '/' || p[after] == '.') return true;
    }

  std::string q = to_lower_ascii(query);
  return q.find("url=") != std::string::npos && (p.find("share") != std::string::npos);
}

// A path that can hold a story: not a site's home page, product pages, manuals or "about us".
bool story_path(std::string_view path) {
  std::string p = to_lower_ascii(path);
  std::size_t b = p.find_first_not_of('/');
  if (b == std::string::npos) return false;
  std::string first = p.substr(b, p.find('/', b) - b);
  static const std::unordered_set<std::string> not_stories{
      "products", "product", "shop", "store", "docs", "doc", "documentation", "download", "downloads", "support",
      "help", "manual", "manuals", "pricing", "about", "about-us", "contact", "contact-us", "careers", "jobs"};
  return !not_stories.count(first);
}

// The registrable domain's own label looks like a news site: "kyivpost", "dailynews".
bool looks_like_news_domain(std::string_view reg) {
  std::string label(reg.substr(0, reg.find('.')));
  for (std::string_view w : {"news", "times", "post", "herald", "tribune", "journal", "gazette", "daily",
                             "press", "chronicle", "observer", "courier", "telegraph", "mirror", "express",
                             "examiner", "inquirer", "reporter", "dispatch", "bulletin", "sentinel", "ledger",
                             "enquirer", "register", "zeitung", "nachrichten", "kurier", "anzeiger", "rundschau",
                             "tagblatt", "presse", "noticias", "diario", "periodico", "gazeta", "nyheter",
                             "nieuws", "avisen", "tidende", "giornale", "gazzett", "quotidiano", "radio", "tv",
                             "television", "broadcast", "magazine", "wire", "dagblad", "posten", "courant"})
    if (label.find(w) != std::string::npos) return true;
  return false;
}

// Anchor text without a leading article: "the Herald" -> "Herald".
std::string_view without_determiner(std::string_view text) {
  std::size_t space = text.find(' ');
  if (space == std::string_view::npos || space + 1 >= text.size()) return text;
  if (lexicon().determiners.count(lower_utf8(text.substr(0, space)))) return text.substr(space + 1);
  return text;
}

bool is_read_more(std::string_view text) {
  for (std::string_view p : {"read more", "related:", "related stories", "see also", "also read", "read also",
                             "more:", "watch:", "read:", "listen:", "lesen sie auch", "mehr zum thema",
                             "auch interessant", "lire aussi", "à lire aussi", "leer más", "lee también",
                             "les også", "läs också", "leggi anche", "czytaj też", "czytaj także",
                             "recommended:", "more from", "most read", "sign up"})
    if (istarts_with(text, p)) return true;
  return false;
}

// "This article was reprinted on Wired.com": where the story went after, not where it came
// from ("originally appeared on" is a credit, read elsewhere).
bool later_copy_note(std::string_view sentence) {
  std::string lower = lower_utf8(sentence);
  if (lower.find("originally") != std::string::npos || lower.find("first ") != std::string::npos) return false;
  for (std::string_view p : {"reprinted on", "reprinted in", "reprinted by", "reprinted at", "republished on",
                             "republished in", "republished by", "republished at", "cross-posted", "crossposted",
                             "also appeared on", "also appeared in", "also appears on", "also appears in",
                             "syndicated to", "syndicated on", "also published on", "also published in",
                             "also published by"})
    if (lower.find(p) != std::string::npos) return true;
  return false;
}

// Google Translate's proxy serves a site under a host that spells the original one
// ("winfuture-de.translate.goog": dots as '-', a '-' doubled): the link is to that site.
std::string untranslated_host(const std::string& host) {
  constexpr std::string_view kProxy = ".translate.goog";
  if (host.size() <= kProxy.size() || !iends_with(host, kProxy)) return host;
  std::string_view label = std::string_view(host).substr(0, host.size() - kProxy.size());
  if (label.find('.') != std::string_view::npos) return host;
  std::string out;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] != '-') out.push_back(label[i]);
    else if (i + 1 < label.size() && label[i + 1] == '-') out.push_back('-'), ++i;
    else out.push_back('.');
  }
  return out;
}

// Words naming a piece of journalism: "story", "investigation", "Bericht".
bool story_word(std::string_view lower) {
  static const std::unordered_set<std::string_view> words{
      "story", "stories", "article", "articles", "series", "report", "reporting", "interview", "scoop", "piece",
      "investigation", "coverage", "bericht", "recherche"};
  return words.count(lower) > 0;
}

// Words that mark a sentence as about a story, beside story_word(): the kinds of outlet and
// "according to" in several languages.
bool media_noun(std::string_view lower) {
  static const std::unordered_set<std::string_view> nouns{
      "site", "magazine", "newspaper", "outlet", "according", "artikel", "recherchen", "laut", "zufolge", "selon",
      "según", "secondo", "ifølge", "enligt"};
  return story_word(lower) || nouns.count(lower) > 0;
}

// A company's, a consultancy's or a think tank's own publications, which are "reported",
// "published" and "investigated" too: McKinsey's /our-insights/, RAND's /pubs/, a /newsroom/
// of press releases, a /blog/; or a document (a PDF report). No outlet's story, whoever names it.
bool own_publication(std::string_view path) {
  const std::string p = to_lower_ascii(path);
  for (std::string_view ext : {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx"})
    if (p.ends_with(ext)) return true;
  static constexpr std::string_view kOwnPages[] = {
      "insights", "our-insights", "pubs", "publications", "research", "research_reports", "reports",
      "newsroom", "press-releases", "press-release", "pressreleases", "press", "media-center",
      "mediacenter", "news-releases", "blog", "blogs", "investors", "investor-relations", "whitepapers",
      "case-studies", "about", "company", "corporate"};
  for (std::string_view segment : split(p, '/'))
    if (std::find(std::begin(kOwnPages), std::end(kOwnPages), segment) != std::end(kOwnPages)) return true;
  return false;
}

// True when `joined` (squashed words) spells the domain's label or whole name, or the label
// is the name with a country or generic word after it: "Ciper" for ciperchile.cl, "Daily
// Maverick" for dailymaverick.co.za, "iLaks.no" for ilaks.no.
bool spells_label(const std::string& joined, const std::string& label, const std::string& full) {
  if (joined == label || joined == full) return true;
  if (joined.size() < 4 || label.size() <= joined.size() || label.compare(0, joined.size(), joined) != 0) return false;
  static const std::unordered_set<std::string_view> tails{
      "chile", "peru", "mexico", "uk", "us", "usa", "india", "africa", "online", "news", "digital", "media", "tv",
      "live", "today", "now", "info", "web", "hq", "daily", "24", "365", "global", "world", "latam", "noticias"};
  return tails.count(std::string_view(label).substr(joined.size())) > 0;
}

// True when the sentence names the linked site itself as a news source: a capitalised name
// spelling the domain's label ("Hackaday" for hackaday.com, "MAKEzine", "MakingStarWars.net",
// "Claret and Hugh") beside a word of reporting ("story", "series", "according to",
// "reported"). A company's page about itself ("Tesla said on its website") is not one.
bool sentence_names_site(const Sentence& s, std::string_view reg, std::string* name) {
  const std::string label = squash(reg.substr(0, reg.find('.')));
  const std::string full = squash(reg);
  if (label.size() < 4) return false;
  static const std::unordered_set<std::string_view> own_words{
      "website", "homepage", "statement", "announcement", "blog", "filing", "webseite", "internetseite",
      "mitteilung", "pressemitteilung"};
  const auto& toks = s.tokens;
  bool cue = false;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.word) continue;
    if (own_words.count(t.lower) || (t.lower == "release" && i > 0 && toks[i - 1].lower == "press")) return false;
    cue = cue || media_noun(t.lower) || lexicon().media_verbs.count(t.lower);
  }
  if (!cue) return false;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].word || !toks[i].cap) continue;
    std::string joined;
    for (std::size_t j = i; j < toks.size() && j < i + 4 && toks[j].word; ++j) {
      std::string_view w = toks[j].text;
      for (std::string_view poss : {"'s", "\xE2\x80\x99s"})
        if (w.size() > poss.size() && w.ends_with(poss)) w.remove_suffix(poss.size());
      joined += squash(w);
      if (joined.size() > full.size()) break;
      if (spells_label(joined, label, full)) {
        name->clear();
        for (std::size_t k = i; k < j; ++k) *name += toks[k].text + ' ';
        *name += w;
        return true;
      }
    }
  }
  return false;
}

// An anchor that names the linked site and says it reported: "Ciper reported" (ciperchile.cl),
// "iLaks.no reports", "an investigation by Follow the Money" (ftm.nl, by its initials). The
// name is the anchor's own, so the site need not be known or its address dated.
bool anchor_reports_site(std::string_view anchor, std::string_view before, std::string_view reg, std::string* name) {
  const std::string label = squash(reg.substr(0, reg.find('.')));
  const std::string full = squash(reg);
  if (label.size() < 3) return false;
  std::vector<std::string_view> ws;
  std::vector<bool> possessive;  // the word had "'s": what follows is what it owns
  for (std::string_view w : split(anchor, ' ')) {
    w = trim(w);
    bool poss_s = false;
    for (std::string_view poss : {"'s", "\xE2\x80\x99s"})
      if (w.size() > poss.size() && w.ends_with(poss)) w.remove_suffix(poss.size()), poss_s = true;
    while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
    if (!w.empty()) ws.push_back(w), possessive.push_back(poss_s);
  }
  // Words of journalism, not a bare "according to" or "site", which a company's page or a
  // register takes as well ("Ifølge opplysninger i Proff", "the Senedd petitions site"):
  // "Ciper reported", "an investigation by", "conforme antecipou o Jota", "Potrivit unei
  // investigații Snoop".
  static const std::unordered_set<std::string_view> journalism{
      "antecipou", "revelou", "noticiou", "publicou", "reportou", "adiantou", "investigação", "reportagem",
      "investigații", "investigația", "investigación", "reportaje", "enquête", "révélé", "inchiesta", "rivelato",
      "anticipato", "onthulde", "onthulling"};
  auto media_word = [](std::string_view w) {
    std::string lower = lower_utf8(w);
    return story_word(lower) || journalism.count(lower) > 0 || lexicon().media_verbs.count(lower) > 0;
  };
  // The cue may also stand right before the anchor: "conforme antecipou o <a>Jota</a>".
  bool cue_before = false;
  std::vector<std::string_view> lead = split(before, ' ');
  for (std::size_t k = lead.size(), seen = 0; k-- > 0 && seen < 4;) {
    std::string_view w = trim(lead[k]);
    if (w.empty()) continue;
    ++seen;
    cue_before = cue_before || media_word(w);
  }
  if (!cue_before && std::none_of(ws.begin(), ws.end(), media_word)) return false;
  auto capital = [](std::string_view w) { return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }); };
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (!capital(ws[i])) continue;
    std::string joined, initials;
    for (std::size_t j = i; j < ws.size() && j < i + 5; ++j) {
      bool small = !capital(ws[j]);  // "the", "of" inside a name
      if (small && !lexicon().function_words.count(lower_utf8(ws[j]))) break;
      joined += squash(ws[j]);
      initials += static_cast<char>(std::tolower(static_cast<unsigned char>(ws[j][0])));
      if (small) continue;
      bool by_initials = j > i && initials.size() >= 3 && initials == label;
      // "Canada's auditor general": the name owns something other than a story.
      bool owns_other = possessive[j] && (j + 1 >= ws.size() || !media_word(ws[j + 1]));
      if ((spells_label(joined, label, full) || by_initials) && !owns_other) {
        name->clear();
        for (std::size_t k = i; k <= j; ++k) *name += std::string(ws[k]) + (k < j ? " " : "");
        return true;
      }
    }
  }
  return false;
}

// The few words of the sentence before a link's anchor (at most 60 bytes, whole code points).
std::string_view before_link(std::string_view text, std::size_t begin) {
  if (begin > text.size()) return {};
  std::size_t from = begin > 60 ? begin - 60 : 0;
  while (from < begin && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  std::string_view b = text.substr(from, begin - from);
  for (char mark : {'.', '!', '?', ';'})  // the sentence's own words only
    if (std::size_t at = b.rfind(mark); at != std::string_view::npos && at + 1 < b.size() && b[at + 1] == ' ')
      b.remove_prefix(at + 1);
  return b;
}

// A story's address on a news or magazine site: "/2015/02/25/slug", "/2017/02/slug".
// Company, forum, shop and reference pages rarely carry the year and month.
bool dated_path(std::string_view path) {
  auto num = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (k >= path.size() || path[k] < '0' || path[k] > '9') return -1;
      v = v * 10 + (path[k] - '0');
    }
    return v;
  };
  for (std::size_t i = path.find('/'); i != std::string_view::npos && i + 8 <= path.size(); i = path.find('/', i + 1)) {
    int year = num(i + 1, 4), month = num(i + 6, 2);
    if (year >= 1990 && year <= 2100 && path[i + 5] == '/' && month >= 1 && month <= 12 &&
        (i + 8 == path.size() || path[i + 8] == '/'))
      return true;
  }
  return false;
}

// A blog host ("blog.example.com", "example.blog") speaks for its owner, a company or a person.
bool blog_host(std::string_view host) { return istarts_with(host, "blog.") || iends_with(host, ".blog"); }

}  // namespace

bool on_portal(const Outlet& outlet) {
  return !outlet.domains.empty() && is_platform(registrable_domain(outlet.domains.front()));
}

std::vector<Mention> find_link_mentions(const std::vector<Block>& body, const std::vector<std::size_t>& orders,
                                        const Resolver& resolver) {
  std::vector<Mention> out;
  for (std::size_t b = 0; b < body.size(); ++b) {
    const Block& block = body[b];
    const std::size_t order = orders[b];
    if (is_read_more(block.text)) continue;
    // A list item that is nothing but a link, next to another such item: a related-story list.
    auto bare_link_item = [&](std::size_t k) {
      if (k >= body.size()) return false;
      const Block& x = body[k];
      if (x.kind != Block::Kind::list_item || x.links.size() != 1) return false;
      const BlockLink& l = x.links[0];
      return (l.end - l.begin) * 10 >= x.text.size() * 8;
    };
    if (bare_link_item(b) && ((b > 0 && bare_link_item(b - 1)) || bare_link_item(b + 1))) continue;
    for (const BlockLink& link : block.links) {
      std::optional<Url> url = parse_url(link.url);
      if (!url || (url->scheme != "http" && url->scheme != "https") || url->host.empty()) continue;
      std::string host = untranslated_host(url_host(link.url));
      std::string reg = registrable_domain(host);
      if (resolver.is_self_domain(reg)) continue;
      const Outlet* outlet = resolver.directory ? resolver.directory->by_host(host) : nullptr;
      if (outlet && resolver.is_self(outlet)) continue;
      if (is_listing_path(url->path, url->query)) continue;
      // The outlet as an employer or a business: "careers.nine.com.au", "jobs.theguardian.com",
      // "subscribe.wsj.com".
      bool business = false;
      for (std::string_view sub : {"jobs.", "careers.", "career.", "karriere.", "subscribe.", "subscription.",
                                   "abo.", "abonnement.", "shop.", "store.", "account.", "login.", "myaccount."})
        business = business || istarts_with(host, sub);
      if (business) continue;
      // The sentence holding the anchor is the evidence.
      std::string evidence, sentence_name;
      bool names_site = false;
      for_each_sentence(block.text, [&](const Sentence& s) {
        if (link.begin < s.begin || link.begin >= s.end + 1) return;
        evidence = block.text.substr(s.begin, s.end - s.begin);
        // Only a site the directory does not know needs its name found in the sentence.
        names_site = !outlet && dated_path(url->path) && !blog_host(host) && sentence_names_site(s, reg, &sentence_name);
      });
      if (evidence.empty()) evidence = block.text;
      if (later_copy_note(evidence)) continue;
      Mention m;
      m.link = true;
      m.url = link.url;
      m.evidence = clip_words(evidence, 40);
      m.order = order;
      m.block = b;
      m.anchor_begin = link.begin;
      m.anchor_end = link.end;
      if (outlet) {
        m.outlet = outlet;
      } else {
        if (is_platform(reg) || is_institutional(host, reg)) continue;
        bool anchor_self = false;
        const Outlet* named = resolve_whole_name(link.text, resolver, &anchor_self);
        if (anchor_self) continue;
        std::string label = squash(reg.substr(0, reg.find('.')));
        // An anchor that spells the site's name counts only when the name looks like an outlet's.
        auto spells_site = [&](const std::string& a) {
          return a.size() >= 3 && label.find(a) != std::string::npos && looks_like_news_domain(a);
        };
        std::string anchor = squash(link.text);
        bool anchor_names_site = spells_site(anchor);
        // A common word as the anchor ("using <a>Mint</a>", a finance app) names no outlet here.
        const bool common_word = lexicon().common_word_names.count(lower_utf8(without_determiner(trim(link.text)))) > 0;
        if (named && !common_word && !anchor_names_site && !spells_site(squash(without_determiner(link.text)))) {
          // The anchor names an outlet whose copy lives elsewhere ("KCNA" linking to an archive of its items).
          // Not when it spells the linked site's own name: "the Herald" linking to smalltownherald.com is
          // that site, not another Herald the directory knows.
          m.outlet = named;
        } else {
          std::string reporting_name;
          bool reports = !anchor_names_site && !names_site && !blog_host(host) && !own_publication(url->path) &&
                         anchor_reports_site(link.text, before_link(block.text, link.begin), reg, &reporting_name);
          if (!anchor_names_site && !names_site && !reports && !looks_like_news_domain(reg)) continue;
          if (!story_path(url->path)) continue;  // "cypress.com/products/…" is no press
          m.domain = reg;
          m.name = anchor_names_site ? collapse_whitespace(link.text)
                   : names_site      ? sentence_name
                   : reports         ? reporting_name
                                     : reg;
        }
      }
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace newsarchive::parse::detail

// Cited sources: who the page is, the three kinds of evidence, and the merge to one
// Source per outlet.
#include "parse/sources/sources.hpp"

#include <algorithm>
#include <cstdint>
#include <map>

#include "core/text.hpp"
#include "newsarchive/outlets.hpp"
#include "newsarchive/url.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse {
namespace detail {

bool Resolver::is_self(const Outlet* outlet) const {
  if (!outlet) return false;
  if (self_outlets.count(outlet)) return true;
  for (const std::string& d : outlet->domains)
    if (self_domains.count(registrable_domain(d))) return true;
  return false;
}

bool Resolver::is_self_name(std::string_view name) const {
  std::string s = squash(name);
  if (s.rfind("the", 0) == 0 && self_names.count(s.substr(3))) return true;
  return !s.empty() && self_names.count(s) > 0;
}

bool Resolver::is_self_domain(std::string_view registrable) const {
  return self_domains.count(std::string(registrable)) > 0;
}

const Outlet* Resolver::choose(const std::vector<const Outlet*>& outlets, std::string_view surface,
                               std::string_view hint) const {
  if (outlets.empty()) return nullptr;
  if (outlets.size() == 1) return outlets.front();
  std::vector<const Outlet*> pool = outlets;
  auto keep = [&](auto pred) {
    std::vector<const Outlet*> kept;
    for (const Outlet* o : pool)
      if (pred(o)) kept.push_back(o);
    if (!kept.empty()) pool = std::move(kept);
  };
  keep([&](const Outlet* o) {
    for (const std::string& d : o->domains)
      if (linked_domains.count(registrable_domain(d))) return true;
    return false;
  });
  if (!hint.empty()) keep([&](const Outlet* o) { return o->country == hint; });
  if (!page_country.empty()) keep([&](const Outlet* o) { return o->country == page_country; });
  if (surface.rfind("The ", 0) == 0) {
    keep([&](const Outlet* o) {
      if (o->name.rfind("The ", 0) == 0) return true;
      for (const std::string& a : o->aliases)
        if (a.rfind("The ", 0) == 0 && normalize_outlet_name(a) == normalize_outlet_name(surface)) return true;
      return false;
    });
  }
  std::string key = normalize_outlet_name(surface);
  keep([&](const Outlet* o) { return normalize_outlet_name(o->name) == key; });
  // Still several ("NBC" is NBC News and Namibia's broadcaster, "Express" the Daily Express
  // and Cologne's Express): on a page of neither country the one the world cites most,
  // which for names shared across countries is the American or the British one.
  keep([](const Outlet* o) { return o->country == "US"; });
  keep([](const Outlet* o) { return o->country == "GB"; });
  return pool.front();
}

const Outlet* resolve_whole_name(std::string_view name_in, const Resolver& resolver, bool* self) {
  *self = false;
  std::string name = collapse_whitespace(name_in);
  while (!name.empty() && std::string_view("\"'.,:;()[]").find(name.back()) != std::string_view::npos) name.pop_back();
  while (!name.empty() && std::string_view("\"'([").find(name.front()) != std::string_view::npos) name.erase(0, 1);
  if (name.size() < 2 || !resolver.directory) return nullptr;
  if (name.find(' ') == std::string::npos && name.find('.') != std::string::npos && name.find('@') == std::string::npos) {
    std::string host = to_lower_ascii(name);
    if (resolver.is_self_domain(registrable_domain(host))) {
      *self = true;
      return nullptr;
    }
    if (const Outlet* o = resolver.directory->by_host(host)) {
      *self = resolver.is_self(o);
      return *self ? nullptr : o;
    }
  }
  if (resolver.is_self_name(name)) {
    *self = true;
    return nullptr;
  }
  std::vector<const Outlet*> found = resolver.directory->by_name(name);
  if (found.empty()) {
    if (resolver.is_self_name(name)) *self = true;
    return nullptr;
  }
  for (const Outlet* o : found)
    if (resolver.is_self(o)) {
      *self = true;
      return nullptr;
    }
  return resolver.choose(found, name, "");
}

// The longest leading run of words (up to 8) of `rest` that names an outlet.
const Outlet* leading_outlet(std::string_view rest, const Resolver& resolver, bool* self) {
  std::string text = collapse_whitespace(rest);
  std::vector<std::string_view> words = split(text, ' ');
  // Scripts written without spaces: the longest leading run of characters that names an
  // outlet ("人民日报海外版" is the People's Daily's overseas edition).
  if (words.size() == 1 && !words[0].empty() && static_cast<unsigned char>(words[0][0]) >= 0xE3) {
    std::string_view w = words[0];
    for (std::size_t end = w.size(); end >= 6; --end) {
      if (end < w.size() && (static_cast<unsigned char>(w[end]) & 0xC0) == 0x80) continue;  // inside a character
      bool s = false;
      if (const Outlet* o = resolve_whole_name(w.substr(0, end), resolver, &s); o || s) {
        *self = s;
        return s ? nullptr : o;
      }
    }
    return nullptr;
  }
  for (std::size_t n = std::min<std::size_t>(words.size(), 8); n >= 1; --n) {
    std::string candidate;
    for (std::size_t k = 0; k < n; ++k) {
      if (k) candidate.push_back(' ');
      candidate.append(words[k]);
    }
    while (!candidate.empty() && std::string_view(".,;:!").find(candidate.back()) != std::string_view::npos)
      candidate.pop_back();
    bool s = false;
    if (const Outlet* o = resolve_whole_name(candidate, resolver, &s)) {
      *self = s;
      return o;
    }
    if (s) {
      *self = true;
      return nullptr;
    }
  }
  return nullptr;
}

namespace {

// A paper calls itself by its name's last word: the Los Angeles Times' "Times staff writer",
// the Post's "told The Post", the Globe's "Globe correspondent".
void add_short_self_name(Resolver& r, std::string_view name) {
  static constexpr std::string_view kPaperNouns[] = {
      "times", "post", "journal", "globe", "star", "herald", "tribune", "telegraph", "guardian", "independent",
      "chronicle", "inquirer", "examiner", "observer", "gazette", "courier", "mirror", "standard", "register",
      "sentinel", "dispatch", "bulletin", "enquirer", "reporter", "advertiser", "statesman", "record", "citizen",
      "sun", "age", "nation", "express", "mail", "leader", "monitor", "review", "press", "news"};
  std::string last(trim(name));
  // A host that glues the paper's noun to its town: "ottawacitizen" calls itself "the Citizen".
  if (last.find_first_of(" .") == std::string::npos) {
    std::string low = to_lower_ascii(last);
    for (std::string_view noun : kPaperNouns)
      if (noun != "age" && low.size() > noun.size() + 2 && low.ends_with(noun))  // not "heritage"
        r.self_names.insert(std::string(noun));
    return;  // a one-word name is already a self name
  }
  last = last.substr(last.rfind(' ') + 1);
  std::string low = to_lower_ascii(last);
  if (std::find(std::begin(kPaperNouns), std::end(kPaperNouns), low) != std::end(kPaperNouns))
    r.self_names.insert(squash(low));
}

// A paper calls itself by its initials: "SZ" on the Sächsische Zeitung's site, "ODT" on the
// Otago Daily Times' (two to four words, the function words left out).
void add_self_initials(Resolver& r, std::string_view name) {
  std::string initials;
  int words = 0;
  for (std::string_view w : split(name, ' ')) {
    w = trim(w);
    if (w.empty() || lexicon().function_words.count(lower_utf8(w))) continue;
    std::size_t at = 0;
    append_utf8(initials, lower_letter(next_codepoint(w, at)));
    ++words;
  }
  if (words < 2 || words > 4) return;
  // Not initials another outlet goes by ("AP" on American Press's site is the Associated Press).
  if (r.directory)
    for (const Outlet* o : r.directory->by_name(initials))
      if (!r.self_outlets.count(o)) return;
  r.self_names.insert(initials);
}

void add_self_outlet(Resolver& r, const Outlet* o) {
  if (!o || !r.self_outlets.insert(o).second) return;
  for (const std::string& d : o->domains) r.self_domains.insert(registrable_domain(d));
  r.self_names.insert(squash(o->name));
  add_short_self_name(r, o->name);
  add_self_initials(r, o->name);
  for (const std::string& a : o->aliases) r.self_names.insert(squash(a));
}

Resolver make_resolver(const std::vector<Block>& body, const SourceContext& context, const OutletDirectory* dir) {
  Resolver r;
  r.directory = dir;
  std::vector<std::string> hosts;
  hosts.push_back(url_host(context.page_url));
  if (context.canonical_url) hosts.push_back(url_host(*context.canonical_url));
  for (const std::string& host : hosts) {
    if (host.empty()) continue;
    std::string reg = registrable_domain(host);
    r.self_domains.insert(reg);
    r.self_names.insert(squash(reg.substr(0, reg.find('.'))));
    r.self_names.insert(squash(reg));
    add_short_self_name(r, reg.substr(0, reg.find('.')));
    if (dir) add_self_outlet(r, dir->by_host(host));
  }
  if (context.site_name && !trim(*context.site_name).empty()) {
    r.self_names.insert(squash(*context.site_name));
    add_short_self_name(r, *context.site_name);
    if (dir) {
      // Not a namesake abroad: "NewsDay" on newsday.co.zw is not Long Island's Newsday.
      std::vector<const Outlet*> named = dir->by_name(*context.site_name);
      std::string host_country = hosts.front().empty() ? std::string() : country_of_host(hosts.front());
      if (named.size() == 1 && r.self_outlets.empty() &&
          (host_country.empty() || named.front()->country.empty() || named.front()->country == host_country))
        add_self_outlet(r, named.front());
    }
  }
  for (const Block& b : body)
    for (const BlockLink& l : b.links) {
      std::string host = url_host(l.url);
      if (!host.empty()) r.linked_domains.insert(registrable_domain(host));
    }
  for (const Outlet* o : r.self_outlets)
    if (!o->country.empty()) r.page_country = o->country;
  if (r.page_country.empty() && !hosts.empty()) r.page_country = country_of_host(hosts.front());
  if (r.page_country.empty() && context.language) r.page_country = country_of_language(*context.language);
  for (const char* c : {"PL", "RU", "UA", "BY", "CZ", "SK"})
    if (r.page_country == c) r.declines_names = true;
  if (context.language && (context.language->starts_with("de") || context.language->starts_with("lb")))
    r.capitalises_nouns = true;
  if (r.page_country == "FI") r.case_language = "fi";
  if (r.page_country == "EE") r.case_language = "et";
  if (r.page_country == "HU") r.case_language = "hu";
  if (r.page_country == "BD" || (context.language && context.language->starts_with("bn"))) r.case_language = "bn";
  return r;
}

}  // namespace
}  // namespace detail

std::vector<Source> extract_sources(const std::vector<Block>& body, const SourceContext& context,
                                    const OutletDirectory* outlets) {
  using namespace detail;
  Resolver resolver = make_resolver(body, context, outlets);
  const std::vector<std::size_t> orders = sentence_orders(body);
  std::vector<Mention> mentions = find_link_mentions(body, orders, resolver);
  for (Mention& m : find_text_mentions(body, resolver, mentions)) mentions.push_back(std::move(m));
  for (Mention& m : find_credit_mentions(body, orders, context, resolver)) mentions.push_back(std::move(m));
  for (Mention& m : find_reference_mentions(body, orders, resolver)) mentions.push_back(std::move(m));
  for (Mention& m : find_cjk_mentions(body, orders, resolver)) mentions.push_back(std::move(m));
  for (Mention& m : find_abjad_mentions(body, orders, resolver)) mentions.push_back(std::move(m));
  if (!context.references.empty()) {
    const std::size_t after_body = orders.empty() ? 0 : orders.back();  // reference lists come after the text
    for (Mention& m : find_reference_mentions(context.references, sentence_orders(context.references), resolver)) {
      m.order += after_body;
      mentions.push_back(std::move(m));
    }
  }
  // "You can read the Reuters report <a href=news.yahoo.com/...>here</a>": the portal's copy.
  std::erase_if(mentions, [&](const Mention& m) {
    if (!m.link || !m.outlet || m.block == Mention::kNoBlock || !on_portal(*m.outlet)) return false;
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
      return !o.link && o.block == m.block && o.outlet && o.outlet != m.outlet;
    });
  });
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.order < b.order; });

  // An unknown outlet named in the text and linked on its own domain is one outlet, and a
  // name that spells a domain the body links to lives there ("Just the News" and a link to
  // justthenews.com), whether or not that link was cited.
  std::map<std::string, std::string> label_domain;  // squashed domain label -> domain
  auto add_label = [&](const std::string& domain) {
    label_domain.emplace(squash(domain.substr(0, domain.find('.'))), domain);
  };
  for (const Mention& m : mentions)
    if (!m.outlet && !m.domain.empty()) add_label(m.domain);
  std::vector<std::string> linked(resolver.linked_domains.begin(), resolver.linked_domains.end());
  std::sort(linked.begin(), linked.end());  // the same label on two domains: the same pick every run
  for (const std::string& d : linked)
    if (!resolver.is_self_domain(d)) add_label(d);

  // Appends `x` unless `v` holds it or `cap` values already.
  auto add_once = [](std::vector<std::string>& v, const std::string& x, std::size_t cap) {
    if (v.size() < cap && std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
  };
  struct Entry {
    Source source;
    bool link = false, text = false, known = false, merged = false;  // known: a directory outlet
    std::vector<std::size_t> blocks;  // the body blocks of its counted mentions
  };
  std::vector<Entry> entries;
  std::map<std::string, std::size_t> index;
  // An outlet of several countries' editions, each on its country's domain (Delfi in
  // Estonia, Latvia and Lithuania), is named by the edition of the page's country; one
  // whose home is a global domain (dpa.com, with dpa.de) keeps it.
  std::string edition;
  if (resolver.page_country.size() == 2) edition.append(1, '.').append(to_lower_ascii(resolver.page_country));
  auto home_domain = [&](const Outlet& o) -> const std::string& {
    const std::string& home = o.domains.front();
    const bool editions = std::all_of(o.domains.begin(), o.domains.end(), [](const std::string& d) {
      return d.size() > 3 && d[d.size() - 3] == '.';  // every domain a country's (not bbc.com beside bbc.co.uk)
    });
    if (!edition.empty() && o.domains.size() > 1 && editions)
      for (const std::string& d : o.domains)
        if (d.ends_with(edition)) return d;
    return home;
  };
  for (Mention& m : mentions) {
    std::string key;
    std::string domain = m.domain;
    std::string name = m.name;
    if (m.outlet) {
      key = "o:" + m.outlet->name + "\t" + m.outlet->domains.front();
      name = m.outlet->name;
      domain = home_domain(*m.outlet);
    } else {
      std::string sq = squash(name);
      if (sq.rfind("the", 0) == 0 && sq.size() > 3 && label_domain.count(sq.substr(3))) sq = sq.substr(3);
      if (domain.empty()) {
        if (auto it = label_domain.find(sq); it != label_domain.end()) domain = it->second;
      }
      key = domain.empty() ? "n:" + sq : "d:" + domain;
    }
    auto [it, fresh] = index.emplace(key, entries.size());
    if (fresh) {
      entries.emplace_back();
      entries.back().source.name = name;
      entries.back().source.domain = domain;
    }
    Entry& e = entries[it->second];
    e.known = e.known || m.outlet;
    Source& s = e.source;
    // A name written in the text beats a domain used as a name.
    if (!m.outlet && !m.link && s.name == s.domain && !name.empty()) s.name = name;
    // One citation counts once: "told <a>Reuters</a>" is a link and a name, "— With files
    // from <a>The Canadian Press</a>" a link and a credit line, "Reuters contributed to this
    // report." a name and a credit line.
    bool again = m.joins_link || (m.credit && m.block != Mention::kNoBlock &&
                                  std::find(e.blocks.begin(), e.blocks.end(), m.block) != e.blocks.end());
    if (!again) {
      s.mentions += 1;
      e.blocks.push_back(m.block);
    }
    if (m.link) {
      e.link = true;
      add_once(s.urls, m.url, SIZE_MAX);
    } else {
      e.text = true;
    }
    if (m.credit) s.credit_line = true;
    if (!m.evidence.empty()) add_once(s.evidence, m.evidence, 5);
  }
  // "El Mercurio reportó ... <a href=elmercurio.com/...>(nota completa)</a>": a link the text
  // names for a directory outlet, on a domain the directory does not list, is that outlet.
  for (Entry& e : entries) {
    if (e.known || e.source.name.empty()) continue;
    const std::string key = normalize_outlet_name(e.source.name);
    auto same = std::find_if(entries.begin(), entries.end(),
                             [&](const Entry& o) { return o.known && normalize_outlet_name(o.source.name) == key; });
    if (same == entries.end()) continue;
    Source& into = same->source;
    into.mentions += e.source.mentions;
    for (const auto& u : e.source.urls) add_once(into.urls, u, SIZE_MAX);
    for (const auto& ev : e.source.evidence) add_once(into.evidence, ev, 5);
    into.credit_line = into.credit_line || e.source.credit_line;
    same->link = same->link || e.link;
    same->text = same->text || e.text;
    e.merged = true;
  }
  std::erase_if(entries, [](const Entry& e) { return e.merged; });
  std::vector<Source> out;
  for (Entry& e : entries) {
    e.source.via = e.link && e.text ? Via::both : e.link ? Via::link : Via::text;
    out.push_back(std::move(e.source));
  }
  return out;
}

}  // namespace newsarchive::parse

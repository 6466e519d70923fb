// Headline and site names: one value per field from the page's statements (dates: date_fields.cpp).
#include "parse/fields.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/local_time.hpp"

namespace newsarchive::parse {
namespace {

// Letters and digits only, lower-cased (ASCII), for comparing titles and site names.
std::string squash(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_codepoint(s, i);
    if (cp < 0x80) {
      if (std::isalnum(static_cast<int>(cp))) out.push_back(static_cast<char>(std::tolower(static_cast<int>(cp))));
    } else if (cp != 0xA0 && cp != 0xAB && cp != 0xAD && cp != 0xB7 && cp != 0xBB && !(cp >= 0x2000 && cp <= 0x206F)) {
      append_utf8(out, cp);
    }
  }
  return out;
}

constexpr std::string_view kSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB ",
                                            " \xC2\xAB ", " \xC2\xB7 ", " / ", " \xE2\x80\xA2 ", " : ", " ~ ",
                                            " \xE2\x80\xBA ", " > ", " \xEF\xBD\x9C "};

// The host's distinctive label: "nytimes" for www.nytimes.com, "bbc" for news.bbc.co.uk.
std::string host_label(std::string_view url) {
  std::string domain = registrable_domain(url_host(url));
  return squash(domain.substr(0, domain.find('.')));
}

bool names_site(std::string_view segment, const std::optional<std::string>& site, const std::string& label) {
  std::string seg = squash(segment);
  if (seg.empty()) return false;
  if (site) {
    std::string s = squash(*site);
    if (!s.empty() && (seg == s || (seg.size() >= 4 && s.find(seg) != std::string::npos) ||
                       (s.size() >= 4 && seg.find(s) != std::string::npos && seg.size() < s.size() + 12)))
      return true;
  }
  // Against the host, which has no accents: "Jornal do Dão" for jornaldodao.pt.
  seg = squash(unaccented(segment));
  if (label.size() >= 3 && seg.find(label) != std::string::npos && seg.size() <= label.size() + 16) return true;
  // "Die Neue Südtiroler Tageszeitung" for tageszeitung.it: a short name ending or starting with the label.
  if (label.size() >= 5 && split(collapse_whitespace(segment), ' ').size() <= 5 &&
      (seg.rfind(label, 0) == 0 || (seg.size() >= label.size() && seg.compare(seg.size() - label.size(), label.size(), label) == 0)))
    return true;
  return false;
}


// "Headline-Politicsㅣ한국일보": the site name glued to the title by a pipe-like mark with
// no spaces (|, ｜, ㅣ), and a one-word non-Latin section glued before it by '-'.
std::string strip_glued_site_name(const std::string& t, const std::optional<std::string>& site_name) {
  if (!site_name) return t;
  std::string site = collapse_whitespace(*site_name);
  if (site.empty() || t.size() <= site.size() + 8 || t.compare(t.size() - site.size(), site.size(), site) != 0) return t;
  std::string_view head = std::string_view(t).substr(0, t.size() - site.size());
  bool glued = false;
  for (std::string_view mark : {"|", "\xEF\xBD\x9C", "\xE3\x85\xA3"})
    if (head.size() > mark.size() && head.substr(head.size() - mark.size()) == mark) {
      head.remove_suffix(mark.size());
      glued = true;
      break;
    }
  if (!glued) return t;
  if (std::size_t dash = head.rfind('-'); dash != std::string_view::npos && dash > 0) {
    std::string_view section = head.substr(dash + 1);
    // Only a non-Latin label: "close-down|Site" keeps its hyphenated word.
    bool latin = std::any_of(section.begin(), section.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!section.empty() && !latin && utf8_length(section) <= 10 && head[dash - 1] != ' ')
      head = head.substr(0, dash);
  }
  return std::string(trim(head));
}

}  // namespace

std::string strip_site_name(std::string_view title, const std::optional<std::string>& site_name,
                            std::string_view page_url) {
  std::string t = collapse_whitespace(title);
  std::string label = host_label(page_url);
  for (int round = 0; round < 2; ++round) {
    bool changed = false;
    for (auto sep : kSeparators) {
      std::size_t last = t.rfind(sep);
      if (last != std::string::npos && last > 0 && names_site(std::string_view(t).substr(last + sep.size()), site_name, label)) {
        t = std::string(trim(std::string_view(t).substr(0, last)));
        changed = true;
        break;
      }
      std::size_t first = t.find(sep);
      if (first != std::string::npos && first > 0 && names_site(std::string_view(t).substr(0, first), site_name, label)) {
        std::string rest(trim(std::string_view(t).substr(first + sep.size())));
        if (!rest.empty()) {
          t = rest;
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  return strip_glued_site_name(t, site_name);
}

bool names_the_site(std::string_view name, const std::optional<std::string>& title,
                    const std::optional<std::string>& site_name) {
  std::string n = squash(name);
  if (n.empty()) return false;
  if (site_name && squash(*site_name) == n) return true;
  if (!title) return false;
  std::string t = collapse_whitespace(*title);
  for (auto sep : kSeparators)  // the <title>'s last part: "Story | 新京报"
    if (std::size_t at = t.rfind(sep); at != std::string::npos && at > 0 && squash(t.substr(at + sep.size())) == n)
      return true;
  return false;
}

std::size_t shown_word_count(std::string_view s) { return split(collapse_whitespace(s), ' ').size(); }

namespace {

// The <title> as readers see the story's name: a trailing " | Site" or leading "Site: "
// dropped when what remains is still a headline (after readability's title rules).
std::string clean_title_tag(const std::string& orig, const std::vector<std::string>& h1) {
  static constexpr std::string_view kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \\ ", " / ", " > ",
                                               " \xC2\xBB ", " \xC2\xB7 "};
  std::size_t last = std::string::npos, last_len = 0, first = std::string::npos, first_len = 0;
  for (auto sep : kSeps) {
    std::size_t l = orig.rfind(sep);
    if (l != std::string::npos && (last == std::string::npos || l > last)) {
      last = l;
      last_len = sep.size();
    }
    std::size_t f = orig.find(sep);
    if (f != std::string::npos && (first == std::string::npos || f < first)) {
      first = f;
      first_len = sep.size();
    }
  }
  std::string cur = orig;
  bool hierarchical = false;
  if (last != std::string::npos) {
    hierarchical = orig.find(" \\ ") != std::string::npos || orig.find(" / ") != std::string::npos ||
                   orig.find(" > ") != std::string::npos || orig.find(" \xC2\xBB ") != std::string::npos;
    cur = orig.substr(0, last);
    if (shown_word_count(cur) < 3) cur = orig.substr(first + first_len);
    (void)last_len;
  } else if ((orig.size() > 150 || orig.size() < 15) && h1.size() == 1) {
    cur = collapse_whitespace(h1[0]);
  }
  cur = collapse_whitespace(cur);
  std::size_t words = shown_word_count(cur);
  std::string without_seps = orig;
  for (auto sep : kSeps)
    for (std::size_t p; (p = without_seps.find(sep)) != std::string::npos;) without_seps = without_seps.substr(0, p) + " " + without_seps.substr(p + sep.size());
  if (words <= 4 && (!hierarchical || words != shown_word_count(without_seps) - 1)) cur = orig;
  return cur;
}

// True when `s` begins (or, with at_end, ends) with a mark that joins a title to a site name
// or section: "|", "-", "–", "·", "ㅣ", ...
bool has_separator(std::string_view s, bool at_end) {
  s = trim(s);
  for (std::string_view mark : {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "*", "\xC2\xBB", ":",
                                "\xEF\xBC\x9A", "\xE3\x85\xA3", "\xEF\xBD\x9C", "/", "\xE2\x80\xA2", "~"})
    if (s.size() >= mark.size() && s.substr(at_end ? s.size() - mark.size() : 0, mark.size()) == mark) return true;
  return false;
}

// True when `lead` (the labels before a headline) holds a spaced separator before its last mark.
bool holds_separator(std::string_view lead) {
  lead = trim(lead);
  for (auto sep : kSeparators)
    if (std::size_t at = lead.find(sep); at != std::string_view::npos && at > 0 && at + sep.size() < lead.size())
      return true;
  return false;
}

// `title` without the part that another statement of the page leaves out: "Headline | DW |
// 28.04.2023" when twitter:title says "Headline". The longest such statement wins.
std::string without_decoration(const std::string& title, const std::vector<std::string>& statements) {
  const std::string* best = nullptr;
  for (const auto& s : statements) {
    if (s.size() < 8 || s.size() >= title.size() || (best && best->size() >= s.size())) continue;
    std::string_view rest;
    bool suffix = title.compare(0, s.size(), s) == 0;
    if (suffix)
      rest = std::string_view(title).substr(s.size());
    else if (title.compare(title.size() - s.size(), s.size(), s) == 0)
      rest = std::string_view(title).substr(0, title.size() - s.size());
    else
      continue;
    if (has_separator(rest, !suffix) && shown_word_count(rest) <= 8) best = &s;
  }
  return best ? *best : title;
}

// True when `title` is `headline`, alone or before a separator and the site's parts
// ("Headline | Section | Site").
bool title_opens_with(std::string_view title, std::string_view headline) {
  if (!title.starts_with(headline)) return false;
  std::string_view rest = title.substr(headline.size());
  return trim(rest).empty() || has_separator(rest, false);
}

// True when two titles name the same story (equal after squashing, or one holds the other).
bool agrees(const std::string& a, const std::string& b) {
  std::string x = squash(a), y = squash(b);
  if (x.empty() || y.empty()) return false;
  return x == y;
}

// True when `a` and `b` differ only in the mark that joins a kicker to the headline
// ("Kicker - Headline", "Kicker: Headline").
bool differ_in_joint(std::string_view a, std::string_view b) {
  std::size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  std::size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  auto joint = [](std::string_view mid) {
    mid = trim(mid);
    for (std::string_view mark : {"-", ":", "|", "\xE2\x80\x93", "\xE2\x80\x94"})
      if (mid == mark) return true;
    return false;
  };
  return pre > 0 && joint(a.substr(pre, a.size() - pre - suf)) && joint(b.substr(pre, b.size() - pre - suf));
}

// The spelling of `chosen` that most of the page's statements, <h1> and <title> share, when
// they differ from it only in the joint between kicker and headline ("Kicker - Headline" in
// JSON-LD, "Kicker: Headline" in og:title and the <title>). A tie keeps `chosen`.
std::string commonest_form(const std::string& chosen, const std::vector<std::string>& stated, const PageMeta& m,
                           const std::optional<std::string>& site_name, std::string_view page_url) {
  std::vector<std::string> forms = stated;
  for (const auto& h : m.h1) forms.push_back(collapse_whitespace(h));
  if (m.title_tag) forms.push_back(without_decoration(strip_site_name(*m.title_tag, site_name, page_url), stated));
  auto votes = [&](const std::string& f) { return std::count(forms.begin(), forms.end(), f); };
  std::string best = chosen;
  auto best_votes = votes(chosen);
  for (const auto& f : forms)
    if (f != best && differ_in_joint(f, chosen) && votes(f) > best_votes) {
      best = f;
      best_votes = votes(f);
    }
  return best;
}

}  // namespace

std::optional<std::string> choose_headline(const PageMeta& m, const std::optional<std::string>& site_name,
                                           std::string_view page_url) {
  // Stated headlines (JSON-LD, Dublin Core, Open Graph, Twitter, Parse.ly) are kept as the
  // publisher wrote them: "How to Build a Terrarium | eHow" is that page's title. A trailing
  // or leading part goes only when another statement of the same page leaves it out. The
  // JSON-LD headline leads even where the <h1> repeats a different og:title (measured on
  // both corpora, the <h1> was no judge between them; README, "Headlines").
  std::vector<std::string> statements;
  for (const auto& v : {m.jsonld.headline, m.get("dc:title"), m.get("dcterm:title"), m.get("dcterms:title"),
                        m.get("dc.title"), m.get("og:title"), m.get("twitter:title"), m.get("parsely-title"),
                        m.get("sailthru.title"), m.get("headline")})
    if (v) statements.push_back(collapse_whitespace(*v));
  auto shown_whole = [&](const std::string& t) {  // the page's <h1> shows exactly this title
    return std::any_of(m.h1.begin(), m.h1.end(), [&](const std::string& h) { return collapse_whitespace(h) == t; });
  };
  auto clean = [&](const std::optional<std::string>& v) -> std::optional<std::string> {
    if (!v) return std::nullopt;
    std::string full = collapse_whitespace(*v);
    // A shorter statement ("Cocoa Prices Smash Record", twitter:title) cuts no part the
    // <h1> shows: "... Shrinks—Here's What It Means For Your Chocolate" is the headline.
    std::string t = shown_whole(full) ? full : without_decoration(full, statements);
    // "灘の酒蔵、若手杜氏が初の新酒｜神戸新聞NEXT": a site name glued on by a pipe is never the story's.
    if (t == full) t = strip_glued_site_name(t, site_name);
    // A site-wide og:title that only names the site says nothing about the story.
    if (t.empty() || (site_name && squash(t) == squash(*site_name))) return std::nullopt;
    return t;
  };
  std::optional<std::string> ld = clean(m.jsonld.headline);
  std::vector<std::string> stated;
  // Readability.js's order; <meta name=title> is a candidate here but not evidence above.
  // After the stated titles: the <title> (without its site name), then the first <h1>.
  for (const auto& v : {m.get("dc:title"), m.get("dcterm:title"), m.get("dcterms:title"), m.get("dc.title"),
                        m.get("og:title"), m.get("weibo:article:title"), m.get("weibo:webpage:title"),
                        m.get("title"), m.get("twitter:title"), m.get("parsely-title"), m.get("sailthru.title")})
    if (auto t = clean(v)) stated.push_back(*t);
  // JSON-LD "name" when its "headline" is a description that nothing else on the page repeats.
  if (m.jsonld.name && ld) {
    std::string name = strip_site_name(*m.jsonld.name, site_name, page_url);
    bool headline_seen = false, name_seen = false;
    std::vector<std::string> shown = m.h1;
    if (m.title_tag) shown.push_back(strip_site_name(*m.title_tag, site_name, page_url));
    for (const auto& s : shown) {
      headline_seen = headline_seen || agrees(s, *ld);
      name_seen = name_seen || agrees(s, name);
    }
    if (!headline_seen && name_seen) ld = name;
  }
  if (ld) {
    // A JSON-LD headline cut to a length limit ("... the council voted to…", Google once
    // asked for 110 characters): the full title another statement or the <h1> gives wins.
    std::string_view cut = *ld;
    for (std::string_view dots : {"\xE2\x80\xA6", "..."})
      if (cut.size() > dots.size() && cut.substr(cut.size() - dots.size()) == dots) cut.remove_suffix(dots.size());
    std::string head = squash(cut);
    if (cut.size() < ld->size() && head.size() >= 20) {
      std::vector<std::string> fuller = stated;
      for (const auto& h : m.h1) fuller.push_back(collapse_whitespace(h));
      for (const auto& f : fuller)
        if (std::string q = squash(f); q.size() > head.size() && q.compare(0, head.size(), head) == 0) {
          ld = f;
          break;
        }
    }
    stated.insert(stated.begin(), *ld);
  }
  if (m.shown_headline && m.shown_after_breadcrumb) {
    // The <h1> is a breadcrumb's SEO copy: the heading readers see decides between stated
    // titles that disagree, and wins when a stated title is that headline behind a kicker
    // ("Kicker: Headline") that the others do not repeat.
    const std::string shown = collapse_whitespace(*m.shown_headline);
    for (const auto& s : stated)
      if (agrees(s, shown)) return s;
    bool unanimous =
        std::all_of(stated.begin(), stated.end(), [&](const std::string& s) { return agrees(s, stated.front()); });
    std::string v = squash(shown);
    for (const auto& s : unanimous ? std::vector<std::string>{} : stated) {
      std::string q = squash(s);
      if (v.size() >= 12 && q.size() > v.size() && q.compare(q.size() - v.size(), v.size(), v) == 0) return shown;
    }
  }
  if (!ld && !stated.empty() && m.title_tag && !m.h1.empty()) {
    // No JSON-LD headline, and the <h1> and the <title> agree on the stated title and a
    // clause more ("Headline – “Quote”", "Headline, and what follows"): a title cut short
    // for sharing; the headline readers see is the whole.
    const std::string h1 = collapse_whitespace(m.h1.front());
    const std::string& short_one = stated.front();
    if (h1.size() > short_one.size() + 8 && h1.compare(0, short_one.size(), short_one) == 0 &&
        title_opens_with(collapse_whitespace(*m.title_tag), h1) &&
        strip_site_name(h1, site_name, page_url) == h1) {  // the clause is no "- Site Name"
      std::string_view rest = std::string_view(h1).substr(short_one.size());
      for (std::string_view joint : {",", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", ":", ";"})
        if (rest.starts_with(joint)) return h1;
    }
  }
  if (!stated.empty()) return commonest_form(stated.front(), stated, m, site_name, page_url);
  if (m.title_tag && m.h1.empty()) {
    // "Site :: Section :: Headline" on a page with no <h1>: the part the page prints in bold
    // or a big <font> on its own is the story's name.
    std::string t = collapse_whitespace(*m.title_tag), best;
    for (auto sep : kSeparators)
      for (std::string_view piece : split(t, sep)) {
        std::string_view part = trim(piece);
        if (part.size() > best.size() && part.size() < t.size() &&
            std::any_of(m.bold_lines.begin(), m.bold_lines.end(),
                        [&](const std::string& b) { return collapse_whitespace(b) == part; }))
          best = std::string(part);
      }
    if (shown_word_count(best) >= 3) return best;
  }
  if (m.title_tag) {
    // The site name goes; otherwise Readability's rules (the last separated part, or the
    // first when too little would remain).
    std::string t = strip_site_name(*m.title_tag, site_name, page_url);
    // "Headline｜Site" where the <h1> shows "Headline": the site name goes, whatever mark
    // joins it (readability's rules below know only spaced ones). Not the other way round:
    // an <h1> that shows only the site's name keeps the <title>'s story part.
    std::vector<std::string> h1s;
    for (const auto& h : m.h1) h1s.push_back(collapse_whitespace(h));
    // A leading part goes too when it names the site ("Example Times: Headline").
    // So does a leading run of labels ("Weserbote Online - Lokales - Headline", "Herald - Print:
    // Headline"): a part that itself holds a separator is the site's path, not a kicker.
    if (std::string shown = without_decoration(t, h1s);
        t.compare(0, shown.size(), shown) == 0 ||
        (shown.size() < t.size() && (names_site(std::string_view(t).substr(0, t.size() - shown.size()), site_name,
                                                host_label(page_url)) ||
                                     holds_separator(std::string_view(t).substr(0, t.size() - shown.size())))))
      t = shown;
    // Readability's rules cut at a separator; not a title the <h1> shows whole ("Why cocoa is
    // so expensive - and what it means for chocolate lovers").
    if (t == collapse_whitespace(*m.title_tag) && !shown_whole(t)) t = clean_title_tag(t, m.h1);
    if (!t.empty()) return t;
  }
  if (!m.h1.empty() && !m.h1.front().empty()) return collapse_whitespace(m.h1.front());
  return std::nullopt;
}

}  // namespace newsarchive::parse

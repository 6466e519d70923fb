// Paywall sales boxes and reader-revenue appeals: boxes set inside or beside the story that
// sell a subscription or ask for support, judged by their names, buttons and links.
#include <algorithm>
#include <cctype>
#include <string>

#include "core/text.hpp"
#include "parse/body.hpp"
#include "parse/class_words.hpp"
#include "parse/furniture.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {
namespace {

// Hashed names only ("dcr-1bimhcu", "css-1x2y3z"): every class word holds a digit. Cheap,
// and it keeps the look inside to the few boxes no word describes.
bool hashed_names(const Words& w) {
  return !w.words.empty() && std::all_of(w.words.begin(), w.words.end(), [](const std::string& word) {
    return word.size() <= 3 || std::any_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  });
}

// An appeal in a box with hashed class names ("dcr-1bimhcu"): a button-like link of its
// own, outside any paragraph, that asks the reader to support, contribute, donate or join
// and leads to such a page ("Support the Guardian" -> support.theguardian.com/contribute),
// under paragraphs of prose, no headline, less text than a story. A story's sentence that
// links to a fundraiser holds its link inside the paragraph.
bool unnamed_appeal(const GumboNode* n, const Words& w) {
  GumboTag t = tag_of(n);
  if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_ASIDE) return false;
  if (!hashed_names(w) || text_exceeds(n, 1500)) return false;
  static constexpr std::string_view kAskTexts[] = {"support", "contribute", "donate", "give", "join", "become a",
                                                   "unterst\xC3\xBCtz", "soutenez", "apoya", "sostieni"};
  static constexpr std::string_view kAskPages[] = {"support", "contribute", "donat", "member", "/join", "/give",
                                                   "spende", "soutenir", "apoya", "sostieni"};
  bool ask = false, headline = false;
  int prose = 0;
  for_each_element(n, [&](const GumboNode* e) {
    GumboTag et = tag_of(e);
    if (et == GUMBO_TAG_H1) headline = true;
    if (et == GUMBO_TAG_P) {
      if (text_content(e, 200).size() >= 80) ++prose;
      return false;  // a link inside a paragraph is the sentence's
    }
    if (et == GUMBO_TAG_A || et == GUMBO_TAG_BUTTON) {
      std::string text = lower_utf8(trim(text_content(e, 80)));
      std::string href = to_lower_ascii(attr(e, "href"));
      bool asks = std::any_of(std::begin(kAskTexts), std::end(kAskTexts), [&](std::string_view a) { return text.starts_with(a); });
      bool page = std::any_of(std::begin(kAskPages), std::end(kAskPages), [&](std::string_view a) {
        return href.find(a) != std::string::npos;
      });
      ask = ask || (asks && page && text.size() <= 60);
      return false;
    }
    return !headline;
  });
  return ask && prose >= 1 && !headline;
}

}  // namespace

// A paywall's sales box ("Jetzt weiterlesen mit SPIEGEL+ ... Hier anmelden"): named for
// the paywall, with a button or a link to subscribe or log in, and no paragraph of story.
// Condé Nast and others mark the paid story's own paragraphs, lists and subheads
// `class="paywall"`; those hold no such link.
bool paywall_sales_box(const GumboNode* n, const Words& w) {
  GumboTag t = tag_of(n);
  if (t == GUMBO_TAG_P || t == GUMBO_TAG_LI || (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6)) return false;
  // "paywall", "paywall-modal", "ArticleInlinePaywall" (not "paywalled" story text); Piano's
  // and Tinypass's containers. A box of hashed names holding both a log-in and a sales link
  // is one too ("この記事は有料記事です" over "/info/price/" and "/login/").
  bool named = false;
  for (const auto& word : w.words)
    named = named || (word.find("paywall") != std::string::npos && word.find("paywalled") == std::string::npos) ||
            word == "piano" || starts(word, "tinypass");
  // A small box named for the premium offer ("premium-box": "Získejte iDNES Premium"); a
  // premium story's own text is longer.
  if (!named && !text_exceeds(n, 400))
    for (const auto& word : w.words) named = named || starts(word, "premium");
  bool unnamed = !named && hashed_names(w) && !text_exceeds(n, 600);
  if (!named && !unnamed) return false;
  static constexpr std::string_view kSalesLinks[] = {"subscri", "abonn", "login", "signin", "sign-in",
                                                     "connexion", "connect", "anmelden", "account", "checkout",
                                                     "assin", "suscri", "register", "offer", "prenumer", "price",
                                                     "pricing", "premium"};
  static constexpr std::string_view kLogIn[] = {"login", "signin", "sign-in", "anmelden", "connexion"};
  // German "Abo" as a word of the address ("abo.spiegel.de", "/abo/"), not "/about".
  auto abo = [](std::string_view href) {
    for (std::size_t at = href.find("abo"); at != std::string_view::npos; at = href.find("abo", at + 1))
      if ((at == 0 || !std::isalpha(static_cast<unsigned char>(href[at - 1]))) &&
          (at + 3 == href.size() || !std::isalpha(static_cast<unsigned char>(href[at + 3]))))
        return true;
    return false;
  };
  bool sales = false, story = false, log_in = false, offer = false;
  for_each_element(n, [&](const GumboNode* e) {
    if (story) return false;
    GumboTag et = tag_of(e);
    if (et == GUMBO_TAG_BUTTON) sales = true;
    if (et == GUMBO_TAG_A) {
      std::string href = to_lower_ascii(attr(e, "href"));
      bool in = std::any_of(std::begin(kLogIn), std::end(kLogIn), [&](std::string_view l) { return href.find(l) != std::string::npos; });
      bool sells = abo(href) || std::any_of(std::begin(kSalesLinks), std::end(kSalesLinks),
                                            [&](std::string_view l) { return href.find(l) != std::string::npos; });
      sales = sales || sells;
      log_in = log_in || in;
      offer = offer || (sells && !in);
    }
    if (et == GUMBO_TAG_P && text_content(e, 240).size() >= 200) story = true;
    // Without a name, only the box's own links count: one in a sentence is the story's.
    return !story && !(unnamed && et == GUMBO_TAG_P);
  });
  if (unnamed) return log_in && offer && !story;
  if (!sales && !story) {
    // A box that only says it: "Subscribe to SCMP for full access."
    std::string text = text_content(n, 600);
    sales = text.size() < 600 && (icontains(text, "subscri") || icontains(text, "abonn") || icontains(text, "free trial"));
  }
  return sales && !story;
}

// A reader-revenue appeal ("Is The Times of Israel important to you? ... Join Our
// Community", the Guardian's "contributions epic"): named for members, supporters or
// contributions, asking in a button or link to join, support or give, with no headline and
// less text than a story. Its paragraphs are prose, so the paywall box's test cannot tell.
bool appeal_box(const GumboNode* n, const Words& w) {
  GumboTag t = tag_of(n);
  if (t == GUMBO_TAG_P || t == GUMBO_TAG_LI || t == GUMBO_TAG_ARTICLE || (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6))
    return false;
  static constexpr std::string_view kNames[] = {"membership", "supporter", "contribution", "community", "epic",
                                                "readerrevenue", "appeal", "donor"};
  bool named = false;
  for (const auto& word : w.words) {
    named = named || word == "support" || word == "revenue";  // "support-box", "reader-revenue"
    for (auto k : kNames) named = named || starts(word, k);
  }
  if (!named) return unnamed_appeal(n, w);
  static constexpr std::string_view kAsks[] = {"join", "support", "contribut", "donat", "member", "give",
                                               "subscri", "abonn", "unterst\xC3\xBCtz", "soutenir", "apoy", "sostieni",
                                               "sostenitor", "assin", "suscri", "prenumer", "abbona"};
  bool ask = false, headline = false;
  for_each_element(n, [&](const GumboNode* e) {
    GumboTag et = tag_of(e);
    if (et == GUMBO_TAG_H1) headline = true;
    if (et == GUMBO_TAG_A || et == GUMBO_TAG_BUTTON) {
      std::string what = to_lower_ascii(attr(e, "href")) + ' ' + to_lower_ascii(text_content(e, 80));
      for (auto a : kAsks) ask = ask || what.find(a) != std::string::npos;
    }
    return !headline;
  });
  return ask && !headline && !text_exceeds(n, 1500);
}

// A shopping card set inside the story: a small box whose own button or short link is marked
// rel="sponsored" (as Google asks of paid and affiliate links) outside any sentence, over a
// product name and a price ("Our pick ... £1,175 at Halfords ... Buy now"). An affiliate link
// inside a paragraph is the sentence's.
bool affiliate_card(const GumboNode* n) {
  GumboTag t = tag_of(n);
  if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_ASIDE && t != GUMBO_TAG_FIGURE) return false;
  if (text_exceeds(n, 600)) return false;
  bool card = false, story = false;
  for_each_element(n, [&](const GumboNode* e) {
    GumboTag et = tag_of(e);
    // A paragraph of prose is the story's (a short story around the card is no card).
    if (et == GUMBO_TAG_P && text_content(e, 120).size() >= 100) story = true;
    if (et == GUMBO_TAG_A && tag_of(e->parent) != GUMBO_TAG_P && !text_exceeds(e, 40)) {
      const std::string rels = to_lower_ascii(attr(e, "rel"));
      for (std::string_view rel : split(rels, ' ')) card = card || rel == "sponsored";
    }
    return !story;
  });
  return card && !story;
}

}  // namespace newsarchive::parse

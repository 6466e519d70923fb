// Promotions and notices written in sentences: newsletter, app, podcast and membership
// pitches, funders' disclaimers, print-edition notes, paywall and ad-blocker notices.
#include "parse/notices.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/text.hpp"
#include "parse/site_notes.hpp"

namespace newsarchive::parse {
namespace {

// A podcast's promotion: "Abonnieren Sie den Podcast bei Spotify, Apple Podcasts, Amazon
// Music und Deezer", "Listen to the podcast on Apple Podcasts, Spotify or wherever you get
// your podcasts". A story about the podcast business names the platforms without asking the
// reader to subscribe or listen.
bool podcast_promo(std::string_view t) {
  if (!icontains(t, "podcast")) return false;
  int platforms = 0;
  for (std::string_view p : {"spotify", "apple podcasts", "itunes", "amazon music", "deezer", "google podcasts",
                             "youtube music", "audible", "podimo", "rss", "wherever you get"})
    platforms += icontains(t, p) ? 1 : 0;
  if (platforms < 2) return false;
  for (std::string_view v : {"abonn", "subscri", "listen", "h\xC3\xB6r", "follow", "folg", "\xC3\xA9" "cout", "escuch",
                             "ascolt", "ou\xC3\xA7", "luister", "lyssna", "kuuntel", "download"})
    if (icontains(t, v)) return true;
  return false;
}

}  // namespace

// An e-mail address: "name@host.tld".
bool holds_email(std::string_view t) {
  std::size_t at = t.find('@');
  if (at == std::string_view::npos || at == 0 || !std::isalnum(static_cast<unsigned char>(t[at - 1]))) return false;
  std::size_t end = at + 1;
  while (end < t.size() && (std::isalnum(static_cast<unsigned char>(t[end])) || t[end] == '.' || t[end] == '-')) ++end;
  std::string_view host = t.substr(at + 1, end - at - 1);
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  std::size_t dot = host.rfind('.');
  return dot != std::string_view::npos && dot > 0 && host.size() - dot > 2;
}

// Longer lines that promote the site or state its terms, whatever they open with.
bool promotion_or_notice(std::string_view t, std::size_t chars) {
  if (chars <= 320 && podcast_promo(t)) return true;
  const std::string low = lower_utf8(t.substr(0, 24));  // the line's opening
  // The whole line lower-cased once, for the rules of short lines below (320 at the most).
  const std::string all = chars <= 320 ? lower_utf8(t) : std::string();
  // A funder's disclaimer under wire copy: "The Associated Press receives financial support
  // from ... AP is solely responsible for all content."
  if (chars <= 400 && icontains(t, "solely responsible for all content")) return true;
  // "Disclosure: ... have been financial supporters of The Texas Tribune ... Financial
  // supporters play no role in the Tribune's journalism."
  if (icontains(t, "financial supporters") && icontains(t, "play no role")) return true;
  // A newswire's syndication terms: "... available without charge to any legitimate news
  // publisher ... For licensing opportunities ... contact licensing@...".
  if (icontains(t, "licensing") && holds_email(t)) return true;
  // The site's channels: "Join The Irish Times on WhatsApp", "Suivez toute l'actualité de
  // 20 Minutes sur notre chaîne WhatsApp", "Folgen Sie BILD Hamburg auf WhatsApp".
  if (chars <= 260 && (icontains(t, "whatsapp") || icontains(t, "telegram"))) {
    for (std::string_view w : {"channel", "kanal", "canal", "cha\xC3\xAEne", "saluran", "join", "follow", "folgen",
                               "suivez", "takip", "segui", "siga", "ikuti",
                               "\xD0\xBA\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB",  // канал
                               "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C",  // подписывайтесь
                               "\xD0\xBF\xD1\x96\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x83\xD0\xB9\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C"})  // підписуйтесь
      if (icontains(t, w)) return true;
  }
  if (chars <= 200) {
    // "Get our FREE daily newsletter", "Sign up to receive our biggest stories".
    for (std::string_view s : {"get our ", "join our ", "receive our ", "never miss", "don't miss", "don\xE2\x80\x99t miss"})
      if (low.starts_with(s) && icontains(t, "newsletter")) return true;
    for (std::string_view s : {"sign up to receive our", "sign up for our", "subscribe to our"})
      if (icontains(t, s)) return true;
    if (icontains(t, "translations may contain inaccuracies")) return true;
    // The same in other languages: "Recibe cada tarde el boletín ...", "Recevez notre
    // infolettre", "Erhalten Sie unseren Newsletter".
    static constexpr std::string_view kNewsletters[] = {"newsletter", "bolet\xC3\xADn", "boletim", "infolettre",
                                                       "lettre d'information"};
    static constexpr std::string_view kReceive[] = {"recibe", "recib\xC3\xAD", "receba", "recevez", "ricevi",
                                                   "erhalten sie", "abonnieren sie", "inscreva-se", "inscríbete",
                                                   "apúntate", "ontvang", "f\xC3\xA5 ", "f\xC3\xA5r du"};
    if (std::any_of(std::begin(kReceive), std::end(kReceive), [&](std::string_view r) { return low.starts_with(r); }) &&
        icontains_any(t, kNewsletters))
      return true;
  }
  // The site's channels, asked for with a follow verb: "Sigue toda la información de Economía
  // en Facebook y X, o en nuestra newsletter semanal", "Follow us on Instagram".
  if (chars <= 260) {
    static constexpr std::string_view kFollow[] = {"follow ", "sigue ", "siga ", "s\xC3\xADguenos", "suivez ",
                                                  "folgen sie", "folge ", "segui ", "seguici", "volg ", "f\xC3\xB8lg ",
                                                  "f\xC3\xB6lj ", "seuraa ", "obserwuj ", "ikuti "};
    static constexpr std::string_view kChannels[] = {"facebook", "instagram", "twitter", "tiktok", "youtube",
                                                    "linkedin", "threads", "bluesky", "newsletter", "google news"};
    // Two channels at least: "Follow the money to a Facebook page" is a sentence.
    if (std::any_of(std::begin(kFollow), std::end(kFollow), [&](std::string_view f) { return low.starts_with(f); }) &&
        std::count_if(std::begin(kChannels), std::end(kChannels), [&](std::string_view c) { return icontains(t, c); }) >= 2)
      return true;
  }
  // A writer's one channel: "Follow Dana Vickers on Twitter."
  if (chars <= 80 && low.starts_with("follow ")) {
    std::string_view line = all;
    while (!line.empty() && (line.back() == '.' || line.back() == ' ')) line.remove_suffix(1);
    for (std::string_view c : {" on twitter", " on x", " on instagram", " on bluesky", " on threads", " on linkedin",
                               " on facebook", " on tiktok", " on mastodon"})
      if (line.ends_with(c)) return true;
  }
  // A funded story's note: "This story was produced with support from the Coastal Futures
  // Fund. The Sound Ledger retains full editorial control."
  if (chars <= 300 && (icontains(t, "with support from") || icontains(t, "with the support of")) &&
      (icontains(t, "story") || icontains(t, "reporting") || icontains(t, "journalism") ||
       icontains(t, "editorial control") || icontains(t, "editorial independence")))
    return true;
  // A contact address alone on its line: "jwchoi@heraldcorp.com".
  if (chars <= 60 && holds_email(t) && std::count(t.begin(), t.end(), ' ') == 0) return true;
  // A membership appeal in a sentence: "Help us keep reporting from the ground by becoming a
  // member of the Kyiv Independent today."
  if (chars <= 300) {
    for (std::string_view w : {"becoming a member", "become a member", "becoming a patron", "become a patron",
                               "becoming a supporter", "become a supporter", "support our journalism",
                               "support independent journalism", "journalism needs your support", "please consider subscribing", "subscribe today to",
                               "werden sie mitglied", "devenez membre",
                               "hazte socio", "diventa socio", "abbonati anche tu", "become a subscriber",
                               // "Support us" as an appeal, in the polite imperative no quote uses.
                               "t\xC3\xA1mogasson minket", "unterst\xC3\xBCtzen sie uns", "soutenez-nous", "ap\xC3\xB3yanos",
                               "sostienici", "wesprzyj nas", "podpo\xC5\x99te n\xC3\xA1s", "podporte n\xC3\xA1s", "steun ons",
                               "st\xC3\xB8tt oss", "st\xC3\xB6\x64 oss"})
      if (icontains(t, w)) return true;
  }
  // "The Sentinel is reader-supported. For $5 a month you can help keep independent
  // reporting alive."
  if (chars <= 300 && (icontains(t, "reader-supported") || icontains(t, "reader-funded") ||
                       icontains(t, "listener-supported") || icontains(t, "member-supported")) &&
      (icontains(t, "month") || icontains(t, "donat") || icontains(t, "help keep") || icontains(t, "subscri") ||
       icontains(t, "support us")))
    return true;
  // A funder's note: "LDR is local body journalism co-funded by RNZ and NZ On Air.", "This
  // reporting is supported by the Public Interest Journalism Fund."
  if (chars <= 250 &&
      (icontains(t, "journalism") || icontains(t, "reporting") || low.starts_with("this story") ||
       low.starts_with("this article") || low.starts_with("this report") || low.starts_with("this project") ||
       low.starts_with("this series")) &&
      (icontains(t, "funded by") || icontains(t, "funded through") || icontains(t, "supported by") ||
       icontains(t, "made possible by")))
    return true;
  // "... coverage is supported in part by ...": the site's journalism, not a study's patients reporting.
  if (chars <= 250 && (icontains(t, "supported in part by") || icontains(t, "funded in part by")) &&
      (icontains(t, "coverage") || icontains(t, "our journalism") || icontains(t, "this reporting") ||
       icontains(t, "our reporting") || low.starts_with("this story") || low.starts_with("this article")))
    return true;
  // "... is supported in part by the Bayview Coastal Foundation. The Times maintains full
  // editorial control of its journalism."
  // (Not "... gives him editorial control over the paper": the site keeps it.)
  if (chars <= 300 && (icontains(t, "full editorial control") || icontains(t, "maintains editorial control") ||
                       icontains(t, "retains editorial control") || icontains(t, "sole editorial control")) &&
      (icontains(t, "support") || icontains(t, "fund") || icontains(t, "grant") || icontains(t, "foundation")))
    return true;
  // ... in Welsh: "Mae golwg360 yn derbyn cefnogaeth ariannol gan Gyngor Llyfrau Cymru i gyhoeddi
  // newyddion yn Gymraeg." (receives financial support from ... to publish news in Welsh).
  if (chars <= 250 && icontains(t, "cefnogaeth ariannol gan") && icontains(t, "newyddion")) return true;
  // The site's terms: "By using this site, you consent to our User Agreement and agree ..."
  if (chars <= 600 && (icontains(t, "user agreement") || icontains(t, "privacy policy") || icontains(t, "terms of use") ||
                       icontains(t, "terms of service")) &&
      (icontains(t, "you consent") || icontains(t, "you agree") || icontains(t, "by using this site") ||
       icontains(t, "we may receive compensation")))
    return true;
  // The terms of reuse: "Republishing our news is allowed only with a mention of the source."
  if (chars <= 200 && (low.starts_with("republishing") || low.starts_with("republication") ||
                       low.starts_with("reproduction") || low.starts_with("reprinting")) &&
      (icontains(t, "allowed") || icontains(t, "permitted") || icontains(t, "prohibited") ||
       icontains(t, "forbidden") || icontains(t, "permission")))
    return true;
  // "Follow AP's coverage of food insecurity at https://...", "Find more of AP's coverage at ...".
  if (chars <= 200 && (low.starts_with("follow ") || low.starts_with("find more")) &&
      (icontains(t, "http") || icontains(t, "coverage at")))
    return true;
  // The reproduction notice of CJK sites: "記事・写真などの無断転載は禁止されています。",
  // "무단 전재 및 재배포 금지", "未经授权不得转载", "版權所有".
  static constexpr std::string_view kNoReproduction[] = {
      "\xE7\x84\xA1\xE6\x96\xAD\xE8\xBB\xA2\xE8\xBC\x89", "\xE7\x84\xA1\xE6\x96\xAD\xE8\xA4\x87\xE8\xA3\xBD",  // 無断転載 無断複製
      "\xEB\xAC\xB4\xEB\x8B\xA8 \xEC\xA0\x84\xEC\x9E\xAC", "\xEB\xAC\xB4\xEB\x8B\xA8\xEC\xA0\x84\xEC\x9E\xAC",  // 무단 전재
      "\xE6\x9C\xAA\xE7\xBB\x8F\xE6\x8E\x88\xE6\x9D\x83", "\xE6\x9C\xAA\xE7\xB6\x93\xE6\x8E\x88\xE6\xAC\x8A",  // 未经授权 未經授權
      "\xE7\xA6\x81\xE6\xAD\xA2\xE8\xBD\xAC\xE8\xBD\xBD", "\xE4\xB8\x8D\xE5\xBE\x97\xE8\xBD\xAC\xE8\xBD\xBD",  // 禁止转载 不得转载
      "\xE7\x89\x88\xE6\xAC\x8A\xE6\x89\x80\xE6\x9C\x89", "\xE7\x89\x88\xE6\x9D\x83\xE6\x89\x80\xE6\x9C\x89"};  // 版權所有 版权所有
  if (chars <= 120 && icontains_any(t, kNoReproduction))
    return true;
  // An app's promotion, in the imperative no story sentence uses: "NTV uygulamasını indirin",
  // "Laden Sie die App herunter", "Téléchargez l'application", "Scarica l'app", "Pobierz
  // aplikację", "Download our app".
  if (chars <= 160) {
    static constexpr std::string_view kApp[] = {"app", "uygulama", "aplicaci", "aplikac", "applicazione", "aplicativo",
                                                "l'application"};
    static constexpr std::string_view kGet[] = {"indirin", "laden sie", "t\xC3\xA9l\xC3\xA9\x63hargez", "descargue",
                                                "desc\xC3\xA1rgala", "baixe", "scarica", "pobierz",
                                                "st\xC3\xA1hn\xC4\x9bte", "download our", "download the"};
    if (icontains_any(t, kApp) && icontains_any(t, kGet)) return true;
    // Verbs that are ordinary words elsewhere ("El Gobierno descarga la responsabilidad",
    // "A Apple baixa a comissão") call for the app only opening the line, "app" a word of it.
    const std::string low = lower_utf8(t);
    for (std::string_view get : {"descarga la app", "descarga nuestra app", "desc\xC3\xA1rgate la app",
                                 "baixa a app", "baixe a app", "download onze app", "download de app"})
      if (low.starts_with(get)) return true;
  }
  // An app's promotion in CJK: "中央社「一手新聞」app早上7點推播新聞，立即下載 iOS Android".
  if (chars <= 160 &&
      (icontains(t, "\xE4\xB8\x8B\xE8\xBC\x89") || icontains(t, "\xE4\xB8\x8B\xE8\xBD\xBD") ||  // 下載 下载
       icontains(t, "\xE3\x83\x80\xE3\x82\xA6\xE3\x83\xB3\xE3\x83\xAD\xE3\x83\xBC\xE3\x83\x89") ||  // ダウンロード
       icontains(t, "\xEB\x8B\xA4\xEC\x9A\xB4\xEB\xA1\x9C\xEB\x93\x9C")) &&  // 다운로드
      (icontains(t, "app") || icontains(t, "\xE3\x82\xA2\xE3\x83\x97\xE3\x83\xAA") ||  // アプリ
       icontains(t, "\xEC\x95\xB1")))  // 앱
    return true;
  // A collaboration's note: "This story was produced as part of the Climate Desk
  // collaboration.", "This article was produced in partnership with The Texas Tribune";
  // and a summary box's note: "These highlights were written by the reporters and editors".
  if (chars <= 300) {
    for (std::string_view opening : {"this story was produced", "this article was produced", "this report was produced",
                                     "this piece was produced", "this story is published in partnership",
                                     "this article is published in partnership"})
      if (all.starts_with(opening) &&
          (icontains(t, "partnership") || icontains(t, "collaboration") || icontains(t, "part of the") ||
           icontains(t, "network") || icontains(t, " for ")))
        return true;
    if (icontains(t, "highlights were written by")) return true;
  }
  // "Follow us on Google News", "Obserwuj nas w Wiadomościach Google".
  if (chars <= 200 && (icontains(t, "google news") || icontains(t, "wiadomo\xC5\x9B\x63iach google") ||
                       icontains(t, "google actualit") || icontains(t, "google noticias"))) {
    const std::string low = lower_utf8(t);  // "Следите", "Ακολουθήστε"
    for (std::string_view w : {"follow", "obserwuj", "folgen", "suivez", "s\xC3\xADguenos", "seguici", "volg",
                               "urm\xC4\x83re\xC8\x99te", "urm\xC4\x83ri\xC8\x9Bi", "k\xC3\xB6vess",
                               "\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xB8\xD1\x82\xD0\xB5",  // следите
                               "\xD1\x81\xD1\x82\xD0\xB5\xD0\xB6\xD1\x82\xD0\xB5",  // стежте
                               "f\xC3\xB6lj", "f\xC3\xB8lg", "sledujte", "takip",
                               // Croatian/Serbian, Slovene, Portuguese, Finnish, Indonesian, Lithuanian,
                               // Latvian, Greek, Bulgarian: the imperative with "us" ("Google News
                               // seuraa" is news about Google, "mengikuti" is no "ikuti")
                               "pratite nas", "spremljajte nas", "siga-nos", "seuraa meit\xC3\xA4", "ikuti kami",
                               "sekite mus", "sekojiet mums",
                               "\xCE\xB1\xCE\xBA\xCE\xBF\xCE\xBB\xCE\xBF\xCF\x85\xCE\xB8\xCE\xAE\xCF\x83\xCF\x84\xCE\xB5",  // ακολουθήστε
                               "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xB2\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5"})  // последвайте
      if (low.find(w) != std::string::npos) return true;
  }
  // A sales line: "Få tillgång till alla artiklar på DN.se", "Get access to all articles".
  if (chars <= 200) {
    for (std::string_view w : {"access to all articles", "tillg\xC3\xA5ng till alla artiklar", "zugang zu allen artikeln",
                               "acc\xC3\xA8s \xC3\xA0 tous les articles", "acceso a todos los art\xC3\xAD\x63ulos",
                               "accesso a tutti gli articoli", "dost\xC4\x99p do wszystkich artyku\xC5\x82\xC3\xB3w",
                               "p\xC5\x99\xC3\xADstup ke v\xC5\xA1\x65m \xC4\x8Dl\xC3\xA1nk\xC5\xAFm"})
      if (icontains(t, w)) return true;
  }
  // An offer's price by the month: "Läs DN för 1 kr i en månad", "Your first month for $1".
  if (chars <= 120) {
    static constexpr std::string_view kMonth[] = {"a month", "per month", "/month", "/mo", "m\xC3\xA5nad", "im monat",
                                                  "pro monat", "par mois", "al mes", "al mese", "miesi\xC4\x85\x63",
                                                  "m\xC4\x9Bs\xC3\xAD\x63", "kuukau", "m\xC3\xA5ned"};
    static constexpr std::string_view kPrice[] = {" kr ", " kr.", "\xE2\x82\xAC", "$", "\xC2\xA3", " z\xC5\x82",
                                                  " k\xC4\x8D", " cent", " euro"};
    // The offer's words, so that a story's "We pay €2,400 a month" or "nurses earning $2,100
    // per month" stays.
    static constexpr std::string_view kOffer[] = {
        "subscri", "abonn", " abo ", "prenumer", "first month", "trial", "unlimited", "access", " read ", "l\xC3\xA4s ",
        " lesen", " lire", " leer ", " leggi", " join", "sign up", " try ", "tilaa", "tillg\xC3\xA5ng", "zugang",
        "acc\xC3\xA8s", "acceso", "offer", "angebot", "offre", "oferta", "\xC3\xB8rste m\xC3\xA5ned"};
    if (icontains_any(t, kMonth) && icontains_any(t, kPrice) && icontains_any(t, kOffer) &&
        std::any_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return true;
  }
  // A poll under the story asking what the reader made of it: "Do you like the content of
  // this article?", "이 기사에 대해 어떻게 생각하시나요?", "Wie gefällt Ihnen dieser Artikel?".
  if (chars <= 100) {
    std::string_view q = trim(t);
    bool question = q.ends_with("?") || q.ends_with("\xEF\xBC\x9F");  // ? ？
    static constexpr std::string_view kThisStory[] = {
        "this article", "this story", "this post", "the content of this", "dieser artikel", "diesen artikel",
        "este art\xC3\xAD\x63ulo", "cet article", "questo articolo", "ten artyku\xC5\x82", "tento \xC4\x8Dl\xC3\xA1nek",
        "deze artikel", "dit artikel", "\xEC\x9D\xB4 \xEA\xB8\xB0\xEC\x82\xAC",  // 이 기사
        "\xE3\x81\x93\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA\x8B"};                   // この記事
    if (question && icontains_any(q, kThisStory))
      return true;
  }
  // A consent banner's text, whatever its box is called: "Wir verwenden Cookies ... Mit
  // „Zustimmen und weiter" erklären Sie sich einverstanden", "We use cookies ... Accept".
  if (chars <= 500 && icontains(t, "cookie")) {
    for (std::string_view w : {"zustimm", "akzeptier", "einverstanden", "accept", "agree", "consent", "accepter",
                               "acepta", "accetta", "akcept", "souhlas", "toesteming", "godk\xC3\xA4nn", "samtyk"})
      if (icontains(t, w)) return true;
  }
  // A click-to-load placeholder for an embed: "Empfohlener redaktioneller Inhalt ... Mit Ihrer
  // Zustimmung wird hier ein externes Video geladen", "This content is hosted by a third party".
  if (chars <= 400) {
    for (std::string_view w : {"empfohlener redaktioneller inhalt", "mit ihrer zustimmung wird hier",
                               "externer inhalt", "externen inhalt", "hosted by a third party",
                               "to view this content", "contenu externe", "contenido externo", "contenuto esterno"})
      if (icontains(t, w)) return true;
  }
  // Chinese papers' notices: "澎湃新闻，未经授权不得转载" (no reprint without permission),
  // "澎湃新闻报料：021-962866" (the tip line).
  if (chars <= 120 && (icontains(t, "\xE4\xB8\x8D\xE5\xBE\x97\xE8\xBD\xAC\xE8\xBD\xBD") || icontains(t, "\xE4\xB8\x8D\xE5\xBE\x97\xE8\xBD\x89\xE8\xBC\x89") ||
                       (icontains(t, "\xE6\x8A\xA5\xE6\x96\x99") && std::any_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))))
    return true;
  // A membership box's line: "Join Slate Plus to support our work. Your first month is only $1."
  if (chars <= 300 && (icontains(t, "support our work") || icontains(t, "first month is only") ||
                       icontains(t, "first month for only")) &&
      (icontains(t, "join") || icontains(t, "subscri") || icontains(t, "$") || icontains(t, "month")))
    return true;
  // A republishing licence: "Republish our articles for free, online or in print, under
  // Creative Commons licence."
  if (chars <= 300 && icontains_any(t, {"republish", "republi\xC3\xA9", "republicado", "ripubblicato"}) &&
      (icontains(t, "creative commons") || icontains(t, "for free")))
    return true;
  // A paywall's line: "Ten artykuł przeczytasz z aktywną subskrypcją", "This article is for
  // subscribers only", "Dieser Artikel ist nur mit Abo lesbar".
  if (chars <= 160) {
    static constexpr std::string_view kSubscribers[] = {"subscri", "subskrypc", "suscrip", "abonn", "assinan",
                                                       "abbonat", "p\xC5\x99\x65\x64platn", "prenumer", " abo ",
                                                       "\xD7\x9E\xD7\xA0\xD7\x95\xD7\x99\xD7\x99\xD7\x9D",  // מנויים
                                                       "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81",  // подпис(ка/чиков)
                                                       "\xCF\x83\xCF\x85\xCE\xBD\xCE\xB4\xCF\x81\xCE\xBF\xCE\xBC"};  // συνδρομ
    static constexpr std::string_view kThisStory[] = {"this article", "this story", "ten artyku\xC5\x82",
                                                     "dieser artikel", "dieser beitrag", "cet article",
                                                     "este art\xC3\xAD" "culo", "questo articolo", "este artigo",
                                                     "tento \xC4\x8Dl\xC3\xA1nek", "deze artikel", "dit artikel",
                                                     "\xD7\x9B\xD7\xAA\xD7\x91\xD7\x94 \xD7\x96\xD7\x95",  // כתבה זו
                                                     "\xD1\x8D\xD1\x82\xD0\xB0 \xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD1\x8F",  // эта статья
                                                     "\xD1\x8D\xD1\x82\xD0\xBE\xD0\xB9 \xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C",  // этой стать
                                                     "\xCF\x84\xCE\xBF \xCE\xAC\xCF\x81\xCE\xB8\xCF\x81\xCE\xBF"};  // το άρθρο
    if (icontains_any(t, kSubscribers) && icontains_any(t, kThisStory)) return true;
  }
  // A standing affiliate disclosure: "Hearst Television participates in various affiliate
  // marketing programs, which means we may get paid commissions ...", "Wir erhalten eine
  // Provision", "enlaces de afiliados ... comisión".
  if (chars <= 400 &&
      (icontains(t, "affiliate link") || icontains(t, "affiliate program") || icontains(t, "affiliate marketing") ||
       icontains(t, "affiliate partner") || icontains(t, "affiliate-link") || icontains(t, "enlaces de afiliado")) &&
      (icontains(t, "commission") || icontains(t, "comisi\xC3\xB3n") || icontains(t, "provision") ||
       icontains(t, "get paid") || icontains(t, "earn a") || icontains(t, "earn money")))
    return true;
  // A pointer to the player above or below: "Video above: State auditor flags contracts".
  for (std::string_view pointer : {"video above", "watch above", "video below", "watch below", "above video",
                                   "watch the video above", "watch video above", "video oben", "vid\xC3\xA9o ci-dessus"})
    if (chars <= 200 && all.starts_with(pointer)) return true;
  // Who an opinion piece's writer is, in a line of its own: "The writer is a professor of
  // geography", "L'autrice est professeure titulaire ...", "Der Autor ist Historiker".
  if (chars <= 250) {
    std::string opening = all;
    for (std::size_t q; (q = opening.find("\xE2\x80\x99")) != std::string::npos;) opening.replace(q, 3, "'");
    for (std::string_view who : {"the writer is ", "the author is ", "the writers are ", "the authors are ",
                                 "l'auteur est ", "l'autrice est ", "l'auteure est ", "les auteurs sont ",
                                 "der autor ist ", "die autorin ist ", "el autor es ", "la autora es ",
                                 "l'autore \xC3\xA8 ", "de auteur is ", "o autor \xC3\xA9 ", "a autora \xC3\xA9 "})
      if (opening.starts_with(who)) {
        // ... and what they are: not "The author is facing a lawsuit".
        static constexpr std::string_view kWhat[] = {
            "professor", "professeur", "universit", "fellow", "director", "directeur", "directrice", "research",
            "chercheu", "economist", "\xC3\xA9" "conomiste", "author of", "auteur de", "autrice de",
            "ancien", "president", "pr\xC3\xA9sident", "lecturer", "phd", "ph.d", "historian", "historien",
            "journalist", "editor", "lawyer", "avocat", "analyst", "analyste", "consultant", "founder", "fondat"};
        if (icontains_any(opening, kWhat)) return true;
      }
  }
  // A site's ban on copying or crawling its content for AI: "Dilarang keras mengambil konten,
  // melakukan crawling atau pengindeksan otomatis untuk AI ...", "No text and data mining".
  if (chars <= 400 && (icontains(t, "crawling") || icontains(t, "scraping") || icontains(t, "data mining") ||
                       icontains(t, "pengindeksan otomatis")) &&
      (icontains(t, "dilarang") || icontains(t, "is prohibited") || icontains(t, "are prohibited") ||
       icontains(t, "strictly prohibited") || icontains(t, "is not permitted") || icontains(t, "are not permitted") ||
       icontains(t, "expressly reserve") || icontains(t, "untersagt")))
    return true;
  // A newsletter's own lines and a report page's citation label: "Forwarded this email?
  // Subscribe here", "Suggested citation"; a recipe card's nutrition row ("Calories: 342kcal |
  // Glucides: 48g"); a research funder's note ("The research was funded by the National
  // Science Foundation (award OPP-2213344).").
  if (chars <= 200 && (all.starts_with("forwarded this email") || all.starts_with("suggested citation") ||
                       ((icontains(t, "kcal") || icontains(t, "calories:")) && t.find('|') != std::string_view::npos)))
    return true;
  if (chars <= 200 && (all.starts_with("the research was") || all.starts_with("this research was") ||
                       all.starts_with("this work was") || all.starts_with("the study was")) &&
      (icontains(t, "funded by") || icontains(t, "supported by")) && t.find(". ") == std::string_view::npos)
    return true;
  // "Found a mistake? Select the text and press Ctrl+Enter" (Russian and Ukrainian sites).
  if (chars <= 250 && (icontains(t, "ctrl+enter") || icontains(t, "ctrl + enter"))) return true;
  // A call for readers' pictures or tips by messenger: "Hast du etwas gesehen? Schick uns
  // deine Fotos und Videos per WhatsApp".
  if (chars <= 250 && icontains(t, "whatsapp")) {
    if (t.find('?') != std::string_view::npos && t.find('?') < 60) return true;
    for (std::string_view w : {"send us", "schick uns", "schicken sie uns", "envoyez-nous", "m\xC3\xA1ndanos",
                               "inviaci", "stuur ons"})
      if (icontains(t, w)) return true;
  }
  // A pointer to the site's other story inside a sentence (Russian): "О том, как ...,
  // читайте в материале «...»", "Подробнее читайте ...".
  if (chars <= 250) {
    for (std::string_view w : {"\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD0\xB2 "
                               "\xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB\xD0\xB5",  // читайте в материале
                               "\xD0\xBF\xD0\xBE\xD0\xB4\xD1\x80\xD0\xBE\xD0\xB1\xD0\xBD\xD0\xB5\xD0\xB5 "
                               "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5"})  // подробнее читайте
      if (all.find(w) != std::string::npos) return true;
  }
  // A newsletter's note on the story it came from, or its pitch: "This story was first
  // featured in the Future Perfect newsletter. Sign up here ...", "La newsletter di Corriere
  // Milano ... iscriviti gratis alla newsletter ... nella tua casella di posta".
  if (chars <= 320) {
    static constexpr std::string_view kNewsletters[] = {"newsletter", "bolet\xC3\xADn", "boletim", "infolettre",
                                                       "nieuwsbrief", "h\xC3\xADrlevel\xC3\xA9re", "h\xC3\xADrlev\xC3\xA9l"};
    static constexpr std::string_view kSignUp[] = {"sign up", "subscribe", "iscriviti", "abonnieren", "abonnez",
                                                  "inscreva", "suscr\xC3\xAD" "bete", "inscr\xC3\xAD" "bete",
                                                  "inscrivez", "meld je aan", "zapisz si\xC4\x99", "inbox",
                                                  "casella di posta", "bo\xC3\xAEte mail", "bo\xC3\xAEte de r\xC3\xA9" "ception",
                                                  "postfach", "bandeja de entrada", "caixa de entrada", "mailbox",
                                                  "iratkozzon fel"};
    // Whole words: not "subscriber-only newsletters" in a sales line the story keeps.
    auto any = [&](const auto& list) {
      return std::any_of(std::begin(list), std::end(list), [&](std::string_view w) { return has_word(all, w); });
    };
    if (any(kNewsletters) && any(kSignUp)) return true;
  }
  // A notice to readers blocking ads or scripts, addressing them: "Ihr Browser oder
  // Adblocker verhindert dies", "Please disable your ad blocker", "JavaScript is disabled in
  // your browser". Not a story about ad blocking or roadblocks.
  if (chars <= 300) {
    auto word_at = [&](std::string_view w) {
      for (std::size_t at = all.find(w); at != std::string::npos; at = all.find(w, at + 1))
        if (at == 0 || !std::isalpha(static_cast<unsigned char>(all[at - 1]))) return true;
      return false;
    };
    bool you = false;
    for (std::string_view w : {"you", "your", "ihr", "ihren", "sie", "votre", "vous", "tu", "su", "seu", "je", "uw"})
      you = you || has_word(all, w);
    bool blocker = word_at("adblock") || word_at("ad blocker") || word_at("ad-blocker") || word_at("werbeblocker");
    if (you && (blocker || (word_at("javascript") && word_at("browser")))) return true;
  }
  // A subscription's account notice: "Tu suscripción se está usando en otro dispositivo",
  // "¿Quieres añadir otro usuario a tu suscripción?".
  if (chars <= 110) {
    static constexpr std::string_view kSubscription[] = {"subscription", "suscripci\xC3\xB3n", "abonnement",
                                                        "assinatura", "abbonamento", "abo "};
    static constexpr std::string_view kAccount[] = {"another device", "otro dispositivo", "autre appareil",
                                                   "anderen ger\xC3\xA4t", "outro dispositivo", "altro dispositivo",
                                                   "another user", "otro usuario", "autre utilisateur",
                                                   "weiteren nutzer", "outro usu\xC3\xA1rio", "altro utente"};
    static constexpr std::string_view kYour[] = {"your ", "tu ", "votre ", "ihr ", "dein", "sua ", "tua ", "seu "};
    if (icontains_any(t, kSubscription) && icontains_any(t, kAccount) && icontains_any(t, kYour)) return true;
  }
  return site_note(t, chars);
}

}  // namespace newsarchive::parse

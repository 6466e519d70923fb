// Short lines judged by their text alone: furniture lines (share, subscribe, paywall, ad
// labels, counters), captions left outside <figure>, bios and reaction counts.
#include "parse/lines.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "parse/names.hpp"
#include "parse/widget_lines.hpp"
#include "parse/notices.hpp"
#include "parse/reading_time.hpp"
#include "parse/sources/sources.hpp"

namespace newsarchive::parse {
namespace {

// A counter beside the story, which changes with every visit: "12 comments",
// "Kommentare (31)", "1.2k shares", "1,234 people are reading this" (lower case).
bool is_counter(std::string_view low) {
  static constexpr std::string_view kCounted[] = {
      "comments", "comment", "kommentare", "kommentar", "commentaires", "commentaire", "comentarios", "comentario",
      "coment\xC3\xA1rios", "reacties", "replies", "responses", "reactions", "shares", "views", "likes",
      "postings", "posts", "commenti", "komentarze", "kommentarer", "yorum"};
  std::string text = collapse_whitespace(low);
  while (!text.empty() && (text.back() == '.' || text.back() == ':' || text.back() == '!')) text.pop_back();
  std::vector<std::string_view> words = split(text, ' ');
  if (words.size() < 2) return false;
  auto number = [](std::string_view w) {
    if (w.size() >= 2 && w.front() == '(' && w.back() == ')') w = w.substr(1, w.size() - 2);
    if (!w.empty() && (w.back() == 'k' || w.back() == 'm')) w.remove_suffix(1);
    return !w.empty() && std::isdigit(static_cast<unsigned char>(w.front())) &&
           w.find_first_not_of("0123456789.,") == std::string_view::npos;
  };
  auto counted = [](std::string_view w) {
    return std::find(std::begin(kCounted), std::end(kCounted), w) != std::end(kCounted);
  };
  // A gallery's position: "Image 1 of 5", "Photo 3/12", "Bild 2 von 8".
  static constexpr std::string_view kPictures[] = {"image", "photo", "picture", "slide", "bild", "foto", "imagen",
                                                   "immagine", "obrázek", "zdjęcie"};
  if (std::find(std::begin(kPictures), std::end(kPictures), words[0]) != std::end(kPictures)) {
    if (words.size() == 2) {
      std::size_t slash = words[1].find('/');
      return slash != std::string_view::npos && number(words[1].substr(0, slash)) && number(words[1].substr(slash + 1));
    }
    return words.size() == 4 && number(words[1]) && number(words[3]) &&
           (words[2] == "of" || words[2] == "von" || words[2] == "de" || words[2] == "di" || words[2] == "z");
  }
  if (words.size() == 2) return (number(words[0]) && counted(words[1])) || (counted(words[0]) && number(words[1]));
  // "1,234 people are reading this"
  static constexpr std::string_view kAudience[] = {"people are reading this", "people reading this",
                                                   "people are viewing this", "people are reading",
                                                   "readers are reading this"};
  if (!number(words[0])) return false;
  std::string_view rest = std::string_view(text).substr(words[0].size() + 1);
  return std::find(std::begin(kAudience), std::end(kAudience), rest) != std::end(kAudience);
}

// A media player's clock or a bare count: "00:00/04:12", "342" (a comment count).
bool player_time(std::string_view t) {
  t = trim(t);
  return !t.empty() && std::isdigit(static_cast<unsigned char>(t.front())) &&
         t.find_first_not_of("0123456789:/ ") == std::string_view::npos &&
         (t.find(':') != std::string_view::npos || t.size() <= 3);  // not a year standing alone
}

}  // namespace

// Short furniture lines that survive class-based removal.
bool boilerplate_text(std::string_view t, std::size_t chars) {
  return (chars <= 600 && promotion_or_notice(t, chars)) || furniture_line(t, chars);
}

bool furniture_line(std::string_view t, std::size_t chars) {
  // The site's accounts in a line of any length and language ("ፌስቡክ፡- https://…").
  if (chars > 160) {
    std::size_t links = 0;
    for (std::size_t at = t.find("://"); at != std::string_view::npos && links < 3; at = t.find("://", at + 3)) ++links;
    return links >= 3 && lists_accounts(t, chars);
  }
  if (lists_accounts(t, chars)) return true;
  if (reaction_counts(t)) return true;
  // A crew's credits in brackets: "(영상취재 : 김태훈, 영상편집 : 이정택, 디자인 : 조수인)" (video,
  // editing, design), "(Photos: Jane Roe, video: John Doe)": two labelled names or more.
  if (std::string_view c = trim(t); c.size() > 2 && c.front() == '(' && c.back() == ')') {
    int credits = 0, parts = 0;
    for (std::string_view part : split(c.substr(1, c.size() - 2), ',')) {
      ++parts;
      std::size_t colon = part.find(':');
      if (colon != std::string_view::npos && utf8_length(trim(part.substr(0, colon))) <= 8 &&
          words(trim(part.substr(colon + 1))).size() <= 4)
        ++credits;
    }
    if (credits >= 2 && credits == parts) return true;
  }
  std::string low_line = lower_utf8(trim(t));
  // A comment counter ("Comenta 14", "Comments 14"), a byline's label alone ("Author of the
  // article:"), a call to follow the site ("… Click here to follow us on Instagram"), the
  // template's pointer to more ("For more stories like this, check our news page.").
  if (chars <= 30 && label_and_count(t))
    for (std::string_view c : {"comment", "coment", "kommentar", "kommentier", "reag", "reacti"})
      if (low_line.starts_with(c)) return true;
  if (chars <= 40 && low_line.ends_with(":"))
    for (std::string_view label : {"author of the article", "written by", "author", "authors", "autor", "auteur"})
      if (low_line.starts_with(label)) return true;
  if (low_line.find("follow us on ") != std::string::npos || low_line.find("follow us on:") != std::string::npos ||
      low_line.starts_with("for more stories like this"))
    return true;
  // A messaging channel's prompt: "Get Example News updates on WhatsApp", "Ricevi le notizie
  // di MilanoToday su WhatsApp" (a line, not a sentence of the story).
  if (chars <= 80 && !ends_with_stop(t) &&
      (low_line.find("whatsapp") != std::string::npos || low_line.find("telegram") != std::string::npos ||
       low_line.find("google news") != std::string::npos))
    return true;
  // The 1990s' footers, short lines: "You are visitor number 004127", "Webmaster: ...", "Best
  // viewed with Netscape Navigator 4.0 at 800x600", "Send letters to the editor to ...".
  if (chars <= 160)
    for (std::string_view f : {"you are visitor", "webmaster:", "best viewed with", "send letters to the editor"})
      if (low_line.starts_with(f) && (f != "best viewed with" || low_line.find("netscape") != std::string::npos ||
                                      low_line.find("explorer") != std::string::npos ||
                                      low_line.find("browser") != std::string::npos ||
                                      low_line.find("x600") != std::string::npos || low_line.find("x768") != std::string::npos))
        return true;
  if (chars <= 50 && account_handle(low_line)) return true;
  // A comment count: "댓글 0", "Comments (12)", "34 comments", "Kommentare: 5".
  if (chars <= 24 && is_comment_count(low_line)) return true;
  if (chars <= 30 && pinned_post_stamp(low_line)) return true;
  // The section's pointer to more: "Mehr Artikel aus dieser Rubrik gibt es hier: Essen".
  if (chars <= 80 && (low_line.starts_with("mehr artikel aus") || low_line.starts_with("more articles from") ||
                      low_line.starts_with("more from this section") || low_line.starts_with("plus d'articles")))
    return true;
  if (chars <= 60 && (low_line.starts_with("thank you for staying with us") || low_line.starts_with("thanks for reading") ||
                      low_line.starts_with("thank you for reading")))
    return true;
  // A newsletter's call under the post ("Thanks for reading Tidewater Notes! Subscribe for
  // free…"), not the writer's own sign-off ("Thanks for reading, and reply to this email…").
  if (chars <= 200 && low_line.starts_with("thanks for reading") &&
      (icontains(low_line, "subscribe") || icontains(low_line, "share it") || icontains(low_line, "this post is public")))
    return true;
  // A breadcrumb's last step, its arrow left pointing at the story: "浙江 >", "Politics >"
  // (not a guillemet: French quotes close with " »").
  if (std::string_view e = trim(t); chars <= 30 && e.size() > 1 && e.back() == '>' && e.find('<') == std::string_view::npos)
    return true;
  // A breadcrumb's trail: "News > Economy > Industry", "Home › Politics › Europe".
  for (std::string_view mark : {" > ", " \xE2\x80\xBA ", " \xC2\xBB "}) {
    std::vector<std::string_view> parts = split(t, mark);
    if (parts.size() >= 3 && std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
          p = trim(p);
          return !p.empty() && p.size() <= 40 && std::count(p.begin(), p.end(), ' ') <= 3;
        }))
      return true;
  }
  static constexpr std::string_view kStarts[] = {
      "advertisement", "read more", "related:", "related articles", "related stories", "click here", "sign up",
      "subscribe", "share this", "share on", "follow us", "image:", "photo:", "foto:", "bild:", "(photo",
      "getty images", "copyright", "all rights reserved", "lesen sie auch", "mehr zum thema",
      "auch interessant", "lire aussi", "à lire aussi", "a lire aussi", "leer más", "lea también", "continue reading",
      "story continues", "scroll to continue", "pokra\xC4\x8Dov\xC3\xA1n\xC3\xAD \xC4\x8Dl\xC3\xA1nku",
      "\xC4\x8Dl\xC3\xA1nek pokra\xC4\x8Duje", "dalsza cz\xC4\x99\xC5\x9B\xC4\x87 artyku\xC5\x82u",
      "weiter nach der anzeige", "artikel geht weiter", "la suite apr\xC3\xA8s", "l'article continue", "recommended:", "see also", "also read", "you may also like",
      "more from", "more on this", "this content is", "©", "share or comment", "add comment", "link copied",
      "copy link", "link wurde kopiert", "link kopieren", "artikel teilen", "what's this?", "do i qualify",
      "partner content", "hier klicken", "jetzt abonnieren", "email this", "listen to this article",
      "download the app", "get the app", "weiterlesen", "zum artikel", "thank you for subscribing", "invalid email",
      "get email updates", "does this item bring you joy", "czytaj więcej", "czytaj też", "à découvrir",
      "already a subscriber", "already have an account", "you can save this article", "get unlimited access", "unlimited digital access",
      "subscriber-only", "to continue reading", "republish this", "leggi anche", "per approfondire",
      "printer-friendly", "printer friendly", "print this story", "e-mail this story", "email this story",
      "print this article", "email this article", "e-mail this article", "email to a friend", "e-mail to a friend",
      "send to a friend",
      "video se p\xC5\x99ipravuje", "jump to recipe", "aller \xC3\xA0 la recette", "print recipe", "imprimer la recette", "rezept drucken",
      "leia tamb", "leia mais", "lees ook", "lees meer", "ilgili haber", "czytaj tak", "trending stories",
      "related topics", "related content", "more stories", "more on this story", "dapatkan update",
      "ikuti kami", "s\xC3\xADguenos", "do you have a story", "got a story", "got a tip", "got a news tip",
      "have a tip", "do you have a tip", "do you have a news tip", "track latest news", "fact check:",
      "\xC4\x8Dt\xC4\x9Bte tak\xC3\xA9", "baca juga", "les ogs\xC3\xA5", "l\xC3\xA4s ocks\xC3\xA5",
      "l\xC3\xA6s ogs\xC3\xA5", "lue my\xC3\xB6s", "halaman:", "předplaťte si",
      "your web browser is no longer supported", "your browser is no longer supported", "you can find this story in",
      "zugang zu", "jetzt testen", "jetzt weiterlesen", "jederzeit k\xC3\xBCndbar", "compartir en", "partager sur",
      "condividi su", "teilen auf", "suscríbase", "suscríbete", "abonnez-vous", "inscrivez-vous", "iscriviti",
      "abbonati per", "abbonati ora", "dalszy ciąg artykułu", "article continues below", "follow me on",
      "mirá también", "mira también", "ver también", "vea también", "veja mais", "veja também",
      "discover more stories", "voit keskustella aiheesta", "you can comment on this", "comments are closed",
      "comments are open until", "die kommentarfunktion", "voir les commentaires", "ver comentarios", "ver los comentarios", "view comments",
      "show comments", "load comments", "read comments", "diminuir fonte", "aumentar fonte", "normal text size",
      "larger text size", "text size", "textgr\xC3\xB6\xC3\x9F" "e", "schriftgr\xC3\xB6\xC3\x9F" "e",
      "taille du texte", "tama\xC3\xB1o de letra", "assinantes podem liberar", "subscribers can gift",
      "subscribers can unlock", "abonnenten k\xC3\xB6nnen", "les abonn\xC3\xA9s peuvent offrir",
      "listen to our ", "listen to the latest episode", "get current updates on", "get latest news on",
      "catch all the latest", "h\xC3\xB6ren sie unseren", "\xC3\xA9" "coutez notre",
      "читайте также", "читайте також", "вас також можуть зацікавити", "вас также может заинтересовать",
      "вам также может быть интересно", "vídeos:", "listen to this story", "audio: listen to", "gift this article",
      "add us as a preferred source", "add as a preferred source",
      "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",  // "реклама"
      "scroll down for", "video:", "most watched", "video herunterladen", "download video",
      "join the conversation", "join the discussion", "diskutieren sie mit", "praat mee", "simak juga",
      "saksikan juga", "tonton juga", "\xE2\x93\x92", "<\xE2\x93\x92", "stay informed with free updates", "myft digest", "conforme a los criterios",
      "link m\xC3\xA1sol\xC3\xA1sa", "kommentek", "t\xC3\xA1mogassa", "iratkozzon fel",
      "\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A",                      // 来源：
      "\xE3\x80\x90\xE7\xBA\xA0\xE9\x94\x99\xE3\x80\x91",          // 【纠错】
      "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91",          // 责任编辑
      "\xE6\xA0\xA1\xE5\xAF\xB9\xEF\xBC\x9A",  // 校对：
      "\xE6\xA0\xA1\xE5\xAF\xB9:",  // 校对:
      "\xE5\xAE\xA1\xE6\xA0\xB8\xEF\xBC\x9A",  // 审核：
      "\xE5\x9B\xBE\xE7\x89\x87\xE7\xBC\x96\xE8\xBE\x91\xEF\xBC\x9A",  // 图片编辑：
      "\xE5\xAE\x9E\xE4\xB9\xA0\xE7\xBC\x96\xE8\xBE\x91\xEF\xBC\x9A",  // 实习编辑：
      "\xE5\x85\xB3\xE9\x94\xAE\xE8\xAF\x8D",  // 关键词
      "\xE8\xB4\xA3\xE7\xBC\x96\xEF\xBC\x9A",  // 责编：
      "\xE6\xA0\xA1\xE5\xB0\x8D\xEF\xBC\x9A",  // 校對：
      "\xE8\xB2\xAC\xE4\xBB\xBB\xE7\xB7\xA8\xE8\xBC\xAF",  // 責任編輯
      "\xE3\x80\x90\xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B\xE3\x80\x91",  // 【関連記事】
      "\xE3\x81\x93\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA\x8B\xE3\x82\x92\xE3\x81\xBE\xE3\x81\xA8\xE3\x82\x81\xE3\x81\xA6",  // この記事をまとめて
      "\xE4\xBC\x9A\xE5\x93\xA1\xE9\x99\x90\xE5\xAE\x9A",          // 会員限定
      "\xE6\x96\x87\xE5\xAD\x97\xE3\x82\xB5\xE3\x82\xA4\xE3\x82\xBA",  // 文字サイズ
      "fortsetzung nach der anzeige",
      "\xE3\x81\x8A\xE3\x81\x99\xE3\x81\x99\xE3\x82\x81"};  // "おすすめ"
  // Whole-line furniture: the block is nothing but the word.
  static constexpr std::string_view kExact[] = {
      // a live blog's labels over its entries
      "pinned post", "pinned", "key event", "key events", "live", "live updates", "angepinnt", "épinglé",
      "sponsored content", "con\xC8\x9Binut sponsorizat", "continut sponsorizat", "contenido patrocinado",
      "contenu sponsoris\xC3\xA9", "contenuto sponsorizzato", "gesponserter inhalt",
      "teilen", "kommentare", "comments", "comment", "print", "drucken", "e-mail", "email", "facebook", "twitter",
      "whatsapp", "linkedin", "pinterest", "tweet", "for you", "sponsored", "play video", "watch now", "zum angebot",
      "zur startseite", "anzeige", "werbung", "loading", "advertising", "newsletter", "trending", "most read",
      "top stories", "share", "menu", "close", "schließen", "back to top", "nach oben", "mehr", "more", "video",
      "audio", "listen", "play", "ad", "x", "reddit", "flipboard", "messenger", "telegram", "copy", "comentarios",
      "commentaires", "commenti", "reacties", "komentarze", "tags", "archivado en", "schlagwörter", "mots-clés",
      // a paywall's gift label, the line alone
      "this article is free to read", "this story is free to read", "cet article vous est offert",
      "cet article est en acc\xC3\xA8s libre", "dieser artikel ist kostenlos", "dieser artikel ist frei",
      "este art\xC3\xAD" "culo es gratuito", "questo articolo \xC3\xA8 gratuito",
      "etiquetas", "onderwerpen", "trefwoorden", "schlagworte", "sujets", "argomenti", "etichette",
      "palavras-chave", "tematy", "emner", "\xC3\xA4mnen", "aiheet", "konular", "reklama", "publicidad", "pubblicità", "publicité", "anuncio", "read next", "keep reading",
      "up next", "restack", "restacks", "related", "fact check", "annonse", "annons", "mainos", "advertentie",
      "spill av video", "reklame", "iklan", "publicidade", "reklam", "hirdet\xC3\xA9s", "augl\xC3\xBDsing", "selanjutnya",
      "don't miss", "don\xE2\x80\x99t miss", "auto-update on", "auto-update off", "auto-update", "kommentieren",
      "premium", "exklusiv", "supported by", "toggle caption", "hide caption", "enlarge this image", "open image modal", "save article",
      "gift article", "share full article", "save", "skip advertisement", "by", "von", "par", "por", "door",
      "short url", "short link", "shortlink", "copy url",
      "av", "af", "oleh", "go to comments", "jump to comments", "ir a los comentarios",
      "zu den kommentaren", "aller aux commentaires", "vai ai commenti", "ir para os coment\xC3\xA1rios",
      "\xE3\x82\xB7\xE3\x82\xA7\xE3\x82\xA2",                          // シェア
      "\xE3\x83\x9D\xE3\x82\xB9\xE3\x83\x88",                          // ポスト
      "\xE3\x83\x96\xE3\x83\x83\xE3\x82\xAF\xE3\x83\x9E\xE3\x83\xBC\xE3\x82\xAF",  // ブックマーク
      "\xE3\x83\xAA\xE3\x83\xB3\xE3\x82\xAF",                          // リンク
      "\xE4\xBF\x9D\xE5\xAD\x98",                                         // 保存
      "\xE6\x9C\x89\xE6\x96\x99\xE8\xA8\x98\xE4\xBA\x8B",                       // 有料記事 (paid article)
      // "Advertisement" over an ad slot in other scripts: Hindi, Thai, Korean, Chinese,
      // Japanese, Arabic, Hebrew, Greek, Vietnamese, Turkish, Romanian, Croatian.
      "\xE0\xA4\xB5\xE0\xA4\xBF\xE0\xA4\x9C\xE0\xA5\x8D\xE0\xA4\x9E\xE0\xA4\xBE\xE0\xA4\xAA\xE0\xA4\xA8",  // विज्ञापन
      "\xE0\xB9\x82\xE0\xB8\x86\xE0\xB8\xA9\xE0\xB8\x93\xE0\xB8\xB2",  // โฆษณา
      "\xEA\xB4\x91\xEA\xB3\xA0",  // 광고
      "\xE5\xB9\xBF\xE5\x91\x8A",  // 广告
      "\xE5\xBB\xA3\xE5\x91\x8A",  // 廣告
      "\xE5\xBA\x83\xE5\x91\x8A",  // 広告
      "\xD8\xA5\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86",  // إعلان
      "\xD7\xA4\xD7\xA8\xD7\xA1\xD7\x95\xD7\x9E\xD7\xAA",  // פרסומת
      "\xCE\xB4\xCE\xB9\xCE\xB1\xCF\x86\xCE\xAE\xCE\xBC\xCE\xB9\xCF\x83\xCE\xB7",  // διαφήμιση
      "qu\xE1\xBA\xA3ng c\xC3\xA1o",  // quảng cáo
      "reklam\xC4\xB1",  // reklamı
      "publicitate",  // publicitate
      "oglas"};  // oglas
  // Capitals of other Latin, Greek and Cyrillic letters too: "VÍDEOS:", "ЧИТАЙТЕ ТАКЖЕ".
  std::string low = lower_utf8(t.substr(0, 96));  // Cyrillic takes two bytes a letter
  for (auto s : kStarts)
    if (low.rfind(s, 0) == 0) return true;
  // A site's call to report mistakes: the question and the call together, on a short line
  // ("¿Encontraste algún error? Repórtalo aquí", "Spotted an error? Let us know"); the same
  // question opening a story's paragraph goes on with the story.
  if (chars <= 100 && (low.starts_with("\xC2\xBF" "encontraste alg") || low.starts_with("\xC2\xBF" "viste un error") ||
                       low.starts_with("found an error") || low.starts_with("spotted an error") ||
                       low.starts_with("see an error") || low.starts_with("found a mistake") ||
                       low.starts_with("spotted a mistake")) &&
      icontains_any(t, {"rep\xC3\xB3rtalo", "rep\xC3\xB3rtanos", "av\xC3\xADsanos", "escr\xC3\xAD" "benos", "report it",
                        "let us know", "tell us", "contact us", "click here", "haz clic", "aqu\xC3\xAD"}))
    return true;
  if (chars <= 30) {
    // "- Publicidad -", "412Restack" (a count glued to its button) read as the word.
    std::string_view whole_view = trim(t);
    while (!whole_view.empty() && (whole_view.front() == '-' || std::isdigit(static_cast<unsigned char>(whole_view.front())) ||
                                   whole_view.front() == ' '))
      whole_view.remove_prefix(1);
    std::string whole = lower_utf8(whole_view);
    while (!whole.empty() && (whole.back() == '.' || whole.back() == ':' || whole.back() == '!' || whole.back() == '-' ||
                              whole.back() == ' '))
      whole.pop_back();
    for (auto e : kExact)
      if (whole == e) return true;
  }
  // "Get the Daily Briefing newsletter in your inbox.", "Our podcast ... – Listen here".
  if (icontains(t, "newsletter") && icontains(t, "inbox")) return true;
  std::string tail = to_lower_ascii(t.substr(t.size() > 24 ? t.size() - 24 : 0));
  while (!tail.empty() && (tail.back() == '.' || tail.back() == '!' || tail.back() == ' ')) tail.pop_back();
  for (std::string_view end : {"listen here", "listen now", "subscribe here", "sign up here", "watch here"})
    if (tail.ends_with(end)) return true;
  if (chars <= 40 && is_counter(to_lower_ascii(t))) return true;
  // An archive page's age notice: "This article is more than 2 years old", "... was
  // published more than 3 years ago", "Dieser Artikel ist älter als ein Jahr".
  if (chars <= 100) {
    for (std::string_view s : {"this article is ", "this article was published ", "this story is ",
                               "this story was published ", "dieser artikel ist "})
      if (low.starts_with(s) && (icontains(t, " old") || icontains(t, " ago") || icontains(t, "\xC3\xA4lter als")) &&
          (icontains(t, "year") || icontains(t, "month") || icontains(t, "jahr")))
        return true;
  }
  if (chars <= 24 && (player_time(t) || reading_time(to_lower_ascii(t)))) return true;
  if (chars <= 60 && age_and_reading_time(lower_utf8(t))) return true;
  // A header's bar of buttons and the reading time: "Kommentare Lesezeit: 3 Min.", "Share
  // Reading time: 4 min" (one or two labels before it, no sentence).
  if (chars <= 48) {
    std::string low = to_lower_ascii(t);
    for (std::string_view label : reading_labels())
      if (std::size_t at = label == "lecture" ? std::string::npos : low.find(label); at != std::string::npos && at > 0 && reading_time(low.substr(at))) {
        std::string_view before = trim(std::string_view(t).substr(0, at));
        if (!before.empty() && words(before).size() <= 2 && !ends_with_stop(before)) return true;
      }
  }
  // A paywall's line: "Il vous reste 58% de cet article à lire. La suite est réservée aux
  // abonnés.", "Déjà abonné ? Connectez-vous", "Sie haben bereits ein Digital-Abo?".
  static constexpr std::pair<std::string_view, std::string_view> kPaywallStarts[] = {
      {"déjà abonné", ""}, {"ya eres suscriptor", ""}, {"já é assinante", ""}, {"sei già abbonato", ""},
      {"sie haben bereits ein", "abo"}, {"you have read", "free article"}, {"you've read", "free article"},
      {"il vous reste", "%"}};
  for (auto [start, needs] : kPaywallStarts)
    if (low.rfind(start, 0) == 0 && icontains(t, needs)) return true;
  for (std::string_view paid : {"réservé aux abonnés", "réservée aux abonnés", "reserved for subscribers",
                                "for subscribers only", "nur für abonnenten", "exclusivo para suscriptores",
                                "exclusivo para assinantes", "riservato agli abbonati"})
    if (icontains(t, paid) && chars <= 120) return true;
  // "Download The Times of India News App for Latest City News."
  if (low.rfind("download ", 0) == 0 && (icontains(t, " app ") || icontains(t, " app."))) return true;
  // A site's disclaimer under its links: "The BBC is not responsible for the content of
  // external sites."
  if (icontains(t, "not responsible for the content of external")) return true;
  // A newsroom's call for tips: a short question, then where to send them ("Har du tips?
  // Kontakta ... tipsa@aftonbladet.se", "Do you have a news tip? Email tips@..."), or for
  // comments ("Des commentaires ou des suggestions pour Idées ? Écrivez à ... @ledevoir.com").
  if (holds_email(t)) {
    std::size_t q = t.find('?');
    if (q != std::string_view::npos && q < 80) {
      // ... with where to send them after the question, not a story's question about an address.
      std::string after = lower_utf8(t.substr(q));
      for (std::string_view w : {"email", "e-mail", "mail ", "write", "send", "stuur", "schick", "envo", "env\xC3\xAD",
                                 "invia", "skicka", "contact", "tip", "in touch", "let us know",
                                 "tell us", "reach us", "\xC3\xA9" "crivez", "kontakt",
                                 "schreib", "escr\xC3\xAD" "b", "scriv", "mail us", "tipsa"})
        if (after.find(w) != std::string::npos) return true;
    }
  }
  // "Contact Jane Doe at jdoe@example.com.", "Reach him at ...": the writer's address line.
  for (std::string_view s : {"contact ", "reach ", "email ", "e-mail ", "write to ", "get in touch ", "writer's email",
                             "writer\xE2\x80\x99s email", "author's email", "reporter's email"})
    if (low.rfind(s, 0) == 0 && t.find('@') != std::string_view::npos &&
        (chars <= 120 || (chars <= 220 && (s == "reach " || s == "contact ") && holds_email(t))))
      return true;  // "Reach reporter X at x@example.com or 602-444-8000. Follow her on X @x."
  // "Daniel Okafor: dokafor@seattletimes.com; Daniel Okafor covers South Seattle.": the
  // reporter's address and beat; "Contact us at view@euronews.com to send pitches": the desk's.
  if (chars <= 250 && holds_email(t) &&
      (icontains(t, " covers ") || icontains(t, "contact us") || icontains(t, "send pitches") ||
       icontains(t, "submissions")))
    return true;
  // The writer's contacts in a row under the story: "— Jane Roe; jroe@oregonian.com;
  // 503-294-5120; @janeroe".
  if (chars <= 160 && holds_email(t) &&
      (std::count(t.begin(), t.end(), ';') >= 2 || std::count(t.begin(), t.end(), '|') >= 2))
    return true;
  // "Andrew Kessler can be reached at andrew.kessler@globe.com. Follow him @akessler.",
  // "Are you a remote worker? Contact this reporter at pr@businessinsider.com."
  if (chars <= 300 && holds_email(t) && (icontains(t, "can be reached at") || icontains(t, "may be reached at") ||
                                         icontains(t, "can be contacted at") || icontains(t, "this reporter") ||
                                         icontains(t, "the reporter at") || icontains(t, "the author at")))
    return true;
  return false;
}

// A photo caption or credit line left outside <figure>: short text ending in a credit.
bool looks_like_caption(std::string_view t, std::size_t chars) {
  if (chars > 300) return false;
  // Lower case: "(video: Novinky)", "(Fot. Dawid Żuchowicz / Agencja Wyborcza.pl)".
  static constexpr std::string_view kCredits[] = {"bild:", "foto:", "fotos:", "photo:", "photos:", "image:",
                                                  "credit:", "picture:", "photograph:", "quelle:", "grafik:",
                                                  "illustration:", "video:", "wideo:", "(wideo", "(photo", "(foto", "(bild", "(fot.", "(yonhap)",
                                                  "(video", "getty images", "bildquelle:", "bildnachweis:",
                                                  "fotonachweis:", "photo by", "foto von", "image via", "photo credit",
                                                  "fot\xC3\xB3:", "k\xC3\xA9p:", "bor\xC3\xADt\xC3\xB3k\xC3\xA9p:", "kuva:", "bilde:",
                                                  "billede:", "fotograf\xC3\xAD\x61:", "zdj\xC4\x99\x63ie:", "fot.:",
                                                  "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE:", "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE:",  // фото: Фото:
                                                  "resim:", "foto\xC4\x9F\x72\x61\x66:", "\xE1\xBA\xA2nh:", "\xE1\xBA\xA3nh:"};  // fotoğraf: Ảnh: ảnh:
  // Thai "ภาพจาก" (picture from), "ที่มาภาพ" (picture source) opening the line or its brackets:
  // Thai writes no ". " to end a sentence, so not anywhere ("... ตรวจสอบภาพจากกล้องวงจรปิด").
  for (std::string_view thai : {"\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\x9E\xE0\xB8\x88\xE0\xB8\xB2\xE0\xB8\x81",
                                 "\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB8\xA1\xE0\xB8\xB2\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\x9E"})
    if (std::string_view l = trim(t); chars <= 120 && (l.starts_with(thai) || (l.starts_with("(") && l.substr(1).starts_with(thai))))
      return true;
  // Chinese photo credits end in 摄 ("photographed by"): "新华社记者 王昊 摄", "（新华社发 李明 摄）".
  std::string_view end = trim(t);
  for (std::string_view close : {"\xEF\xBC\x89", ")"})
    if (end.ends_with(close)) end = trim(end.substr(0, end.size() - close.size()));
  if (chars <= 120 && end.ends_with(" \xE6\x91\x84")) return true;
  // Taiwanese captions written as paragraphs: "▲信義計畫區路邊停車格一位難求。（圖／記者陳冠宇攝）".
  if (chars <= 200 && (end.ends_with("\xE6\x94\x9D") || end.ends_with("\xE6\x91\x84")) &&  // 攝 摄
      (t.find("\xEF\xBC\x88\xE5\x9C\x96\xEF\xBC\x8F") != std::string_view::npos ||      // （圖／
       t.find("\xEF\xBC\x88\xE5\x9B\xBE\xEF\xBC\x8F") != std::string_view::npos))       // （图／
    return true;
  std::string tail = to_lower_ascii(t.size() > 120 ? t.substr(t.size() - 120) : t);
  for (auto c : kCredits) {
    std::size_t at = tail.find(c);
    if (at == std::string::npos) continue;
    // The credit is the end of the block, not a phrase inside a sentence.
    std::string_view after = std::string_view(tail).substr(at + c.size());
    if (after.size() < 70 && after.find(". ") == std::string_view::npos) return true;
  }
  return false;
}

bool ends_sentence(std::string_view t) {
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')' || static_cast<unsigned char>(c) >= 0x80;
}

bool ends_with_stop(std::string_view t) {
  t = trim(t);
  std::size_t at = t.size();
  while (at > 0 && (static_cast<unsigned char>(t[at - 1]) & 0xC0) == 0x80) --at;
  if (at == 0) return false;
  std::size_t i = at - 1;
  char32_t c = next_codepoint(t, i);
  static constexpr char32_t kStops[] = {U'.', U'!', U'?', U':', U'"', U')', U'\'', 0x201D, 0x2019, 0xBB,
                                        0x3002, 0xFF01, 0xFF1F, 0x300D, 0x300F, 0xFF09, 0x061F, 0x06D4, 0x0964};
  return std::find(std::begin(kStops), std::end(kStops), c) != std::end(kStops);
}

bool label_and_count(std::string_view text) {
  auto ws = words(collapse_whitespace(text));
  if (ws.size() < 2 || ws.size() > 3) return false;
  const std::string& last = ws.back();
  if (last.find_first_not_of("0123456789.,kKM") != std::string::npos || !std::isdigit(static_cast<unsigned char>(last[0])))
    return false;
  // "Roads: 214" is a fact box's line: a label with its colon states a figure.
  return std::none_of(ws.begin(), ws.end() - 1, [](const std::string& w) {
    return std::isdigit(static_cast<unsigned char>(w[0])) != 0 || w.back() == ':';
  });
}

}  // namespace newsarchive::parse

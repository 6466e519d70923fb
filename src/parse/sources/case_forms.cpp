// The base forms a name may take when a sentence declines it: German adjectives ("dem
// Westfälischen Anzeiger"), Polish, Czech and Russian case endings ("Gazety Wyborczej",
// "Českému rozhlasu", "«Известиям»"), Finnish, Hungarian and Bengali suffixes.
#include <span>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "parse/sources/sentence_matcher.hpp"

namespace newsarchive::parse::detail {

// A German name whose adjectives are declined ("dem Westfälischen Anzeiger", "der Neuen
// Zürcher Zeitung"): the forms with the nominative endings "-er" and "-e".
std::vector<std::string> undeclined(const std::string& key) {
  std::vector<std::string> out;
  // Most keys have no such word: found without splitting (this runs on every missed key).
  bool inflected_word = false;
  for (std::size_t from = 0, sp; !inflected_word && (sp = key.find(' ', from)) != std::string::npos; from = sp + 1) {
    std::string_view w(key.data() + from, sp - from);
    inflected_word = w.size() > 4 && (w.ends_with("en") || w.ends_with("em") || w.ends_with("es"));
  }
  if (!inflected_word) return out;
  std::vector<std::string_view> words = split(key, ' ');
  if (words.size() < 2) return out;
  for (std::string_view ending : {"er", "e"}) {
    std::string v;
    bool changed = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::string_view w = words[i];
      if (!v.empty()) v += ' ';
      const bool inflected =
          i + 1 < words.size() && w.size() > 4 && (w.ends_with("en") || w.ends_with("em") || w.ends_with("es"));
      if (inflected) {
        v.append(w.substr(0, w.size() - 2));
        v.append(ending);
        changed = true;
      } else {
        v.append(w);
      }
    }
    if (changed) out.push_back(std::move(v));
  }
  return out;
}

// A Polish, Czech or Russian name in another case ("według Rzeczpospolitej", "Gazety
// Wyborczej", "Интерфакса", "рассказал «Известиям»", "«Ведомостей»", "«Новой газете»"):
// the nominatives guessed from common case endings, every word changed, then the last word
// only. An ending may stand for several ("газете" is "газета", "Коммерсанте" is
// "Коммерсант"), so each word has its guesses. Empty when no ending applies.
std::vector<std::string> nominatives(const std::string& key) {
  static const std::pair<std::string_view, std::string_view> kEndings[] = {
      {"iem", "io"},  // "Radiem ZET" (instrumental)
      {"ia", "io"},   // "Gościem Radia ZET" (genitive)
      {"owi", ""},    // "powiedziała Polsatowi" (dative)
      {"ej", "a"}, {"ą", "a"}, {"ę", "a"}, {"y", "a"}, {"i", "a"}, {"u", ""}, {"a", ""},
      // Czech and Slovak: "Českému rozhlasu", "České televizi", "Deníku N"
      {"ému", "ý"}, {"ého", "ý"}, {"é", "á"}, {"i", "e"},
      // Russian: plurals ("Известиям", "Известий", "Ведомостям", "Ведомостей"), feminine
      // adjectives and nouns ("Новой газете", "газетой"), masculine nouns ("Коммерсанту").
      {"иям", "ия"}, {"иях", "ия"}, {"ий", "ия"}, {"ями", "и"}, {"ям", "и"}, {"ях", "и"}, {"ей", "и"},
      {"ой", "ая"}, {"ой", "а"}, {"ом", ""}, {"ом", "ый"},  // "на Первом канале"
      {"ого", "ый"}, {"ому", "ый"}, {"ым", "ый"}, {"его", "ий"},  // "в эфире Первого канала"
      {"а", ""}, {"у", ""}, {"у", "а"}, {"е", ""}, {"е", "а"}, {"ы", "а"}};
  auto guesses = [](std::string_view w) {
    std::vector<std::string> out;
    for (const auto& [ending, nominative] : kEndings)
      if (w.size() >= ending.size() + 3 && w.ends_with(ending))
        out.push_back(std::string(w.substr(0, w.size() - ending.size())) + std::string(nominative));
    return out;
  };
  std::vector<std::string_view> words = split(key, ' ');
  std::vector<std::string> out;
  if (words.empty() || words.size() > 3) return out;
  // Every word in each guessed nominative, and the last word alone so ("Gazety Wyborczej" and
  // "Gazety Wyborcza" are both tried; "Radiem ZET" is "Radio ZET").
  std::vector<std::string> all{""};
  bool changed = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::vector<std::string> g = guesses(words[i]);
    changed = changed || !g.empty();
    if (g.empty()) g.emplace_back(words[i]);
    std::vector<std::string> next;
    for (const std::string& head : all)
      for (const std::string& form : g) next.push_back(head.empty() ? form : head + ' ' + form);
    all = std::move(next);
  }
  if (!changed) return out;
  out = all;
  std::string stem;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) stem.append(words[i]).push_back(' ');
  for (const std::string& form : guesses(words.back()))
    if (std::string last = stem + form; std::find(out.begin(), out.end(), last) == out.end() && last != key)
      out.push_back(std::move(last));
  return out;
}

// The base forms a case ending may hide on a name's last word, by the page's language.
// Finnish: the genitive ("Ylen", "Iltalehden" of Iltalehti), the allative ("MTV Uutisille" of
// Uutiset), the inessive, elative and adessive ("Helsingin Sanomissa"); Estonian's genitive
// and allative. Hungarian: the dative,
// locatives and the like, glued on or after a hyphen ("a Reutersnek", "a BBC-nek", "a
// Népszavának" of Népszava). Bengali: the genitive and the dative ("রয়টার্সের", "বিবিসির",
// "রয়টার্সকে").
std::vector<std::string> case_bases(const std::string& key, std::string_view language) {
  using Ending = std::pair<std::string_view, std::string_view>;
  static const Ending kFinnish[] = {
      {"isille", "iset"}, {"issa", "at"}, {"issä", "ät"}, {"ista", "at"}, {"den", "ti"}, {"lle", ""}, {"lla", ""},
      {"llä", ""}, {"ssa", ""}, {"ssä", ""}, {"sta", ""}, {"stä", ""}, {"selle", "nen"}, {"sen", "nen"},
      {"sella", "nen"}, {"sessa", "nen"}, {"sesta", "nen"}, {"n", ""},
      // plural genitives ("Helsingin Sanomien", "MTV Uutisten"), a foreign name's "-in" ("Reutersin")
      {"ien", "at"}, {"ten", "et"}, {"in", ""}};
  // Estonian: the genitive, after a hyphen on initials ("ERR-i andmetel", "Äripäeva teatel"),
  // the allative and the comitative ("Ylele", "ERR-iga").
  static const Ending kEstonian[] = {{"ile", ""}, {"le", ""}, {"iga", ""}, {"ga", ""}, {"i", ""}, {"a", ""}};
  static const Ending kHungarian[] = {
      {"ának", "a"}, {"ének", "e"}, {"ánál", "a"}, {"ában", "a"}, {"ében", "e"}, {"ától", "a"}, {"áról", "a"},
      {"nak", ""}, {"nek", ""}, {"nál", ""}, {"nél", ""}, {"ban", ""}, {"ben", ""}, {"ból", ""}, {"ből", ""},
      {"tól", ""}, {"től", ""}, {"ról", ""}, {"ről", ""}, {"hoz", ""}, {"hez", ""}, {"höz", ""},
      {"on", ""}, {"en", ""}, {"ön", ""}, {"ra", ""}, {"re", ""}, {"val", ""}, {"vel", ""}, {"é", ""}};
  static const Ending kBengali[] = {{"\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x87\xE0\xA6\xB0", ""},  // য়ের
                                    {"\xE0\xA7\x87\xE0\xA6\xB0", ""},                          // ের
                                    {"\xE0\xA6\x8F\xE0\xA6\xB0", ""},                          // এর
                                    {"\xE0\xA6\x95\xE0\xA7\x87", ""},                          // কে
                                    {"\xE0\xA6\xB0", ""}};                                        // র
  std::span<const Ending> endings = language == "fi"   ? std::span<const Ending>(kFinnish)
                                    : language == "hu" ? std::span<const Ending>(kHungarian)
                                    : language == "bn" ? std::span<const Ending>(kBengali)
                                    : language == "et" ? std::span<const Ending>(kEstonian)
                                                       : std::span<const Ending>();
  std::vector<std::string> out;
  for (const auto& [ending, base] : endings) {
    if (key.size() <= ending.size() + 2 || !std::string_view(key).ends_with(ending)) continue;
    std::string stem = key.substr(0, key.size() - ending.size());
    // "bbc nek" from "BBC-nek": the hyphen became a space in the key.
    if (!stem.empty() && stem.back() == ' ') stem.pop_back();
    out.push_back(stem + std::string(base));
  }
  return out;
}

}  // namespace newsarchive::parse::detail

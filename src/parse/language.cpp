// Language: the markup's statement, else a stop-word count over the body.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

#include "core/text.hpp"
#include "parse/fields.hpp"

namespace newsarchive::parse {
namespace {

struct StopWords {
  const char* lang;
  std::array<std::string_view, 14> words;
};

// Frequent function words that are rare in the other listed languages.
constexpr StopWords kLists[] = {
    {"en", {"the", "and", "of", "to", "is", "that", "was", "for", "with", "he", "it", "said", "have", "this"}},
    {"de", {"der", "die", "und", "das", "ist", "nicht", "sich", "mit", "auf", "ein", "eine", "dem", "den", "auch"}},
    {"fr", {"le", "la", "les", "et", "des", "est", "une", "dans", "qui", "pour", "pas", "sur", "du", "au"}},
    {"es", {"el", "los", "las", "que", "del", "por", "una", "con", "para", "se", "como", "más", "pero", "fue"}},
    {"it", {"il", "che", "della", "per", "non", "una", "sono", "gli", "nel", "alla", "anche", "del", "è", "di"}},
    {"pt", {"que", "não", "uma", "os", "para", "com", "do", "da", "em", "ao", "mais", "foi", "pelo", "são"}},
    {"nl", {"de", "het", "een", "van", "en", "niet", "dat", "zijn", "op", "voor", "met", "ook", "werd", "naar"}},
    {"sv", {"och", "att", "det", "som", "för", "på", "är", "med", "inte", "av", "till", "har", "ett", "den"}},
    {"da", {"og", "at", "det", "som", "til", "på", "er", "med", "ikke", "af", "har", "en", "for", "de"}},
    {"no", {"og", "det", "som", "til", "på", "er", "med", "ikke", "av", "har", "en", "for", "ble", "å"}},
    {"pl", {"i", "w", "nie", "na", "się", "że", "do", "jest", "to", "z", "jak", "po", "przez", "oraz"}},
    {"tr", {"ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "daha", "çok", "gibi", "olan", "sonra", "ise"}},
    {"id", {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga", "ke"}},
    {"cs", {"a", "je", "se", "na", "že", "to", "v", "jsou", "ve", "s", "by", "jako", "který", "také"}},
};

// Scripts that name their language by themselves.
std::optional<std::string> script_language(std::string_view text) {
  std::size_t kana = 0, hangul = 0, han = 0, cyr = 0, arabic = 0, greek = 0, thai = 0, hebrew = 0, total = 0;
  // Scripts of one language each, by block: Myanmar, Khmer, Lao, Georgian, Armenian, Sinhala,
  // Ethiopic, Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi, Bengali.
  static constexpr struct {
    char32_t from, to;
    const char* lang;
  } kBlocks[] = {{0x1000, 0x109F, "my"}, {0x1780, 0x17FF, "km"}, {0x0E80, 0x0EFF, "lo"}, {0x10A0, 0x10FF, "ka"},
                 {0x0530, 0x058F, "hy"}, {0x0D80, 0x0DFF, "si"}, {0x1200, 0x137F, "am"}, {0x0B80, 0x0BFF, "ta"},
                 {0x0C00, 0x0C7F, "te"}, {0x0C80, 0x0CFF, "kn"}, {0x0D00, 0x0D7F, "ml"}, {0x0A80, 0x0AFF, "gu"},
                 {0x0A00, 0x0A7F, "pa"}, {0x0980, 0x09FF, "bn"}};
  std::size_t block_count[std::size(kBlocks)] = {};
  for (std::size_t i = 0; i < text.size() && total < 5000;) {
    char32_t cp = next_codepoint(text, i);
    if (cp < 0x80) {
      if (std::isalpha(static_cast<int>(cp))) ++total;
      continue;
    }
    ++total;
    if (is_kana(cp)) ++kana;
    else if (is_hangul(cp)) ++hangul;
    else if (cp >= 0x4E00 && cp <= 0x9FFF) ++han;
    else if (cp >= 0x0400 && cp <= 0x04FF) ++cyr;
    else if (cp >= 0x0600 && cp <= 0x06FF) ++arabic;
    else if (cp >= 0x0370 && cp <= 0x03FF) ++greek;
    else if (cp >= 0x0E00 && cp <= 0x0E7F) ++thai;
    else if (cp >= 0x0590 && cp <= 0x05FF) ++hebrew;
    else
      for (std::size_t b = 0; b < std::size(kBlocks); ++b)
        if (cp >= kBlocks[b].from && cp <= kBlocks[b].to) ++block_count[b];
  }
  if (total == 0) return std::nullopt;
  auto big = [&](std::size_t n) { return n * 4 > total; };
  if (kana * 20 > total) return "ja";
  if (big(hangul)) return "ko";
  if (big(han)) return "zh";
  if (big(arabic)) return "ar";
  if (big(greek)) return "el";
  if (big(thai)) return "th";
  if (big(hebrew)) return "he";
  if (big(cyr)) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i)  // і ї є ґ are Ukrainian letters
      if (text.compare(i, 2, "\xD1\x97") == 0 || text.compare(i, 2, "\xD1\x94") == 0 ||
          text.compare(i, 2, "\xD2\x91") == 0)
        return "uk";
    return "ru";
  }
  for (std::size_t b = 0; b < std::size(kBlocks); ++b)
    if (big(block_count[b])) return kBlocks[b].lang;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> detect_language(std::string_view text) {
  text = text.substr(0, 20000);
  if (auto s = script_language(text)) return s;
  std::unordered_map<std::string, int> counts;
  std::string word;
  std::size_t total = 0;
  auto flush = [&] {
    if (!word.empty()) {
      ++counts[word];
      ++total;
      word.clear();
    }
  };
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u) || u >= 0x80) word.push_back(static_cast<char>(std::tolower(u)));
    else flush();
  }
  flush();
  if (total < 20) return std::nullopt;
  const char* best = nullptr;
  int best_hits = 0;
  for (const auto& list : kLists) {
    int hits = 0;
    for (auto w : list.words) {
      auto it = counts.find(std::string(w));
      if (it != counts.end()) hits += it->second;
    }
    if (hits > best_hits) {
      best_hits = hits;
      best = list.lang;
    }
  }
  if (!best || best_hits * 20 < static_cast<int>(total)) return std::nullopt;
  return std::string(best);
}

std::optional<std::string> stated_language(const PageMeta& m) {
  std::vector<std::optional<std::string>> c{m.html_lang, m.jsonld.language, m.get("content-language"),
                                            m.get("og:locale"), m.get("language"), m.get("dc.language")};
  for (const auto& v : c) {
    if (!v) continue;
    std::string tag = to_lower_ascii(trim(*v));
    std::size_t cut = tag.find_first_of("-_,; ");
    if (cut != std::string::npos) tag.resize(cut);
    bool alpha = tag.size() >= 2 && tag.size() <= 3;
    for (char ch : tag) alpha = alpha && ch >= 'a' && ch <= 'z';
    // A character set where the language belongs (<meta http-equiv="Content-Language" content="utf-8">).
    if (!alpha || tag == "utf" || tag == "iso") continue;
    // A country's code where the language's belongs ("kz" for Kazakh, "jp", "cn", "ua"): no
    // ISO 639 code, the language that country writes.
    static constexpr std::pair<std::string_view, std::string_view> kCountryCodes[] = {
        {"kz", "kk"}, {"jp", "ja"}, {"cn", "zh"}, {"gr", "el"}, {"cz", "cs"}, {"dk", "da"}, {"ua", "uk"},
        {"rs", "sr"}, {"al", "sq"}, {"vn", "vi"}, {"ir", "fa"}, {"gb", "en"},
        {"us", "en"}, {"at", "de"}, {"rus", "ru"}, {"ger", "de"}};
    for (const auto& [country, language] : kCountryCodes)
      if (tag == country) return std::string(language);
    return tag;
  }
  return std::nullopt;
}

std::optional<std::string> choose_language(const PageMeta& m, std::string_view text) {
  if (auto stated = stated_language(m)) {
    // A platform's own language ("en-US" on a theme) over a story written in another script:
    // the script names the story's language.
    static constexpr std::string_view kLatin[] = {"en", "de", "fr", "es", "it", "pt", "nl", "sv", "no", "nb",
                                                  "da", "fi", "pl", "cs", "ro", "tr", "id", "ms", "vi"};
    std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 20000));
    if (std::find(std::begin(kLatin), std::end(kLatin), *stated) != std::end(kLatin)) {
      std::size_t ascii = 0, other = 0;  // letters: a story in another script has few Latin ones
      for (std::size_t i = 0; i < head.size();) {
        char32_t cp = next_codepoint(head, i);
        if (cp < 0x80) ascii += std::isalpha(static_cast<int>(cp)) ? 1 : 0;
        else if (cp >= 0x370) ++other;
      }
      if (other > 2 * ascii)
        if (auto script = script_language(head)) return script;
    }
    return stated;
  }
  return detect_language(text);
}

}  // namespace newsarchive::parse

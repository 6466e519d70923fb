// Countries an attribution names or a page belongs to: the qualifier before or after an
// outlet's name ("the British newspaper", "el diario portugués", "die französische
// Zeitung"), a host's country-code domain, a language's home country.
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {

std::string country_hint(std::string_view w) {
  static const std::unordered_map<std::string_view, const char*> exact{
      {"u.k.", "GB"}, {"uk", "GB"}, {"british", "GB"}, {"britain's", "GB"}, {"london", "GB"}, {"scottish", "GB"},
      {"u.s.", "US"}, {"us", "US"}, {"american", "US"}, {"russian", "RU"}, {"german", "DE"}, {"french", "FR"},
      {"irish", "IE"}, {"israeli", "IL"}, {"canadian", "CA"}, {"australian", "AU"}, {"swiss", "CH"},
      {"austrian", "AT"}, {"italian", "IT"}, {"spanish", "ES"}, {"chinese", "CN"}, {"japanese", "JP"},
      {"korean", "KR"}, {"south korean", "KR"}, {"north korean", "KP"}, {"indian", "IN"}, {"iranian", "IR"},
      {"turkish", "TR"}, {"ukrainian", "UA"}, {"qatari", "QA"}, {"saudi", "SA"}, {"polish", "PL"}, {"dutch", "NL"},
      {"norwegian", "NO"}, {"swedish", "SE"}, {"danish", "DK"}, {"finnish", "FI"}, {"belgian", "BE"},
      {"namibian", "NA"}, {"kenyan", "KE"}, {"nigerian", "NG"}, {"pakistani", "PK"}, {"egyptian", "EG"},
      {"mexican", "MX"}, {"brazilian", "BR"}, {"argentine", "AR"}, {"argentinian", "AR"}, {"greek", "GR"},
      {"portuguese", "PT"}, {"czech", "CZ"}, {"hungarian", "HU"}, {"romanian", "RO"}, {"taiwanese", "TW"},
      {"singaporean", "SG"}, {"malaysian", "MY"}, {"indonesian", "ID"}, {"filipino", "PH"}, {"thai", "TH"},
      {"vietnamese", "VN"}, {"syrian", "SY"}, {"lebanese", "LB"}, {"emirati", "AE"}, {"new zealand", "NZ"},
      {"russe", "RU"}, {"russa", "RU"}, {"russo", "RU"}, {"ruso", "RU"}, {"rusa", "RU"}, {"américain", "US"},
      {"américaine", "US"}, {"britannique", "GB"}, {"allemand", "DE"}, {"allemande", "DE"}, {"français", "FR"},
      {"française", "FR"}, {"israélien", "IL"}, {"israélienne", "IL"}, {"britiske", "GB"}, {"britisk", "GB"},
      {"amerikanske", "US"}, {"amerikansk", "US"}, {"russiske", "RU"}, {"russisk", "RU"}, {"brittiska", "GB"},
      {"amerikanska", "US"}, {"ryska", "RU"}, {"brytyjski", "GB"}, {"amerykański", "US"}, {"rosyjska", "RU"},
      {"rosyjski", "RU"}, {"irańska", "IR"}, {"irański", "IR"}, {"britannico", "GB"}, {"americano", "US"},
      {"americana", "US"}, {"británico", "GB"}, {"estadounidense", "US"}, {"norteamericano", "US"},
      // Romance adjectives, written after the noun and in lower case ("el diario portugués").
      {"británica", "GB"}, {"britannica", "GB"}, {"britânico", "GB"}, {"britânica", "GB"},
      {"portugués", "PT"}, {"portuguesa", "PT"}, {"português", "PT"}, {"portugais", "PT"},
      {"portugaise", "PT"}, {"portoghese", "PT"}, {"alemán", "DE"}, {"alemana", "DE"}, {"alemão", "DE"},
      {"alemã", "DE"}, {"tedesco", "DE"}, {"tedesca", "DE"}, {"francés", "FR"}, {"francesa", "FR"},
      {"francese", "FR"}, {"francês", "FR"}, {"español", "ES"}, {"española", "ES"}, {"espagnol", "ES"},
      {"espagnole", "ES"}, {"spagnolo", "ES"}, {"spagnola", "ES"}, {"espanhol", "ES"}, {"espanhola", "ES"},
      {"italien", "IT"}, {"italienne", "IT"}, {"chileno", "CL"}, {"chilena", "CL"}, {"chilien", "CL"},
      {"mexicano", "MX"}, {"mexicana", "MX"}, {"colombiano", "CO"}, {"colombiana", "CO"},
      {"argentino", "AR"}, {"peruano", "PE"}, {"peruana", "PE"}, {"venezolano", "VE"}, {"venezolana", "VE"},
      {"brasileño", "BR"}, {"brasileña", "BR"}, {"brasileiro", "BR"}, {"brasileira", "BR"},
      {"brésilien", "BR"}, {"brésilienne", "BR"}, {"brasiliano", "BR"}, {"brasiliana", "BR"},
      {"suizo", "CH"}, {"suiza", "CH"}, {"suisse", "CH"}, {"svizzero", "CH"}, {"svizzera", "CH"},
      {"belga", "BE"}, {"irlandés", "IE"}, {"irlandesa", "IE"}, {"irlandais", "IE"}, {"irlandaise", "IE"},
      {"japonés", "JP"}, {"japonesa", "JP"}, {"japonais", "JP"}, {"japonaise", "JP"}, {"giapponese", "JP"},
      {"chinois", "CN"}, {"chinoise", "CN"}, {"cinese", "CN"}, {"chinês", "CN"}, {"chinesa", "CN"},
      {"canadiense", "CA"}, {"canadien", "CA"}, {"canadienne", "CA"}, {"australiano", "AU"},
      {"australiana", "AU"}, {"australien", "AU"}, {"australienne", "AU"}};
  if (auto it = exact.find(w); it != exact.end()) return it->second;
  // German adjectives are inflected: match their stems.
  static const std::pair<std::string_view, const char*> stems[] = {
      {"britisch", "GB"}, {"englisch", "GB"}, {"amerikanisch", "US"}, {"us-amerikanisch", "US"},
      {"russisch", "RU"}, {"französisch", "FR"}, {"israelisch", "IL"}, {"deutsch", "DE"}, {"schweizer", "CH"},
      {"österreichisch", "AT"}, {"italienisch", "IT"}, {"spanisch", "ES"}, {"ukrainisch", "UA"},
      {"chinesisch", "CN"}, {"japanisch", "JP"}, {"iranisch", "IR"}, {"türkisch", "TR"}, {"katarisch", "QA"},
      {"nordkoreanisch", "KP"}, {"südkoreanisch", "KR"}, {"norwegisch", "NO"}, {"schwedisch", "SE"},
      {"polnisch", "PL"}, {"kanadisch", "CA"}, {"australisch", "AU"}, {"indisch", "IN"}, {"irisch", "IE"},
      {"niederländisch", "NL"}, {"belgisch", "BE"}, {"dänisch", "DK"}, {"finnisch", "FI"}};
  for (const auto& [stem, cc] : stems)
    if (w.substr(0, stem.size()) == stem) return cc;
  return "";
}

std::string country_of_host(std::string_view host) {
  std::size_t dot = host.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string tld(host.substr(dot + 1));
  if (tld == "uk") return "GB";
  if (tld.size() != 2) return "";
  static const std::unordered_set<std::string> generic{"io", "tv", "co", "me", "fm", "ai", "ly", "cc", "to", "ws"};
  if (generic.count(tld)) return "";
  std::string cc = tld;
  for (char& c : cc) c = static_cast<char>(c - 'a' + 'A');
  return cc;
}

std::string country_of_language(std::string_view language) {
  static const std::unordered_map<std::string_view, const char*> map{
      {"de", "DE"}, {"fr", "FR"}, {"es", "ES"}, {"it", "IT"}, {"nl", "NL"}, {"no", "NO"}, {"nb", "NO"},
      {"nn", "NO"}, {"sv", "SE"}, {"da", "DK"}, {"fi", "FI"}, {"pl", "PL"}, {"pt", "PT"}, {"cs", "CZ"},
      {"hu", "HU"}, {"ro", "RO"}, {"ru", "RU"}, {"uk", "UA"}, {"tr", "TR"}, {"ja", "JP"}, {"ko", "KR"},
      {"zh", "CN"}, {"he", "IL"}, {"el", "GR"}};
  std::string lang = to_lower_ascii(language.substr(0, language.find_first_of("-_")));
  if (auto it = map.find(lang); it != map.end()) return it->second;
  return "";
}

}  // namespace newsarchive::parse::detail

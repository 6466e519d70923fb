// The attribution lexicon's word sets: determiners, the words that describe an outlet
// ("newspaper", "Nachrichtenagentur"), words of outlets' names, media verbs, titles before a
// person's name, acronyms that are no outlet, single-word names that are ordinary words, and
// the words of photo credits.
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {
namespace {

std::unordered_set<std::string> words(std::initializer_list<const char*> list) {
  std::unordered_set<std::string> out;
  for (const char* w : list) out.emplace(w);
  return out;
}

}  // namespace

void add_word_sets(Lexicon& x) {
  x.determiners = words({"the", "a", "an", "o", "os", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einer",
                         "eines", "le", "la", "les", "l'", "du", "de", "del", "el", "los", "las", "il", "lo", "gli",
                         "i", "della", "dello", "delle", "alla", "al", "à", "au", "aux", "det", "den", "de", "het",
                         "een", "dell'", "all'", "un", "una", "un'", "uno", "its", "his", "her", "their", "our",
                         "u", "z", "w", "sein", "seinem", "ihr", "ihrem", "britain's", "fellow", "az",
                         // Greek articles, with "σε" (at, to) glued on: "όπως αναφέρει η «Καθημερινή»"
                         "ο", "η", "το", "οι", "τα", "τον", "την", "τη", "του", "της", "των", "στο", "στη", "στην",
                         "στον", "στα"});
  x.descriptors = words({
      "newspaper", "newspapers", "paper", "daily", "tabloid", "broadsheet", "weekly", "magazine", "broadcaster",
      "network", "channel", "station", "agency", "news", "outlet", "site", "website", "portal", "wire",
      "service", "radio", "tv", "television", "publication", "journal", "news agency", "outlet's",
      "state-run", "state-owned", "state", "public", "business", "financial", "online", "investigative",
      "conservative", "liberal", "local", "national", "regional", "independent", "official", "government-run",
      "broadcasting", "media", "press", "wire service", "news site", "news service",
      // German (stems are matched as prefixes, see is_descriptor)
      "zeitung", "tageszeitung", "wochenzeitung", "boulevardzeitung", "boulevardblatt", "blatt", "sender",
      "fernsehsender", "radiosender", "tv-sender", "nachrichtensender", "nachrichtenagentur", "agentur",
      "magazin", "nachrichtenmagazin", "wochenmagazin", "nachrichtenportal", "onlineportal", "portal",
      "nachrichtenseite", "internetseite", "webseite", "plattform", "rundfunk", "fernsehen", "fernsehens",
      "staatsfernsehen", "staatsmedien", "nachrichtenmagazins", "wirtschaftszeitung", "rechercheverbund",
      "medium", "mediums", "medien", "zeitschrift", "wochenblatt", "sonntagszeitung", "fachmagazin", "newsportal",
      // French / Spanish / Portuguese / Italian
      "quotidien", "journal", "hebdomadaire", "agence", "chaîne", "radio", "site", "magazine", "économique",
      "périodico", "periódico", "diario", "agencia", "cadena", "emisora", "revista", "semanario", "jornal",
      "agência", "canal", "emissora", "giornale", "quotidiano", "agenzia", "rete", "emittente", "settimanale",
      "testata", "network",
      // Dutch / Scandinavian / Polish
      "krant", "dagblad", "omroep", "persbureau", "avis", "avisa", "avisen", "nyhetsbyrå", "nyhetsbyrået",
      "nyhetsbyrån", "nyhetsnettsted", "nyhetsnettstedet", "nettstedet", "kanal", "kanalen", "tidning",
      "tidningen", "tidende", "tv-kanalen", "nyhedsbureau", "nyhedsbureauet", "dagbladet", "avisene",
      "kringkaster", "kringkasteren", "statskanalen", "statskontrollerte", "statlige", "statliga",
      "dziennik", "gazeta", "portal", "agencja", "prasowa", "telewizja", "stacja", "tygodnik", "rozgłośnia",
      "radio", "państwowa", "państwowy", "dziennika", "portalu", "agencji", "stacji", "telewizji",
      // Czech, Slovak, Ukrainian, Indonesian
      "agentura", "agentury", "agenturu", "deník", "deníku", "deníkem", "server", "serveru", "serverem", "stanice",
      "televize", "rozhlas", "týdeník", "týdeníku", "denník", "denníka", "agentúra", "agentúry", "portálu",
      "агентство", "агентства", "видання", "виданню", "газета", "газети", "телеканал", "телеканалу", "агенція",
      "агенції", "harian",
      // Estonian, Latvian, Lithuanian
      "ringhääling", "ajaleht", "päevaleht", "portaal", "uudisteagentuur", "aģentūra", "portāls", "laikraksts",
      "laikrakstam", "portālam", "aģentūrai", "televīzija", "agentūra", "naujienų", "dienraštis", "portalas",
      "dienraščiui", "portalui", "agentūrai",
      // Catalan, Hungarian, Vietnamese
      "diari", "agència", "emissora", "cadena", "revista", "portal", "lap", "napilap", "hírügynökség",
      "hírportál", "portál", "televízió", "rádió", "hetilap", "báo", "tờ", "hãng", "tin", "hãng tin",
      "thông tấn", "hãng thông tấn", "đài", "kênh", "tạp chí", "trang", "trang tin"});
  x.outlet_words = words({
      "times", "post", "news", "journal", "telegraph", "agency", "press", "radio", "tv", "herald", "tribune",
      "gazette", "daily", "chronicle", "observer", "courier", "mail", "express", "standard", "examiner",
      "register", "inquirer", "bulletin", "dispatch", "monitor", "reporter", "magazine", "network",
      "broadcasting", "television", "sentinel", "ledger", "enquirer", "wire", "weekly", "newswire", "review",
      "independent", "guardian", "mirror", "star", "sun", "globe", "record", "leader", "beacon", "channel",
      "zeitung", "nachrichten", "rundschau", "anzeiger", "kurier", "tagblatt", "presse", "allgemeine",
      "rundfunk", "fernsehen", "diario", "noticias", "periódico", "gazeta", "tidende", "posten", "nyheter",
      "avis", "avisen", "dagblad", "courant", "journaal", "nieuws", "agencia", "agence", "agenzia", "giornale",
      "notizie", "tg", "telegraaf", "courrier", "quotidien", "hebdo", "express", "presse", "radiotelevisione",
      "televisión", "televisão", "jornal", "folha", "korea", "ilbo", "shimbun", "pravda", "vesti", "izvestia"});
  x.media_verbs = words({"reported", "reports", "reporting", "wrote", "writes", "published", "broke",
                         "berichtet", "berichtete", "berichteten", "schreibt", "schrieb", "meldet", "meldete",
                         "rapporte", "rapporté", "écrit", "informó", "publicó", "reportó", "riporta", "scrive",
                         "melder", "meldte", "skriver", "skrev", "rapporterar", "rapporterer", "podaje",
                         "podawał", "podał", "pisze", "meldt", "schrijft"});
  // Titles that put a person's name after them: "Opposition Leader Bill Shorten".
  x.role_words = words({"leader", "minister", "president", "senator", "secretary", "spokesman", "spokeswoman",
                        "spokesperson", "chairman", "chairwoman", "governor", "mayor", "prosecutor", "judge",
                        "ambassador", "commissioner", "chancellor", "premier", "director", "chief", "officer",
                        "attorney", "sheriff", "councillor", "councilor", "congressman", "congresswoman",
                        "representative", "superintendent", "inspector", "commander", "coach", "captain",
                        "minister-president", "ministerpräsident", "bundeskanzler", "kanzler", "präsident",
                        "sprecher", "sprecherin", "ministre", "président", "ministro", "presidente"});
  x.non_media_acronyms = words({
      "fbi", "cia", "nsa", "nato", "un", "eu", "who", "cdc", "nasa", "idf", "icj", "icc", "doj", "dhs", "gop",
      "sec", "fda", "imf", "opec", "ioc", "fifa", "uefa", "nhs", "mod", "mi5", "mi6", "kgb", "fsb", "gru",
      "ngo", "ceo", "cfo", "gdp", "ai", "usa", "uk", "us", "eu", "ira", "isis", "isil", "hamas", "pkk", "ss",
      "spd", "cdu", "csu", "fdp", "afd", "bsw", "övp", "spö", "fpö", "svp", "ump", "lfi", "pis", "psoe", "pp",
      "anc", "da", "eff", "bjp", "epa", "iaea", "opcw", "unicef", "unhcr",
      "unrwa", "wfp", "ocha", "icrc", "msf", "hrw", "aclu", "naacp", "nra", "epa", "ftc", "fcc", "irs", "atf",
      "dea", "ice", "tsa", "faa", "ntsb", "noaa", "nih", "usda", "dod", "bka", "bnd", "lka", "ezb", "ecb",
      "fed", "boe", "boj", "pbo", "oecd", "wto", "wef", "g7", "g20", "asean", "au", "ecowas", "sadc",
      "rosstat", "roscosmos", "norad", "pentagon", "mp", "mps", "pm", "ok", "tv", "pr", "pc", "dj", "ufc",
      "nba", "nfl", "mlb", "nhl", "ncaa", "atp", "wta", "f1", "it", "hr", "qa", "id", "covid", "hiv", "aids",
      "dna", "rna", "pdf", "url", "gps", "ids", "ev", "evs", "suv", "usb", "ipo", "etf", "ceos",
      // Polish public bodies: "– przekazał GUS" (the statistics office)
      "gus", "nbp", "kgp", "msz", "mon", "mswia", "nfz", "zus", "imgw", "gddkia", "uokik", "knf", "rpp", "nik",
      "cba", "abw", "pkw", "psp", "kprm", "gis"});
  // Single-word outlet names that are also ordinary words or first names: these need
  // a link to the outlet, quotes, "The" with a capital, or a mid-sentence capital.
  x.common_word_names = words({
      "people", "time", "times", "fortune", "variety", "deadline", "wired", "reason", "salon", "slate", "vox",
      "fusion", "stuff", "quartz", "grist", "focus", "stern", "blick", "watson", "marianne", "dawn", "punch",
      "vanguard", "metro", "express", "insider", "mint", "scroll", "nation", "standard", "kurier", "mirror",
      "sun", "independent", "guardian", "telegraph", "post", "herald", "observer", "globe", "star", "age",
      "australian", "advertiser", "citizen", "conversation", "information", "atlantic", "economist",
      "spectator", "register", "hill", "verge", "cut", "athletic", "diplomat", "intercept", "federalist",
      "blaze", "canary", "journal", "hindu", "wire", "cicero", "capital", "profil", "falter", "zeit", "welt",
      "bild", "presse", "spiegel", "republic", "examiner", "sabah", "semana", "proceso", "reforma", "arte",
      "kan", "rai", "ria", "fox", "sky", "vice", "newsroom", "tempo", "veja", "globo", "nine", "seven", "prospect",
      "monitor", "chronicle", "tribune", "inquirer", "sentinel", "courier", "record", "review", "leader", "day",
      "state", "minute", "week", "world", "nature", "iran", "today", "local", "news", "daily", "ara", "fakt", "eco", "apache", "respekt", "sic", "polityka", "bell", "sábado", "sabado", "logic", "trillium", "tortoise",
      "heat", "chi", "gente", "oggi", "closer", "trains", "ok", "hello", "record", "jogo", "mercury", "advocate",
      "gestión", "gestion"});
  x.connectors = words({"and", "und", "et", "y", "e", "og", "och", "i", "&", "or", "oder", "ou", "o", "as well as",
                        "sowie", "/", ",", "ja", "en", "ve", "und/oder"});
  x.function_words = words({"of", "and", "&", "de", "del", "la", "le", "les", "der", "die", "das", "des", "für",
                            "am", "im", "di", "da", "do", "dos", "the", "for", "on", "in", "y", "et", "du", "van",
                            "von", "og", "och", "i", "al", "el", "los", "las"});
  x.photo_words = words({"photo", "photos", "photograph", "photographer", "image", "images", "picture",
                         "pictures", "video", "videos", "footage", "foto", "fotos", "bild", "bilder", "getty",
                         "credit", "credits", "illustration", "graphic", "grafik", "caption", "screenshot",
                         "screengrab", "imago", "shutterstock", "keystone", "afp-foto", "picture-alliance",
                         "picture alliance", "photographie", "imagen", "immagine", "zdjęcie", "bildtext"});
}

}  // namespace newsarchive::parse::detail

// The attribution lexicon: how articles say where a claim comes from, in English,
// German, French, Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Polish,
// Czech, Slovak, Russian, Ukrainian, Indonesian, Hindi and Turkish (Arabic, Hebrew, Chinese,
// Japanese and Korean have matchers of their own); its word sets are in lexicon_words.cpp,
// the country qualifiers in countries.cpp.
#include <unordered_map>

#include "core/text.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {

std::vector<Cue> cues(std::initializer_list<const char*> phrases) {
  std::vector<Cue> out;
  for (const char* p : phrases) {
    Cue c;
    for (std::string_view w : split(p, ' '))
      if (!w.empty()) c.emplace_back(w);
    out.push_back(std::move(c));
  }
  return out;
}

// "verb * object" cues with up to `max_gap` words between: "sa till", "sa * * till"; with
// the mark "^", one to `max_gap` capitalised words, a name ("told ^ ^ on").
void gapped(std::vector<Cue>& out, std::initializer_list<const char*> verbs, int max_gap,
            std::initializer_list<const char*> objects, const char* mark) {
  const int min_gap = std::string_view(mark) == "^" ? 1 : 0;
  for (const char* verb : verbs)
    for (int gap = min_gap; gap <= max_gap; ++gap)
      for (const char* object : objects) {
        Cue c{verb};
        c.insert(c.end(), gap, mark);
        c.emplace_back(object);
        out.push_back(std::move(c));
      }
}

namespace {

Lexicon build() {
  Lexicon x;
  // Cue right before the outlet (a determiner, descriptor or qualifier may sit between).
  x.before = cues({
      // English
      "according to", "accordingly to", "told", "telling", "tells", "tell", "reported by", "report by",
      "report from", "report in", "reports by", "reports in", "reporting by", "reporting from",
      "reporting in", "story by", "story in", "article in", "article by", "investigation by",
      "analysis by", "published by", "published in", "first reported by", "as reported by",
      "interview with", "interview on", "interview to", "interviewed by", "speaking to", "speaking with",
      "spoke to", "spoke with", "talking to", "talked to", "said to", "said in", "said on", "wrote in",
      "writing in", "writes in", "cited by", "quoted by", "quoted in", "obtained by", "reviewed by",
      "seen by", "confirmed to", "confirmed by", "revealed by", "broadcast by", "aired on", "appearance on",
      "appearing on", "via", "citing", "quoting", "cited", "courtesy of", "sources told", "source told",
      "officials told", "according to a report by", "according to a report from", "according to a report in",
      "data compiled by", "poll by", "poll for", "survey by", "noted by", "spotted by", "flagged by",
      "highlighted by", "uncovered by", "detailed by", "reported first by", "statement to", "comment to",
      "h / t", "h / t :", "hat tip to", "hat tip :", "hattip to", "via :",
      "( source :", "( sources :", "( fuente :", "( fuentes :", "( fonte :", "( quelle :",
      "comments to", "remarks to", "speaking on", "spoke on",
      "said on", "says on", "appeared on", "appearing on", "aired by", "carried by",
      // German
      "laut", "berichtet", "berichtete", "berichteten", "meldet", "meldete", "meldeten", "schreibt",
      "schrieb", "schrieben", "sagte", "sagt", "sagten", "erklärte", "erklärt", "gegenüber", "zitiert",
      "zitierte", "zitieren", "erfuhr", "erfuhren", "erfährt", "nach angaben", "nach informationen",
      "unter berufung auf", "recherche", "recherchen", "bericht", "berichten", "berichts", "interview mit",
      "interview bei", "interview im", "interview", "gespräch mit", "im gespräch mit", "sagte er", "sagte sie",
      "sagt er", "sagt sie", "teilte", "hieß es bei", "heißt es bei", "enthüllte", "veröffentlichte",
      "sendung", "livesendung", "übertragung", "liveübertragung", "livestream",
      // French
      "selon", "d' après", "rapporte", "a rapporté", "rapporté par", "rapportée par", "cité par",
      "citée par", "cités par", "citées par", "relayé par", "relayée par", "publié par", "publiée par",
      "relayés par", "relayées par", "diffusé par", "diffusée par", "diffusés par", "diffusées par",
      "publiés par", "publiées par",
      "interview à", "entretien à", "entretien avec", "interview accordée à", "a indiqué à", "a déclaré à",
      "a confié à", "a expliqué à", "a affirmé à", "a révélé", "révèle", "écrit", "indique", "auprès de",
      "au micro de", "sur l' antenne de", "d' après", "déclaré à", "déclaré au", "confié à", "confié au",
      "expliqué à", "expliqué au", "indiqué au", "affirmé au", "précisé à", "précisé au", "assuré à", "assuré au",
      "raconté à", "raconté au", "dit à", "dit au", "interrogé par", "interrogée par", "interrogés par",
      "invité de", "invitée de", "invité du", "invitée du", "invité sur", "invitée sur", "enquête de", "enquête du",
      "révélé par", "révélée par", "révélation du", "révélations du", "révélation de", "révélations de",
      // Spanish / Portuguese
      "según", "segundo", "informó", "informa", "publicó", "publica", "reportó", "dijo a", "declaró a",
      "en declaraciones a", "entrevista con", "entrevista a", "entrevista à", "entrevista ao", "citado por", "citada por", "de acuerdo con",
      "adelantó", "recoge", "disse ao", "disse à", "de acordo com", "noticiou", "ha adelantado", "ha publicado",
      "ha informado", "ha revelado", "ha podido saber", "ha sabido", "ha podido confirmar", "explicó a",
      "explicaron a", "aseguró a", "aseguraron a", "afirmó a", "confirmó a", "confirmaron a", "indicó a",
      "señaló a", "contó a", "relató a", "ha explicado a", "ha asegurado a", "ha confirmado a", "ha declarado a",
      "dijo al", "declaró al", "explicó al", "publicado por", "publicada por", "revelado por", "revelada por",
      // Italian
      "secondo", "riporta", "riferisce", "scrive", "ha scritto", "ha riferito", "ha riportato", "citato da",
      "citata da", "dalla", "dal", "dall'", "analisi della", "analisi del", "intervista a", "intervista con",
      "intervista al", "intervista alla", "ha detto a", "ha dichiarato a", "ha detto al", "ha dichiarato al",
      "ha detto all'", "ha dichiarato all'", "ha detto alla", "ha dichiarato alla", "ha spiegato a",
      "ha spiegato al", "ha spiegato all'", "ha spiegato alla",
      // Dutch
      "volgens", "meldt", "meldde", "schrijft", "schreef", "zei tegen", "aldus", "tegenover",
      // Norwegian / Danish / Swedish
      "ifølge", "iflg", "iflg.", "melder", "meldte", "skriver", "skrev", "opplyser", "opplyste", "oplyser",
      "fortalte", "fortæller", "fortalte til", "sier til", "sa til", "sagt til", "uttalte til", "siger til",
      "sagde til", "enligt", "rapporterar", "rapporterade", "uppger", "uppgav", "sa till", "säger till",
      "sade till", "berättar för", "berättade för", "intervju med", "intervju i",
      // Polish
      "jak podaje", "jak podał", "jak podała", "jak podają", "jak pisze", "jak informuje", "jak donosi",
      "podaje", "podał", "podała", "podawał", "podawała", "według", "cytowany przez", "cytowana przez",
      "w rozmowie z", "wywiadzie dla", "z ustaleń", "według ustaleń", "powiedział", "powiedziała", "informuje", "donosi", "pisze",
      "jak wyliczył", "jak wyliczyła", "jak wyliczyło", "jak ustalił", "jak ustaliła", "jak ustaliło", "jak ustalili",
      // Portuguese and Italian, more
      "de acordo com reportagem da", "de acordo com reportagem do", "segundo reportagem da",
      "segundo reportagem do", "citado pelo", "citada pelo", "citados pelo", "citadas pelo", "informou o",
      "em declarações à", "em declarações ao", "em declarações a", "em entrevista à", "em entrevista ao",
      "declarou à", "declarou ao", "afirmou à", "afirmou ao", "contou à", "contou ao", "explicou à", "explicou ao",
      "informou a", "come aveva anticipato", "come riportato da", "come riporta",
      "come anticipato da",
      // Indonesian
      "dilansir dari", "dilansir", "seperti diberitakan", "dikutip dari", "mengutip", "menurut",
      // Russian
      "\xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB0\xD0\xB5\xD1\x82",                  // сообщает
      "\xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB",                          // сообщил
      "\xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB\xD0\xB0",                  // сообщила
      "\xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xB5\xD1\x82",                  // передает
      "\xD0\xBF\xD0\xB8\xD1\x88\xD0\xB5\xD1\x82",                                          // пишет
      "\xD0\xBF\xD0\xBE \xD0\xB4\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8B\xD0\xBC",                  // по данным
      "\xD0\xBF\xD0\xBE \xD0\xB8\xD0\xBD\xD1\x84\xD0\xBE\xD1\x80\xD0\xBC\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8",  // по информации
      "\xD1\x81\xD0\xBE \xD1\x81\xD1\x81\xD1\x8B\xD0\xBB\xD0\xBA\xD0\xBE\xD0\xB9 \xD0\xBD\xD0\xB0",  // со ссылкой на
      "как сообщает", "как пишет", "как сообщил", "как сообщила", "как сообщило", "в интервью",
      "как передаёт", "как передает", "как сообщают", "как пишут",
      // Russian, told (the outlet in the dative): "рассказал «Известиям»", "заявил РБК"
      "рассказал", "рассказала", "рассказали", "заявил", "заявила", "заявили", "сообщили", "сказал",
      "сказала", "пояснил", "пояснила", "подтвердил", "подтвердила",
      // Portuguese passives and inversions: "noticiada pelo Público", "Segundo avançou o Expresso"
      "noticiada pelo", "noticiado pelo", "noticiada pela", "noticiado pela", "avançada pelo", "avançado pelo",
      "revelada pelo", "revelado pelo", "segundo avançou o", "segundo avançou a", "segundo noticiou o",
      "segundo noticiou a", "como avançou o", "como noticiou o",
      // Ukrainian
      "як повідомляє", "як повідомило", "як повідомила", "як повідомив", "як пише", "як пишуть", "повідомляє",
      "повідомило", "повідомила", "повідомив", "пише", "передає", "за даними", "за інформацією", "з посиланням на", "в інтерв'ю",
      "в інтерв’ю", "як з'ясували журналісти", "як з’ясували журналісти", "з'ясували журналісти",
      "з’ясували журналісти", "як з'ясувало", "як з’ясувало", "как выяснили журналисты", "выяснили журналисты",
      // Czech and Slovak
      "podle", "podľa", "jak uvedl", "jak uvedla", "jak uvedlo", "jak informoval", "jak informovala",
      "jak informovalo", "jak napsal", "jak napsala", "jak napsalo", "uvedl", "uvedla", "uvedlo", "informoval",
      "informovala", "informovalo", "napsal", "napsala", "napsalo", "v rozhovoru pro", "řekl pro", "řekla pro",
      "uvedl pro", "uvedla pro", "sdělil pro", "sdělila pro", "uviedol", "uviedla", "napísal", "napísala",
      "v rozhovore pre", "povedal pre", "povedala pre", "uviedol pre", "uviedla pre",
      // More English, Spanish, French, Dutch, Polish and Indonesian forms
      "ha avanzado", "avanzó", "avanza", "en diálogo con", "en conversación con", "op-ed for", "op-ed in", "column for", "column in", "guest essay for", "guest essay in", "commentary for",
      "opinion piece for", "opinion piece in", "entrevista concedida a", "entrevista concedida al",
      "declaraciones a", "declaraciones al", "entretien accordé à", "entretien accordé au", "entretien accordé aux",
      "interview accordée à", "interview accordée au", "bevestigde aan", "bevestigt aan", "vertelde aan",
      "liet weten aan", "jak ustalił", "jak ustaliła", "jak ustalili", "jak ustaliło", "jak dowiedział się",
      "jak dowiedziała się", "jak dowiedziało się", "jak poinformował", "jak poinformowała", "jak poinformowało",
      "jak napisał", "jak napisała", "jak napisało", "mengatakan kepada", "berbicara kepada", "menyampaikan kepada",
      "mengungkapkan kepada", "dilaporkan oleh", "intervistato da", "intervistata da", "intervistati da",
      "colloquio con", "consulté par", "consultée par", "consultés par", "consultées par", "a los micrófonos de",
      "according to a translation by", "footage broadcast by", "footage aired by",
      // Romanian
      "potrivit", "conform", "a relatat", "relatează", "citat de", "citată de", "citați de", "a scris", "scrie",
      "a anunțat", "informează", "a informat", "într-un interviu acordat", "într-un interviu pentru",
      // Greek
      "σύμφωνα με", "όπως αποκάλυψε", "όπως μετέδωσε", "όπως ανέφερε", "όπως έγραψε", "όπως γράφει", "μετέδωσε",
      "ανέφερε", "αποκάλυψε", "έγραψε", "γράφει", "σε συνέντευξη στο", "σε συνέντευξη στην", "σε συνέντευξη στον",
      "ο ανταποκριτής της", "ο ανταποκριτής του", "δήλωσε στον", "δήλωσε στην", "δήλωσε στο", "είπε στον",
      "είπε στην", "είπε στο", "μίλησε στον", "μίλησε στην", "μίλησε στο", "σε συνέντευξή του στο",
      "σε συνέντευξή του στον", "σε συνέντευξή του στην", "σε συνέντευξή της στο", "σε συνέντευξή της στον",
      "σε συνέντευξή της στην",
      // Portuguese, French, Italian, Romanian and Dutch forms of a survey or an interview
      "levantamento da", "levantamento do", "levantamento feito pela", "levantamento feito pelo", "análise da",
      "análise do", "d' après des informations publiées par", "sur les ondes de", "sur les ondes du",
      "ai microfoni di", "ai microfoni del", "ai microfoni della", "a declarat pentru", "uit onderzoek van",
      // Finnish: the outlet spoken to takes the allative ("kertoi MTV Uutisille")
      "kertoi", "sanoi", "kertoo", "sanoo", "uutisoi", "raportoi",
      // Estonian ("vahendas BNS"), Latvian ("Kā ziņo aģentūra LETA", "Saskaņā ar «Bloomberg»"),
      // Lithuanian ("Kaip pranešė naujienų agentūra ELTA", "pasak LRT")
      "vahendas", "vahendab", "teatas", "teatab", "kirjutas", "kirjutab", "kā ziņo", "kā vēsta", "kā raksta",
      "kā informē", "kā ziņoja", "kā vēstīja", "kā rakstīja", "saskaņā ar", "kaip pranešė", "kaip rašo",
      "kaip skelbia", "kaip rašė", "kaip praneša", "pasak",
      // Greek, the present: "Όπως μεταδίδει το Associated Press", "όπως αναφέρει η «Καθημερινή»"
      "όπως αναφέρει", "όπως αναφέρουν", "όπως μεταδίδει", "όπως μεταδίδουν", "όπως γράφουν", "όπως αποκαλύπτει",
      "όπως σημειώνει",
      // Portuguese, the verb first: "noticia a Lusa", "Avançou o Expresso", "Escreve o Jornal de Negócios"
      "noticia", "noticiou", "avançou", "escreve", "adianta", "adiantou",
      // Spanish passive: "fuentes consultadas por El País"
      "consultadas por", "consultados por", "consultada por", "consultado por",
      // Catalan: "segons ha avançat El Punt Avui", "en declaracions a RAC1"
      "segons", "segons ha avançat", "segons avança", "segons informa", "segons ha informat", "segons publica",
      "segons ha publicat", "segons explica", "segons recull", "segons fonts de", "d' acord amb", "ha informat",
      "ha avançat", "ha publicat", "ha revelat", "avança", "informa", "recull", "en declaracions a",
      "en declaracions al", "en una entrevista a", "en una entrevista al", "en una entrevista amb", "ha explicat a",
      "ha explicat al", "ha dit a", "ha dit al", "ha declarat a", "ha declarat al", "ha assegurat a",
      "ha assegurat al", "ha confirmat a", "ha confirmat al", "ha detallat a", "ha detallat al",
      // Hungarian, the verb first: "írja a Reuters", "közölte az MTI", "mondta a Reutersnek"
      "írja", "írta", "közölte", "jelentette", "számolt be", "számol be", "tudósított", "nyilatkozta",
      "mondta", "értesült", "nyilatkozott", "mondta el", "nyilatkozott a", "erősítette meg",
      // Vietnamese: "Theo TTXVN", "theo hãng tin Reuters", "trả lời phỏng vấn VnExpress"
      "theo", "theo nguồn tin của", "trả lời phỏng vấn", "trao đổi với", "nói với", "chia sẻ với",
      "dẫn nguồn", "dẫn nguồn tin", "trích dẫn", "trên sóng", "cho biết với", "trả lời phóng viên",
      "nói với phóng viên", "trao đổi với phóng viên", "chia sẻ với phóng viên",
  });
  // The speaker between the verb and the outlet spoken to: "sier hun til NRK", "sa * till",
  // "sagte Meteorologe Dominik Jung dem Westfälischen Anzeiger".
  gapped(x.before, {"sier", "sa"}, 5, {"til"});
  gapped(x.before, {"siger", "sagde"}, 1, {"til"});
  gapped(x.before, {"sa"}, 2, {"till"});
  gapped(x.before, {"säger", "sade"}, 1, {"till"});
  gapped(x.before, {"berättar", "berättade"}, 1, {"för"});
  gapped(x.before, {"sagte", "sagt", "sagten", "erklärte", "erzählte", "bestätigte", "betonte", "schilderte"}, 6,
         {"dem", "der"});
  // "a déclaré le ministre à l'AFP", "zei De Groot tegen RTL Nieuws".
  gapped(x.before, {"déclaré", "indiqué", "confié", "expliqué", "affirmé", "précisé", "assuré", "raconté", "dit"}, 3,
         {"à", "au"});
  // The speaker's affiliation may sit between: "zegt Marc Bogaerts van de Beroepsvereniging
  // van Loodsen tegen Het Nieuwsblad".
  gapped(x.before, {"zei", "zegt", "vertelde", "vertelt", "verklaarde"}, 8, {"tegen"});
  gapped(x.before, {"zei", "zegt", "vertelde", "vertelt", "verklaarde"}, 3, {"in"});
  // "ha detto Matteo Salvini a Repubblica", "ha detto il ministro al Tg1".
  gapped(x.before, {"detto", "dichiarato", "spiegato", "raccontato", "confermato"}, 3, {"a", "al", "alla", "all'"});
  // "ha explicado el alcalde al diario El Periódico", "zegt voorzitter X in de Volkskrant",
  // "řekl ministr X pro iROZHLAS".
  gapped(x.before, {"explicado", "asegurado", "confirmado", "declarado", "contado", "afirmado", "explicó", "aseguró",
                    "declaró", "confirmó", "afirmó", "contó"}, 3, {"a", "al"});
  gapped(x.before, {"řekl", "řekla", "uvedl", "uvedla", "sdělil", "sdělila", "potvrdil", "potvrdila", "povedal",
                    "povedala", "uviedol", "uviedla"}, 3, {"pro", "pre"});
  // Quebec, Spanish, Portuguese, Czech, Russian and Malay openings: "informations obtenues
  // par", "en entrevue à", "cifras recabadas por", "Ouvido pela RTP", "Jak uvedly Lidové
  // noviny", "По подсчетам Reuters", "Источник Reuters", "Ketika dihubungi Reuters".
  for (Cue& c : cues({"obtenues par", "obtenue par", "obtenus par", "en entrevue à", "en entrevue au",
                        "en entrevue avec", "recabadas por", "recabados por", "recabada por", "ouvido pela",
                        "ouvida pela", "ouvido pelo", "ouvida pelo", "ouvidos pela", "ouvidos pelo", "ouvidas pela",
                        "ouvidas pelo", "citada pela", "citado pela", "citadas pela", "citados pela",
                        "avançada pelo", "avançado pelo", "avançada pela", "avançado pela", "avançadas pelo",
                        "avançados pelo", "au micro de", "au micro d'", "au micro du", "au micro de la", "jak uvedly", "jak uvedli", "jak napsaly", "jak napsali", "по подсчетам",
                        "по подсчётам", "по оценкам", "источник", "ketika dihubungi", "semasa dihubungi",
                        "saat dihubungi",
                        // English, Italian, Ukrainian: "insisted to The Sun", "Lo rivela il Corriere",
                        // "Come racconta Repubblica", "розповів ТСН" (told TSN)
                        "insisted to", "confided to", "lo rivela", "lo scrive",
                        "lo riporta", "come racconta", "come riporta", "come scrive", "come rivela",
                        "come riferisce", "secondo quanto riportato da", "secondo quanto scrive",
                        "розповів", "розповіла", "розповіли", "розповідає",
                        // Spanish, Italian, Portuguese, Russian: "Una investigación de El Salto",
                        // "un'inchiesta dell'Espresso", "foi antecipada pelo Estado de Minas",
                        // "В комментарии «Бабелю»"
                        "una investigación de", "una investigación del", "un' inchiesta di", "un' inchiesta del",
                        "un' inchiesta della", "un' inchiesta dell'", "antecipada pelo", "antecipada pela",
                        "antecipado pelo", "antecipado pela", "в комментарии",
                        // German: "ein Artikel des Portals", "der Faktencheck der dpa"
                        "artikel des", "artikel der", "artikel von", "faktencheck der", "faktencheck des",
                        "faktencheck von"}))
    x.before.push_back(std::move(c));
  // English inverted verbs: "…, reported CNN." The outlet must end the clause. French and
  // Danish ones too: "…, rapportait Le Monde", "…, erfarer Altinget".
  x.before_final = cues({"reported", "reports", "said", "says", "wrote", "writes", "added", "noted", "reported the",
                         "lance", "titre", "estime", "souligne", "ironise", "tranche", "résume", "titola", "commenta",
                         "sottolinea", "urteilt", "kommentiert", "meint", "titula", "advierte", "subraya",
                         "przekazała", "przekazał",
                         "confirmed", "reveals", "revealed", "rapportait", "rapportaient", "écrivait", "erfarer",
                         "oplyser", "skriver", "a indiqué", "indique", "a précisé", "précise", "a annoncé",
                         "annonce", "a affirmé", "affirme", "a révélé", "a confirmé", "confirme",
                         // Portuguese: "…, avançou a SIC Notícias."
                         "avançou a", "avançou o", "noticiou a", "noticiou o", "escreveu a", "escreveu o"});
  // Cue right after the outlet.
  x.after = cues({
      // Quebec French, Mexican Spanish, Dutch, Danish, Polish, Czech, Russian, Malay, Turkish:
      // "Noovo Info a obtenu copie", "El Universal documentó", "Het FD bericht dat", "Aan De
      // Standaard verklaarde", "Ingeniøren har beskrevet", "Reuters opisał", "Lidové noviny
      // uvedly", "Reuters s odvoláním na", "Reuters, ссылаясь на", "Malaysiakini memetik",
      // "Karar'ın ulaştığı".
      "a obtenu copie", "a obtenu une copie", "documentó", "documenta", "señaló", "bericht", "berichtte",
      // German present plural ("wie die Salzburger Nachrichten berichten"), Dutch perfect
      // ("had Het Financieele Dagblad al bericht", "heeft de NOS gemeld")
      "berichten", "melden", "al bericht", "eerder bericht", "gemeld", "al gemeld", "eerder gemeld", "onthuld",
      "al onthuld",
      "verklaarde", "zei", "zegt", "vertelde", "har beskrevet", "siger", "opisał", "opisała", "opisało", "uvedly", "uvedli",
      "s odvoláním na", "ссылаясь на", "со ссылкой на", "memetik", "ulaştığı",
      // Nigerian English "SaharaReporters gathered that", Portuguese "noticia que", Polish
      // "przekazał" (passed on), Ukrainian "стверджують" (claim), Indonesian "mengaku"
      "gathered that", "was the first to report", "were the first to report", "noticia", "noticiam",
      "przekazał , że", "przekazała , że", "przekazało , że", "przekazali , że", "przekazały , że", "стверджують", "стверджує",
      // Polish "ujawnił" (revealed), Russian "выяснили" (found out)
      "ujawnił", "ujawniła", "ujawniło", "выяснили", "выяснил", "выяснило",
      // English
      "reported", "reports", "reporting", "has reported", "had reported", "have reported", "first reported",
      "was first to report", "said", "says", "wrote", "writes", "has written", "confirmed", "has confirmed",
      "revealed", "reveals", "has revealed", "learned", "has learned", "understands", "obtained", "hears",
      "has heard", "has learnt",
      "has obtained", "noted", "notes", "quoted", "cited", "cites", "claimed", "claims", "published",
      "broke the news", "broke the story", "citing", "was told", "were told", "has been told", "previously reported",
      "also reported", "reported on", "reported earlier", "reported last", "reported this", "report",
      "reports that", "found", "discovered", "estimated", "estimates", "projected", "tallied", "tally",
      "analysis", "investigation", "exclusively reported", "initially reported", "earlier reported",
      "later reported", "separately reported", "first revealed", "ran a", "ran an", "ran the", "has run a", "has run an", "has run the", "aired", "broadcast",
      "flagged", "spotted", "uncovered", "detailed", "highlighted", "exposed", "scooped",
      // the wire's share of the story: "The Associated Press contributed to this report."
      "contributed to this report", "contributed to this story", "contributed to this article",
      "contributed reporting", "contributed to the report", "contributed to this",
      // the outlet's own people as witnesses: "Associated Press reporters heard explosions"
      "reporter saw", "reporters saw", "reporter heard", "reporters heard", "reporter witnessed",
      "reporters witnessed", "reporter counted", "reporters counted", "journalist saw", "journalists saw",
      "journalist heard", "journalists heard", "reporter at the scene", "reporters at the scene",
      // German
      "berichtet", "berichtete", "berichteten", "berichtet hatte", "hatte berichtet", "hat berichtet",
      "schreibt", "schrieb", "meldet", "meldete", "meldeten", "zufolge", "unter berufung", "zitiert",
      "zitierte", "erfuhr", "erfährt", "enthüllte", "hatte gemeldet", "veröffentlichte",
      // French / Spanish / Portuguese / Italian
      "rapporte", "a rapporté", "a révélé", "révèle", "indique", "a indiqué", "affirme", "écrit", "a écrit",
      "rapportent", "ont rapporté", "révèlent", "ont révélé", "indiquent", "écrivent",
      "annonce", "a annoncé", "précise", "informó", "informa", "publicó", "publica", "reportó", "adelantó",
      "avanzó", "noticiou", "informou", "avançou", "avança", "revelou", "escreve", "escreveu", "riporta", "riferisce", "scrive", "ha scritto", "ha riportato",
      "ha riferito", "si apprende", "si apprendeva", "ha rivelato", "rivela", "scriveva", "riportava",
      // Dutch / Scandinavian / Polish
      "meldt", "meldde", "schrijft", "schreef", "melder", "meldte", "skriver", "skrev", "rapporterer",
      "rapporterte", "rapporterar", "rapporterade", "uppger", "uppgav", "opplyser", "opplyste", "erfarer",
      "erfar", "hänvisar", "har meldt", "har skrevet", "podaje", "podał", "podała", "podawał", "podawała",
      "podają", "podawały", "informuje", "informował", "informowała", "poinformował", "poinformowała",
      "donosi", "donosił", "pisze", "napisał", "napisała", "ustalił", "ustaliła", "ustaliło", "ustalili",
      "dotarł do", "dotarła do", "dotarło do", "dowiedział się", "dowiedziała się", "dowiedziało się",
      // Hindi: "पीटीआई के अनुसार" (according to PTI), "बीबीसी को बताया" (told the BBC)
      "के अनुसार", "की रिपोर्ट के अनुसार", "की खबर के अनुसार", "को बताया", "ने बताया", "से बातचीत में",
      "की रिपोर्ट", "की एक रिपोर्ट", "की एक हालिया रिपोर्ट", "की हालिया रिपोर्ट", "की खबर",
      // Turkish, after a case ending ("Reuters'a yaptığı açıklamada", "Hürriyet'in haberine göre")
      "göre", "haberine göre", "bildirdiğine göre", "gazetesinin haberine göre", "gazetesine göre",
      "gazetesine konuşan", "gazetesine yaptığı açıklamada",
      "aktardığına göre", "yazdığına göre",
      "yaptığı açıklamada", "konuşan", "konuşarak", "açıklama yapan", "açıklama yaparak",
      // "AA muhabirine yaptığı açıklamada" (to AA's reporter), "BBC Türkçe'ye yaptığı değerlendirmede"
      "muhabirine", "muhabirimize", "muhabirlerine", "yaptığı değerlendirmede", "değerlendirmesinde",
      "verdiği demeçte", "verdiği röportajda", "verdiği mülakatta",
      "sitesinde yer alan habere göre",
      // Danish, Czech, Slovak, Ukrainian, Indonesian
      "oplyser", "oplyste", "beretter", "berettede", "uvedl", "uvedla", "uvedlo", "informoval", "informovala",
      "informovalo", "napsal", "napsala", "napsalo", "píše", "uvádí", "informuje", "zjistil", "zjistila", "zjistilo",
      "uviedol", "uviedla", "uviedlo", "napísal", "napísala", "uvádza", "повідомляє", "повідомило", "повідомила",
      "повідомив", "пише", "пишуть", "melaporkan", "memberitakan",
      // German: "ein Papier, das der Automobilwoche vorliegt"; English "X, quoting Y"
      "vorliegt", "vorliegen", "vorlag", "vorlagen", "all reported", "put it",
      // Romanian, Greek, Finnish ("Ylen mukaan", "Kauppalehden haastattelussa")
      "a relatat", "relatează", "scrie", "a scris", "a anunțat", "informează", "μετέδωσε", "ανέφερε", "αποκάλυψε",
      "έγραψε", "γράφει", "mukaan", "tietojen mukaan", "haastattelussa", "uutisoi", "kertoo", "raportoi",
      "kertoi", "kertoivat", "kirjoittaa", "kirjoitti", "αναφέρει", "αναφέρουν", "γράφουν",
      // Estonian ("ERR-i andmetel", "Äripäeva teatel", "Delfi kirjutas"), Latvian ("«Delfi» vēsta"),
      // Lithuanian ("BNS žiniomis", "„Verslo žinios“ rašo", "LRT radijui sakė")
      "andmetel", "teatel", "vahendusel", "teatas", "teatab", "kirjutas", "kirjutab", "vahendas", "ziņo", "vēsta",
      "raksta", "ziņoja", "vēstīja", "rakstīja", "pastāstīja", "informē", "informēja", "žiniomis", "duomenimis",
      "teigimu", "rašo", "rašė", "pranešė", "praneša", "skelbia", "radijui sakė", "televizijai sakė",
      "portalui sakė",
      // Hindi: "दैनिक जागरण की रिपोर्ट के मुताबिक", "एबीपी न्यूज़ के संवाददाता ने"
      "के मुताबिक", "की रिपोर्ट के मुताबिक", "की खबर के मुताबिक", "के संवाददाता", "के संवाददाता ने",
      // Hungarian: "A Reuters szerint", "a Bloomberg értesülése szerint", "az MTI közölte"
      "szerint", "értesülése szerint", "értesülései szerint", "információi szerint", "jelentése szerint",
      "cikke szerint", "beszámolója szerint", "tudósítása szerint", "számolt be", "számol be", "írja", "írta",
      "közölte", "jelentette", "nyilatkozta", "kérdésére", "megkeresésére", "úgy értesült", "tudta meg",
      "tudja", "értesült", "nyilatkozott", "vette észre", "derítette ki", "nyilatkozva", "nyilatkozó",
      // Catalan: "El Punt Avui ha avançat", "segons ha publicat l'Ara"
      "ha avançat", "avança", "ha informat", "ha publicat", "ha revelat", "ha explicat",
      // Vietnamese: "Reuters đưa tin", "Reuters dẫn nguồn tin thân cận cho biết"
      "đưa tin", "dẫn nguồn tin", "dẫn nguồn", "dẫn lời", "cho biết", "đăng tải", "tiết lộ", "loan tin",
      "trích dẫn", "vừa đưa tin", "đã đưa tin",
      // Bengali: "রয়টার্সের খবর অনুযায়ী", "বর্তমান পত্রিকার খবর অনুযায়ী", "রয়টার্স জানিয়েছে"
      "\xE0\xA6\x85\xE0\xA6\xA8\xE0\xA7\x81\xE0\xA6\xAF\xE0\xA6\xBE\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x80",  // অনুযায়ী
      "\xE0\xA6\x96\xE0\xA6\xAC\xE0\xA6\xB0\x20\xE0\xA6\x85\xE0\xA6\xA8\xE0\xA7\x81\xE0\xA6\xAF\xE0\xA6\xBE\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x80",  // খবর অনুযায়ী
      "\xE0\xA6\xAA\xE0\xA7\x8D\xE0\xA6\xB0\xE0\xA6\xA4\xE0\xA6\xBF\xE0\xA6\xAC\xE0\xA7\x87\xE0\xA6\xA6\xE0\xA6\xA8\x20\xE0\xA6\x85\xE0\xA6\xA8\xE0\xA7\x81\xE0\xA6\xAF\xE0\xA6\xBE\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x80",  // প্রতিবেদন অনুযায়ী
      "\xE0\xA6\xAA\xE0\xA6\xA4\xE0\xA7\x8D\xE0\xA6\xB0\xE0\xA6\xBF\xE0\xA6\x95\xE0\xA6\xBE\xE0\xA6\xB0\x20\xE0\xA6\x96\xE0\xA6\xAC\xE0\xA6\xB0\x20\xE0\xA6\x85\xE0\xA6\xA8\xE0\xA7\x81\xE0\xA6\xAF\xE0\xA6\xBE\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x80",  // পত্রিকার খবর অনুযায়ী
      "\xE0\xA6\x9C\xE0\xA6\xBE\xE0\xA6\xA8\xE0\xA6\xBF\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x87\xE0\xA6\x9B\xE0\xA7\x87",  // জানিয়েছে
      "\xE0\xA6\x9C\xE0\xA6\xBE\xE0\xA6\xA8\xE0\xA6\xBE\xE0\xA6\xAF\xE0\xA6\xBC",  // জানায়
      "\xE0\xA6\xAC\xE0\xA6\xB2\xE0\xA7\x87\xE0\xA6\x9B\xE0\xA7\x87",  // বলেছে
      "\xE0\xA6\xAC\xE0\xA6\xB2\xE0\xA7\x87\xE0\xA6\xA8",  // বলেন
      "\xE0\xA6\xAA\xE0\xA7\x8D\xE0\xA6\xB0\xE0\xA6\xA4\xE0\xA6\xBF\xE0\xA6\xAC\xE0\xA7\x87\xE0\xA6\xA6\xE0\xA6\xA8\xE0\xA7\x87\x20\xE0\xA6\xAC\xE0\xA6\xB2\xE0\xA6\xBE\x20\xE0\xA6\xB9\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x87\xE0\xA6\x9B\xE0\xA7\x87",  // প্রতিবেদনে বলা হয়েছে
  });
  // Press reviews: how each paper leads and what it says, "The Telegraph leads with", "Le
  // Figaro titre", "Die SZ meint:", "La Repubblica titola", "Le Monde titula", "Die Welt, que
  // advierte", "Le Figaro gazetesinin haberinde".
  for (Cue& c : cues({"leads with", "leads on", "splashes with", "splashes on", "carries", "argued", "argues",
                      "estime", "titre", "titrait", "relève", "relèvent", "souligne", "soulignent", "constate",
                      "observe", "s' inquiète", "ironise", "tranche", "meint", "kommentiert",
                      "findet :", "urteilt", "bilanziert", "resümiert", "apre con", "titola", "sottolinea", "commenta",
                      "osserva", "racconta", "titula", "titulaba", "subraya", "advierte", "destaca", "sostiene",
                      "opina", ", que advierte", ", que afirma", ", que asegura", ", que destaca", ", que publica",
                      ", que informa", ", que señala", ", qui souligne", ", qui estime", ", qui titre", ", qui affirme",
                      ", che titola", ", che scrive", ", che riporta", "gazetesinin haberinde", "dergisinin haberinde",
                      "haberinde"}))
    x.after.push_back(std::move(c));
  // Turkish puts the verb last: "Der Spiegel dergisi, anlaşmanın ... olduğunu yazdı", "The
  // Independent gazetesi ise ... yer verdi".
  gapped(x.after, {"dergisi", "gazetesi", ",", "ise"}, 10, {"yazdı", "aktardı", "duyurdu", "bildirdi"});
  gapped(x.after, {"dergisi", "gazetesi", ",", "ise"}, 10, {"yer"});
  gapped(x.after, {"kunne"}, 4, {"fortælle"});  // "Weekendavisen kunne i sidste uge fortælle"
  gapped(x.after, {"aus"}, 3, {"erfuhr", "erfuhren"});  // "Wie Reuters aus Konzernkreisen erfuhr"
  // "Auch die „Bild" griff die Zahl auf." ("auf" ends the clause: not "greift auf Kohle zurück").
  for (const char* verb : {"griff", "griffen", "greift"})
    for (int gap = 1; gap <= 4; ++gap)
      for (const char* end : {".", ","}) {
        Cue c{verb};
        c.insert(c.end(), gap, "*");
        c.emplace_back("auf");
        c.emplace_back(end);
        x.after.push_back(std::move(c));
      }
  // The dative fronted: "Der Abendzeitung gegenüber sagte er", "Tegen de NOS zei ze" (the
  // Dutch "tegen" is too common a word to cue alone, the verb after the outlet confirms it).
  gapped(x.after, {"gegenüber"}, 0, {"sagte", "sagten", "erklärte", "erklärten", "betonte", "bestätigte", "äußerte",
                                      "sagt", "erklärt", "betont", "bestätigt", "räumte", "kündigte", "schilderte"});
  x.possessive_after = cues({"reporting", "report", "reports", "story", "stories", "article", "investigation",
                             "analysis", "coverage", "reporter", "reporters", "correspondent", "interview",
                             "exclusive", "scoop", "sources", "poll", "count", "tally", "review", "obituary",
                             "editorial", "findings", "own reporting", "own report", "earlier report",
                             "previous reporting", "recent report", "latest report", "korrespondent", "granskning",
                             "uppgifter", "reportrar", "toimittaja", "kirjeenvaihtaja", "front page", "front - page",
                             "splash", "leader", "business desk", "desk", "editorial board", "columnist"});
  add_word_sets(x);
  add_broadcast_cues(x);
  for (std::size_t i = 0; i < x.before.size(); ++i) x.before_by_last[x.before[i].back()].push_back(i);
  for (std::size_t i = 0; i < x.before_final.size(); ++i)
    x.before_final_by_last[x.before_final[i].back()].push_back(i);
  for (const auto* list : {&x.before, &x.after, &x.before_final})
    for (const Cue& c : *list)
      if (c.size() == 1) x.single_word_cues.insert(c[0]);
  for (const Cue& c : x.before)
    if (c[0] != "*" && c[0] != "^") x.cue_openers.insert(c[0]);
  return x;
}

}  // namespace

const Lexicon& lexicon() {
  static const Lexicon x = build();
  return x;
}

}  // namespace newsarchive::parse::detail

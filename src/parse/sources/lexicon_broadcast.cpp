// The cues of broadcast interviews: a guest on a programme of a channel ("told Nick Ferrari
// on LBC", "sur le plateau de BFMTV", "ospite di «Otto e mezzo» su La7", "Gościem Radia
// ZET był"), and the print interview's frames that go with them ("dans les colonnes du
// Parisien", "in gesprek met RTL Nieuws").
#include "parse/sources/detail.hpp"

namespace newsarchive::parse::detail {

void add_broadcast_cues(Lexicon& x) {
  for (Cue& c : cues({
           // French: on the set, at the microphone, on the air, in the columns of
           "sur le plateau de", "sur le plateau du", "sur le plateau de la", "sur le plateau d'",
           "à l'antenne de", "à l'antenne du", "sur l'antenne de", "sur l'antenne du", "invité de", "invitée de",
           "invité du", "invitée du", "dans les colonnes de", "dans les colonnes du", "dans les colonnes de la",
           "dans les colonnes des", "dans les colonnes d'",
           // Spanish: in an interview on, before the microphones of
           "en una entrevista en", "en entrevista en", "entrevistado en", "entrevistada en",
           "en los micrófonos de", "ante los micrófonos de", "a los micrófonos de",
           // Italian: on air on, linked up with (a guest "ospite di" a programme: below)
           "in onda su", "in collegamento con",
           // Portuguese
           "em participação no", "em participação na", "ao programa", "no programa",
           // Dutch: in conversation with
           "in gesprek met", "in een gesprek met", "in een interview met", "in de uitzending van",
           // Polish: the guest of, on the air of
           "gościem", "gość", "na antenie", "w audycji", "w programie",
           // Czech: on the programme; told (the outlet in the dative: "řekl Českému rozhlasu")
           "v pořadu", "ve vysílání", "řekl", "řekla", "řekli", "sdělil", "sdělila", "potvrdil", "potvrdila",
           // Russian: on the air of
           "в эфире", "в эфире телеканала", "в эфире радиостанции", "в программе",
           // English, French, Italian: a segment, asked on air, speaking to
           "segment on", "a segment on", "interrogé sur", "interrogée sur", "déclaré sur", "expliqué sur",
           "affirmé sur", "indiqué sur", "parlando a", "parlando al", "parlando alla", "parlando con"}))
    x.before.push_back(std::move(c));
  // A time between the interview and the channel: "in an interview aired Sunday on CBS News"
  // (not a listing: "the final will be broadcast live on BBC One").
  gapped(x.before, {"interview", "remarks", "comments"}, 3, {"on"});
  // A presenter or a programme between the verb and the channel: "told Nick Ferrari on LBC",
  // "ospite di «Otto e mezzo» su La7", "no programa Pânico, da Jovem Pan", "in de talkshow
  // Eva op NPO1", "в эфире программы «Время» на Первом канале", "V pořadu Partie na CNN Prima".
  // (Only a name between: "said the ban on Al Jazeera" is about the channel, not on it.)
  gapped(x.before, {"told", "telling", "speaking", "appearing", "appeared"}, 3, {"on"}, "^");
  gapped(x.before, {"ospite", "intervistato", "intervistata", "intervenuto", "intervenuta"}, 7, {"su", "a"});
  gapped(x.before, {"programa"}, 7, {"da", "do", "de"});
  gapped(x.before, {"talkshow", "uitzending", "programma"}, 3, {"op", "van", "bij"});
  gapped(x.before, {"эфире", "программе"}, 5, {"на"});
  gapped(x.before, {"pořadu"}, 3, {"na"});
  // After the channel: Turkish "CNN Türk'te katıldığı programda konuşan" (speaking on a
  // programme it took part in on CNN Türk), "Habertürk TV'de yayınlanan programda".
  for (Cue& c : cues({"katıldığı programda", "katıldığı canlı yayında", "yayınlanan programda", "canlı yayınında",
                      "programında", "ekranlarında"}))
    x.after.push_back(std::move(c));
}

}  // namespace newsarchive::parse::detail

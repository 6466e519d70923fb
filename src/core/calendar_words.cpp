// Calendar words: month names in the form dates use them, and weekday names.
#include <cctype>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/dates.hpp"
#include "core/text.hpp"

namespace newsarchive {
namespace {

struct MonthName {
  const char* name;
  int month;
};
// Prefix-matched on at least three letters; longer names first where prefixes clash.
constexpr MonthName kMonths[] = {
    {"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},     {"august", 8},    {"september", 9}, {"sept", 9},
    {"october", 10},  {"november", 11}, {"december", 12},
    // German
    {"januar", 1},    {"jänner", 1},   {"februar", 2},   {"märz", 3},      {"maerz", 3},
    {"mai", 5},       {"juni", 6},     {"juli", 7},      {"oktober", 10},  {"dezember", 12},
    // French
    {"janvier", 1},   {"février", 2},  {"fevrier", 2},   {"mars", 3},      {"avril", 4},
    {"juin", 6},      {"juillet", 7},  {"août", 8},      {"aout", 8},      {"septembre", 9},
    {"octobre", 10},  {"novembre", 11}, {"décembre", 12}, {"decembre", 12},
    // Spanish
    {"enero", 1},     {"febrero", 2},  {"marzo", 3},     {"abril", 4},     {"mayo", 5},
    {"junio", 6},     {"julio", 7},    {"agosto", 8},    {"septiembre", 9}, {"setiembre", 9},
    {"octubre", 10},  {"noviembre", 11}, {"diciembre", 12},
    // Italian
    {"gennaio", 1},   {"febbraio", 2}, {"aprile", 4},    {"maggio", 5},    {"giugno", 6},
    {"luglio", 7},    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    // Portuguese
    {"janeiro", 1},   {"fevereiro", 2}, {"março", 3},     {"maio", 5},
    {"junho", 6},     {"julho", 7},    {"setembro", 9},  {"outubro", 10},  {"novembro", 11},
    {"dezembro", 12},
    // Dutch
    {"januari", 1},   {"februari", 2}, {"maart", 3},     {"mei", 5},       {"augustus", 8},
    // Scandinavian (the rest are English, German or Dutch spellings)
    {"augusti", 8},   {"maj", 5},      {"desember", 12},
    // Finnish (the partitive a date uses: "3. maaliskuuta 2024")
    {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4}, {"toukokuuta", 5},
    {"kesäkuuta", 6}, {"heinäkuuta", 7}, {"elokuuta", 8}, {"syyskuuta", 9}, {"lokakuuta", 10},
    {"marraskuuta", 11}, {"joulukuuta", 12},
    // Polish and Czech (genitive, as dates write them)
    {"stycznia", 1},  {"lutego", 2},   {"marca", 3},     {"kwietnia", 4},  {"maja", 5},
    {"czerwca", 6},   {"lipca", 7},    {"sierpnia", 8},  {"września", 9},  {"października", 10},
    {"listopada", 11}, {"grudnia", 12}, {"ledna", 1},    {"února", 2},     {"března", 3},
    {"dubna", 4},     {"května", 5},   {"června", 6},    {"července", 7},  {"srpna", 8},
    {"září", 9},      {"října", 10},   {"listopadu", 11}, {"prosince", 12},
    // Turkish
    {"ocak", 1},      {"şubat", 2},    {"mart", 3},      {"nisan", 4},     {"mayıs", 5},
    {"haziran", 6},   {"temmuz", 7},   {"ağustos", 8},   {"eylül", 9},     {"ekim", 10},
    {"kasım", 11},    {"aralık", 12},
    // Russian and Ukrainian (genitive)
    {"января", 1},    {"февраля", 2},  {"марта", 3},     {"апреля", 4},    {"мая", 5},
    {"июня", 6},      {"июля", 7},     {"августа", 8},   {"сентября", 9},  {"октября", 10},
    {"ноября", 11},   {"декабря", 12}, {"січня", 1},     {"лютого", 2},    {"березня", 3},
    {"квітня", 4},    {"травня", 5},   {"червня", 6},    {"липня", 7},     {"серпня", 8},
    {"вересня", 9},   {"жовтня", 10},  {"листопада", 11}, {"грудня", 12},
    // Greek (genitive)
    {"ιανουαρίου", 1}, {"φεβρουαρίου", 2}, {"μαρτίου", 3}, {"απριλίου", 4}, {"μαΐου", 5},
    {"ιουνίου", 6},   {"ιουλίου", 7},  {"αυγούστου", 8}, {"σεπτεμβρίου", 9}, {"οκτωβρίου", 10},
    {"νοεμβρίου", 11}, {"δεκεμβρίου", 12},
    // Arabic (the names used in Egypt and the Gulf), with the common spelling variants
    {"\xD9\x8A\xD9\x86\xD8\xA7\xD9\x8A\xD8\xB1", 1},
    {"\xD9\x81\xD8\xA8\xD8\xB1\xD8\xA7\xD9\x8A\xD8\xB1", 2},
    {"\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3", 3},
    {"\xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", 4},
    {"\xD8\xA7\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", 4},
    {"\xD9\x85\xD8\xA7\xD9\x8A\xD9\x88", 5},
    {"\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88", 6},
    {"\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x87", 6},
    {"\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x88", 7},
    {"\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x87", 7},
    {"\xD8\xA3\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3", 8},
    {"\xD8\xA7\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3", 8},
    {"\xD8\xB3\xD8\xA8\xD8\xAA\xD9\x85\xD8\xA8\xD8\xB1", 9},
    {"\xD8\xA3\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1", 10},
    {"\xD8\xA7\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1", 10},
    {"\xD9\x86\xD9\x88\xD9\x81\xD9\x85\xD8\xA8\xD8\xB1", 11},
    {"\xD8\xAF\xD9\x8A\xD8\xB3\xD9\x85\xD8\xA8\xD8\xB1", 12},
    // Hindi and Bengali (the English months as both write them)
    {"जनवरी", 1}, {"फ़रवरी", 2}, {"फरवरी", 2}, {"मार्च", 3}, {"अप्रैल", 4}, {"मई", 5}, {"जून", 6}, {"जुलाई", 7},
    {"अगस्त", 8}, {"सितंबर", 9}, {"सितम्बर", 9}, {"अक्टूबर", 10}, {"अक्तूबर", 10}, {"नवंबर", 11}, {"नवम्बर", 11},
    {"दिसंबर", 12}, {"दिसम्बर", 12},
    {"জানুয়ারি", 1}, {"ফেব্রুয়ারি", 2}, {"মার্চ", 3}, {"এপ্রিল", 4}, {"মে", 5}, {"জুন", 6}, {"জুলাই", 7},
    {"আগস্ট", 8}, {"সেপ্টেম্বর", 9}, {"অক্টোবর", 10}, {"নভেম্বর", 11}, {"ডিসেম্বর", 12},
    // Hungarian (dates put the year first: "2026. november 14.")
    {"január", 1}, {"február", 2}, {"március", 3}, {"április", 4}, {"május", 5}, {"június", 6},
    {"július", 7}, {"augusztus", 8}, {"szeptember", 9}, {"október", 10},
    // Swahili
    {"machi", 3}, {"aprili", 4}, {"julai", 7}, {"agosti", 8}, {"septemba", 9}, {"oktoba", 10},
    {"novemba", 11}, {"desemba", 12},
    // Thai (the year is the Buddhist era's: parse_date_loose takes 543 off)
    {"มกราคม", 1}, {"กุมภาพันธ์", 2}, {"มีนาคม", 3}, {"เมษายน", 4}, {"พฤษภาคม", 5}, {"มิถุนายน", 6},
    {"กรกฎาคม", 7}, {"สิงหาคม", 8}, {"กันยายน", 9}, {"ตุลาคม", 10}, {"พฤศจิกายน", 11}, {"ธันวาคม", 12},
};

// Names read whole only, never as abbreviations: their first letters are everyday words
// elsewhere ("det", "tra", "svi", "mare", "Ian").
constexpr MonthName kWholeMonths[] = {
    // Croatian (genitive; "listopad" is read by language, see month_from_word)
    {"siječnja", 1},  {"veljače", 2},  {"ožujka", 3},    {"travnja", 4},   {"svibnja", 5},
    {"lipnja", 6},    {"srpnja", 7},   {"kolovoza", 8},  {"rujna", 9},     {"studenoga", 11},
    {"studenog", 11}, {"prosinca", 12},
    // Serbian, Bosnian, Slovenian, Slovak (genitive), Romanian, Catalan, Estonian,
    // Indonesian, Danish: the names no language above spells alike
    {"januara", 1},   {"februara", 2}, {"aprila", 4},    {"juna", 6},
    {"jula", 7},      {"avgust", 8},   {"avgusta", 8},   {"septembar", 9}, {"septembra", 9},
    {"oktobar", 10},  {"oktobra", 10}, {"novembar", 11}, {"novembra", 11}, {"decembar", 12},
    {"decembra", 12}, {"januarja", 1}, {"februarja", 2}, {"junija", 6},    {"julija", 7},
    {"januára", 1},   {"februára", 2}, {"apríla", 4},    {"mája", 5},      {"júna", 6},
    {"júla", 7},      {"októbra", 10}, {"ianuarie", 1},  {"februarie", 2}, {"martie", 3},
    {"aprilie", 4},   {"iunie", 6},    {"iulie", 7},     {"septembrie", 9}, {"octombrie", 10},
    {"noiembrie", 11}, {"decembrie", 12}, {"gener", 1},  {"febrer", 2},    {"març", 3},
    {"maig", 5},      {"juny", 6},     {"juliol", 7},    {"agost", 8},     {"setembre", 9},
    {"desembre", 12}, {"jaanuar", 1},  {"veebruar", 2},  {"märts", 3},     {"aprill", 4},
    {"juuni", 6},     {"juuli", 7},    {"oktoober", 10}, {"detsember", 12}, {"maret", 3},
    {"marts", 3},
    // Urdu, and Persian's names of the Gregorian months (Iranian and Afghan papers print both)
    {"جنوری", 1},     {"فروری", 2},    {"مارچ", 3},      {"اپریل", 4},     {"مئی", 5},
    {"جون", 6},       {"جولائی", 7},   {"اگست", 8},      {"ستمبر", 9},     {"اکتوبر", 10},
    {"نومبر", 11},    {"دسمبر", 12},   {"ژانویه", 1},    {"فوریه", 2},     {"آوریل", 4},
    {"ژوئن", 6},      {"ژوئیه", 7},    {"سپتامبر", 9},   {"اکتبر", 10},    {"نوامبر", 11},
    {"دسامبر", 12},   {"اوت", 8},       {"آگوست", 8},     {"مه", 5},
    // Serbian Cyrillic (nominative and genitive)
    {"јануар", 1},    {"јануара", 1},  {"фебруар", 2},   {"фебруара", 2},  {"март", 3},
    {"април", 4},     {"априла", 4},   {"мај", 5},       {"маја", 5},      {"јун", 6},
    {"јуна", 6},      {"јул", 7},      {"јула", 7},      {"август", 8},    {"септембар", 9},
    {"септембра", 9}, {"октобар", 10}, {"октобра", 10},  {"новембар", 11}, {"новембра", 11},
    {"децембар", 12}, {"децембра", 12},
    // Kazakh
    {"қаңтар", 1}, {"ақпан", 2}, {"наурыз", 3}, {"сәуір", 4}, {"мамыр", 5}, {"маусым", 6}, {"шілде", 7},
    {"тамыз", 8}, {"қыркүйек", 9}, {"қазан", 10}, {"қараша", 11}, {"желтоқсан", 12},
    // Azerbaijani and Uzbek
    {"yanvar", 1}, {"fevral", 2}, {"aprel", 4}, {"iyun", 6}, {"iyul", 7}, {"avqust", 8}, {"sentyabr", 9},
    {"oktyabr", 10}, {"noyabr", 11}, {"dekabr", 12},
    // Uzbek
    {"avgust", 8}, {"sentabr", 9}, {"oktabr", 10},
    // Armenian (nominative and the genitive dates use)
    {"հունվար", 1}, {"փետրվար", 2}, {"մարտ", 3}, {"ապրիլ", 4}, {"մայիս", 5}, {"հունիս", 6}, {"հուլիս", 7},
    {"օգոստոս", 8}, {"սեպտեմբեր", 9}, {"հոկտեմբեր", 10}, {"նոյեմբեր", 11}, {"դեկտեմբեր", 12}, {"հունվարի", 1},
    {"փետրվարի", 2}, {"մարտի", 3}, {"ապրիլի", 4}, {"մայիսի", 5}, {"հունիսի", 6}, {"հուլիսի", 7},
    {"օգոստոսի", 8}, {"սեպտեմբերի", 9}, {"հոկտեմբերի", 10}, {"նոյեմբերի", 11}, {"դեկտեմբերի", 12},
    // Punjabi (Gurmukhi) and Gujarati
    {"ਜਨਵਰੀ", 1}, {"ਫਰਵਰੀ", 2}, {"ਫ਼ਰਵਰੀ", 2}, {"ਮਾਰਚ", 3}, {"ਅਪ੍ਰੈਲ", 4}, {"ਅਪਰੈਲ", 4}, {"ਮਈ", 5}, {"ਜੂਨ", 6},
    {"ਜੁਲਾਈ", 7}, {"ਅਗਸਤ", 8}, {"ਸਤੰਬਰ", 9}, {"ਅਕਤੂਬਰ", 10}, {"ਨਵੰਬਰ", 11}, {"ਦਸੰਬਰ", 12},
    {"જાન્યુઆરી", 1}, {"ફેબ્રુઆરી", 2}, {"માર્ચ", 3}, {"એપ્રિલ", 4}, {"મે", 5}, {"જૂન", 6}, {"જુલાઈ", 7},
    {"ઓગસ્ટ", 8}, {"સપ્ટેમ્બર", 9}, {"ઓક્ટોબર", 10}, {"નવેમ્બર", 11}, {"ડિસેમ્બર", 12},
    // Tamil
    {"ஜனவரி", 1}, {"பிப்ரவரி", 2}, {"மார்ச்", 3}, {"ஏப்ரல்", 4}, {"மே", 5}, {"ஜூன்", 6}, {"ஜூலை", 7},
    {"ஆகஸ்ட்", 8}, {"செப்டம்பர்", 9}, {"அக்டோபர்", 10}, {"நவம்பர்", 11}, {"டிசம்பர்", 12},
    // Georgian
    {"იანვარი", 1}, {"თებერვალი", 2}, {"მარტი", 3}, {"აპრილი", 4}, {"მაისი", 5}, {"ივნისი", 6}, {"ივლისი", 7},
    {"აგვისტო", 8}, {"სექტემბერი", 9}, {"ოქტომბერი", 10}, {"ნოემბერი", 11}, {"დეკემბერი", 12},
    // Icelandic
    {"janúar", 1}, {"febrúar", 2}, {"apríl", 4}, {"maí", 5}, {"júní", 6}, {"júlí", 7}, {"ágúst", 8},
    {"október", 10}, {"nóvember", 11}, {"desember", 12},
    // Lithuanian (genitive)
    {"sausio", 1}, {"vasario", 2}, {"kovo", 3}, {"balandžio", 4}, {"gegužės", 5}, {"birželio", 6},
    {"liepos", 7}, {"rugpjūčio", 8}, {"rugsėjo", 9}, {"spalio", 10}, {"lapkričio", 11}, {"gruodžio", 12},
    // Latvian (nominative and locative)
    {"janvāris", 1}, {"februāris", 2}, {"aprīlis", 4}, {"maijs", 5}, {"jūnijs", 6}, {"jūlijs", 7},
    {"augusts", 8}, {"septembris", 9}, {"oktobris", 10}, {"novembris", 11}, {"decembris", 12},
    // Latvian locative
    {"janvārī", 1}, {"februārī", 2}, {"martā", 3}, {"aprīlī", 4}, {"maijā", 5}, {"jūnijā", 6}, {"jūlijā", 7},
    {"augustā", 8}, {"septembrī", 9}, {"oktobrī", 10}, {"novembrī", 11}, {"decembrī", 12},
    // Albanian
    {"janar", 1}, {"shkurt", 2}, {"prill", 4}, {"qershor", 6}, {"korrik", 7}, {"gusht", 8}, {"shtator", 9},
    {"tetor", 10}, {"nëntor", 11}, {"dhjetor", 12},
    // Somali
    {"janaayo", 1}, {"febraayo", 2}, {"maarso", 3}, {"abriil", 4}, {"maajo", 5}, {"juun", 6}, {"luuliyo", 7},
    {"agoosto", 8}, {"sebtembar", 9}, {"oktoobar", 10}, {"nofembar", 11}, {"diseembar", 12},
    // Hausa
    {"janairu", 1}, {"fabrairu", 2}, {"maris", 3}, {"afrilu", 4}, {"mayu", 5}, {"yuni", 6}, {"yuli", 7},
    {"agusta", 8}, {"satumba", 9}, {"oktoba", 10}, {"nuwamba", 11}, {"disamba", 12},
    // Welsh
    {"ionawr", 1}, {"chwefror", 2}, {"mawrth", 3}, {"ebrill", 4}, {"mehefin", 6}, {"gorffennaf", 7},
    {"awst", 8}, {"medi", 9}, {"hydref", 10}, {"tachwedd", 11}, {"rhagfyr", 12},
    // Basque (and the genitive dates use: "azaroaren 20")
    {"urtarrila", 1}, {"otsaila", 2}, {"martxoa", 3}, {"apirila", 4}, {"maiatza", 5}, {"ekaina", 6},
    {"uztaila", 7}, {"abuztua", 8}, {"iraila", 9}, {"urria", 10}, {"azaroa", 11}, {"abendua", 12},
    {"urtarrilaren", 1}, {"otsailaren", 2}, {"martxoaren", 3}, {"apirilaren", 4}, {"maiatzaren", 5},
    {"ekainaren", 6}, {"uztailaren", 7}, {"abuztuaren", 8}, {"irailaren", 9}, {"urriaren", 10},
    {"azaroaren", 11}, {"abenduaren", 12},
    // Sinhala
    {"ජනවාරි", 1}, {"පෙබරවාරි", 2}, {"මාර්තු", 3}, {"අප්‍රේල්", 4}, {"මැයි", 5}, {"ජූනි", 6}, {"ජූලි", 7},
    {"අගෝස්තු", 8}, {"සැප්තැම්බර්", 9}, {"ඔක්තෝබර්", 10}, {"නොවැම්බර්", 11}, {"දෙසැම්බර්", 12},
    // Khmer
    {"មករា", 1}, {"កុម្ភៈ", 2}, {"មីនា", 3}, {"មេសា", 4}, {"ឧសភា", 5}, {"មិថុនា", 6}, {"កក្កដា", 7},
    {"សីហា", 8}, {"កញ្ញា", 9}, {"តុលា", 10}, {"វិច្ឆិកា", 11}, {"ធ្នូ", 12},
    // Bulgarian and Macedonian
    {"януари", 1}, {"февруари", 2}, {"юни", 6}, {"юли", 7}, {"септември", 9}, {"октомври", 10},
    {"ноември", 11}, {"декември", 12},
    // Macedonian
    {"јануари", 1}, {"февруари", 2}, {"јуни", 6}, {"јули", 7},
};

// Thai full names and their abbreviations, dotted as a word of their own ("15 มี.ค. 2567"),
// January first.
constexpr std::string_view kThaiLong[] = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                                          "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
constexpr std::string_view kThaiShort[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                           "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
// The months of the Solar Hijri calendar (Iran, Afghanistan), Farvardin first.
constexpr std::string_view kSolarHijri[] = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                                            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"};

// A Solar Hijri date on the Gregorian calendar (the 33-year arithmetic of jalaali-js).
void solar_hijri_to_gregorian(int jy, int jm, int jd, int& gy, int& gm, int& gd) {
  jy += 1595;
  long days = -355668L + 365L * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + jd +
              (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  gy = static_cast<int>(400 * (days / 146097));
  days %= 146097;
  if (days > 36524) {
    --days;
    gy += static_cast<int>(100 * (days / 36524));
    days %= 36524;
    if (days >= 365) ++days;
  }
  gy += static_cast<int>(4 * (days / 1461));
  days %= 1461;
  if (days > 365) {
    gy += static_cast<int>((days - 1) / 365);
    days = (days - 1) % 365;
  }
  gd = static_cast<int>(days) + 1;
  const bool leap = (gy % 4 == 0 && gy % 100 != 0) || gy % 400 == 0;
  const int lengths[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (gm = 1; gm <= 12 && gd > lengths[gm - 1]; ++gm) gd -= lengths[gm - 1];
}

// The run of ASCII digits ending right before `end` (spaces skipped), as a number; -1 if none.
int number_before(std::string_view s, std::size_t end, std::size_t& begin) {
  while (end > 0 && s[end - 1] == ' ') --end;
  begin = end;
  while (begin > 0 && std::isdigit(static_cast<unsigned char>(s[begin - 1])) && end - begin < 4) --begin;
  return begin < end ? std::stoi(std::string(s.substr(begin, end - begin))) : -1;
}

// The run of ASCII digits starting at `from` (spaces skipped), as a number; -1 if none.
int number_after(std::string_view s, std::size_t from, std::size_t& end) {
  while (from < s.size() && s[from] == ' ') ++from;
  end = from;
  while (end < s.size() && std::isdigit(static_cast<unsigned char>(s[end])) && end - from < 4) ++end;
  return end > from ? std::stoi(std::string(s.substr(from, end - from))) : -1;
}

// The word lower-cased (ASCII) without trailing '.' or ',': "Dec." -> "dec".
std::string calendar_word(std::string_view word) {
  std::string w = lower_utf8(word);
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
  return w;
}

}  // namespace

namespace {

// Japanese era years: "令和8年" is 2026, "平成31年" 2019, "令和元年" (the first year) 2019; a
// Gregorian year printed after it ("令和8年（2026年）") goes with it.
void fold_japanese_eras(std::string& out) {
  static constexpr std::pair<std::string_view, int> kEras[] = {{"\xE4\xBB\xA4\xE5\x92\x8C", 2018},   // 令和
                                                               {"\xE5\xB9\xB3\xE6\x88\x90", 1988}};  // 平成
  constexpr std::string_view kYear = "\xE5\xB9\xB4", kFirst = "\xE5\x85\x83";  // 年 元
  std::string folded;  // built anew: replace() in place trips GCC 12's -Wrestrict
  std::size_t copied = 0;
  for (std::size_t at = 0; at < out.size(); ++at)
    for (const auto& [era, base] : kEras) {
      if (out.compare(at, era.size(), era) != 0) continue;
      std::size_t p = at + era.size();
      int n = 0;
      if (out.compare(p, kFirst.size(), kFirst) == 0) {
        n = 1;
        p += kFirst.size();
      } else {
        while (p < out.size() && std::isdigit(static_cast<unsigned char>(out[p])) && n < 100) n = n * 10 + (out[p++] - '0');
      }
      if (n < 1 || n > 99 || out.compare(p, kYear.size(), kYear) != 0) continue;
      p += kYear.size();
      // "（2026年）" or "(2026年)" after it
      for (std::string_view open : {"\xEF\xBC\x88", "("})
        if (out.compare(p, open.size(), open) == 0) {
          std::size_t q = p + open.size();
          while (q < out.size() && std::isdigit(static_cast<unsigned char>(out[q]))) ++q;
          if (out.compare(q, kYear.size(), kYear) == 0) q += kYear.size();
          for (std::string_view close : {"\xEF\xBC\x89", ")"})
            if (out.compare(q, close.size(), close) == 0) {
              p = q + close.size();
              break;
            }
        }
      folded.append(out, copied, at - copied);
      folded += std::to_string(base + n);
      folded += kYear;
      copied = p;
      at = p - 1;
      break;
    }
  if (copied == 0) return;
  folded.append(out, copied, std::string::npos);
  out = std::move(folded);
}

}  // namespace

std::string fold_calendars(std::string_view text) {
  std::string out(text);
  if (text.find_first_of("\xE4\xE5") != std::string_view::npos) fold_japanese_eras(out);
  // Only Thai (E0 B8/B9 ..) and Arabic-script (D8..DB ..) text has anything more to fold.
  if (out.find_first_of("\xD8\xD9\xDA\xDB\xE0") == std::string::npos) return out;
  for (std::size_t m = 0; m < std::size(kThaiShort); ++m)
    for (std::size_t at; (at = out.find(kThaiShort[m])) != std::string::npos;) {
      std::string name = " ";
      name += kThaiLong[m];
      name += ' ';
      out.replace(at, kThaiShort[m].size(), name);
    }
  // Persian writes ی; some sites type the Arabic ي (two bytes each, so the offsets agree).
  std::string persian = out;
  for (std::size_t at; (at = persian.find("\xD9\x8A")) != std::string::npos;) persian.replace(at, 2, "\xDB\x8C");
  for (std::size_t m = 0; m < std::size(kSolarHijri); ++m)
    for (std::size_t from = 0, at; (at = persian.find(kSolarHijri[m], from)) != std::string::npos;) {
      from = at + kSolarHijri[m].size();
      // A whole word ("دی" is also inside other words), between a day and a year.
      std::size_t day_begin, year_end;
      int day = number_before(out, at, day_begin), year = number_after(out, from, year_end);
      bool whole = (at == 0 || out[at - 1] == ' ') && (from == out.size() || out[from] == ' ');
      if (!whole || day < 1 || day > 31 || year < 1300 || year > 1500) continue;
      int gy, gm, gd;
      solar_hijri_to_gregorian(year, static_cast<int>(m) + 1, day, gy, gm, gd);
      char iso[16];
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", gy, gm, gd);
      out.replace(day_begin, year_end - day_begin, iso);
      persian.replace(day_begin, year_end - day_begin, iso);
      from = day_begin + 10;
    }
  return out;
}

// Full weekday names, Monday first, a language a row.
constexpr std::string_view kWeekdays[][7] = {
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
    {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"},
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
    {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
    {"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"},
    {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
    {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}};

// The day a full name in `w` (a calendar_word) names, Monday = 0.
std::optional<int> weekday_of_name(const std::string& w) {
  for (const auto& language : kWeekdays)
    for (int d = 0; d < 7; ++d)
      if (w == language[d]) return d;
  return std::nullopt;
}

std::optional<int> weekday_from_word(std::string_view word) {
  static constexpr std::string_view kShort[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::string w = calendar_word(word);
  if (w == "tues") return 1;
  if (w == "thur" || w == "thurs") return 3;
  for (int d = 0; d < 7; ++d)
    if (w == kShort[d]) return d;
  return weekday_of_name(w);
}

bool is_weekday_name(std::string_view word) { return weekday_of_name(calendar_word(word)).has_value(); }

std::optional<int> month_from_word(std::string_view word, std::string_view lang) {
  // Every full name, looked up at once (a word of running text is seldom a month).
  static const std::unordered_map<std::string_view, int> whole = [] {
    std::unordered_map<std::string_view, int> map;
    for (const auto& m : kMonths) map.emplace(m.name, m.month);
    for (const auto& m : kWholeMonths) map.emplace(m.name, m.month);
    return map;
  }();
  if (word.size() < 3 || word.size() > 40) return std::nullopt;
  std::string w = calendar_word(word);
  if (w.size() < 3) return std::nullopt;
  // Croatian's October is Polish and Czech November.
  if ((lang.starts_with("hr") || lang.starts_with("bs")) && (lang.size() == 2 || lang[2] == '-' || lang[2] == '_') &&
      (w == "listopad" || w == "listopada"))
    return 10;
  if (auto it = whole.find(w); it != whole.end()) return it->second;
  // An abbreviation: three to six letters ("Dec", "мар", "sept"), not three bytes of one letter.
  std::size_t letters = 0;
  for (unsigned char c : w) letters += (c & 0xC0) != 0x80 ? 1 : 0;
  if (letters < 3 || letters > 6) return std::nullopt;
  for (const auto& m : kMonths) {
    std::string_view name = m.name;
    if (name.size() > w.size() && name.substr(0, w.size()) == w) return m.month;
  }
  return std::nullopt;
}

}  // namespace newsarchive

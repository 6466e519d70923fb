// The words beside a story's dates, one table for every rule that reads them.
#include "parse/date_words.hpp"

#include <algorithm>
#include <iterator>

#include "core/text.hpp"

namespace newsarchive::parse {
namespace {

using K = DateWordKind;

// Multi-word entries stand before the words they hold: substring searches take the first hit.
// Words that also open prose or credits do not open a stamp line: "Erstellt von", "Created
// by", "Aktualizacja systemu", "Last updated figures show" (the live-page rule reads that
// one with its own guards), and CJK words that begin other words ("수정안", an amendment).
constexpr DateWord kWords[] = {
    {"first published", K::published, false},  // "First published in The Conversation." is a credit
    {"data di pubblicazione", K::published, false},
    {"published", K::published, true},
    {"ver\xC3\xB6" "ffentlicht", K::published, true},
    {"publiziert", K::published, true},
    {"erschienen", K::published, false},
    {"erstellt", K::published, false},
    {"created", K::published, false},
    {"publi\xC3\xA9", K::published, true},
    {"publicado", K::published, true},
    {"pubblicato", K::published, true},
    {"gepubliceerd", K::published, true},
    {"opublikowano", K::published, true},
    {"publicerad", K::published, true},
    {"publisert", K::published, true},
    {"udgivet", K::published, true},
    {"julkaistu", K::published, true},
    {"yay\xC4\xB1nlanma", K::published, true},
    {"giri\xC5\x9F tarihi", K::published, true},  // Turkish "entry date"
    {"objavljeno", K::published, true},            // Croatian, Serbian, Slovenian
    {"publikov\xC3\xA1no", K::published, true},    // Czech
    {"zve\xC5\x99" "ejn\xC4\x9Bno", K::published, true},
    {"data public\xC4\x83rii", K::published, true},  // Romanian "Data publicării:"
    {"data publicarii", K::published, true},
    {"publicat", K::published, true},              // Romanian
    {"\xD0\xBE\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD1\x96\xD0\xBA\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE", K::published, true},  // опубліковано
    {"\xD0\xBE\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE", K::published,
     true},  // опубликовано
    {"diterbitkan", K::published, true},
    {"publik\xC3\xA1lva", K::published, true},  // Hungarian
    {"\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE \xD8\xA7\xD9\x86\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB1", K::published, true},  // تاریخ انتشار (Persian)
    {"\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE \xD8\xA7\xD9\x84\xD9\x86\xD8\xB4\xD8\xB1", K::published, true},  // تاريخ النشر (Arabic)
    {"เผยแพร่", K::published, true},  // Thai
    {"প্রকাশিত", K::published, true},   // Bengali
    {"प्रकाशित", K::published, true},   // Hindi
    {"\xEC\x9E\x85\xEB\xA0\xA5", K::published, false},                  // 입력 (entered)
    {"\xEB\xB0\x9C\xED\x96\x89", K::published, false},                  // 발행
    {"\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4", K::published, false},  // 发布时间
    {"\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xA5\xE6\x9C\x9F", K::published, false},  // 发布日期
    {"\xE5\x85\xAC\xE9\x96\x8B\xE6\x97\xA5", K::published, false},      // 公開日
    {"last updated", K::updated, false},
    {"zuletzt aktualisiert", K::updated, false},
    {"updated", K::updated, true},
    {"aktualisiert", K::updated, true},
    {"aktualizacja", K::updated, false},
    {"zaktualizowano", K::updated, true},
    {"mis \xC3\xA0 jour", K::updated, true},
    {"actualizado", K::updated, true},
    {"atualizado", K::updated, true},
    {"atualizada", K::updated, true},    // the feminine, agreeing with "notícia"
    {"actualizada", K::updated, true},
    {"aggiornato", K::updated, true},
    {"bijgewerkt", K::updated, true},
    {"uppf\xC3\xA6rt", K::updated, true},  // uppfært (Icelandic)
    {"birt", K::published, false},        // birt (Icelandic "published")
    {"diweddarwyd", K::updated, true},    // Welsh
    {"cyhoeddwyd", K::published, true},
    {"laatste update", K::updated, true},
    {"son g\xC3\xBCncelleme", K::updated, true},
    {"g\xC3\xBCncelleme", K::updated, true},
    {"a\xC5\xBEurirano", K::updated, true},         // Croatian, Serbian
    {"aktualizirano", K::updated, true},
    {"posodobljeno", K::updated, true},           // Slovenian
    {"aktualizov\xC3\xA1no", K::updated, true},    // Czech
    {"data actualiz\xC4\x83rii", K::updated, true},  // Romanian "Data actualizării:"
    {"data actualizarii", K::updated, true},
    {"actualizat", K::updated, true},             // Romanian
    {"\xD0\xBE\xD0\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBE", K::updated, true},  // обновлено
    {"\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBE", K::updated, true},  // оновлено
    {"g\xC3\xBCncellendi", K::updated, false},
    {"oppdatert", K::updated, true},
    {"uppdaterad", K::updated, true},
    {"opdateret", K::updated, true},
    {"p\xC3\xA4ivitetty", K::updated, true},
    {"friss\xC3\xADtve", K::updated, true},   // Hungarian
    {"m\xC3\xB3\x64os\xC3\xADtva", K::updated, true},
    {"modified", K::updated, false},
    {"modifica", K::updated, false},  // Italian "modificato", "(modifica il ...)"
    {"modifi\xC3\xA9", K::updated, false},
    {"diperbarui", K::updated, false},
    {"\xEC\x88\x98\xEC\xA0\x95", K::updated, false},  // 수정
    {"\xE6\x9B\xB4\xE6\x96\xB0", K::updated, false},  // 更新
    {"\xD8\xA8\xD9\x87\xE2\x80\x8C\xD8\xB1\xD9\x88\xD8\xB2\xD8\xB4\xD8\xAF\xD9\x87", K::updated, true},  // به‌روزشده (Persian)
    {"\xD8\xA2\xD8\xAE\xD8\xB1 \xD8\xAA\xD8\xAD\xD8\xAF\xD9\x8A\xD8\xAB", K::updated, true},  // آخر تحديث (Arabic)
    // Thai, Vietnamese, Malay, Bengali, Hindi
    {"อัปเดตล่าสุด", K::updated, true},
    {"แก้ไขล่าสุด", K::updated, true},
    {"ปรับปรุงล่าสุด", K::updated, true},
    {"อัปเดต", K::updated, true},
    {"cập nhật", K::updated, true},
    {"dikemas kini", K::updated, true},
    {"আপডেট", K::updated, true},
    {"अपडेट", K::updated, true},
    {"posted", K::posted, true},
    {"stand:", K::as_of, true},
    {"datum", K::date, false},
    {"date", K::date, false},
    {"fecha", K::date, false},
    {"data", K::date, false},
    {"dato", K::date, false},
};

}  // namespace

std::span<const DateWord> date_words() { return kWords; }

bool is_date_preposition(std::string_view word) {
  for (std::string_view p : {"on", "am", "le", "el", "em", "il", "op"})
    if (word == p) return true;
  return false;
}

const DateWord* date_label(std::string_view key) {
  key = trim(key);
  if (std::size_t space = key.rfind(' '); space != std::string_view::npos && is_date_preposition(key.substr(space + 1)))
    key = trim(key.substr(0, space));
  auto it = std::find_if(std::begin(kWords), std::end(kWords), [&](const DateWord& w) { return w.word == key; });
  return it == std::end(kWords) ? nullptr : it;
}

}  // namespace newsarchive::parse

#pragma once
// Stamps in the form the page shows them.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "parse/metadata.hpp"

namespace newsarchive::parse {

// The offset at which `utc` reads as the printed local time `shown` (no zone of its own,
// to the minute): a whole half-hour from -12 to +14 hours, not zero; nullopt otherwise.
std::optional<int> shown_offset(const DateTime& utc, const DateTime& shown);

// A UTC stamp in the form the page `m` shows it (see local_time.cpp), `stated` being the
// other statements of it. `printed_dates`: the page's printed dates are this stamp's (its
// published date; not an update's). Any other stamp is returned unchanged.
std::string local_form(std::string utc, const PageMeta& m, const std::vector<std::optional<std::string>>& stated,
                       bool printed_dates = true);

// A UTC `stamp` in the offset `other` states (the update the page prints in local time
// says the zone of the whole page); else `stamp` unchanged.
std::optional<std::string> in_zone_of(const std::optional<std::string>& stamp, const std::optional<std::string>& other);

}  // namespace newsarchive::parse

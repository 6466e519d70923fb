#pragma once
// The words bylines print before their names ("By", "Von:", "Avtorja:").
#include <string>
#include <string_view>

namespace newsarchive::parse {

// `s` without the lead-in words before its names ("By", "Written by", "Von:", ...; one word
// and a colon, "Avtorja:", unless it labels other work, "Foto:"); a particle written in
// capitals stays ("De Souza").
std::string strip_lead_in(std::string s);
// One of the lead-in words ("by", "von", "texto"), in any case.
bool is_lead_in(std::string_view word);

}  // namespace newsarchive::parse

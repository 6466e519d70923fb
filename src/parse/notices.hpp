#pragma once
// Promotions and notices in sentences, judged by their text alone.
#include <cstddef>
#include <string_view>

namespace newsarchive::parse {

// A promotion or notice in sentences: newsletter and channel pitches, podcast promotions,
// funders' disclaimers, notices to readers blocking ads, subscription account notices.
bool promotion_or_notice(std::string_view t, std::size_t chars);

// An e-mail address in the text: "name@host.tld".
bool holds_email(std::string_view t);

}  // namespace newsarchive::parse

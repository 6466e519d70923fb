#pragma once
#include <string>
#include <string_view>

namespace testsupport {

// gzip-compresses (RFC 1952) with zlib, as a real server would.
std::string gzip(std::string_view data);
// Raw zlib "deflate" (RFC 1950), as HTTP's Content-Encoding: deflate.
std::string deflate(std::string_view data);

}  // namespace testsupport

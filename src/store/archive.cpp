// Placeholder until the SQLite archive lands.
#include "newsarchive/archive.hpp"

namespace newsarchive {

struct Archive::Impl {};

Archive::Archive(const std::string&, Mode) { throw ArchiveError(ArchiveError::Kind::other, "archive not implemented yet"); }
Archive::~Archive() = default;
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;

}  // namespace newsarchive

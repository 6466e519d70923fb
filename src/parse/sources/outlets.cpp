// Placeholder until the outlet directory lands.
#include "newsarchive/outlets.hpp"

namespace newsarchive {

struct OutletDirectory::Impl {
  std::vector<Outlet> outlets;
};

OutletDirectory::OutletDirectory() : impl_(std::make_unique<Impl>()) {}
OutletDirectory::~OutletDirectory() = default;
OutletDirectory::OutletDirectory(OutletDirectory&&) noexcept = default;
OutletDirectory& OutletDirectory::operator=(OutletDirectory&&) noexcept = default;
OutletDirectory OutletDirectory::from_tsv(std::string_view) { return {}; }
OutletDirectory OutletDirectory::from_file(const std::string&) { return {}; }
OutletDirectory OutletDirectory::builtin() { return {}; }
std::size_t OutletDirectory::size() const { return impl_->outlets.size(); }
const std::vector<Outlet>& OutletDirectory::outlets() const { return impl_->outlets; }
const Outlet* OutletDirectory::by_host(std::string_view) const { return nullptr; }
std::vector<const Outlet*> OutletDirectory::by_name(std::string_view) const { return {}; }

}  // namespace newsarchive

// Placeholder until cited-source detection lands.
#include "parse/sources/sources.hpp"

namespace newsarchive::parse {

std::vector<Source> extract_sources(const std::vector<Block>&, const SourceContext&, const OutletDirectory*) {
  return {};
}

}  // namespace newsarchive::parse

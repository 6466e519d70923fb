// Placeholder until the libcurl fetcher lands.
#include <stdexcept>

#include "newsarchive/fetcher.hpp"

namespace newsarchive {

std::unique_ptr<Fetcher> make_curl_fetcher(const FetcherOptions&) {
  throw std::runtime_error("fetcher not implemented yet");
}

std::vector<FetchResult> fetch_all(Fetcher&, std::vector<FetchRequest>) { return {}; }

}  // namespace newsarchive

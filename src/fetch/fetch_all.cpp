#include <stdexcept>

#include "newsarchive/fetcher.hpp"

namespace newsarchive {

std::vector<FetchResult> fetch_all(Fetcher& fetcher, std::vector<FetchRequest> requests) {
  if (fetcher.pending() != 0) throw std::logic_error("fetch_all needs a fetcher with nothing pending");
  // Tags become indexes while in flight so results can be put back in request order.
  std::vector<std::uint64_t> tags;
  tags.reserve(requests.size());
  for (std::size_t i = 0; i < requests.size(); ++i) {
    tags.push_back(requests[i].tag);
    requests[i].tag = i;
    fetcher.add(std::move(requests[i]));
  }
  std::vector<FetchResult> results(requests.size());
  while (fetcher.pending() > 0) {
    for (FetchResult& r : fetcher.perform(1000)) {
      std::size_t index = r.tag;
      if (index >= results.size()) continue;  // not ours; cannot happen given the check above
      r.tag = tags[index];
      results[index] = std::move(r);
    }
  }
  return results;
}

}  // namespace newsarchive

#pragma once
// Small helpers shared by the fetcher tests.
#include <string>
#include <vector>

#include "newsarchive/fetcher.hpp"

namespace fetchtest {

// Options for tests: short timeouts so a failing test ends in seconds.
inline newsarchive::FetcherOptions test_options() {
  newsarchive::FetcherOptions o;
  o.connect_timeout_ms = 2000;
  o.total_timeout_ms = 5000;
  o.low_speed_time_s = 2;
  return o;
}

inline newsarchive::FetchResult fetch_one(newsarchive::FetchRequest request,
                                          const newsarchive::FetcherOptions& options = test_options()) {
  auto fetcher = newsarchive::make_curl_fetcher(options);
  std::vector<newsarchive::FetchRequest> requests;
  requests.push_back(std::move(request));
  return newsarchive::fetch_all(*fetcher, std::move(requests)).at(0);
}

inline newsarchive::FetchResult fetch_one(const std::string& url,
                                          const newsarchive::FetcherOptions& options = test_options()) {
  newsarchive::FetchRequest request;
  request.url = url;
  return fetch_one(std::move(request), options);
}

}  // namespace fetchtest

#include "fetch/curl_handles.hpp"

#include <new>
#include <stdexcept>
#include <string>

namespace newsarchive::fetch {

void ensure_curl_global_init() {
  // A function-local static is initialised once, even with racing threads.
  static const CURLcode rc = curl_global_init(CURL_GLOBAL_DEFAULT);
  if (rc != CURLE_OK)
    throw std::runtime_error(std::string("curl_global_init failed: ") + curl_easy_strerror(rc));
}

void slist_append(SlistPtr& list, const char* line) {
  curl_slist* grown = curl_slist_append(list.get(), line);
  if (!grown) throw std::bad_alloc();
  // curl_slist_append returns the head, which is the old head once the list exists.
  if (!list) list.reset(grown);
}

}  // namespace newsarchive::fetch

#pragma once
// Owners for libcurl's C handles: each is wrapped in a unique_ptr with a named deleter
// the moment it is born, so no path can leak or double-free one.
#include <curl/curl.h>

#include <memory>

namespace newsarchive::fetch {

struct MultiDeleter {
  void operator()(CURLM* multi) const noexcept { curl_multi_cleanup(multi); }
};
struct EasyDeleter {
  void operator()(CURL* easy) const noexcept { curl_easy_cleanup(easy); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};

using MultiPtr = std::unique_ptr<CURLM, MultiDeleter>;
using EasyPtr = std::unique_ptr<CURL, EasyDeleter>;
using SlistPtr = std::unique_ptr<curl_slist, SlistDeleter>;

// Runs curl_global_init once per process (thread-safe). Throws std::runtime_error
// when libcurl cannot initialise.
void ensure_curl_global_init();

// Appends `line` to `list` (which may be empty). Throws std::bad_alloc when curl cannot
// allocate; on failure the existing list stays owned by `list`.
void slist_append(SlistPtr& list, const char* line);

}  // namespace newsarchive::fetch

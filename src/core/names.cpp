// Names of the shared enums, and FetchResult's header lookup.
#include "core/text.hpp"
#include "newsarchive/archive.hpp"
#include "newsarchive/article.hpp"
#include "newsarchive/fetcher.hpp"

namespace newsarchive {

const char* via_name(Via via) {
  switch (via) {
    case Via::link: return "link";
    case Via::text: return "text";
    case Via::both: return "both";
  }
  return "text";
}

const char* fetch_error_name(FetchError e) {
  switch (e) {
    case FetchError::none: return "none";
    case FetchError::bad_url: return "bad_url";
    case FetchError::scheme: return "scheme";
    case FetchError::dns: return "dns";
    case FetchError::connect: return "connect";
    case FetchError::timeout: return "timeout";
    case FetchError::too_large: return "too_large";
    case FetchError::too_many_redirects: return "too_many_redirects";
    case FetchError::tls: return "tls";
    case FetchError::recv: return "recv";
    case FetchError::decode: return "decode";
    case FetchError::aborted: return "aborted";
    case FetchError::other: return "other";
  }
  return "other";
}

const char* save_status_name(SaveStatus s) {
  switch (s) {
    case SaveStatus::failed: return "failed";
    case SaveStatus::no_article: return "no_article";
    case SaveStatus::added: return "added";
    case SaveStatus::changed: return "changed";
    case SaveStatus::unchanged: return "unchanged";
    case SaveStatus::not_modified: return "not_modified";
  }
  return "failed";
}

std::string FetchResult::header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (iequals(k, name)) return v;
  return {};
}

}  // namespace newsarchive

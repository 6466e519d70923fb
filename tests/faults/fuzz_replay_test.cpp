// Replays every input in fuzz/corpus/<target>/ (the hand-written seeds and the
// regressions fuzzing found) through the fuzz harnesses themselves, in every test
// build: the sanitizer build of the suite runs them under ASan and UBSan. A harness
// that finds a broken contract traps, which fails the test.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "support/temp_dir.hpp"

extern "C" int fuzz_extract_one_input(const std::uint8_t* data, std::size_t size);
extern "C" int fuzz_feed_one_input(const std::uint8_t* data, std::size_t size);
extern "C" int fuzz_robots_one_input(const std::uint8_t* data, std::size_t size);
extern "C" int fuzz_url_one_input(const std::uint8_t* data, std::size_t size);
extern "C" int fuzz_dates_one_input(const std::uint8_t* data, std::size_t size);

namespace {

using Harness = int (*)(const std::uint8_t*, std::size_t);

int replay(const std::string& target, Harness harness) {
  int n = 0;
  std::filesystem::path dir = std::filesystem::path(NEWSARCHIVE_SOURCE_DIR) / "fuzz" / "corpus" / target;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string bytes = testsupport::read_file(entry.path().string());
    SCOPED_TRACE(entry.path().filename().string());
    harness(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++n;
  }
  return n;
}

}  // namespace

TEST(FuzzReplay, ExtractCorpus) { EXPECT_GT(replay("extract", fuzz_extract_one_input), 0); }
TEST(FuzzReplay, FeedCorpus) { EXPECT_GT(replay("feed", fuzz_feed_one_input), 0); }
TEST(FuzzReplay, RobotsCorpus) { EXPECT_GT(replay("robots", fuzz_robots_one_input), 0); }
TEST(FuzzReplay, UrlCorpus) { EXPECT_GT(replay("url", fuzz_url_one_input), 0); }
TEST(FuzzReplay, DatesCorpus) { EXPECT_GT(replay("dates", fuzz_dates_one_input), 0); }

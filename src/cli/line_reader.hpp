#pragma once
// URL lines read from a descriptor as they arrive (`fetch -i -` behind a pipe), so the
// first URLs are fetched while a slow producer is still writing the rest.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace newsarchive::cli {

class LineReader {
 public:
  // Starts reading `fd` (not owned) on a thread; `on_line` runs there after new lines
  // arrive and at the end (to wake a waiting loop).
  LineReader(int fd, std::function<void()> on_line);
  ~LineReader();  // stops reading and joins
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The URL lines read since the last call: trimmed, blank lines and '#' comments left out.
  std::vector<std::string> take();
  // Waits at most `timeout` for a line or the end.
  void wait(std::chrono::milliseconds timeout);
  // True once the input has ended (or failed) and every line was taken.
  bool done();
  // Why reading failed ("" at a clean end of input).
  std::string error();

 private:
  void run();
  void add_line(std::string_view line);

  int fd_;
  std::function<void()> on_line_;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::condition_variable ready_;
  std::vector<std::string> lines_;
  bool ended_ = false;
  std::string error_;
  std::thread thread_;
};

}  // namespace newsarchive::cli

#include "cli/line_reader.hpp"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/text.hpp"

namespace newsarchive::cli {

namespace {
constexpr std::size_t kMaxLine = 1u << 20;
constexpr std::size_t kReportedPrefix = 60;

// What stands for a line over kMaxLine: no URL (it fails as a bad one, named so), never a
// prefix that would be fetched as if it were the line.
std::string overlong(std::string_view line) {
  std::string out = "(line over 1 MB: ";
  std::size_t cut = std::min(line.size(), kReportedPrefix);
  while (cut > 0 && cut < line.size() && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  out.append(line.substr(0, cut));
  out += "...)";
  return out;
}
}  // namespace

LineReader::LineReader(int fd, std::function<void()> on_line) : fd_(fd), on_line_(std::move(on_line)) {
  thread_ = std::thread([this] { run(); });
}

LineReader::~LineReader() {
  stop_ = true;
  thread_.join();
}

void LineReader::add_line(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.front() == '#') return;
  std::lock_guard<std::mutex> lock(mutex_);
  lines_.emplace_back(t);
}

// Polls with a short timeout rather than blocking in read(), so the destructor can end
// the thread while the producer is silent (a stop request mid-stream).
void LineReader::run() {
  std::string partial;
  bool skipping = false;  // inside a line longer than kMaxLine
  char buf[65536];
  std::string failure;
  while (!stop_) {
    pollfd p{fd_, POLLIN, 0};
    int ready = ::poll(&p, 1, 100);
    if (ready < 0 && errno != EINTR) {
      failure = std::strerror(errno);
      break;
    }
    if (ready <= 0) continue;
    ssize_t n = ::read(fd_, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      failure = std::strerror(errno);
      break;
    }
    if (n == 0) break;
    partial.append(buf, static_cast<std::size_t>(n));
    std::size_t start = 0, end;
    bool any = false;
    while ((end = partial.find('\n', start)) != std::string::npos) {
      if (skipping) skipping = false;  // the end of an over-long line, already reported
      else if (end - start > kMaxLine) add_line(overlong(std::string_view(partial).substr(start, end - start)));
      else add_line(std::string_view(partial).substr(start, end - start));
      start = end + 1;
      any = true;
    }
    partial.erase(0, start);
    // No newline in a megabyte: not a URL. It is reported once (it fails as a bad URL) and
    // the rest of that line is skipped, so memory stays bounded and nothing hidden further
    // along the line is fetched.
    if (partial.size() > kMaxLine) {
      if (!skipping) add_line(overlong(partial));
      skipping = true;
      partial.clear();
      any = true;
    }
    if (any) {
      ready_.notify_all();
      if (on_line_) on_line_();
    }
  }
  if (!stop_ && !skipping) add_line(partial);  // a last line without its newline
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ended_ = true;
    error_ = failure;
  }
  ready_.notify_all();
  if (on_line_) on_line_();
}

std::vector<std::string> LineReader::take() {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> out;
  out.swap(lines_);
  return out;
}

void LineReader::wait(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mutex_);
  ready_.wait_for(lock, timeout, [this] { return ended_ || !lines_.empty(); });
}

bool LineReader::done() {
  std::lock_guard<std::mutex> lock(mutex_);
  return ended_ && lines_.empty();
}

std::string LineReader::error() {
  std::lock_guard<std::mutex> lock(mutex_);
  return error_;
}

}  // namespace newsarchive::cli

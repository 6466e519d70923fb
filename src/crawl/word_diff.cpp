#include "crawl/word_diff.hpp"

#include <cstdint>
#include <vector>

#include "core/text.hpp"

namespace newsarchive {
namespace {

enum class Op { equal, removed, added };

struct Edit {
  Op op;
  std::size_t index;  // into `a` for equal/removed, into `b` for added
};

// Longest-common-subsequence alignment of a and b (common prefix and suffix taken
// off first). Falls back to "all removed, then all added" when the table would be
// larger than max_cells.
std::vector<Edit> align(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                        std::size_t max_cells) {
  std::vector<Edit> out;
  std::size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  std::size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  for (std::size_t i = 0; i < pre; ++i) out.push_back({Op::equal, i});
  const std::size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= max_cells) {
    // lcs[i][j]: LCS length of a[pre+i..] and b[pre+j..].
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        at(i, j) = a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n && j < m) {
      if (a[pre + i] == b[pre + j]) {
        out.push_back({Op::equal, pre + i});
        ++i, ++j;
      } else if (at(i + 1, j) >= at(i, j + 1)) {
        out.push_back({Op::removed, pre + i++});
      } else {
        out.push_back({Op::added, pre + j++});
      }
    }
    for (; i < n; ++i) out.push_back({Op::removed, pre + i});
    for (; j < m; ++j) out.push_back({Op::added, pre + j});
  } else {
    for (std::size_t i = 0; i < n; ++i) out.push_back({Op::removed, pre + i});
    for (std::size_t j = 0; j < m; ++j) out.push_back({Op::added, pre + j});
  }
  for (std::size_t k = 0; k < suf; ++k) out.push_back({Op::equal, a.size() - suf + k});
  return out;
}

std::vector<std::string_view> paragraphs(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view p = trim(text.substr(start, end - start));
    if (!p.empty()) out.push_back(p);
    start = end + 2;
  }
  return out;
}

// A paragraph break between the words of a changed stretch: aligned like a word, so
// the paragraphs of `after` stay apart in the diff. (No word holds whitespace.)
constexpr std::string_view kBreak = "\n\n";

std::vector<std::string_view> words(const std::vector<std::string_view>& paras) {
  std::vector<std::string_view> out;
  for (std::string_view p : paras) {
    if (!out.empty()) out.push_back(kBreak);
    std::size_t i = 0;
    while (i < p.size()) {
      while (i < p.size() && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t' || p[i] == '\r')) ++i;
      std::size_t start = i;
      while (i < p.size() && p[i] != ' ' && p[i] != '\n' && p[i] != '\t' && p[i] != '\r') ++i;
      if (i > start) out.push_back(p.substr(start, i - start));
    }
  }
  return out;
}

// Word-level diff of a changed stretch, with runs of removed or added words grouped and
// `after`'s paragraph breaks kept (a break only `before` had is dropped: paragraphs joined).
std::string diff_words(const std::vector<std::string_view>& removed, const std::vector<std::string_view>& added,
                       std::size_t max_cells) {
  std::vector<std::string_view> a = words(removed), b = words(added);
  std::string out;
  Op open = Op::equal;
  auto close_run = [&] {
    if (open == Op::removed) out += "-]";
    if (open == Op::added) out += "+}";
    open = Op::equal;
  };
  bool line_start = true;
  for (const Edit& e : align(a, b, max_cells)) {
    std::string_view w = e.op == Op::added ? b[e.index] : a[e.index];
    if (w == kBreak) {
      if (e.op == Op::removed) continue;
      close_run();
      out += kBreak;
      line_start = true;
      continue;
    }
    if (e.op != open) {
      close_run();
      if (!line_start) out += ' ';
      if (e.op == Op::removed) out += "[-";
      if (e.op == Op::added) out += "{+";
      open = e.op;
    } else if (!line_start) {
      out += ' ';
    }
    out += w;
    line_start = false;
  }
  close_run();
  return out;
}

}  // namespace

std::string word_diff(std::string_view before, std::string_view after, const DiffLimits& limits) {
  std::vector<std::string_view> a = paragraphs(before), b = paragraphs(after);
  std::vector<std::string> blocks;
  std::vector<std::string_view> removed, added;
  auto flush = [&] {
    if (removed.empty() && added.empty()) return;
    blocks.push_back(diff_words(removed, added, limits.max_cells));
    removed.clear();
    added.clear();
  };
  for (const Edit& e : align(a, b, limits.max_cells)) {
    if (e.op == Op::equal) {
      flush();
      blocks.emplace_back(a[e.index]);
    } else if (e.op == Op::removed) {
      removed.push_back(a[e.index]);
    } else {
      added.push_back(b[e.index]);
    }
  }
  flush();
  return join(blocks, "\n\n");
}

}  // namespace newsarchive

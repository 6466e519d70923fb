#include "crawl/word_diff.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/text.hpp"

namespace newsarchive {
namespace {

enum class Op { equal, removed, added };

struct Edit {
  Op op;
  std::size_t index;  // into `a` for equal/removed, into `b` for added
};

// What one word_diff() may still spend on Myers' search, and whether it ran out.
struct Budget {
  std::uint64_t steps;
  bool coarse = false;
};

// Aligns two sequences of words or paragraphs with the fewest edits. A stretch that
// fits `max_cells` gets an LCS table (ties broken towards removing first); a larger
// one gets Myers' divide-and-conquer search for the middle snake, in linear space,
// within the budget's steps.
class Aligner {
 public:
  Aligner(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, std::size_t max_cells,
          Budget& budget)
      : max_cells_(max_cells), budget_(budget) {
    // Items as numbers, equal items equal numbers: compared in one instruction.
    std::unordered_map<std::string_view, std::uint32_t> ids;
    auto id = [&ids](std::string_view item) {
      return ids.try_emplace(item, static_cast<std::uint32_t>(ids.size())).first->second;
    };
    a_.reserve(a.size());
    b_.reserve(b.size());
    for (std::string_view item : a) a_.push_back(id(item));
    for (std::string_view item : b) b_.push_back(id(item));
  }

  std::vector<Edit> run() {
    std::size_t pre = 0;
    while (pre < a_.size() && pre < b_.size() && a_[pre] == b_[pre]) ++pre;
    std::size_t suf = 0;
    while (suf < a_.size() - pre && suf < b_.size() - pre && a_[a_.size() - 1 - suf] == b_[b_.size() - 1 - suf]) ++suf;
    for (std::size_t i = 0; i < pre; ++i) out_.push_back({Op::equal, i});
    const std::size_t n = a_.size() - pre - suf, m = b_.size() - pre - suf;
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= max_cells_)
      table(pre, n, m);
    else
      stretch(pre, pre + n, pre, pre + m);
    for (std::size_t k = 0; k < suf; ++k) out_.push_back({Op::equal, a_.size() - suf + k});
    // Between two equal items, the removed ones first, as the table puts them.
    for (auto run = out_.begin(); run != out_.end();) {
      auto end = std::find_if(run, out_.end(), [](const Edit& e) { return e.op == Op::equal; });
      std::stable_partition(run, end, [](const Edit& e) { return e.op == Op::removed; });
      run = end == out_.end() ? end : end + 1;
    }
    return std::move(out_);
  }

 private:
  // a[from, from + n) against b[from, from + m), both starting where they differ.
  void table(std::size_t from, std::size_t n, std::size_t m) {
    // lcs[i][j]: LCS length of a[from+i..] and b[from+j..].
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        at(i, j) = a_[from + i] == b_[from + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n && j < m) {
      if (a_[from + i] == b_[from + j]) {
        out_.push_back({Op::equal, from + i});
        ++i, ++j;
      } else if (at(i + 1, j) >= at(i, j + 1)) {
        out_.push_back({Op::removed, from + i++});
      } else {
        out_.push_back({Op::added, from + j++});
      }
    }
    for (; i < n; ++i) out_.push_back({Op::removed, from + i});
    for (; j < m; ++j) out_.push_back({Op::added, from + j});
  }

  // a[a0, a1) against b[b0, b1): the common ends, then the middle snake and the two
  // stretches either side of it, each with about half the edits.
  void stretch(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
    for (; a0 < a1 && b0 < b1 && a_[a0] == b_[b0]; ++a0, ++b0) out_.push_back({Op::equal, a0});
    std::size_t suf = 0;
    while (a0 < a1 - suf && b0 < b1 - suf && a_[a1 - 1 - suf] == b_[b1 - 1 - suf]) ++suf;
    a1 -= suf, b1 -= suf;
    Snake s{};
    if (a0 < a1 && b0 < b1 && !middle_snake(a0, a1, b0, b1, s)) {
      budget_.coarse = true;
      s = {a1, b0, a1, b0};  // all removed, then all added
    }
    if (a0 == a1 || b0 == b1) {
      for (std::size_t i = a0; i < a1; ++i) out_.push_back({Op::removed, i});
      for (std::size_t j = b0; j < b1; ++j) out_.push_back({Op::added, j});
    } else {
      stretch(a0, s.x0, b0, s.y0);
      for (std::size_t i = s.x0; i < s.x1; ++i) out_.push_back({Op::equal, i});
      stretch(s.x1, a1, s.y1, b1);
    }
    for (std::size_t k = 0; k < suf; ++k) out_.push_back({Op::equal, a1 + k});
  }

  struct Snake {
    std::size_t x0, y0, x1, y1;  // a[x0, x1) equals b[y0, y1)
  };

  bool spend(std::uint64_t steps) {
    if (budget_.steps < steps) return false;
    budget_.steps -= steps;
    return true;
  }

  // The middle snake of a shortest edit script of a[a0, a1) and b[b0, b1), which differ
  // at both ends (Myers 1986, section 4b): furthest-reaching paths from both corners,
  // d edits at a time, until they overlap. False when the budget runs out first. Both
  // sides of the snake are then non-empty: each recursion has fewer edits.
  bool middle_snake(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1, Snake& out) {
    const std::uint32_t* a = a_.data() + a0;
    const std::uint32_t* b = b_.data() + b0;
    const long n = static_cast<long>(a1 - a0), m = static_cast<long>(b1 - b0), delta = n - m;
    const bool odd = (delta & 1) != 0;
    // The paths meet by d = max_d; the budget pays for d rounds while (d + 1)^2 < steps.
    const long max_d = std::min((n + m + 1) / 2, static_cast<long>(std::sqrt(static_cast<double>(budget_.steps))) + 1);
    const long off = max_d + 1;
    // forward[off + k]: furthest x on diagonal k = x - y from the start; backward[off + k]:
    // the same from the end, on the reversed sequences (forward diagonal delta - k).
    if (forward_.size() < static_cast<std::size_t>(2 * max_d + 3)) {
      forward_.resize(static_cast<std::size_t>(2 * max_d + 3));
      backward_.resize(static_cast<std::size_t>(2 * max_d + 3));
    }
    long* fw = forward_.data() + off;
    long* bw = backward_.data() + off;
    fw[1] = bw[1] = 0;
    for (long d = 0; d <= max_d; ++d) {
      if (!spend(2 * static_cast<std::uint64_t>(d) + 2)) return false;
      for (long k = -d; k <= d; k += 2) {
        long x = k == -d || (k != d && fw[k - 1] < fw[k + 1]) ? fw[k + 1] : fw[k - 1] + 1;
        long y = x - k;
        const long x0 = x, y0 = y;
        while (x < n && y < m && a[x] == b[y]) ++x, ++y;
        if (!spend(static_cast<std::uint64_t>(x - x0))) return false;
        fw[k] = x;
        const long rk = delta - k;
        if (odd && rk >= -(d - 1) && rk <= d - 1 && x + bw[rk] >= n) {
          out = {a0 + static_cast<std::size_t>(x0), b0 + static_cast<std::size_t>(y0),
                 a0 + static_cast<std::size_t>(x), b0 + static_cast<std::size_t>(y)};
          return true;
        }
      }
      for (long k = -d; k <= d; k += 2) {
        long x = k == -d || (k != d && bw[k - 1] < bw[k + 1]) ? bw[k + 1] : bw[k - 1] + 1;
        long y = x - k;
        const long x0 = x, y0 = y;
        while (x < n && y < m && a[n - 1 - x] == b[m - 1 - y]) ++x, ++y;
        if (!spend(static_cast<std::uint64_t>(x - x0))) return false;
        bw[k] = x;
        const long fk = delta - k;
        if (!odd && fk >= -d && fk <= d && x + fw[fk] >= n) {
          out = {a0 + static_cast<std::size_t>(n - x), b0 + static_cast<std::size_t>(m - y),
                 a0 + static_cast<std::size_t>(n - x0), b0 + static_cast<std::size_t>(m - y0)};
          return true;
        }
      }
    }
    return false;  // out of budget
  }

  std::size_t max_cells_;
  Budget& budget_;
  std::vector<std::uint32_t> a_, b_;
  std::vector<Edit> out_;
  std::vector<long> forward_, backward_;  // reused by every middle_snake()
};

std::vector<Edit> align(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                        std::size_t max_cells, Budget& budget) {
  return Aligner(a, b, max_cells, budget).run();
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
                       std::size_t max_cells, Budget& budget) {
  std::vector<std::string_view> a = words(removed), b = words(added);
  std::string out;
  Op open = Op::equal;
  auto close_run = [&] {
    if (open == Op::removed) out += "-]";
    if (open == Op::added) out += "+}";
    open = Op::equal;
  };
  bool line_start = true;
  for (const Edit& e : align(a, b, max_cells, budget)) {
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

WordDiff word_diff(std::string_view before, std::string_view after, const DiffLimits& limits) {
  Budget budget{limits.max_steps};
  std::vector<std::string_view> a = paragraphs(before), b = paragraphs(after);
  std::vector<std::string> blocks;
  std::vector<std::string_view> removed, added;
  auto flush = [&] {
    if (removed.empty() && added.empty()) return;
    blocks.push_back(diff_words(removed, added, limits.max_cells, budget));
    removed.clear();
    added.clear();
  };
  for (const Edit& e : align(a, b, limits.max_cells, budget)) {
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
  return {join(blocks, "\n\n"), budget.coarse};
}

}  // namespace newsarchive

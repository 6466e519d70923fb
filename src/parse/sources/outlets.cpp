// The outlet directory: TSV parsing, the built-in copy and hash-map lookups.
#include "newsarchive/outlets.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "parse/sources/detail.hpp"

namespace newsarchive {

// Generated at build time from data/outlets.tsv (see CMakeLists.txt).
extern const char* const kBuiltinOutletChunks[];
extern const std::size_t kBuiltinOutletChunkCount;

namespace {

constexpr bool is_dropped_punct(char32_t cp) {
  switch (cp) {
    case '.': case ',': case '\'': case '`': case '!': case '?': case '"': case '(': case ')':
    case '*': case ':': case ';': case '[': case ']': case '{': case '}': case '|':
    case 0x2018: case 0x2019: case 0x201A: case 0x201C: case 0x201D: case 0x201E:
    case 0xAB: case 0xBB: case 0x2039: case 0x203A: case 0xB4: case 0x2032:
      return true;
    default:
      return false;
  }
}

constexpr bool is_space_punct(char32_t cp) {
  return cp == '-' || cp == '/' || cp == '_' || cp == '+' || cp == 0x2010 || cp == 0x2011 ||
         cp == 0x2013 || cp == 0x2014 || cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0;
}

// Keys of one name: the name itself and, for "RTL (France)", also "RTL".
std::vector<std::string> name_keys(const std::string& name) {
  std::vector<std::string> keys;
  std::string key = normalize_outlet_name(name);
  if (!key.empty()) keys.push_back(key);
  std::size_t open = name.find(" (");
  if (open != std::string::npos && name.back() == ')') {
    std::string bare = normalize_outlet_name(name.substr(0, open));
    if (!bare.empty() && bare != key) keys.push_back(bare);
  }
  return keys;
}

std::string clean_host(std::string_view host) {
  std::string h = to_lower_ascii(trim(host));
  while (!h.empty() && h.back() == '.') h.pop_back();
  if (h.rfind("www.", 0) == 0) h.erase(0, 4);
  return h;
}

bool valid_domain(std::string_view d) {
  if (d.empty() || d.find('.') == std::string_view::npos || d.front() == '.' || d.back() == '.') return false;
  for (char c : d) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

bool valid_kind(std::string_view k) {
  static const char* kinds[] = {"agency", "broadcaster", "newspaper", "magazine", "online", "partisan", "unknown"};
  if (k.empty()) return true;
  for (const char* x : kinds)
    if (k == x) return true;
  return false;
}

[[noreturn]] void fail(std::size_t line, const std::string& what) {
  throw std::runtime_error("outlets line " + std::to_string(line) + ": " + what);
}

std::vector<std::string> split_list(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view part : split(field, '|')) {
    std::string p = collapse_whitespace(part);
    if (!p.empty()) out.push_back(std::move(p));
  }
  return out;
}

// What normalize_outlet_name does with each ASCII byte; the matcher normalises every
// candidate span of words, and decoding each ASCII letter to a code point and encoding
// it back was a fifth of a crawl's instructions.
enum class AsciiRole : unsigned char { keep, drop, space, ampersand };

constexpr std::array<AsciiRole, 128> kAsciiRole = [] {
  std::array<AsciiRole, 128> t{};
  for (char32_t c = 0; c < 128; ++c)
    t[c] = c == '&'                              ? AsciiRole::ampersand
           : is_dropped_punct(c)                 ? AsciiRole::drop
           : is_space_punct(c) || c < 0x20       ? AsciiRole::space
                                                 : AsciiRole::keep;
  return t;
}();

}  // namespace

void OutletNameKey::append(std::string_view name) {
  std::size_t i = 0;
  while (i < name.size()) {
    const auto byte = static_cast<unsigned char>(name[i]);
    AsciiRole role = AsciiRole::keep;
    char32_t cp = byte;
    if (byte < 0x80) {
      ++i;
      role = kAsciiRole[byte];
    } else {
      cp = next_codepoint(name, i);
      role = is_dropped_punct(cp) ? AsciiRole::drop : is_space_punct(cp) ? AsciiRole::space : AsciiRole::keep;
    }
    switch (role) {
      case AsciiRole::ampersand:
        if (!out_.empty()) out_.push_back(' ');
        out_ += "and";
        space_ = true;
        continue;
      case AsciiRole::drop:
        continue;
      case AsciiRole::space:
        space_ = !out_.empty();
        continue;
      case AsciiRole::keep:
        break;
    }
    if (space_) out_.push_back(' ');
    space_ = false;
    if (byte < 0x80)
      out_.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte));
    else
      append_utf8(out_, lower_letter(cp));
  }
}

std::string_view OutletNameKey::key(std::size_t size) const {
  std::string_view k(out_.data(), std::min(size, out_.size()));
  if (k.starts_with("the ")) k.remove_prefix(4);
  return k;
}

std::string normalize_outlet_name(std::string_view name) {
  OutletNameKey key;
  key.append(name);
  return std::string(key.key(key.size()));
}

namespace {

// An Arabic-script name with Persian's yeh (ی for ي, ى) and kaf (ک for ك).
std::string persian_spelling(const std::string& name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (i + 1 < name.size() && name[i] == '\xD9' && (name[i + 1] == '\x8A' || name[i + 1] == '\x89')) {
      out += "\xDB\x8C";
      ++i;
    } else if (i + 1 < name.size() && name[i] == '\xD9' && name[i + 1] == '\x83') {
      out += "\xDA\xA9";
      ++i;
    } else {
      out += name[i];
    }
  }
  return out;
}

}  // namespace

struct OutletDirectory::Impl {
  std::vector<Outlet> outlets;
  std::unordered_map<std::string, std::vector<std::size_t>> names;
  std::unordered_map<std::string, std::size_t> domains;
  std::size_t max_words = 1;
  std::vector<SpelledName> unspaced;
  std::vector<std::string_view> spellings;  // names and aliases as written, sorted

  void index() {
    names.clear();
    domains.clear();
    unspaced.clear();
    spellings.clear();
    max_words = 1;
    for (std::size_t i = 0; i < outlets.size(); ++i) {
      const Outlet& o = outlets[i];
      std::unordered_set<std::string> seen;
      auto add = [&](const std::string& n) {
        for (std::string& key : name_keys(n)) {
          if (!seen.insert(key).second) continue;
          std::size_t words = 1;
          for (char c : key) words += c == ' ';
          if (words > max_words) max_words = words;
          names[key].push_back(i);
        }
      };
      add(o.name);
      for (const std::string& a : o.aliases) add(a);
      spellings.push_back(o.name);
      spellings.insert(spellings.end(), o.aliases.begin(), o.aliases.end());
      for (const std::string& d : o.domains) domains.emplace(d, i);  // first row keeps a domain
      auto uncased = [](const std::string& n) {
        return parse::detail::holds_cjk(n) || parse::detail::holds_arabic(n) || parse::detail::holds_hebrew(n);
      };
      auto add_unspaced = [&](const std::string& n) {
        if (!uncased(n)) return;
        unspaced.push_back({n, &o});
        // Persian writes the Arabic names with its own yeh and kaf: "رویترز" for "رويترز".
        if (std::string fa = persian_spelling(n); fa != n) unspaced.push_back({std::move(fa), &o});
      };
      add_unspaced(o.name);
      for (const std::string& a : o.aliases) add_unspaced(a);
    }
    std::sort(spellings.begin(), spellings.end());
    std::stable_sort(unspaced.begin(), unspaced.end(),
                     [](const SpelledName& a, const SpelledName& b) { return a.text.size() > b.text.size(); });
  }
};

OutletDirectory::OutletDirectory() : impl_(std::make_unique<Impl>()) {}
OutletDirectory::~OutletDirectory() = default;
OutletDirectory::OutletDirectory(OutletDirectory&&) noexcept = default;
OutletDirectory& OutletDirectory::operator=(OutletDirectory&&) noexcept = default;

OutletDirectory OutletDirectory::from_tsv(std::string_view text) {
  OutletDirectory dir;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || line.front() == '#') continue;
    if (line_no == 1 && line.rfind("name\t", 0) == 0) continue;  // header
    std::vector<std::string_view> f = split(line, '\t');
    if (f.size() < 5) fail(line_no, "expected 5 tab-separated fields (name, aliases, domains, country, kind), got " +
                                        std::to_string(f.size()));
    Outlet o;
    o.name = collapse_whitespace(f[0]);
    if (o.name.empty() || normalize_outlet_name(o.name).empty()) fail(line_no, "empty name");
    o.aliases = split_list(f[1]);
    for (std::string& d : split_list(f[2])) {
      d = clean_host(d);
      if (!valid_domain(d)) fail(line_no, "bad domain '" + d + "'");
      o.domains.push_back(std::move(d));
    }
    if (o.domains.empty()) fail(line_no, "no domain for '" + o.name + "'");
    o.country = std::string(trim(f[3]));
    if (!o.country.empty() && (o.country.size() != 2 || !std::isupper(static_cast<unsigned char>(o.country[0])) ||
                               !std::isupper(static_cast<unsigned char>(o.country[1]))))
      fail(line_no, "country must be a two-letter ISO code, got '" + o.country + "'");
    o.kind = std::string(trim(f[4]));
    if (!valid_kind(o.kind)) fail(line_no, "unknown kind '" + o.kind + "'");
    dir.impl_->outlets.push_back(std::move(o));
  }
  dir.impl_->index();
  return dir;
}

OutletDirectory OutletDirectory::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read outlet file " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  OutletDirectory dir;
  try {
    dir = from_tsv(ss.str());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path + ": " + e.what());
  }
  // An empty file (a truncated download) would quietly drop every text source a
  // reparse finds: the built-in directory is the way to have a default.
  if (dir.size() == 0) throw std::runtime_error(path + ": holds no outlets");
  return dir;
}

OutletDirectory OutletDirectory::builtin() {
  std::string text;
  for (std::size_t i = 0; i < kBuiltinOutletChunkCount; ++i) text += kBuiltinOutletChunks[i];
  return from_tsv(text);
}

std::size_t OutletDirectory::size() const { return impl_->outlets.size(); }
const std::vector<Outlet>& OutletDirectory::outlets() const { return impl_->outlets; }
std::size_t OutletDirectory::max_key_words() const { return impl_->max_words; }
const std::vector<OutletDirectory::SpelledName>& OutletDirectory::unspaced_names() const { return impl_->unspaced; }

bool OutletDirectory::spells_word(std::string_view word) const {
  for (auto it = std::lower_bound(impl_->spellings.begin(), impl_->spellings.end(), word);
       it != impl_->spellings.end() && it->starts_with(word); ++it) {
    // The word ends where the spelling does or before a space or mark ("dpa", "heise online");
    // "in" does not open "inews".
    if (it->size() == word.size()) return true;
    const unsigned char next = static_cast<unsigned char>((*it)[word.size()]);
    if (next < 0x80 && !std::isalnum(next)) return true;
  }
  return false;
}

const Outlet* OutletDirectory::by_host(std::string_view host_in) const {
  std::string host = clean_host(host_in);
  std::string_view h = host;
  while (h.find('.') != std::string_view::npos) {
    auto it = impl_->domains.find(std::string(h));
    if (it != impl_->domains.end()) return &impl_->outlets[it->second];
    h.remove_prefix(h.find('.') + 1);
  }
  return nullptr;
}

std::vector<const Outlet*> OutletDirectory::by_key(const std::string& key) const {
  std::vector<const Outlet*> out;
  auto it = impl_->names.find(key);
  if (it == impl_->names.end()) return out;
  for (std::size_t i : it->second) out.push_back(&impl_->outlets[i]);
  return out;
}

std::vector<const Outlet*> OutletDirectory::by_name(std::string_view name) const {
  return by_key(normalize_outlet_name(name));
}

}  // namespace newsarchive

#pragma once
// The outlet directory behind cited sources: canonical names, aliases, domains.
// Loaded once at start (built-in copy of data/outlets.tsv, or the user's file) and
// passed to extraction by pointer; immutable after loading, so shared across threads.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

struct Outlet {
  std::string name;                  // canonical name, e.g. "The New York Times"
  std::vector<std::string> aliases;  // "New York Times", "NYT", ...
  std::vector<std::string> domains;  // registrable domains or platform hosts
  std::string country;               // ISO 3166-1 alpha-2, may be empty
  std::string kind;                  // agency, broadcaster, newspaper, magazine, online, partisan
};

// The lookup key of an outlet name: lower case (ASCII and Latin letters), "&" read as
// "and", punctuation dropped, hyphens and slashes as spaces, a leading "the" removed.
// "The U.K. Mirror" -> "uk mirror", "N-TV" -> "n tv", "U.S. News & World Report" ->
// "us news and world report".
std::string normalize_outlet_name(std::string_view name);

// normalize_outlet_name one piece at a time: after any number of append() calls,
// key(size()) is the key of all the text appended so far, and key(n) for an earlier
// size() n the key of the text appended up to then. The text matcher reads the keys
// of "Reuters", "Reuters news", "Reuters news agency" ... from one pass over the words.
class OutletNameKey {
 public:
  void append(std::string_view text);
  std::size_t size() const { return out_.size(); }
  std::string_view key(std::size_t size) const;
  void clear() {
    out_.clear();
    space_ = false;
  }

 private:
  std::string out_;
  bool space_ = false;  // a separator is due before the next kept character
};

class OutletDirectory {
 public:
  OutletDirectory();
  ~OutletDirectory();
  OutletDirectory(OutletDirectory&&) noexcept;
  OutletDirectory& operator=(OutletDirectory&&) noexcept;

  // Parses the TSV format of data/outlets.tsv. Throws std::runtime_error naming the
  // line on malformed input.
  static OutletDirectory from_tsv(std::string_view text);
  // Reads and parses a file. Throws std::runtime_error when unreadable or malformed.
  static OutletDirectory from_file(const std::string& path);
  // The directory compiled into the program.
  static OutletDirectory builtin();

  std::size_t size() const;
  const std::vector<Outlet>& outlets() const;
  // The outlet owning this host (exact host, then parent domains), or null.
  const Outlet* by_host(std::string_view host) const;
  // Outlets whose name or alias matches (case-, punctuation- and "the"-insensitive).
  std::vector<const Outlet*> by_name(std::string_view name) const;
  // Same, for a key already passed through normalize_outlet_name (the text matcher
  // normalises once per candidate).
  std::vector<const Outlet*> by_key(const std::string& key) const;
  // The longest name or alias key in words (bounds the text matcher's n-grams).
  std::size_t max_key_words() const;
  // Whether some name or alias, as written, opens with this word ("dpa", "heise" of "heise
  // online"): the text matcher skips a lower-case word that can start no name spelled exactly.
  bool spells_word(std::string_view word) const;
  // Names and aliases written in Chinese, Japanese or Korean ("新华社", "共同通信"), which
  // run words together and are looked for as written, longest first (directory order among
  // equals); built once with the index.
  struct SpelledName {
    std::string text;
    const Outlet* outlet;
  };
  const std::vector<SpelledName>& unspaced_names() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsarchive

#include "corpus.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "core/text.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace bench {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, '\t')) out.push_back(field);
  return out;
}

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string decode_entities(std::string_view s) {
  static const std::map<std::string, unsigned> named{
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
      {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026}, {"rsquo", 0x2019}, {"lsquo", 0x2018},
      {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"copy", 0xA9}};
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      std::size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) {
        std::string name(s.substr(i + 1, semi - i - 1));
        unsigned cp = 0;
        if (!name.empty() && name[0] == '#') {
          cp = static_cast<unsigned>(name.size() > 1 && (name[1] == 'x' || name[1] == 'X')
                                         ? std::strtoul(name.c_str() + 2, nullptr, 16)
                                         : std::strtoul(name.c_str() + 1, nullptr, 10));
        } else if (auto it = named.find(name); it != named.end()) {
          cp = it->second;
        }
        if (cp) {
          newsarchive::append_utf8(out, cp == 0xA0 ? U' ' : static_cast<char32_t>(cp));
          i = semi;
          continue;
        }
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

bool is_block_tag(std::string_view name) {
  static const char* blocks[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                 "blockquote", "pre", "table", "tr", "td", "th", "br", "section",
                                 "article", "figure", "figcaption", "dd", "dt", "dl", "header",
                                 "footer", "hr", "aside", "main", "nav", "form"};
  for (const char* b : blocks)
    if (name == b) return true;
  return false;
}

}  // namespace

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string gunzip(std::string_view data) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) throw std::runtime_error("inflateInit2 failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buf[1 << 16];
  int rc;
  do {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&zs);
      throw std::runtime_error("gunzip failed");
    }
    out.append(buf, sizeof buf - zs.avail_out);
  } while (rc != Z_STREAM_END);
  inflateEnd(&zs);
  return out;
}

std::vector<std::string> html_paragraphs(std::string_view html) {
  std::vector<std::string> paras;
  std::string cur;
  auto flush = [&] {
    std::string t = collapse(decode_entities(cur));
    if (!t.empty()) paras.push_back(t);
    cur.clear();
  };
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (html[i] != '<') {
      cur.push_back(html[i]);
      continue;
    }
    std::size_t end = html.find('>', i);
    if (end == std::string_view::npos) break;
    std::string_view tag = html.substr(i + 1, end - i - 1);
    if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
    std::size_t n = 0;
    while (n < tag.size() && std::isalnum(static_cast<unsigned char>(tag[n]))) ++n;
    std::string name(tag.substr(0, n));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (is_block_tag(name)) flush();
    else cur.push_back(' ');
    i = end;
  }
  flush();
  return paras;
}

std::string default_corpus_dir() {
  if (const char* env = std::getenv("NEWSARCHIVE_CORPUS"); env && *env) return env;
  for (fs::path p : {fs::path(NEWSARCHIVE_SOURCE_DIR) / ".." / "shared" / "corpus",
                     fs::current_path() / ".." / "shared" / "corpus"}) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) return fs::canonical(p).string();
  }
  return {};
}

std::vector<CorpusPage> load_readability(const std::string& corpus_dir) {
  std::vector<CorpusPage> pages;
  fs::path root = fs::path(corpus_dir) / "readability";
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory()) dirs.push_back(entry.path());
  std::sort(dirs.begin(), dirs.end());
  for (const auto& dir : dirs) {
    CorpusPage page;
    page.corpus = "readability";
    page.id = "readability/" + dir.filename().string();
    page.url = "http://fakehost/test/page.html";
    page.html = read_file((dir / "source.html").string());
    json meta = json::parse(read_file((dir / "expected-metadata.json").string()));
    auto str = [&](const char* key) -> std::optional<std::string> {
      if (meta.contains(key) && meta[key].is_string()) return meta[key].get<std::string>();
      return std::nullopt;
    };
    page.title = str("title");
    page.byline = str("byline");
    page.published = str("publishedTime");
    page.language = str("lang");
    page.readerable = meta.value("readerable", true);
    page.paragraphs = html_paragraphs(read_file((dir / "expected.html").string()));
    for (std::size_t i = 0; i < page.paragraphs.size(); ++i)
      page.body += (i ? "\n\n" : "") + page.paragraphs[i];
    pages.push_back(std::move(page));
  }
  return pages;
}

std::vector<CorpusPage> load_fundus(const std::string& corpus_dir) {
  std::vector<CorpusPage> pages;
  fs::path root = fs::path(corpus_dir) / "fundus";
  std::ifstream index((root / "INDEX.tsv").string());
  if (!index) throw std::runtime_error("cannot read " + (root / "INDEX.tsv").string());
  std::string line;
  std::getline(index, line);
  std::vector<std::string> header = split_tabs(line);
  auto col = [&](const char* name) {
    auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) throw std::runtime_error(std::string("INDEX.tsv lacks ") + name);
    return static_cast<std::size_t>(it - header.begin());
  };
  const std::size_t c_country = col("country"), c_publisher = col("publisher"), c_file = col("html_file"),
                    c_key = col("json_version_key"), c_url = col("url");
  std::map<std::string, json> expected_cache;
  while (std::getline(index, line)) {
    if (line.empty()) continue;
    std::vector<std::string> f = split_tabs(line);
    CorpusPage page;
    page.corpus = "fundus";
    page.id = "fundus/" + f[c_file];
    page.url = f[c_url];
    page.html = gunzip(read_file((root / f[c_file]).string()));
    std::string json_path = (root / f[c_country] / (f[c_publisher] + ".json")).string();
    auto it = expected_cache.find(json_path);
    if (it == expected_cache.end()) it = expected_cache.emplace(json_path, json::parse(read_file(json_path))).first;
    const json& e = it->second.at(f[c_key]);
    if (e.contains("title") && e["title"].is_string()) page.title = e["title"].get<std::string>();
    if (e.contains("authors") && e["authors"].is_array()) {
      page.authors_known = true;
      for (const auto& a : e["authors"]) page.authors.push_back(a.get<std::string>());
    }
    if (e.contains("publishing_date") && e["publishing_date"].is_string())
      page.published = e["publishing_date"].get<std::string>();
    if (e.contains("body") && e["body"].is_object()) {
      const json& body = e["body"];
      if (body.contains("summary"))
        for (const auto& p : body["summary"]) page.paragraphs.push_back(p.get<std::string>());
      if (body.contains("sections"))
        for (const auto& s : body["sections"]) {
          if (s.contains("headline"))
            for (const auto& h : s["headline"]) page.paragraphs.push_back(h.get<std::string>());
          if (s.contains("paragraphs"))
            for (const auto& p : s["paragraphs"]) page.paragraphs.push_back(p.get<std::string>());
        }
    }
    for (std::size_t i = 0; i < page.paragraphs.size(); ++i)
      page.body += (i ? "\n\n" : "") + page.paragraphs[i];
    pages.push_back(std::move(page));
  }
  return pages;
}

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// True for a <link rel=canonical> or <meta property|name=og:url> tag (given lower-cased).
bool is_identity_tag(const std::string& tag) {
  if (tag.rfind("<link", 0) == 0) return tag.find("canonical") != std::string::npos;
  if (tag.rfind("<meta", 0) == 0) return tag.find("og:url") != std::string::npos;
  return false;
}

}  // namespace

std::string rewrite_identity(const std::string& html, const std::string& url) {
  const std::string mine = "<link rel=\"canonical\" href=\"" + url + "\"><meta property=\"og:url\" content=\"" +
                           url + "\">";
  std::string out;
  out.reserve(html.size() + mine.size());
  bool placed = false;
  std::size_t i = 0;
  while (i < html.size()) {
    std::size_t lt = html.find('<', i);
    if (lt == std::string::npos) break;
    out.append(html, i, lt - i);
    std::size_t gt = html.find('>', lt);
    if (gt == std::string::npos) {
      i = lt;
      break;
    }
    std::string tag = lower_ascii(std::string_view(html).substr(lt, std::min<std::size_t>(gt + 1 - lt, 2048)));
    if (is_identity_tag(tag)) {
      if (!placed) out += mine;
      placed = true;
    } else {
      out.append(html, lt, gt + 1 - lt);
      if (!placed && (tag == "<head>" || tag.rfind("<head ", 0) == 0)) {
        out += mine;
        placed = true;
      }
    }
    i = gt + 1;
  }
  out.append(html, i, std::string::npos);
  if (!placed) out = mine + out;
  return out;
}

}  // namespace bench

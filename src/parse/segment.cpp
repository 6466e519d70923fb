// The cut of a page into text blocks, past the furniture furniture.cpp names.
#include "parse/segment.hpp"

#include <cctype>
#include <algorithm>
#include <string>
#include <unordered_map>

#include "core/text.hpp"
#include "newsarchive/url.hpp"
#include "parse/body.hpp"
#include "parse/html.hpp"

namespace newsarchive::parse {
namespace {

// A block element the page restyles as inline (`style="display:inline-block"`, a badge
// or an icon a browser extension put into a sentence) does not break the line it sits in.
bool inline_styled(const GumboNode* n) {
  std::string_view style = attr(n, "style");
  std::size_t at = style.size() < 14 ? std::string_view::npos : style.find("display");
  if (at == std::string_view::npos) return false;
  at += 7;
  while (at < style.size() && (style[at] == ' ' || style[at] == ':')) ++at;
  for (std::string_view vendor : {"-webkit-", "-moz-", "-ms-"})
    if (style.compare(at, vendor.size(), vendor) == 0) at += vendor.size();
  return style.compare(at, 6, "inline") == 0 || style.compare(at, 6, "INLINE") == 0;
}

bool breaks_line(const GumboNode* n) { return is_block_tag(tag_of(n)) && !inline_styled(n); }

// Whether any text (not just whitespace, which gumbo types apart) lies under n.
bool holds_text(const GumboNode* n) {
  bool found = false;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty() && !found) {
    const GumboNode* c = stack.back();
    stack.pop_back();
    found = c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA;
    if (c->type != GUMBO_NODE_ELEMENT) continue;
    const GumboVector* kids = children_of(c);
    for (unsigned i = 0; i < kids->length; ++i) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
  }
  return found;
}


// Appends text, collapsing whitespace (ASCII and NBSP) as it goes and dropping control
// codes (ESC, BEL, C1: never text, and they would drive a reader's terminal).
void append_collapsed(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && c == 0xC2 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      if (next == 0xA0) {
        space = true;
        ++i;
      } else if (next <= 0x9F) {
        ++i;
        continue;
      }
    }
    if (!space && (c < 0x20 || c == 0x7F)) continue;
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
}

// Appends code or verse as set: line breaks and indentation kept, carriage returns and
// control codes dropped.
void append_preformatted(std::string& out, std::string_view text) {
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    // No blank line: in the body it would read as a break between blocks.
    if (c == '\n' && (out.empty() || out.back() == '\n')) continue;
    if (c == '\n' || c == '\t' || (u >= 0x20 && u != 0x7F)) out.push_back(c);
  }
}

std::size_t count_chars(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

// Letters and digits (any code point outside ASCII counts as a letter).
std::size_t count_alnum(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to && i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 0xC0) || (c < 0x80 && std::isalnum(c))) ++n;
  }
  return n;
}


}  // namespace

// A table row of data: two or more cells, each short text with no block inside (a layout
// table's cell holds paragraphs or divs).
bool data_row(const GumboNode* tr) {
  if (tag_of(tr) != GUMBO_TAG_TR) return false;
  const GumboVector* cells = children_of(tr);
  int count = 0;
  for (unsigned i = 0; i < cells->length; ++i) {
    const auto* c = static_cast<const GumboNode*>(cells->data[i]);
    if (tag_of(c) != GUMBO_TAG_TD && tag_of(c) != GUMBO_TAG_TH) continue;
    ++count;
    if (text_exceeds(c, 200)) return false;
    bool block = false;
    for_each_element(c, [&](const GumboNode* e) {
      block = block || (e != c && breaks_line(e));
      return !block;
    });
    if (block) return false;
  }
  return count >= 2;
}



std::vector<RawBlock> segment(const GumboNode* root, std::string_view base_url, Strictness strictness) {
  std::vector<RawBlock> out;
  struct Frame {
    const GumboNode* node;
    bool leave;
  };
  std::vector<Frame> stack{{root, false}};
  std::vector<const GumboNode*> owners{root};
  std::vector<std::size_t> owner_blocks{0};  // blocks emitted per open owner
  int quote_depth = 0;
  int heading_depth = 0;  // open headings: block elements inside one part no lines
  auto is_heading = [](GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; };
  // A kicker and a title in <div>s inside an <h1> are one heading, read with a space between.
  auto breaks = [&](const GumboNode* n) {
    return breaks_line(n) && (heading_depth == 0 || is_heading(tag_of(n)));
  };
  int pre_depth = 0;
  const GumboNode* row_seen = nullptr;  // the last table row judged by data_row()
  bool row_is_data = false;
  std::string buf;
  std::vector<BlockLink> links;
  const GumboNode* open_link = nullptr;
  std::string open_href;
  bool open_dead = false;  // a script's link (href="#"): no address, still a link to click
  std::vector<std::pair<std::size_t, std::size_t>> dead_links;  // their ranges in buf
  std::size_t link_begin = 0;
  int pending_br = 0;
  int time_depth = 0;         // open <time> elements
  std::size_t time_begin = 0;  // where the open <time>'s text starts in buf
  std::size_t time_alnum = 0;  // letters and digits of buf inside <time> elements

  auto close_link_part = [&](std::size_t end) {
    std::size_t b = link_begin;
    while (b < end && b < buf.size() && buf[b] == ' ') ++b;
    while (end > b && buf[end - 1] == ' ') --end;
    if (end > b && open_dead) dead_links.emplace_back(b, end);
    if (end > b && !open_href.empty()) {
      BlockLink l;
      l.url = open_href;
      l.text = buf.substr(b, end - b);
      l.begin = b;
      l.end = end;
      links.push_back(std::move(l));
    }
  };
  auto flush = [&] {
    pending_br = 0;
    if (open_link) close_link_part(buf.size());
    if (time_depth > 0) time_alnum += count_alnum(buf, time_begin, buf.size());
    while (!buf.empty() && (buf.back() == ' ' || buf.back() == '\n' || buf.back() == '\t')) buf.pop_back();
    if (!buf.empty()) {
      RawBlock rb;
      rb.owner = owners.back();
      GumboTag ot = tag_of(rb.owner);
      using K = Block::Kind;
      K kind = K::paragraph;
      if (ot >= GUMBO_TAG_H1 && ot <= GUMBO_TAG_H6) kind = K::heading;
      else if (ot == GUMBO_TAG_LI || ot == GUMBO_TAG_DD || ot == GUMBO_TAG_DT) kind = K::list_item;
      else if (pre_depth > 0) kind = K::preformatted;
      else if (quote_depth > 0) kind = K::quote;
      else if (ot != GUMBO_TAG_P)
        kind = ot == GUMBO_TAG_TD || ot == GUMBO_TAG_TH || ot == GUMBO_TAG_TR ? K::other : K::paragraph;
      rb.block.kind = kind;
      rb.block.text = std::move(buf);
      rb.block.links = std::move(links);
      rb.chars = utf8_length(rb.block.text);
      rb.only_time = time_alnum > 0 && time_alnum == count_alnum(rb.block.text, 0, rb.block.text.size());
      for (const auto& l : rb.block.links) rb.link_chars += count_chars(rb.block.text, l.begin, l.end);
      for (const auto& [b, e] : dead_links)
        if (e <= rb.block.text.size()) rb.link_chars += count_chars(rb.block.text, b, e);
      owner_blocks.back() += 1;
      out.push_back(std::move(rb));
    }
    buf.clear();
    links.clear();
    dead_links.clear();
    link_begin = 0;
    time_begin = 0;
    time_alnum = 0;
  };

  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    const GumboNode* n = f.node;
    if (f.leave) {
      GumboTag t = tag_of(n);
      if (t == GUMBO_TAG_A && open_link == n) {
        close_link_part(buf.size());
        open_link = nullptr;
        open_href.clear();
      }
      if (t == GUMBO_TAG_TIME && --time_depth == 0) time_alnum += count_alnum(buf, time_begin, buf.size());
      if (heading_depth > 0 && breaks_line(n) && !breaks(n)) append_collapsed(buf, " ");
      if (breaks(n)) {
        flush();
        if (is_heading(t)) --heading_depth;
        if (t == GUMBO_TAG_BLOCKQUOTE) --quote_depth;
        if (t == GUMBO_TAG_PRE) --pre_depth;
        std::size_t count = owner_blocks.back();
        owners.pop_back();
        owner_blocks.pop_back();
        if (count > 1)
          for (std::size_t i = out.size(); i-- > 0 && out.size() - i <= count;)
            if (out[i].owner == n) out[i].whole_owner = false;
        if (!owner_blocks.empty()) owner_blocks.back() += count ? 1 : 0;
      }
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      if (pending_br >= 2 && n->type == GUMBO_NODE_TEXT) flush();
      if (n->type == GUMBO_NODE_TEXT) pending_br = 0;
      // A block holds at most 4 MB of text: a page that is one endless line stays cheap.
      constexpr std::size_t kBlockCap = 1u << 22;
      if (buf.size() < kBlockCap) {
        std::string_view text(n->v.text.text);
        if (text.size() > kBlockCap - buf.size()) {
          std::size_t cut = kBlockCap - buf.size();
          while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
          text = text.substr(0, cut);
        }
        if (pre_depth > 0) append_preformatted(buf, text);
        else append_collapsed(buf, text);
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    GumboTag t = tag_of(n);
    if (n->type == GUMBO_NODE_ELEMENT && n != root && is_boilerplate(n, strictness)) {
      if (breaks_line(n) || skipped_tag(t)) {
        if (!buf.empty()) append_collapsed(buf, " ");
      }
      continue;
    }
    // An empty inline box (an icon, a rating badge) leaves the line whole, also where it
    // holds divs of its own.
    if (is_block_tag(t) && inline_styled(n) && !holds_text(n)) continue;
    if (t == GUMBO_TAG_BR) {
      ++pending_br;
      if (pre_depth > 0) buf.push_back('\n');
      else append_collapsed(buf, " ");
      continue;
    }
    if (t == GUMBO_TAG_HR) {
      flush();
      continue;
    }
    // A data table's row is one line, its cells apart ("23' | Goal | Ruiz"), not a
    // paragraph per cell; a layout table's cells stay blocks.
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
      if (n->parent != row_seen) {
        row_seen = n->parent;  // judged once a row
        row_is_data = data_row(n->parent);
      }
      if (row_is_data) {
        if (!buf.empty()) append_collapsed(buf, " | ");
        const GumboVector* kids = children_of(n);
        for (unsigned i = kids->length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids->data[i]), false});
        continue;
      }
    }
    if (heading_depth > 0 && breaks_line(n) && !breaks(n)) append_collapsed(buf, " ");
    if (breaks(n)) {
      flush();
      owners.push_back(n);
      owner_blocks.push_back(0);
      if (is_heading(t)) ++heading_depth;
      if (t == GUMBO_TAG_BLOCKQUOTE) ++quote_depth;
      if (t == GUMBO_TAG_PRE) ++pre_depth;
    } else if (t == GUMBO_TAG_A && !open_link) {
      std::string_view href = trim(attr(n, "href"));
      open_link = n;
      open_href.clear();
      open_dead = href == "#";
      if (!href.empty() && href[0] != '#' && !istarts_with(href, "javascript:")) {
        if (auto r = resolve_url(base_url, href)) open_href = *r;
      }
      link_begin = buf.size();
    } else if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
      append_collapsed(buf, " ");
    } else if (t == GUMBO_TAG_TIME && time_depth++ == 0) {
      time_begin = buf.size();
    }
    stack.push_back({n, true});
    const GumboVector* kids = children_of(n);
    for (unsigned i = kids->length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids->data[i]), false});
  }
  flush();
  return out;
}

namespace {
bool is_quote_start(std::string_view t) { return t.starts_with("\"") || t.starts_with("\xE2\x80\x9C") || t.starts_with("'"); }
}  // namespace

std::vector<std::size_t> repeated_labels(const std::vector<RawBlock>& blocks) {
  std::vector<std::size_t> out;
  std::unordered_map<std::string, std::vector<std::size_t>> at;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const RawBlock& rb = blocks[i];
    if (rb.block.kind != Block::Kind::paragraph || rb.chars < 4 || rb.chars > 30) continue;
    std::string t = collapse_whitespace(rb.block.text);
    // Words of a label, capitalised ("Article content"); not a sentence or a quote a story
    // repeats ("\"I would prefer not to.\""), nor a label of what follows ("Q:", "Update:"),
    // nor a word of a diagram ("started").
    std::string_view end = t;
    while (!end.empty() && std::string_view("\"')]\xE2\x80\x9D\xE2\x80\x99\xC2\xBB").find(end.back()) != std::string_view::npos)
      end.remove_suffix(1);
    if (end.empty() || std::string_view(".!?:;").find(end.back()) != std::string_view::npos ||
        !(t[0] >= 'A' && t[0] <= 'Z') || t.find(' ') == std::string::npos || is_quote_start(t))
      continue;
    at[lower_utf8(t)].push_back(i);
  }
  for (const auto& [text, where] : at)
    if (where.size() >= 2) out.insert(out.end(), where.begin(), where.end());
  return out;
}

}  // namespace newsarchive::parse

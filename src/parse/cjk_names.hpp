#pragma once
// The names of Chinese, Japanese and Korean bylines.
#include <string>
#include <string_view>
#include <vector>

#include "parse/metadata.hpp"

namespace newsarchive::parse {

// "김민수·이지은 기자", "기자명 김민수, 이지은 기자", "기자 김민수": the reporters a Korean byline
// names (two to four hangul each, parted by "·" or commas, with the title before or after);
// empty when the line is not that.
std::vector<std::string> korean_reporters(std::string_view t);
// "신현주 기자" -> "신현주", "记者 王小明" -> "王小明": a CJK byline's job title goes, with
// what a Korean byline prints after it ("다른기사 보기"); Korean reporters joined by "、".
std::string strip_cjk_title(std::string name);
// A line that is a Chinese byline's labelled parts only: "文／林怡君　攝影／陳冠宇", "记者：王伟".
bool labelled_cjk_byline(std::string_view t);
// strip_cjk_title, and a Taiwanese print byline's frame: "聯合報／ 記者林雅婷、陳志明／台北即時報導".
std::string strip_cjk_role(std::string name);
// "刘思远 周雨欣" -> "刘思远、周雨欣": on a Chinese page spaces between names of two to four
// ideographs part the writers.
std::string parted_han_names(const std::string& name);
// Written in Chinese: stated so, or a title in ideographs without kana or hangul.
bool chinese_page(const PageMeta& m);

}  // namespace newsarchive::parse

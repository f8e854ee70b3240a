// Splitting a line or phrase into its space-separated words (runs of spaces give no empty
// words), as views into it. Header-only; no dependencies.
#pragma once
#include <string_view>
#include <vector>

namespace atlas {

// The views point into `s`: keep it alive while they are used.
inline std::vector<std::string_view> SplitOnSpaces(std::string_view s) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < s.size();) {
    size_t space = s.find(' ', at);
    if (space == std::string_view::npos) space = s.size();
    if (space > at) words.emplace_back(s.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

}  // namespace atlas

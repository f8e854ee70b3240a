// Passage highlights and dates for display; see passage_marks.h.
#include "ui/passage_marks.h"

#include <algorithm>
#include <cctype>

namespace atlas::ui {
namespace {

// ASCII case-insensitive occurrences of each search word (FTS matched them; this only shows
// where, so plain comparison is enough and never marks a wrong place).
void AddWordMarks(const std::string& text, const std::string& words, std::vector<TextMark>& marks) {
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
  };
  const std::string haystack = lower(text);
  size_t start = 0;
  while (start < words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string::npos) end = words.size();
    const std::string word = lower(words.substr(start, end - start));
    start = end + 1;
    if (word.size() < 2) continue;
    for (size_t at = haystack.find(word); at != std::string::npos; at = haystack.find(word, at + word.size()))
      marks.push_back({int(at), int(at + word.size()), kMarkSearchMatch});
  }
}

}  // namespace

std::vector<TextMark> MarksFor(const store::PassageHit& p, const std::string& selected_place,
                               const std::string& search_words, const std::string& quote) {
  std::vector<TextMark> marks;
  if (!quote.empty())
    if (size_t at = p.text.find(quote); at != std::string::npos)
      marks.push_back({int(at), int(at + quote.size()), kMarkQuote});
  for (const auto& h : p.highlights)
    marks.push_back({h.begin, h.end, h.place_id == selected_place ? kMarkSelectedPlace : kMarkOtherMention});
  if (!search_words.empty()) AddWordMarks(p.text, search_words, marks);
  std::sort(marks.begin(), marks.end(), [](const TextMark& a, const TextMark& b) { return a.begin < b.begin; });
  return marks;
}

std::string DisplayDate(const store::PassageHit& p) {
  if (p.date.empty()) return "undated";
  return p.date_inferred ? "\u2248 " + p.date : p.date;
}

}  // namespace atlas::ui

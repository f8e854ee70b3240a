// Spelling comparisons between text and gazetteer; see name_spelling.h.
#include "text/name_spelling.h"

#include <algorithm>
#include <string>
#include <vector>

#include "text/text_normalizer.h"
#include "text/word_chars.h"

namespace atlas::text {
namespace {

// The letters' case pattern: true for each capital letter, in order.
std::vector<bool> Capitals(std::string_view text) {
  std::vector<bool> caps;
  for (size_t i = 0, next = 0; i < text.size(); i = next) {
    UChar32 c = CodePointAt(text, i, &next);
    if (c >= 0 && u_isalpha(c)) caps.push_back(u_isupper(c) || u_istitle(c));
  }
  return caps;
}

std::string LettersKey(std::string_view text) {
  std::string key;
  for (size_t i = 0, next = 0; i < text.size(); i = next) {
    UChar32 c = CodePointAt(text, i, &next);
    if (c == 0x130 || c == 0x131 || c == 'I') c = 'i';
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buf[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    key.append(buf, static_cast<size_t>(n));
  }
  return key;
}

template <typename Same>
bool AnyName(const GazetteerEntry& entry, Same same) {
  return std::any_of(entry.names.begin(), entry.names.end(), [&](const PlaceName& n) { return same(n.text); });
}

}  // namespace

bool AllCapitalLetters(std::string_view text) {
  int letters = 0;
  for (size_t i = 0, next = 0; i < text.size(); i = next) {
    UChar32 c = CodePointAt(text, i, &next);
    if (c < 0 || !u_isalpha(c)) continue;
    if (!u_isupper(c) && !u_istitle(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool CapitalsKept(std::string_view listed, std::string_view as_written) {
  const auto& norm = TextNormalizer::Instance();
  if (norm.FoldString(listed) != norm.FoldString(as_written)) return false;
  std::vector<bool> want = Capitals(listed), have = Capitals(as_written);
  if (want.size() != have.size()) return false;
  for (size_t i = 0; i < want.size(); ++i)
    if (want[i] && !have[i]) return false;
  return true;
}

bool SameLetters(std::string_view listed, std::string_view as_written) { return LettersKey(listed) == LettersKey(as_written); }

bool ListedAsWritten(const GazetteerEntry& entry, std::string_view as_written) {
  return AnyName(entry, [&](std::string_view n) { return n == as_written; });
}

bool ListedWithTheseCapitals(const GazetteerEntry& entry, std::string_view as_written) {
  return AnyName(entry, [&](std::string_view n) { return CapitalsKept(n, as_written); });
}

bool ListedWithTheseLetters(const GazetteerEntry& entry, std::string_view as_written) {
  std::string key = LettersKey(as_written);
  return AnyName(entry, [&](std::string_view n) { return LettersKey(n) == key; });
}

}  // namespace atlas::text

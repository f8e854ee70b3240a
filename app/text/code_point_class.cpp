// Code point properties above ASCII; see code_point_class.h.
#include "text/code_point_class.h"

namespace atlas::text {
namespace {

// U+0080..U+07FF: two-byte UTF-8 (Latin-1 and NBSP, Latin Extended, Cyrillic, Armenian, Arabic)
// is common enough in the corpus that ICU is asked about it once, at first use.
constexpr UChar32 kTwoByteEnd = 0x800;

template <typename Entry, typename Ask>
std::array<Entry, kTwoByteEnd> AskOnce(Ask ask) {
  std::array<Entry, kTwoByteEnd> table{};
  for (UChar32 c = 0x80; c < kTwoByteEnd; ++c) table[static_cast<size_t>(c)] = ask(c);
  return table;
}

CodePointClass AskClass(UChar32 c) { return CodePointClass(u_charType(c), u_isUWhiteSpace(c) != 0); }

UScriptCode AskScript(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status);
}

}  // namespace

CodePointClass ClassOfNonAscii(UChar32 c) {
  static const auto classes = AskOnce<CodePointClass>(AskClass);
  return c >= 0x80 && c < kTwoByteEnd ? classes[static_cast<size_t>(c)] : AskClass(c);
}

UScriptCode ScriptOfNonAscii(UChar32 c) {
  static const auto scripts = AskOnce<UScriptCode>(AskScript);
  return c >= 0x80 && c < kTwoByteEnd ? scripts[static_cast<size_t>(c)] : AskScript(c);
}

}  // namespace atlas::text

// CodePointClass: the ICU properties the segmenter and date parser ask of a code point (general
// category, white space, script), from tables below U+0800 and ICU calls above. Uses ICU; no
// GL, ImGui, SQL or GDAL.
#pragma once

// Segmenting asks "letter? upper case? digit? space? which script?" of every character of a
// document. Most characters of the corpus are ASCII, or two-byte UTF-8 (NBSP, Cyrillic,
// Armenian, Arabic), where a table answers without a call into ICU. The answers are ICU's:
// the ASCII table follows ICU's definitions (u_isalpha is general category L, u_isupper Lu,
// u_isdigit Nd, ...) and a test checks it against ICU; the two-byte table is filled by ICU.
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <cstdint>

namespace atlas::text {

// The answers are bits worked out once from the general category, so that each is one test.
class CodePointClass {
 public:
  constexpr CodePointClass() = default;
  constexpr CodePointClass(int8_t category, bool white_space)
      : bits_(static_cast<uint8_t>(((U_MASK(category) & U_GC_L_MASK) ? kLetter : 0) |
                                   (category == U_UPPERCASE_LETTER ? kUpper : 0) |
                                   (category == U_LOWERCASE_LETTER ? kLower : 0) |
                                   (category == U_TITLECASE_LETTER ? kTitle : 0) |
                                   (category == U_DECIMAL_DIGIT_NUMBER ? kDigit : 0) |
                                   ((U_MASK(category) & U_GC_M_MASK) ? kMark : 0) | (white_space ? kWhiteSpace : 0))) {}

  bool letter() const { return bits_ & kLetter; }             // u_isalpha (general category L)
  bool upper() const { return bits_ & kUpper; }               // u_isupper (Lu)
  bool lower() const { return bits_ & kLower; }               // u_islower (Ll)
  bool title() const { return bits_ & kTitle; }               // u_istitle (Lt)
  bool upper_or_title() const { return bits_ & (kUpper | kTitle); }
  bool cased() const { return bits_ & (kUpper | kTitle | kLower); }
  bool digit() const { return bits_ & kDigit; }               // u_isdigit (Nd)
  bool alnum() const { return bits_ & (kLetter | kDigit); }   // u_isalnum
  bool mark() const { return bits_ & kMark; }                 // Mn, Mc, Me
  bool white_space() const { return bits_ & kWhiteSpace; }    // u_isUWhiteSpace

 private:
  enum : uint8_t { kLetter = 1, kUpper = 2, kLower = 4, kTitle = 8, kDigit = 16, kMark = 32, kWhiteSpace = 64 };
  uint8_t bits_ = 0;
};

namespace code_point_class_detail {

// ICU's general category of an ASCII character.
constexpr int8_t AsciiCategory(char32_t c) {
  if (c < 0x20 || c == 0x7F) return U_CONTROL_CHAR;
  if (c == ' ') return U_SPACE_SEPARATOR;
  if (c >= '0' && c <= '9') return U_DECIMAL_DIGIT_NUMBER;
  if (c >= 'A' && c <= 'Z') return U_UPPERCASE_LETTER;
  if (c >= 'a' && c <= 'z') return U_LOWERCASE_LETTER;
  if (c == '$') return U_CURRENCY_SYMBOL;
  if (c == '+' || c == '<' || c == '=' || c == '>' || c == '|' || c == '~') return U_MATH_SYMBOL;
  if (c == '^' || c == '`') return U_MODIFIER_SYMBOL;
  if (c == '(' || c == '[' || c == '{') return U_START_PUNCTUATION;
  if (c == ')' || c == ']' || c == '}') return U_END_PUNCTUATION;
  if (c == '-') return U_DASH_PUNCTUATION;
  if (c == '_') return U_CONNECTOR_PUNCTUATION;
  return U_OTHER_PUNCTUATION;  // ! " # % & ' * , . / : ; ? @ backslash
}

constexpr CodePointClass AsciiClass(char32_t c) { return {AsciiCategory(c), (c >= 0x09 && c <= 0x0D) || c == ' '}; }

constexpr std::array<CodePointClass, 128> kAscii = [] {
  std::array<CodePointClass, 128> table{};
  for (char32_t c = 0; c < 128; ++c) table[c] = AsciiClass(c);
  return table;
}();

}  // namespace code_point_class_detail

// Above ASCII (and for ill-formed input, negative).
CodePointClass ClassOfNonAscii(UChar32 c);
UScriptCode ScriptOfNonAscii(UChar32 c);

inline CodePointClass ClassOf(UChar32 c) {
  if (c >= 0 && c < 0x80) [[likely]]
    return code_point_class_detail::kAscii[static_cast<size_t>(c)];
  return ClassOfNonAscii(c);
}

// uscript_getScript (ASCII letters are Latin, other ASCII characters Common).
inline UScriptCode ScriptOf(UChar32 c) {
  if (c >= 0 && c < 0x80) return ClassOf(c).letter() ? USCRIPT_LATIN : USCRIPT_COMMON;
  return ScriptOfNonAscii(c);
}

}  // namespace atlas::text

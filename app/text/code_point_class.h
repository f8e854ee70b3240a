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

struct CodePointClass {
  int8_t category = U_UNASSIGNED;  // u_charType
  bool white_space = false;        // u_isUWhiteSpace

  bool letter() const { return (U_MASK(category) & U_GC_L_MASK) != 0; }  // u_isalpha
  bool upper() const { return category == U_UPPERCASE_LETTER; }         // u_isupper
  bool lower() const { return category == U_LOWERCASE_LETTER; }         // u_islower
  bool title() const { return category == U_TITLECASE_LETTER; }         // u_istitle
  bool digit() const { return category == U_DECIMAL_DIGIT_NUMBER; }     // u_isdigit
  bool alnum() const { return letter() || digit(); }                   // u_isalnum
  bool mark() const { return (U_MASK(category) & U_GC_M_MASK) != 0; }    // Mn, Mc, Me
};

namespace code_point_class_detail {

constexpr CodePointClass AsciiClass(char32_t c) {
  CodePointClass k;
  k.white_space = (c >= 0x09 && c <= 0x0D) || c == ' ';
  if (c < 0x20 || c == 0x7F) k.category = U_CONTROL_CHAR;
  else if (c == ' ') k.category = U_SPACE_SEPARATOR;
  else if (c >= '0' && c <= '9') k.category = U_DECIMAL_DIGIT_NUMBER;
  else if (c >= 'A' && c <= 'Z') k.category = U_UPPERCASE_LETTER;
  else if (c >= 'a' && c <= 'z') k.category = U_LOWERCASE_LETTER;
  else if (c == '$') k.category = U_CURRENCY_SYMBOL;
  else if (c == '+' || c == '<' || c == '=' || c == '>' || c == '|' || c == '~') k.category = U_MATH_SYMBOL;
  else if (c == '^' || c == '`') k.category = U_MODIFIER_SYMBOL;
  else if (c == '(' || c == '[' || c == '{') k.category = U_START_PUNCTUATION;
  else if (c == ')' || c == ']' || c == '}') k.category = U_END_PUNCTUATION;
  else if (c == '-') k.category = U_DASH_PUNCTUATION;
  else if (c == '_') k.category = U_CONNECTOR_PUNCTUATION;
  else k.category = U_OTHER_PUNCTUATION;  // ! " # % & ' * , . / : ; ? @ backslash
  return k;
}

constexpr std::array<CodePointClass, 128> kAscii = [] {
  std::array<CodePointClass, 128> table{};
  for (char32_t c = 0; c < 128; ++c) table[c] = AsciiClass(c);
  return table;
}();

// U+0080..U+07FF, asked of ICU once.
struct TwoByteTables {
  std::array<CodePointClass, 0x800> classes;
  std::array<int16_t, 0x800> scripts;
  TwoByteTables() {
    for (UChar32 c = 0x80; c < 0x800; ++c) {
      UErrorCode status = U_ZERO_ERROR;
      classes[static_cast<size_t>(c)] = {u_charType(c), u_isUWhiteSpace(c) != 0};
      scripts[static_cast<size_t>(c)] = static_cast<int16_t>(uscript_getScript(c, &status));
    }
  }
};

inline const TwoByteTables& TwoByte() {
  static const TwoByteTables tables;
  return tables;
}

}  // namespace code_point_class_detail

inline CodePointClass ClassOf(UChar32 c) {
  if (c >= 0 && c < 0x80) [[likely]]
    return code_point_class_detail::kAscii[static_cast<size_t>(c)];
  if (c >= 0 && c < 0x800) return code_point_class_detail::TwoByte().classes[static_cast<size_t>(c)];
  return {u_charType(c), u_isUWhiteSpace(c) != 0};
}

// uscript_getScript (ASCII letters are Latin, other ASCII characters Common).
inline UScriptCode ScriptOf(UChar32 c) {
  if (c >= 0 && c < 0x80) return ClassOf(c).letter() ? USCRIPT_LATIN : USCRIPT_COMMON;
  if (c >= 0 && c < 0x800) return static_cast<UScriptCode>(code_point_class_detail::TwoByte().scripts[static_cast<size_t>(c)]);
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status);
}

}  // namespace atlas::text

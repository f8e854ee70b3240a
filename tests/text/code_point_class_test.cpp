// CodePointClass: the tables give ICU's own answers for every code point.
#include "text/code_point_class.h"

#include <gtest/gtest.h>

namespace atlas::text {
namespace {

TEST(CodePointClass, AgreesWithIcuForEveryCodePoint) {
  int disagreements = 0;
  for (UChar32 c = -1; c <= 0x10FFFF && disagreements < 10; ++c) {
    const CodePointClass k = ClassOf(c);
    const int8_t category = u_charType(c);
    UErrorCode status = U_ZERO_ERROR;
    bool same = k.white_space() == (u_isUWhiteSpace(c) != 0) && k.letter() == (u_isalpha(c) != 0) &&
                k.upper() == (u_isupper(c) != 0) && k.lower() == (u_islower(c) != 0) && k.title() == (u_istitle(c) != 0) &&
                k.upper_or_title() == (u_isupper(c) || u_istitle(c)) &&
                k.cased() == (u_isupper(c) || u_istitle(c) || u_islower(c)) && k.digit() == (u_isdigit(c) != 0) &&
                k.alnum() == (u_isalnum(c) != 0) &&
                k.mark() == (category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK ||
                             category == U_ENCLOSING_MARK) &&
                (c < 0 || ScriptOf(c) == uscript_getScript(c, &status));
    EXPECT_TRUE(same) << "U+" << std::hex << c;
    disagreements += !same;
  }
}

TEST(CodePointClass, IllFormedInputIsNothing) {
  EXPECT_FALSE(ClassOf(-1).letter());
  EXPECT_FALSE(ClassOf(-1).digit());
  EXPECT_FALSE(ClassOf(-1).white_space());
}

}  // namespace
}  // namespace atlas::text

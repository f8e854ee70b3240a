// CodePointClass: the tables give ICU's own answers for every code point.
#include "text/code_point_class.h"

#include <gtest/gtest.h>

namespace atlas::text {
namespace {

TEST(CodePointClass, AgreesWithIcuForEveryCodePoint) {
  int disagreements = 0;
  for (UChar32 c = 0; c <= 0x10FFFF && disagreements < 10; ++c) {
    const CodePointClass k = ClassOf(c);
    UErrorCode status = U_ZERO_ERROR;
    bool same = k.category == u_charType(c) && k.white_space == (u_isUWhiteSpace(c) != 0) &&
                k.letter() == (u_isalpha(c) != 0) && k.upper() == (u_isupper(c) != 0) &&
                k.lower() == (u_islower(c) != 0) && k.title() == (u_istitle(c) != 0) &&
                k.digit() == (u_isdigit(c) != 0) && k.alnum() == (u_isalnum(c) != 0) &&
                ScriptOf(c) == uscript_getScript(c, &status);
    EXPECT_TRUE(same) << "U+" << std::hex << c;
    disagreements += !same;
  }
}

TEST(CodePointClass, IllFormedInputIsAskedOfIcu) {
  EXPECT_EQ(ClassOf(-1).category, u_charType(-1));
  EXPECT_FALSE(ClassOf(-1).letter());
  EXPECT_FALSE(ClassOf(-1).white_space);
}

}  // namespace
}  // namespace atlas::text

// LineIndex and DecodeUtf8: the coordinates every machine-readable output depends on.
#include <gtest/gtest.h>

#include "text/line_index.h"
#include "text/utf8_text.h"

namespace atlas::text {
namespace {

TEST(LineIndex, CountsCodePointsNotBytes) {
  std::string s = "Şuşa\nNaxçıvan Lachin\n";
  LineIndex idx(s);
  size_t at = s.find("Lachin");
  EXPECT_EQ(idx.At(at).line, 2);
  EXPECT_EQ(idx.At(at).col, 10);  // "Naxçıvan " is 9 code points, 11 bytes
  EXPECT_EQ(idx.At(0).line, 1);
  EXPECT_EQ(idx.At(0).col, 1);
}

TEST(LineIndex, UniversalNewlines) {
  std::string s = "a\r\nb\rc\nd";
  LineIndex idx(s);
  EXPECT_EQ(idx.LineOf(s.find('b')), 2);
  EXPECT_EQ(idx.LineOf(s.find('c')), 3);
  EXPECT_EQ(idx.LineOf(s.find('d')), 4);
  EXPECT_EQ(idx.line_count(), 4);
}

TEST(DecodeUtf8, ReplacesEachMaximalIllFormedSubsequenceOnce) {
  // E2 82 is a truncated 3-byte sequence: one U+FFFD, like Python's errors='replace'.
  DecodedText d = DecodeUtf8(std::string("ok\xE2\x82" "A\xFF" "B"));
  EXPECT_EQ(d.text, "ok\xEF\xBF\xBD" "A\xEF\xBF\xBD" "B");
  EXPECT_EQ(d.replaced, 2u);
}

TEST(DecodeUtf8, KeepsValidTextAndBom) {
  std::string s = "\xEF\xBB\xBFЛачин Լաչին لاتشين";
  DecodedText d = DecodeUtf8(s);
  EXPECT_EQ(d.text, s);
  EXPECT_TRUE(d.had_bom);
  EXPECT_EQ(d.replaced, 0u);
}

TEST(LooksBinary, NulBytesAreBinaryTextIsNot) {
  EXPECT_TRUE(LooksBinary(std::string("PNG\0\0\0", 6)));
  EXPECT_FALSE(LooksBinary("Lachin corridor\r\n"));
}

}  // namespace
}  // namespace atlas::text

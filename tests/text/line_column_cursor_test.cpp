// LineColumnCursor agrees with LineIndex at every offset, across piece boundaries.
#include <gtest/gtest.h>

#include "text/line_column_cursor.h"
#include "text/line_index.h"

namespace atlas::text {
namespace {

TEST(LineColumnCursor, AgreesWithLineIndexEverywhere) {
  const std::string text = "\xEF\xBB\xBFŞuşa\r\nBakı\rx\n\nԵրևան \r\n\r\rend";
  LineIndex index(text);
  for (size_t step : {1u, 2u, 3u, 7u}) {
    LineColumnCursor cursor;
    for (size_t at = 0; at <= text.size(); at += step) {
      if (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
      if (at > 0 && at < text.size() && text[at - 1] == '\r' && text[at] == '\n') continue;  // inside one break
      LineCol got = cursor.AdvanceTo(text, 0, at), want = index.At(at);
      EXPECT_EQ(got.line, want.line) << "offset " << at << " step " << step;
      EXPECT_EQ(got.col, want.col) << "offset " << at << " step " << step;
    }
  }
}

TEST(LineColumnCursor, FollowsTextGivenInOverlappingPieces) {
  const std::string text = "ab\r\ncd\r\nef";
  LineColumnCursor cursor;
  cursor.AdvanceTo(text, 0, 3);                                  // stops between \r and \n
  LineCol at = cursor.AdvanceTo(std::string_view(text).substr(2), 2, 5);  // a later piece
  EXPECT_EQ(at.line, 2);
  EXPECT_EQ(at.col, 2);
}

}  // namespace
}  // namespace atlas::text

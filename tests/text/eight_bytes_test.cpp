// EightBytes: the classes of eight ASCII bytes read at once are those of each byte on its own.
#include "text/eight_bytes.h"

#include <gtest/gtest.h>

#include <random>

#include "text/code_point_class.h"

namespace atlas::text {
namespace {

bool Has(uint64_t bits, int k) { return (bits >> (8 * k + 7)) & 1; }

TEST(EightBytes, ClassesAgreeWithCodePointClassForEveryByteInEveryPlace) {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 20000; ++round) {
    uint8_t bytes[8];
    for (int k = 0; k < 8; ++k) bytes[k] = static_cast<uint8_t>(round < 128 ? (round + k) % 128 : rng() % 128);
    const uint64_t eight = eight_bytes::Load(bytes);
    ASSERT_TRUE(eight_bytes::AllAscii(eight));
    const uint64_t letters = eight_bytes::Letters(eight), uppers = eight_bytes::Uppers(eight);
    const uint64_t white = eight_bytes::WhiteSpace(eight), digits = eight_bytes::InRange(eight, '0', '9');
    int letter_count = 0;
    for (int k = 0; k < 8; ++k) {
      const CodePointClass c = ClassOf(bytes[k]);
      EXPECT_EQ(Has(letters, k), c.letter()) << int(bytes[k]);
      EXPECT_EQ(Has(uppers, k), c.upper()) << int(bytes[k]);
      EXPECT_EQ(Has(white, k), c.white_space()) << int(bytes[k]);
      EXPECT_EQ(Has(digits, k), c.digit()) << int(bytes[k]);
      EXPECT_EQ(Has(eight_bytes::Equal(eight, '.'), k), bytes[k] == '.') << int(bytes[k]);
      EXPECT_EQ(Has(eight_bytes::Equal(eight, 0), k), bytes[k] == 0) << int(bytes[k]);
      letter_count += c.letter();
    }
    EXPECT_EQ(eight_bytes::Count(letters), letter_count);
  }
}

TEST(EightBytes, PositionsOfTheFirstAndLastByteOfAClass) {
  EXPECT_EQ(eight_bytes::Before(0), 8);
  EXPECT_EQ(eight_bytes::Before(0x80ull << 24), 3);
  EXPECT_EQ(eight_bytes::Last((0x80ull << 8) | (0x80ull << 40)), 5);
  EXPECT_EQ(eight_bytes::BytesBelow(eight_bytes::kHigh, 2), 0x8080ull);
  EXPECT_EQ(eight_bytes::BytesBelow(eight_bytes::kHigh, 8), eight_bytes::kHigh);
  EXPECT_FALSE(eight_bytes::AllAscii(eight_bytes::Load(reinterpret_cast<const uint8_t*>("abc\xC2\xA0xyz"))));
}

}  // namespace
}  // namespace atlas::text

// EightBytes: eight bytes of ASCII text classified at once (letters, upper case, white space),
// as CodePointClass would classify each. Header-only; no ICU, GL, ImGui, SQL or GDAL.
#pragma once

// Most of any line is ASCII. Reading it eight bytes at a time in a 64-bit word ("SWAR") costs a
// few operations per eight bytes, where a byte at a time costs a branch each, mispredicted at
// every word boundary. A class is a set of high bits, one per byte (0x80 in the byte's place);
// byte k of the text is byte k of the word (little-endian). No byte's arithmetic carries into
// the next, as every byte is below 0x80.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace atlas::text::eight_bytes {

constexpr uint64_t kEach = 0x0101010101010101ull;
constexpr uint64_t kHigh = 0x80 * kEach;

// The eight bytes at `p`, the first in the lowest byte.
inline uint64_t Load(const uint8_t* p) {
  uint64_t eight;
  std::memcpy(&eight, p, 8);
  static_assert(std::endian::native == std::endian::little);
  return eight;
}

inline bool AllAscii(uint64_t eight) { return (eight & kHigh) == 0; }

// Bytes from `low` to `high` (inclusive) among eight ASCII bytes: adding 0x80 - low sets the
// high bit of bytes at or above `low`.
constexpr uint64_t InRange(uint64_t ascii, uint8_t low, uint8_t high) {
  return (ascii + (0x80 - low) * kEach) & ~(ascii + (0x80 - high - 1) * kEach) & kHigh;
}

// Bytes equal to `byte`: a byte of x is zero exactly when adding 0x7F to it leaves the high
// bit clear.
constexpr uint64_t Equal(uint64_t ascii, uint8_t byte) {
  uint64_t x = ascii ^ (byte * kEach);
  return ~((x & 0x7F * kEach) + 0x7F * kEach) & kHigh;
}

inline uint64_t Letters(uint64_t ascii) { return InRange(ascii | 0x20 * kEach, 'a', 'z'); }  // bit 5 set: lower case
inline uint64_t Uppers(uint64_t ascii) { return InRange(ascii, 'A', 'Z'); }
inline uint64_t WhiteSpace(uint64_t ascii) { return InRange(ascii, 0x09, 0x0D) | Equal(ascii, ' '); }  // as ICU has it

// How many of the eight bytes are in a class.
inline int Count(uint64_t bits) { return static_cast<int>(((bits >> 7) * kEach) >> 56); }

// The number of bytes before the first one in a class: 8 when none is.
inline int Before(uint64_t bits) { return std::countr_zero(bits) / 8; }

// The index of the last byte in a class (bits must not be 0).
inline int Last(uint64_t bits) { return 7 - std::countl_zero(bits) / 8; }

// The class restricted to the bytes before byte `k` (0..8).
inline uint64_t BytesBelow(uint64_t bits, int k) { return k >= 8 ? bits : bits & ((uint64_t(1) << (8 * k)) - 1); }

// Whether any of eight bytes (any bytes, not only ASCII) equals `byte`: exact as a yes/no,
// though the bits above the first match may be set falsely.
constexpr bool HasByte(uint64_t eight, uint8_t byte) {
  uint64_t x = eight ^ (byte * kEach);
  return ((x - kEach) & ~x & kHigh) != 0;
}

// The UTF-8 continuation bytes (10xxxxxx) among eight bytes of any kind.
constexpr uint64_t ContinuationBytes(uint64_t eight) { return eight & ~(eight << 1) & kHigh; }

// How many of the `n` bytes at `p` (any bytes, not only ASCII) come before the first one
// that is not ASCII: the length of the ASCII run that starts there.
inline size_t AsciiPrefix(const uint8_t* p, size_t n) {
  size_t k = 0;
  for (; k + 8 <= n; k += 8)
    if (uint64_t high = Load(p + k) & kHigh) return k + static_cast<size_t>(Before(high));
  while (k < n && p[k] < 0x80) ++k;
  return k;
}

}  // namespace atlas::text::eight_bytes

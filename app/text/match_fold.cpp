// Folding for word and phrase matching; see match_fold.h.
#include "text/match_fold.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <type_traits>

#include "text/code_point_class.h"
#include "text/eight_bytes.h"

namespace atlas::text {
namespace {

// The folded form of one lower-cased code point, or U_SENTINEL to drop it.
UChar32 FoldCodePoint(UChar32 c) {
  switch (c) {
    case 0x0307: case 0x0640: return U_SENTINEL;          // combining dot above (from İ), tatweel
    case 0x0131: return 'i';                              // dotless i
    case 0x0623: case 0x0625: case 0x0622: return 0x0627;  // أ إ آ -> ا
    case 0x0649: return 0x064A;                           // ى -> ي
    case 0x0451: return 0x0435;                           // ё -> е
    case 0x2019: case 0x2018: case 0x02BC: return '\'';
    default: return c >= 0x064B && c <= 0x0652 ? U_SENTINEL : c;  // Arabic harakat
  }
}

// Where folded text goes: into a string, or (LettersKeyHash) into a hash, byte by byte.
struct StringSink {
  std::string& out;
  void Put(char c) { out += c; }
  void Clear() { out.clear(); }
};

// The Keep of FoldForMatching: every code point stays, so eight ASCII bytes can be lower-cased
// and appended at once.
struct KeepAll {
  bool operator()(UChar32) const { return true; }
};
struct Fnv1aSink {
  uint64_t hash = 1469598103934665603ull;
  bool empty = true;
  void Put(char c) { hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull, empty = false; }
  void Clear() { *this = Fnv1aSink(); }
};

template <typename Keep, typename Sink>
void PutFolded(UChar32 lower, Keep keep, Sink& out) {
  UChar32 c = FoldCodePoint(lower);
  if (c == U_SENTINEL || !keep(c)) return;
  char buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  for (int32_t k = 0; k < len; ++k) out.Put(buf[k]);
}

// ICU's root-locale lower case of the whole text, which takes the context of each letter
// into account.
template <typename Keep, typename Sink>
void FoldWithIcu(std::string_view text, Keep keep, Sink& out) {
  icu::UnicodeString lower = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  lower.toLower(icu::Locale::getRoot());
  for (int32_t i = 0; i < lower.length(); i += U16_LENGTH(lower.char32At(i))) PutFolded(lower.char32At(i), keep, out);
}

// The same as FoldWithIcu, without a UTF-16 copy: root-locale full lower case is the simple
// one (u_tolower), code point by code point, but for two letters. İ's full lower case "i̇"
// folds to "i" all the same (U+0307 is dropped); Σ is ς at the end of a word, so text
// holding a Σ goes to ICU after all.
template <typename Keep, typename Sink>
void Fold(std::string_view text, Keep keep, Sink& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    if constexpr (std::is_same_v<Keep, KeepAll> && std::is_same_v<Sink, StringSink>) {
      if (uint64_t eight; i + 8 <= n && eight_bytes::AllAscii(eight = eight_bytes::Load(s + i))) {
        eight |= eight_bytes::Uppers(eight) >> 2;  // 0x20 for each upper-case letter: lower case
        char bytes[8];
        std::memcpy(bytes, &eight, 8);
        out.out.append(bytes, 8);
        i += 8;
        continue;
      }
    }
    UChar32 c = s[i];
    if (c < 0x80) {  // FoldCodePoint leaves ASCII alone
      ++i;
      if (keep(c)) out.Put(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
      continue;
    }
    U8_NEXT(s, i, n, c);
    if (c == 0x03A3) {
      out.Clear();
      FoldWithIcu(text, keep, out);
      return;
    }
    PutFolded(c < 0 ? 0xFFFD : u_tolower(c), keep, out);  // ill-formed: U+FFFD, as ICU's conversion gives
  }
}

template <typename Keep>
std::string FoldToString(std::string_view text, Keep keep) {
  std::string out;
  out.reserve(text.size());
  StringSink sink{out};
  Fold(text, keep, sink);
  return out;
}

bool IsLetterOrDigit(UChar32 c) { return ClassOf(c).alnum(); }

}  // namespace

int32_t FoldCodePointForMatching(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  return FoldCodePoint(u_tolower(c));
}

std::string FoldForMatching(std::string_view text) { return FoldToString(text, KeepAll()); }

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;            // white space seen since the last text appended
  size_t run = std::string::npos;  // start of the text not yet appended (copied a run at a time)
  auto space = [&](size_t at) {
    if (run != std::string::npos) out.append(text.substr(run, at - run)), run = std::string::npos;
    pending = !out.empty();
  };
  auto solid = [&](size_t at) {
    if (run != std::string::npos) return;
    if (pending) out += ' ';
    pending = false;
    run = at;
  };
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    if (uint64_t eight; i + 8 <= n && eight_bytes::AllAscii(eight = eight_bytes::Load(s + i))) {
      // Eight ASCII bytes: only where white space begins or ends does anything happen.
      const uint64_t white = eight_bytes::WhiteSpace(eight);
      for (int k = 0; k < 8;) {
        const bool is_space = (white >> (8 * k + 7)) & 1;
        is_space ? space(static_cast<size_t>(i + k)) : solid(static_cast<size_t>(i + k));
        const uint64_t other_kind = (is_space ? ~white : white) & eight_bytes::kHigh;
        k = eight_bytes::Before(other_kind & ~eight_bytes::BytesBelow(eight_bytes::kHigh, k + 1));
      }
      i += 8;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    bool is_space = c == 0xFEFF || (c >= 0 && ClassOf(c).white_space());
    is_space ? space(static_cast<size_t>(start)) : solid(static_cast<size_t>(start));
  }
  if (run != std::string::npos) out.append(text.substr(run));
  return out;
}

std::string LettersKey(std::string_view text) { return FoldToString(text, IsLetterOrDigit); }

uint64_t LettersKeyHash(std::string_view text) {
  Fnv1aSink sink;
  Fold(text, IsLetterOrDigit, sink);
  if (sink.empty) return 0;
  return sink.hash ? sink.hash : 1;
}

}  // namespace atlas::text

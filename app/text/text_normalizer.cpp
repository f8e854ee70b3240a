// Folding for matching; see text_normalizer.h. ICU computes each code point's fold once.
#include "text/text_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <unicode/uvernum.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "text/eight_bytes.h"
#include "text/utf8_step.h"
#include "util/binary_record.h"
#include "util/cache_file.h"
#include "util/data_paths.h"
#include "util/file_stamp.h"

namespace atlas::text {
namespace {

void AppendUtf8(char32_t c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(c));
  out->append(buf, static_cast<size_t>(n));
}

bool IsQuoteLike(char32_t c) {
  switch (c) {
    case U'"': case U'`': case 0x00B4: case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BD:
    case 0x2032: case 0x2033: case 0xFF02: case 0xFF07:
      return true;
    default: {
      int8_t type = u_charType(static_cast<UChar32>(c));
      // ‘ ’ “ ” « » ‹ › and friends are initial/final punctuation; ‚ „ are Ps.
      return type == U_INITIAL_PUNCTUATION || type == U_FINAL_PUNCTUATION || c == 0x201A || c == 0x201E;
    }
  }
}

// Folds that ICU's default rules do not give: Turkic dotless i, Azerbaijani schwa, the
// Arabic/Persian letter variants that spell the same name, and punctuation classes.
// Returns false when `c` is not special. The result may be empty (the code point is dropped).
bool SpecialFold(char32_t c, std::string* out) {
  switch (c) {
    case 0x0130: case 0x0131: *out += 'i'; return true;                          // İ ı
    case 0x018F: case 0x0259: case 0x01DD: case 0x04D8: case 0x04D9: *out += 'e'; return true;  // Ə ə ǝ Ә ә
    case 0x0649: case 0x06CC: case 0x06D0: AppendUtf8(0x064A, out); return true;  // ى ی ې -> ي
    case 0x06A9: case 0x06AA: AppendUtf8(0x0643, out); return true;               // ک ڪ -> ك
    case 0x0629: case 0x06C0: case 0x06C1: case 0x06D5: AppendUtf8(0x0647, out); return true;  // ة ۀ ہ ە -> ه
    case 0x0671: AppendUtf8(0x0627, out); return true;                            // alef wasla -> alef
    case 0x0640: return true;                                                     // tatweel
    case U'\t': *out += ' '; return true;
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D: *out += '-'; return true;
    default: break;
  }
  if (IsQuoteLike(c)) {
    *out += '\'';
    return true;
  }
  if (c < 0x80) return false;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_SPACE_SEPARATOR: *out += ' '; return true;
    case U_DASH_PUNCTUATION: *out += '-'; return true;
    case U_FORMAT_CHAR: return true;  // ZWNJ, ZWJ, soft hyphen, bidi marks, BOM
    default: return false;
  }
}

// The full fold of one code point: NFKC, full case folding, NFD without nonspacing or
// enclosing marks (this removes Latin/Cyrillic diacritics, Arabic harakat and the hamza
// carried on alef/waw/yeh), the special folds above, then NFC to recompose what is left.
std::string ComputeFold(char32_t c) {
  std::string out;
  if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
  if (SpecialFold(c, &out)) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU normalisation data is missing");
  // Most code points (ideographs, Hangul, caseless letters) come through every step below
  // unchanged: ICU's properties say so without normalising strings.
  const auto cp = static_cast<UChar32>(c);
  const int8_t type = u_charType(cp);
  if (nfkc->isInert(cp) && nfd->isInert(cp) && nfc->isInert(cp) && !u_hasBinaryProperty(cp, UCHAR_CHANGES_WHEN_CASEFOLDED) &&
      type != U_NON_SPACING_MARK && type != U_ENCLOSING_MARK) {
    AppendUtf8(c, &out);
    return out;
  }
  icu::UnicodeString s(static_cast<UChar32>(c));
  s = nfkc->normalize(s, status);
  s.foldCase(U_FOLD_CASE_DEFAULT);
  s = nfd->normalize(s, status);
  icu::UnicodeString kept;
  std::string special;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    UChar32 cp = s.char32At(i);
    int8_t type = u_charType(cp);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) continue;
    special.clear();
    if (SpecialFold(static_cast<char32_t>(cp), &special)) {
      kept += icu::UnicodeString::fromUTF8(special);
    } else {
      kept += cp;
    }
  }
  kept = nfc->normalize(kept, status);
  if (U_FAILURE(status)) return out;
  kept.toUTF8String(out);
  return out;
}

}  // namespace

// Eight bytes at a time: capitals get 0x20 added; a word holding one of the few ASCII
// characters with another fold (" ` tab) goes byte by byte through the table.
inline void TextNormalizer::FoldAscii(const uint8_t* s, size_t n, char* d) const {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_byte = [](uint64_t w, uint8_t b) {
    uint64_t x = w ^ (kOnes * b);
    return ((x - kOnes) & ~x & kHigh) != 0;
  };
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t w;
    std::memcpy(&w, s + k, 8);
    if (has_byte(w, '"') || has_byte(w, '`') || has_byte(w, '\t')) {
      for (size_t j = k; j < k + 8; ++j) d[j] = ascii_[s[j]];
      continue;
    }
    uint64_t above_z = w + kOnes * (0x7F - 'Z');   // high bit set where byte > 'Z'
    uint64_t from_a = w + kOnes * (0x80 - 'A');    // high bit set where byte >= 'A'
    w |= ((from_a & ~above_z) & kHigh) >> 2;       // 0x80 >> 2 == 0x20
    std::memcpy(d + k, &w, 8);
  }
  for (; k < n; ++k) d[k] = ascii_[s[k]];
}

const TextNormalizer& TextNormalizer::Instance() {
  static const TextNormalizer instance;
  return instance;
}

TextNormalizer::TextNormalizer() : TextNormalizer(ProgramCacheFile(UserCacheDir(), "fold-table")) {}

namespace {

constexpr char kTableMagic[8] = {'A', 'T', 'L', 'F', 'O', 'L', 'D', '1'};

// The fold rules are ICU's data and this program's code.
std::string TableKey() { return std::string("ICU ") + U_ICU_VERSION + "\n" + ProgramStamp(); }

}  // namespace

TextNormalizer::TextNormalizer(const std::filesystem::path& cache_file) {
  if (!cache_file.empty() && LoadTable(cache_file)) return;
  bmp_.assign(0x10000, 0);
  pool_.clear();
  for (int c = 0; c < 128; ++c) {
    std::string f = ComputeFold(static_cast<char32_t>(c));
    ascii_[c] = f.size() == 1 ? f[0] : static_cast<char>(c);  // every ASCII fold is one byte
  }
  for (char32_t c = 0; c < 0x10000; ++c) {
    std::string f = c < 0x80 ? std::string(1, ascii_[c]) : ComputeFold(c);
    bmp_[c] = static_cast<uint32_t>(pool_.size() << 8 | std::min<size_t>(f.size(), 255));
    pool_ += f.substr(0, 255);
  }
  if (cache_file.empty()) return;
  BinaryWriter w;
  for (char c : kTableMagic) w.Pod(c);
  w.String(TableKey());
  for (char c : ascii_) w.Pod(c);
  w.Array(bmp_);
  w.String(pool_);
  WriteCacheFile(cache_file, w.Sealed());
}

bool TextNormalizer::LoadTable(const std::filesystem::path& cache_file) {
  const std::optional<std::string> data = ReadCacheFile(cache_file, size_t(8) << 20);
  if (!data) return false;
  BinaryReader r = BinaryReader::Sealed(*data);
  char magic[sizeof kTableMagic];
  for (char& c : magic) c = r.Pod<char>();
  if (!r.ok() || std::memcmp(magic, kTableMagic, sizeof magic) != 0 || r.String() != TableKey()) return false;
  char ascii[128];
  for (char& c : ascii) c = r.Pod<char>();
  std::vector<uint32_t> bmp = r.Array<uint32_t>();
  std::string pool = r.String();
  if (!r.ok() || !r.done() || bmp.size() != 0x10000) return false;
  for (const uint32_t e : bmp)
    if ((e >> 8) + (e & 0xFF) > pool.size()) return false;  // every entry inside the pool
  std::memcpy(ascii_, ascii, sizeof ascii_);
  bmp_ = std::move(bmp);
  pool_ = std::move(pool);
  return true;
}

std::string TextNormalizer::FoldCodePoint(char32_t c) const {
  if (c < 0x10000) {
    uint32_t e = bmp_[c];
    return pool_.substr(e >> 8, e & 0xFF);
  }
  return ComputeFold(c);
}

void TextNormalizer::FoldInto(std::string_view text, FoldedText* out) const {
  std::string& dst = out->text;
  out->map.Clear();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  // The fold is written at `w` into `dst` sized ahead of it (growing it only zero-fills what
  // the previous text did not reach); it is cut to `w` at the end.
  size_t w = 0;
  auto make_room = [&dst, &w](size_t bytes) {
    if (w + bytes > dst.size()) dst.resize(std::max(dst.size() * 2, w + bytes));
  };
  make_room(n + n / 8);
  size_t i = 0;
  while (i < n) {
    if (size_t run = eight_bytes::AsciiPrefix(s + i, n - i)) {  // one byte in, one out, no map entry
      make_room(run);
      FoldAscii(s + i, run, dst.data() + w);
      w += run;
      i += run;
      if (i == n) break;
    }
    int32_t c = 0;
    const size_t len = Utf8Step(s + i, n - i, &c);
    if (c < 0) c = 0xFFFD;
    size_t folded_len = 0;
    if (c < 0x10000) {
      uint32_t e = bmp_[static_cast<size_t>(c)];
      folded_len = e & 0xFF;
      make_room(folded_len);
      std::memcpy(dst.data() + w, pool_.data() + (e >> 8), folded_len);
    } else {
      std::string folded = ComputeFold(static_cast<char32_t>(c));
      folded_len = folded.size();
      make_room(folded_len);
      std::memcpy(dst.data() + w, folded.data(), folded_len);
    }
    if (folded_len != len) out->map.Add(w, i, folded_len, len);
    w += folded_len;
    i += len;
  }
  dst.resize(w);
}

FoldedText TextNormalizer::Fold(std::string_view text) const {
  FoldedText out;
  FoldInto(text, &out);
  return out;
}

std::string TextNormalizer::FoldString(std::string_view text) const {
  FoldedText out;
  FoldInto(text, &out);
  return std::move(out.text);
}

}  // namespace atlas::text

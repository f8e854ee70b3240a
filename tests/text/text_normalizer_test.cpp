// TextNormalizer: the folds the linker relies on, and exact offsets back to the input.
#include <gtest/gtest.h>

#include "text/text_normalizer.h"

#include <unistd.h>

#include <cstring>
#include <filesystem>

#include "util/atomic_file.h"
#include "util/binary_record.h"
#include "text/utf8_text.h"

namespace atlas::text {
namespace {

std::string Fold(std::string_view s) { return TextNormalizer::Instance().FoldString(s); }

TEST(TextNormalizer, TurkicDotlessAndDottedIFoldToPlainI) {
  EXPECT_EQ(Fold("İSTANBUL"), "istanbul");
  EXPECT_EQ(Fold("Bakı"), "baki");
  EXPECT_EQ(Fold("IĞDIR"), "igdir");
  EXPECT_EQ(Fold("Iğdır"), "igdir");
}

TEST(TextNormalizer, SchwaAndDiacriticsGo) {
  EXPECT_EQ(Fold("Azərbaycan"), "azerbaycan");
  EXPECT_EQ(Fold("ƏLİYEV"), "eliyev");
  EXPECT_EQ(Fold("Laçın"), "lacin");
  EXPECT_EQ(Fold("Şuşa"), "susa");
  EXPECT_EQ(Fold("Naxçıvan"), "naxcivan");
  EXPECT_EQ(Fold("Straße"), "strasse");  // full case folding
}

TEST(TextNormalizer, CyrillicYoAndCaseFold) {
  EXPECT_EQ(Fold("ЁЛКА"), "елка");
  EXPECT_EQ(Fold("Ставрополь"), "ставрополь");
  EXPECT_EQ(Fold("Ереван"), Fold("ЕРЕВАН"));
}

TEST(TextNormalizer, ArabicHamzaHarakatAndPersianLetters) {
  EXPECT_EQ(Fold("أذربيجان"), Fold("اذربيجان"));  // hamza on alef
  EXPECT_EQ(Fold("إيران"), "ايران");
  EXPECT_EQ(Fold("آذربیجان"), Fold("اذربيجان"));  // madda, Persian yeh
  EXPECT_EQ(Fold("كركوك"), Fold("کرکوک"));          // Arabic and Persian kaf
  EXPECT_EQ(Fold("مُوسْكُو"), "موسكو");              // harakat
  EXPECT_EQ(Fold("موســكو"), "موسكو");              // tatweel
  EXPECT_EQ(Fold("غزة"), "غزه");                    // teh marbuta
}

TEST(TextNormalizer, SpacesDashesQuotesAndJoiners) {
  EXPECT_EQ(Fold("Nagorno\u00A0Karabakh"), "nagorno karabakh");
  EXPECT_EQ(Fold("Baku\u2013Tbilisi\u2014Kars\u2011Ceyhan"), "baku-tbilisi-kars-ceyhan");
  EXPECT_EQ(Fold("Russia\u2019s \u201CBaku\u201D"), "russia's 'baku'");
  EXPECT_EQ(Fold("Bakü`de"), "baku'de");
  EXPECT_EQ(Fold("می\u200Cخواهم"), Fold("میخواهم"));
  EXPECT_EQ(Fold("ﬁ"), "fi");  // NFKC
}

TEST(TextNormalizer, OffsetsMapBackExactly) {
  // Every folded byte maps into the code point that produced it.
  std::string text = "\xEF\xBB\xBFŞuşa\r\nİSTANBUL e\xCC\x81t\xE2\x80\x8C" "Ə X\xFF" "Bakı";
  FoldedText f = TextNormalizer::Instance().Fold(text);
  auto find = [&](std::string_view folded_word, std::string_view original_word) {
    size_t at = f.text.find(folded_word);
    ASSERT_NE(at, std::string::npos) << folded_word;
    ByteSpan span = f.map.ToOriginal({at, at + folded_word.size()});
    EXPECT_EQ(text.substr(span.begin, span.size()), original_word);
  };
  find("susa", "Şuşa");
  find("istanbul", "İSTANBUL");
  find("baki", "Bakı");
  find("et", "e\xCC\x81t");  // the decomposed é's mark sits inside; the ZWNJ after t does not
  find("x", "X");
  EXPECT_EQ(f.map.ToOriginalBegin(f.text.size()), text.size());
  EXPECT_EQ(f.text.substr(0, 4), "susa");  // the BOM is a format character: dropped
}

TEST(TextNormalizer, InvalidUtf8FoldsToReplacementCharacter) {
  FoldedText f = TextNormalizer::Instance().Fold("a\xC3(b");
  EXPECT_EQ(f.text, "a\xEF\xBF\xBD(b");
  size_t b = f.text.find('b');
  EXPECT_EQ(f.map.ToOriginalBegin(b), 3u);
}

TEST(TextNormalizer, AsciiFoldAgreesWithThePerCodePointFold) {
  // Every ASCII byte at every position of an 8-byte word (the fast path works in words).
  std::string all;
  for (int round = 0; round < 9; ++round)
    for (int c = 1; c < 128; ++c) all += static_cast<char>((c + round) % 127 + 1);
  std::string expected;
  for (unsigned char c : all) expected += TextNormalizer::Instance().FoldCodePoint(c);
  EXPECT_EQ(Fold(all), expected);
  EXPECT_EQ(Fold("AZaz@[`{ \"Tab\there\""), "azaz@['{ 'tab here'");
}

TEST(TextNormalizer, AsciiIsFastAndLengthPreserving) {
  std::string text(1 << 20, 'A');
  FoldedText f = TextNormalizer::Instance().Fold(text);
  EXPECT_EQ(f.text, std::string(1 << 20, 'a'));
  EXPECT_EQ(f.map.segment_count(), 0u);
}

}  // namespace
}  // namespace atlas::text

namespace atlas::text {
namespace {

std::filesystem::path FoldTableDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("atlas_fold_table_" + name + "_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// The table read from the cache file folds every BMP code point as the computed one does.
TEST(TextNormalizerTable, CachedTableFoldsExactlyAsTheComputedOne) {
  const auto file = FoldTableDir("same") / "table.bin";
  const TextNormalizer computed(std::filesystem::path{});
  const TextNormalizer writes(file);
  ASSERT_TRUE(std::filesystem::exists(file));
  const TextNormalizer reads(file);
  for (char32_t c = 0; c < 0x10000; ++c) {
    ASSERT_EQ(reads.FoldCodePoint(c), computed.FoldCodePoint(c)) << std::hex << uint32_t(c);
    ASSERT_EQ(writes.FoldCodePoint(c), computed.FoldCodePoint(c)) << std::hex << uint32_t(c);
  }
  const std::string text = "Şuşa, ŞUŞA, Шуша́, Naxçıvan\u00a0– «Lachin» İrəvan";
  EXPECT_EQ(reads.Fold(text).text, computed.Fold(text).text);
}

// A damaged or foreign table is refused and rewritten, never trusted.
TEST(TextNormalizerTable, DamagedTableIsRebuilt) {
  const auto file = FoldTableDir("damaged") / "table.bin";
  { const TextNormalizer writes(file); }
  std::string bytes = ReadWholeFile(file);
  const TextNormalizer computed(std::filesystem::path{});
  // A truncated file, a changed byte: both are rebuilt.
  for (const std::string& damaged : {bytes.substr(0, bytes.size() / 2), bytes.substr(0, bytes.size() - 1) + "\xff"}) {
    WriteFileAtomically(file, damaged);
    const TextNormalizer rebuilt(file);
    EXPECT_EQ(rebuilt.FoldString("ŞUŞA Ереван"), computed.FoldString("ŞUŞA Ереван"));
    EXPECT_EQ(ReadWholeFile(file), bytes) << "rewritten whole";
  }
  // An entry pointing past the pool (checksum made to match): magic, key (length-prefixed),
  // 128 ASCII folds, the table's length, then its entries.
  uint64_t key_size = 0;
  std::memcpy(&key_size, bytes.data() + 8, sizeof key_size);
  const size_t entry_a = 8 + 8 + key_size + 128 + 8 + 4 * size_t('A');
  std::string wild = bytes;
  const uint32_t far = 0xFFFFFF00u | 1;
  std::memcpy(wild.data() + entry_a, &far, sizeof far);
  wild.resize(wild.size() - 8);
  const uint64_t sum = Checksum(wild);
  wild.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  WriteFileAtomically(file, wild);
  const TextNormalizer refused(file);
  EXPECT_EQ(refused.FoldString("ABC"), "abc");
  EXPECT_EQ(ReadWholeFile(file), bytes);
}

}  // namespace
}  // namespace atlas::text

// LayoutPassage with a fake monospace measure (no GL, no ImGui): word wrapping in several
// scripts without losing a character, marks kept as runs, Arabic and Persian shaped and
// right to left with Latin names and numbers in place, long words cut, speed.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <chrono>
#include <string>
#include <vector>

#include "ui/passage_layout.h"

namespace atlas::ui {
namespace {

constexpr float kCharWidth = 10;

std::u32string CodePointsOf(std::string_view utf8) {
  std::u32string out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  for (int32_t i = 0, n = int32_t(utf8.size()); i < n;) {
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    out.push_back(char32_t(c));
  }
  return out;
}

// Every code point is kCharWidth wide; text that is not display-ready is recorded.
struct MonospaceMeasure {
  std::vector<std::string> not_display_ready;
  float operator()(std::string_view text) {
    for (char32_t c : CodePointsOf(text))
      if (c == U'\n' || c == 0xFEFF || c == 0x200C) not_display_ready.emplace_back(text);
    return kCharWidth * float(CodePointsOf(text).size());
  }
};

std::vector<LayoutLine> Layout(std::string_view text, const std::vector<TextMark>& marks, float wrap_width) {
  MonospaceMeasure measure;
  std::vector<LayoutLine> lines = LayoutPassage(text, marks, wrap_width, std::ref(measure));
  EXPECT_TRUE(measure.not_display_ready.empty()) << "measured: " << measure.not_display_ready.front();
  return lines;
}

std::string TextOf(const LayoutLine& line) {
  std::string out;
  for (const LayoutRun& run : line.runs) out += run.text;
  return out;
}

TextMark MarkOn(std::string_view text, std::string_view surface, int style) {
  const size_t at = text.find(surface);
  EXPECT_NE(at, std::string_view::npos) << surface;
  return {int(at), int(at + surface.size()), style};
}

const LayoutRun* RunOfMark(const std::vector<LayoutLine>& lines, int mark) {
  for (const LayoutLine& line : lines)
    for (const LayoutRun& run : line.runs)
      if (run.mark == mark) return &run;
  return nullptr;
}

bool HasCodePointIn(std::string_view utf8, char32_t first, char32_t last) {
  for (char32_t c : CodePointsOf(utf8))
    if (c >= first && c <= last) return true;
  return false;
}

// Reads the text back line by line: each line is the next piece of the text after the spaces
// a break swallowed, ends before a space or after a hyphen, fits, and could not have taken
// the next line's first word. Nothing is lost or repeated.
void ExpectWordWrapped(std::string_view text, float wrap_width) {
  const std::vector<LayoutLine> lines = Layout(text, {}, wrap_width);
  ASSERT_GT(lines.size(), 2u) << "the text should need several lines";
  size_t at = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string line = TextOf(lines[i]);
    EXPECT_FALSE(lines[i].rtl);
    EXPECT_LE(lines[i].width, wrap_width) << line;
    EXPECT_FLOAT_EQ(lines[i].width, kCharWidth * float(CodePointsOf(line).size())) << line;
    while (at < text.size() && text[at] == ' ') ++at;
    ASSERT_EQ(text.substr(at, line.size()), line) << "line " << i;
    at += line.size();
    EXPECT_TRUE(at == text.size() || text[at] == ' ' || line.back() == '-') << "ends inside a word: " << line;
    if (i + 1 == lines.size()) break;
    const std::string next = TextOf(lines[i + 1]);
    const size_t word_end = next.find_first_of(" -");  // a hyphen stays with the word before it
    const std::string next_word =
        word_end == std::string::npos ? next : next.substr(0, word_end + (next[word_end] == '-'));
    const float gap = line.back() == '-' ? 0 : kCharWidth;
    EXPECT_GT(lines[i].width + gap + kCharWidth * float(CodePointsOf(next_word).size()), wrap_width)
        << "'" << line << "' had room for '" << next_word << "'";
  }
  EXPECT_EQ(text.find_first_not_of(' ', at), std::string_view::npos) << "text lost after the last line";
}

TEST(PassageLayout, EnglishWrapsAtWordsWithinTheWidth) {
  ExpectWordWrapped(
      "The Lachin corridor, the only road between Armenia and Nagorno-Karabakh, was blocked from December 2022 "
      "until the offensive of September 2023 ended the enclave's existence.",
      200);
}

TEST(PassageLayout, RussianWraps) {
  ExpectWordWrapped("Лачинский коридор остаётся единственной дорогой, связывающей Армению с Нагорным Карабахом.", 160);
}

TEST(PassageLayout, AzerbaijaniWithDotlessAndDottedIWraps) {
  ExpectWordWrapped(
      "İlham Əliyev Naxçıvan Muxtar Respublikasında İranla sərhəddə yerləşən Ordubad rayonunda yeni dəmir yolu "
      "xəttinin açılışında iştirak edib.",
      180);
}

TEST(PassageLayout, TurkishWraps) {
  ExpectWordWrapped("Iğdır ile Nahçıvan arasındaki demiryolu projesi Kars üzerinden Bakü'ye bağlanacak; İstanbul onaylı.",
                    150);
}

TEST(PassageLayout, ArmenianWraps) {
  ExpectWordWrapped(
      "Հայաստանի Սյունիքի մարզը սահմանակից է Ադրբեջանի Նախիջևանի ինքնավար հանրապետությանը և Իրանին։", 170);
}

TEST(PassageLayout, GeorgianWraps) {
  ExpectWordWrapped("საქართველოს პრემიერ-მინისტრი ბაქოში შუა დერეფნის შესახებ მოლაპარაკებებზე ჩავიდა.", 170);
}

TEST(PassageLayout, MentionRunKeepsExactlyTheMentionAndItsStyle) {
  const std::string text = "Talks on the Lachin corridor resumed in Kars.";
  const std::vector<TextMark> marks = {MarkOn(text, "Lachin corridor", kMarkSelectedPlace),
                                       MarkOn(text, "Kars", kMarkOtherMention)};
  const std::vector<LayoutLine> lines = Layout(text, marks, 1000);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 5u);
  const std::vector<std::string> texts = {"Talks on the ", "Lachin corridor", " resumed in ", "Kars", "."};
  const std::vector<int> styles = {-1, kMarkSelectedPlace, -1, kMarkOtherMention, -1};
  float x = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(lines[0].runs[i].text, texts[i]);
    EXPECT_EQ(lines[0].runs[i].style, styles[i]) << texts[i];
    EXPECT_FLOAT_EQ(lines[0].runs[i].x, x) << texts[i];
    x += lines[0].runs[i].width;
  }
  EXPECT_EQ(lines[0].runs[1].mark, 0);
  EXPECT_EQ(lines[0].runs[3].mark, 1);
}

TEST(PassageLayout, MentionBrokenAcrossLinesKeepsItsStyleOnBothLines) {
  const std::string text = "Talks on the Lachin corridor resumed in Kars.";
  const std::vector<LayoutLine> lines = Layout(text, {MarkOn(text, "Lachin corridor", kMarkSelectedPlace)}, 100);
  std::vector<std::string> highlighted;
  for (const LayoutLine& line : lines)
    for (const LayoutRun& run : line.runs)
      if (run.style == kMarkSelectedPlace) highlighted.push_back(run.text);
  EXPECT_EQ(highlighted, (std::vector<std::string>{"Lachin", "corridor"}));
}

TEST(PassageLayout, OverlappingMarksLowestStyleWins) {
  const std::string text = "Nagorno-Karabakh";
  const std::vector<LayoutLine> lines =
      Layout(text, {{0, 16, kMarkOtherMention}, {0, 7, kMarkSelectedPlace}}, 1000);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  EXPECT_EQ(lines[0].runs[0].text, "Nagorno");
  EXPECT_EQ(lines[0].runs[0].mark, 1);
  EXPECT_EQ(lines[0].runs[1].text, "-Karabakh");
  EXPECT_EQ(lines[0].runs[1].mark, 0);
}

TEST(PassageLayout, AzerbaijaniMentionWithMultiByteLettersIsExact) {
  const std::string text = "İlham Əliyev Naxçıvanda, İğdırın yaxınlığında çıxış edib.";
  const std::vector<LayoutLine> lines =
      Layout(text, {MarkOn(text, "Naxçıvan", kMarkSelectedPlace), MarkOn(text, "İğdır", kMarkOtherMention)}, 1000);
  ASSERT_NE(RunOfMark(lines, 0), nullptr);
  ASSERT_NE(RunOfMark(lines, 1), nullptr);
  EXPECT_EQ(RunOfMark(lines, 0)->text, "Naxçıvan");
  EXPECT_EQ(RunOfMark(lines, 1)->text, "İğdır");
  EXPECT_EQ(TextOf(lines[0]), text);
}

// باكو shaped: beh initial, alef final, kaf initial, waw final; reversed for display.
const std::string kBakuVisual = "\uFEEE\uFEDB\uFE8E\uFE91";

TEST(PassageLayout, ArabicIsOneRightAlignedShapedLine) {
  const std::string text = "وصل وفد السلام إلى باكو يوم الثلاثاء";
  const std::vector<LayoutLine> lines = Layout(text, {MarkOn(text, "باكو", kMarkSelectedPlace)}, 1000);
  ASSERT_EQ(lines.size(), 1u);
  const LayoutLine& line = lines[0];
  EXPECT_TRUE(line.rtl);
  ASSERT_FALSE(line.runs.empty());
  EXPECT_FLOAT_EQ(line.runs.front().x, 1000 - line.width);
  EXPECT_FLOAT_EQ(line.runs.back().x + line.runs.back().width, 1000);
  const std::string shown = TextOf(line);
  EXPECT_TRUE(HasCodePointIn(shown, 0xFE70, 0xFEFC)) << "not shaped to presentation forms";
  EXPECT_FALSE(HasCodePointIn(shown, 0x0622, 0x064A)) << "a joining letter left unshaped";  // hamza never joins
  EXPECT_TRUE(HasCodePointIn(shown, 0xFEFB, 0xFEFC)) << "no lam-alef ligature";
  EXPECT_FALSE(HasCodePointIn(shown, 0xFEFF, 0xFEFF));
  ASSERT_NE(RunOfMark(lines, 0), nullptr);
  EXPECT_EQ(RunOfMark(lines, 0)->text, kBakuVisual);
  EXPECT_EQ(RunOfMark(lines, 0)->style, kMarkSelectedPlace);
  // Read right to left: the first word (وصل: lam final, sad initial, waw) is at the right end.
  EXPECT_TRUE(shown.ends_with("\uFEDE\uFEBB\uFEED")) << shown;
}

TEST(PassageLayout, ArabicBracketsAreMirrored) {
  const std::vector<LayoutLine> lines = Layout("زار الوفد (باكو) أمس", {}, 1000);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(TextOf(lines[0]).find("(" + kBakuVisual + ")"), std::string::npos) << TextOf(lines[0]);
}

TEST(PassageLayout, ArabicWithLatinNumbersAndNameKeepsThemReadable) {
  const std::string text = "في 10 نوفمبر 2020 وقع Aliyev و Pashinyan بيانا";
  const std::vector<LayoutLine> lines = Layout(text, {MarkOn(text, "Aliyev", kMarkOtherMention)}, 1000);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].rtl);
  const std::string shown = TextOf(lines[0]);
  ASSERT_NE(shown.find("2020"), std::string::npos) << shown;
  ASSERT_NE(shown.find("10"), std::string::npos) << shown;
  ASSERT_NE(shown.find("Pashinyan"), std::string::npos) << shown;
  // Right to left: what is said later stands further left, but each number and name reads left to right.
  EXPECT_LT(shown.find("2020"), shown.find("10"));
  EXPECT_LT(shown.find("Pashinyan"), shown.find("Aliyev"));
  ASSERT_NE(RunOfMark(lines, 0), nullptr);
  EXPECT_EQ(RunOfMark(lines, 0)->text, "Aliyev");
  EXPECT_EQ(RunOfMark(lines, 0)->style, kMarkOtherMention);
}

TEST(PassageLayout, ArabicNameInsideEnglishIsShapedInPlace) {
  const std::string text = "The talks in باكو ended.";
  const std::vector<LayoutLine> lines = Layout(text, {MarkOn(text, "باكو", kMarkSelectedPlace)}, 1000);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_FALSE(lines[0].rtl);
  ASSERT_EQ(lines[0].runs.size(), 3u);
  EXPECT_EQ(lines[0].runs[0].text, "The talks in ");
  EXPECT_FLOAT_EQ(lines[0].runs[0].x, 0);
  EXPECT_EQ(lines[0].runs[1].text, kBakuVisual);
  EXPECT_EQ(lines[0].runs[2].text, " ended.");
}

TEST(PassageLayout, PersianIsShapedWithoutJoinerControls) {
  const std::string text = "گفتگوها در تهران ادامه می\u200Cیابد";
  const std::vector<LayoutLine> lines = Layout(text, {}, 1000);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].rtl);
  const std::string shown = TextOf(lines[0]);
  EXPECT_TRUE(HasCodePointIn(shown, 0xFB92, 0xFB95)) << "gaf not in a presentation form";
  EXPECT_FALSE(HasCodePointIn(shown, 0x200C, 0x200C));
}

TEST(PassageLayout, LongArabicWrapsIntoRightAlignedLines) {
  const std::string text =
      "وصل وفد السلام إلى باكو يوم الثلاثاء لبحث فتح ممر زنغزور وإعادة تشغيل خط السكك الحديدية عبر "
      "ناخيتشيفان بعد سنوات من الإغلاق";
  const std::vector<LayoutLine> lines = Layout(text, {}, 200);
  ASSERT_GT(lines.size(), 3u);
  for (const LayoutLine& line : lines) {
    EXPECT_TRUE(line.rtl);
    EXPECT_LE(line.width, 200);
    ASSERT_FALSE(line.runs.empty());
    EXPECT_FLOAT_EQ(line.runs.back().x + line.runs.back().width, 200);
  }
  EXPECT_TRUE(TextOf(lines[0]).ends_with("\uFEDE\uFEBB\uFEED")) << "the first word must start the first line, at the right";
}

TEST(PassageLayout, ParagraphsKeepTheirOwnDirection) {
  const std::vector<LayoutLine> lines = Layout("وصل الوفد إلى باكو\n2024\nTalks resumed.\n", {}, 1000);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(lines[0].rtl);
  EXPECT_TRUE(lines[1].rtl) << "a paragraph without letters follows the one before";
  EXPECT_FALSE(lines[2].rtl);
  EXPECT_EQ(TextOf(lines[2]), "Talks resumed.");
}

TEST(PassageLayout, NewlinesAndLineSeparatorsAreHardBreaks) {
  const std::vector<LayoutLine> lines = Layout("Kars\r\n\nShusha\u2028Lachin", {}, 1000);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(TextOf(lines[0]), "Kars");
  EXPECT_TRUE(lines[1].runs.empty());
  EXPECT_EQ(TextOf(lines[2]), "Shusha");
  EXPECT_EQ(TextOf(lines[3]), "Lachin");
}

TEST(PassageLayout, WordLongerThanTheLineIsCutBetweenCharacters) {
  const std::string word = "Naxçıvanmuxtarrespublikasıdəmiryolu";
  const std::vector<LayoutLine> lines = Layout("in " + word, {}, 100);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(TextOf(lines[0]), "in");
  std::string joined;
  for (size_t i = 1; i < lines.size(); ++i) {
    EXPECT_LE(lines[i].width, 100);
    joined += TextOf(lines[i]);
  }
  EXPECT_EQ(joined, word);
  EXPECT_EQ(lines[1].width, 100) << "each cut line is filled";
}

TEST(PassageLayout, CutsNeverSeparateACombiningMark) {
  std::string word;
  for (int i = 0; i < 25; ++i) word += "e\u0301";  // é as two code points
  const std::vector<LayoutLine> lines = Layout(word, {}, 50);
  ASSERT_EQ(lines.size(), 13u);
  for (const LayoutLine& line : lines) EXPECT_FALSE(TextOf(line).starts_with("\u0301"));
}

TEST(PassageLayout, CharacterWiderThanTheLineStillGetsALine) {
  const std::vector<LayoutLine> lines = Layout("abc", {}, 5);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(TextOf(lines[2]), "c");
}

TEST(PassageLayout, EmptyPassageHasNoLines) {
  EXPECT_TRUE(Layout("", {}, 100).empty());
  EXPECT_TRUE(Layout("", {{0, 0, kMarkSelectedPlace}}, 100).empty());
}

TEST(PassageLayout, MarksOutsideTheTextAreIgnored) {
  const std::vector<LayoutLine> lines = Layout("Shusha", {{-5, 2, 0}, {4, 400, 1}, {3, 1, 2}}, 100);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(TextOf(lines[0]), "Shusha");
  ASSERT_EQ(lines[0].runs.size(), 3u);
  EXPECT_EQ(lines[0].runs[0].text, "Sh");
  EXPECT_EQ(lines[0].runs[2].text, "ha");
}

TEST(PassageLayout, FiveThousandCharactersInReasonableTime) {
  const std::string sentences[] = {
      "The Middle Corridor runs from Baku to Tbilisi and Kars, and its capacity is expected to triple. ",
      "وصل وفد السلام إلى باكو يوم الثلاثاء لبحث فتح ممر زنغزور 2024. ",
      "Հայաստանի Սյունիքի մարզը սահմանակից է Իրանին։ ",
      "Naxçıvan Muxtar Respublikası İranla həmsərhəddir. "};
  std::string text;
  for (int i = 0; CodePointsOf(text).size() < 5000; ++i) text += sentences[i % 4];
  const auto start = std::chrono::steady_clock::now();
  const std::vector<LayoutLine> lines = Layout(text, {MarkOn(text, "Kars", kMarkSelectedPlace)}, 400);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 0.5);
  EXPECT_GT(lines.size(), 100u);
  for (const LayoutLine& line : lines) EXPECT_LE(line.width, 400);
}

}  // namespace
}  // namespace atlas::ui

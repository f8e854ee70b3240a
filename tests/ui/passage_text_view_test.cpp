// PassageTextView in a headless ImGui context (no backend, no GL): it advances the cursor by
// its height, follows the available width, draws highlights, and reports a click on a mark.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>
#include <functional>
#include <optional>

#include "ui/passage_text_view.h"

namespace atlas::ui {
namespace {

constexpr const char* kPassage =
    "The Lachin corridor, the only road between Armenia and Nagorno-Karabakh, was blocked from December 2022 "
    "until the offensive of September 2023.";

class PassageTextViewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    io.DisplaySize = ImVec2(1024, 768);
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
  }
  void TearDown() override { ImGui::DestroyContext(); }

  // One frame with `draw` inside a borderless window `window_width` wide at the origin.
  void Frame(float window_width, const std::function<void()>& draw) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(window_width, 700));
    ImGui::Begin("Sources", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    draw();
    ImGui::End();
    ImGui::Render();
  }
};

TEST_F(PassageTextViewTest, AdvancesTheCursorByItsHeight) {
  Frame(300, [] {
    const float height = PassageTextHeight(kPassage, {});
    const float before = ImGui::GetCursorPosY();
    PassageTextView("passage", kPassage, {});
    EXPECT_FLOAT_EQ(ImGui::GetCursorPosY() - before, height + ImGui::GetStyle().ItemSpacing.y);
    EXPECT_GE(height, 3 * ImGui::GetFontSize()) << "the passage should wrap to several lines";
    EXPECT_FLOAT_EQ(std::fmod(height, ImGui::GetFontSize() + PassageTextStyle().line_gap), 0.0f);
  });
}

TEST_F(PassageTextViewTest, EmptyPassageTakesNoSpace) {
  Frame(300, [] {
    const float before = ImGui::GetCursorPosY();
    EXPECT_FALSE(PassageTextView("empty", "", {}).has_value());
    EXPECT_EQ(PassageTextHeight("", {}), 0.0f);
    EXPECT_EQ(ImGui::GetCursorPosY(), before);
  });
}

TEST_F(PassageTextViewTest, NarrowerPanelGivesTallerPassage) {
  float wide = 0, narrow = 0;
  Frame(600, [&] { wide = PassageTextHeight(kPassage, {}); });
  Frame(200, [&] { narrow = PassageTextHeight(kPassage, {}); });
  EXPECT_GT(narrow, wide);
}

TEST_F(PassageTextViewTest, DrawsTheHighlightInTheMarkColour) {
  PassageTextStyle style;
  style.highlight_colours[kMarkSelectedPlace] = IM_COL32(1, 2, 3, 255);
  const auto highlight_vertices = [&](const std::vector<TextMark>& marks) {
    int count = 0;
    Frame(400, [&] {
      PassageTextView("passage", kPassage, marks, style);
      for (const ImDrawVert& v : ImGui::GetWindowDrawList()->VtxBuffer) count += v.col == IM_COL32(1, 2, 3, 255);
    });
    return count;
  };
  EXPECT_EQ(highlight_vertices({}), 0);
  EXPECT_GT(highlight_vertices({{4, 19, kMarkSelectedPlace}}), 0);
}

TEST_F(PassageTextViewTest, ClickOnAMarkReportsIt) {
  const std::vector<TextMark> marks = {{4, 10, kMarkSelectedPlace}};  // "Lachin"
  ImVec2 origin;
  std::optional<std::size_t> clicked;
  const auto frame_with_mouse = [&](ImVec2 at, bool down) {
    ImGui::GetIO().MousePos = at;
    ImGui::GetIO().MouseDown[0] = down;
    Frame(400, [&] {
      origin = ImGui::GetCursorScreenPos();
      clicked = PassageTextView("passage", kPassage, marks);
    });
  };
  frame_with_mouse(ImVec2(-1, -1), false);
  const ImVec2 on_lachin(origin.x + ImGui::CalcTextSize("The La").x, origin.y + 4);
  frame_with_mouse(on_lachin, false);
  frame_with_mouse(on_lachin, true);
  EXPECT_FALSE(clicked.has_value()) << "a click counts on release";
  frame_with_mouse(on_lachin, false);
  ASSERT_TRUE(clicked.has_value());
  EXPECT_EQ(*clicked, 0u);

  const ImVec2 on_plain_text(origin.x + 2, origin.y + 4);  // "The"
  frame_with_mouse(on_plain_text, false);
  frame_with_mouse(on_plain_text, true);
  frame_with_mouse(on_plain_text, false);
  EXPECT_FALSE(clicked.has_value());
}

}  // namespace
}  // namespace atlas::ui

// Legend icons; see symbol_icons.h.
#include "ui/symbol_icons.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace atlas::ui {
namespace {

ImU32 Colour(map::Rgba c) { return IM_COL32(c.r, c.g, c.b, c.a); }

// The outline of a regular shape as points (clockwise), for convex fills.
std::vector<ImVec2> Regular(ImVec2 c, float r, int sides, float start_degrees) {
  std::vector<ImVec2> points;
  for (int i = 0; i < sides; ++i) {
    const float a = (start_degrees + 360.f * float(i) / float(sides)) * 3.14159265f / 180.f;
    points.push_back({c.x + r * std::cos(a), c.y + r * std::sin(a)});
  }
  return points;
}

void Polygon(ImDrawList* draw, const std::vector<ImVec2>& points, ImU32 fill, ImU32 outline) {
  draw->AddConvexPolyFilled(points.data(), int(points.size()), fill);
  draw->AddPolyline(points.data(), int(points.size()), outline, ImDrawFlags_Closed, 1.0f);
}

}  // namespace

void DrawSymbolIcon(ImDrawList* draw, ImVec2 c, float r, map::SymbolShape shape, map::Rgba fill_rgba,
                    map::Rgba outline_rgba) {
  const ImU32 fill = Colour(fill_rgba), outline = Colour(outline_rgba);
  switch (shape) {
    case map::SymbolShape::kSquare:
      draw->AddRectFilled({c.x - r * 0.8f, c.y - r * 0.8f}, {c.x + r * 0.8f, c.y + r * 0.8f}, fill);
      draw->AddRect({c.x - r * 0.8f, c.y - r * 0.8f}, {c.x + r * 0.8f, c.y + r * 0.8f}, outline);
      break;
    case map::SymbolShape::kTriangle: Polygon(draw, Regular(c, r, 3, -90), fill, outline); break;
    case map::SymbolShape::kDiamond: Polygon(draw, Regular(c, r, 4, -90), fill, outline); break;
    case map::SymbolShape::kHexagon: Polygon(draw, Regular(c, r, 6, 0), fill, outline); break;
    case map::SymbolShape::kRing:
      draw->AddCircle(c, r * 0.78f, fill, 0, r * 0.44f);
      break;
    case map::SymbolShape::kCross: {
      const float arm = r * 0.34f;
      draw->AddRectFilled({c.x - r, c.y - arm}, {c.x + r, c.y + arm}, fill);
      draw->AddRectFilled({c.x - arm, c.y - r}, {c.x + arm, c.y + r}, fill);
      break;
    }
    case map::SymbolShape::kStar: {
      // Ten points alternating between the tips and the inner corners, filled as triangles
      // around the centre (a star is not convex).
      std::array<ImVec2, 10> p;
      for (int i = 0; i < 10; ++i) {
        const float a = (-90.f + 36.f * float(i)) * 3.14159265f / 180.f;
        const float radius = i % 2 ? r * 0.48f : r * 1.1f;
        p[size_t(i)] = {c.x + radius * std::cos(a), c.y + radius * std::sin(a)};
      }
      for (int i = 0; i < 10; ++i) draw->AddTriangleFilled(c, p[size_t(i)], p[size_t((i + 1) % 10)], fill);
      draw->AddPolyline(p.data(), 10, outline, ImDrawFlags_Closed, 1.0f);
      break;
    }
    case map::SymbolShape::kDot:
    case map::SymbolShape::kNone:
      draw->AddCircleFilled(c, r, fill);
      draw->AddCircle(c, r, outline);
      break;
  }
}

void DrawLineIcon(ImDrawList* draw, ImVec2 left, float width, const map::LineStyle& style, float scale) {
  if (style.casing_width > 0)
    draw->AddLine(left, {left.x + width, left.y}, Colour(style.casing), style.casing_width * scale);
  if (style.dash <= 0) {
    draw->AddLine(left, {left.x + width, left.y}, Colour(style.colour), style.width * scale);
    return;
  }
  for (float x = 0; x < width; x += (style.dash + style.gap) * scale) {
    const float end = std::min(width, x + std::max(style.dash * scale, style.width * scale));
    draw->AddLine({left.x + x, left.y}, {left.x + end, left.y}, Colour(style.colour), style.width * scale);
  }
}

ImVec2 IconSlot(float width) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetFrameHeight();
  ImGui::Dummy({width, h});
  return {at.x + width / 2, at.y + h / 2};
}

}  // namespace atlas::ui

// The point symbol shapes the symbol shader draws, shared by basemap styles, corpus markers
// and event layers. Data only.
#pragma once

namespace atlas::map {

// The numbering (1 dot … 8 star) is the symbol shader's; kNone draws nothing.
enum class SymbolShape { kNone, kDot, kSquare, kTriangle, kRing, kDiamond, kHexagon, kCross, kStar };

}  // namespace atlas::map

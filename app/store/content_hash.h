// Content hashes of raw file bytes (XXH3-128 from Debian's xxHash), for telling an unchanged
// file from a changed one. No GL, no ImGui.
#pragma once
#include <string>
#include <string_view>

namespace atlas::store {

std::string ContentHash(std::string_view bytes);  // 32 lowercase hex digits

}  // namespace atlas::store

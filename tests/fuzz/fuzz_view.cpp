// libFuzzer target: arbitrary bytes as a view file. A view either parses into a spec that
// is self-consistent (sizes in range, a paper's pixels matching it) and survives a round trip
// through ViewToJson, or is refused with an AtlasError; nothing else may happen.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "map/view_spec.h"
#include "util/error.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  atlas::map::ViewSpec spec;
  try {
    spec = atlas::map::ParseViewJson(bytes, "fuzz.json");
  } catch (const atlas::AtlasError&) {
    return 0;  // refused, with a message: correct
  }
  Check(spec.width > 0 && spec.height > 0 && spec.pixel_ratio > 0);
  if (spec.paper) {
    const auto pixels = atlas::map::PaperPixels(*spec.paper);
    Check(pixels && pixels->first == spec.width && pixels->second == spec.height);
  }
  // What was read is written back and reads the same.
  const atlas::map::ViewSpec again = atlas::map::ParseViewJson(atlas::map::ViewToJson(spec), "again.json");
  Check(again.width == spec.width && again.height == spec.height && again.name == spec.name);
  Check(again.date_from == spec.date_from && again.date_to == spec.date_to && again.actors == spec.actors);
  return 0;
}

// libFuzzer target: arbitrary bytes opened as the app's geodata, through the same loaders and
// with GDAL restricted to the same drivers (GeoPackage for vectors, GeoTIFF for relief). The
// first byte picks which. Either the data loads, or an AtlasError names the file; no crash.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "geo/basemap_loader.h"
#include "geo/map_projection.h"
#include "util/error.h"
#include "fuzz_work_dir.h"

namespace {
namespace fs = std::filesystem;

const fs::path& WorkDir() { return atlas::fuzz::FuzzWorkDir("fuzz-geodata"); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool raster = data[0] & 1;
  const fs::path file = WorkDir() / (raster ? "relief.tif" : "basemap.gpkg");
  fs::remove(file);
  std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(data + 1), std::streamsize(size - 1));
  const atlas::geo::MapProjection projection;
  try {
    if (raster) {
      atlas::geo::LoadRelief(file, projection);
    } else {
      atlas::geo::BasemapSource source;
      source.vector_file = file;
      atlas::geo::LoadBasemap(source, projection);
    }
  } catch (const atlas::AtlasError&) {
    // Refused with the file named: correct.
  }
  return 0;
}

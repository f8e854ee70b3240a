// Binary scene cache; see scene_cache.h. Format: magic, version, key, then length-prefixed
// arrays of plain structs. Every length is checked against what remains, so a truncated or
// damaged file is rejected, never trusted.
#include "map/scene_cache.h"

#include <cstdlib>
#include <cstring>
#include <functional>
#include <system_error>

#include "util/atomic_file.h"
#include "util/binary_record.h"
#include "util/file_stamp.h"
#include "util/mapped_file.h"

namespace atlas::map {
namespace fs = std::filesystem;
namespace {

constexpr char kMagic[8] = {'A', 'T', 'L', 'S', 'C', 'N', '0', '5'};

void WriteFill(BinaryWriter& w, const FillMesh& m) {
  w.Array(m.vertices);
  w.Array(m.slots);
  w.Array(m.indices);
  w.Array(m.chunks);
}

FillMesh ReadFill(BinaryReader& r) {
  FillMesh m;
  m.vertices = r.Array<DVec2>();
  m.slots = r.Array<uint8_t>();
  m.indices = r.Array<uint32_t>();
  m.chunks = r.Array<MeshChunk>();
  return m;
}

// Indices must stay inside the vertex arrays even if the file was damaged in a way that kept
// every length consistent.
bool Consistent(const FillMesh& m) {
  if (m.slots.size() != m.vertices.size()) return false;
  for (uint32_t i : m.indices)
    if (i >= m.vertices.size()) return false;
  for (const MeshChunk& c : m.chunks)
    if (uint64_t(c.first_index) + c.index_count > m.indices.size()) return false;
  return true;
}

bool Consistent(const LineMesh& m) {
  for (uint32_t i : m.indices)
    if (i != LineMesh::kRestart && i >= m.vertices.size()) return false;
  for (const MeshChunk& c : m.chunks)
    if (uint64_t(c.first_index) + c.index_count > m.indices.size()) return false;
  return true;
}

}  // namespace

std::string SceneCacheKey(const fs::path& vector_file, const fs::path& relief_file) {
  const std::string inputs =
      FileStamp(vector_file) + "|" + FileStamp(relief_file) + "|" + FileStamp(fs::path("/proc/self/exe"));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016zx", std::hash<std::string>()(inputs));
  return hex;
}

fs::path SceneCacheDir() {
  fs::path base;
  if (const char* v = std::getenv("XDG_CACHE_HOME"); v && *v) base = v;
  else if (const char* home = std::getenv("HOME"); home && *home) base = fs::path(home) / ".cache";
  else return {};
  return base / "caucasus-atlas";
}

std::optional<BasemapScene> LoadCachedScene(const fs::path& dir, const std::string& key) {
  if (dir.empty()) return std::nullopt;
  std::optional<MappedFile> file;
  try {
    file.emplace(dir / ("basemap-scene-" + key + ".bin"));
  } catch (...) {
    return std::nullopt;
  }
  BinaryReader r(file->bytes());
  char magic[8];
  for (char& c : magic) c = r.Pod<char>();
  if (std::memcmp(magic, kMagic, sizeof magic) != 0 || r.String() != key) return std::nullopt;
  BasemapScene scene;
  scene.region_bounds = r.Pod<geo::Bounds>();
  scene.world_bounds = r.Pod<geo::Bounds>();
  scene.world = ReadFill(r);
  scene.land = ReadFill(r);
  scene.land_generalised = ReadFill(r);
  scene.disputed = ReadFill(r);
  const auto groups = r.Pod<uint64_t>();
  for (uint64_t g = 0; g < groups && r.ok() && g < 64; ++g) {
    LineGroup group{LineRole(r.Pod<int32_t>()), r.String(), {}};
    if (int(group.role) < 0 || group.role >= LineRole::kCount) return std::nullopt;
    const auto lods = r.Pod<uint64_t>();
    for (uint64_t l = 0; l < lods && r.ok() && l < 64; ++l) {
      LineLod lod;
      lod.max_resolution = r.Pod<double>();
      lod.mesh.vertices = r.Array<LineVertex>();
      lod.mesh.indices = r.Array<uint32_t>();
      lod.mesh.chunks = r.Array<MeshChunk>();
      if (!Consistent(lod.mesh)) return std::nullopt;
      group.lods.push_back(std::move(lod));
    }
    scene.lines.push_back(std::move(group));
  }
  const auto labels = r.Pod<uint64_t>();
  for (uint64_t i = 0; i < labels && r.ok(); ++i) {
    LabelCandidate c;
    c.text = r.String();
    c.anchor = r.Pod<DVec2>();
    c.cls = LabelClass(r.Pod<int32_t>());
    c.priority = r.Pod<float>();
    c.key = r.String();
    c.layer_id = r.String();
    c.geonames_id = r.Pod<int64_t>();
    if (int(c.cls) < 0 || c.cls >= LabelClass::kCount) return std::nullopt;
    scene.labels.push_back(std::move(c));
  }
  if (!r.ok() || !r.done()) return std::nullopt;
  for (const FillMesh* m : {&scene.world, &scene.land, &scene.land_generalised, &scene.disputed})
    if (!Consistent(*m)) return std::nullopt;
  return scene;
}

void SaveCachedScene(const fs::path& dir, const std::string& key, const BasemapScene& scene) {
  if (dir.empty()) return;
  BinaryWriter w;
  for (char c : kMagic) w.Pod(c);
  w.String(key);
  w.Pod(scene.region_bounds);
  w.Pod(scene.world_bounds);
  for (const FillMesh* m : {&scene.world, &scene.land, &scene.land_generalised, &scene.disputed}) WriteFill(w, *m);
  w.Pod<uint64_t>(scene.lines.size());
  for (const LineGroup& g : scene.lines) {
    w.Pod<int32_t>(int32_t(g.role));
    w.String(g.layer_id);
    w.Pod<uint64_t>(g.lods.size());
    for (const LineLod& lod : g.lods) {
      w.Pod(lod.max_resolution);
      w.Array(lod.mesh.vertices);
      w.Array(lod.mesh.indices);
      w.Array(lod.mesh.chunks);
    }
  }
  w.Pod<uint64_t>(scene.labels.size());
  for (const LabelCandidate& c : scene.labels) {
    w.String(c.text);
    w.Pod(c.anchor);
    w.Pod<int32_t>(int32_t(c.cls));
    w.Pod(c.priority);
    w.String(c.key);
    w.String(c.layer_id);
    w.Pod(c.geonames_id);
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path target = dir / ("basemap-scene-" + key + ".bin");
  try {
    WriteFileAtomically(target, w.data());
  } catch (...) {
    return;  // a read-only or full disk only costs the next start its speed
  }
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("basemap-scene-", 0) == 0 && entry.path() != target) fs::remove(entry.path(), ec);
  }
}

}  // namespace atlas::map

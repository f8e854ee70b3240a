// AtlasError: the one exception type that carries a user-facing, one-line message
// naming the file (or flag) and the problem. Owns no state; includes nothing of GL/ImGui.
#pragma once
#include <stdexcept>
#include <string>

namespace atlas {

// what() reads "<subject>: <problem>", e.g. "geodata/basemap.gpkg: not a GeoPackage".
class AtlasError : public std::runtime_error {
 public:
  AtlasError(const std::string& subject, const std::string& problem)
      : std::runtime_error(subject.empty() ? problem : subject + ": " + problem),
        subject_(subject), problem_(problem) {}
  const std::string& subject() const { return subject_; }
  const std::string& problem() const { return problem_; }

 private:
  std::string subject_;
  std::string problem_;
};

}  // namespace atlas

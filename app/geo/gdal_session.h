// GDAL process set-up and error capture: registers drivers once, and turns GDAL's
// CPLError messages into AtlasError text instead of stderr noise. No GL, no ImGui.
#pragma once
#include <string>

namespace atlas::geo {

void EnsureGdalRegistered();

// While alive, GDAL errors are recorded here instead of being printed.
class GdalErrorCapture {
 public:
  GdalErrorCapture();
  ~GdalErrorCapture();
  GdalErrorCapture(const GdalErrorCapture&) = delete;
  GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;
  bool failed() const { return !message_.empty(); }
  const std::string& message() const { return message_; }
  void clear() { message_.clear(); }

 private:
  static void Handler(int err_class, int err_no, const char* msg);
  std::string message_;
};

}  // namespace atlas::geo

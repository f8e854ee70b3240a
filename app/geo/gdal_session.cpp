// GDAL registration and error capture; see gdal_session.h.
#include "geo/gdal_session.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace atlas::geo {
namespace {
thread_local GdalErrorCapture* t_capture = nullptr;
}

void EnsureGdalRegistered() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

GdalErrorCapture::GdalErrorCapture() {
  EnsureGdalRegistered();
  t_capture = this;
  CPLPushErrorHandler(reinterpret_cast<CPLErrorHandler>(&GdalErrorCapture::Handler));
}

GdalErrorCapture::~GdalErrorCapture() {
  CPLPopErrorHandler();
  t_capture = nullptr;
}

void GdalErrorCapture::Handler(int err_class, int, const char* msg) {
  if (err_class < CE_Failure || !t_capture) return;  // warnings and debug output are not errors
  if (t_capture->message_.empty()) t_capture->message_ = msg ? msg : "unknown GDAL error";
}

}  // namespace atlas::geo

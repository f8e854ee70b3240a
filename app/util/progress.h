// Progress reporting shared by long-running actions (ingest, export, geodata load).
// A plain callback type; must not include GL, ImGui or any I/O.
#pragma once
#include <functional>
#include <string_view>

namespace atlas {

// fraction in [0,1]; message says what is being done. Return false to ask the action to stop.
using ProgressFn = std::function<bool(double fraction, std::string_view message)>;

inline bool ReportProgress(const ProgressFn& fn, double fraction, std::string_view message) {
  return fn ? fn(fraction, message) : true;
}

}  // namespace atlas

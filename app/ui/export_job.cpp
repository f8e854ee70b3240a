// The GUI's export worker; see export_job.h.
#include "ui/export_job.h"

#include <cstdio>

#include "util/error.h"

namespace atlas::ui {

ExportJob::~ExportJob() {
  cancel_ = true;
  if (worker_.joinable()) worker_.join();
}

std::string ExportJob::stage() const {
  std::lock_guard lock(mutex_);
  return stage_;
}

bool ExportJob::Start(render::ExportRequest request) {
  if (running_) return false;
  if (worker_.joinable()) worker_.join();
  running_ = true;
  cancel_ = false;
  fraction_ = 0;
  {
    std::lock_guard lock(mutex_);
    stage_ = "starting";
    outcome_.reset();
  }
  worker_ = std::thread([this, request = std::move(request)] {
    Outcome outcome;
    try {
      outcome.report = render::ExportView(request, [this](double fraction, std::string_view stage) {
        fraction_ = fraction;
        {
          std::lock_guard lock(mutex_);
          stage_ = std::string(stage);
        }
        if (wake_) wake_();
        return !cancel_;
      });
      outcome.ok = true;
      const render::MapExportReport& r = outcome.report;
      char line[512];
      std::snprintf(line, sizeof line, "Wrote %s (%d\u00d7%d)%s in %.1f s", request.out.filename().c_str(), r.width,
                    r.height, r.written.size() > 1 ? " and its sources" : "",
                    r.load_seconds + r.render_seconds + r.encode_seconds);
      outcome.message = line;
    } catch (const AtlasError& e) {
      outcome.message = e.what();
    } catch (const std::exception& e) {
      outcome.message = std::string("export failed: ") + e.what();
    }
    {
      std::lock_guard lock(mutex_);
      outcome_ = std::move(outcome);
    }
    running_ = false;
    if (wake_) wake_();
  });
  return true;
}

std::optional<ExportJob::Outcome> ExportJob::TakeOutcome() {
  std::lock_guard lock(mutex_);
  if (running_ || !outcome_) return std::nullopt;
  std::optional<Outcome> out = std::move(outcome_);
  outcome_.reset();
  return out;
}

}  // namespace atlas::ui

// An export started from the GUI: render::ExportView on a worker thread (with its own headless
// GL context), its progress readable each frame and its outcome taken once. Draws nothing.
#pragma once
#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "render/map_export.h"

namespace atlas::ui {

class ExportJob {
 public:
  // `wake` is called from the worker when there is news (progress, the end), so an idle
  // GUI loop waiting on events redraws.
  explicit ExportJob(std::function<void()> wake = {}) : wake_(std::move(wake)) {}
  ~ExportJob();  // asks a running export to stop, and waits for it

  // False (and nothing starts) while another export runs.
  bool Start(render::ExportRequest request);
  bool running() const { return running_; }
  double fraction() const { return fraction_; }
  std::string stage() const;
  void Cancel() { cancel_ = true; }

  struct Outcome {
    bool ok = false;
    std::string message;  // "Wrote brief.png (3508×2480) and its sources in 1.4 s" or the error line
    render::MapExportReport report;
  };
  // The finished export's outcome, once; nothing while running or after it was taken.
  std::optional<Outcome> TakeOutcome();

 private:
  std::function<void()> wake_;
  std::thread worker_;
  std::atomic<bool> running_{false}, cancel_{false};
  std::atomic<double> fraction_{0};
  mutable std::mutex mutex_;
  std::string stage_;
  std::optional<Outcome> outcome_;
};

}  // namespace atlas::ui

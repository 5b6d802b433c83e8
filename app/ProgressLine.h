#pragma once
// The CLI's progress line on stderr: rewritten in place on a terminal, one
// line per stage change or every few seconds when stderr is a file or pipe
// (logs and CI stay readable).

#include "core/Progress.h"

#include <chrono>
#include <string>

namespace prodrome::app {

class ProgressLine {
 public:
  ProgressLine();
  ~ProgressLine();  // ends an open terminal line
  void update(const std::string& stage, double fraction, const std::string& detail);
  void finishLine();
  core::StageProgress callback();

 private:
  bool terminal_ = false;
  bool open_ = false;
  std::string lastStage_;
  std::chrono::steady_clock::time_point lastPrint_{};
};

// Installs SIGINT/SIGTERM handlers that raise the returned flag once (a
// second Ctrl+C kills as usual), so a long command stops between steps and
// keeps its checkpoint.
const std::atomic<bool>* interruptFlag();

}  // namespace prodrome::app

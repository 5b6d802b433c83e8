#include "app/ProgressLine.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>

namespace prodrome::app {

ProgressLine::ProgressLine() : terminal_(::isatty(STDERR_FILENO) == 1) {}

ProgressLine::~ProgressLine() { finishLine(); }

void ProgressLine::finishLine() {
  if (open_) std::fputc('\n', stderr);
  open_ = false;
}

void ProgressLine::update(const std::string& stage, double fraction, const std::string& detail) {
  const auto now = std::chrono::steady_clock::now();
  const bool newStage = stage != lastStage_;
  const int percent = static_cast<int>(fraction * 100 + 0.5);
  if (terminal_) {
    if (!newStage && now - lastPrint_ < std::chrono::milliseconds(100) && fraction < 1) return;
    if (newStage) finishLine();
    std::fprintf(stderr, "\r\033[K%-22s %3d%%  %s", stage.c_str(), percent, detail.c_str());
    open_ = true;
  } else {
    if (!newStage && now - lastPrint_ < std::chrono::seconds(5) && fraction < 1) return;
    std::fprintf(stderr, "%-22s %3d%%  %s\n", stage.c_str(), percent, detail.c_str());
  }
  std::fflush(stderr);
  lastStage_ = stage;
  lastPrint_ = now;
}

core::StageProgress ProgressLine::callback() {
  return [this](const std::string& s, double f, const std::string& d) { update(s, f, d); };
}

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int signal) {
  interrupted.store(true);
  std::signal(signal, SIG_DFL);  // a second signal ends the process
}

}  // namespace

const std::atomic<bool>* interruptFlag() {
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
  return &interrupted;
}

}  // namespace prodrome::app

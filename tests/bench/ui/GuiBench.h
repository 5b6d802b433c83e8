#pragma once
// What the GUI benchmarks share: running the event loop until a condition
// holds (the window's work arrives through queued signals).

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace prodrome::bench {

// Processes events until `done` or `timeoutMs`; false on the timeout.
inline bool waitFor(const std::function<bool()>& done, int timeoutMs = 20000) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > timeoutMs) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
  }
  return true;
}

}  // namespace prodrome::bench

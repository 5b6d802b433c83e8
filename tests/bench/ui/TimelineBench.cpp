// Paint time of the timeline at the size of issue 6's target: a recording of
// 10^5 frames with 10^4 events, 10^4 clip windows and 10^5 probability points,
// plus what forecast review adds (issue 7): the threshold line, 1,000 alarm
// marks of every outcome and decision, a selected alarm, the playhead's
// window highlighted and a hovered window; zoomed in, scrolled and zoomed
// out through 200 steps by wheel events (as a user would), each step
// rendered into a QImage, then the threshold dragged through the lane. Prints median, p95 and max
// per phase and overall, and the ratio of the budget of one 60 Hz frame
// (16.7 ms) to the p95 (> 1: within budget). Wall time is what the user
// sees; the thread's CPU time beside it is what the paint costs when other
// processes share the cores (wall spikes then are waits, not work).
//
//   QT_QPA_PLATFORM=offscreen bench_timeline [width=1600] [steps=200] [review=1]
//
// review=0 leaves out the review's marks, window span and hover, to compare
// with issue 6's figures on the same machine.

#include "ui/timeline/TimelineWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QWheelEvent>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using prodrome::ui::TimelineAlarm;
using prodrome::ui::TimelineEvent;
using prodrome::ui::TimelineProbability;
using prodrome::ui::TimelineWidget;
using prodrome::ui::TimelineWindow;

namespace {

constexpr qint64 kFrames = 100000;
constexpr int kEvents = 10000;
constexpr int kAlarms = 1000;
constexpr double kBudgetMs = 1000.0 / 60.0;

struct Stats {
  double median, p95, max;
};
Stats stats(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  const auto at = [&](double q) {
    return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * (ms.size() - 1) + 0.5))];
  };
  return {at(0.5), at(0.95), ms.back()};
}
struct Sample {
  double wallMs, cpuMs;
};
void print(const char* phase, const std::vector<Sample>& samples) {
  std::vector<double> wall, cpu;
  for (const Sample& s : samples) {
    wall.push_back(s.wallMs);
    cpu.push_back(s.cpuMs);
  }
  const Stats w = stats(wall), c = stats(cpu);
  std::printf(
      "%-26s %4zu paints  wall median %6.2f p95 %6.2f max %6.2f ms  budget/p95 %6.1fx  |  cpu median %6.2f p95 "
      "%6.2f max %6.2f ms  budget/p95 %6.1fx\n",
      phase, samples.size(), w.median, w.p95, w.max, kBudgetMs / w.p95, c.median, c.p95, c.max, kBudgetMs / c.p95);
}
double threadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

void mouse(QWidget& w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons) {
  const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
  QMouseEvent event(type, pos, w.mapToGlobal(pos), button, buttons, Qt::NoModifier);
  QApplication::sendEvent(&w, &event);
}

void wheel(QWidget& w, double x, int delta, Qt::KeyboardModifiers modifiers) {
  const QPointF pos(x, w.height() / 2.0);
  QWheelEvent event(pos, w.mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase,
                    false);
  QApplication::sendEvent(&w, &event);
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const int width = argc > 1 ? std::stoi(argv[1]) : 1600;
  const int steps = argc > 2 ? std::stoi(argv[2]) : 200;
  const bool review = argc > 3 ? std::stoi(argv[3]) != 0 : true;

  // Seizures and artifacts of 5-60 frames spread over the recording (10 per
  // 100 frames on average: far denser than any night), windows before each
  // seizure, and a probability for every frame.
  std::mt19937 rng(6);
  std::vector<TimelineEvent> events;
  std::vector<TimelineWindow> windows;
  qint64 at = 0;
  for (int i = 0; i < kEvents; ++i) {
    at += 2 + static_cast<qint64>(rng() % 14);
    const qint64 length = 1 + static_cast<qint64>(rng() % 6);
    const int kind = static_cast<int>(rng() % 10);
    events.push_back({i + 1, at, at + length,
                      kind < 7   ? "seizure"
                      : kind < 9 ? "artifact"
                                 : "other",
                      QStringLiteral("type %1").arg(i % 7), QString()});
    windows.push_back({std::max<qint64>(0, at - 12), at - 2, i % 3 == 0 ? "normal" : "preictal"});
    at += length;
  }
  std::vector<TimelineProbability> curve;
  curve.reserve(kFrames);
  for (qint64 f = 0; f < kFrames; ++f)
    curve.push_back({f, 0.5 + 0.45 * std::sin(f / 37.0) * std::cos(f / 1731.0) + 0.04 * ((rng() % 100) / 100.0)});

  // Alarms every 100 frames on average, outcomes and decisions mixed.
  std::vector<TimelineAlarm> alarms;
  for (int i = 0; i < kAlarms; ++i)
    alarms.push_back({static_cast<qint64>(i) * (kFrames / kAlarms) + static_cast<qint64>(rng() % 90),
                      static_cast<TimelineAlarm::Outcome>(rng() % 3), static_cast<TimelineAlarm::Decision>(rng() % 3)});

  TimelineWidget w;
  w.setRecording(kFrames, 30.0);
  w.setEvents(events);
  w.setClipWindows(windows);
  w.setProbabilities(curve, 0.8);
  if (review) {
    w.setProbabilityWindow(150);
    w.setAlarms(alarms);
    w.setSelectedAlarm(alarms[kAlarms / 2].frame);
    w.setPlayhead(alarms[kAlarms / 2].frame);  // its window is highlighted
  }
  w.resize(width, w.sizeHint().height());
  w.show();
  QApplication::processEvents();
  // A hovered window that stays under the cursor through the wheel steps.
  if (review) mouse(w, QEvent::MouseMove, QPointF(width * 0.6, w.probabilityLaneCentreY()), Qt::NoButton);

  QImage image(w.size() * w.devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(w.devicePixelRatioF());
  QElapsedTimer timer;
  const auto paint = [&] {
    const double cpu = threadCpuMs();
    timer.start();
    w.render(&image);
    return Sample{timer.nsecsElapsed() / 1e6, threadCpuMs() - cpu};
  };

  std::printf("timeline %dx%d px, %lld frames, %zu events, %zu windows, %zu probability points, %zu alarm marks\n",
              w.width(), w.height(), static_cast<long long>(kFrames), events.size(), windows.size(), curve.size(),
              review ? alarms.size() : 0);
  const Sample first = paint();
  std::printf("%-26s wall %.2f ms, cpu %.2f ms (builds the overview cache)\n", "first paint", first.wallMs,
              first.cpuMs);

  // 30% zoom in around wandering cursors, 40% scrolling, 30% zoom back out.
  const int zoomIn = steps * 3 / 10, scroll = steps * 4 / 10, zoomOut = steps - zoomIn - scroll;
  std::vector<Sample> zoomInMs, scrollMs, zoomOutMs, all;
  const double left = w.xForFrame(0), right = w.xForFrame(kFrames);
  std::uniform_real_distribution<double> cursor(left, right);
  // Half notches (a smooth wheel): 60 of them zoom from the whole recording
  // to ~120 frames; the scroll phase then pans there in both directions.
  for (int i = 0; i < zoomIn; ++i) {
    wheel(w, cursor(rng), 60, Qt::NoModifier);
    zoomInMs.push_back(paint());
  }
  const qint64 spanAfterZoom = w.visibleLast() - w.visibleFirst() + 1;
  for (int i = 0; i < scroll; ++i) {
    wheel(w, cursor(rng), (i / 20) % 2 ? 120 : -120, Qt::ShiftModifier);
    scrollMs.push_back(paint());
  }
  for (int i = 0; i < zoomOut; ++i) {
    wheel(w, cursor(rng), -90, Qt::NoModifier);
    zoomOutMs.push_back(paint());
  }
  for (auto* phase : {&zoomInMs, &scrollMs, &zoomOutMs}) all.insert(all.end(), phase->begin(), phase->end());

  std::printf("deepest zoom: %lld frames visible\n", static_cast<long long>(spanAfterZoom));
  print("zoom in (wheel)", zoomInMs);
  print("scroll (shift+wheel)", scrollMs);
  print("zoom out (wheel)", zoomOutMs);
  print("all steps", all);

  // The whole recording in view is the worst case (every event and point
  // visible); playback repaints it once per frame.
  w.setVisibleRange(0, kFrames - 1);
  std::vector<Sample> whole;
  for (int i = 0; i < 50; ++i) {
    w.setPlayhead(i * 1000);
    whole.push_back(paint());
  }
  print("whole recording, playing", whole);

  // Dragging the threshold line over the whole recording: each move
  // repaints the lane (and re-renders the overview, whose alarm shading
  // follows the threshold).
  const double x = w.xForFrame(kFrames / 3);
  const double top = w.thresholdY();
  std::vector<Sample> threshold;
  mouse(w, QEvent::MouseMove, QPointF(x, top), Qt::NoButton);
  mouse(w, QEvent::MouseButtonPress, QPointF(x, top), Qt::LeftButton);
  for (int i = 1; i <= 50; ++i) {
    mouse(w, QEvent::MouseMove, QPointF(x, top + i * 0.5), Qt::LeftButton);
    threshold.push_back(paint());
  }
  mouse(w, QEvent::MouseButtonRelease, QPointF(x, top + 25), Qt::NoButton);
  std::printf("threshold dragged from 0.800 to %.3f\n", w.threshold());
  print("threshold drag, whole", threshold);
  return 0;
}

// Paint time of a signal lane (issue 14 §2 target: ≤ 16 ms at any zoom) for
// a day of 256 Hz data, 22,118,400 samples, at zooms from the whole day to
// five seconds, each view painted 20 times into a QImage of the lane's size.
// The reference, measured in the same run on the same views: the min and
// max per pixel column read from the raw samples (what a lane without the
// pyramid would do), timed over 3 paints. Prints per zoom the median and max
// of the lane, the reference's median, and the ratios budget / lane max
// (> 1: within 16 ms) and reference / lane.
//
//   QT_QPA_PLATFORM=offscreen bench_signal_lane [width=1600]

#include "ui/timeline/SignalLane.h"
#include "ui/timeline/TimelineColors.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace prodrome::ui;

namespace {

constexpr double kRate = 256;
constexpr double kDaySeconds = 24 * 3600;
constexpr double kFps = 30;
constexpr double kBudgetMs = 16.0;

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// The reference: every raw sample in the view, min and max per column.
double bruteForce(const SignalTrace& t, double startSeconds, double spanSeconds, int width) {
  float sink = 0;
  const double perPixel = spanSeconds / width;
  for (int x = 0; x < width; ++x) {
    const auto a = static_cast<std::size_t>(std::max(0.0, (startSeconds + x * perPixel) * kRate));
    const auto b = std::min(t.samples.size(), static_cast<std::size_t>((startSeconds + (x + 1) * perPixel) * kRate));
    float lo = INFINITY, hi = -INFINITY;
    for (std::size_t i = a; i < b; ++i) {
      lo = std::min(lo, t.samples[i]);
      hi = std::max(hi, t.samples[i]);
    }
    sink += hi - lo;
  }
  return sink;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const int width = argc > 1 ? std::atoi(argv[1]) : 1600;
  SignalTrace trace;
  trace.name = "eeg band power";
  trace.sampleRate = kRate;
  const auto n = static_cast<std::size_t>(kDaySeconds * kRate);
  trace.samples.resize(n);
  std::mt19937 rng(7);
  std::normal_distribution<float> noise(0, 1);
  for (std::size_t i = 0; i < n; ++i)
    trace.samples[i] = static_cast<float>(std::sin(static_cast<double>(i) / 2000.0)) + 0.3f * noise(rng);
  for (std::size_t i = 5'000'000; i < 5'010'000; ++i) trace.samples[i] = NAN;  // a dropout
  QElapsedTimer build;
  build.start();
  SignalLane lane;
  lane.setTrace(trace);
  std::printf("signal: %zu samples at %.0f Hz (24 h); pyramid built in %.0f ms\n", n, kRate,
              static_cast<double>(build.nsecsElapsed()) / 1e6);

  QImage image(width, 40, QImage::Format_ARGB32_Premultiplied);
  const TimelineColors colors = timelineColors(QPalette());
  const std::vector<std::pair<const char*, double>> zooms = {
      {"24 h", kDaySeconds}, {"1 h", 3600}, {"5 min", 300}, {"1 min", 60}, {"5 s", 5}};
  double worst = 0;
  std::printf("%-8s %12s %12s %16s %14s %14s\n", "view", "median_ms", "max_ms", "reference_ms", "budget/max",
              "reference/lane");
  for (const auto& [label, span] : zooms) {
    std::vector<double> times, reference;
    for (int k = 0; k < 20; ++k) {
      const double start = std::fmod(k * 3301.7, std::max(1.0, kDaySeconds - span));
      LaneContext ctx;
      ctx.scale = TimelineScale{start * kFps, span * kFps, 0, static_cast<double>(width)};
      ctx.rect = QRectF(0, 0, width, 40);
      ctx.fps = kFps;
      ctx.frameCount = static_cast<qint64>(kDaySeconds * kFps);
      image.fill(Qt::white);
      QPainter painter(&image);
      QElapsedTimer timer;
      timer.start();
      lane.paint(painter, ctx, colors);
      painter.end();
      times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
      if (k < 3) {
        timer.restart();
        volatile double sink = bruteForce(trace, start, span, width);
        (void)sink;
        reference.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
      }
    }
    const double med = median(times), mx = *std::max_element(times.begin(), times.end()), ref = median(reference);
    worst = std::max(worst, mx);
    std::printf("%-8s %12.3f %12.3f %16.3f %14.1f %14.1f\n", label, med, mx, ref, kBudgetMs / mx, ref / med);
  }
  std::printf("worst paint %.3f ms against the %.0f ms budget: %s\n", worst, kBudgetMs,
              worst <= kBudgetMs ? "met" : "NOT met");
  return 0;
}

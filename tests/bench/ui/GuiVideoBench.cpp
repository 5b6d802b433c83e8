// bench_gui_video: the main window, offscreen, on a 1 h 1280x720 30 fps H.264
// file with GOP 250 and B-frames (the video benchmark's file, generated once
// into ~/.cache/prodrome-bench or PRODROME_BENCH_DIR). Measures, from the
// request to the picture painted in the video view:
//   seek -> keyframe preview, seek -> exact frame (random far targets);
//   ±1 frame steps while the arrow key is held (30 Hz key repeat), forward
//   and backward across GOP boundaries.
// Prints medians and p95 with the ratio to design.md §8's GUI targets
// (nearest keyframe ≤ 50 ms, exact ≤ 250 ms, ±1 frame ≤ 20 ms); a ratio ≥ 1
// meets the target.
//
//   bench_gui_video [--file F] [--seeks N] [--steps N]

#include "tests/bench/ui/GuiBench.h"
#include "tests/bench/video/BenchVideoFile.h"
#include "ui/FrameView.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

extern "C" {
#include <libavutil/log.h>
}

namespace fs = std::filesystem;
using namespace prodrome;

namespace {

struct Figures {
  double median = 0, p95 = 0, max = 0;
};

Figures summarise(std::vector<double> ms) {
  if (ms.empty()) return {};
  std::sort(ms.begin(), ms.end());
  const auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * (ms.size() - 1) + 0.5))]; };
  return {at(0.5), at(0.95), ms.back()};
}

void print(const char* what, const std::vector<double>& ms, double targetMs) {
  const Figures f = summarise(ms);
  std::printf(
      "%-34s n=%-4zu median %7.1f ms  p95 %7.1f ms  max %7.1f ms   target <= %3.0f ms: median %.2fx, p95 %.2fx\n", what,
      ms.size(), f.median, f.p95, f.max, targetMs, targetMs / std::max(f.median, 1e-3),
      targetMs / std::max(f.p95, 1e-3));
}

// Records when frames reach the screen (painted synchronously).
struct Probe {
  ui::FrameView* view = nullptr;
  QElapsedTimer clock;
  qint64 lastFrame = -1;
  bool lastExact = false;
  double firstAnyMs = -1;  // first picture after the request
  double exactMs = -1;     // the requested frame, exact
  qint64 wanted = -1;

  void arm(qint64 k) {
    wanted = k;
    firstAnyMs = exactMs = -1;
    clock.start();
  }
  std::vector<double> paintMs;
  void onFrame(qint64 frame, bool exact) {
    QElapsedTimer paint;
    paint.start();
    view->repaint();  // "on screen": include the paint
    paintMs.push_back(paint.nsecsElapsed() / 1e6);
    const double ms = clock.nsecsElapsed() / 1e6;
    lastFrame = frame;
    lastExact = exact;
    if (firstAnyMs < 0) firstAnyMs = ms;
    if (exact && frame == wanted && exactMs < 0) exactMs = ms;
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  av_log_set_level(AV_LOG_QUIET);
  QApplication app(argc, argv);
  fs::path file;
  int seeks = 40;
  int steps = 300;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--file") file = argv[i + 1];
    if (a == "--seeks") seeks = std::atoi(argv[i + 1]);
    if (a == "--steps") steps = std::atoi(argv[i + 1]);
  }
  if (file.empty()) file = bench::ensureBenchFile(3600);

  ui::MainWindow w;
  w.resize(1400, 900);
  w.show();
  Probe probe;
  probe.view = w.findChild<ui::FrameView*>();
  QObject::connect(&w, &ui::MainWindow::frameShown, [&probe](qint64 f, bool exact) { probe.onFrame(f, exact); });

  QElapsedTimer openClock;
  openClock.start();
  probe.arm(0);
  if (!w.openVideo(QString::fromStdString(file.string())) || !bench::waitFor([&] { return probe.exactMs >= 0; }, 600000)) {
    std::fprintf(stderr, "cannot open %s\n", file.c_str());
    return 1;
  }
  const qint64 frames = w.playback()->meta().frameCount;
  std::printf("file %s: %lld frames; open to first frame %.0f ms (index %s)\n\n", file.c_str(),
              static_cast<long long>(frames), openClock.nsecsElapsed() / 1e6,
              openClock.elapsed() > 2000 ? "built" : "from cache");

  std::mt19937_64 rng(42);
  std::uniform_int_distribution<qint64> anywhere(0, frames - 1);

  // ---- seeks: random far targets, each after the previous one settled.
  std::vector<double> preview, exact;
  for (int i = 0; i < seeks; ++i) {
    const qint64 k = anywhere(rng);
    probe.arm(k);
    w.showFrame(k);
    if (!bench::waitFor([&] { return probe.exactMs >= 0; })) {
      std::fprintf(stderr, "seek to %lld timed out\n", static_cast<long long>(k));
      return 1;
    }
    preview.push_back(probe.firstAnyMs);
    exact.push_back(probe.exactMs);
    QTest::qWait(30);
  }

  // ---- held arrow key: one press per 33 ms (key repeat), or at once when the
  // previous frame took longer; latency from the key to its exact frame.
  const auto holdKey = [&](Qt::Key key, int delta, qint64 start, std::vector<double>& out) {
    probe.arm(start);
    w.showFrame(start);
    bench::waitFor([&] { return probe.exactMs >= 0; });
    QTest::qWait(100);
    qint64 at = start;
    for (int i = 0; i < steps; ++i) {
      QElapsedTimer repeat;
      repeat.start();
      at += delta;
      probe.arm(at);
      QTest::keyClick(&w, key);
      if (!bench::waitFor([&] { return probe.exactMs >= 0; })) {
        std::fprintf(stderr, "step to %lld timed out\n", static_cast<long long>(at));
        std::exit(1);
      }
      out.push_back(probe.exactMs);
      while (repeat.elapsed() < 33) QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
  };
  std::vector<double> forward, backward;
  std::uniform_int_distribution<qint64> middle(frames / 4, frames * 3 / 4);
  holdKey(Qt::Key_Right, 1, middle(rng), forward);
  holdKey(Qt::Key_Left, -1, middle(rng), backward);

  print("seek -> keyframe preview on screen", preview, 50);
  print("seek -> exact frame on screen", exact, 250);
  print("+1 frame (key held, 30 Hz)", forward, 20);
  print("-1 frame (key held, 30 Hz)", backward, 20);
  std::vector<double> backwardSteady(backward.begin() + std::min<size_t>(1, backward.size()), backward.end());
  print("-1 frame, after the first step", backwardSteady, 20);
  print("(of which: painting the view)", probe.paintMs, 20);
  const Figures f = summarise(forward), b = summarise(backward);
  std::printf("\nstep back / step forward (median): %.2f (design: <= 2)\n", b.median / std::max(f.median, 1e-3));
  return 0;
}

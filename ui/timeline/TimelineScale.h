#pragma once
// Frame <-> x mapping of the zoomed lanes, and the ruler's tick steps and
// labels. Pure arithmetic, no widgets: the widget, its tests and the
// benchmark share one definition of "the frame under pixel x".

#include <QtGlobal>

namespace prodrome::ui {

// A visible span of frames [start, start + span) laid over pixels
// [left, left + width). Frame f occupies [x(f), x(f + 1)); an interval's
// edge at frame boundary b sits at x(b). Doubles, so that zooming around
// the cursor keeps sub-frame precision between wheel steps.
struct TimelineScale {
  double start = 0.0;
  double span = 1.0;
  double left = 0.0;
  double width = 1.0;

  double pixelsPerFrame() const { return width / span; }
  double x(double frame) const { return left + (frame - start) * width / span; }
  double position(double x) const { return start + (x - left) * span / width; }  // fractional frame
  qint64 frameAt(double x) const;                                                // the frame whose pixels hold x
  qint64 boundaryAt(double x) const;  // the frame boundary nearest x (for edges)
};

// Major ticks of the ruler: whole frames below a second, whole seconds,
// minutes and hours above it, chosen so that labels are at least
// `minSpacingPx` apart.
struct TickStep {
  bool inSeconds = false;
  double value = 1.0;  // frames, or seconds when inSeconds
  int minorDivisions = 5;
};
TickStep chooseTickStep(double pixelsPerFrame, double fps, double minSpacingPx);
// The frame of the k-th tick of `step` (second ticks land on the first frame
// of their second, so their labels read .000).
qint64 tickFrame(const TickStep& step, qint64 k, double fps);
// The first k whose tick frame is >= frame.
qint64 firstTickIndex(const TickStep& step, double frame, double fps);

}  // namespace prodrome::ui

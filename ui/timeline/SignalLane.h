#pragma once
// A time series beside the video (issue 14, section 2): one channel drawn as
// a band of its minimum and maximum per pixel column, so that a day of
// 256 Hz data (22 M samples) paints in a few milliseconds at any zoom. A
// pyramid of block minima and maxima (blocks of 16, 256, 4096, ... samples)
// is built once when the data arrives; a paint reads, per column, the blocks
// of the coarsest level that still fits in it. Zoomed in past one sample per
// pixel, the samples are joined by lines. Missing samples (NaN) leave gaps.
//
// The signal is placed on the recording's clock, seconds from the video's
// start, shifted by its offset (the user's lip-sync nudge). A press on the
// lane selects it (the one the nudge keys move) and seeks there.
//
// Markers (an EDF+ annotation, a CSV's marker column) are flags on the lane
// with their label, moved by the offset like the samples; a click on one
// goes to its time in the video.

#include "ui/timeline/TimelineLane.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace prodrome::ui {

struct SignalMark {
  double seconds = 0;   // on the signal's clock (before the offset)
  double duration = 0;  // 0: a point in time
  QString label;
};

struct SignalTrace {
  qint64 id = 0;  // the project's signal id
  QString name;
  double startSeconds = 0;    // the first sample's time
  double sampleRate = 0;      // > 0: regular; 0: `times` holds each sample's time
  std::vector<double> times;  // irregular only, increasing
  std::vector<float> samples;
  double offsetSeconds = 0;
  std::vector<SignalMark> marks;  // by time
};

class SignalLane : public TimelineLane {
  Q_OBJECT

 public:
  explicit SignalLane(QObject* parent = nullptr);

  void setTrace(SignalTrace trace);
  const SignalTrace& trace() const { return trace_; }
  void setOffset(double offsetSeconds);
  void setSelected(bool selected);
  bool selected() const { return selected_; }

  QString name() const override;
  double height() const override { return 40; }
  void paint(QPainter& painter, const LaneContext& lane, const TimelineColors& colors) override;
  QString toolTipAt(QPointF pos, const LaneContext& lane) const override;
  std::optional<qint64> press(QPointF pos, const LaneContext& lane) override;

  // The min and max of samples [first, last) (NaN when none is a number),
  // from the pyramid: exact to a block of the chosen level at either end.
  std::pair<float, float> range(std::size_t first, std::size_t last, std::size_t blockLimit) const;
  // The marker drawn within a grab's reach of `pos`, if any.
  const SignalMark* markAt(QPointF pos, const LaneContext& lane) const;
  // The video frame a marker goes to: its time plus the offset, at the
  // lane's rate.
  qint64 frameOf(const SignalMark& mark, double fps) const;
  std::optional<Qt::CursorShape> cursorAt(QPointF pos, const LaneContext& lane) const override;
  // The sample index at or after `seconds` on the signal's own clock.
  std::size_t indexAt(double seconds) const;

 Q_SIGNALS:
  void selectedByUser(qint64 signalId);

 private:
  double timeOf(std::size_t i) const;
  void buildPyramid();
  void paintMarks(QPainter& painter, const LaneContext& lane, const TimelineColors& colors) const;

  SignalTrace trace_;
  bool selected_ = false;
  double longestMark_ = 0;  // the longest marker's duration: how far back a visible one may start
  float lowest_ = 0, highest_ = 1;  // the finite samples' range: the lane's vertical scale
  struct Level {
    std::size_t block = 1;  // samples per entry
    std::vector<float> lo, hi;
  };
  std::vector<Level> levels_;  // blocks of 16, 256, ...
};

}  // namespace prodrome::ui

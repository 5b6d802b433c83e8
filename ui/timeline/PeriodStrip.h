#pragma once
// The whole night above the timeline (issue 14 §1): every file of the open
// recording's monitoring period as a block on the period's clock, the gaps
// between files hatched with their length, overlaps marked, every seizure of
// the period (all raters) as a red mark, the open file highlighted and the
// playhead where the picture is. The timeline below stays on the open file,
// at any zoom; this strip is the night's map.
//
// A click or drag asks for a time on the period's clock (secondsRequested);
// the window finds the file and frame (a time in a gap goes to the next
// file's first frame). The strip shows what it is given and edits nothing.
#include <QDateTime>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

namespace prodrome::ui {

struct PeriodStripFile {
  QString name;          // the file's name, for its block and tool tip
  double startSeconds = 0;  // on the period's clock
  double endSeconds = 0;
  double gapBeforeSeconds = 0;  // < 0: overlaps the previous file
  bool contiguousWithPrevious = false;
  QString problem;  // non-empty: why its video cannot be shown (missing, replaced), marked red
};

struct PeriodStripMark {
  double startSeconds = 0;
  double endSeconds = 0;  // an open seizure: its onset only
};

class PeriodStrip : public QWidget {
  Q_OBJECT

 public:
  explicit PeriodStrip(QWidget* parent = nullptr);

  // The files in the period's order; `wallStart` the period's wall-clock
  // start when some file is dated (the ends then read as wall clock).
  void setNight(std::vector<PeriodStripFile> files, std::optional<QDateTime> wallStart);
  void setMarks(std::vector<PeriodStripMark> marks);
  // The open file and where the picture is on the period's clock.
  void setPosition(std::optional<std::size_t> file, double seconds);

  const std::vector<PeriodStripFile>& files() const { return files_; }
  const std::vector<PeriodStripMark>& marks() const { return marks_; }
  std::optional<std::size_t> currentFile() const { return current_; }
  double positionSeconds() const { return seconds_; }

  // Geometry, for tests: where a time of the period is drawn, and back.
  double xForSeconds(double seconds) const;
  double secondsAtX(double x) const;
  // What the tool tip says at `pos`: a file, a gap or an overlap.
  QString toolTipAt(QPointF pos) const;
  // A time of the period as the ends show it: wall clock when dated, else
  // hours from the period's start.
  QString clockText(double seconds) const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 Q_SIGNALS:
  void secondsRequested(double seconds);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  bool event(QEvent* event) override;

 private:
  QRectF blocksRect() const;
  double spanStart() const;
  double spanEnd() const;

  std::vector<PeriodStripFile> files_;
  std::vector<PeriodStripMark> marks_;
  std::optional<QDateTime> wallStart_;
  std::optional<std::size_t> current_;
  double seconds_ = 0;
};

}  // namespace prodrome::ui

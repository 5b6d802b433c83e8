#pragma once
// Accepting an alarm that no annotated seizure follows would create a
// seizure (issue 16): the reviewer confirms where it begins instead of a
// seizure appearing at the playhead with only a status-bar line. The dialog
// proposes a frame, shows each frame chosen on the video (frameChosen), and
// creates nothing itself.

#include <QDialog>

class QLabel;
class QSpinBox;

namespace prodrome::ui {

class OnsetConfirmDialog : public QDialog {
  Q_OBJECT

 public:
  // `lastFrame`: the recording's last frame (the onset may not pass it).
  OnsetConfirmDialog(qint64 alarmFrame, qint64 proposedFrame, qint64 lastFrame, double fps, QWidget* parent = nullptr);

  qint64 frame() const;
  QSpinBox* frameSpin() const { return frame_; }

 Q_SIGNALS:
  void frameChosen(qint64 frame);

 private:
  void showTime();

  QSpinBox* frame_;
  QLabel* time_;
  double fps_;
};

}  // namespace prodrome::ui

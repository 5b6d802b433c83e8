#pragma once
// Visible transport controls under the video, for people who do not know
// J/K/L (issue 16 §7): to the start, a frame back, play/pause, a frame
// forward, to the end, the speed and a seek slider. They drive the same
// PlaybackController as the keys, and follow it: a key press moves the
// slider, a playing video shows the pause button.
//
// The buttons take no keyboard focus, so Space and the arrow keys keep
// going to the window's shortcuts.

#include <QStyle>
#include <QWidget>

class QComboBox;
class QSlider;
class QToolButton;

namespace prodrome::ui {

class PlaybackController;
struct VideoMeta;

class TransportBar : public QWidget {
  Q_OBJECT

 public:
  TransportBar(PlaybackController& playback, QWidget* parent = nullptr);

  QToolButton* playButton() const { return play_; }
  QSlider* seekSlider() const { return slider_; }
  QComboBox* speedBox() const { return speed_; }

 private:
  void onOpened(const VideoMeta& meta);
  void onClosed();
  void onPosition(qint64 frame);
  void onPlayState(bool playing, double speed);
  QToolButton* button(const QString& iconName, QStyle::StandardPixmap fallback, const QString& tip);

  PlaybackController& playback_;
  QToolButton *start_, *back_, *play_, *forward_, *end_;
  QComboBox* speed_;
  QSlider* slider_;
  bool following_ = false;  // moving the slider to the playback position, not seeking
};

}  // namespace prodrome::ui

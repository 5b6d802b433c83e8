#pragma once
// Where the window is in the open video and how it moves: seeks, steps,
// playback at 0.1×–16× forward or backward, J/K/L shuttle. Frames come from
// a FrameDecoder (worker thread); audio from AudioSync at 1×.
//
// position() is the frame the user asked for last; shownFrame() the one on
// screen, which lags it by the decoding time (and is a keyframe preview for
// a moment after a long jump).

#include "ui/FrameDecoder.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace prodrome::ui {

class AudioSync;

class PlaybackController : public QObject {
  Q_OBJECT

 public:
  static constexpr double kMinSpeed = 0.1;
  static constexpr double kMaxSpeed = 16.0;

  explicit PlaybackController(QObject* parent = nullptr);
  ~PlaybackController() override;

  void open(const QString& path);
  void close();
  bool hasVideo() const { return meta_.frameCount > 0; }
  const VideoMeta& meta() const { return meta_; }
  FrameDecoder* decoder() const { return decoder_; }
  AudioSync* audio() const { return audio_; }

  std::int64_t position() const { return position_; }
  std::int64_t shownFrame() const { return shown_; }
  bool shownExact() const { return shownExact_; }

  void seek(std::int64_t k);
  void step(std::int64_t delta);
  void stepSeconds(double seconds);
  void goToStart() { seek(0); }
  void goToEnd() { seek(meta_.frameCount - 1); }

  bool isPlaying() const { return playing_; }
  // Magnitude of the playback speed; direction() is +1 or -1.
  double speed() const { return speed_; }
  int direction() const { return direction_; }
  void play();
  void pause();
  void togglePlay();
  void setSpeed(double speed);
  void faster();
  void slower();
  // J/K/L: J plays backwards (again: faster), K pauses, L plays forwards.
  void shuttleBackward();
  void shuttleForward();

 Q_SIGNALS:
  void opened(const prodrome::ui::VideoMeta& meta);
  void openFailed(const QString& path, const QString& message);
  void closed();
  void positionChanged(qint64 frame);
  void frameReady(qint64 frame, const QImage& image, bool exact);
  void decodeFailed(qint64 frame, const QString& message);
  void playStateChanged(bool playing, double speed, int direction);
  // A step or playback went past the file's first (direction -1) or last
  // (+1) frame by `beyond` frames; the position stays at that end. A
  // period's next file takes over from here (MainWindow); `playing` says
  // whether playback ran into the end (it has paused since).
  void endReached(int direction, qint64 beyond, bool playing);

 private:
  void request(std::int64_t k, FrameDecoder::Kind kind);
  void tick();
  void restartClock();

  FrameDecoder* decoder_;
  AudioSync* audio_;
  QTimer* timer_;
  VideoMeta meta_;
  std::int64_t position_ = -1;
  std::int64_t shown_ = -1;
  bool shownExact_ = false;
  bool playing_ = false;
  double speed_ = 1.0;
  int direction_ = 1;
  // Playback clock: the frame time at the anchor plus elapsed × speed.
  QElapsedTimer clock_;
  double anchorSeconds_ = 0;
};

}  // namespace prodrome::ui

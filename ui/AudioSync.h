#pragma once
// The sound of the open video at 1× forward playback, through Qt Multimedia
// (QMediaPlayer + QAudioOutput on the same file; its video is not shown).
// Silent at any other speed, while paused and for files without audio. The
// video decoder is the clock: the player is re-positioned when it drifts.

#include <QObject>
#include <QString>

class QMediaPlayer;
class QAudioOutput;

namespace prodrome::ui {

class AudioSync : public QObject {
  Q_OBJECT

 public:
  explicit AudioSync(QObject* parent = nullptr);
  ~AudioSync() override;

  void setSource(const QString& path, bool hasAudio);
  // Called on every frame shown during playback with its time in seconds.
  void update(bool playingAtNormalSpeed, double seconds);
  void setMuted(bool muted);
  bool isMuted() const { return muted_; }
  bool isAudible() const { return audible_; }

 private:
  void ensurePlayer();

  QMediaPlayer* player_ = nullptr;
  QAudioOutput* output_ = nullptr;
  QString path_;
  bool hasAudio_ = false;
  bool muted_ = false;
  bool audible_ = false;
};

}  // namespace prodrome::ui

#pragma once
// Decodes the frames the window shows on a worker thread, so that seeks,
// steps and playback never freeze the GUI (design.md §8).
//
// Requests are coalesced: the worker serves only the latest one; a request
// that arrives while a frame is decoded replaces any waiting one. A long
// jump first shows the keyframe at or before the target (fast: one picture),
// then the exact frame, unless a newer request has come meanwhile. When the
// user steps backwards, a second thread with its own VideoSource decodes the
// previous GOP ahead of time into a shared store of immutable frames, so that
// crossing a GOP boundary backwards costs no more than a step forward.
//
// The files of a monitoring period (issue 14) may be given as a chain
// (setChain): opening one of them then takes the reader that was prepared
// while the previous file's last seconds played (core::ChainedVideoSource),
// so that crossing a boundary costs a step, not an open.
//
// All signals are emitted on the thread that owns the FrameDecoder (the GUI
// thread); images arrive converted to RGB with the display rotation applied.

#include "core/video/ChainedVideoSource.h"
#include "core/video/FrameIndex.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <memory>

namespace prodrome::ui {

struct VideoMeta {
  QString path;
  std::int64_t frameCount = 0;
  double fps = 0;
  int width = 0;
  int height = 0;
  bool hasAudio = false;
  // Immutable copy of the frame index: frame times for the GUI thread.
  std::shared_ptr<const core::FrameIndex> index;

  double secondsOf(std::int64_t k) const;
  std::int64_t frameAtSeconds(double seconds) const;
};

class FrameDecoder : public QObject {
  Q_OBJECT

 public:
  enum class Kind {
    kSeek,  // a jump: keyframe preview first when the target is far
    kStep,  // ±1 frame or a short move: exact at once, prefetch backwards
    kPlay,  // playback: sequential decoding
  };

  explicit FrameDecoder(QObject* parent = nullptr);
  ~FrameDecoder() override;  // stops and joins the worker threads

  // Opens asynchronously; opened() or openFailed() follows. Pending requests
  // for the previous file are dropped.
  void open(const QString& path);
  void close();
  // The period the files opened next belong to; empty: none (each file on
  // its own). Takes effect at the next open(); a chain equal to the current
  // one keeps what is prepared.
  void setChain(std::vector<core::ChainedFile> files);
  const std::vector<core::ChainedFile>& chain() const { return chain_; }
  // Asks for frame k of the open file (clamped to its range).
  void request(std::int64_t k, Kind kind);
  // True while a request is waiting or being decoded.
  bool busy() const;

 Q_SIGNALS:
  void opened(const prodrome::ui::VideoMeta& meta);
  void openFailed(const QString& path, const QString& message);
  // `exact` false: the keyframe preview `shown` stands in for `requested`.
  void frameReady(qint64 requested, qint64 shown, const QImage& image, bool exact);
  void decodeFailed(qint64 frame, const QString& message);

 private:
  struct Worker;
  std::unique_ptr<Worker> w_;
  std::vector<core::ChainedFile> chain_;
};

}  // namespace prodrome::ui

Q_DECLARE_METATYPE(prodrome::ui::VideoMeta)

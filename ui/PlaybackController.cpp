#include "ui/PlaybackController.h"

#include "ui/AudioSync.h"

#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>

namespace prodrome::ui {

namespace {
// Preset speeds for faster()/slower() and the shuttle.
constexpr std::array<double, 12> kSpeeds{0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 8, 12, 16};
// Steps this short are served exactly at once (no keyframe preview).
constexpr std::int64_t kShortStep = 8;
}  // namespace

PlaybackController::PlaybackController(QObject* parent)
    : QObject(parent), decoder_(new FrameDecoder(this)), audio_(new AudioSync(this)), timer_(new QTimer(this)) {
  timer_->setTimerType(Qt::PreciseTimer);
  connect(timer_, &QTimer::timeout, this, &PlaybackController::tick);
  connect(decoder_, &FrameDecoder::opened, this, [this](const VideoMeta& meta) {
    meta_ = meta;
    audio_->setSource(meta.path, meta.hasAudio);
    Q_EMIT opened(meta);
    if (position_ < 0) seek(0);  // the first frame, unless a listener went elsewhere (a reopened project)
  });
  connect(decoder_, &FrameDecoder::openFailed, this, &PlaybackController::openFailed);
  connect(decoder_, &FrameDecoder::decodeFailed, this, &PlaybackController::decodeFailed);
  connect(decoder_, &FrameDecoder::frameReady, this, [this](qint64, qint64 shown, const QImage& image, bool exact) {
    shown_ = shown;
    shownExact_ = exact;
    Q_EMIT frameReady(shown, image, exact);
    if (playing_) audio_->update(direction_ > 0 && speed_ == 1.0, meta_.secondsOf(shown));
  });
}

PlaybackController::~PlaybackController() = default;

void PlaybackController::open(const QString& path) {
  pause();
  meta_ = {};
  position_ = shown_ = -1;
  audio_->setSource({}, false);
  decoder_->open(path);
}

void PlaybackController::close() {
  pause();
  meta_ = {};
  position_ = shown_ = -1;
  audio_->setSource({}, false);
  decoder_->close();
  Q_EMIT closed();
}

void PlaybackController::request(std::int64_t k, FrameDecoder::Kind kind) {
  if (!hasVideo()) return;
  k = std::clamp<std::int64_t>(k, 0, meta_.frameCount - 1);
  position_ = k;
  decoder_->request(k, kind);
  Q_EMIT positionChanged(k);
}

void PlaybackController::seek(std::int64_t k) {
  const bool near = position_ >= 0 && std::llabs(k - position_) <= kShortStep;
  request(k, near ? FrameDecoder::Kind::kStep : FrameDecoder::Kind::kSeek);
  if (playing_) restartClock();
}

void PlaybackController::step(std::int64_t delta) {
  if (playing_) pause();  // a step means "this frame": playback would move on
  const std::int64_t target = position_ + delta;
  seek(target);
  if (hasVideo() && position_ >= 0 && target != position_)
    Q_EMIT endReached(target > position_ ? 1 : -1, std::llabs(target - position_), false);
}

void PlaybackController::stepSeconds(double seconds) {
  if (!hasVideo()) return;
  const double t = std::max(0.0, meta_.secondsOf(position_) + seconds);
  // Rounding through the index keeps variable-frame-rate files exact.
  std::int64_t k = meta_.frameAtSeconds(t + 1e-6);
  if (seconds > 0 && k <= position_) k = position_ + 1;
  const double end = meta_.secondsOf(meta_.frameCount - 1);
  const double wanted = meta_.secondsOf(position_) + seconds;
  seek(k);
  // Past either end: how far, in this file's frames, for a period's
  // neighbour to continue.
  if (wanted < 0 || wanted > end + 0.5 / std::max(1.0, meta_.fps)) {
    const double over = wanted < 0 ? -wanted : wanted - end;
    Q_EMIT endReached(wanted < 0 ? -1 : 1, std::max<qint64>(1, std::llround(over * std::max(1.0, meta_.fps))), false);
  }
}

void PlaybackController::restartClock() {
  anchorSeconds_ = meta_.secondsOf(position_);
  clock_.start();
}

void PlaybackController::play() {
  if (!hasVideo() || playing_) return;
  if (direction_ > 0 && position_ >= meta_.frameCount - 1) seek(0);
  playing_ = true;
  restartClock();
  const double fps = meta_.fps > 0 ? meta_.fps : 30.0;
  timer_->start(std::clamp(static_cast<int>(1000.0 / (fps * speed_) / 2), 2, 20));
  Q_EMIT playStateChanged(playing_, speed_, direction_);
}

void PlaybackController::pause() {
  if (!playing_) return;
  playing_ = false;
  timer_->stop();
  audio_->update(false, 0);
  Q_EMIT playStateChanged(playing_, speed_, direction_);
}

void PlaybackController::togglePlay() { playing_ ? pause() : play(); }

void PlaybackController::setSpeed(double speed) {
  speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
  if (playing_) restartClock();
  speed_ = speed;
  if (playing_) {
    const double fps = meta_.fps > 0 ? meta_.fps : 30.0;
    timer_->setInterval(std::clamp(static_cast<int>(1000.0 / (fps * speed_) / 2), 2, 20));
    audio_->update(direction_ > 0 && speed_ == 1.0, meta_.secondsOf(position_));
  }
  Q_EMIT playStateChanged(playing_, speed_, direction_);
}

void PlaybackController::faster() {
  auto it = std::upper_bound(kSpeeds.begin(), kSpeeds.end(), speed_ + 1e-9);
  setSpeed(it == kSpeeds.end() ? kMaxSpeed : *it);
}

void PlaybackController::slower() {
  auto it = std::lower_bound(kSpeeds.begin(), kSpeeds.end(), speed_ - 1e-9);
  setSpeed(it == kSpeeds.begin() ? kMinSpeed : *std::prev(it));
}

void PlaybackController::shuttleForward() {
  if (playing_ && direction_ > 0) {
    setSpeed(std::min(kMaxSpeed, speed_ * 2));
    return;
  }
  pause();
  direction_ = 1;
  speed_ = 1.0;
  play();
}

void PlaybackController::shuttleBackward() {
  if (playing_ && direction_ < 0) {
    setSpeed(std::min(kMaxSpeed, speed_ * 2));
    return;
  }
  pause();
  direction_ = -1;
  speed_ = 1.0;
  play();
}

void PlaybackController::tick() {
  if (!playing_ || !hasVideo()) return;
  const double t = anchorSeconds_ + direction_ * speed_ * (clock_.nsecsElapsed() / 1e9);
  std::int64_t target = meta_.frameAtSeconds(std::max(0.0, t) + 1e-6);
  const bool atEnd = (direction_ > 0 && target >= meta_.frameCount - 1) || (direction_ < 0 && t <= 0);
  target = std::clamp<std::int64_t>(target, 0, meta_.frameCount - 1);
  // Drop frames rather than queue them: only ask when the worker is free.
  if (target != position_ && !decoder_->busy()) {
    request(target, direction_ > 0 ? FrameDecoder::Kind::kPlay : FrameDecoder::Kind::kStep);
  }
  if (atEnd) {
    if (target != position_) request(target, FrameDecoder::Kind::kStep);
    pause();
    Q_EMIT endReached(direction_, 1, true);
  }
}

}  // namespace prodrome::ui

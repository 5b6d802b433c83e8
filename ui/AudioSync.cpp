#include "ui/AudioSync.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>

#include <cmath>

namespace prodrome::ui {

namespace {
// More drift than this is audible as lip-sync error: re-position the player.
constexpr qint64 kMaxDriftMs = 120;
}  // namespace

AudioSync::AudioSync(QObject* parent) : QObject(parent) {}
AudioSync::~AudioSync() = default;

void AudioSync::setSource(const QString& path, bool hasAudio) {
  path_ = path;
  hasAudio_ = hasAudio;
  audible_ = false;
  if (player_) {
    player_->stop();
    player_->setSource(hasAudio ? QUrl::fromLocalFile(path) : QUrl());
  }
}

void AudioSync::setMuted(bool muted) {
  muted_ = muted;
  if (output_) output_->setMuted(muted);
}

void AudioSync::ensurePlayer() {
  // Created on first use: tests and silent files never start the media backend.
  if (player_) return;
  player_ = new QMediaPlayer(this);
  output_ = new QAudioOutput(this);
  output_->setMuted(muted_);
  player_->setAudioOutput(output_);
  player_->setSource(QUrl::fromLocalFile(path_));
}

void AudioSync::update(bool playingAtNormalSpeed, double seconds) {
  const bool want = playingAtNormalSpeed && hasAudio_ && !path_.isEmpty();
  if (!want) {
    if (audible_ && player_) player_->pause();
    audible_ = false;
    return;
  }
  ensurePlayer();
  const auto ms = static_cast<qint64>(std::llround(seconds * 1000.0));
  if (!audible_ || std::llabs(player_->position() - ms) > kMaxDriftMs) player_->setPosition(ms);
  if (!audible_) player_->play();
  audible_ = true;
}

}  // namespace prodrome::ui

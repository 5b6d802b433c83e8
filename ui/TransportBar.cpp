#include "ui/TransportBar.h"

#include "ui/FrameDecoder.h"
#include "ui/PlaybackController.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace prodrome::ui {

namespace {

constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0};

}  // namespace

TransportBar::TransportBar(PlaybackController& playback, QWidget* parent)
    : QWidget(parent), playback_(playback), speed_(new QComboBox(this)), slider_(new QSlider(Qt::Horizontal, this)) {
  setObjectName(QStringLiteral("transportBar"));
  start_ = button(QStringLiteral("media-skip-backward"), QStyle::SP_MediaSkipBackward, tr("To the start (Home)"));
  back_ = button(QStringLiteral("media-seek-backward"), QStyle::SP_MediaSeekBackward, tr("One frame back (Left)"));
  play_ = button(QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay, tr("Play or pause (Space, K)"));
  forward_ = button(QStringLiteral("media-seek-forward"), QStyle::SP_MediaSeekForward, tr("One frame forward (Right)"));
  end_ = button(QStringLiteral("media-skip-forward"), QStyle::SP_MediaSkipForward, tr("To the end (End)"));
  play_->setObjectName(QStringLiteral("transportPlay"));
  for (const double s : kSpeeds) speed_->addItem(QStringLiteral("%1×").arg(s), s);
  speed_->setCurrentIndex(2);
  speed_->setFocusPolicy(Qt::NoFocus);
  speed_->setToolTip(tr("Playback speed (J and L shuttle backward and forward, faster with each press)"));
  slider_->setObjectName(QStringLiteral("transportSlider"));
  slider_->setFocusPolicy(Qt::NoFocus);
  slider_->setToolTip(tr("Drag to seek; the timeline below seeks frame-exactly too"));

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(4, 2, 4, 2);
  layout->setSpacing(2);
  for (QToolButton* b : {start_, back_, play_, forward_, end_}) layout->addWidget(b);
  layout->addWidget(speed_);
  layout->addWidget(slider_, 1);

  connect(start_, &QToolButton::clicked, &playback_, &PlaybackController::goToStart);
  connect(end_, &QToolButton::clicked, &playback_, &PlaybackController::goToEnd);
  connect(back_, &QToolButton::clicked, &playback_, [this] { playback_.step(-1); });
  connect(forward_, &QToolButton::clicked, &playback_, [this] { playback_.step(1); });
  connect(play_, &QToolButton::clicked, &playback_, &PlaybackController::togglePlay);
  connect(speed_, &QComboBox::activated, this, [this](int i) { playback_.setSpeed(speed_->itemData(i).toDouble()); });
  connect(slider_, &QSlider::valueChanged, this, [this](int v) {
    if (!following_) playback_.seek(v);
  });
  connect(&playback_, &PlaybackController::opened, this, &TransportBar::onOpened);
  connect(&playback_, &PlaybackController::closed, this, &TransportBar::onClosed);
  connect(&playback_, &PlaybackController::positionChanged, this, &TransportBar::onPosition);
  connect(&playback_, &PlaybackController::playStateChanged, this,
          [this](bool playing, double speed, int) { onPlayState(playing, speed); });
  onClosed();
}

QToolButton* TransportBar::button(const QString& iconName, QStyle::StandardPixmap fallback, const QString& tip) {
  auto* b = new QToolButton(this);
  b->setIcon(QIcon::fromTheme(iconName, style()->standardIcon(fallback)));
  b->setToolTip(tip);
  b->setAutoRaise(true);
  b->setFocusPolicy(Qt::NoFocus);
  return b;
}

void TransportBar::onOpened(const VideoMeta& meta) {
  following_ = true;
  slider_->setRange(0, static_cast<int>(std::max<std::int64_t>(0, meta.frameCount - 1)));
  slider_->setPageStep(std::max(1, static_cast<int>(std::lround(meta.fps * 10))));  // 10 s per page
  slider_->setValue(0);
  following_ = false;
  setEnabled(true);
}

void TransportBar::onClosed() {
  following_ = true;
  slider_->setRange(0, 0);
  following_ = false;
  setEnabled(false);
}

void TransportBar::onPosition(qint64 frame) {
  following_ = true;
  slider_->setValue(static_cast<int>(frame));
  following_ = false;
}

void TransportBar::onPlayState(bool playing, double speed) {
  play_->setIcon(playing ? QIcon::fromTheme(QStringLiteral("media-playback-pause"),
                                            style()->standardIcon(QStyle::SP_MediaPause))
                         : QIcon::fromTheme(QStringLiteral("media-playback-start"),
                                            style()->standardIcon(QStyle::SP_MediaPlay)));
  // The nearest listed speed (J/L reach speeds between the entries).
  int best = 0;
  for (int i = 1; i < speed_->count(); ++i)
    if (std::abs(std::log(kSpeeds[i] / speed)) < std::abs(std::log(kSpeeds[best] / speed))) best = i;
  speed_->setCurrentIndex(best);
}

}  // namespace prodrome::ui

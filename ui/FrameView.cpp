#include "ui/FrameView.h"

#include <QPainter>
#include <QTransform>

namespace prodrome::ui {

QImage toQImage(const core::Frame& frame, core::FrameConverter& converter) {
  QImage img(frame.width(), frame.height(), QImage::Format_RGB888);
  converter.toRgb24(frame, img.bits(), static_cast<int>(img.bytesPerLine()));
  return img;
}

FrameView::FrameView(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(160, 90);
}

void FrameView::setFrame(const core::Frame& frame, int rotationDegrees) {
  image_ = toQImage(frame, converter_);
  if (rotationDegrees % 360 != 0) image_ = image_.transformed(QTransform().rotate(rotationDegrees));
  update();
}

void FrameView::clear() {
  image_ = QImage();
  update();
}

void FrameView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), Qt::black);
  if (image_.isNull()) return;
  const QSize scaled = image_.size().scaled(size(), Qt::KeepAspectRatio);
  const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
  // Smooth when shrinking; nearest when enlarging, so that reviewers see the
  // real pixels of the exact frame rather than interpolated ones.
  p.setRenderHint(QPainter::SmoothPixmapTransform, scaled.width() < image_.width());
  p.drawImage(target, image_);
}

}  // namespace prodrome::ui

#include "ui/FrameView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

namespace {
constexpr double kMinZoom = 1.0;
constexpr double kMaxZoom = 32.0;
constexpr double kZoomStep = 1.25;
}  // namespace

FrameView::FrameView(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(160, 90);
  setFocusPolicy(Qt::ClickFocus);
  setCursor(Qt::OpenHandCursor);
}

void FrameView::setImage(const QImage& image, bool exact) {
  image_ = image;
  exact_ = exact;
  placeholder_.clear();
  update();
}

void FrameView::clear() {
  image_ = QImage();
  caption_.clear();
  update();
}

void FrameView::setCaption(const QString& caption) {
  if (caption == caption_) return;
  caption_ = caption;
  update();
}

void FrameView::setPlaceholder(const QString& text) {
  image_ = QImage();
  placeholder_ = text;
  update();
}

QRectF FrameView::targetRect() const {
  const QSizeF fit = QSizeF(image_.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio) * zoom_;
  const QPointF centre = QPointF(width() / 2.0, height() / 2.0) + pan_;
  return {centre - QPointF(fit.width() / 2, fit.height() / 2), fit};
}

void FrameView::setZoom(double zoom, QPointF anchor) {
  zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
  if (anchor.x() < 0) anchor = QPointF(width() / 2.0, height() / 2.0);
  // Keep the picture point under the anchor where it is.
  const QPointF centre = QPointF(width() / 2.0, height() / 2.0) + pan_;
  const double ratio = zoom / zoom_;
  pan_ = anchor - (anchor - centre) * ratio - QPointF(width() / 2.0, height() / 2.0);
  zoom_ = zoom;
  if (zoom_ == kMinZoom) pan_ = {};
  update();
}

void FrameView::zoomIn() { setZoom(zoom_ * kZoomStep); }
void FrameView::zoomOut() { setZoom(zoom_ / kZoomStep); }
void FrameView::resetZoom() {
  zoom_ = 1.0;
  pan_ = {};
  update();
}

void FrameView::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0) return;
  setZoom(zoom_ * std::pow(kZoomStep, steps), event->position());
  event->accept();
}

void FrameView::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
  dragging_ = true;
  dragFrom_ = event->pos();
  setCursor(Qt::ClosedHandCursor);
}

void FrameView::mouseMoveEvent(QMouseEvent* event) {
  if (!dragging_) return;
  pan_ += event->pos() - dragFrom_;
  dragFrom_ = event->pos();
  update();
}

void FrameView::mouseReleaseEvent(QMouseEvent*) {
  dragging_ = false;
  setCursor(Qt::OpenHandCursor);
}

void FrameView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), Qt::black);
  if (!image_.isNull()) {
    const QRectF target = targetRect();
    // Smooth when shrinking; nearest when enlarging, so that reviewers see the
    // real pixels of the exact frame rather than interpolated ones.
    p.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < image_.width());
    p.drawImage(target, image_);
  } else if (!placeholder_.isEmpty()) {
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    p.setFont(f);
    p.setPen(QColor(230, 120, 110));
    p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
  }
  if (!caption_.isEmpty()) {
    // A dark plate so the caption reads on bright and dark footage alike;
    // amber while a keyframe preview stands in for the exact frame.
    QFont f = font();
    f.setFamily("monospace");
    f.setStyleHint(QFont::Monospace);
    p.setFont(f);
    const QRect text = p.fontMetrics().boundingRect(QRect(0, 0, width() - 16, height()), Qt::AlignLeft, caption_);
    const QRect plate = text.translated(8, 8).adjusted(-5, -3, 5, 3);
    p.fillRect(plate, QColor(0, 0, 0, 170));
    p.setPen(exact_ || image_.isNull() ? QColor(240, 240, 240) : QColor(255, 190, 60));
    p.drawText(plate.adjusted(5, 3, -5, -3), Qt::AlignLeft, caption_);
  }
}

}  // namespace prodrome::ui

#pragma once
// Shows one decoded frame, aspect ratio kept, with zoom (wheel, or the View
// menu's actions) and pan (drag) and an always-visible position caption
// (frame number, time, wall-clock). Painting only scales the cached QImage;
// conversion from the decoder's format happens on the decoding thread.

#include <QImage>
#include <QPointF>
#include <QWidget>

namespace prodrome::ui {

class FrameView : public QWidget {
  Q_OBJECT

 public:
  explicit FrameView(QWidget* parent = nullptr);

  void setImage(const QImage& image, bool exact = true);
  void clear();
  const QImage& image() const { return image_; }
  bool isExact() const { return exact_; }
  QSize sizeHint() const override { return {640, 360}; }

  // Text drawn over the picture's top-left corner (or centred on black).
  void setCaption(const QString& caption);
  const QString& caption() const { return caption_; }
  // Large centred text when there is no picture (e.g. "video missing").
  void setPlaceholder(const QString& text);

  // 1 means "fit the widget"; the factor multiplies that.
  double zoom() const { return zoom_; }
  void setZoom(double zoom, QPointF anchor = QPointF(-1, -1));
  void zoomIn();
  void zoomOut();
  void resetZoom();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  QRectF targetRect() const;

  QImage image_;
  bool exact_ = true;
  QString caption_;
  QString placeholder_;
  double zoom_ = 1.0;
  QPointF pan_;  // offset of the picture's centre from the widget's, in widget pixels
  QPoint dragFrom_;
  bool dragging_ = false;
};

}  // namespace prodrome::ui

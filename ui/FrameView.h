#pragma once
// Shows one decoded frame, aspect ratio kept, with the display rotation
// applied. Painting only scales the cached QImage; conversion from the
// decoder's format happens once per frame in setFrame().

#include "core/video/Frame.h"
#include "core/video/FrameConverter.h"

#include <QImage>
#include <QWidget>

namespace prodrome::ui {

class FrameView : public QWidget {
  Q_OBJECT

 public:
  explicit FrameView(QWidget* parent = nullptr);

  void setFrame(const core::Frame& frame, int rotationDegrees = 0);
  void clear();
  const QImage& image() const { return image_; }
  QSize sizeHint() const override { return {640, 360}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  core::FrameConverter converter_;
  QImage image_;
};

// Packed RGB QImage of a decoded frame (deep copy; the frame may be freed).
QImage toQImage(const core::Frame& frame, core::FrameConverter& converter);

}  // namespace prodrome::ui

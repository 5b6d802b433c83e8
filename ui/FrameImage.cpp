#include "ui/FrameImage.h"

namespace prodrome::ui {

QImage toQImage(const core::Frame& frame, core::FrameConverter& converter) {
  QImage img(frame.width(), frame.height(), QImage::Format_RGB888);
  converter.toRgb24(frame, img.bits(), static_cast<int>(img.bytesPerLine()));
  return img;
}

}  // namespace prodrome::ui

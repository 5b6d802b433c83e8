#pragma once
// A decoded frame as a packed RGB QImage: the decoding thread converts, the
// widgets only paint. Qt Gui alone, so the worker that calls it needs no
// widget header.

#include "core/video/Frame.h"
#include "core/video/FrameConverter.h"

#include <QImage>

namespace prodrome::ui {

// Deep copy: the frame may be freed afterwards. Throws core::VideoError when
// the frame cannot be converted.
QImage toQImage(const core::Frame& frame, core::FrameConverter& converter);

}  // namespace prodrome::ui

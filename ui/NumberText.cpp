#include "ui/NumberText.h"

#include <cmath>

namespace prodrome::ui {

QString missingText() { return QStringLiteral("—"); }

QString numberText(double value, int decimals) {
  return std::isfinite(value) ? QString::number(value, 'f', decimals) : missingText();
}

}  // namespace prodrome::ui

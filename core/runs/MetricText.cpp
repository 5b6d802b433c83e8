#include "core/runs/MetricText.h"

#include <cmath>

namespace prodrome::core {

QString missingMetricText() { return QStringLiteral("—"); }

QString metricText(double value, int decimals) {
  return std::isfinite(value) ? QString::number(value, 'f', decimals) : missingMetricText();
}

QString signedMetricText(double value, int decimals) {
  return std::isfinite(value) ? QString::asprintf("%+.*f", decimals, value) : missingMetricText();
}

}  // namespace prodrome::core

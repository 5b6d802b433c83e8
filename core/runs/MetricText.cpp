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

QString metricIntervalText(double mean, double low, double high, int decimals) {
  if (!std::isfinite(low) || !std::isfinite(high)) return metricText(mean, decimals);
  return QStringLiteral("%1 [%2, %3]")
      .arg(metricText(mean, decimals), metricText(low, decimals), metricText(high, decimals));
}

QString signedMetricIntervalText(double mean, double low, double high, int decimals) {
  if (!std::isfinite(low) || !std::isfinite(high)) return signedMetricText(mean, decimals);
  return QStringLiteral("%1 [%2, %3]")
      .arg(signedMetricText(mean, decimals), signedMetricText(low, decimals), signedMetricText(high, decimals));
}

}  // namespace prodrome::core

#include "ui/NumberText.h"

#include "core/runs/MetricText.h"

namespace prodrome::ui {

QString missingText() { return core::missingMetricText(); }

QString numberText(double value, int decimals) { return core::metricText(value, decimals); }

}  // namespace prodrome::ui

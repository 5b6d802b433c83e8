#pragma once
// How every layer writes a figure that may be undefined (a ROC-AUC without
// both classes, a rate without hours, a loss before any step): "—", never
// 0.0000, "nan" or "n/a", so a reader can tell "none" from "zero" and the
// GUI, the command line and the reports say it the same way.

#include <QString>

namespace prodrome::core {

// "—"
QString missingMetricText();
// `value` with `decimals` decimals, or missingMetricText() when it is not finite.
QString metricText(double value, int decimals);

}  // namespace prodrome::core

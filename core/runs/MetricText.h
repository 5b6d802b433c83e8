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
// The same with its sign always written ("+0.006", "-0.007"): a difference,
// such as the forecaster's window ROC-AUC minus the motion baseline's, whose
// sign is the news. A display may swap '-' for a true minus sign.
QString signedMetricText(double value, int decimals);
// A mean with its 95 % interval, "0.640 [0.590, 0.690]", or the mean alone
// (metricText) when the interval is undefined (one episode, one stretch).
QString metricIntervalText(double mean, double low, double high, int decimals);
// The same for a difference, every figure signed: "+0.080 [+0.030, +0.130]".
QString signedMetricIntervalText(double mean, double low, double high, int decimals);

}  // namespace prodrome::core

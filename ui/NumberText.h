#pragma once
// How the GUI writes a figure that may be missing (a ROC-AUC without both
// classes, a rate without hours): core/runs/MetricText's rule, "—" (issue 16
// §5), as the command line writes it.

#include <QString>

namespace prodrome::ui {

// "—"
QString missingText();
// `value` with `decimals` decimals, or missingText() when it is not finite.
QString numberText(double value, int decimals);

}  // namespace prodrome::ui

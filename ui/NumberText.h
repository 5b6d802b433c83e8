#pragma once
// How the GUI writes a figure that may be missing (a ROC-AUC without both
// classes, a rate without hours): "—" everywhere (issue 16 §5), never
// 0.0000, "nan" or "n/a", so a reader can tell "none" from "zero".

#include <QString>

namespace prodrome::ui {

// "—"
QString missingText();
// `value` with `decimals` decimals, or missingText() when it is not finite.
QString numberText(double value, int decimals);

}  // namespace prodrome::ui

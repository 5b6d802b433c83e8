#pragma once
// ROC and precision-recall curves and the confusion matrix of a classifier's
// scores, for the run view. Qt-free. Ties enter at once (one point per
// distinct score), as ml/Metrics.h counts them, so the trapezoidal area
// under rocCurve equals ml::rocAuc.

#include <cstdint>
#include <vector>

namespace prodrome::ui {

struct CurvePoint {
  double x = 0;  // ROC: false positive rate; PR: recall
  double y = 0;  // ROC: true positive rate; PR: precision
  double threshold = 0;
};

// From (0, 0) to (1, 1), thresholds falling. Empty without both classes.
std::vector<CurvePoint> rocCurve(const std::vector<double>& scores, const std::vector<int>& labels);
// From recall 0 (precision of the top score group) to recall 1. Empty without positives.
std::vector<CurvePoint> precisionRecallCurve(const std::vector<double>& scores, const std::vector<int>& labels);
double trapezoidArea(const std::vector<CurvePoint>& curve);

struct Confusion {
  std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;
};
// A score >= threshold predicts positive (pre-ictal).
Confusion confusionAt(const std::vector<double>& scores, const std::vector<int>& labels, double threshold);

}  // namespace prodrome::ui

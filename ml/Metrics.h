#pragma once
// Binary forecasting metrics (pre-ictal = positive class), as the paper
// reports them: balanced accuracy, ROC-AUC, PR-AUC, sensitivity, specificity.
//
// Ties are handled the standard way: ROC-AUC counts a tied positive/negative
// pair as one half (the Mann-Whitney statistic, equal to the trapezoidal area
// under the ROC curve); PR-AUC is average precision (scikit-learn's
// average_precision_score), with all samples of one score entering at once.
// Undefined values (no positives, or no negatives) are NaN, not 0.

#include <cstdint>
#include <vector>

namespace prodrome::ml {

struct BinaryMetrics {
  int64_t tp = 0, fp = 0, tn = 0, fn = 0;
  double sensitivity = 0;        // tp / (tp + fn)
  double specificity = 0;        // tn / (tn + fp)
  double balanced_accuracy = 0;  // (sensitivity + specificity) / 2
  double roc_auc = 0;
  double pr_auc = 0;
};

// labels are 0 or 1; a score >= threshold predicts positive.
// Throws std::invalid_argument on size mismatch, empty input, labels other
// than 0/1 or non-finite scores.
BinaryMetrics binaryMetrics(const std::vector<double>& scores, const std::vector<int>& labels, double threshold = 0.5);
double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);
double averagePrecision(const std::vector<double>& scores, const std::vector<int>& labels);

}  // namespace prodrome::ml

#pragma once
// Scores of labelled clips as a run stores them (a fine-tuning's validation
// clips, a few-shot episode's queries): what the run view's ROC, PR and
// confusion matrix are drawn from, with the clip ids to trace an error to
// its clip.

#include "ml/Metrics.h"

#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace prodrome::core {

struct ClipPredictions {
  std::vector<double> scores;        // probability of pre-ictal
  std::vector<int> labels;           // 1 pre-ictal, 0 normal
  std::vector<std::int64_t> clips;   // clip ids (empty in runs older than the ids)

  bool usable() const { return !scores.empty() && scores.size() == labels.size(); }
  QJsonObject toJson() const;
  // Missing or malformed arrays read as empty (older runs).
  static ClipPredictions fromJson(const QJsonObject& json);
};

// A metrics object as runs store one: undefined values (NaN) as null.
QJsonObject binaryMetricsJson(const ml::BinaryMetrics& m);
// Missing and null values read as NaN, counts as 0.
ml::BinaryMetrics binaryMetricsFromJson(const QJsonObject& json);

}  // namespace prodrome::core

#pragma once
// What a forecaster's fine-tuning run measured (core/pipeline/FineTuning.h:
// runFineTune writes it, the run view and the Train menu read it): its
// epochs, its validation clips' scores and the operating point it chose.
// One type, one JSON layout, for writer and readers alike.

#include "core/forecast/ProbabilityCalibration.h"
#include "core/runs/ClipPredictions.h"
#include "ml/Metrics.h"

#include <QJsonObject>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::core {

struct FineTuneMetrics {
  std::int64_t trainClips = 0;
  std::int64_t validationClips = 0;
  std::string head;  // a probe head ("logreg", "ncm"); empty: full fine-tuning
  // Full fine-tuning, per epoch (epoch e is index e).
  std::vector<double> trainLoss;
  std::vector<ml::BinaryMetrics> validation;
  std::int64_t bestEpoch = -1;  // the kept epoch (best validation ROC-AUC); −1: none
  bool stoppedEarly = false;
  ClipPredictions validationPredictions;  // the kept model's scores of the validation clips
  // The operating point: how it was chosen (empty: no validation clips of
  // both labels, it stayed 0.5), on how many forecast windows (a
  // recording-standardised model's Youden point), and, chosen for a
  // false-alarm rate, what the validation recordings gave at it.
  std::string thresholdRule;
  std::int64_t thresholdWindows = 0;
  double validationEventSensitivity = std::numeric_limits<double>::quiet_NaN();
  double validationFalseAlarmsPerHour = std::numeric_limits<double>::quiet_NaN();
  // "false-alarm-rate": the windows in a row chosen with the threshold, and
  // the recordings judged: validation ones, and training ones scored by heads
  // fitted without their subject (FineTuneConfig::crossFitOperatingPoint).
  std::int64_t consecutive = 1;
  std::int64_t thresholdValidationRecordings = 0;
  std::int64_t thresholdCrossFittedRecordings = 0;
  // FineTuneConfig::motionShareCandidates: what each share's best operating
  // point gave, and the share kept (absent when none was chosen). The same
  // trial, `share` holding the weight, for FineTuneConfig::jerkWeightCandidates.
  struct ShareTrial {
    double share = 0;
    double sensitivity = std::numeric_limits<double>::quiet_NaN();
    double falseAlarmsPerHour = std::numeric_limits<double>::quiet_NaN();
    double windowRocAuc = std::numeric_limits<double>::quiet_NaN();  // pooled over the same recordings' windows
  };
  std::vector<ShareTrial> motionShareTrials;
  std::optional<double> motionShare;
  // FineTuneConfig::jerkWeightCandidates, tried after the share is kept: what
  // each weight of the windows' brief jerks gave (ml::VideoMAEConfig::jerk_weight),
  // and the weight kept (absent when none was chosen).
  std::vector<ShareTrial> jerkWeightTrials;
  std::optional<double> jerkWeight;
  // A motion-statistics forecaster beside the model (issue 12: the user sees
  // whether the deep model beats a simple detector): a logistic regression on
  // the head input's motion-statistics columns alone, the encoder's tokens
  // left out, fitted on the same training clips, its operating point chosen
  // by the same rule on the same recordings. Its weights act on the head's
  // input as it stands (standardisation folded in): the probability of a
  // window is sigmoid(inputs[firstColumn..] · weight + bias).
  struct MotionBaseline {
    std::int64_t firstColumn = 0;
    std::vector<double> weight;
    double bias = 0;
    double threshold = 0.5;
    std::int64_t consecutive = 1;
    double sensitivity = std::numeric_limits<double>::quiet_NaN();         // where it was chosen
    double falseAlarmsPerHour = std::numeric_limits<double>::quiet_NaN();  // where it was chosen
    double windowRocAuc = std::numeric_limits<double>::quiet_NaN();        // pooled over the same windows
    // The model's jerk weight, applied to the baseline's probability as to
    // the model's (core/pipeline/BriefJerks.h): the two differ by the
    // encoder's tokens alone.
    double jerkWeight = 0;
    // Its own map to calibrated probabilities, fitted as the model's (below)
    // on its own curves; `threshold` is on that scale. Identity: none (as in
    // runs stored before calibration existed).
    ProbabilityCalibration calibration;
  };
  std::optional<MotionBaseline> motionBaseline;
  // The validation metrics at the operating point, on what it was chosen on:
  // "clips" (the validation clips) or "windows" (the forecast windows of the
  // validation recordings, thresholdWindows of them).
  std::optional<ml::BinaryMetrics> validationAtThreshold;
  std::string validationAtThresholdOn;
  // The map from the model's probability to the chance of an onset within the
  // horizon (core/forecast/ProbabilityCalibration.h), fitted on the labelled
  // windows the operating point was chosen on, and how far the raw
  // probabilities were from that chance there (Brier scores, before and
  // after). `threshold` is on the calibrated scale. Absent: none was fitted
  // (no windows of both labels, a clip-level Youden point, an older run).
  struct Calibration {
    ProbabilityCalibration map;
    std::int64_t windows = 0;
    double brierBefore = std::numeric_limits<double>::quiet_NaN();
    double brierAfter = std::numeric_limits<double>::quiet_NaN();
  };
  std::optional<Calibration> calibration;
  std::optional<double> threshold;  // absent until chosen (a cancelled run)
  std::int64_t modelId = 0;         // the model the run created

  QJsonObject toJson() const;
  // Lenient: missing parts of older or cancelled runs read as absent.
  static FineTuneMetrics fromJson(const QJsonObject& json);
  // The operating point as applied (0.5 before any was chosen).
  double thresholdOr05() const { return threshold.value_or(0.5); }
  // The same on the head's own scale, before calibration: what the
  // validation clips' scores (validationPredictions) are compared with.
  double clipThreshold() const { return calibration ? calibration->map.invert(thresholdOr05()) : thresholdOr05(); }
};

}  // namespace prodrome::core

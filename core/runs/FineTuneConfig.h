#pragma once
// What a stage-2 run is asked to do (core/pipeline/FineTuning.h runs it):
// the settings every fine-tuning and few-shot evaluation shares, and the
// config of a forecaster's training. Plain data, stored with the run.
//
// The head is either the paper's full fine-tuning ("finetune": every weight
// trains, AdamW with layer decay) or a probe on the frozen encoder's pooled
// features ("logreg": class-balanced L2 logistic regression; "ncm": nearest
// class mean), fitted in closed form on features computed once per clip.

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core {

// What both jobs share: the encoder to start from and how to fine-tune.
struct FineTuneSettings {
  std::int64_t baseModel = 0;  // project model whose encoder starts training (0: see baseWeights)
  std::string baseWeights;     // a safetensors file instead; both empty: random init ("no stage 1")
  std::string preset = "vit-tiny";
  int frames = 16;
  int size = 112;
  std::string species = "human";  // clips of this species only ("" = any)
  std::int64_t epochs = 20;
  std::int64_t batchSize = 8;
  double lr = 5e-4;
  double layerDecay = 0.75;
  double weightDecay = 0.05;
  bool meanPooling = true;  // false: first token after the final LayerNorm
  bool motionPooling = false;  // mean pooling plus mean/max |Δt| of the tokens (ml::VideoMAEConfig)
  int sampleStride = 0;        // 0: T frames evenly over the clip; k: every k-th frame up to its end
  std::string head = "finetune";  // "finetune" | "logreg" | "ncm" (above)
  double probeL2 = 1.0;           // the logistic probe's L2 penalty on standardised features
  // Probe heads: features standardised within each recording before the head
  // (ml::VideoMAEConfig::recording_norm; few-shot arms, the baseline included).
  bool recordingNorm = false;
  // Probe heads with recordingNorm: the head also reads four frame-difference
  // statistics of the clip (ml::VideoMAEConfig::motion_stats).
  bool motionStats = false;
  // With motionStats: at how many time scales (ml::VideoMAEConfig::motion_scales).
  int motionScales = 1;
  // With motionStats: how many earlier windows' statistics the head also
  // reads (ml::VideoMAEConfig::motion_lags).
  int motionLags = 0;
  // With motionStats: the statistics' share of the head's input variance,
  // the encoder's tokens holding the rest (ml::ProbeOptions::blockShares).
  double motionShare = 0.5;
  std::int64_t minSteps = 0;      // full fine-tuning: at least this many optimiser steps (epochs grow to reach it)
  bool augment = true;            // flip + multi-scale crop on the training clips
  std::uint64_t seed = 1;
  std::string device = "auto";

  // Every stored field, once (core/runs/ConfigJson.h); the configs that hold
  // these settings store them flat, beside their own fields.
  template <typename Self, typename Visit>
  static void fields(Self& s, Visit& v) {
    v("base_model", s.baseModel);
    v("base_weights", s.baseWeights);
    v("preset", s.preset);
    v("frames", s.frames);
    v("size", s.size);
    v("species", s.species);
    v("epochs", s.epochs);
    v("batch_size", s.batchSize);
    v("lr", s.lr);
    v("layer_decay", s.layerDecay);
    v("weight_decay", s.weightDecay);
    v("mean_pooling", s.meanPooling);
    v("motion_pooling", s.motionPooling);
    v("sample_stride", s.sampleStride);
    v("head", s.head);
    v("probe_l2", s.probeL2);
    v("recording_norm", s.recordingNorm);
    v("motion_stats", s.motionStats);
    v("motion_scales", s.motionScales);
    v("motion_lags", s.motionLags);
    v("motion_share", s.motionShare);
    v("min_steps", s.minSteps);
    v("augment", s.augment);
    v("seed", s.seed);
    v("device", s.device);
  }
};

// The shares the demo and the Fine-tune dialog choose among
// (FineTuneConfig::motionShareCandidates): from an equal say to the
// statistics nearly alone.
inline std::vector<double> standardMotionShareCandidates() { return {0.5, 0.75, 0.9, 0.99}; }

// The weights of the windows' brief jerks that the demo and the Fine-tune
// dialog choose among (FineTuneConfig::jerkWeightCandidates): none, then
// each jerk leaving three quarters, half and a quarter of the doubt.
inline std::vector<double> standardJerkWeightCandidates() { return {0.0, 0.25, 0.5, 0.75}; }

struct FineTuneConfig {
  std::string modelName;
  std::int64_t clipSet = 0;
  std::string trainSplit = "train";
  std::string validationSplit = "val";  // "" or a split without clips: no early stopping
  std::int64_t patience = 5;
  // The operating point stored with the model, chosen on the validation split
  // (without one it stays 0.5): "youden" maximises sensitivity + specificity
  // over its clips; "false-alarm-rate" forecasts its recordings and takes the
  // lowest threshold whose false alarms per hour stay within the target.
  std::string thresholdRule = "youden";
  double maxFalseAlarmsPerHour = 20;
  // "false-alarm-rate": also the windows in a row (1 .. maxConsecutive) that
  // raise an alarm, chosen with the threshold (the pair forecasting the most
  // seizures within the rate; stored with the model).
  int maxConsecutive = 1;
  // "false-alarm-rate" with a probe head: also judge the operating point on
  // the training subjects' recordings, each scored by a head fitted without
  // that subject's clips (cross-fitting, so no recording is scored by a head
  // that saw it). One validation patient holds minutes of inter-ictal time,
  // where one false alarm moves the rate by ten per hour (issue 12).
  bool crossFitOperatingPoint = false;
  // "false-alarm-rate" with a probe head reading motion statistics: the
  // statistics' share of the head (FineTuneSettings::motionShare) is chosen
  // among these on the same curves as the operating point, the share whose
  // best operating point forecasts the most seizures within the rate. Empty:
  // settings.motionShare as given.
  std::vector<double> motionShareCandidates;
  // "false-alarm-rate" with a probe head reading motion statistics: the
  // weight of each window's brief jerks beside the head's probability
  // (ml::VideoMAEConfig::jerk_weight, core/pipeline/BriefJerks.h), chosen
  // among these after the share, on the same curves and by the same rule
  // (ties to the earlier listed). Empty: 0, the head alone.
  std::vector<double> jerkWeightCandidates;
  FineTuneSettings settings;

  template <typename Self, typename Visit>
  static void fields(Self& c, Visit& v) {
    v("model_name", c.modelName);
    v("clip_set", c.clipSet);
    v("train_split", c.trainSplit);
    v("validation_split", c.validationSplit);
    v("patience", c.patience);
    v("threshold_rule", c.thresholdRule);
    v("max_false_alarms_per_hour", c.maxFalseAlarmsPerHour);
    v("max_consecutive", c.maxConsecutive);
    v("cross_fit_operating_point", c.crossFitOperatingPoint);
    v("motion_share_candidates", c.motionShareCandidates);
    v("jerk_weight_candidates", c.jerkWeightCandidates);
    FineTuneSettings::fields(c.settings, v);
  }
  QJsonObject toJson() const;
  static FineTuneConfig fromJson(const QJsonObject& json);  // throws core::Error
};

}  // namespace prodrome::core

#pragma once
// Stage 2: forecasting fine-tuning (encoder + BCE head on pre-ictal vs
// normal clips), as two recorded jobs:
// - runFineTune trains one forecaster on a split of a clip set and stores it
//   as a project model (what `prodrome finetune` and Train ▸ Forecasting do),
//   with its decision threshold chosen on the validation split;
// - runFewShot evaluates an encoder the paper's way: independent k-shot
//   episodes (k pre-ictal + k normal support clips, a disjoint query set),
//   fitted from the same encoder each time, scored on the query clips.
//
// The head is either the paper's full fine-tuning ("finetune": every weight
// trains, AdamW with layer decay) or a probe on the frozen encoder's pooled
// features ("logreg": class-balanced L2 logistic regression; "ncm": nearest
// class mean), fitted in closed form on features computed once per clip. A
// probe is stored as an ordinary classifier (its affine map is the head), so
// forecasting, export and review treat both alike.

#include "core/pipeline/JobCallbacks.h"
#include "ml/Metrics.h"

#include <QJsonObject>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

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
  std::int64_t minSteps = 0;      // full fine-tuning: at least this many optimiser steps (epochs grow to reach it)
  bool augment = true;            // flip + multi-scale crop on the training clips
  std::uint64_t seed = 1;
  std::string device = "auto";

  void toJson(QJsonObject& o) const;
  void fromJson(class JsonFields& f);
};

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
  FineTuneSettings settings;

  QJsonObject toJson() const;
  static FineTuneConfig fromJson(const QJsonObject& json);
};

struct FineTuneOutcome {
  std::int64_t runId = 0;
  std::int64_t modelId = 0;
  std::filesystem::path weights;
  std::vector<double> trainLoss;  // per epoch
  ml::BinaryMetrics validation;   // of the kept epoch or the probe (NaN without validation)
  double threshold = 0.5;         // the operating point stored with the model
  bool cancelled = false;
};

// With resumeRunId, continues a cancelled or crashed run from its last
// checkpoint (its stored config; `config` is ignored).
FineTuneOutcome runFineTune(database::Database& db, const FineTuneConfig& config, const JobCallbacks& callbacks = {},
                            std::optional<std::int64_t> resumeRunId = {});

struct FewShotConfig {
  std::string label;  // names the encoder in reports ("stage 1", "no stage 1")
  std::int64_t clipSet = 0;
  std::string split = "test";  // the evaluation subjects' clips
  std::vector<int> shots = {2, 3, 4};
  int episodes = 3;
  int queryPerClass = 0;  // 0: every eligible clip
  // Also score the classical motion-energy baseline (ClipFeatures.h) in the
  // same episodes, so the deep model is always seen beside a simple detector.
  bool baseline = true;
  // Probe heads with motion statistics: also score the probe on the
  // encoder's pooled tokens alone in the same episodes, so that what the
  // encoder adds to the statistics, and what it carries on its own, are both
  // measured from one set of features.
  bool tokensAlone = false;
  FineTuneSettings settings;

  QJsonObject toJson() const;
  static FewShotConfig fromJson(const QJsonObject& json);
};

struct EpisodeScore {
  int shots = 0;
  int episode = 0;
  std::int64_t seed = 0;
  int support = 0;
  int query = 0;
  ml::BinaryMetrics metrics;
  // Clip ids, so that arms can be checked to share episodes and errors traced to clips.
  std::vector<std::int64_t> supportClips, queryClips;
};

// Mean, sample standard deviation and 95 % t-interval of the episodes' metrics.
struct ShotSummary {
  int shots = 0;
  int episodes = 0;
  double bacc = 0, baccSd = 0, rocAuc = 0, rocAucSd = 0, prAuc = 0, prAucSd = 0;
  double baccLow = 0, baccHigh = 0, rocAucLow = 0, rocAucHigh = 0, prAucLow = 0, prAucHigh = 0;
};

// One arm scored beside the model in the same episodes.
struct ArmScores {
  std::vector<EpisodeScore> episodes;
  std::vector<ShotSummary> perShot;
  ShotSummary overall;
};

struct FewShotOutcome {
  std::int64_t runId = 0;
  std::vector<EpisodeScore> episodes;
  std::vector<ShotSummary> perShot;
  ShotSummary overall;  // mean over all episodes of all shots (shots = 0)
  ArmScores baseline;     // the motion baseline (empty without config.baseline)
  ArmScores tokensAlone;  // the encoder's tokens alone (empty without config.tokensAlone)
  bool cancelled = false;
};

FewShotOutcome runFewShot(database::Database& db, const FewShotConfig& config, const JobCallbacks& callbacks = {});

// Mean and sample standard deviation of episodes' metrics (NaN values skipped).
ShotSummary summarise(const std::vector<EpisodeScore>& scores, int shots);

}  // namespace prodrome::core

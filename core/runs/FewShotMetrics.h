#pragma once
// What a few-shot evaluation run measured (core/pipeline/FineTuning.h:
// runFewShot writes it, the run view and reports read it): every episode of
// every arm with its query scores, and each shot count's mean with a 95 %
// interval. One type, one JSON layout, for writer and readers alike.

#include "core/runs/ClipPredictions.h"
#include "ml/Metrics.h"

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core {

struct EpisodeScore {
  int shots = 0;
  int episode = 0;
  std::int64_t seed = 0;
  int support = 0;
  int query = 0;
  ml::BinaryMetrics metrics;
  // Clip ids, so that arms can be checked to share episodes and errors traced to clips.
  std::vector<std::int64_t> supportClips, queryClips;
  ClipPredictions predictions;  // the query clips' scores and labels, in queryClips' order
};

// Mean, sample standard deviation and 95 % t-interval of the episodes' metrics.
struct ShotSummary {
  int shots = 0;  // 0: over every shot count
  int episodes = 0;
  double bacc = 0, baccSd = 0, rocAuc = 0, rocAucSd = 0, prAuc = 0, prAucSd = 0;
  double baccLow = 0, baccHigh = 0, rocAucLow = 0, rocAucHigh = 0, prAucLow = 0, prAucHigh = 0;

  QJsonObject toJson() const;
  static ShotSummary fromJson(const QJsonObject& json);  // missing values read as NaN
};

// One arm's episodes and summaries.
struct ArmScores {
  std::string method;  // how the arm scores, for people (empty for the model's own arm)
  std::vector<EpisodeScore> episodes;
  std::vector<ShotSummary> perShot;
  ShotSummary overall;

  bool empty() const { return episodes.empty() && perShot.empty(); }
};

struct FewShotMetrics {
  std::vector<EpisodeScore> episodes;  // the model's
  std::vector<ShotSummary> perShot;
  ShotSummary overall;  // mean over all episodes of all shots (shots = 0)
  // Scored beside the model in the same episodes (episode i of an arm is the
  // model's episode i): the motion baseline, and the encoder's tokens alone.
  ArmScores baseline;
  ArmScores tokensAlone;

  QJsonObject toJson() const;
  // Lenient: missing parts of older runs read as empty.
  static FewShotMetrics fromJson(const QJsonObject& json);
};

// Mean and sample standard deviation of episodes' metrics (NaN values skipped).
ShotSummary summarise(const std::vector<EpisodeScore>& scores, int shots);

}  // namespace prodrome::core

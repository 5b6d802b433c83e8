#pragma once
// What a few-shot evaluation run is asked to do (core/pipeline/FineTuning.h:
// runFewShot): independent k-shot episodes on one split, each fitted from
// the same encoder. Plain data, stored with the run.

#include "core/runs/FineTuneConfig.h"

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core {

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
  // A point of a probe curve (core/runs/ProbeCurve.h): the encoder is the
  // one pre-training run `probeOfRun` kept after `probeStep` steps. 0: not a
  // probe. Stored so that the pre-training run's view finds its curve.
  std::int64_t probeOfRun = 0;
  std::int64_t probeStep = 0;
  FineTuneSettings settings;

  // Every stored field, once (core/runs/ConfigJson.h).
  template <typename Self, typename Visit>
  static void fields(Self& c, Visit& v) {
    v("label", c.label);
    v("clip_set", c.clipSet);
    v("split", c.split);
    v("shots", c.shots);
    v("episodes", c.episodes);
    v("query_per_class", c.queryPerClass);
    v("baseline", c.baseline);
    v("tokens_alone", c.tokensAlone);
    v("probe_of_run", c.probeOfRun);
    v("probe_step", c.probeStep);
    FineTuneSettings::fields(c.settings, v);
  }
  QJsonObject toJson() const;
  static FewShotConfig fromJson(const QJsonObject& json);  // throws core::Error
};

}  // namespace prodrome::core

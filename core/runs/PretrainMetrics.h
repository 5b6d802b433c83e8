#pragma once
// What a pre-training run measured (core/pipeline/Pretraining.h:
// runPretraining writes it, a resumed run extends it, the run view, the Train
// menu and `prodrome runs show` read it): its losses step by step, where it
// ran and whether a rerun would repeat it bit for bit. One type, one JSON
// layout, for writer and readers alike.

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core {

struct PretrainMetrics {
  // How a rerun of the same config would compare (ml::reproducibility, read
  // before the steps ran, as they saw it).
  struct Reproducibility {
    bool deterministic = false;
    std::string reason, device, precision, cpu;
    int intraOpThreads = 0;
    int blasThreads = 0;
  };
  struct Snapshot {
    std::int64_t step = 0;
    std::string weights;  // the file's path
  };

  std::vector<double> losses;  // one a step, a resumed run's after the earlier ones
  std::int64_t stepsDone = 0;  // in this (last) leg of the run
  std::int64_t clips = 0;      // in the mix
  std::string device;
  Reproducibility reproducibility;
  double seconds = 0;
  std::vector<Snapshot> snapshots;
  std::int64_t modelId = 0;  // the model the run created; 0: none (cancelled)

  // The last step's loss, NaN before any step.
  double finalLoss() const;
  QJsonObject toJson() const;
  // Lenient: missing parts of older, failed or cancelled runs read as absent.
  static PretrainMetrics fromJson(const QJsonObject& json);
};

}  // namespace prodrome::core

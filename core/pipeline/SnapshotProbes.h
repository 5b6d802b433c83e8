#pragma once
// The probe curve on a project's own data (issue 12, item 5): the encoder a
// pre-training run kept every N steps (PretrainConfig::snapshotEvery), each
// probed by one few-shot config. Every point is a few-shot run of its own,
// all with the config's seed, so they share their support and query clips
// and pair episode by episode (core/runs/ProbeCurve.h reads them as a curve).

#include "core/pipeline/FineTuning.h"
#include "core/pipeline/JobCallbacks.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct SnapshotProbe {
  std::int64_t steps = 0;
  FewShotOutcome outcome;
};

struct SnapshotProbesOutcome {
  std::vector<SnapshotProbe> probes;  // by increasing steps
  bool cancelled = false;             // the probes done so far are kept
};

// Makes `config` a probe of pre-training run `run`'s encoder after `step`
// steps, kept at `weights`: the encoder read from that file, and the run and
// step recorded (FewShotConfig::probeOfRun) so that the run's view and `runs
// show` find the point. The demo's arms and probeSnapshots both use it.
void aimAtSnapshot(FewShotConfig& config, std::int64_t run, std::int64_t step, const std::filesystem::path& weights);

// Runs `config` on every snapshot of pre-training run `pretrainRun`, in
// order of steps; config.settings' encoder (baseModel, baseWeights) is
// replaced by each snapshot's weights (the motion baseline, which reads no
// encoder, runs with the first only), found beside the project
// (keptSnapshotFiles) so that a moved project still finds them. Throws
// core::Error, before any probe runs, when the run is not a pre-training
// run, kept fewer than two snapshots, or a snapshot's file is missing or
// does not read as safetensors (named).
SnapshotProbesOutcome probeSnapshots(database::Database& db, std::int64_t pretrainRun, FewShotConfig config,
                                     const JobCallbacks& callbacks = {});

}  // namespace prodrome::core

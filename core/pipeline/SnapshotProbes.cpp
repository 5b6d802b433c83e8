#include "core/pipeline/SnapshotProbes.h"

#include "core/Error.h"
#include "core/runs/JsonText.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/PretrainMetrics.h"
#include "database/Database.h"
#include "database/RunStore.h"
#include "ml/SafeTensors.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>

namespace prodrome::core {

void aimAtSnapshot(FewShotConfig& config, std::int64_t run, std::int64_t step, const std::filesystem::path& weights) {
  config.settings.baseModel = 0;
  config.settings.baseWeights = weights.string();
  config.probeOfRun = run;
  config.probeStep = step;
}

SnapshotProbesOutcome probeSnapshots(database::Database& db, std::int64_t pretrainRun, FewShotConfig config,
                                     const JobCallbacks& callbacks) {
  const auto run = database::RunStore(db).find(pretrainRun);
  const std::string name = "run " + std::to_string(pretrainRun);
  if (!run) throw Error(name + " does not exist");
  if (run->kind != database::RunKind::Pretrain)
    throw Error(name + " is a " + std::string(database::toString(run->kind)) +
                " run; snapshots come from a pre-training run");
  auto steps = [&] {
    std::vector<std::int64_t> s;
    for (const auto& snapshot : PretrainMetrics::fromJson(parseJsonObject(run->metrics, name + "'s metrics")).snapshots)
      s.push_back(snapshot.step);
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
    return s;
  }();
  if (steps.size() < 2)
    throw Error(name + " kept " + std::to_string(steps.size()) +
                " snapshot(s); a curve needs two or more (pretrain --snapshot-every N keeps step 0, every N steps "
                "and the last)");
  // Every file first, its header read: a curve that stops at a missing or
  // damaged snapshot after an hour of probing helps no one.
  std::vector<std::filesystem::path> files;
  for (const auto step : steps) {
    files.push_back(snapshotWeightsPath(db.path(), pretrainRun, step));
    const std::string what = name + "'s snapshot at step " + std::to_string(step);
    if (!std::filesystem::exists(files.back())) throw Error(what + " is missing: " + files.back().string());
    try {
      ml::readSafeTensorsHeader(files.back());
    } catch (const std::exception& e) {
      throw Error(what + " cannot be read: " + e.what());
    }
  }

  SnapshotProbesOutcome outcome;
  const std::string label = config.label.empty() ? name : config.label;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    aimAtSnapshot(config, pretrainRun, steps[i], files[i]);
    config.label = label + " at step " + std::to_string(steps[i]);
    SnapshotProbe probe{steps[i], runFewShot(db, config, callbacks)};
    if (probe.outcome.cancelled) {
      outcome.cancelled = true;
      return outcome;
    }
    outcome.probes.push_back(std::move(probe));
    // The motion baseline does not read the encoder: once is enough.
    config.baseline = false;
  }
  return outcome;
}

}  // namespace prodrome::core

#include "core/pipeline/SnapshotProbes.h"

#include "core/Error.h"
#include "core/runs/JsonText.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/PretrainMetrics.h"
#include "database/Database.h"
#include "database/RunStore.h"
#include "ml/SafeTensors.h"

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
  const auto kept = keptSnapshotFiles(PretrainMetrics::fromJson(parseJsonObject(run->metrics, name + "'s metrics")),
                                      db.path(), pretrainRun);
  if (kept.size() < 2)
    throw Error(name + " kept " + std::to_string(kept.size()) +
                " snapshot(s); a curve needs two or more (pretrain --snapshot-every N keeps step 0, every N steps "
                "and the last)");
  // Every file first, read whole: a curve that stops at a missing or damaged
  // snapshot after an hour of probing helps no one.
  for (const auto& snapshot : kept) {
    const std::string what = name + "'s snapshot at step " + std::to_string(snapshot.step);
    if (!snapshot.exists) throw Error(what + " is missing: " + snapshot.path.string());
    try {
      ml::SafeTensorsFile::load(snapshot.path);
    } catch (const std::exception& e) {
      throw Error(what + " cannot be read: " + e.what());
    }
  }

  SnapshotProbesOutcome outcome;
  const std::string label = config.label.empty() ? name : config.label;
  for (const auto& snapshot : kept) {
    aimAtSnapshot(config, pretrainRun, snapshot.step, snapshot.path);
    config.label = label + " at step " + std::to_string(snapshot.step);
    SnapshotProbe probe{snapshot.step, runFewShot(db, config, callbacks)};
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

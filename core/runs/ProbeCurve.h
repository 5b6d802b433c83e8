#pragma once
// The frozen encoder probed along its pre-training (issue 12, item 5): few-
// shot runs of one config on the encoder at successive stage-1 steps, read
// as a curve. Each point gives the probe's ROC-AUC on the encoder's tokens
// alone (what stage 1 taught the encoder by then) and with the deployed
// head, each paired with the first point in the same episodes. The demo's
// report, `prodrome finetune --fewshot --probe-snapshots`, `prodrome runs
// show` and the GUI's run view of a pre-training run read it alike.

#include "core/runs/FewShotMetrics.h"
#include "database/RunStore.h"
#include "ml/Statistics.h"

#include <cstdint>
#include <vector>

namespace prodrome::core {

// The paired difference a − b of one metric over the episodes of one shot
// count (0: every shot count), matched by (shots, episode): runs of one
// few-shot config with the same seed draw the same support and query clips
// for each, so the pairs differ only in the arm. Episodes without a match
// are left out.
ml::MeanInterval pairedEpisodes(const std::vector<EpisodeScore>& a, const std::vector<EpisodeScore>& b, int shots,
                                double (*metric)(const ml::BinaryMetrics&));
double rocAucOf(const ml::BinaryMetrics& m);
double balancedAccuracyOf(const ml::BinaryMetrics& m);

struct ProbeCurvePoint {
  std::int64_t steps = 0;
  const FewShotMetrics* metrics = nullptr;  // not owned
};

struct ProbeCurveRow {
  std::int64_t steps = 0;
  ShotSummary tokensAlone, head;  // over every shot count
  // Paired with the first point (NaN means at the first point itself).
  ml::MeanInterval tokensAloneGain, headGain;
};

// The rows, in the points' order (increasing steps). Throws
// std::invalid_argument when the steps do not increase or a point has no
// metrics.
std::vector<ProbeCurveRow> probeCurveRows(const std::vector<ProbeCurvePoint>& points);

// The row whose tokens alone scored the highest ROC-AUC (the first of
// equals); rows.size() when there is none.
std::size_t probeCurvePeak(const std::vector<ProbeCurveRow>& rows);

// A probe curve as the project stores it: the finished few-shot runs whose
// config names pre-training run `pretrainRun` (FewShotConfig::probeOfRun),
// grouped by the rest of their config (clip set, split, shots, episodes,
// head, seed...: a curve compares encoders, never configs), each group by
// increasing steps, the latest run of a step kept. Groups in the order of
// their first run; a group of one step is no curve and is left out, as are
// runs whose config or metrics cannot be read.
// A run whose config names no probe (`finetune --fewshot --base-weights` on
// a snapshot file, the way to probe before --probe-snapshots, and how older
// builds stored every probe) is a point too when its base weights are a
// snapshot the pre-training run lists at that step: snapshots/run-<id>/
// step-<k> in a models folder of the same name (<stem>.models,
// core/runs/ModelFiles.h), whatever folder the project has moved to since;
// or when its base model is the model the pre-training run made (`--base`,
// as older demos' "with stage 1" arm), a point at the run's last step.
// Configs are compared as read, so older runs that stored fewer fields join
// newer ones of the same settings.
struct StoredProbe {
  std::int64_t runId = 0;
  std::int64_t steps = 0;
  FewShotMetrics metrics;
};
std::vector<std::vector<StoredProbe>> storedProbeCurves(const std::vector<database::Run>& runs,
                                                        std::int64_t pretrainRun);
std::vector<ProbeCurvePoint> probeCurvePoints(const std::vector<StoredProbe>& curve);

}  // namespace prodrome::core

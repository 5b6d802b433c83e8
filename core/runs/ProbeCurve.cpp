#include "core/runs/ProbeCurve.h"

#include "core/runs/FewShotConfig.h"
#include "core/runs/JsonText.h"
#include "core/runs/ModelFiles.h"
#include "core/runs/PretrainMetrics.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

namespace prodrome::core {

ml::MeanInterval pairedEpisodes(const std::vector<EpisodeScore>& a, const std::vector<EpisodeScore>& b, int shots,
                                double (*metric)(const ml::BinaryMetrics&)) {
  std::vector<double> x, y;
  for (const auto& ea : a) {
    if (shots != 0 && ea.shots != shots) continue;
    for (const auto& eb : b)
      if (eb.shots == ea.shots && eb.episode == ea.episode) {
        x.push_back(metric(ea.metrics));
        y.push_back(metric(eb.metrics));
        break;
      }
  }
  return ml::pairedDifference(x, y);
}

double rocAucOf(const ml::BinaryMetrics& m) { return m.roc_auc; }
double balancedAccuracyOf(const ml::BinaryMetrics& m) { return m.balanced_accuracy; }

std::vector<ProbeCurveRow> probeCurveRows(const std::vector<ProbeCurvePoint>& points) {
  std::vector<ProbeCurveRow> rows;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    if (!p.metrics)
      throw std::invalid_argument("probe curve: the point at step " + std::to_string(p.steps) +
                                  " has no few-shot metrics");
    if (i > 0 && p.steps <= points[i - 1].steps)
      throw std::invalid_argument("probe curve: step " + std::to_string(p.steps) + " follows step " +
                                  std::to_string(points[i - 1].steps) + "; the steps must increase");
    ProbeCurveRow row;
    row.steps = p.steps;
    row.tokensAlone = p.metrics->tokensAlone.overall;
    row.head = p.metrics->overall;
    if (i > 0) {
      const auto& first = *points.front().metrics;
      row.tokensAloneGain = pairedEpisodes(p.metrics->tokensAlone.episodes, first.tokensAlone.episodes, 0, rocAucOf);
      row.headGain = pairedEpisodes(p.metrics->episodes, first.episodes, 0, rocAucOf);
    }
    rows.push_back(row);
  }
  return rows;
}

std::size_t probeCurvePeak(const std::vector<ProbeCurveRow>& rows) {
  std::size_t best = rows.size();
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (std::isfinite(rows[i].tokensAlone.rocAuc) &&
        (best == rows.size() || rows[i].tokensAlone.rocAuc > rows[best].tokensAlone.rocAuc))
      best = i;
  return best;
}

namespace {

// What a pre-training run kept, to check a run that names no probe
// against: for each step with a snapshot, the project's models folder it was
// written to (<stem>.models), and the model it made with its step count. All
// empty when the run is not there or its metrics do not read.
struct KeptEncoders {
  std::map<std::int64_t, std::string> snapshots;
  std::int64_t modelId = 0;  // the encoder after the run's last step (its snapshot there, when it kept one)
  std::int64_t lastStep = 0;
};

KeptEncoders keptEncoders(const std::vector<database::Run>& runs, std::int64_t pretrainRun) {
  KeptEncoders kept;
  for (const auto& run : runs) {
    if (run.id != pretrainRun || run.kind != database::RunKind::Pretrain) continue;
    try {
      const auto metrics = PretrainMetrics::fromJson(parseJsonObject(run.metrics, "run metrics"));
      for (const auto& s : metrics.snapshots)
        if (const auto of = snapshotOfWeightsPath(s.weights); of && of->runId == pretrainRun && of->step == s.step)
          kept.snapshots[s.step] = of->modelsFolder;
      // Every leg's losses, one a step: the model is the encoder after the last.
      if (run.status == database::RunStatus::Succeeded && metrics.modelId > 0 && !metrics.losses.empty()) {
        kept.modelId = metrics.modelId;
        kept.lastStep = static_cast<std::int64_t>(metrics.losses.size());
      }
    } catch (const std::exception&) {
      // Unreadable metrics list nothing: no run can be checked against them.
    }
  }
  return kept;
}

// The step of `pretrainRun` whose encoder a run that names no probe started
// from, if it did: a snapshot file of the run (made with --base-weights on
// it), or the model the run made (--base, as the demo's "with stage 1" arm
// did before configs named their probe), which is the encoder after its
// last step.
std::optional<std::int64_t> stepOfUnnamedProbe(const FewShotConfig& config, std::int64_t pretrainRun,
                                               const KeptEncoders& kept) {
  if (config.settings.baseModel != 0)
    return config.settings.baseModel == kept.modelId && config.settings.baseWeights.empty()
               ? std::optional<std::int64_t>(kept.lastStep)
               : std::nullopt;
  if (config.settings.baseWeights.empty()) return std::nullopt;
  const auto of = snapshotOfWeightsPath(config.settings.baseWeights);
  if (!of || of->runId != pretrainRun) return std::nullopt;
  const auto at = kept.snapshots.find(of->step);
  if (at == kept.snapshots.end() || at->second != of->modelsFolder) return std::nullopt;
  return of->step;
}

// What the points of one curve share: the config as read (so an older run
// that stored fewer fields, or a seed as a number, groups with a newer one),
// less what differs between them: the encoder, how it is named, whether the
// baseline ran beside it, and where it ran.
QByteArray curveKey(FewShotConfig config) {
  config.label.clear();
  config.probeOfRun = config.probeStep = 0;
  config.settings.baseModel = 0;
  config.settings.baseWeights.clear();
  config.baseline = false;
  config.settings.device.clear();
  return QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
}

}  // namespace

std::vector<std::vector<StoredProbe>> storedProbeCurves(const std::vector<database::Run>& runs,
                                                        std::int64_t pretrainRun) {
  const auto kept = keptEncoders(runs, pretrainRun);
  std::vector<QByteArray> keys;  // the groups, in the order of their first run
  std::vector<std::map<std::int64_t, StoredProbe>> groups;
  for (const auto& run : runs) {
    if (run.kind != database::RunKind::Finetune || run.status != database::RunStatus::Succeeded) continue;
    try {
      const QJsonObject fewShot = parseJsonObject(run.config, "run config")[QStringLiteral("fewshot")].toObject();
      if (fewShot.isEmpty()) continue;
      auto config = FewShotConfig::fromJson(fewShot);
      if (config.probeOfRun == 0)
        if (const auto step = stepOfUnnamedProbe(config, pretrainRun, kept)) {
          config.probeOfRun = pretrainRun;
          config.probeStep = *step;
        }
      if (config.probeOfRun != pretrainRun) continue;
      const QByteArray key = curveKey(config);
      auto at = std::find(keys.begin(), keys.end(), key);
      if (at == keys.end()) {
        keys.push_back(key);
        groups.emplace_back();
        at = keys.end() - 1;
      }
      StoredProbe probe{run.id, config.probeStep,
                        FewShotMetrics::fromJson(parseJsonObject(run.metrics, "run metrics"))};
      groups[static_cast<std::size_t>(at - keys.begin())][config.probeStep] = std::move(probe);  // the later run
    } catch (const std::exception&) {
      continue;  // an unreadable run is no point of any curve
    }
  }
  std::vector<std::vector<StoredProbe>> curves;
  for (auto& group : groups) {
    if (group.size() < 2) continue;  // one encoder probed is no curve: nothing to compare it with
    std::vector<StoredProbe> curve;
    for (auto& [steps, probe] : group) curve.push_back(std::move(probe));
    curves.push_back(std::move(curve));
  }
  return curves;
}

std::vector<ProbeCurvePoint> probeCurvePoints(const std::vector<StoredProbe>& curve) {
  std::vector<ProbeCurvePoint> points;
  for (const auto& p : curve) points.push_back({p.steps, &p.metrics});
  return points;
}

}  // namespace prodrome::core

#include "tests/support/ProbeRuns.h"

#include "core/runs/FewShotConfig.h"
#include "core/runs/FewShotMetrics.h"
#include "core/runs/JsonText.h"

#include <QJsonObject>

namespace prodrome::test {

qint64 addProbeRun(database::RunStore& runs, qint64 pretrainRun, std::int64_t step, double tokens, double head,
                   qint64 clipSet) {
  core::FewShotConfig c;
  c.label = "probe";
  c.clipSet = clipSet;
  c.tokensAlone = true;
  c.probeOfRun = pretrainRun;
  c.probeStep = step;
  core::FewShotMetrics m;
  for (int e = 0; e < 3; ++e) {
    core::EpisodeScore score;
    score.shots = 2;
    score.episode = e;
    score.metrics.roc_auc = head + 0.01 * e;
    m.episodes.push_back(score);
    score.metrics.roc_auc = tokens + 0.02 * e;
    m.tokensAlone.episodes.push_back(score);
  }
  m.overall = core::summarise(m.episodes, 0);
  m.tokensAlone.overall = core::summarise(m.tokensAlone.episodes, 0);
  const qint64 id = runs.add(database::RunKind::Finetune, core::toJsonText(QJsonObject{{"fewshot", c.toJson()}}));
  runs.setMetrics(id, core::toJsonText(m.toJson()));
  runs.setStatus(id, database::RunStatus::Succeeded);
  return id;
}

}  // namespace prodrome::test

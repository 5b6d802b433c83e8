#include "core/runs/FewShotMetrics.h"

#include "core/runs/JsonText.h"
#include "ml/Statistics.h"

#include <QJsonArray>

#include <limits>

namespace prodrome::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void readInterval(const QJsonObject& o, const char* key, double& mean, double& sd, double& low, double& high) {
  mean = jsonNumberOr(o.value(QLatin1String(key)), kNaN);
  sd = jsonNumberOr(o.value(QLatin1String(key) + QStringLiteral("_sd")), kNaN);
  const QJsonArray ci = o.value(QLatin1String(key) + QStringLiteral("_ci")).toArray();
  low = ci.size() == 2 ? jsonNumberOr(ci[0], kNaN) : kNaN;
  high = ci.size() == 2 ? jsonNumberOr(ci[1], kNaN) : kNaN;
}

QJsonArray summariesJson(const std::vector<ShotSummary>& summaries) {
  QJsonArray a;
  for (const auto& s : summaries) a.append(s.toJson());
  return a;
}

std::vector<ShotSummary> summariesFromJson(const QJsonValue& v) {
  std::vector<ShotSummary> out;
  for (const auto& s : v.toArray()) out.push_back(ShotSummary::fromJson(s.toObject()));
  return out;
}

// An arm's episode inside the model's episode object: its metrics and scores.
QJsonObject armEpisodeJson(const EpisodeScore& e) {
  QJsonObject o = binaryMetricsJson(e.metrics);
  o["predictions"] = e.predictions.toJson();
  return o;
}

void writeArm(QJsonObject& metrics, const char* key, const ArmScores& arm) {
  if (arm.empty()) return;
  QJsonObject b = arm.overall.toJson();
  b["per_shot"] = summariesJson(arm.perShot);
  b["method"] = QString::fromStdString(arm.method);
  metrics[key] = b;
}

void readArm(const QJsonObject& metrics, const char* key, ArmScores& arm) {
  const QJsonObject b = metrics.value(QLatin1String(key)).toObject();
  if (b.isEmpty()) return;
  arm.overall = ShotSummary::fromJson(b);
  arm.perShot = summariesFromJson(b.value(QLatin1String("per_shot")));
  arm.method = b.value(QLatin1String("method")).toString().toStdString();
}

}  // namespace

QJsonObject ShotSummary::toJson() const {
  QJsonObject o;
  o["shots"] = shots;
  o["episodes"] = episodes;
  o["bacc"] = jsonNumber(bacc);
  o["bacc_sd"] = jsonNumber(baccSd);
  o["bacc_ci"] = QJsonArray{jsonNumber(baccLow), jsonNumber(baccHigh)};
  o["roc_auc"] = jsonNumber(rocAuc);
  o["roc_auc_sd"] = jsonNumber(rocAucSd);
  o["roc_auc_ci"] = QJsonArray{jsonNumber(rocAucLow), jsonNumber(rocAucHigh)};
  o["pr_auc"] = jsonNumber(prAuc);
  o["pr_auc_sd"] = jsonNumber(prAucSd);
  o["pr_auc_ci"] = QJsonArray{jsonNumber(prAucLow), jsonNumber(prAucHigh)};
  return o;
}

ShotSummary ShotSummary::fromJson(const QJsonObject& json) {
  ShotSummary s;
  s.shots = json.value(QLatin1String("shots")).toInt();
  s.episodes = json.value(QLatin1String("episodes")).toInt();
  readInterval(json, "bacc", s.bacc, s.baccSd, s.baccLow, s.baccHigh);
  readInterval(json, "roc_auc", s.rocAuc, s.rocAucSd, s.rocAucLow, s.rocAucHigh);
  readInterval(json, "pr_auc", s.prAuc, s.prAucSd, s.prAucLow, s.prAucHigh);
  return s;
}

QJsonObject FewShotMetrics::toJson() const {
  QJsonArray episodesJson;
  for (std::size_t i = 0; i < episodes.size(); ++i) {
    const EpisodeScore& e = episodes[i];
    QJsonObject o = binaryMetricsJson(e.metrics);
    o["shots"] = e.shots;
    o["episode"] = e.episode;
    o["seed"] = QString::number(e.seed);
    o["support"] = e.support;
    o["query"] = e.query;
    QJsonArray supportIds;
    for (auto id : e.supportClips) supportIds.append(static_cast<qint64>(id));
    o["support_clips"] = supportIds;
    o["predictions"] = e.predictions.toJson();
    if (i < baseline.episodes.size()) o["baseline"] = armEpisodeJson(baseline.episodes[i]);
    if (i < tokensAlone.episodes.size()) o["tokens_alone"] = armEpisodeJson(tokensAlone.episodes[i]);
    episodesJson.append(o);
  }
  QJsonObject metrics;
  metrics["episodes"] = episodesJson;
  metrics["per_shot"] = summariesJson(perShot);
  metrics["bacc"] = jsonNumber(overall.bacc);
  metrics["roc_auc"] = jsonNumber(overall.rocAuc);
  metrics["pr_auc"] = jsonNumber(overall.prAuc);
  metrics["overall"] = overall.toJson();
  writeArm(metrics, "baseline", baseline);
  writeArm(metrics, "tokens_alone", tokensAlone);
  return metrics;
}

FewShotMetrics FewShotMetrics::fromJson(const QJsonObject& json) {
  FewShotMetrics m;
  readArm(json, "baseline", m.baseline);
  readArm(json, "tokens_alone", m.tokensAlone);
  for (const auto& v : json.value(QLatin1String("episodes")).toArray()) {
    const QJsonObject o = v.toObject();
    EpisodeScore e;
    e.metrics = binaryMetricsFromJson(o);
    e.shots = o.value(QLatin1String("shots")).toInt();
    e.episode = o.value(QLatin1String("episode")).toInt();
    e.seed = o.value(QLatin1String("seed")).toString().toLongLong();
    e.support = o.value(QLatin1String("support")).toInt();
    e.query = o.value(QLatin1String("query")).toInt();
    for (const auto& id : o.value(QLatin1String("support_clips")).toArray()) e.supportClips.push_back(id.toInteger());
    e.predictions = ClipPredictions::fromJson(o.value(QLatin1String("predictions")).toObject());
    e.queryClips = e.predictions.clips;
    // An arm's episode shares the model's clips; only its metrics and scores differ.
    const auto armEpisode = [&](const char* key, ArmScores& arm) {
      const QJsonObject a = o.value(QLatin1String(key)).toObject();
      if (a.isEmpty()) return;
      EpisodeScore b = e;
      b.metrics = binaryMetricsFromJson(a);
      b.predictions = ClipPredictions::fromJson(a.value(QLatin1String("predictions")).toObject());
      arm.episodes.push_back(std::move(b));
    };
    armEpisode("baseline", m.baseline);
    armEpisode("tokens_alone", m.tokensAlone);
    m.episodes.push_back(std::move(e));
  }
  m.perShot = summariesFromJson(json.value(QLatin1String("per_shot")));
  const QJsonObject overall = json.value(QLatin1String("overall")).toObject();
  m.overall = overall.isEmpty() ? summarise(m.episodes, 0) : ShotSummary::fromJson(overall);
  return m;
}

ShotSummary summarise(const std::vector<EpisodeScore>& scores, int shots) {
  ShotSummary s;
  s.shots = shots;
  std::vector<double> bacc, roc, pr;
  for (const auto& e : scores) {
    if (shots != 0 && e.shots != shots) continue;
    ++s.episodes;
    bacc.push_back(e.metrics.balanced_accuracy);
    roc.push_back(e.metrics.roc_auc);
    pr.push_back(e.metrics.pr_auc);
  }
  auto fill = [](const std::vector<double>& v, double& mean, double& sd, double& low, double& high) {
    const auto m = ml::meanInterval(v);
    mean = m.mean, sd = m.sd, low = m.low, high = m.high;
  };
  fill(bacc, s.bacc, s.baccSd, s.baccLow, s.baccHigh);
  fill(roc, s.rocAuc, s.rocAucSd, s.rocAucLow, s.rocAucHigh);
  fill(pr, s.prAuc, s.prAucSd, s.prAucLow, s.prAucHigh);
  return s;
}

}  // namespace prodrome::core

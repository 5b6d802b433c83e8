#include "app/DemoPlots.h"

#include <cmath>

#ifdef PRODROME_WITH_GUI
#include "ui/report/PlotImage.h"
#endif

namespace prodrome::app {

#ifdef PRODROME_WITH_GUI
namespace {

ui::PlotSeries shotSeries(const QString& name, const core::FewShotOutcome& o, const QColor& color, double shift) {
  ui::PlotSeries s{name, {}, color, true, {}};
  for (const auto& p : o.perShot) {
    s.points.emplace_back(p.shots + shift, p.bacc);
    s.errors.push_back(std::isfinite(p.baccSd) ? p.baccSd : 0);
  }
  return s;
}

}  // namespace

QString writeDemoPlots(const core::DemoResult& r) {
  const auto dir = QString::fromStdString(r.project.parent_path().string());
  QString error;
  ui::PlotSpec shots;
  shots.title = QStringLiteral("Few-shot forecasting on held-out patients (mean ± sd over episodes)");
  shots.xLabel = QStringLiteral("shots (k pre-ictal + k normal support clips)");
  shots.yLabel = QStringLiteral("balanced accuracy");
  shots.yMin = 0;
  shots.yMax = 1;
  shots.size = QSize(800, 420);
  shots.xMin = 1.5;
  shots.xMax = 4.5;
  shots.xStep = 1;
  shots.series.push_back(shotSeries("with stage 1 (+Rodents(Y/N)+H)", r.withStage1, QColor(30, 100, 200), -0.03));
  shots.series.push_back(shotSeries("without stage 1", r.withoutStage1, QColor(220, 120, 20), 0.03));
  shots.horizontalLines.push_back({QStringLiteral("chance"), 0.5});
  if (!ui::savePlot(shots, dir + "/fewshot.png", &error)) return error;

  ui::PlotSpec timeline;
  timeline.title = QStringLiteral("Pre-ictal probability over recording %1").arg(r.forecastRecording);
  timeline.xLabel = QStringLiteral("time (s)");
  timeline.yLabel = QStringLiteral("p(onset within 5 s)");
  timeline.yMin = 0;
  timeline.yMax = 1;
  ui::PlotSeries curve{QStringLiteral("probability per window end"), {}, QColor(30, 100, 200), false, {}};
  for (const auto& p : r.forecast.points) curve.points.emplace_back(p.windowEndFrame / r.forecastFps, p.probability);
  timeline.series.push_back(curve);
  ui::PlotBand horizon{QStringLiteral("horizon before onset"), {}, QColor(250, 170, 40)};
  ui::PlotBand seizures{QStringLiteral("seizure"), {}, QColor(220, 30, 30)};
  for (const auto& s : r.forecastSeizures) {
    const double onset = s.onsetFrame / r.forecastFps;
    horizon.spans.push_back({onset - r.alarms.horizonSeconds, onset});
    seizures.spans.push_back({onset, (s.offsetFrame ? *s.offsetFrame : s.onsetFrame + 1) / r.forecastFps});
  }
  timeline.bands = {horizon, seizures};
  timeline.horizontalLines.push_back({QStringLiteral("threshold"), r.alarms.threshold});
  for (const auto& a : r.forecast.events.alarms)
    timeline.verticalMarks.push_back({QStringLiteral("alarm"), a.frame / r.forecastFps});
  if (!ui::savePlot(timeline, dir + "/timeline.png", &error)) return error;
  return {};
}
#else
QString writeDemoPlots(const core::DemoResult&) {
  return QStringLiteral("this build has no GUI layer, so the plots were not drawn (the CSV files hold the data)");
}
#endif

}  // namespace prodrome::app

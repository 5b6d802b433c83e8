#include "app/DemoPlots.h"

#include <cmath>

#ifdef PRODROME_WITH_GUI
#include "ui/report/PlotImage.h"
#endif

namespace prodrome::app {

#ifdef PRODROME_WITH_GUI
namespace {

ui::PlotSeries shotSeries(const QString& name, const std::vector<core::ShotSummary>& perShot, const QColor& color,
                          double shift) {
  ui::PlotSeries s{name, {}, color, true, {}};
  for (const auto& p : perShot) {
    s.points.emplace_back(p.shots + shift, p.bacc);
    // Error bars: the half-width of the 95 % interval of the mean.
    s.errors.push_back(std::isfinite(p.baccHigh) ? (p.baccHigh - p.baccLow) / 2 : 0);
  }
  return s;
}

}  // namespace

QString writeDemoPlots(const core::DemoResult& r) {
  const auto dir = QString::fromStdString(r.project.parent_path().string());
  QString error;
  ui::PlotSpec shots;
  shots.title = QStringLiteral("Few-shot forecasting on held-out patients (mean and 95 % CI over paired episodes)");
  shots.xLabel = QStringLiteral("shots (k pre-ictal + k normal support clips)");
  shots.yLabel = QStringLiteral("balanced accuracy");
  shots.yMin = 0;
  shots.yMax = 1;
  shots.size = QSize(800, 420);
  shots.xMin = 1.5;
  shots.xMax = 4.5;
  shots.xStep = 1;
  shots.series.push_back(shotSeries("with stage 1", r.withStage1.perShot, QColor(30, 100, 200), -0.1));
  shots.series.push_back(shotSeries("without stage 1", r.withoutStage1.perShot, QColor(220, 120, 20), -0.05));
  shots.series.push_back(shotSeries("motion baseline", r.withStage1.baseline.perShot, QColor(90, 90, 90), 0));
  shots.series.push_back(
      shotSeries("stage 1, tokens alone", r.withStage1.tokensAlone.perShot, QColor(40, 150, 70), 0.05));
  shots.series.push_back(
      shotSeries("no stage 1, tokens alone", r.withoutStage1.tokensAlone.perShot, QColor(170, 60, 160), 0.1));
  shots.horizontalLines.push_back({QStringLiteral("chance"), 0.5});
  if (!ui::savePlot(shots, dir + "/fewshot.png", &error)) return error;

  // Stage 1 on its own: the frozen encoder's probe against its steps.
  if (const auto curve = core::stage1ProbeCurve(r); curve.size() > 2) {
    ui::PlotSpec probe;
    probe.title = QStringLiteral("The frozen encoder probed along stage 1 (ROC-AUC over all shots, mean and 95 % CI)");
    probe.xLabel = QStringLiteral("stage-1 steps");
    probe.yLabel = QStringLiteral("ROC-AUC on held-out patients");
    probe.yMin = 0.3;
    probe.yMax = 1;
    probe.size = QSize(800, 420);
    probe.xMin = -0.05 * static_cast<double>(curve.back().steps);
    probe.xMax = 1.05 * static_cast<double>(curve.back().steps);
    probe.xStep = static_cast<double>(r.plan.probeEvery);
    const auto series = [&](const QString& name, const QColor& color, auto summary) {
      ui::PlotSeries s{name, {}, color, true, {}};
      for (const auto& p : curve) {
        const core::ShotSummary& m = summary(*p.metrics);
        s.points.emplace_back(static_cast<double>(p.steps), m.rocAuc);
        s.errors.push_back(std::isfinite(m.rocAucHigh) ? (m.rocAucHigh - m.rocAucLow) / 2 : 0);
      }
      return s;
    };
    probe.series.push_back(series(QStringLiteral("tokens alone"), QColor(40, 150, 70),
                                  [](const core::FewShotMetrics& o) -> const core::ShotSummary& {
                                    return o.tokensAlone.overall;
                                  }));
    probe.series.push_back(series(QStringLiteral("deployed head (tokens + statistics)"), QColor(30, 100, 200),
                                  [](const core::FewShotMetrics& o) -> const core::ShotSummary& { return o.overall; }));
    probe.horizontalLines.push_back({QStringLiteral("chance"), 0.5});
    if (!ui::savePlot(probe, dir + "/probe.png", &error)) return error;
  }

  if (r.forecasts.empty()) return {};
  // The first held-out recording; forecast.csv holds every one.
  const auto& rf = r.forecasts.front();
  const double fps = r.forecastFps.front();
  ui::PlotSpec timeline;
  timeline.title = QStringLiteral("Pre-ictal probability over held-out recording %1").arg(rf.recordingId);
  timeline.xLabel = QStringLiteral("time (s)");
  timeline.yLabel = QStringLiteral("p(onset within %1 s)").arg(r.alarms.horizonSeconds);
  timeline.yMin = 0;
  timeline.yMax = 1;
  if (rf.motionBaseline.size() == rf.points.size() && !rf.points.empty()) {
    // Beneath the forecaster's curve, in the review report's grey.
    ui::PlotSeries statistics{QStringLiteral("statistics alone (no encoder)"), {}, QColor(150, 150, 150), false, {}};
    for (std::size_t i = 0; i < rf.points.size(); ++i)
      statistics.points.emplace_back(rf.points[i].windowEndFrame / fps, rf.motionBaseline[i]);
    timeline.series.push_back(statistics);
  }
  ui::PlotSeries curve{QStringLiteral("probability per window end"), {}, QColor(30, 100, 200), false, {}};
  for (const auto& p : rf.points) curve.points.emplace_back(p.windowEndFrame / fps, p.probability);
  timeline.series.push_back(curve);
  ui::PlotBand horizon{QStringLiteral("horizon before onset"), {}, QColor(250, 170, 40)};
  ui::PlotBand seizures{QStringLiteral("seizure"), {}, QColor(220, 30, 30)};
  for (const auto& s : r.forecastSeizures.front()) {
    const double onset = s.onsetFrame / fps;
    horizon.spans.push_back({onset - r.alarms.horizonSeconds, onset});
    seizures.spans.push_back({onset, (s.offsetFrame ? *s.offsetFrame : s.onsetFrame + 1) / fps});
  }
  timeline.bands = {horizon, seizures};
  timeline.horizontalLines.push_back({QStringLiteral("threshold"), r.alarms.threshold});
  for (const auto& a : rf.events.alarms) timeline.verticalMarks.push_back({QStringLiteral("alarm"), a.frame / fps});
  if (!ui::savePlot(timeline, dir + "/timeline.png", &error)) return error;
  return {};
}
#else
QString writeDemoPlots(const core::DemoResult&) {
  return QStringLiteral("this build has no GUI layer, so the plots were not drawn (the CSV files hold the data)");
}
#endif

}  // namespace prodrome::app

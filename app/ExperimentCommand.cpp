// prodrome experiment: the paper's ablation grid (mask ratio × data
// configuration × shots), resumable, with a CSV and one plot per shot count.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "app/ProgressLine.h"
#include "core/pipeline/Experiment.h"

#include <QDir>
#include <QFileInfo>

#ifdef PRODROME_WITH_GUI
#include "ui/report/PlotImage.h"
#endif

#include <cmath>
#include <cstdio>
#include <map>

namespace prodrome::app {

namespace {

// Mean bacc per (config, mask, shots).
std::map<std::tuple<std::string, double, int>, std::pair<double, int>> means(
    const std::vector<core::ExperimentRow>& rows) {
  std::map<std::tuple<std::string, double, int>, std::pair<double, int>> m;
  for (const auto& r : rows) {
    if (!std::isfinite(r.bacc)) continue;
    auto& cell = m[{r.config, std::isfinite(r.mask) ? r.mask : -1.0, r.shots}];
    cell.first += r.bacc;
    cell.second += 1;
  }
  return m;
}

QString writePlots(const std::vector<core::ExperimentRow>& rows, const core::ExperimentConfig& c, const QString& dir) {
#ifdef PRODROME_WITH_GUI
  const auto m = means(rows);
  const QColor colours[] = {QColor(30, 100, 200), QColor(220, 120, 20), QColor(40, 160, 60),
                            QColor(200, 40, 40),  QColor(130, 60, 180), QColor(90, 90, 90)};
  for (int k : c.shots) {
    ui::PlotSpec spec;
    spec.title = QStringLiteral("%1-shot forecasting: balanced accuracy against mask ratio").arg(k);
    spec.xLabel = QStringLiteral("mask ratio of stage 1");
    spec.yLabel = QStringLiteral("balanced accuracy (mean over episodes)");
    spec.yMin = 0;
    spec.yMax = 1;
    spec.xMin = 0;
    spec.xMax = 1;
    spec.xStep = 0.1;
    spec.size = QSize(900, 440);
    int colour = 0;
    for (const auto& config : c.configs) {
      if (config == "none") {
        auto it = m.find({config, -1.0, k});
        if (it != m.end())
          spec.horizontalLines.push_back({QStringLiteral("no stage 1"), it->second.first / it->second.second});
        continue;
      }
      ui::PlotSeries s{QString::fromStdString(config), {}, colours[colour++ % 6], true, {}};
      for (double mask : c.masks) {
        auto it = m.find({config, mask, k});
        if (it != m.end()) s.points.emplace_back(mask, it->second.first / it->second.second);
      }
      spec.series.push_back(s);
    }
    QString error;
    if (!ui::savePlot(spec, QStringLiteral("%1/experiment-%2shot.png").arg(dir).arg(k), &error)) return error;
  }
  return {};
#else
  (void)rows, (void)c, (void)dir;
  return QStringLiteral("this build has no GUI layer, so the plots were not drawn");
#endif
}

QList<double> parseNumbers(const QString& text, bool* ok) {
  QList<double> out;
  *ok = true;
  for (const auto& part : text.split(',', Qt::SkipEmptyParts)) {
    bool good = false;
    out.append(part.trimmed().toDouble(&good));
    *ok = *ok && good;
  }
  return out;
}

}  // namespace

int runExperimentCommand(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      "The paper's ablation (Figure 2): for every data configuration (H, RY, RN, RYN, RYNH; 'none' = no stage 1) "
      "and mask ratio, continual pre-training of vit-tiny, then k-shot forecasting episodes on the human clip set's "
      "test subjects. Writes experiment.csv (every episode) and experiment-<k>shot.png beside the project. "
      "Resumable: cells already in the CSV are skipped, models already trained are reused.");
  p.addPositionalArgument("DB", "The project file (e.g. a demo project).");
  p.addOption({"masks", "Comma-separated mask ratios (default 0.1,0.3,0.5,0.7,0.9).", "LIST"});
  p.addOption({"configs", "Comma-separated configurations (default H,RY,RN,RYN,RYNH).", "LIST"});
  p.addOption({"shots", "Comma-separated k (default 2,3,4).", "LIST"});
  p.addOption({"episodes", "Episodes per k (default 3).", "N"});
  p.addOption({"steps", "Pre-training steps per cell (default 100).", "N"});
  p.addOption({"epochs", "Fine-tuning epochs per episode (default 15).", "N"});
  p.addOption({"query", "Query clips per class (default 10).", "N"});
  p.addOption({"rodent-set", "Rodent clip set (default rodents-YN, the demo's).", "SET"});
  p.addOption({"human-set", "Human clip set with train/test subject splits (default humans-forecast).", "SET"});
  p.addOption({"seed", "Seed (default 1).", "N"});
  p.addOption({"device", "auto, cpu, cuda or cuda:N (default auto).", "D"});
  if (auto exit = parseCommandLine(p, "experiment", "prodrome experiment", args, 1)) return *exit;
  core::ExperimentConfig c;
  bool ok = true;
  if (p.isSet("masks")) {
    c.masks.clear();
    for (double m : parseNumbers(p.value("masks"), &ok)) c.masks.push_back(m);
    for (double m : c.masks) ok = ok && m >= 0.1 && m <= 0.9;
    if (!ok || c.masks.empty()) {
      printError("experiment", "--masks must list ratios within 0.1..0.9");
      return kExitUsage;
    }
  }
  if (p.isSet("configs")) {
    c.configs.clear();
    for (const auto& s : p.value("configs").split(',', Qt::SkipEmptyParts))
      c.configs.push_back(s.trimmed().toStdString());
  }
  if (p.isSet("shots")) {
    c.shots.clear();
    for (double k : parseNumbers(p.value("shots"), &ok)) c.shots.push_back(static_cast<int>(k));
    for (int k : c.shots) ok = ok && k >= 1;
    if (!ok || c.shots.empty()) {
      printError("experiment", "--shots must list positive integers");
      return kExitUsage;
    }
  }
  for (auto [name, target, minimum] :
       {std::tuple{"episodes", &c.episodes, 1}, std::tuple{"query", &c.queryPerClass, 1}}) {
    if (!p.isSet(name)) continue;
    const auto v = integerOption("experiment", p, name, minimum);
    if (!v) return kExitUsage;
    *target = static_cast<int>(*v);
  }
  for (auto [name, target] : {std::pair{"steps", &c.pretrainSteps}, std::pair{"epochs", &c.fineTuneEpochs}}) {
    if (!p.isSet(name)) continue;
    const auto v = integerOption("experiment", p, name, 1);
    if (!v) return kExitUsage;
    *target = *v;
  }
  if (p.isSet("seed")) {
    const auto v = integerOption("experiment", p, "seed", 0);
    if (!v) return kExitUsage;
    c.seed = static_cast<std::uint64_t>(*v);
  }
  if (p.isSet("device")) c.device = p.value("device").toStdString();
  auto db = openProjectFile("experiment", p.positionalArguments()[0]);
  if (!db) return kExitFailure;
  const QString dir = QFileInfo(p.positionalArguments()[0]).absolutePath();
  c.results = (dir + "/experiment.csv").toStdString();
  try {
    c.rodentSet = resolveClipSet(*db, p.isSet("rodent-set") ? p.value("rodent-set") : "rodents-YN");
    c.humanSet = resolveClipSet(*db, p.isSet("human-set") ? p.value("human-set") : "humans-forecast");
    ProgressLine line;
    core::JobCallbacks callbacks;
    callbacks.stage = line.callback();
    callbacks.cancel = interruptFlag();
    const auto rows = core::runExperiment(*db, c, callbacks);
    line.finishLine();
    const QString error = writePlots(rows, c, dir);
    if (!error.isEmpty()) printError("experiment", error);
    const auto m = means(rows);
    std::printf("config  mask  shots  bacc (mean over episodes)\n");
    for (const auto& [key, v] : m)
      std::printf("%-6s  %4s  %5d  %.3f\n", std::get<0>(key).c_str(),
                  std::get<1>(key) < 0 ? "-" : qPrintable(QString::number(std::get<1>(key), 'f', 1)), std::get<2>(key),
                  v.first / v.second);
    std::printf("results: %s\n", c.results.string().c_str());
    return kExitOk;
  } catch (const core::Cancelled&) {
    printError("experiment", "interrupted; finished cells are kept, run the same command to continue");
    return kExitFailure;
  } catch (const std::exception& e) {
    printError("experiment", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace prodrome::app

#include "core/pipeline/Experiment.h"

#include "core/Error.h"
#include "core/io/AtomicFile.h"
#include "core/pipeline/DataMix.h"
#include "core/pipeline/Pretraining.h"
#include "database/ModelStore.h"

#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>

namespace prodrome::core {

namespace {

const char* kHeader = "config,mask,shots,episode,bacc,roc_auc,pr_auc";

std::string maskText(double mask) {
  if (!std::isfinite(mask)) return "";
  char b[16];
  std::snprintf(b, sizeof b, "%.2f", mask);
  return b;
}

std::string number(double v) {
  if (!std::isfinite(v)) return "nan";
  char b[32];
  std::snprintf(b, sizeof b, "%.6f", v);
  return b;
}

void writeResults(const std::filesystem::path& file, const std::vector<ExperimentRow>& rows) {
  std::ostringstream out;
  out << kHeader << '\n';
  for (const auto& r : rows)
    out << r.config << ',' << maskText(r.mask) << ',' << r.shots << ',' << r.episode << ',' << number(r.bacc) << ','
        << number(r.rocAuc) << ',' << number(r.prAuc) << '\n';
  writeFileAtomically(file, out.str());
}

bool sameMask(double a, double b) { return (!std::isfinite(a) && !std::isfinite(b)) || std::fabs(a - b) < 1e-6; }

}  // namespace

std::vector<ExperimentRow> readExperimentResults(const std::filesystem::path& file) {
  std::vector<ExperimentRow> rows;
  std::ifstream in(file);
  if (!in) return rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1) {
      if (line != kHeader) throw Error("'" + file.string() + "' is not an experiment results file (line 1)");
      continue;
    }
    if (line.empty()) continue;
    const auto cells = QString::fromStdString(line).split(',');
    auto bad = [&] { return Error("'" + file.string() + "' line " + std::to_string(number) + " is malformed"); };
    if (cells.size() != 7) throw bad();
    bool ok[6];
    ExperimentRow r;
    r.config = cells[0].toStdString();
    r.mask = cells[1].isEmpty() ? std::numeric_limits<double>::quiet_NaN() : cells[1].toDouble(&ok[0]);
    if (cells[1].isEmpty()) ok[0] = true;
    r.shots = cells[2].toInt(&ok[1]);
    r.episode = cells[3].toInt(&ok[2]);
    r.bacc = cells[4].toDouble(&ok[3]);
    r.rocAuc = cells[5].toDouble(&ok[4]);
    r.prAuc = cells[6].toDouble(&ok[5]);
    for (bool o : ok)
      if (!o) throw bad();
    rows.push_back(r);
  }
  return rows;
}

std::vector<ExperimentRow> runExperiment(database::Database& db, const ExperimentConfig& config,
                                         const JobCallbacks& callbacks) {
  if (config.rodentSet == 0 || config.humanSet == 0) throw Error("the experiment needs a rodent and a human clip set");
  if (config.results.empty()) throw Error("the experiment needs a results file");
  for (const auto& c : config.configs)
    if (c != "none") dataMixPreset(c);  // unknown names fail before any work
  auto rows = readExperimentResults(config.results);
  auto done = [&](const std::string& c, double mask) {
    for (const auto& r : rows)
      if (r.config == c && sameMask(r.mask, mask)) return true;
    return false;
  };

  struct Cell {
    std::string config;
    double mask;
  };
  std::vector<Cell> cells;
  for (const auto& c : config.configs) {
    if (c == "none") {
      cells.push_back({c, std::numeric_limits<double>::quiet_NaN()});
      continue;
    }
    for (double m : config.masks) cells.push_back({c, m});
  }
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const auto& cell = cells[i];
    if (done(cell.config, cell.mask)) continue;
    throwIfCancelled(callbacks.cancel);
    const std::string label = cell.config + (std::isfinite(cell.mask) ? " mask " + maskText(cell.mask) : "");
    JobCallbacks cb = callbacks;
    if (callbacks.stage)
      cb.stage = [&](const std::string& stage, double f, const std::string& detail) {
        callbacks.stage("cell " + std::to_string(i + 1) + "/" + std::to_string(cells.size()) + " " + stage, f,
                        label + "  " + detail);
      };
    std::int64_t base = 0;
    if (cell.config != "none") {
      const std::string name = "exp-" + cell.config + "-m" + maskText(cell.mask) + "-s" + std::to_string(config.seed);
      if (const auto existing = database::ModelStore(db).findByName(name)) {
        base = existing->id;
      } else {
        PretrainConfig pre;
        pre.modelName = name;
        pre.clipSets = {config.rodentSet, config.humanSet};
        pre.mix = cell.config;
        pre.humanSplit = "train";
        pre.maskRatio = cell.mask;
        pre.steps = config.pretrainSteps;
        pre.lr = 6e-4;
        pre.warmupSteps = std::max<std::int64_t>(2, config.pretrainSteps / 10);
        pre.seed = config.seed;
        pre.device = config.device;
        pre.checkpointEvery = 0;
        const auto out = runPretraining(db, pre, cb);
        if (out.cancelled) throw Cancelled();
        base = out.modelId;
      }
    }
    FewShotConfig few;
    few.label = label;
    few.clipSet = config.humanSet;
    few.split = "test";
    few.shots = config.shots;
    few.episodes = config.episodes;
    few.queryPerClass = config.queryPerClass;
    few.settings.baseModel = base;
    few.settings.epochs = config.fineTuneEpochs;
    few.settings.lr = 1e-3;
    few.settings.seed = config.seed;
    few.settings.device = config.device;
    const auto out = runFewShot(db, few, cb);
    if (out.cancelled) throw Cancelled();
    for (const auto& e : out.episodes)
      rows.push_back({cell.config, cell.mask, e.shots, e.episode, e.metrics.balanced_accuracy, e.metrics.roc_auc,
                      e.metrics.pr_auc});
    writeResults(config.results, rows);
  }
  return rows;
}

}  // namespace prodrome::core

#include "app/TrainingOptions.h"

#include "app/CommandSupport.h"
#include "core/Error.h"
#include "core/runs/JsonText.h"
#include "core/runs/MetricText.h"

#include <QFile>

#include <cmath>

namespace prodrome::app {

QString fixed(double v, int digits) { return core::metricText(v, digits); }

QJsonObject readConfigFile(const QString& path, const char* key) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    throw core::Error("cannot read config '" + path.toStdString() + "': " + file.errorString().toStdString());
  auto object = core::parseJsonObject(file.readAll().toStdString(), "config '" + path.toStdString() + "'");
  if (object.contains(key) && object[key].isObject()) return object[key].toObject();
  return object;
}
core::JobCallbacks callbacksFor(ProgressLine& line) {
  core::JobCallbacks c;
  c.stage = line.callback();
  c.cancel = interruptFlag();
  return c;
}

void addCommonTrainingOptions(QCommandLineParser& p) {
  p.addOption({"seed", "Seed of initialisation, data order, masks and augmentation (default 1).", "N"});
  p.addOption({"device", "auto (CUDA when available), cpu, cuda or cuda:N (default auto).", "D"});
  p.addOption({"batch", "Batch size (default 8).", "N"});
  p.addOption({"lr", "Peak learning rate.", "X"});
  p.addOption(
      {"config", "Read the settings from a JSON file (e.g. a run's stored config); options override it.", "FILE"});
}

}  // namespace prodrome::app

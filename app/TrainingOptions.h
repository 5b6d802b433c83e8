#pragma once
// What the training commands (pretrain, finetune, forecast) share: their
// common options, config files, number options and the progress callbacks.

#include "app/Command.h"  // printError
#include "app/ProgressLine.h"
#include "core/pipeline/JobCallbacks.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <limits>

namespace prodrome::app {

// A metric with `digits` decimals, "—" when undefined (core::metricText).
QString fixed(double v, int digits = 3);

// A config file: the object itself, or a run's stored config that wraps it
// under `key` (`prodrome runs show --json` prints those), so any run can be
// re-run. Throws core::Error naming the file.
QJsonObject readConfigFile(const QString& path, const char* key);

// --name as a number in [minimum, maximum] into `out` (unchanged when the option is
// absent); false, with the error printed, for anything else.
template <typename T>
bool numberInto(const char* command, const QCommandLineParser& p, const char* name, T& out, double minimum,
                double maximum = std::numeric_limits<double>::infinity()) {
  if (!p.isSet(name)) return true;
  bool ok = false;
  const double v = p.value(name).toDouble(&ok);
  if (!ok || !(v >= minimum) || !(v <= maximum)) {
    const QString range =
        std::isinf(maximum) ? QString(">= %1").arg(minimum) : QString("in [%1, %2]").arg(minimum).arg(maximum);
    printError(command, QString("--%1 must be a number %2, got '%3'").arg(name, range, p.value(name)));
    return false;
  }
  out = static_cast<T>(v);
  return true;
}

// Progress on `line`, cancelled by Ctrl+C.
core::JobCallbacks callbacksFor(ProgressLine& line);

// --seed, --device, --batch, --lr and --config.
void addCommonTrainingOptions(QCommandLineParser& p);

}  // namespace prodrome::app

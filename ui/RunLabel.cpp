#include "ui/RunLabel.h"

#include "core/runs/RunDescription.h"

#include <QCoreApplication>

namespace prodrome::ui {

namespace {

QString kindLabel(core::RunDescription::Kind kind) {
  switch (kind) {
    case core::RunDescription::Kind::Pretraining:
      return QCoreApplication::translate("RunLabel", "pre-training");
    case core::RunDescription::Kind::FineTuning:
      return QCoreApplication::translate("RunLabel", "fine-tuning");
    case core::RunDescription::Kind::FewShot:
      return QCoreApplication::translate("RunLabel", "k-shot evaluation");
    case core::RunDescription::Kind::Forecast:
      return QCoreApplication::translate("RunLabel", "forecast");
  }
  return {};
}

}  // namespace

QString runKindLabel(const database::Run& run) { return kindLabel(core::runKindOf(run)); }

QString runTitle(const database::Run& run, database::Database& db) {
  const auto d = core::describeRun(run, db);
  QStringList parts{QCoreApplication::translate("RunLabel", "Run %1").arg(run.id), kindLabel(d.kind)};
  if (!d.model.isEmpty()) parts << d.model;
  if (d.clipSets.size() == 1) parts << QCoreApplication::translate("RunLabel", "clip set %1").arg(d.clipSets.front());
  if (d.clipSets.size() > 1)
    parts << QCoreApplication::translate("RunLabel", "clip sets %1").arg(d.clipSets.join(QStringLiteral(", ")));
  if (d.kind == core::RunDescription::Kind::Forecast)
    parts << QCoreApplication::translate("RunLabel", "%n recording(s)", "", d.recordings);
  if (!d.started.isEmpty()) parts << d.started;
  return parts.join(QStringLiteral(" · "));
}

}  // namespace prodrome::ui

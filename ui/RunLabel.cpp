#include "ui/RunLabel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace prodrome::ui {

QString runKindLabel(const database::Run& run) {
  switch (run.kind) {
    case database::RunKind::Pretrain:
      return QCoreApplication::translate("RunLabel", "pre-training");
    case database::RunKind::Finetune: {
      const auto config = QJsonDocument::fromJson(QByteArray::fromStdString(run.config)).object();
      return config.contains(QStringLiteral("fewshot")) ? QCoreApplication::translate("RunLabel", "k-shot evaluation")
                                                        : QCoreApplication::translate("RunLabel", "fine-tuning");
    }
    case database::RunKind::Forecast:
      return QCoreApplication::translate("RunLabel", "forecast");
  }
  return {};
}

}  // namespace prodrome::ui

#include "ui/training/ModelView.h"

#include "core/pipeline/ModelDescription.h"
#include "database/ModelStore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace prodrome::ui {

ModelView::ModelView(database::Database& db, qint64 modelId, QWidget* parent)
    : QDialog(parent), text_(new QPlainTextEdit(this)) {
  setObjectName(QStringLiteral("modelView"));
  const auto model = database::ModelStore(db).find(modelId);
  setWindowTitle(model ? tr("Model %1").arg(QString::fromStdString(model->name)) : tr("Model"));
  text_->setReadOnly(true);
  text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  // Long lines wrap: the head's line runs past any sensible width.
  text_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
  try {
    text_->setPlainText(QString::fromStdString(core::describeModel(db, modelId)));
    described_ = true;
  } catch (const std::exception& e) {
    text_->setPlainText(tr("This model cannot be described: %1").arg(QString::fromUtf8(e.what())));
  }
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(text_, 1);
  layout->addWidget(buttons);
  resize(760, 420);
}

QString ModelView::text() const { return text_->toPlainText(); }

}  // namespace prodrome::ui

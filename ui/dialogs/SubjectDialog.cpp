#include "ui/dialogs/SubjectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace prodrome::ui {

SubjectDialog::SubjectDialog(const QString& title, std::vector<database::Subject> existing, QWidget* parent)
    : QDialog(parent),
      existing_(std::move(existing)),
      subject_(new QComboBox(this)),
      code_(new QLineEdit(this)),
      species_(new QComboBox(this)) {
  setWindowTitle(title);
  subject_->addItem(tr("New subject"));
  for (const auto& s : existing_) {
    subject_->addItem(tr("%1 (%2)")
                          .arg(QString::fromStdString(s.code))
                          .arg(s.species == database::Species::Human ? tr("human") : tr("rodent")));
  }
  code_->setPlaceholderText(tr("e.g. P07 or R12"));
  species_->addItem(tr("human"));
  species_->addItem(tr("rodent"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* form = new QFormLayout(this);
  if (!existing_.empty()) form->addRow(tr("Subject:"), subject_);
  subject_->setVisible(!existing_.empty());
  form->addRow(tr("Code:"), code_);
  form->addRow(tr("Species:"), species_);
  form->addRow(buttons);
  connect(subject_, &QComboBox::currentIndexChanged, this, &SubjectDialog::update);
  connect(code_, &QLineEdit::textChanged, this, &SubjectDialog::update);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  if (!existing_.empty()) subject_->setCurrentIndex(1);
  update();
}

QString SubjectDialog::code() const {
  const int i = subject_->currentIndex();
  if (i > 0) return QString::fromStdString(existing_[i - 1].code);
  return code_->text().trimmed();
}

database::Species SubjectDialog::species() const {
  const int i = subject_->currentIndex();
  if (i > 0) return existing_[i - 1].species;
  return species_->currentIndex() == 0 ? database::Species::Human : database::Species::Rodent;
}

void SubjectDialog::update() {
  const bool isNew = subject_->currentIndex() <= 0;
  code_->setEnabled(isNew);
  species_->setEnabled(isNew);
  if (auto* box = findChild<QDialogButtonBox*>()) box->button(QDialogButtonBox::Ok)->setEnabled(!code().isEmpty());
}

}  // namespace prodrome::ui

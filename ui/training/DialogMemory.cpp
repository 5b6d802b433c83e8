#include "ui/training/DialogMemory.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace prodrome::ui {

void DialogMemory::restore() const {
  QSettings settings;
  settings.beginGroup(group_);
  for (const auto& [key, field] : fields_) {
    if (!field || !settings.contains(key)) continue;
    const QVariant v = settings.value(key);
    if (auto* combo = qobject_cast<QComboBox*>(field)) {
      if (const int i = combo->findText(v.toString()); i >= 0) combo->setCurrentIndex(i);
    } else if (auto* real = qobject_cast<QDoubleSpinBox*>(field)) {
      real->setValue(v.toDouble());
    } else if (auto* integer = qobject_cast<QSpinBox*>(field)) {
      integer->setValue(v.toInt());
    } else if (auto* edit = qobject_cast<QLineEdit*>(field)) {
      edit->setText(v.toString());
    } else if (auto* button = qobject_cast<QAbstractButton*>(field)) {
      // A box the dialog disabled (a probe option under full fine-tuning) stays as the dialog set it.
      if (button->isEnabled()) button->setChecked(v.toBool());
    }
  }
}

void DialogMemory::save() const {
  QSettings settings;
  settings.beginGroup(group_);
  for (const auto& [key, field] : fields_) {
    if (!field) continue;
    if (auto* combo = qobject_cast<QComboBox*>(field))
      settings.setValue(key, combo->currentText());
    else if (auto* real = qobject_cast<QDoubleSpinBox*>(field))
      settings.setValue(key, real->value());
    else if (auto* integer = qobject_cast<QSpinBox*>(field))
      settings.setValue(key, integer->value());
    else if (auto* edit = qobject_cast<QLineEdit*>(field))
      settings.setValue(key, edit->text());
    else if (auto* button = qobject_cast<QAbstractButton*>(field))
      settings.setValue(key, button->isChecked());
  }
}

}  // namespace prodrome::ui

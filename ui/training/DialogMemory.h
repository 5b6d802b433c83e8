#pragma once
// Remembers a Train dialog's fields from one opening to the next (issue 16:
// dialogs started from the defaults every time), in QSettings under
// "dialogs/<dialog>/<field>". Spin boxes keep their value, check boxes their
// state, line edits their text, combo boxes the chosen item's text: a clip
// set or model is found again by name, which, unlike its id, means the same
// thing in another project. A remembered item that is gone leaves the field
// as the dialog set it. GUI thread only.

#include <QPointer>
#include <QString>
#include <QWidget>

#include <utility>
#include <vector>

namespace prodrome::ui {

class DialogMemory {
 public:
  explicit DialogMemory(QString dialog) : group_(QStringLiteral("dialogs/") + dialog) {}

  // Fields are restored in the order they are added: add a field whose change
  // sets others (a mode, a base model) before those others.
  void add(const QString& key, QWidget* field) { fields_.emplace_back(key, field); }
  void restore() const;
  void save() const;

 private:
  QString group_;
  std::vector<std::pair<QString, QPointer<QWidget>>> fields_;
};

}  // namespace prodrome::ui

#pragma once
// Help ▸ User Guide (issue 16 §7): a short illustrated guide to the four
// jobs (annotate, curate, train, review), from the application's own
// screenshots, kept in the resources (resources/guide/) so that it works
// offline and matches this build. In English; the menus it names are
// translated.

#include <QDialog>

class QTextBrowser;

namespace prodrome::ui {

class UserGuideDialog : public QDialog {
  Q_OBJECT

 public:
  explicit UserGuideDialog(QWidget* parent = nullptr);

  QTextBrowser* browser() const { return browser_; }

 private:
  QTextBrowser* browser_;
};

}  // namespace prodrome::ui

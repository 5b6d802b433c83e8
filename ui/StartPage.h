#pragma once
// What the window shows while no project or video is open (issue 16 §7): the
// ways in for a newcomer (a new project, an existing one, a bare video, the
// demo project with data, models and a forecast to review) and the recent
// projects, newest first, one click or Enter away. A recent project whose
// file is gone stays listed, greyed and marked missing, so that a moved
// project is recognised rather than silently forgotten.

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace prodrome::ui {

class StartPage : public QWidget {
  Q_OBJECT

 public:
  explicit StartPage(QWidget* parent = nullptr);

  void setRecentProjects(const QStringList& files);
  // The demo button shows only where something builds the demo (the training
  // part of the GUI); `busy` while its job runs.
  void setDemoAvailable(bool available);
  void setDemoBusy(bool busy);

  QListWidget* recentList() const { return recent_; }
  QPushButton* demoButton() const { return demo_; }

 Q_SIGNALS:
  void newProjectRequested();
  void openProjectRequested();
  void openVideoRequested();
  void demoRequested();
  void recentProjectChosen(const QString& file);

 private:
  void choose(QListWidgetItem* item);

  QListWidget* recent_ = nullptr;
  QPushButton* demo_ = nullptr;
};

}  // namespace prodrome::ui

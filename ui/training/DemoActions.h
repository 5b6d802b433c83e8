#pragma once
// "Open the Demo Project" on the start page (issue 16 §7): the project that
// `prodrome demo --quick` builds (synthetic rodent and human recordings with
// seizures, clip sets, a pre-trained encoder, k-shot runs, a forecaster and
// its forecasts), built once as a job on the window's queue, with progress
// and cancel in the Jobs dock, then opened; later requests open the same
// project while its file is there. Same core::runDemo as the command line,
// so the GUI's demo is the README's.

#include <QObject>
#include <QString>

#include <functional>

namespace prodrome::core {
struct DemoResult;
}

namespace prodrome::ui {

class JobQueue;
class MainWindow;

class DemoActions : public QObject {
  Q_OBJECT

 public:
  // Draws the report's figures (app/DemoPlots, which has the painter);
  // returns an error message, empty on success.
  using Plotter = std::function<QString(const core::DemoResult&)>;

  explicit DemoActions(MainWindow& window);

  void setPlotter(Plotter plotter) { plotter_ = std::move(plotter); }
  // Where new demo projects are built (default: the user's application data
  // folder, a new timestamped folder each time).
  void setParentDirectory(const QString& directory) { parent_ = directory; }

  // Opens the demo project built before, or starts the job that builds it.
  // Returns the job's id, 0 when the project opened at once (or a build is
  // already running).
  int openDemo();
  int jobId() const { return jobId_; }
  // The demo project built last, remembered in the settings (empty: none).
  static QString builtProject();

 private:
  void onJobFinished(int jobId);

  MainWindow& window_;
  JobQueue& queue_;
  Plotter plotter_;
  QString parent_;
  QString building_;  // the project file of the running build
  int jobId_ = 0;
};

}  // namespace prodrome::ui

#include "ui/workbench/Workbench.h"

#include "ui/MainWindow.h"
#include "ui/review/ReviewActions.h"
#include "ui/training/DemoActions.h"
#include "ui/training/TrainingActions.h"

#include <QSettings>

namespace prodrome::ui {

Workbench::Workbench()
    : window_(std::make_unique<MainWindow>()),
      training_(std::make_unique<TrainingActions>(*window_)),
      review_(std::make_unique<ReviewActions>(*window_)),
      demo_(std::make_unique<DemoActions>(*window_)) {
  QObject::connect(training_.get(), &TrainingActions::forecastFinished, review_.get(),
                   [review = review_.get()](qint64 runId) { review->openRun(runId); });
  // The window restored its layout before the parts added their docks.
  window_->restoreState(QSettings().value("window/state").toByteArray());
}

Workbench::~Workbench() {
  demo_.reset();
  review_.reset();
  training_.reset();
}

}  // namespace prodrome::ui

#pragma once
// The desktop product as one object: the annotation workstation's window
// (ui/MainWindow) with the training part (Train and Model menus, job dock,
// run views), the review part (forecast lane, alarms, review dock) and the
// start page's demo attached, and the one route between them: a forecast
// that finishes opens in the review. GuiMain and the end-to-end GUI tests build the same thing.

#include <memory>

namespace prodrome::ui {

class DemoActions;
class MainWindow;
class ReviewActions;
class TrainingActions;

class Workbench {
 public:
  Workbench();
  ~Workbench();  // the parts go first: a running job is cancelled and waited for
  Workbench(const Workbench&) = delete;
  Workbench& operator=(const Workbench&) = delete;

  MainWindow& window() { return *window_; }
  TrainingActions& training() { return *training_; }
  ReviewActions& review() { return *review_; }
  DemoActions& demo() { return *demo_; }

 private:
  std::unique_ptr<MainWindow> window_;
  std::unique_ptr<TrainingActions> training_;
  std::unique_ptr<ReviewActions> review_;
  std::unique_ptr<DemoActions> demo_;
};

}  // namespace prodrome::ui

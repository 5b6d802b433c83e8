#pragma once
// The main window. For now: open a video, step through its exact frames from
// the keyboard. The annotation workstation (project tree, timeline, events)
// grows from here.

#include "core/video/VideoSource.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace prodrome::ui {

class FrameView;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  bool openVideo(const QString& path);
  void showFrame(int64_t k);
  int64_t currentFrame() const { return current_; }
  const FrameView* frameView() const { return view_; }

 Q_SIGNALS:
  void frameShown(qint64 frame);
  void errorShown(const QString& message);

 private:
  void createActions();
  void updateStatus();

  FrameView* view_ = nullptr;
  QLabel* position_ = nullptr;
  std::unique_ptr<core::VideoSource> source_;
  int64_t current_ = -1;
};

}  // namespace prodrome::ui

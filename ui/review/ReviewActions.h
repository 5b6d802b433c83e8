#pragma once
// Review mode on the main window (issue 7): opens a forecast run's curve
// under the video, keeps the timeline's alarm marks, the review dock and the
// Review menu in step with one ReviewModel, and turns the reviewer's
// decisions into database rows and (through the window's
// AnnotationController, so undoable) seizure events.
//
// Which alarm the commands act on: the selected one (chosen in the table,
// on the timeline, or by next/previous), else the last alarm at or before
// the playhead. Next/previous count from the selected alarm while the
// playhead is inside its window [frame - L, frame] (stepping through the
// window does not lose one's place), from the playhead otherwise.
//
// Accepting an alarm confirms the seizure it forecasts (a true alarm, or a
// seizure whose onset lies within [alarm, alarm + H], or one going on at the
// alarm). Without one, accepting would create a seizure: the reviewer first
// confirms its onset frame, shown on the video (proposed at the playhead when
// the playhead is after the alarm, else at the alarm's frame), or cancels.
// Rejecting records a false alarm. Decisions live in alarm_reviews, survive
// reopening, carry the annotator's name, and are undoable; a decision with
// the seizure it created is one undo step. A decision that later edits
// contradict (a rejected alarm that a seizure now follows, an accepted one
// that none does) is flagged for another look (ReviewModel::contradicted).
//
// GUI thread only. Connects to the window's signals; edits no window code.

#include "core/runs/ForecastRunInfo.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class MainWindow;
class ReviewModel;
class ReviewPanel;

class ReviewActions : public QObject {
  Q_OBJECT

 public:
  // Adds the review dock, fills window.reviewMenu(), and opens a forecast
  // run when window.runActivated names one.
  explicit ReviewActions(MainWindow& window);
  ~ReviewActions() override;

  // Shows the run's curve for the open recording, or opens the run's first
  // recording. False (with a message) when the run is not a finished
  // forecast run.
  bool openRun(qint64 runId);
  void closeReview();
  QDockWidget* reviewDock() const;

  qint64 runId() const;  // 0 when no run is open
  ReviewModel* model() const { return model_; }
  ReviewPanel* panel() const { return panel_; }
  // The alarm the commands act on (index into model()->alarms()), or -1.
  int selectedAlarm() const;
  void selectAlarm(int index, bool seek);

  // The menu's commands; false (with a status message) when there is
  // nothing to act on.
  bool nextAlarm();
  bool previousAlarm();
  bool goToWindowStart();
  bool acceptAlarm();
  bool rejectAlarm();
  bool exportReport(const QString& path, QString* error = nullptr);

  // How the reviewer confirms a new seizure's onset (see above): given the
  // proposed frame and the alarm's, the frame chosen, or empty to cancel.
  // Default: OnsetConfirmDialog, modal.
  using OnsetConfirmation = std::function<std::optional<qint64>(qint64 proposedFrame, qint64 alarmFrame)>;
  void setOnsetConfirmation(OnsetConfirmation confirm) { confirmOnset_ = std::move(confirm); }
  bool exportProbabilities(const QString& path, QString* error = nullptr);

 Q_SIGNALS:
  void reviewOpened(qint64 runId, qint64 recordingId);
  void reviewClosed();

 private:
  void createActions();
  void onRecordingOpened(qint64 recordingId);
  bool loadRecording(qint64 recordingId);
  void reloadEvents();
  void pushToTimeline();
  void pushMarks();
  void updateActionStates();
  void seek(qint64 frame);
  qint64 playhead() const;
  int targetAlarm() const;
  bool stepAlarm(bool forward);
  bool decide(bool accept);
  std::optional<qint64> confirmOnsetInDialog(qint64 proposedFrame, qint64 alarmFrame);
  void say(const QString& message, bool error = false);
  QString recordingLabel(qint64 recordingId) const;
  database::Database* database() const;

  MainWindow& window_;
  ReviewModel* model_;
  ReviewPanel* panel_;
  QDockWidget* dock_;
  std::optional<core::ForecastRunInfo> run_;
  std::optional<qint64> selectedFrame_;
  OnsetConfirmation confirmOnset_;
  QList<QAction*> reviewActions_;  // enabled only while a curve is shown
  QAction* exportReport_ = nullptr;
  QAction* exportCsv_ = nullptr;
  QAction* close_ = nullptr;
};

}  // namespace prodrome::ui

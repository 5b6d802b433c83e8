#pragma once
// The annotation workstation's window: it composes the parts and routes
// between them. The parts do the work: ProjectSession (the open project),
// ProjectTreeDock, PlaybackController (decoding on a worker thread, play,
// shuttle, audio), FrameView, the timeline and the annotation controller
// (ui/timeline, ui/annotation), the one JobQueue and its dock (ui/jobs: every
// long job, training and imports alike), ExchangeActions (imports, exports,
// adding recordings as file jobs) and the dialogs. Menus are built in
// MainWindowMenus.cpp.

#include "core/periods/PeriodLayout.h"
#include "core/video/ChainedVideoSource.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "ui/LinkedVideoChecks.h"

#include <QMainWindow>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace prodrome::core {
struct ClipSetBuild;
}

namespace prodrome::ui {

class AgreementDialog;
class AnnotationController;
class ClipSetDialog;
class EventListPanel;
class ExchangeActions;
class FrameView;
class JobDock;
class JobQueue;
class PeriodStrip;
class PlaybackController;
class ProjectSession;
class ProjectTreeDock;
class StartPage;
class TimelineWidget;
class TransportBar;
struct VideoMeta;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // A project file (.prodrome, .sqlite, .db) or a bare video, by extension.
  bool openPath(const QString& path);
  bool openProject(const QString& file, bool create = false);
  void closeProject();
  // A video outside any project: viewing only, no annotation.
  bool openVideo(const QString& path);
  bool openRecording(std::int64_t recordingId);
  // Re-links a missing recording to `file` when its content fingerprint
  // matches; false (with a message) otherwise.
  bool relinkRecording(std::int64_t recordingId, const QString& file);

  // The frame the user is at (the one asked for last), or -1.
  std::int64_t currentFrame() const;
  void showFrame(std::int64_t k);
  std::optional<std::int64_t> currentRecordingId() const;

  const FrameView* frameView() const { return view_; }
  PlaybackController* playback() const { return playback_; }
  ProjectSession* project() const { return project_; }
  ProjectTreeDock* projectTree() const { return tree_; }
  ExchangeActions* exchange() const { return exchange_; }
  // Every long job of the window runs here; the dock shows them.
  JobQueue* jobs() const { return jobs_; }
  JobDock* jobDock() const { return jobDock_; }
  QUndoStack* undoStack() const { return undo_; }
  TimelineWidget* timeline() const { return timeline_; }
  // The whole night above the timeline, shown while the open recording is
  // one file of a monitoring period of several (issue 14).
  PeriodStrip* periodStrip() const { return periodStrip_; }
  // The open recording's period when it has more than one file.
  const std::optional<core::PeriodLayout>& night() const { return night_; }
  // Goes to `seconds` on the open period's clock: the file that covers it
  // (the earlier of two that overlap), or in a gap the next file's first
  // frame. False without a period.
  bool goToPeriodSeconds(double seconds);
  TransportBar* transport() const { return transport_; }
  // Shown instead of the video and timeline while nothing is open.
  StartPage* startPage() const { return start_; }
  bool startPageShown() const;
  AnnotationController* annotations() const { return annotations_; }
  EventListPanel* eventList() const { return eventList_; }
  // Opens (or raises) the non-modal clip set dialog.
  ClipSetDialog* showClipSetDialog();

  // Menus that the training and review parts fill (ui/training, ui/review).
  QMenu* trainMenu() const { return trainMenu_; }
  QMenu* modelMenu() const { return modelMenu_; }
  QMenu* reviewMenu() const { return reviewMenu_; }
  // The annotator (issue 16): the person whose name goes on every event and
  // decision, kept in the settings and shown in the status bar.
  QString annotatorName() const;
  void setAnnotatorName(const QString& name);
  // Annotate ▸ Rater Agreement…: two annotators compared on the open
  // recording (issue 14); the dialog, shown and deleted on close, or null
  // without a project recording.
  AgreementDialog* showAgreement();
  // Moves the selected signal lane `seconds` later (earlier when negative),
  // stored at once (View ▸ Nudge Signal, Ctrl+Alt+Left/Right: 10 ms).
  void nudgeSignal(double seconds);
  // Shows every time as a timecode with frames (true) or with milliseconds,
  // remembered, and repaints what shows a time (ui/Clock.h).
  void setClockFrames(bool frames);
  // Asks the person for their name (a dialog); empty when cancelled.
  QString askAnnotatorName();
  // How the window asks for the name before the first edit when none is
  // set (the application installs askAnnotatorName; tests their own).
  void setAnnotatorRequest(std::function<QString()> request) { annotatorRequest_ = std::move(request); }

  // Asked, in order, when the window is about to close; one that answers
  // false keeps it open (a running job whose user chose to keep it).
  void addCloseGuard(std::function<bool()> guard) { closeGuards_.push_back(std::move(guard)); }

 Q_SIGNALS:
  // A frame reached the screen; `exact` false for a keyframe preview.
  void frameShown(qint64 frame, bool exact);
  void errorShown(const QString& message);
  void recordingOpened(qint64 recordingId);
  // A model or run node of the project tree was activated.
  void modelActivated(qint64 modelId);
  void runActivated(qint64 runId);
  // The start page's "Open the Demo Project" (the training part builds it).
  void demoRequested();

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  // MainWindowMenus.cpp
  void createMenus();
  void createNavigationActions(QMenu* go);
  void createAnnotationActions(QMenu* annotate);
  void populateRecentMenu(QMenu* menu);
  void newProjectWithDialog();
  void openProjectWithDialog();
  void openVideoWithDialog();
  void newSubjectWithDialog();
  void relinkWithDialog(std::int64_t recordingId);
  void goToWithDialog();
  void jumpToEvent(int direction);

  // MainWindowAnnotation.cpp: the annotation controller, the event list and
  // the timeline's edits (ui/annotation, ui/timeline).
  void createEventListDock();
  void wireAnnotationParts();
  void resetAnnotationParts();  // a project was opened or closed
  void setAnnotationRecording(std::int64_t recordingId);
  void reloadAnnotationParts();  // rows changed outside the controller
  std::vector<database::Event> currentEvents() const;
  // MainWindowPeriod.cpp: a file of a monitoring period (issue 14) plays,
  // steps and is annotated as part of its night.
  void loadNight(const database::Recording& r);
  void clearNight();  // no recording, or a video outside the project
  void refreshNightMarks();
  void updateNightPosition();
  std::optional<std::size_t> nightFile() const;  // the open recording's place in night_
  void goToNightPosition(core::ChainPosition p, bool play);
  void continueAcrossBoundary(int direction, qint64 beyond, bool playing);
  // Mark Offset when this file has no open seizure of the annotator but an
  // earlier contiguous file of the night has: the seizure is closed across
  // the boundary (AnnotationController::closeAcrossFiles). False when it
  // does not apply (the plain Mark Offset runs then).
  bool markOffsetAcrossFiles(qint64 frame);

  // MainWindow.cpp
  void onProjectChanged();
  void onVideoOpened(const VideoMeta& meta);
  void onFrameReady(qint64 frame, const QImage& image, bool exact);
  void refreshEvents();
  void refreshSignals();
  void showClipSet(std::int64_t clipSetId);
  void showClipPreview(const core::ClipSetBuild& build);
  void updateCaption();
  void updateTitle();
  void updateActionStates();
  void showError(const QString& title, const QString& message);
  void addRecent(const QString& file);
  QStringList recentProjects() const;
  // The start page while no project or video is open, else the video.
  void showStartPageWhenIdle();
  // Keeps the open recording and frame as the project's last position.
  void rememberPosition();
  QString positionText(std::int64_t frame) const;

  ProjectSession* project_;
  PlaybackController* playback_;
  QUndoStack* undo_;
  FrameView* view_;
  TransportBar* transport_ = nullptr;
  TimelineWidget* timeline_ = nullptr;
  PeriodStrip* periodStrip_ = nullptr;
  std::optional<core::PeriodLayout> night_;    // the open recording's period, with more than one file
  std::vector<core::ChainedFile> nightFiles_;  // night_'s files as the decoder reads them
  LinkedVideoChecks nightChecks_;              // which of them are missing or replaced, for the strip
  std::optional<QDateTime> wallStart_;         // the open recording's wall-clock start (its own or its period's)
  bool pendingPlay_ = false;                   // playback continues once the next file is open
  bool crossingFiles_ = false;                 // while markOffsetAcrossFiles() edits other files
  AnnotationController* annotations_ = nullptr;
  EventListPanel* eventList_ = nullptr;
  ProjectTreeDock* tree_;
  JobQueue* jobs_;
  JobDock* jobDock_;
  ExchangeActions* exchange_;
  QSplitter* split_;
  QStackedWidget* central_ = nullptr;
  StartPage* start_ = nullptr;
  std::optional<qint64> pendingSeek_;  // a last position to go to once the video is open
  ClipSetDialog* clipDialog_ = nullptr;
  QLabel* position_;
  QLabel* playState_;
  QLabel* annotatorLabel_ = nullptr;
  std::function<QString()> annotatorRequest_;
  void showAnnotatorName();
  std::optional<database::Recording> recording_;  // the open recording, when it belongs to the project
  QString videoPath_;                             // the open video (recording or bare file)
  QList<QAction*> projectActions_;                // enabled only with a project
  QList<QAction*> videoActions_;                  // enabled only with a video
  QList<QAction*> annotationActions_;             // enabled only with a recording
  QList<QAction*> editActions_;                   // of those, the ones that write: not on a read-only project
  QMenu* recentMenu_ = nullptr;
  QMenu* trainMenu_ = nullptr;
  QMenu* modelMenu_ = nullptr;
  QMenu* reviewMenu_ = nullptr;
  std::vector<std::function<bool()>> closeGuards_;
};

}  // namespace prodrome::ui

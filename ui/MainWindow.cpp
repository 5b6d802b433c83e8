#include "ui/MainWindow.h"

#include "core/clips/ClipSetBuilder.h"
#include "core/exchange/RecordingRelinker.h"
#include "core/periods/PeriodLayout.h"
#include "database/ClipStore.h"
#include "database/Database.h"
#include "database/EventStore.h"
#include "database/SignalStore.h"
#include "database/SubjectStore.h"
#include "ui/Clock.h"
#include "ui/EditorKeyGuard.h"
#include "ui/ExchangeActions.h"
#include "ui/jobs/JobDock.h"
#include "ui/jobs/JobQueue.h"
#include "ui/FrameView.h"
#include "ui/PlaybackController.h"
#include "ui/timeline/PeriodStrip.h"
#include "ui/LastPosition.h"
#include "ui/ProjectSession.h"
#include "ui/ProjectTreeDock.h"
#include "ui/StartPage.h"
#include "ui/TransportBar.h"
#include "ui/annotation/TimelineBinding.h"
#include "ui/dialogs/ClipSetDialog.h"
#include "ui/dialogs/ClipSetEdits.h"
#include "ui/timeline/TimelineWidget.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

#include <cmath>

namespace prodrome::ui {

namespace {

constexpr int kMaxRecent = 8;

bool isProjectFile(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  return suffix == "prodrome" || suffix == "sqlite" || suffix == "db";
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      project_(new ProjectSession(this)),
      playback_(new PlaybackController(this)),
      undo_(new QUndoStack(this)),
      view_(new FrameView(this)),
      tree_(new ProjectTreeDock(this)),
      jobs_(new JobQueue(this)),
      jobDock_(new JobDock(*jobs_, this)),
      exchange_(new ExchangeActions(*project_, *jobs_, this)),
      split_(new QSplitter(Qt::Vertical, this)),
      position_(new QLabel(tr("No video"), this)),
      playState_(new QLabel(this)) {
  setObjectName("mainWindow");
  setWindowIcon(QIcon(":/prodrome/icons/prodrome.svg"));
  setAcceptDrops(true);
  setDockNestingEnabled(true);

  timeline_ = new TimelineWidget(this);
  // The video with its transport controls under it, then the timeline.
  transport_ = new TransportBar(*playback_, this);
  auto* videoPane = new QWidget(this);
  auto* videoLayout = new QVBoxLayout(videoPane);
  videoLayout->setContentsMargins(0, 0, 0, 0);
  videoLayout->setSpacing(0);
  videoLayout->addWidget(view_, 1);
  videoLayout->addWidget(transport_);
  split_->addWidget(videoPane);
  // The night's map (a file of a monitoring period only) over the timeline.
  periodStrip_ = new PeriodStrip(this);
  periodStrip_->hide();
  auto* timelinePane = new QWidget(this);
  auto* timelineLayout = new QVBoxLayout(timelinePane);
  timelineLayout->setContentsMargins(0, 0, 0, 0);
  timelineLayout->setSpacing(0);
  timelineLayout->addWidget(periodStrip_);
  timelineLayout->addWidget(timeline_, 1);
  split_->addWidget(timelinePane);
  split_->setStretchFactor(0, 1);
  split_->setStretchFactor(1, 0);
  split_->setCollapsible(0, false);
  start_ = new StartPage(this);
  start_->setDemoAvailable(false);  // until something builds the demo (ui/training)
  central_ = new QStackedWidget(this);
  central_->addWidget(start_);
  central_->addWidget(split_);
  setCentralWidget(central_);
  connect(start_, &StartPage::newProjectRequested, this, [this] { newProjectWithDialog(); });
  connect(start_, &StartPage::openProjectRequested, this, [this] { openProjectWithDialog(); });
  connect(start_, &StartPage::openVideoRequested, this, [this] { openVideoWithDialog(); });
  connect(start_, &StartPage::recentProjectChosen, this, [this](const QString& file) { openProject(file); });
  connect(start_, &StartPage::demoRequested, this, &MainWindow::demoRequested);
  addDockWidget(Qt::LeftDockWidgetArea, tree_);
  addDockWidget(Qt::BottomDockWidgetArea, jobDock_);
  jobDock_->hide();
  connect(jobs_, &JobQueue::jobAdded, this, [this](int id) {
    // A dock the user closed stays closed; the status bar says where the job went.
    if (jobDock_->closedByUser()) {
      statusBar()->showMessage(tr("%1: queued (View ▸ Jobs shows it)").arg(jobs_->job(id)->title), 8000);
      return;
    }
    if (!jobDock_->isVisible()) {
      jobDock_->show();
      // A quarter of the window: the video and the timeline keep the rest.
      resizeDocks({jobDock_}, {std::max(220, height() / 4)}, Qt::Vertical);
      jobDock_->raise();  // to the front of its tab group only when it opens
    }
  });
  createEventListDock();  // its panel arrives with a project

  annotatorLabel_ = new QLabel(this);
  annotatorLabel_->setObjectName(QStringLiteral("annotatorLabel"));
  annotatorLabel_->setToolTip(tr("The name written on every event and decision you make (Edit ▸ Annotator Name…)"));
  connect(annotatorLabel_, &QLabel::linkActivated, this, [this] {
    if (const QString name = askAnnotatorName(); !name.isEmpty()) setAnnotatorName(name);
  });
  showAnnotatorName();
  statusBar()->addPermanentWidget(annotatorLabel_);
  statusBar()->addPermanentWidget(playState_);
  position_->setToolTip(clockLegend());
  statusBar()->addPermanentWidget(position_);

  connect(project_, &ProjectSession::changed, this, &MainWindow::onProjectChanged);
  exchange_->setCurrentRecording([this] { return currentRecordingId(); });
  // A nudged signal's offset lands in the project at once, as an edit does.
  connect(timeline_, &TimelineWidget::signalOffsetChanged, this, [this](qint64 id, double offset) {
    if (!project_->isOpen()) return;
    try {
      database::SignalStore(project_->database()).setOffset(id, offset);
      statusBar()->showMessage(tr("Signal offset %1 s").arg(offset, 0, 'f', 3), 3000);
    } catch (const std::exception& e) {
      statusBar()->showMessage(tr("Cannot store the signal's offset: %1").arg(QString::fromUtf8(e.what())), 8000);
    }
  });
  connect(tree_, &ProjectTreeDock::recordingActivated, this, [this](qint64 id) { openRecording(id); });
  connect(tree_, &ProjectTreeDock::clipSetActivated, this, [this](qint64 id) { showClipSet(id); });
  connect(tree_, &ProjectTreeDock::modelActivated, this, &MainWindow::modelActivated);
  connect(tree_, &ProjectTreeDock::runActivated, this, &MainWindow::runActivated);
  connect(tree_, &ProjectTreeDock::relinkRequested, this, [this](qint64 id) { relinkWithDialog(id); });
  connect(tree_, &ProjectTreeDock::clipSetRenameRequested, this, [this](qint64 id) {
    if (project_->isOpen() && renameClipSetWithDialog(this, project_->database(), id))
      tree_->reload(&project_->database());
  });
  connect(tree_, &ProjectTreeDock::clipSetDeleteRequested, this, [this](qint64 id) {
    if (!project_->isOpen() || !deleteClipSetWithDialog(this, project_->database(), id)) return;
    timeline_->setClipWindows({});
    tree_->reload(&project_->database());
  });
  connect(tree_, &ProjectTreeDock::filesDropped, this, [this](const QStringList& files) {
    if (files.size() == 1 && isProjectFile(files[0])) {
      openProject(files[0]);
    } else if (project_->isOpen()) {
      exchange_->addRecordingsWithDialog(files);
    } else {
      openVideo(files[0]);
    }
  });
  connect(exchange_, &ExchangeActions::message, this,
          [this](const QString& text) { statusBar()->showMessage(text, 8000); });
  connect(exchange_, &ExchangeActions::recordingAdded, this, [this](qint64 id) {
    if (!recording_) openRecording(id);
  });
  connect(exchange_, &ExchangeActions::recordingsRelinked, this, [this](const QList<qint64>& ids) {
    // The open recording's video is back: show it (its events never left).
    if (recording_ && ids.contains(recording_->id)) {
      const qint64 id = recording_->id;
      recording_.reset();
      openRecording(id);
    } else if (!recording_ && !ids.isEmpty()) {
      openRecording(ids.front());
    }
  });

  connect(playback_, &PlaybackController::opened, this, &MainWindow::onVideoOpened);
  connect(playback_, &PlaybackController::frameReady, this, &MainWindow::onFrameReady);
  connect(playback_, &PlaybackController::positionChanged, this, [this](qint64 frame) {
    timeline_->setPlayhead(frame);
    updateNightPosition();
    updateCaption();
  });
  connect(playback_, &PlaybackController::openFailed, this, [this](const QString& path, const QString& message) {
    view_->setPlaceholder(tr("Cannot open %1").arg(QFileInfo(path).fileName()));
    showError(tr("Cannot open video"), message);
  });
  connect(playback_, &PlaybackController::decodeFailed, this, [this](qint64, const QString& message) {
    statusBar()->showMessage(message, 5000);
    Q_EMIT errorShown(message);
  });
  connect(playback_, &PlaybackController::playStateChanged, this, [this](bool playing, double speed, int direction) {
    playState_->setText(playing ? QStringLiteral("%1 %2×").arg(direction > 0 ? "▶" : "◀").arg(speed)
                                : tr("paused · %1×").arg(speed));
  });
  connect(timeline_, &TimelineWidget::seekRequested, this, [this](qint64 frame) { playback_->seek(frame); });
  connect(periodStrip_, &PeriodStrip::secondsRequested, this, [this](double seconds) { goToPeriodSeconds(seconds); });
  connect(playback_, &PlaybackController::endReached, this, [this](int direction, qint64 beyond, bool playing) {
    if (night_) continueAcrossBoundary(direction, beyond, playing);
  });

  wireAnnotationParts();
  // The menus' one-key shortcuts work wherever focus is, except in an editor.
  new EditorKeyGuard(this);
  createMenus();
  updateTitle();
  updateActionStates();
  // 1400×900; on a smaller screen (a laptop's 1280×760 showed the docks'
  // right edge off screen), maximised, so that the window manager fits the
  // frame and the panels to the screen.
  const QSize wanted(1400, 900);
  const QSize room = screen() ? screen()->availableGeometry().size() : wanted;
  resize(wanted.boundedTo(room));
  if (room.width() < wanted.width() || room.height() < wanted.height())
    setWindowState(windowState() | Qt::WindowMaximized);
  // The picture gets the room; the docks start narrow and the timeline at
  // the height of its lanes (a saved layout then replaces these).
  split_->setSizes({720, 200});
  if (auto* events = findChild<QDockWidget*>("eventListDock")) resizeDocks({tree_, events}, {250, 340}, Qt::Horizontal);
  restoreState(QSettings().value("window/state").toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event) {
  for (const auto& guard : closeGuards_) {
    if (!guard()) {
      event->ignore();
      return;
    }
  }
  rememberPosition();
  QSettings().setValue("window/state", saveState());
  playback_->close();
  event->accept();
}

// ------------------------------------------------------------ opening

bool MainWindow::openPath(const QString& path) { return isProjectFile(path) ? openProject(path) : openVideo(path); }

bool MainWindow::openProject(const QString& file, bool create) {
  rememberPosition();  // of the project being left
  try {
    project_->open(file, create);
    if (create) forgetLastPosition(file);
  } catch (const std::exception& e) {
    showError(tr("Cannot open project"), QString::fromUtf8(e.what()));
    return false;
  }
  undo_->clear();  // commands of the previous project refer to its database
  recording_.reset();
  videoPath_.clear();
  playback_->close();
  view_->clear();
  resetAnnotationParts();
  addRecent(QFileInfo(file).absoluteFilePath());
  tree_->reload(&project_->database());
  // Back where the person left the project; else the first recording whose
  // video is present, so the window starts where the work is.
  const auto last = lastPosition(file);
  const auto left = last ? database::RecordingStore(project_->database()).find(last->recordingId) : std::nullopt;
  if (left && last->frame < left->frameCount && openRecording(left->id)) {
    pendingSeek_ = last->frame;  // gone to once the video is open (onVideoOpened)
  } else {
    for (const auto& r : database::RecordingStore(project_->database()).list()) {
      if (QFileInfo(QString::fromStdString(r.path)).isFile()) {
        openRecording(r.id);
        break;
      }
    }
  }
  updateTitle();
  updateActionStates();
  if (project_->database().readOnly())
    statusBar()->showMessage(tr("This project is opened read-only: it or its folder cannot be written here. Copy it "
                                "to a folder you can write to annotate it."),
                             15000);
  return true;
}

void MainWindow::closeProject() {
  rememberPosition();
  playback_->close();
  undo_->clear();
  recording_.reset();
  videoPath_.clear();
  project_->close();
  resetAnnotationParts();
  clearNight();
  tree_->reload(nullptr);
  view_->clear();
  timeline_->setRecording(0, 0);
  updateCaption();
  updateTitle();
  updateActionStates();
}

bool MainWindow::openVideo(const QString& path) {
  if (project_->isOpen()) {
    // A video of the project opens as its recording, with its events.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto r = database::RecordingStore(project_->database()).findByPath(absolute.toStdString())) {
      return openRecording(r->id);
    }
  }
  if (!QFileInfo(path).isFile()) {
    const QString message = tr("cannot open video '%1': no such file").arg(path);
    showError(tr("Cannot open video"), message);
    return false;
  }
  recording_.reset();
  videoPath_ = path;
  resetAnnotationParts();
  clearNight();
  view_->clear();
  playback_->open(path);
  tree_->setCurrentRecording(std::nullopt);
  updateTitle();
  updateActionStates();
  statusBar()->showMessage(tr("Viewing a video outside the project: add it to a project to annotate."), 8000);
  return true;
}

bool MainWindow::openRecording(std::int64_t recordingId) {
  if (!project_->isOpen()) return false;
  auto r = database::RecordingStore(project_->database()).find(recordingId);
  if (!r) return false;
  if (recording_ && recording_->id == recordingId && QFileInfo(QString::fromStdString(r->path)).isFile() &&
      videoPath_ == QString::fromStdString(r->path)) {
    return true;
  }
  pendingSeek_.reset();
  pendingPlay_ = false;
  recording_ = r;
  const QString path = QString::fromStdString(r->path);
  loadNight(*r);  // before the video opens: the decoder reads it as part of its night
  tree_->setCurrentRecording(recordingId);
  setAnnotationRecording(recordingId);
  timeline_->setRecording(r->frameCount, r->fps);
  refreshEvents();
  refreshSignals();
  if (clipDialog_ && clipDialog_->preview()) {
    showClipPreview(*clipDialog_->preview());
  } else {
    timeline_->setClipWindows({});
  }
  // A file there that is not the video that was added (replaced,
  // re-encoded, cut) would show other frames under this recording's
  // annotations, and new ones would be marked on them.
  const bool present = QFileInfo(path).isFile();
  bool replaced = false;
  if (present) {
    try {
      core::requireLinkedVideo(*r);
    } catch (const std::exception&) {
      replaced = true;
    }
  }
  if (!present || replaced) {
    // Annotations stay visible and editable on the timeline; only the
    // picture is missing until the file is re-linked.
    videoPath_.clear();
    playback_->close();
    if (replaced) {
      view_->setPlaceholder(tr("Not the video that was added:\n%1\n\nIts frames would not match this recording's "
                               "annotations. Put the original back, or File ▸ Re-link Recording… to it.")
                                .arg(path));
      statusBar()->showMessage(
          tr("This recording's video was replaced, re-encoded or cut after it was added: %1").arg(path), 10000);
    } else {
      view_->setPlaceholder(tr("Video missing:\n%1\n\nFile ▸ Re-link Recording… to locate it.").arg(path));
      statusBar()->showMessage(tr("The video of this recording is missing: %1").arg(path), 10000);
    }
  } else {
    videoPath_ = path;
    view_->clear();
    playback_->open(path);
  }
  updateTitle();
  updateActionStates();
  updateCaption();
  Q_EMIT recordingOpened(recordingId);
  return true;
}

bool MainWindow::relinkRecording(std::int64_t recordingId, const QString& file) {
  if (!project_->isOpen()) return false;
  database::RecordingStore store(project_->database());
  const auto r = store.find(recordingId);
  if (!r) return false;
  try {
    core::relinkRecording(project_->database(), recordingId, file.toStdString());
  } catch (const std::exception& e) {
    showError(tr("Cannot re-link recording"), QString::fromUtf8(e.what()));
    return false;
  }
  tree_->reload(&project_->database());
  statusBar()->showMessage(tr("Re-linked to %1").arg(file), 5000);
  if (!recording_ || recording_->id == recordingId) {
    recording_.reset();
    openRecording(recordingId);
  }
  return true;
}

void MainWindow::onProjectChanged() {
  if (!project_->isOpen()) return;
  tree_->reload(&project_->database());
  if (recording_) {
    tree_->setCurrentRecording(recording_->id);
    reloadAnnotationParts();
    refreshEvents();
    refreshSignals();
  }
}

// ------------------------------------------------------------ video

void MainWindow::onVideoOpened(const VideoMeta& meta) {
  if (!recording_) timeline_->setRecording(meta.frameCount, meta.fps);
  if (pendingSeek_) {
    if (*pendingSeek_ < meta.frameCount) playback_->seek(*pendingSeek_);
    pendingSeek_.reset();
  }
  if (std::exchange(pendingPlay_, false)) playback_->play();
  updateCaption();
  updateActionStates();
}

void MainWindow::onFrameReady(qint64 frame, const QImage& image, bool exact) {
  view_->setImage(image, exact);
  updateCaption();
  Q_EMIT frameShown(frame, exact);
}

std::int64_t MainWindow::currentFrame() const { return playback_->position(); }

void MainWindow::showFrame(std::int64_t k) { playback_->seek(k); }

std::optional<std::int64_t> MainWindow::currentRecordingId() const {
  return recording_ ? std::optional<std::int64_t>(recording_->id) : std::nullopt;
}

QString MainWindow::positionText(std::int64_t frame) const {
  const VideoMeta& meta = playback_->meta();
  const std::int64_t count = playback_->hasVideo() ? meta.frameCount : (recording_ ? recording_->frameCount : 0);
  if (frame < 0 || count == 0) return {};
  const double seconds = playback_->hasVideo() ? meta.secondsOf(frame) : frame / std::max(1.0, recording_->fps);
  // A timecode counts frames at the nominal rate; milliseconds follow the
  // frame's own time, which a variable-rate video may put elsewhere.
  const double fps = playback_->hasVideo() ? meta.fps : recording_->fps;
  const QString clock = clockStyle() == ClockStyle::Frames && fps > 0 ? formatFrameClock(frame, fps) : formatClock(seconds);
  QString text = tr("Frame %1 / %2  ·  %3").arg(frame).arg(count - 1).arg(clock);
  // The wall clock: the file's own start, or where its period places it.
  if (recording_ && wallStart_) {
    const QDateTime wall = wallStart_->addMSecs(static_cast<qint64>(std::llround(seconds * 1000)));
    text += tr("  ·  %1").arg(wall.toLocalTime().toString("yyyy-MM-dd HH:mm:ss.zzz"));
  }
  if (const auto file = nightFile()) text += tr("  ·  file %1 of %2").arg(*file + 1).arg(night_->files.size());
  return text;
}

void MainWindow::updateCaption() {
  const std::int64_t shown = playback_->shownFrame();
  const QString text = positionText(shown >= 0 ? shown : playback_->position());
  QString caption = text;
  if (shown >= 0 && !playback_->shownExact()) caption += tr("  (keyframe preview)");
  view_->setCaption(caption);
  position_->setText(text.isEmpty() ? tr("No video") : positionText(playback_->position()));
}

void MainWindow::setClockFrames(bool frames) {
  setClockStyle(frames ? ClockStyle::Frames : ClockStyle::Milliseconds);
  if (auto* action = findChild<QAction*>("clockFramesAction"); action && action->isChecked() != frames)
    action->setChecked(frames);
  position_->setToolTip(clockLegend());
  updateCaption();
  timeline_->update();
  // Item views ask their models for the text when they paint.
  for (auto* table : findChildren<QTableView*>()) {
    table->viewport()->update();
    table->horizontalHeader()->viewport()->update();
  }
}

void MainWindow::updateTitle() {
  QString title = tr("Prodrome");
  if (!videoPath_.isEmpty() || recording_) {
    const QString name = QFileInfo(recording_ ? QString::fromStdString(recording_->path) : videoPath_).fileName();
    title = tr("%1 — %2").arg(name, title);
  }
  if (project_->isOpen()) {
    title += tr(" [%1]").arg(QFileInfo(project_->file()).fileName());
    if (project_->database().readOnly()) title += tr(" (read-only)");
  }
  setWindowTitle(title);
}

void MainWindow::updateActionStates() {
  showStartPageWhenIdle();
  for (QAction* a : projectActions_) a->setEnabled(project_->isOpen());
  for (QAction* a : videoActions_) a->setEnabled(playback_->hasVideo() || !videoPath_.isEmpty());
  // A read-only project cannot take an annotation: no key may look as if it did.
  const bool writable = project_->isOpen() && !project_->database().readOnly();
  for (QAction* a : annotationActions_)
    a->setEnabled(recording_.has_value() && annotations_ != nullptr && (writable || !editActions_.contains(a)));
}

// ------------------------------------------------------------ timeline data

void MainWindow::refreshSignals() {
  if (!recording_ || !project_->isOpen()) {
    if (!timeline_->signalLanes().empty()) timeline_->setSignals({});
    return;
  }
  database::SignalStore store(project_->database());
  const auto infos = store.listByRecording(recording_->id);
  // A day of samples per channel: read again only when the set changed.
  const auto shown = timeline_->signalLanes();
  bool same = shown.size() == infos.size();
  for (std::size_t i = 0; same && i < infos.size(); ++i)
    same = shown[i]->trace().id == infos[i].id && shown[i]->trace().offsetSeconds == infos[i].offsetSeconds;
  if (same) return;
  std::vector<SignalTrace> traces;
  for (const auto& info : infos) {
    auto signal = store.load(info.id);
    if (!signal) continue;
    SignalTrace t;
    t.id = info.id;
    t.name = QString::fromStdString(info.name);
    t.startSeconds = info.startSeconds;
    t.sampleRate = info.sampleRate.value_or(0.0);
    t.times = std::move(signal->times);
    t.samples = std::move(signal->samples);
    t.offsetSeconds = info.offsetSeconds;
    for (const auto& m : signal->markers)
      t.marks.push_back({m.seconds, m.duration.value_or(0), QString::fromStdString(m.label)});
    traces.push_back(std::move(t));
  }
  timeline_->setSignals(std::move(traces));
}

void MainWindow::nudgeSignal(double seconds) {
  if (!timeline_->nudgeSelectedSignal(seconds))
    statusBar()->showMessage(tr("No signal to nudge: import one (File ▸ Import ▸ Signal (CSV, EDF) for This Recording…)."), 4000);
}

void MainWindow::refreshEvents() {
  if (!recording_ || !project_->isOpen()) {
    timeline_->setEvents({});
    refreshSignals();
    return;
  }
  timeline_->setEvents(toTimelineEvents(currentEvents()));
  refreshNightMarks();
}

void MainWindow::showClipSet(std::int64_t clipSetId) {
  if (!project_->isOpen()) return;
  std::vector<TimelineWindow> windows;
  std::int64_t firstRecording = -1;
  for (const database::Clip& c : database::ClipStore(project_->database()).listBySet(clipSetId)) {
    if (firstRecording < 0) firstRecording = c.recordingId;
    if (recording_ && c.recordingId != recording_->id) continue;
    windows.push_back({c.startFrame, c.endFrame, QString::fromUtf8(database::toString(c.label).data())});
  }
  // Nothing of the set in this recording: go to one that has some.
  if (windows.empty() && firstRecording >= 0 && (!recording_ || recording_->id != firstRecording)) {
    if (openRecording(firstRecording)) return showClipSet(clipSetId);
  }
  timeline_->setClipWindows(std::move(windows));
}

void MainWindow::showClipPreview(const core::ClipSetBuild& build) {
  std::vector<TimelineWindow> windows;
  for (const core::ClipWindow& w : build.windows) {
    if (recording_ && w.recordingId != recording_->id) continue;
    windows.push_back({w.startFrame, w.endFrame, QString::fromUtf8(database::toString(w.label).data())});
  }
  timeline_->setClipWindows(std::move(windows));
}

ClipSetDialog* MainWindow::showClipSetDialog() {
  if (!project_->isOpen()) return nullptr;
  if (!clipDialog_) {
    clipDialog_ = new ClipSetDialog(project_->database(), this);
    clipDialog_->setAttribute(Qt::WA_DeleteOnClose);
    connect(clipDialog_, &ClipSetDialog::previewChanged, this, &MainWindow::showClipPreview);
    connect(clipDialog_, &ClipSetDialog::previewCleared, this, [this] { timeline_->setClipWindows({}); });
    connect(clipDialog_, &ClipSetDialog::saved, this, [this](qint64 id, const QString& name) {
      tree_->reload(&project_->database());
      statusBar()->showMessage(tr("Clip set %1 saved.").arg(name), 5000);
      showClipSet(id);
    });
    connect(clipDialog_, &QObject::destroyed, this, [this] { clipDialog_ = nullptr; });
    connect(project_, &ProjectSession::closed, clipDialog_, &QWidget::close);
  }
  clipDialog_->show();
  clipDialog_->raise();
  clipDialog_->activateWindow();
  return clipDialog_;
}

// ------------------------------------------------------------ misc

void MainWindow::showError(const QString& title, const QString& message) {
  // Not exec(): a nested event loop would stall playback and tests alike.
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
  statusBar()->showMessage(message, 8000);
  Q_EMIT errorShown(message);
}

bool MainWindow::startPageShown() const { return central_->currentWidget() == start_; }

void MainWindow::showStartPageWhenIdle() {
  const bool idle = !project_->isOpen() && videoPath_.isEmpty() && !playback_->hasVideo();
  if (idle) start_->setRecentProjects(recentProjects());
  central_->setCurrentWidget(idle ? static_cast<QWidget*>(start_) : split_);
}

void MainWindow::rememberPosition() {
  if (!project_->isOpen() || !recording_) return;
  const qint64 frame = playback_->hasVideo() ? playback_->position() : 0;
  rememberLastPosition(QString::fromStdString(project_->path()), {recording_->id, std::max<qint64>(0, frame)});
}

QStringList MainWindow::recentProjects() const { return QSettings().value("recentProjects").toStringList(); }

void MainWindow::addRecent(const QString& file) {
  QSettings settings;
  QStringList recent = settings.value("recentProjects").toStringList();
  recent.removeAll(file);
  recent.prepend(file);
  while (recent.size() > kMaxRecent) recent.removeLast();
  settings.setValue("recentProjects", recent);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  QStringList files;
  for (const QUrl& url : event->mimeData()->urls()) {
    if (url.isLocalFile()) files << url.toLocalFile();
  }
  event->acceptProposedAction();
  if (files.isEmpty()) return;
  Q_EMIT tree_->filesDropped(files);
}

}  // namespace prodrome::ui

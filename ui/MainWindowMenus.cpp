// The main window's menus and keys. Every action with a key is in a menu,
// so the shortcuts sheet (Help ▸ Keyboard Shortcuts) lists it.

#include "ui/MainWindow.h"

#include "database/Database.h"
#include "database/SubjectStore.h"
#include "ui/AudioSync.h"
#include "ui/Clock.h"
#include "ui/DialogFolder.h"
#include "ui/ExchangeActions.h"
#include "ui/jobs/JobDock.h"
#include "ui/FrameView.h"
#include "ui/PlaybackController.h"
#include "ui/ProjectSession.h"
#include "ui/ProjectTreeDock.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/dialogs/AgreementDialog.h"
#include "ui/dialogs/GoToDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/dialogs/SubjectDialog.h"
#include "ui/timeline/TimelineWidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace prodrome::ui {

namespace {

QAction* add(QMenu* menu, const QString& text, QList<QKeySequence> keys, QObject* context, std::function<void()> slot) {
  QAction* a = menu->addAction(text);
  a->setShortcuts(keys);
  // Keys work wherever focus is in the window (tree, timeline, video), except
  // that a focused editor keeps its typing keys (EditorKeyGuard).
  a->setShortcutContext(Qt::WindowShortcut);
  QObject::connect(a, &QAction::triggered, context, std::move(slot));
  return a;
}

}  // namespace

void MainWindow::createMenus() {
  // ---- File
  QMenu* file = menuBar()->addMenu(tr("&File"));
  add(file, tr("&New Project…"), {QKeySequence::New}, this, [this] { newProjectWithDialog(); });
  add(file, tr("&Open Project…"), {QKeySequence::Open}, this, [this] { openProjectWithDialog(); });
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  connect(recentMenu_, &QMenu::aboutToShow, this, [this] { populateRecentMenu(recentMenu_); });
  add(file, tr("Open &Video…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, this,
      [this] { openVideoWithDialog(); });
  projectActions_ << add(file, tr("&Close Project"), {}, this, [this] { closeProject(); });
  file->addSeparator();
  projectActions_ << add(file, tr("&Add Recordings…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, this,
                         [this] { exchange_->addRecordingsWithDialog(); });
  projectActions_ << add(file, tr("New &Subject…"), {}, this, [this] { newSubjectWithDialog(); });
  QAction* relink = add(file, tr("Re-&link Recording…"), {}, this, [this] {
    if (recording_) relinkWithDialog(recording_->id);
  });
  projectActions_ << relink;
  projectActions_ << add(file, tr("Re-link Missing Videos from a &Folder…"), {}, this,
                         [this] { exchange_->relinkFromFolderWithDialog(); });
  file->addSeparator();
  QMenu* import = file->addMenu(tr("&Import"));
  exchange_->populateImportMenu(import);
  QMenu* exportMenu = file->addMenu(tr("&Export"));
  exchange_->populateExportMenu(exportMenu);
  projectActions_ << import->menuAction() << exportMenu->menuAction();
  file->addSeparator();
  add(file, tr("&Quit"), {QKeySequence::Quit}, this, [this] { close(); });
  tree_->setContextActions(projectActions_.mid(1, 2), relink);

  // ---- Edit
  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = undo_->createUndoAction(this, tr("&Undo"));
  undo->setShortcuts({QKeySequence::Undo});
  QAction* redo = undo_->createRedoAction(this, tr("&Redo"));
  redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  // Their texts name the edit at hand ("Undo Add event"); the sheet names the action.
  undo->setProperty(kShortcutsName, tr("Undo"));
  redo->setProperty(kShortcutsName, tr("Redo"));
  edit->addAction(undo);
  edit->addAction(redo);
  addAction(undo);
  addAction(redo);
  edit->addSeparator();
  edit->addAction(tr("Annotator &Name…"), this, [this] {
    if (const QString name = askAnnotatorName(); !name.isEmpty()) setAnnotatorName(name);
  });

  // ---- View
  QMenu* view = menuBar()->addMenu(tr("&View"));
  videoActions_ << add(view, tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)}, this,
                       [this] { view_->zoomIn(); });
  videoActions_ << add(view, tr("Zoom &Out"), {QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)}, this,
                       [this] { view_->zoomOut(); });
  videoActions_ << add(view, tr("&Fit to Window"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, this,
                       [this] { view_->resetZoom(); });
  view->addSeparator();
  view->addAction(tree_->toggleViewAction());
  if (auto* events = findChild<QDockWidget*>("eventListDock")) view->addAction(events->toggleViewAction());
  QAction* jobs = jobDock_->toggleViewAction();
  jobs->setText(tr("&Jobs"));
  view->addAction(jobs);
  view->addSeparator();
  // A forecaster whose output stays in a narrow band shows its shape on an
  // axis fitted to it; 0–1 compares runs. The choice is the reviewer's, kept.
  QAction* fitAxis = view->addAction(tr("Fit the Forecast &Axis to Its Probabilities"));
  fitAxis->setObjectName("fitForecastAxisAction");
  fitAxis->setCheckable(true);
  fitAxis->setChecked(QSettings().value("timeline/fitForecastAxis", false).toBool());
  timeline_->setProbabilityAutoScale(fitAxis->isChecked());
  connect(fitAxis, &QAction::toggled, this, [this](bool on) {
    QSettings().setValue("timeline/fitForecastAxis", on);
    timeline_->setProbabilityAutoScale(on);
  });
  // Lip-sync for signals (issue 14 §2): the selected signal lane, 10 ms a
  // step, 100 ms with Shift; stored per signal.
  videoActions_ << add(view, tr("Nudge Signal &Earlier"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left)}, this,
                       [this] { nudgeSignal(-0.010); });
  videoActions_ << add(view, tr("Nudge Signal &Later"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right)}, this,
                       [this] { nudgeSignal(+0.010); });
  videoActions_.back()->setObjectName("nudgeSignalLaterAction");
  videoActions_ << add(view, tr("Nudge Signal Earlier by 100 ms"),
                       {QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Left)}, this, [this] { nudgeSignal(-0.1); });
  videoActions_ << add(view, tr("Nudge Signal Later by 100 ms"),
                       {QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Right)}, this, [this] { nudgeSignal(+0.1); });
  view->addSeparator();
  // One clock style for every view (ui/Clock.h); the item views and the
  // timeline read it when they paint, the caption when it is next set.
  QAction* frames = view->addAction(tr("Show &Frames in the Clock"));
  frames->setObjectName("clockFramesAction");
  frames->setCheckable(true);
  frames->setChecked(clockStyle() == ClockStyle::Frames);
  connect(frames, &QAction::toggled, this, [this](bool on) { setClockFrames(on); });
  view->addSeparator();
  QMenu* language = view->addMenu(tr("&Language"));
  auto* languages = new QActionGroup(this);
  const QString current = QSettings().value("language").toString();
  const QList<QPair<QString, QString>> choices{{QString(), tr("System Default")},
                                               {"en", QStringLiteral("English")},
                                               {"de", QStringLiteral("Deutsch")},
                                               {"zh_CN", QStringLiteral("简体中文")}};
  for (const auto& [code, name] : choices) {
    QAction* a = language->addAction(name);
    a->setCheckable(true);
    a->setChecked(code == current);
    languages->addAction(a);
    connect(a, &QAction::triggered, this, [this, code = code] {
      QSettings().setValue("language", code);
      QMessageBox::information(this, tr("Language"), tr("The language changes when Prodrome is started again."));
    });
  }

  // ---- Playback
  QMenu* go = menuBar()->addMenu(tr("&Playback"));
  createNavigationActions(go);

  // ---- Annotate
  QMenu* annotate = menuBar()->addMenu(tr("&Annotate"));
  createAnnotationActions(annotate);

  // ---- Clips
  QMenu* clips = menuBar()->addMenu(tr("&Clips"));
  projectActions_ << add(clips, tr("&Build Clip Set…"), {QKeySequence(Qt::CTRL | Qt::Key_B)}, this,
                         [this] { showClipSetDialog(); });
  projectActions_ << add(clips, tr("&Hide Clip Windows"), {}, this, [this] { timeline_->setClipWindows({}); });

  // ---- Train, Model, Review: filled by ui/training and ui/review.
  trainMenu_ = menuBar()->addMenu(tr("&Train"));
  modelMenu_ = menuBar()->addMenu(tr("&Model"));
  reviewMenu_ = menuBar()->addMenu(tr("&Review"));

  // ---- Help
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  add(help, tr("&Keyboard Shortcuts"), {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)}, this,
      [this] {
        auto* sheet = new ShortcutsDialog(menuBar(), this);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->show();
      });
  add(help, tr("User &Guide"), {}, this, [this] {
    auto* guide = new UserGuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
  });
  add(help, tr("&About Prodrome"), {}, this, [this] {
    QMessageBox::about(this, tr("About Prodrome"),
                       tr("<b>Prodrome %1</b><p>Clinical video annotation and seizure forecasting.</p>"
                          "<p>Video never leaves this machine.</p>")
                           .arg(QApplication::applicationVersion()));
  });

  // Shortcuts of menu actions work while their menu is closed only if the
  // actions are also on the window (menus of a hidden menu bar, e.g. offscreen).
  for (QAction* top : menuBar()->actions()) {
    if (!top->menu()) continue;
    for (QAction* a : top->menu()->actions()) {
      if (!a->shortcuts().isEmpty()) addAction(a);
    }
  }
}

void MainWindow::createNavigationActions(QMenu* go) {
  PlaybackController* p = playback_;
  videoActions_ << add(go, tr("&Play / Pause"), {QKeySequence(Qt::Key_Space)}, p, [p] { p->togglePlay(); });
  videoActions_ << add(go, tr("Play &Backwards / Faster (J)"), {QKeySequence(Qt::Key_J)}, p,
                       [p] { p->shuttleBackward(); });
  videoActions_ << add(go, tr("Pause (K)"), {QKeySequence(Qt::Key_K)}, p, [p] { p->pause(); });
  videoActions_ << add(go, tr("Play &Forwards / Faster (L)"), {QKeySequence(Qt::Key_L)}, p,
                       [p] { p->shuttleForward(); });
  go->addSeparator();
  videoActions_ << add(go, tr("Fas&ter"), {QKeySequence(Qt::Key_Up)}, p, [p] { p->faster(); });
  videoActions_ << add(go, tr("Slo&wer"), {QKeySequence(Qt::Key_Down)}, p, [p] { p->slower(); });
  videoActions_ << add(go, tr("&Normal Speed"), {QKeySequence(Qt::Key_Backspace)}, p, [p] { p->setSpeed(1.0); });
  QAction* mute = add(go, tr("&Mute"), {QKeySequence(Qt::Key_M)}, p, [] {});
  mute->setCheckable(true);
  connect(mute, &QAction::toggled, p, [p](bool on) { p->audio()->setMuted(on); });
  go->addSeparator();
  videoActions_ << add(go, tr("Next Frame"), {QKeySequence(Qt::Key_Right)}, p, [p] { p->step(1); });
  videoActions_ << add(go, tr("Previous Frame"), {QKeySequence(Qt::Key_Left)}, p, [p] { p->step(-1); });
  videoActions_ << add(go, tr("Forward 1 Second"), {QKeySequence(Qt::SHIFT | Qt::Key_Right)}, p,
                       [p] { p->stepSeconds(1); });
  videoActions_ << add(go, tr("Back 1 Second"), {QKeySequence(Qt::SHIFT | Qt::Key_Left)}, p,
                       [p] { p->stepSeconds(-1); });
  videoActions_ << add(go, tr("Forward 1 Minute"), {QKeySequence(Qt::CTRL | Qt::Key_Right)}, p,
                       [p] { p->stepSeconds(60); });
  videoActions_ << add(go, tr("Back 1 Minute"), {QKeySequence(Qt::CTRL | Qt::Key_Left)}, p,
                       [p] { p->stepSeconds(-60); });
  videoActions_ << add(go, tr("First Frame"), {QKeySequence(Qt::Key_Home)}, p, [p] { p->goToStart(); });
  videoActions_ << add(go, tr("Last Frame"), {QKeySequence(Qt::Key_End)}, p, [p] { p->goToEnd(); });
  videoActions_ << add(go, tr("&Go to Frame or Time…"), {QKeySequence(Qt::CTRL | Qt::Key_G)}, this,
                       [this] { goToWithDialog(); });
  go->addSeparator();
  annotationActions_ << add(go, tr("Next &Event"), {QKeySequence(Qt::Key_PageDown)}, this, [this] { jumpToEvent(1); });
  annotationActions_ << add(go, tr("Previous E&vent"), {QKeySequence(Qt::Key_PageUp)}, this,
                            [this] { jumpToEvent(-1); });
}

void MainWindow::createAnnotationActions(QMenu* annotate) {
  const auto ctl = [this] { return annotations_; };
  const auto firstEdit = annotationActions_.size();
  annotationActions_ << add(annotate, tr("Mark &Onset"), {QKeySequence(Qt::Key_BracketLeft), QKeySequence(Qt::Key_I)},
                            this, [this, ctl] {
                              if (ctl()) ctl()->markOnset(playback_->position());
                            });
  annotationActions_ << add(annotate, tr("Mark O&ffset (first frame after the seizure)"),
                            {QKeySequence(Qt::Key_BracketRight), QKeySequence(Qt::Key_O)}, this, [this, ctl] {
                              if (ctl() && !markOffsetAcrossFiles(playback_->position()))
                                ctl()->markOffset(playback_->position());
                            });
  annotationActions_.back()->setObjectName("markOffsetAction");
  annotate->addSeparator();
  const auto nudge = [this, ctl](int delta, bool onset) {
    return [this, ctl, delta, onset] {
      if (ctl() && !ctl()->nudgeSelected(delta, onset)) statusBar()->showMessage(tr("Select an event first."), 3000);
    };
  };
  annotationActions_ << add(annotate, tr("Nudge Onset Left"), {QKeySequence(Qt::ALT | Qt::Key_Left)}, this,
                            nudge(-1, true));
  annotationActions_ << add(annotate, tr("Nudge Onset Right"), {QKeySequence(Qt::ALT | Qt::Key_Right)}, this,
                            nudge(1, true));
  annotationActions_ << add(annotate, tr("Nudge Offset Left"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left)}, this,
                            nudge(-1, false));
  annotationActions_ << add(annotate, tr("Nudge Offset Right"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right)},
                            this, nudge(1, false));
  annotate->addSeparator();
  annotationActions_ << add(annotate, tr("Seizure &Type…"), {QKeySequence(Qt::Key_T)}, this, [this, ctl] {
    if (!ctl() || !ctl()->selected()) return;
    const auto e = ctl()->event(*ctl()->selected());
    bool ok = false;
    const QString type =
        QInputDialog::getText(this, tr("Seizure Type"), tr("Seizure type (e.g. FIAS, GTCS):"), QLineEdit::Normal,
                              e ? QString::fromStdString(e->seizureType) : QString(), &ok);
    if (ok) ctl()->setSeizureType(*ctl()->selected(), type.trimmed());
  });
  annotationActions_ << add(annotate, tr("&Delete Event"), {QKeySequence(Qt::Key_Delete)}, this, [this, ctl] {
    if (ctl()) ctl()->removeSelected();
  });
  // Those above change the project; those below only read it.
  editActions_ = annotationActions_.mid(firstEdit);
  annotationActions_ << add(annotate, tr("Deselect Event"), {QKeySequence(Qt::Key_Escape)}, this, [this, ctl] {
    if (ctl()) ctl()->select(std::nullopt);
  });
  annotate->addSeparator();
  QAction* agreement = add(annotate, tr("Rater &Agreement…"), {}, this, [this] { showAgreement(); });
  agreement->setObjectName("raterAgreementAction");
  annotationActions_ << agreement;
}

AgreementDialog* MainWindow::showAgreement() {
  if (!recording_ || !project_->isOpen()) return nullptr;
  auto* dialog = new AgreementDialog(project_->database(), recording_->id, project_->file(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
  return dialog;
}

void MainWindow::jumpToEvent(int direction) {
  const std::int64_t at = playback_->position();
  std::optional<database::Event> target;
  for (const database::Event& e : currentEvents()) {
    if (direction > 0 && e.onsetFrame > at && (!target || e.onsetFrame < target->onsetFrame)) target = e;
    if (direction < 0 && e.onsetFrame < at && (!target || e.onsetFrame > target->onsetFrame)) target = e;
  }
  if (!target) {
    statusBar()->showMessage(direction > 0 ? tr("No event after this frame.") : tr("No event before this frame."),
                             3000);
    return;
  }
  if (annotations_) annotations_->select(target->id);
  playback_->seek(target->onsetFrame);
}

void MainWindow::populateRecentMenu(QMenu* menu) {
  menu->clear();
  const QStringList recent = recentProjects();
  for (const QString& file : recent) {
    QAction* a = menu->addAction(QFileInfo(file).fileName(), this, [this, file] { openProject(file); });
    a->setToolTip(file);
    a->setEnabled(QFileInfo::exists(file));
  }
  if (recent.isEmpty()) menu->addAction(tr("No recent projects"))->setEnabled(false);
  menu->addSeparator();
  menu->addAction(tr("Clear List"), this, [this] {
    QSettings().remove("recentProjects");
    showStartPageWhenIdle();
  });
}

void MainWindow::openVideoWithDialog() {
  const QString project = QString::fromStdString(project_->path());
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Video"), dialogStart(project),
                                                    tr("Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;All files (*)"));
  rememberDialogChoice(project, path);
  if (!path.isEmpty()) openVideo(path);
}

void MainWindow::newProjectWithDialog() {
  // Projects are opened and created from the folder last used for one.
  QString file =
      QFileDialog::getSaveFileName(this, tr("New Project"), dialogStart({}), tr("Prodrome projects (*.prodrome)"));
  rememberDialogChoice({}, file);
  if (file.isEmpty()) return;
  if (QFileInfo(file).suffix().isEmpty()) file += ".prodrome";
  openProject(file, true);
}

void MainWindow::openProjectWithDialog() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Open Project"), dialogStart({}),
                                                    tr("Prodrome projects (*.prodrome *.sqlite *.db);;All files (*)"));
  rememberDialogChoice({}, file);
  if (!file.isEmpty()) openProject(file);
}

void MainWindow::newSubjectWithDialog() {
  if (!project_->isOpen()) return;
  SubjectDialog dialog(tr("New Subject"), {}, this);
  if (dialog.exec() != QDialog::Accepted) return;
  try {
    database::SubjectStore(project_->database()).add({0, dialog.code().toStdString(), dialog.species(), ""});
  } catch (const std::exception& e) {
    showError(tr("Cannot add subject"), QString::fromUtf8(e.what()));
    return;
  }
  project_->notifyChanged();
}

void MainWindow::relinkWithDialog(std::int64_t recordingId) {
  if (!project_->isOpen()) return;
  const auto r = database::RecordingStore(project_->database()).find(recordingId);
  if (!r) return;
  const QString old = QString::fromStdString(r->path);
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Locate %1").arg(QFileInfo(old).fileName()), QFileInfo(old).absolutePath(),
                                   tr("Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;All files (*)"));
  if (!file.isEmpty()) relinkRecording(recordingId, file);
}

void MainWindow::goToWithDialog() {
  if (!playback_->hasVideo()) return;
  const VideoMeta meta = playback_->meta();
  auto* dialog = new GoToDialog(
      meta.frameCount, [meta](double s) { return meta.frameAtSeconds(s); }, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] {
    if (dialog->frame()) playback_->seek(*dialog->frame());
  });
  dialog->open();
}

}  // namespace prodrome::ui

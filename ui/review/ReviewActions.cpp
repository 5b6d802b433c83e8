#include "ui/review/ReviewActions.h"

#include "core/review/ProbabilityCsv.h"
#include "core/runs/RunLock.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/RecordingStore.h"
#include "database/RunStore.h"
#include "ui/Clock.h"
#include "ui/DialogFolder.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/review/AlarmDecisionCommand.h"
#include "ui/review/OnsetConfirmDialog.h"
#include "ui/review/ReviewModel.h"
#include "ui/review/ReviewPanel.h"
#include "ui/review/ReviewReport.h"
#include "ui/timeline/TimelineWidget.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace prodrome::ui {

ReviewActions::ReviewActions(MainWindow& window)
    : QObject(&window), window_(window), model_(new ReviewModel(this)), panel_(nullptr), dock_(nullptr) {
  dock_ = new QDockWidget(tr("Forecast Review"), &window_);
  dock_->setObjectName(QStringLiteral("reviewDock"));
  panel_ = new ReviewPanel(model_, dock_);
  dock_->setWidget(panel_);
  window_.addDockWidget(Qt::RightDockWidgetArea, dock_);
  if (auto* events = window_.findChild<QDockWidget*>(QStringLiteral("eventListDock")))
    window_.tabifyDockWidget(events, dock_);
  dock_->hide();  // until a run is opened
  createActions();

  connect(&window_, &MainWindow::runActivated, this, [this](qint64 runId) {
    // Only forecast runs have a curve to review; other kinds are another
    // part's business.
    auto* db = database();
    if (!db) return;
    const auto run = database::RunStore(*db).find(runId);
    if (run && run->kind == database::RunKind::Forecast) openRun(runId);
  });
  connect(&window_, &MainWindow::recordingOpened, this, &ReviewActions::onRecordingOpened);
  connect(window_.project(), &ProjectSession::opened, this, &ReviewActions::closeReview);
  connect(window_.project(), &ProjectSession::closed, this, &ReviewActions::closeReview);
  connect(window_.project(), &ProjectSession::changed, this, &ReviewActions::reloadEvents);
  // Every annotation edit, undo and redo moves the shared undo stack: the
  // seizures the alarms are judged against may have changed.
  connect(window_.undoStack(), &QUndoStack::indexChanged, this, &ReviewActions::reloadEvents);

  TimelineWidget* timeline = window_.timeline();
  connect(timeline, &TimelineWidget::thresholdDragged, this, [this](double t) {
    if (model_->isLoaded()) model_->setThreshold(t);
  });
  connect(timeline, &TimelineWidget::thresholdChanged, this, [this](double t) {
    if (model_->isLoaded()) model_->setThreshold(t);
  });
  connect(timeline, &TimelineWidget::alarmClicked, this, [this](qint64 frame) {
    // The timeline seeks to the alarm itself; only the selection is ours.
    if (const int i = model_->alarmAt(frame); i >= 0) selectAlarm(i, false);
  });

  connect(model_, &ReviewModel::loaded, this, &ReviewActions::pushToTimeline);
  connect(model_, &ReviewModel::metricsChanged, this, &ReviewActions::pushMarks);
  connect(model_, &ReviewModel::decisionsChanged, this, &ReviewActions::pushMarks);
  connect(model_, &ReviewModel::cleared, this, &ReviewActions::pushToTimeline);
  connect(panel_, &ReviewPanel::alarmActivated, this, [this](int index) { selectAlarm(index, true); });
  connect(panel_, &ReviewPanel::recordingChosen, this, [this](qint64 id) {
    if (window_.currentRecordingId() != id) window_.openRecording(id);
    if (model_->recordingId() != id) loadRecording(id);
  });
  updateActionStates();
}

ReviewActions::~ReviewActions() = default;

QDockWidget* ReviewActions::reviewDock() const { return dock_; }

qint64 ReviewActions::runId() const { return run_ ? run_->runId : 0; }

database::Database* ReviewActions::database() const {
  return window_.project()->isOpen() ? &window_.project()->database() : nullptr;
}

void ReviewActions::createActions() {
  QMenu* menu = window_.reviewMenu();
  if (!menu) menu = window_.menuBar()->addMenu(tr("&Review"));
  const auto add = [&](const QString& text, QList<QKeySequence> keys, auto slot) {
    QAction* a = menu->addAction(text);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    // On the window too, so that the keys work while the menu bar is hidden.
    window_.addAction(a);
    connect(a, &QAction::triggered, this, slot);
    return a;
  };
  QAction* next = add(tr("&Next Alarm"), {QKeySequence(Qt::Key_N)}, [this] { nextAlarm(); });
  QAction* previous = add(tr("&Previous Alarm"), {QKeySequence(Qt::SHIFT | Qt::Key_N)}, [this] { previousAlarm(); });
  QAction* start = add(tr("Go to &Window Start"), {QKeySequence(Qt::Key_W)}, [this] { goToWindowStart(); });
  menu->addSeparator();
  QAction* accept =
      add(tr("&Accept Alarm"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
          [this] { acceptAlarm(); });
  QAction* reject = add(tr("&Reject Alarm"), {QKeySequence(Qt::CTRL | Qt::Key_Backspace)}, [this] { rejectAlarm(); });
  accept->setToolTip(tr("Confirm the seizure this alarm forecast, or mark its onset (Ctrl+Return)"));
  reject->setToolTip(tr("Record this alarm as a false alarm (Ctrl+Backspace)"));
  menu->addSeparator();
  exportReport_ = add(tr("Export Review &Report…"), {}, [this] {
    const QString suggested =
        QStringLiteral("forecast-run-%1-recording-%2.html").arg(runId()).arg(model_->recordingId());
    const QString project = QString::fromStdString(window_.project()->path());
    const QString path = QFileDialog::getSaveFileName(&window_, tr("Export Review Report"),
                                                      dialogStart(project, suggested),
                                                      tr("HTML report (*.html);;PDF report (*.pdf)"));
    rememberDialogChoice(project, path);
    if (path.isEmpty()) return;
    QString error;
    if (!exportReport(path, &error)) QMessageBox::warning(&window_, tr("Cannot export the review report"), error);
  });
  exportCsv_ = add(tr("Export Probabilities &CSV…"), {}, [this] {
    const QString suggested = QStringLiteral("forecast-run-%1-probabilities.csv").arg(runId());
    const QString project = QString::fromStdString(window_.project()->path());
    const QString path = QFileDialog::getSaveFileName(&window_, tr("Export Probabilities"),
                                                      dialogStart(project, suggested), tr("CSV (*.csv)"));
    rememberDialogChoice(project, path);
    if (path.isEmpty()) return;
    QString error;
    if (!exportProbabilities(path, &error))
      QMessageBox::warning(&window_, tr("Cannot export the probabilities"), error);
  });
  menu->addSeparator();
  QAction* show = dock_->toggleViewAction();
  show->setText(tr("Review &Panel"));
  menu->addAction(show);
  close_ = add(tr("&Close Review"), {}, [this] { closeReview(); });
  reviewActions_ = {next, previous, start, accept, reject};
  panel_->addActionRow({previous, next, start});
  panel_->addActionRow({accept, reject});
  for (QAction* a : {next, previous, start, accept, reject}) {
    // Short labels on the dock's buttons; the menu keeps the full text.
    a->setIconText(a->text().remove(QLatin1Char('&')));
  }
}

void ReviewActions::updateActionStates() {
  const bool loaded = model_->isLoaded();
  for (QAction* a : reviewActions_) a->setEnabled(loaded);
  exportReport_->setEnabled(loaded);
  exportCsv_->setEnabled(run_.has_value());
  close_->setEnabled(run_.has_value());
}

void ReviewActions::say(const QString& message, bool error) {
  window_.statusBar()->showMessage(message, 8000);
  if (error) Q_EMIT window_.errorShown(message);
}

QString ReviewActions::recordingLabel(qint64 recordingId) const {
  auto* db = database();
  const auto r = db ? database::RecordingStore(*db).find(recordingId) : std::nullopt;
  if (!r) return tr("recording %1").arg(recordingId);
  return tr("%1 (recording %2)").arg(QFileInfo(QString::fromStdString(r->path)).fileName()).arg(recordingId);
}

bool ReviewActions::openRun(qint64 runId) {
  auto* db = database();
  if (!db) {
    say(tr("Open a project to review a forecast."), true);
    return false;
  }
  QString error;
  std::optional<core::ForecastRunInfo> info;
  try {
    const auto run = database::RunStore(*db).find(runId);
    if (!run) {
      error = tr("run %1 does not exist").arg(runId);
    } else if (info = core::parseForecastRun(*run, &error); info && !info->finished()) {
      error = tr("forecast run %1 has not finished (it is %2)")
                  .arg(runId)
                  .arg(QString::fromStdString(core::shownStatus(*db, *run)));
      info.reset();
    } else if (info && info->recordings.empty()) {
      error = tr("forecast run %1 covers no recording").arg(runId);
      info.reset();
    }
    if (info)
      if (const auto model = database::ModelStore(*db).find(info->model))
        info->modelName = QString::fromStdString(model->name);
  } catch (const std::exception& e) {
    error = QString::fromUtf8(e.what());
    info.reset();
  }
  if (!info) {
    say(tr("Cannot review: %1").arg(error), true);
    return false;
  }
  closeReview();
  run_ = std::move(info);
  selectedFrame_.reset();
  std::vector<std::pair<qint64, QString>> recordings;
  for (qint64 id : run_->recordings) recordings.emplace_back(id, recordingLabel(id));
  const auto current = window_.currentRecordingId();
  const bool covered =
      current && std::find(run_->recordings.begin(), run_->recordings.end(), *current) != run_->recordings.end();
  const qint64 target = covered ? *current : run_->recordings.front();
  panel_->setRecordings(recordings, target);
  dock_->show();
  dock_->raise();
  if (!covered) window_.openRecording(target);  // its recordingOpened loads the curve
  if (model_->recordingId() != target && !loadRecording(target)) return false;
  updateActionStates();
  return true;
}

void ReviewActions::closeReview() {
  const bool had = run_.has_value();
  run_.reset();
  selectedFrame_.reset();
  model_->clear();
  panel_->setRecordings({}, 0);
  updateActionStates();
  if (had) Q_EMIT reviewClosed();
}

void ReviewActions::onRecordingOpened(qint64 recordingId) {
  if (!run_) return;
  if (std::find(run_->recordings.begin(), run_->recordings.end(), recordingId) == run_->recordings.end()) {
    // The run stays chosen; its curve returns with one of its recordings.
    model_->clear();
    updateActionStates();
    say(tr("Forecast run %1 did not cover this recording.").arg(run_->runId));
    return;
  }
  loadRecording(recordingId);
}

bool ReviewActions::loadRecording(qint64 recordingId) {
  auto* db = database();
  if (!db || !run_) return false;
  QString error;
  bool ok = false;
  try {
    ok = model_->load(*db, *run_, recordingId, &error);
  } catch (const std::exception& e) {
    error = QString::fromUtf8(e.what());
    model_->clear();
  }
  updateActionStates();
  if (!ok) {
    say(tr("Cannot show the forecast: %1").arg(error), true);
    return false;
  }
  selectedFrame_.reset();
  panel_->setRecordings(
      [&] {
        std::vector<std::pair<qint64, QString>> list;
        for (qint64 id : run_->recordings) list.emplace_back(id, recordingLabel(id));
        return list;
      }(),
      recordingId);
  say(tr("Forecast run %1: %2 windows, %3 alarms at threshold %4")
          .arg(run_->runId)
          .arg(model_->points().size())
          .arg(model_->alarms().size())
          .arg(model_->options().threshold, 0, 'f', 3));
  Q_EMIT reviewOpened(run_->runId, recordingId);
  return true;
}

void ReviewActions::reloadEvents() {
  auto* db = database();
  if (!db || !model_->isLoaded()) return;
  try {
    model_->reloadEvents(*db);
  } catch (const std::exception& e) {
    say(tr("Cannot update the forecast review: %1").arg(QString::fromUtf8(e.what())), true);
  }
}

void ReviewActions::pushToTimeline() {
  TimelineWidget* timeline = window_.timeline();
  if (!model_->isLoaded()) {
    timeline->setProbabilities({}, timeline->threshold());
    timeline->setAlarms({});
    timeline->setBaselineAlarms({});
    timeline->setProbabilityWindow(0);
    timeline->setSelectedAlarm(std::nullopt);
    panel_->selectAlarm(-1);
    return;
  }
  const auto& curve = model_->points();
  const auto& baseline = model_->review().motionBaselinePoints();  // empty, or one per point
  std::vector<TimelineProbability> points;
  points.reserve(curve.size());
  for (std::size_t i = 0; i < curve.size(); ++i) {
    points.push_back({curve[i].windowEndFrame, curve[i].probability});
    if (baseline.size() == curve.size()) points.back().motionBaseline = baseline[i].probability;
  }
  timeline->setProbabilities(std::move(points), model_->options().threshold);
  timeline->setProbabilityWindow(model_->windowFrames());
  pushMarks();
}

void ReviewActions::pushMarks() {
  if (!model_->isLoaded()) return;
  TimelineWidget* timeline = window_.timeline();
  const auto markOf = [](const core::Alarm& a) {
    TimelineAlarm mark;
    mark.frame = a.frame;
    mark.outcome = a.outcome == core::AlarmOutcome::True    ? TimelineAlarm::Outcome::True
                   : a.outcome == core::AlarmOutcome::False ? TimelineAlarm::Outcome::False
                                                            : TimelineAlarm::Outcome::DuringSeizure;
    return mark;
  };
  std::vector<TimelineAlarm> marks;
  marks.reserve(model_->alarms().size());
  for (const core::Alarm& a : model_->alarms()) {
    TimelineAlarm mark = markOf(a);
    if (const auto d = model_->decision(a.frame))
      mark.decision = d->decision == database::AlarmDecision::Accepted ? TimelineAlarm::Decision::Accepted
                                                                       : TimelineAlarm::Decision::Rejected;
    marks.push_back(mark);
  }
  // The motion baseline's own alarms (no review decisions: the reviewer
  // judges the model's), where the run judged one beside the model.
  std::vector<TimelineAlarm> baselineMarks;
  if (const auto& baseline = model_->review().motionBaselineMetrics())
    for (const core::Alarm& a : baseline->alarms) baselineMarks.push_back(markOf(a));
  timeline->setThreshold(model_->options().threshold);
  timeline->setAlarms(std::move(marks));
  timeline->setBaselineAlarms(std::move(baselineMarks));
  // The selection follows its frame; an alarm that a threshold change made
  // disappear is no longer selected (it comes back with its alarm).
  const int selected = selectedAlarm();
  timeline->setSelectedAlarm(selected >= 0 ? selectedFrame_ : std::nullopt);
  panel_->selectAlarm(selected);
}

int ReviewActions::selectedAlarm() const { return selectedFrame_ ? model_->alarmAt(*selectedFrame_) : -1; }

void ReviewActions::selectAlarm(int index, bool seekThere) {
  if (index < 0 || index >= static_cast<int>(model_->alarms().size())) return;
  const core::Alarm& alarm = model_->alarms()[static_cast<std::size_t>(index)];
  selectedFrame_ = alarm.frame;
  window_.timeline()->setSelectedAlarm(alarm.frame);
  panel_->selectAlarm(index);
  if (seekThere) seek(alarm.frame);
  say(tr("Alarm %1 of %2 at %3 (frame %4), p = %5")
          .arg(index + 1)
          .arg(model_->alarms().size())
          .arg(formatFrameClock(alarm.frame, model_->fps()))
          .arg(alarm.frame)
          .arg(alarm.probability, 0, 'f', 3));
}

qint64 ReviewActions::playhead() const {
  const qint64 frame = window_.currentFrame();
  return frame >= 0 ? frame : window_.timeline()->playhead();
}

void ReviewActions::seek(qint64 frame) {
  window_.showFrame(frame);
  // Without a video (a missing file) there is no decoder to move the
  // playhead; the timeline still shows where the review is.
  if (window_.currentFrame() != frame) window_.timeline()->setPlayhead(frame);
}

bool ReviewActions::nextAlarm() { return stepAlarm(true); }

bool ReviewActions::previousAlarm() { return stepAlarm(false); }

bool ReviewActions::stepAlarm(bool forward) {
  if (!model_->isLoaded()) return false;
  qint64 from = playhead();
  const int selected = selectedAlarm();
  if (selected >= 0) {
    // Stepping through the selected alarm's window counts from that alarm, not from the frame reached.
    const qint64 a = model_->alarms()[static_cast<std::size_t>(selected)].frame;
    if (from >= a - model_->windowFrames() && from <= a) from = a;
  }
  const int target = forward ? model_->alarmAfter(from) : model_->alarmBefore(from);
  if (target < 0) {
    say(forward ? tr("No alarm after this point.") : tr("No alarm before this point."));
    return false;
  }
  selectAlarm(target, true);
  return true;
}

bool ReviewActions::goToWindowStart() {
  if (!model_->isLoaded()) return false;
  const int alarm = targetAlarm();
  std::optional<qint64> end;
  if (alarm >= 0) end = model_->alarms()[static_cast<std::size_t>(alarm)].frame;
  if (!end) end = window_.timeline()->currentWindowEnd();
  if (!end) return false;
  seek(std::max<qint64>(0, *end - model_->windowFrames()));
  return true;
}

int ReviewActions::targetAlarm() const {
  if (const int selected = selectedAlarm(); selected >= 0) return selected;
  return model_->alarmBefore(playhead() + 1);
}

bool ReviewActions::acceptAlarm() { return decide(true); }

bool ReviewActions::rejectAlarm() { return decide(false); }

bool ReviewActions::decide(bool accept) {
  auto* db = database();
  if (!db || !model_->isLoaded()) return false;
  const int index = targetAlarm();
  if (index < 0) {
    say(tr("No alarm to decide on: select one (N, Shift+N)."));
    return false;
  }
  const core::Alarm alarm = model_->alarms()[static_cast<std::size_t>(index)];  // a copy: alarms are recomputed below
  AnnotationController* annotations = window_.annotations();
  QUndoStack* stack = window_.undoStack();
  database::AlarmReview after;
  after.runId = runId();
  after.recordingId = model_->recordingId();
  after.frame = alarm.frame;
  after.decision = accept ? database::AlarmDecision::Accepted : database::AlarmDecision::Rejected;
  after.reviewer = annotations ? annotations->ensureAnnotator().toStdString() : std::string();
  const auto before = model_->decision(alarm.frame);

  std::optional<qint64> event, onset;
  std::unique_ptr<QUndoCommand> group;  // the new seizure and the decision, one undo step
  if (accept) {
    event = model_->confirmableEvent(index);
    if (!event) {
      if (!annotations) return false;
      const qint64 here = playhead();
      const qint64 proposed = here > alarm.frame ? here : alarm.frame;
      onset = confirmOnset_ ? confirmOnset_(proposed, alarm.frame) : confirmOnsetInDialog(proposed, alarm.frame);
      if (!onset) {
        say(tr("Alarm at frame %1 not accepted: no seizure onset was marked.").arg(alarm.frame));
        return false;
      }
      if (const auto why = model_->review().newOnsetRefusal(*onset)) {
        say(tr("Alarm at frame %1 not accepted: %2").arg(alarm.frame).arg(*why), true);
        return false;
      }
      group = std::make_unique<QUndoCommand>(tr("Accept alarm and mark seizure onset"));
      event = annotations->markOnset(*onset, group.get());  // refused (inside a seizure): the window says why
      if (!event) return false;
    }
    after.eventId = event;
  }
  try {
    AlarmDecisionCommand::write(*db, after, after);
  } catch (const std::exception& e) {
    if (group) group->undo();  // the seizure goes with the decision that failed
    say(tr("Cannot record the decision: %1").arg(QString::fromUtf8(e.what())), true);
    return false;
  }
  if (group) {
    new AlarmDecisionCommand(*db, after, before, group->text(), group.get());
    stack->push(group.release());  // the children's first redo() does nothing: both edits are made
  } else {
    stack->push(new AlarmDecisionCommand(*db, after, before, accept ? tr("Accept alarm") : tr("Reject alarm")));
  }
  selectedFrame_ = alarm.frame;
  pushMarks();
  if (!accept)
    say(tr("Alarm at frame %1 rejected as a false alarm (Ctrl+Z undoes it).").arg(alarm.frame));
  else if (onset)
    say(tr("Alarm at frame %1 accepted: seizure onset marked at frame %2 (Ctrl+Z undoes both).")
            .arg(alarm.frame)
            .arg(*onset));
  else
    say(tr("Alarm at frame %1 accepted: confirms seizure %2.").arg(alarm.frame).arg(*after.eventId));
  return true;
}

std::optional<qint64> ReviewActions::confirmOnsetInDialog(qint64 proposedFrame, qint64 alarmFrame) {
  const qint64 frames = model_->recording().frameCount;
  OnsetConfirmDialog dialog(alarmFrame, proposedFrame, frames > 0 ? frames - 1 : 0, model_->fps(), &window_);
  connect(&dialog, &OnsetConfirmDialog::frameChosen, this, [this](qint64 f) { seek(f); });
  seek(dialog.frame());  // the proposed onset, on the video
  if (dialog.exec() != QDialog::Accepted) return std::nullopt;
  return dialog.frame();
}

bool ReviewActions::exportReport(const QString& path, QString* error) {
  if (!model_->isLoaded()) {
    if (error) *error = tr("no forecast is shown");
    return false;
  }
  try {
    writeReviewReport(model_->review(), recordingLabel(model_->recordingId()), path);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    say(tr("Cannot export the review report: %1").arg(QString::fromUtf8(e.what())), true);
    return false;
  }
  say(tr("Review report written to %1").arg(path));
  return true;
}

bool ReviewActions::exportProbabilities(const QString& path, QString* error) {
  auto* db = database();
  if (!db || !run_) {
    if (error) *error = tr("no forecast run is open");
    return false;
  }
  try {
    core::writeProbabilitiesCsv(*db, *run_, path.toStdString());
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    say(tr("Cannot export the probabilities: %1").arg(QString::fromUtf8(e.what())), true);
    return false;
  }
  say(tr("Probabilities written to %1").arg(path));
  return true;
}

}  // namespace prodrome::ui

// The main window's annotation side: the controller of ui/annotation (one per
// open project, sharing the window's undo stack), its event list, and the
// edits the timeline asks for.

#include "ui/MainWindow.h"

#include "database/Database.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "ui/PlaybackController.h"
#include "ui/ProjectSession.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/EventEditor.h"
#include "ui/annotation/EventListPanel.h"
#include "ui/timeline/TimelineWidget.h"

#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

namespace prodrome::ui {

void MainWindow::createEventListDock() {
  // The panel is bound to a controller, which is bound to a project: the
  // dock stays, its panel is replaced in resetAnnotationParts().
  auto* dock = new QDockWidget(tr("Events"), this);
  dock->setObjectName("eventListDock");
  dock->setWidget(new QLabel(tr("Open a project to annotate."), dock));
  addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::wireAnnotationParts() {
  connect(timeline_, &TimelineWidget::eventSelected, this, [this](qint64 id) {
    if (annotations_) annotations_->select(id);
  });
  connect(timeline_, &TimelineWidget::eventEdgeMoved, this, [this](qint64 id, bool onsetEdge, qint64 frame) {
    if (annotations_) annotations_->moveEdge(id, onsetEdge, frame);
  });
}

void MainWindow::resetAnnotationParts() {
  auto* dock = findChild<QDockWidget*>("eventListDock");
  // The panel (or placeholder) goes before the controller it watches.
  eventList_ = nullptr;
  delete dock->widget();
  delete annotations_;
  annotations_ = nullptr;
  timeline_->setSelectedEvent(std::nullopt);
  if (!project_->isOpen()) {
    dock->setWidget(new QLabel(tr("Open a project to annotate."), dock));
    return;
  }
  annotations_ = new AnnotationController(project_->database(), undo_, this);
  annotations_->setAnnotator(annotatorName());
  annotations_->setAnnotatorRequest([this] {
    if (!annotatorRequest_) return QString();
    const QString name = annotatorRequest_().trimmed();
    if (!name.isEmpty()) setAnnotatorName(name);
    return name;
  });
  eventList_ = new EventListPanel(annotations_, dock);
  dock->setWidget(eventList_);
  connect(eventList_, &EventListPanel::seekRequested, this, [this](qint64 frame) { playback_->seek(frame); });
  connect(annotations_, &AnnotationController::eventsChanged, this, [this](qint64 recordingId) {
    if (recording_ && recording_->id == recordingId) {
      refreshEvents();
    } else if (crossingFiles_) {
      // The earlier file of a seizure being closed across a boundary: the
      // night's map shows it; the window stays where the offset was marked.
      refreshNightMarks();
    } else {
      // Undo or redo of an edit made on another recording: show it there.
      openRecording(recordingId);
    }
  });
  connect(annotations_, &AnnotationController::selectionChanged, this,
          [this](qint64 id) { timeline_->setSelectedEvent(id < 0 ? std::nullopt : std::optional<qint64>(id)); });
  connect(annotations_, &AnnotationController::editRejected, this, [this](const QString& message) {
    statusBar()->showMessage(tr("Not changed: %1").arg(message), 8000);
    Q_EMIT errorShown(message);
  });
}

namespace {
constexpr auto kAnnotatorKey = "annotation/annotator";
}

QString MainWindow::annotatorName() const { return QSettings().value(kAnnotatorKey).toString().trimmed(); }

void MainWindow::setAnnotatorName(const QString& name) {
  const QString trimmed = name.trimmed();
  QSettings().setValue(kAnnotatorKey, trimmed);
  if (annotations_) annotations_->setAnnotator(trimmed);
  showAnnotatorName();
}

QString MainWindow::askAnnotatorName() {
  bool ok = false;
  const QString name =
      QInputDialog::getText(this, tr("Annotator"),
                            tr("Your name, as it should appear on every event you mark and every alarm you decide on:"),
                            QLineEdit::Normal, annotatorName(), &ok);
  return ok ? name.trimmed() : QString();
}

void MainWindow::showAnnotatorName() {
  const QString name = annotatorName();
  // A link: clicking the name changes it.
  annotatorLabel_->setText(name.isEmpty() ? tr("Annotator: <a href=\"set\">not set</a>")
                                          : tr("Annotator: <a href=\"set\">%1</a>").arg(name.toHtmlEscaped()));
}

void MainWindow::setAnnotationRecording(std::int64_t recordingId) {
  if (annotations_) annotations_->setRecording(recordingId);
  // The seizure-type pick list follows the subject's species.
  std::optional<database::Species> species;
  if (project_->isOpen())
    if (const auto r = database::RecordingStore(project_->database()).find(recordingId))
      if (const auto subject = database::SubjectStore(project_->database()).find(r->subjectId))
        species = subject->species;
  if (eventList_) eventList_->editor()->setSpecies(species);
}

void MainWindow::reloadAnnotationParts() {
  if (annotations_ && recording_) annotations_->setRecording(recording_->id);
}

std::vector<database::Event> MainWindow::currentEvents() const {
  return annotations_ ? annotations_->events() : std::vector<database::Event>{};
}

}  // namespace prodrome::ui

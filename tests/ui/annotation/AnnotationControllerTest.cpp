// The annotation controller against a real project file: every edit is a row
// in the database, undo and redo remove and re-create those rows with the
// same values, across recordings, and refused edits change nothing.

// Qt 6.4's moc cannot parse <concepts> (pulled in by database/Statement.h);
// it needs none of the fixture to read the test class.
#ifndef Q_MOC_RUN
#include "TempProject.h"
#endif

#include "database/AlarmReviewStore.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/EventStore.h"
#include "database/RunStore.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/TimelineBinding.h"
#include "ui/timeline/TimelineWidget.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <span>

using namespace prodrome;
using database::Event;
using database::EventKind;
using database::EventStore;
using ui::AnnotationController;

namespace {

// What an edit must preserve through undo and redo (the id is checked where
// it matters; modified is the store's).
struct Values {
  std::int64_t recording, onset;
  std::optional<std::int64_t> offset;
  EventKind kind;
  std::string type, annotator, notes;
  bool operator==(const Values&) const = default;
};
Values values(const Event& e) {
  return {e.recordingId, e.onsetFrame, e.offsetFrame, e.kind, e.seizureType, e.annotator, e.notes};
}
std::vector<Values> rows(database::Database& db, std::int64_t recording) {
  std::vector<Values> result;
  for (const Event& e : EventStore(db).listByRecording(recording)) result.push_back(values(e));
  return result;
}

}  // namespace

class AnnotationControllerTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<ui::test::TempProject> project_;
  std::unique_ptr<QUndoStack> stack_;
  std::unique_ptr<AnnotationController> controller_;
  database::Database& db() { return project_->database; }

 private Q_SLOTS:
  void init() {
    project_ = std::make_unique<ui::test::TempProject>();
    stack_ = std::make_unique<QUndoStack>();
    controller_ = std::make_unique<AnnotationController>(db(), stack_.get());
    controller_->setAnnotator("dr.k");
    controller_->setRecording(project_->recordingA);
  }
  void cleanup() {
    controller_.reset();
    stack_.reset();
    project_.reset();
  }

  void markOnsetAndOffsetAreRowsInTheDatabase() {
    QSignalSpy changed(controller_.get(), &AnnotationController::eventsChanged);
    QSignalSpy selection(controller_.get(), &AnnotationController::selectionChanged);
    const auto id = controller_->markOnset(1200);
    QVERIFY(id);
    QVERIFY(controller_->selected() == id);
    QCOMPARE(selection.last().at(0).toLongLong(), *id);
    auto row = EventStore(db()).find(*id);
    QVERIFY(row);
    QCOMPARE(row->recordingId, project_->recordingA);
    QCOMPARE(row->onsetFrame, 1200);
    QVERIFY(!row->offsetFrame);
    QVERIFY(row->kind == EventKind::Seizure);
    QVERIFY(row->annotator == std::string("dr.k"));

    QVERIFY(controller_->markOffset(1850));
    row = EventStore(db()).find(*id);
    QVERIFY(row->offsetFrame == std::optional<std::int64_t>(1850));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toLongLong(), project_->recordingA);
    QCOMPARE(controller_->events().size(), 1u);
    QCOMPARE(stack_->count(), 2);
  }

  // Issue 16: the name is never taken from the login; without one, the
  // person is asked once, before the first edit that records it.
  void theAnnotatorIsAskedOnceAndRecorded() {
    controller_->setAnnotator(QString());
    int asked = 0;
    controller_->setAnnotatorRequest([&] {
      ++asked;
      return QStringLiteral("  Dr. Lee ");
    });
    const auto first = controller_->markOnset(100);
    QVERIFY(first);
    QCOMPARE(asked, 1);
    QCOMPARE(controller_->annotator(), QString("Dr. Lee"));
    QVERIFY(EventStore(db()).find(*first)->annotator == std::string("Dr. Lee"));
    QVERIFY(controller_->markOffset(150));
    QVERIFY(controller_->markOnset(300));
    QCOMPARE(asked, 1);

    // A person who declines is not asked again at every key; the events carry no name.
    controller_->setAnnotator(QString());
    AnnotationController other(db(), stack_.get());
    other.setRecording(project_->recordingA);
    int declined = 0;
    other.setAnnotatorRequest([&] {
      ++declined;
      return QString();
    });
    const auto a = other.markOnset(500);
    QVERIFY(a);
    QVERIFY(other.markOffset(550));
    QVERIFY(other.markOnset(700));
    QCOMPARE(declined, 1);
    QVERIFY(EventStore(db()).find(*a)->annotator.empty());
    // Without a request nobody is asked and nothing is made up.
    AnnotationController silent(db(), stack_.get());
    silent.setRecording(project_->recordingA);
    const auto b = silent.markOnset(900);
    QVERIFY(b);
    QVERIFY(EventStore(db()).find(*b)->annotator.empty());
  }

  void markOffsetClosesTheLatestOpenSeizureBeforeTheFrame() {
    const auto first = controller_->markOnset(100);
    const auto second = controller_->markOnset(300);
    QVERIFY(first && second);
    controller_->select(std::nullopt);
    QVERIFY(controller_->markOffset(350));
    QVERIFY(EventStore(db()).find(*second)->offsetFrame == std::optional<std::int64_t>(350));
    QVERIFY(!EventStore(db()).find(*first)->offsetFrame);
    QVERIFY(controller_->selected() == second);
    // Selected wins over "latest": the first one closes at 200.
    controller_->select(first);
    QVERIFY(controller_->markOffset(200));
    QVERIFY(EventStore(db()).find(*first)->offsetFrame == std::optional<std::int64_t>(200));
    // Nothing open before frame 50.
    QSignalSpy rejected(controller_.get(), &AnnotationController::editRejected);
    controller_->select(std::nullopt);
    QVERIFY(!controller_->markOffset(50));
    QCOMPARE(rejected.size(), 1);
  }

  // A second rater (issue 14) marks a seizure the first rater marked too;
  // each one's offset key closes their own open mark, not the other's.
  void aSecondRaterMarksTheSameSeizureAndClosesOnlyTheirs() {
    const auto first = controller_->markOnset(100);  // dr.k, left open
    QVERIFY(first);
    AnnotationController tech(db(), stack_.get());
    tech.setAnnotator("tech");
    tech.setRecording(project_->recordingA);
    const auto second = tech.markOnset(105);
    QVERIFY(second);
    tech.select(std::nullopt);
    QVERIFY(tech.markOffset(300));
    QVERIFY(EventStore(db()).find(*second)->offsetFrame == std::optional<std::int64_t>(300));
    QVERIFY(!EventStore(db()).find(*first)->offsetFrame);
    controller_->select(std::nullopt);
    QVERIFY(controller_->markOffset(290));
    QVERIFY(EventStore(db()).find(*first)->offsetFrame == std::optional<std::int64_t>(290));
    QCOMPARE(EventStore(db()).find(*first)->annotator, std::string("dr.k"));
    QCOMPARE(EventStore(db()).find(*second)->annotator, std::string("tech"));
  }

  void nudgeMovesTheSelectedEdgeAndHeldNudgesUndoAsOne() {
    const auto id = controller_->markOnset(100);
    QVERIFY(controller_->markOffset(250));
    const int before = stack_->count();
    QVERIFY(controller_->nudgeSelected(+1, true));
    QVERIFY(controller_->nudgeSelected(+1, true));
    QVERIFY(controller_->nudgeSelected(+1, true));
    QCOMPARE(EventStore(db()).find(*id)->onsetFrame, 103);
    QCOMPARE(stack_->count(), before + 1);
    QVERIFY(controller_->nudgeSelected(-2, false));
    QVERIFY(EventStore(db()).find(*id)->offsetFrame == std::optional<std::int64_t>(248));
    QCOMPARE(stack_->count(), before + 2);
    stack_->undo();
    QVERIFY(EventStore(db()).find(*id)->offsetFrame == std::optional<std::int64_t>(250));
    stack_->undo();
    QCOMPARE(EventStore(db()).find(*id)->onsetFrame, 100);
    stack_->redo();
    QCOMPARE(EventStore(db()).find(*id)->onsetFrame, 103);
  }

  void deleteAndUndoRecreatesTheSameRow() {
    const auto id = controller_->markOnset(500);
    QVERIFY(controller_->markOffset(900));
    QVERIFY(controller_->setSeizureType(*id, "focal impaired awareness"));
    QVERIFY(controller_->setNotes(*id, "lip smacking, then right arm"));
    const std::vector<Values> original = rows(db(), project_->recordingA);
    QCOMPARE(original.size(), 1u);

    QVERIFY(controller_->removeEvent(*id));
    QVERIFY(!EventStore(db()).find(*id));
    QVERIFY(!controller_->selected());
    QVERIFY(rows(db(), project_->recordingA).empty());
    stack_->undo();
    QVERIFY(rows(db(), project_->recordingA) == original);
    stack_->redo();
    QVERIFY(rows(db(), project_->recordingA).empty());
    stack_->undo();
    // Earlier commands still find the row the undo brought back.
    stack_->undo();  // notes
    stack_->undo();  // type
    QVERIFY(rows(db(), project_->recordingA).at(0).notes == std::string());
    QVERIFY(rows(db(), project_->recordingA).at(0).type == std::string());
    stack_->redo();
    stack_->redo();
    QVERIFY(rows(db(), project_->recordingA) == original);
  }

  // Issue 16: a deletion undone put the event back under a new id, and the
  // reviewer's decision and the clips cut for it lost their link for good.
  void deleteAndUndoKeepsTheIdAndEveryLink() {
    const auto id = controller_->markOnset(500);
    QVERIFY(id && controller_->markOffset(900));
    const std::string created = EventStore(db()).find(*id)->created;
    const std::int64_t run = database::RunStore(db()).add(database::RunKind::Forecast, "{}");
    database::AlarmReview review;
    review.runId = run;
    review.recordingId = project_->recordingA;
    review.frame = 450;
    review.decision = database::AlarmDecision::Accepted;
    review.eventId = *id;
    review.reviewer = "dr.r";
    database::AlarmReviewStore(db()).record(review);
    database::ClipSet set;
    set.name = "pre-ictal";
    const std::int64_t setId = database::ClipSetStore(db()).add(set);
    database::Clip clip;
    clip.clipSetId = setId;
    clip.recordingId = project_->recordingA;
    clip.startFrame = 300;
    clip.endFrame = 450;
    clip.label = database::ClipLabel::Preictal;
    clip.sourceEventId = *id;
    database::ClipStore(db()).addAll(std::span<const database::Clip>(&clip, 1));
    auto reviewEvent = [&] {
      return database::AlarmReviewStore(db()).find(run, project_->recordingA, 450)->eventId;
    };
    auto clipEvent = [&] { return database::ClipStore(db()).listBySet(setId).at(0).sourceEventId; };

    QVERIFY(controller_->removeEvent(*id));
    QVERIFY(!reviewEvent() && !clipEvent());  // the schema unlinks them
    // A new event made meanwhile never takes the removed one's id.
    const auto other = controller_->markOnset(2000);
    QVERIFY(other && *other != *id);
    stack_->undo();  // the new onset
    stack_->undo();  // the deletion
    const auto back = EventStore(db()).find(*id);
    QVERIFY(back);
    QCOMPARE(back->onsetFrame, 500);
    QVERIFY(back->created == created);
    QVERIFY(reviewEvent() == std::optional<std::int64_t>(*id));
    QVERIFY(clipEvent() == std::optional<std::int64_t>(*id));
    QVERIFY(controller_->selected() == id);

    stack_->redo();  // deleted again, by the stack this time
    QVERIFY(!EventStore(db()).find(*id) && !reviewEvent() && !clipEvent());
    stack_->undo();
    QVERIFY(EventStore(db()).find(*id));
    QVERIFY(reviewEvent() == std::optional<std::int64_t>(*id));
    QVERIFY(clipEvent() == std::optional<std::int64_t>(*id));
    // Undoing the onset itself and redoing it keeps the id too.
    stack_->undo();  // offset
    stack_->undo();  // onset
    QVERIFY(!EventStore(db()).find(*id));
    stack_->redo();
    stack_->redo();
    QVERIFY(EventStore(db()).find(*id)->offsetFrame == std::optional<std::int64_t>(900));
  }

  void undoAndRedoAcrossTwoRecordings() {
    QSignalSpy changed(controller_.get(), &AnnotationController::eventsChanged);
    QVERIFY(controller_->markOnset(10));
    QVERIFY(controller_->markOffset(20));
    const std::vector<Values> inA = rows(db(), project_->recordingA);
    controller_->setRecording(project_->recordingB);
    QVERIFY(controller_->markOnset(5));
    QVERIFY(controller_->markOffset(9));
    const std::vector<Values> inB = rows(db(), project_->recordingB);
    QCOMPARE(stack_->count(), 4);

    changed.clear();
    stack_->undo();  // B: offset
    stack_->undo();  // B: onset
    QVERIFY(rows(db(), project_->recordingB).empty());
    stack_->undo();  // A: offset, while B is the current recording
    QCOMPARE(changed.last().at(0).toLongLong(), project_->recordingA);
    QVERIFY(!EventStore(db()).listByRecording(project_->recordingA).at(0).offsetFrame);
    stack_->undo();  // A: onset
    QVERIFY(rows(db(), project_->recordingA).empty());
    QCOMPARE(controller_->recording(), project_->recordingB);

    for (int i = 0; i < 4; ++i) stack_->redo();
    QVERIFY(rows(db(), project_->recordingA) == inA);
    QVERIFY(rows(db(), project_->recordingB) == inB);
    // And once more around: ids have changed twice, values never.
    for (int i = 0; i < 4; ++i) stack_->undo();
    for (int i = 0; i < 4; ++i) stack_->redo();
    QVERIFY(rows(db(), project_->recordingA) == inA);
    QVERIFY(rows(db(), project_->recordingB) == inB);
  }

  void overlappingSeizureIsRejectedAndNothingChanges() {
    const auto id = controller_->markOnset(100);
    QVERIFY(controller_->markOffset(200));
    const auto other = controller_->markOnset(300);
    QVERIFY(controller_->markOffset(400));
    const std::vector<Values> before = rows(db(), project_->recordingA);
    const int commands = stack_->count();
    QSignalSpy rejected(controller_.get(), &AnnotationController::editRejected);
    QSignalSpy changed(controller_.get(), &AnnotationController::eventsChanged);

    QVERIFY(!controller_->markOnset(150));             // inside [100, 200)
    QVERIFY(!controller_->moveEdge(*id, false, 350));  // over [300, 400)
    QVERIFY(!controller_->moveEdge(*other, true, 199));
    QVERIFY(!controller_->moveEdge(*id, false, 100));  // offset onto the onset
    QCOMPARE(rejected.size(), 4);
    QVERIFY2(rejected.at(0).at(0).toString().contains("overlaps"), qPrintable(rejected.at(0).at(0).toString()));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(stack_->count(), commands);
    QVERIFY(rows(db(), project_->recordingA) == before);
    // An artifact may overlap a seizure.
    const auto artifact = controller_->markOnset(450);
    QVERIFY(artifact);
    QVERIFY(controller_->setKind(*artifact, EventKind::Artifact));
    QVERIFY(controller_->moveEdge(*artifact, true, 150));
    QVERIFY(controller_->moveEdge(*artifact, false, 500));
  }

  void typeNotesAndKindAreUndoable() {
    const auto id = controller_->markOnset(100);
    QVERIFY(controller_->setSeizureType(*id, "  absence "));
    QVERIFY(EventStore(db()).find(*id)->seizureType == std::string("absence"));
    QVERIFY(controller_->setNotes(*id, "a"));
    QVERIFY(controller_->setNotes(*id, "ab"));
    QVERIFY(controller_->setNotes(*id, "abc"));
    QVERIFY(controller_->setKind(*id, EventKind::Other));
    QVERIFY(EventStore(db()).find(*id)->kind == EventKind::Other);
    stack_->undo();
    QVERIFY(EventStore(db()).find(*id)->kind == EventKind::Seizure);
    stack_->undo();  // all three notes edits at once
    QVERIFY(EventStore(db()).find(*id)->notes == std::string());
    stack_->undo();
    QVERIFY(EventStore(db()).find(*id)->seizureType == std::string());
  }

  // The timeline bound to the controller: dragging an edge is an undoable
  // database edit, and the timeline shows the result (and the undo).
  void draggingAnEdgeOnTheTimelineMovesTheRow() {
    const auto id = controller_->markOnset(1200);
    QVERIFY(controller_->markOffset(1400));
    ui::TimelineWidget timeline;
    ui::bindTimeline(*controller_, timeline);
    timeline.resize(1000, timeline.sizeHint().height());
    timeline.setRecording(100000, 30.0);
    timeline.setVisibleRange(1000, 1999);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QVERIFY(timeline.selectedEvent() == id);

    const double y = timeline.eventLaneCentreY();
    const auto send = [&](QEvent::Type type, double frame, Qt::MouseButton button, Qt::MouseButtons buttons) {
      const QPointF pos(timeline.xForFrame(frame), y);
      QMouseEvent event(type, pos, timeline.mapToGlobal(pos), button, buttons, Qt::NoModifier);
      QApplication::sendEvent(&timeline, &event);
    };
    send(QEvent::MouseMove, 1200, Qt::NoButton, Qt::NoButton);
    send(QEvent::MouseButtonPress, 1200, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, 1180, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseMove, 1111, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, 1111, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(EventStore(db()).find(*id)->onsetFrame, 1111);
    stack_->undo();
    QCOMPARE(EventStore(db()).find(*id)->onsetFrame, 1200);
    // The undone edge is where the timeline grabs it again.
    QSignalSpy moved(&timeline, &ui::TimelineWidget::eventEdgeMoved);
    send(QEvent::MouseMove, 1200, Qt::NoButton, Qt::NoButton);
    send(QEvent::MouseButtonPress, 1200, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, 1250, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, 1250, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(EventStore(db()).find(*id)->onsetFrame, 1250);
  }
};

std::unique_ptr<QObject> makeAnnotationControllerTest() { return std::make_unique<AnnotationControllerTest>(); }

#include "AnnotationControllerTest.moc"

// The event list: sorted and filtered on the right values, selection shared
// with the controller, double-click seeks to the exact onset frame, and the
// side editor edits through the controller.

// Qt 6.4's moc cannot parse <concepts> (pulled in by database/Statement.h);
// it needs none of the fixture to read the test class.
#ifndef Q_MOC_RUN
#include "TempProject.h"
#endif

#include "database/EventStore.h"
#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/EventEditor.h"
#include "ui/annotation/EventFilterModel.h"
#include "ui/annotation/EventListPanel.h"
#include "ui/annotation/EventTableModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace prodrome;
using database::Event;
using database::EventKind;
using ui::EventTableModel;

class EventListPanelTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<ui::test::TempProject> project_;
  std::unique_ptr<QUndoStack> stack_;
  std::unique_ptr<ui::AnnotationController> controller_;
  std::unique_ptr<ui::EventListPanel> panel_;

  void add(std::int64_t onset, std::optional<std::int64_t> offset, EventKind kind, const std::string& type,
           const std::string& notes = "") {
    Event e;
    e.recordingId = project_->recordingA;
    e.onsetFrame = onset;
    e.offsetFrame = offset;
    e.kind = kind;
    e.seizureType = type;
    e.annotator = kind == EventKind::Artifact ? "tech" : "dr.k";
    e.notes = notes;
    database::EventStore(project_->database).add(e);
  }
  QStringList column(int c) const {
    QStringList values;
    const QAbstractItemModel* m = panel_->table()->model();
    for (int r = 0; r < m->rowCount(); ++r) values << m->index(r, c).data().toString();
    return values;
  }

 private Q_SLOTS:
  void init() {
    project_ = std::make_unique<ui::test::TempProject>();
    add(98765, 99000, EventKind::Seizure, "generalized tonic-clonic", "after sleep deprivation");
    add(100, 130, EventKind::Artifact, "");
    add(4000, 4600, EventKind::Seizure, "focal aware", "line one\nmentions clonic in line two");
    add(2000, std::nullopt, EventKind::Other, "", "nurse call");
    stack_ = std::make_unique<QUndoStack>();
    controller_ = std::make_unique<ui::AnnotationController>(project_->database, stack_.get());
    controller_->setRecording(project_->recordingA);
    panel_ = std::make_unique<ui::EventListPanel>(controller_.get());
    panel_->resize(1100, 400);
    panel_->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
  }
  void cleanup() {
    panel_.reset();
    controller_.reset();
    stack_.reset();
    project_.reset();
  }

  void sortsOnNumbersNotText() {
    QCOMPARE(column(EventTableModel::Onset), QStringList({"100", "2000", "4000", "98765"}));
    panel_->table()->sortByColumn(EventTableModel::Onset, Qt::DescendingOrder);
    QCOMPARE(column(EventTableModel::Onset), QStringList({"98765", "4000", "2000", "100"}));
    // Durations: 30, 235, 600 frames, and the open one last.
    panel_->table()->sortByColumn(EventTableModel::Duration, Qt::AscendingOrder);
    QCOMPARE(column(EventTableModel::Onset), QStringList({"100", "98765", "4000", "2000"}));
    QCOMPARE(column(EventTableModel::Duration).at(0), QStringLiteral("1.00 s"));
    panel_->table()->sortByColumn(EventTableModel::Type, Qt::AscendingOrder);
    QCOMPARE(column(EventTableModel::Type).last(), QStringLiteral("generalized tonic-clonic"));
    QCOMPARE(column(EventTableModel::OnsetTime).at(0), QStringLiteral("00:00:03.333"));  // sorted by onset within ties
  }

  // Whatever the dock's width hides, each cell's tooltip tells the whole
  // event (issue 16: nothing cut off at 1280×760).
  void everyCellsTooltipTellsTheWholeEvent() {
    const QAbstractItemModel* m = panel_->table()->model();
    int row = -1;
    for (int r = 0; r < m->rowCount(); ++r)
      if (m->index(r, EventTableModel::Onset).data().toString() == "4000") row = r;
    QVERIFY(row >= 0);
    for (int c = 0; c < EventTableModel::ColumnCount; ++c) {
      const QString tip = m->index(row, c).data(Qt::ToolTipRole).toString();
      for (const char* part : {"Seizure · focal aware", "frame 4000", "frame 4600", "20.00 s", "Annotator: dr.k",
                               "mentions clonic in line two"})
        QVERIFY2(tip.contains(QString::fromUtf8(part)), qPrintable(QString("column %1: %2").arg(c).arg(tip)));
    }
    for (int r = 0; r < m->rowCount(); ++r)
      if (m->index(r, EventTableModel::Onset).data().toString() == "2000")
        QVERIFY(m->index(r, EventTableModel::Kind).data(Qt::ToolTipRole).toString().contains("offset not marked"));
  }

  // Columns the user hides stay hidden in the next list; the last one stays.
  void columnsChosenFromTheHeaderAreRemembered() {
    QVERIFY(panel_->table()->isColumnHidden(EventTableModel::Offset));  // the default
    panel_->setColumnShown(EventTableModel::Offset, true);
    panel_->setColumnShown(EventTableModel::Kind, false);
    QVERIFY(!panel_->table()->isColumnHidden(EventTableModel::Offset));
    QVERIFY(panel_->table()->isColumnHidden(EventTableModel::Kind));
    {
      ui::EventListPanel next(controller_.get());
      QVERIFY(!next.table()->isColumnHidden(EventTableModel::Offset));
      QVERIFY(next.table()->isColumnHidden(EventTableModel::Kind));
      for (int c = 0; c < EventTableModel::ColumnCount; ++c) next.setColumnShown(c, false);
      int shown = 0;
      for (int c = 0; c < EventTableModel::ColumnCount; ++c) shown += next.table()->isColumnHidden(c) ? 0 : 1;
      QCOMPARE(shown, 1);
      QMenu* menu = next.columnMenu();
      QCOMPARE(menu->actions().size(), int(EventTableModel::ColumnCount));
      menu->actions().at(EventTableModel::Type)->trigger();  // checking it in the menu shows it
      QVERIFY(!next.table()->isColumnHidden(EventTableModel::Type));
      delete menu;
    }
    QSettings().remove("eventList/hiddenColumns");
  }

  void filtersByTextAndKind() {
    panel_->filterEdit()->setText("clonic");  // a type, and the second line of a note
    QCOMPARE(column(EventTableModel::Onset), QStringList({"4000", "98765"}));
    panel_->filterEdit()->setText("NURSE");
    QCOMPARE(column(EventTableModel::Onset), QStringList({"2000"}));
    panel_->filterEdit()->clear();
    auto* kinds = panel_->kindFilter();
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(EventKind::Artifact)));
    QCOMPARE(column(EventTableModel::Onset), QStringList({"100"}));
    QCOMPARE(column(EventTableModel::Annotator), QStringList({"tech"}));
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(EventKind::Seizure)));
    QCOMPARE(column(EventTableModel::Onset), QStringList({"4000", "98765"}));
    kinds->setCurrentIndex(0);
    QCOMPARE(panel_->table()->model()->rowCount(), 4);
  }

  void doubleClickSeeksToTheExactOnset() {
    QSignalSpy seeks(panel_.get(), &ui::EventListPanel::seekRequested);
    QTableView* table = panel_->table();
    const QModelIndex index = table->model()->index(3, EventTableModel::Type);  // onset 98765
    const QPoint centre = table->visualRect(index).center();
    // QTest's double click alone carries no press for the view to pair it
    // with; a user's double click is a click and then the double click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QCOMPARE(seeks.size(), 1);
    QCOMPARE(seeks.at(0).at(0).toLongLong(), 98765);
  }

  void selectionFollowsTheControllerBothWays() {
    const auto events = controller_->events();
    const qint64 id4000 = events.at(2).id;
    controller_->select(id4000);
    QCOMPARE(panel_->table()->currentIndex().data(EventTableModel::kIdRole).toLongLong(), id4000);
    QVERIFY(panel_->editor()->eventId() == std::optional<qint64>(id4000));
    QCOMPARE(panel_->editor()->typeBox()->currentText(), panel_->editor()->tr("focal aware"));

    QTableView* table = panel_->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                      table->visualRect(table->model()->index(0, EventTableModel::Kind)).center());
    QVERIFY(controller_->selected() == std::optional<qint64>(events.at(0).id));
  }

  // issue 16 §7: ILAE 2017 types for human recordings, Racine stages for
  // rodent ones, both for a video of unknown species; stored in English.
  void theTypeListFollowsTheSpecies() {
    const qint64 id = controller_->events().at(2).id;  // "focal aware"
    controller_->select(id);
    ui::EventEditor* editor = panel_->editor();
    QComboBox* types = editor->typeBox();
    editor->setSpecies(database::Species::Rodent);
    QVERIFY(types->findData(QStringLiteral("Racine 2")) > 0);
    QCOMPARE(types->findData(QStringLiteral("focal aware")), -1);
    QCOMPARE(types->currentText(), editor->tr("focal aware"));  // the event's own type stays shown
    types->setCurrentIndex(types->findData(QStringLiteral("Racine 3")));
    Q_EMIT types->activated(types->currentIndex());
    QCOMPARE(controller_->event(id)->seizureType, std::string("Racine 3"));
    QCOMPARE(types->currentText(), editor->tr("Racine 3: forelimb clonus"));
    editor->setSpecies(database::Species::Human);
    QCOMPARE(types->findData(QStringLiteral("Racine 3")), -1);
    QVERIFY(types->findData(QStringLiteral("generalized tonic-clonic")) > 0);
    editor->setSpecies(std::nullopt);
    QVERIFY(types->findData(QStringLiteral("Racine 3")) > 0);
    QVERIFY(types->findData(QStringLiteral("absence")) > 0);
    QCOMPARE(controller_->event(id)->seizureType, std::string("Racine 3"));  // refilling edited nothing
    stack_->undo();
    QCOMPARE(controller_->event(id)->seizureType, std::string("focal aware"));
  }

  void editorEditsThroughTheController() {
    const qint64 id = controller_->events().at(2).id;  // onset 4000
    controller_->select(id);
    ui::EventEditor* editor = panel_->editor();
    // A typed type, committed when editing finishes.
    editor->typeBox()->setFocus();
    editor->typeBox()->lineEdit()->selectAll();
    QTest::keyClicks(editor->typeBox()->lineEdit(), "myoclonic cluster");
    QTest::keyClick(editor->typeBox()->lineEdit(), Qt::Key_Return);
    QVERIFY(controller_->event(id)->seizureType == std::string("myoclonic cluster"));
    // Notes, saved after a pause in typing.
    editor->notesEdit()->setPlainText("reviewed twice");
    QTRY_COMPARE(controller_->event(id)->notes, std::string("reviewed twice"));
    // Kind.
    QComboBox* kind = editor->kindBox();
    kind->setCurrentIndex(kind->findData(static_cast<int>(EventKind::Artifact)));
    Q_EMIT kind->activated(kind->currentIndex());
    QVERIFY(controller_->event(id)->kind == EventKind::Artifact);
    // The table shows it, and undo is a database edit.
    QVERIFY(column(EventTableModel::Notes).contains("reviewed twice"));
    stack_->undo();
    QVERIFY(controller_->event(id)->kind == EventKind::Seizure);
    QVERIFY(panel_->editor()->kindBox()->currentData().toInt() == static_cast<int>(EventKind::Seizure));
  }
};

std::unique_ptr<QObject> makeEventListPanelTest() { return std::make_unique<EventListPanelTest>(); }

#include "EventListPanelTest.moc"

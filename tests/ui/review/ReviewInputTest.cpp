// Typing in the review panel (issue 16, "input that does what it says"): a
// focused spin box keeps Up and Down from the window's one-key shortcuts
// (Up in the threshold box changed the playback speed), and a threshold
// typed digit by digit arrives whole ("0.529" became 0.000).

// Qt and the standard headers first: moc stops at <concepts> when it meets it
// through database/ first.
#include <QDoubleSpinBox>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include <cmath>
#include <memory>

#include "database/Schema.h"
#include "tests/ui/TestProject.h"
#include "tests/support/ReviewFixture.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackController.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/ReviewModel.h"
#include "ui/review/ReviewPanel.h"
#include "ui/timeline/TimelineWidget.h"

using namespace prodrome;

class ReviewInputTest : public QObject {
  Q_OBJECT

 private:
  struct Open {
    test::TestProject project;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<ui::ReviewActions> review;
  };
  static std::unique_ptr<Open> openReview(const std::string& name) {
    auto o = std::make_unique<Open>();
    o->project = test::makeTestProject(name);
    database::Database db = database::openProject(o->project.file);
    const qint64 run = test::addForecastRun(db, o->project.recordingId, database::RunStatus::Succeeded);
    o->window = std::make_unique<ui::MainWindow>();
    o->window->show();
    if (!QTest::qWaitForWindowActive(o->window.get()) || !o->window->openProject(o->project.qfile())) return nullptr;
    o->review = std::make_unique<ui::ReviewActions>(*o->window);
    if (!o->review->openRun(run)) return nullptr;
    return o;
  }

 private Q_SLOTS:
  void aFocusedSpinBoxKeepsItsKeys() {
    const auto o = openReview("review-keys");
    QVERIFY(o);
    ui::MainWindow& w = *o->window;
    QDoubleSpinBox* threshold = o->review->panel()->thresholdSpin();
    QCOMPARE(threshold->value(), 0.5);
    const double speed = w.playback()->speed();

    threshold->setFocus();
    QTRY_VERIFY(threshold->hasFocus());
    QTest::keyClick(threshold, Qt::Key_Up);
    QCOMPARE(w.playback()->speed(), speed);  // was "Faster"
    QVERIFY(std::abs(o->review->model()->options().threshold - 0.51) < 1e-9);
    QTest::keyClick(threshold, Qt::Key_Down);
    QTest::keyClick(threshold, Qt::Key_Down);
    QCOMPARE(w.playback()->speed(), speed);
    QVERIFY(std::abs(o->review->model()->options().threshold - 0.49) < 1e-9);

    // The same keys elsewhere in the window are still the window's.
    w.timeline()->setFocus();
    QTRY_VERIFY(w.timeline()->hasFocus());
    QTest::keyClick(w.timeline(), Qt::Key_Up);
    QVERIFY(w.playback()->speed() > speed);
    QVERIFY(std::abs(o->review->model()->options().threshold - 0.49) < 1e-9);
  }

  void aTypedThresholdArrivesWhole() {
    const auto o = openReview("review-typing");
    QVERIFY(o);
    QDoubleSpinBox* threshold = o->review->panel()->thresholdSpin();
    threshold->setFocus();
    QTRY_VERIFY(threshold->hasFocus());
    threshold->selectAll();
    QTest::keyClicks(threshold, "0.529");
    // Nothing is rewritten while the number is incomplete.
    QCOMPARE(threshold->text(), QStringLiteral("0.529"));
    QTest::keyClick(threshold, Qt::Key_Return);
    QVERIFY(std::abs(o->review->model()->options().threshold - 0.529) < 1e-9);
    QCOMPARE(threshold->value(), 0.529);
    QCOMPARE(o->review->panel()->thresholdSlider()->value(), 529);
    QCOMPARE(o->window->timeline()->threshold(), 0.529);

    // The other two boxes too.
    QSpinBox* consecutive = o->review->panel()->consecutiveSpin();
    consecutive->setFocus();
    QTRY_VERIFY(consecutive->hasFocus());
    consecutive->selectAll();
    QTest::keyClicks(consecutive, "12");
    QCOMPARE(consecutive->text(), QStringLiteral("12"));
    QTest::keyClick(consecutive, Qt::Key_Return);
    QCOMPARE(o->review->model()->options().consecutive, 12);
  }
};

std::unique_ptr<QObject> makeReviewInputTest() { return std::make_unique<ReviewInputTest>(); }

#include "ReviewInputTest.moc"

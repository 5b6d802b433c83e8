// The timeline driven by the mouse, offscreen: clicks seek to the frame under
// the cursor, the wheel zooms around it, edges drag to the frame they are
// dropped on, a lane the widget does not know takes part like the built-in
// ones, and what is drawn can be saved for a reviewer to look at.

#include "MarkLane.h"
#include "ui/Clock.h"
#include "ui/timeline/IntervalIndex.h"
#include "ui/timeline/TimelineScale.h"
#include "ui/timeline/TimelineColors.h"
#include "ui/timeline/TimelineWidget.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <random>

using namespace prodrome::ui;

namespace {

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
  QApplication::sendEvent(w, &event);
}

void drag(QWidget* w, QPointF from, QPointF to, Qt::MouseButton button = Qt::LeftButton) {
  sendMouse(w, QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton);
  sendMouse(w, QEvent::MouseButtonPress, from, button, button);
  const int steps = 8;
  for (int i = 1; i <= steps; ++i)
    sendMouse(w, QEvent::MouseMove, from + (to - from) * i / steps, Qt::NoButton, button);
  sendMouse(w, QEvent::MouseButtonRelease, to, button, Qt::NoButton);
}

void click(QWidget* w, QPointF pos) { drag(w, pos, pos); }

void wheel(QWidget* w, QPointF pos, int delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase,
                    false);
  QApplication::sendEvent(w, &event);
}

std::vector<TimelineEvent> sampleEvents() {
  return {{7, 1200, 1400, "seizure", "focal impaired awareness", ""},
          {8, 1600, 1650, "artifact", "", ""},
          {9, 1800, std::nullopt, "seizure", "", ""},
          {10, 1300, 1350, "other", "nurse", ""}};
}

}  // namespace

class TimelineWidgetTest : public QObject {
  Q_OBJECT

 private:
  // 10^5 frames at 30 fps, 1000 px wide, showing frames [1000, 2000).
  void prepare(TimelineWidget& w) {
    w.resize(1000, w.sizeHint().height());
    w.setRecording(100000, 30.0);
    w.setVisibleRange(1000, 1999);
    w.setEvents(sampleEvents());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.visibleFirst(), 1000);
    QCOMPARE(w.visibleLast(), 1999);
  }

 private Q_SLOTS:
  // The ruler's second ticks land on the first frame of their second, which
  // reads .000 on the one clock (ui/Clock.h) even at fractional rates.
  void secondTicksReadWholeSeconds() {
    const TickStep seconds{true, 1.0, 5};
    QCOMPARE(tickFrame(seconds, 100, 29.97), 2997);
    QCOMPARE(formatFrameClock(tickFrame(seconds, 100, 29.97), 29.97), QStringLiteral("00:01:40.000"));
    QCOMPARE(formatFrameClock(tickFrame(seconds, 3725, 30), 30), QStringLiteral("01:02:05.000"));
  }

  void tickStepsKeepLabelsApart() {
    for (double ppf : {0.001, 0.01, 0.1, 1.0, 5.0, 48.0}) {
      const TickStep step = chooseTickStep(ppf, 30.0, 80);
      const double unit = step.inSeconds ? step.value * 30.0 : step.value;
      QVERIFY2(unit * ppf >= 80, qPrintable(QString::number(ppf)));
      QVERIFY(tickFrame(step, firstTickIndex(step, 1234.5, 30.0), 30.0) >= 1234.5);
    }
  }

  void intervalIndexFindsOverlapsBehindLongIntervals() {
    IntervalIndex index;
    // A long interval starting first must still be found deep inside.
    index.assign({0, 10, 20, 30, 500}, {1000, 15, 25, 35, 510});
    auto [first, last] = index.candidates(600, 700);
    QCOMPARE(first, std::size_t(0));
    QCOMPARE(last, std::size_t(5));
    index.assign({0, 10, 20, 30, 500}, {5, 15, 25, 35, 510});
    std::tie(first, last) = index.candidates(21, 32);
    QCOMPARE(first, std::size_t(2));
    QCOMPARE(last, std::size_t(4));
  }

  void clickSeeksToTheFrameUnderTheCursor() {
    TimelineWidget w;
    prepare(w);
    QSignalSpy seeks(&w, &TimelineWidget::seekRequested);
    // An empty part of the event lane, the middle of frame 1500.
    click(&w, QPointF(w.xForFrame(1500.5), w.eventLaneCentreY()));
    QCOMPARE(seeks.size(), 1);
    QCOMPARE(seeks.at(0).at(0).toLongLong(), 1500);
    // The ruler, near the left edge of frame 1001.
    click(&w, QPointF(w.xForFrame(1001.05), w.rulerCentreY()));
    QCOMPARE(seeks.last().at(0).toLongLong(), 1001);
    // The overview outside the visible box: seeks there and centres the view.
    click(&w, QPointF(w.overviewXForFrame(60000), w.overviewCentreY()));
    const qint64 target = seeks.last().at(0).toLongLong();
    QVERIFY2(std::abs(target - 60000) <= 100000 / 900, qPrintable(QString::number(target)));
    QVERIFY(w.visibleFirst() <= target && target <= w.visibleLast());
  }

  void clickOnEventSelectsIt() {
    TimelineWidget w;
    prepare(w);
    QSignalSpy selected(&w, &TimelineWidget::eventSelected);
    click(&w, QPointF(w.xForFrame(1250.5), w.eventLaneCentreY()));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toLongLong(), 7);
  }

  // A second rater (issue 14): each annotator's events in a lane of their
  // own, named for them, below the first; one annotator again: one lane.
  void eachRaterHasALane() {
    TimelineWidget w;
    prepare(w);
    const int oneLane = w.sizeHint().height();
    QCOMPARE(w.eventLanes().size(), 1u);
    QCOMPARE(w.eventLanes()[0]->name(), QStringLiteral("Events"));
    std::vector<TimelineEvent> events = sampleEvents();
    for (auto& e : events) e.annotator = "dr.k";
    events.push_back({20, 1210, 1420, "seizure", "", "tech"});  // over dr.k's seizure 7
    w.setEvents(events);
    const auto lanes = w.eventLanes();
    QCOMPARE(lanes.size(), 2u);
    QCOMPARE(lanes[0]->name(), QStringLiteral("Events · dr.k"));
    QCOMPARE(lanes[1]->name(), QStringLiteral("Events · tech"));
    QCOMPARE(lanes[0]->events().size(), 4u);
    QCOMPARE(lanes[1]->events().size(), 1u);
    QCOMPARE(w.sizeHint().height(), oneLane + 30);
    const QRectF first = w.laneRect(lanes[0]), second = w.laneRect(lanes[1]);
    QVERIFY(second.top() >= first.bottom() - 0.5);  // right below, before the clip windows
    // A click in tech's lane selects tech's seizure; in dr.k's, dr.k's.
    QSignalSpy selected(&w, &TimelineWidget::eventSelected);
    click(&w, QPointF(w.xForFrame(1250.5), second.center().y()));
    click(&w, QPointF(w.xForFrame(1250.5), first.center().y()));
    QCOMPARE(selected.size(), 2);
    QCOMPARE(selected.at(0).at(0).toLongLong(), 20);
    QCOMPARE(selected.at(1).at(0).toLongLong(), 7);
    w.setSelectedEvent(20);
    QCOMPARE(w.selectedEvent(), std::optional<qint64>(20));
    // Back to one annotator: the second lane goes, and with it its height.
    w.setEvents(sampleEvents());
    QCOMPARE(w.eventLanes().size(), 1u);
    QCOMPARE(w.sizeHint().height(), oneLane);
    // The seizure colours differ between raters.
    const TimelineColors c = timelineColors(w.palette());
    QVERIFY(c.raterSeizure[0] == c.seizure);
    QVERIFY(c.raterSeizure[1] != c.raterSeizure[0]);
  }

  // The pyramid's min and max of any stretch contain the raw samples' (and
  // are exact on block boundaries); missing samples are skipped.
  void signalRangesMatchTheSamples() {
    SignalTrace t;
    t.id = 5;
    t.name = "accel";
    t.sampleRate = 100;
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(-5, 5);
    for (int i = 0; i < 100000; ++i) t.samples.push_back(i % 997 == 0 ? NAN : u(rng));
    SignalLane lane;
    lane.setTrace(t);
    std::uniform_int_distribution<std::size_t> at(0, t.samples.size());
    for (int k = 0; k < 200; ++k) {
      std::size_t a = at(rng), b = at(rng);
      if (a > b) std::swap(a, b);
      float lo = NAN, hi = NAN;
      for (std::size_t i = a; i < b; ++i) {
        if (std::isnan(t.samples[i])) continue;
        if (std::isnan(lo) || t.samples[i] < lo) lo = t.samples[i];
        if (std::isnan(hi) || t.samples[i] > hi) hi = t.samples[i];
      }
      for (std::size_t limit : {std::size_t(1), std::size_t(16), std::size_t(300), std::size_t(5000)}) {
        const auto [plo, phi] = lane.range(a, b, limit);
        if (std::isnan(lo)) continue;
        QVERIFY(plo <= lo && phi >= hi);
        if (limit == 1) QVERIFY(plo == lo && phi == hi);  // raw samples: exact
      }
      const auto aligned = lane.range(a / 256 * 256, b / 256 * 256, 256);
      float alo = NAN, ahi = NAN;
      for (std::size_t i = a / 256 * 256; i < b / 256 * 256; ++i) {
        if (std::isnan(t.samples[i])) continue;
        if (std::isnan(alo) || t.samples[i] < alo) alo = t.samples[i];
        if (std::isnan(ahi) || t.samples[i] > ahi) ahi = t.samples[i];
      }
      if (!std::isnan(alo)) QVERIFY(aligned.first == alo && aligned.second == ahi);
    }
    QCOMPARE(lane.indexAt(-1.0), std::size_t(0));
    QCOMPARE(lane.indexAt(0.015), std::size_t(2));
    QCOMPARE(lane.indexAt(1e9), t.samples.size());
  }

  // Signals sit in lanes of their own at the bottom; the first is selected
  // for the nudge keys, a press selects another, and a nudge reports the
  // new offset to be stored.
  void signalLanesSelectAndNudge() {
    TimelineWidget w;
    prepare(w);
    const int without = w.sizeHint().height();
    SignalTrace a, b;
    a.id = 1;
    a.name = "accel";
    a.sampleRate = 256;
    a.samples.assign(256 * 60, 0.5f);
    b.id = 2;
    b.name = "hr";
    b.times = {0, 10, 20, 45};
    b.samples = {60, 61, NAN, 70};
    w.setSignals({a, b});
    QCOMPARE(w.signalLanes().size(), 2u);
    QCOMPARE(w.sizeHint().height(), without + 80);
    QCOMPARE(w.selectedSignal(), std::optional<qint64>(1));
    QSignalSpy offsets(&w, &TimelineWidget::signalOffsetChanged);
    QVERIFY(w.nudgeSelectedSignal(0.010));
    QVERIFY(w.nudgeSelectedSignal(0.010));
    QCOMPARE(offsets.size(), 2);
    QCOMPARE(offsets.at(1).at(0).toLongLong(), 1);
    QCOMPARE(offsets.at(1).at(1).toDouble(), 0.02);
    const QRectF hr = w.laneRect(w.signalLanes()[1]);
    click(&w, QPointF(w.xForFrame(1500), hr.center().y()));
    QCOMPARE(w.selectedSignal(), std::optional<qint64>(2));
    QVERIFY(w.nudgeSelectedSignal(-0.1));
    QCOMPARE(offsets.last().at(0).toLongLong(), 2);
    QVERIFY(!w.toolTipAt(QPointF(w.xForFrame(1500), hr.center().y())).isEmpty());
    QImage image(w.size(), QImage::Format_ARGB32_Premultiplied);
    w.render(&image);  // both lanes paint (an uneven one with a missing sample among them)
    // No signals: the lanes go, and nothing is left to nudge.
    w.setSignals({});
    QCOMPARE(w.sizeHint().height(), without);
    QVERIFY(!w.nudgeSelectedSignal(0.01));
  }

  // A marker on a signal lane (issue 14 §2) is a flag at its time plus the
  // signal's offset; a click near it goes to its frame, not to the frame
  // under the cursor, and its tool tip names it.
  void aSignalMarkerJumpsTheVideo() {
    TimelineWidget w;
    prepare(w);
    SignalTrace hr;
    hr.id = 5;
    hr.name = "hr";
    hr.sampleRate = 1;
    hr.samples.assign(3600, 60.f);
    hr.offsetSeconds = 0.5;
    hr.marks = {{49.0, 0, "lights off"}, {40.0, 2.0, "button"}};  // out of order on purpose
    w.setSignals({hr});
    const auto* lane = w.signalLanes()[0];
    QCOMPARE(lane->trace().marks.front().label, QStringLiteral("button"));  // sorted
    const QRectF r = w.laneRect(lane);
    // "lights off" is at 49.5 s on the video: frame 1485 at 30 fps.
    const double x = w.xForFrame(1485);
    QVERIFY(w.toolTipAt(QPointF(x + 2, r.center().y())).contains("lights off"));
    QSignalSpy seeks(&w, &TimelineWidget::seekRequested);
    click(&w, QPointF(x + 2, r.center().y()));
    QCOMPARE(seeks.size(), 1);
    QCOMPARE(seeks.at(0).at(0).toLongLong(), 1485);
    // Away from any marker the click seeks under the cursor as before.
    click(&w, QPointF(w.xForFrame(1700), r.center().y()));
    QCOMPARE(seeks.last().at(0).toLongLong(), w.frameAtX(w.xForFrame(1700)));
    QImage image(w.size(), QImage::Format_ARGB32_Premultiplied);
    w.render(&image);  // flags, a span and labels paint
  }

  void wheelZoomKeepsTheFrameUnderTheCursor() {
    TimelineWidget w;
    prepare(w);
    QSignalSpy ranges(&w, &TimelineWidget::visibleRangeChanged);
    const double x = w.xForFrame(1234.5);
    for (int i = 0; i < 5; ++i) {
      wheel(&w, QPointF(x, w.eventLaneCentreY()), 120);
      QCOMPARE(w.frameAtX(x), 1234);
    }
    QVERIFY(w.visibleLast() - w.visibleFirst() < 400);
    QCOMPARE(ranges.size(), 5);
    for (int i = 0; i < 8; ++i) {
      wheel(&w, QPointF(x, w.eventLaneCentreY()), -120);
      QCOMPARE(w.frameAtX(x), 1234);
    }
    QVERIFY(w.visibleLast() - w.visibleFirst() > 1000);
    // Zooming in ends at a readable frame width, never at nothing.
    for (int i = 0; i < 60; ++i) wheel(&w, QPointF(x, w.eventLaneCentreY()), 120);
    QVERIFY(w.visibleLast() - w.visibleFirst() >= 3);
    QCOMPARE(w.frameAtX(x), 1234);
  }

  void shiftWheelAndDragPan() {
    TimelineWidget w;
    prepare(w);
    QSignalSpy seeks(&w, &TimelineWidget::seekRequested);
    wheel(&w, QPointF(500, w.eventLaneCentreY()), -120, Qt::ShiftModifier);
    QCOMPARE(w.visibleFirst(), 1100);  // a tenth of the span
    QCOMPARE(w.visibleLast(), 2099);
    const double ppf = w.xForFrame(1) - w.xForFrame(0);
    const double y = w.windowLaneCentreY();
    drag(&w, QPointF(700, y), QPointF(700 + 200 * ppf, y));
    QCOMPARE(w.visibleFirst(), 900);
    QCOMPARE(seeks.size(), 0);  // a drag is not a click
  }

  void draggingAnOnsetEdgeEmitsOnceOnRelease() {
    TimelineWidget w;
    prepare(w);
    QSignalSpy moved(&w, &TimelineWidget::eventEdgeMoved);
    QSignalSpy seeks(&w, &TimelineWidget::seekRequested);
    const double y = w.eventLaneCentreY();
    // Hovering near the edge offers it.
    sendMouse(&w, QEvent::MouseMove, QPointF(w.xForFrame(1200) + 2, y), Qt::NoButton, Qt::NoButton);
    QCOMPARE(w.cursor().shape(), Qt::SizeHorCursor);
    sendMouse(&w, QEvent::MouseMove, QPointF(w.xForFrame(1250), y), Qt::NoButton, Qt::NoButton);
    QVERIFY(w.cursor().shape() != Qt::SizeHorCursor);

    const QPointF from(w.xForFrame(1200) + 2, y);
    sendMouse(&w, QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton);
    sendMouse(&w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (double f : {1210.0, 1230.0, 1180.0, 1150.0})
      sendMouse(&w, QEvent::MouseMove, QPointF(w.xForFrame(f), y), Qt::NoButton, Qt::LeftButton);
    QCOMPARE(moved.size(), 0);  // nothing until the drop
    sendMouse(&w, QEvent::MouseButtonRelease, QPointF(w.xForFrame(1150), y), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.at(0).at(0).toLongLong(), 7);
    QCOMPARE(moved.at(0).at(1).toBool(), true);
    QCOMPARE(moved.at(0).at(2).toLongLong(), 1150);
    QCOMPARE(seeks.size(), 0);

    // The offset edge, dragged past the onset, stops one frame after it.
    drag(&w, QPointF(w.xForFrame(1400) - 1, y), QPointF(w.xForFrame(1000.2), y));
    QCOMPARE(moved.size(), 2);
    QCOMPARE(moved.at(1).at(0).toLongLong(), 7);
    QCOMPARE(moved.at(1).at(1).toBool(), false);
    QCOMPARE(moved.at(1).at(2).toLongLong(), 1201);
  }

  void playheadStaysInViewWhenZoomed() {
    TimelineWidget w;
    prepare(w);
    w.setPlayhead(1500);
    QCOMPARE(w.visibleFirst(), 1000);
    w.setPlayhead(2000);  // just past the right edge: pages forward
    QVERIFY(w.visibleFirst() <= 2000 && 2000 <= w.visibleLast());
    QVERIFY(w.visibleFirst() > 1500);
    w.setPlayhead(70000);  // a jump: centred
    QVERIFY(std::abs((w.visibleFirst() + w.visibleLast()) / 2 - 70000) <= 1);
  }

  void probabilityLaneIsHiddenWhileEmpty() {
    TimelineWidget w;
    prepare(w);
    const int without = w.sizeHint().height();
    QVERIFY(!w.probabilityLaneVisible());
    w.setProbabilities({{100, 0.2}, {200, 0.9}}, 0.5);
    QVERIFY(w.probabilityLaneVisible());
    QVERIFY(w.sizeHint().height() > without);
    w.setProbabilities({}, 0.5);
    QCOMPARE(w.sizeHint().height(), without);
  }

  // Forecast review (issue 7): the threshold line is dragged like an edge,
  // live (thresholdDragged per move) and once on release (thresholdChanged);
  // setting it from outside emits nothing.
  void thresholdLineDrags() {
    TimelineWidget w;
    prepare(w);
    std::vector<TimelineProbability> curve;
    for (qint64 f = 1000; f < 2000; f += 10) curve.push_back({f, 0.3});
    w.setProbabilities(curve, 0.8);
    w.resize(w.width(), w.sizeHint().height());  // as a layout would: room for the forecast's rows
    QCOMPARE(w.threshold(), 0.8);
    QSignalSpy dragged(&w, &TimelineWidget::thresholdDragged);
    QSignalSpy changed(&w, &TimelineWidget::thresholdChanged);
    QSignalSpy seeks(&w, &TimelineWidget::seekRequested);
    w.setThreshold(0.4);
    QCOMPARE(w.threshold(), 0.4);
    QCOMPARE(dragged.count() + changed.count(), 0);
    w.setThreshold(7);  // clamped
    QCOMPARE(w.threshold(), 1.0);
    w.setThreshold(0.8);

    const double x = w.xForFrame(1500);
    const double lane = w.probabilityLaneCentreY();  // p = 0.5 (within half a pixel)
    drag(&w, QPointF(x, w.thresholdY() + 2), QPointF(x, lane));
    QVERIFY(dragged.count() >= 2);
    QCOMPARE(changed.count(), 1);
    const double final = changed.takeFirst().at(0).toDouble();
    QVERIFY2(std::abs(final - 0.5) < 0.02, qPrintable(QString::number(final)));
    QCOMPARE(w.threshold(), final);
    QCOMPARE(dragged.last().at(0).toDouble(), final);
    QCOMPARE(seeks.count(), 0);  // grabbing the line is not a click
    // Dragged past the lane: clamped to [0, 1].
    drag(&w, QPointF(x, w.thresholdY()), QPointF(x, w.height() + 50));
    QCOMPARE(changed.takeFirst().at(0).toDouble(), 0.0);
    // Away from the line, a press in the lane is a click that seeks.
    w.setThreshold(0.9);
    click(&w, QPointF(x, lane + 8));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(seeks.count(), 1);
  }

  // Alarm marks have a row of their own above the curve, shown with the
  // forecast: a click on one selects it (alarmClicked) and seeks to the
  // alarm's own frame, not to the pixel's.
  void alarmMarksAreClickable() {
    TimelineWidget w;
    prepare(w);
    const int withoutForecast = w.sizeHint().height();
    std::vector<TimelineProbability> curve;
    for (qint64 f = 1000; f < 2000; f += 10) curve.push_back({f, f == 1500 ? 0.9 : 0.2});
    w.setProbabilities(curve, 0.5);
    // The forecast brings both rows, alarms or none.
    QVERIFY(w.alarms().empty());
    QVERIFY(w.alarmLaneCentreY() < w.probabilityLaneCentreY());
    QVERIFY(w.alarmLaneCentreY() > w.windowLaneCentreY());
    const int withForecast = w.sizeHint().height();
    QVERIFY2(withForecast >= withoutForecast + 44 + 16, qPrintable(QString("%1 -> %2").arg(withoutForecast).arg(withForecast)));
    w.setAlarms({{1700, TimelineAlarm::Outcome::False, TimelineAlarm::Decision::Rejected},
                 {1500, TimelineAlarm::Outcome::True, TimelineAlarm::Decision::None}});
    QCOMPARE(w.sizeHint().height(), withForecast);  // alarms move no lane
    QCOMPARE(w.alarms().size(), 2u);
    QCOMPARE(w.alarms()[0].frame, 1500);  // sorted
    QSignalSpy clicked(&w, &TimelineWidget::alarmClicked);
    QSignalSpy seeks(&w, &TimelineWidget::seekRequested);
    // In the curve's lane an alarm's frame is an ordinary place to seek.
    click(&w, QPointF(w.xForFrame(1500) + 2, w.probabilityLaneCentreY() + 12));
    QCOMPARE(clicked.count(), 0);
    QCOMPARE(seeks.takeFirst().at(0).toLongLong(), 1500 + qRound(2 / (w.xForFrame(1) - w.xForFrame(0))));
    const double y = w.alarmLaneCentreY();
    QVERIFY2(w.toolTipAt(QPointF(w.xForFrame(1500), y)).contains("true alarm, not reviewed"),
             qPrintable(w.toolTipAt(QPointF(w.xForFrame(1500), y))));
    click(&w, QPointF(w.xForFrame(1500) + 2, y));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).toLongLong(), 1500);
    QCOMPARE(seeks.takeFirst().at(0).toLongLong(), 1500);
    click(&w, QPointF(w.xForFrame(1600), y));  // no mark there: an ordinary seek
    QCOMPARE(clicked.count(), 0);
    QCOMPARE(seeks.takeFirst().at(0).toLongLong(), 1600);
    w.setSelectedAlarm(1700);
    QCOMPARE(w.selectedAlarm().value_or(-1), 1700);
  }

  // Hover names the window nearest the cursor, [end - L, end), with its
  // probability and alarm; the playhead's window is the first window end at
  // or after the playhead.
  void hoverAndCurrentWindow() {
    TimelineWidget w;
    prepare(w);
    w.setProbabilities({{1150, 0.25}, {1300, 0.75}, {1450, 0.5}}, 0.6);
    w.setProbabilityWindow(150);
    w.setAlarms({{1300, TimelineAlarm::Outcome::False, TimelineAlarm::Decision::Accepted}});
    const double y = w.probabilityLaneCentreY();
    QString tip = w.probabilityToolTip(QPointF(w.xForFrame(1280), y));
    QVERIFY2(tip.contains("frames [1150, 1300)") && tip.contains("probability 0.750") &&
                 tip.contains("false alarm, accepted"),
             qPrintable(tip));
    QVERIFY(tip.contains("00:00:38.333"));  // frame 1150 at 30 fps
    tip = w.probabilityToolTip(QPointF(w.xForFrame(1400), y));
    QVERIFY2(tip.contains("frames [1300, 1450)") && tip.contains("0.500") && !tip.contains("alarm"), qPrintable(tip));
    QVERIFY(w.probabilityToolTip(QPointF(w.xForFrame(1400), w.eventLaneCentreY())).isEmpty());
    sendMouse(&w, QEvent::MouseMove, QPointF(w.xForFrame(1160), y), Qt::NoButton, Qt::NoButton);
    QCOMPARE(w.hoveredWindowEnd().value_or(-1), 1150);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&w, &leave);
    QVERIFY(!w.hoveredWindowEnd());

    w.setPlayhead(1000);
    QCOMPARE(w.currentWindowEnd().value_or(-1), 1150);
    w.setPlayhead(1150);
    QCOMPARE(w.currentWindowEnd().value_or(-1), 1150);  // an alarm's frame highlights the alarm's window
    w.setPlayhead(1151);
    QCOMPARE(w.currentWindowEnd().value_or(-1), 1300);
    w.setPlayhead(1451);
    QVERIFY(!w.currentWindowEnd());
  }

  // The forecast's axis fitted to a flat forecaster (0.40–0.60): the curve's
  // extremes and the threshold within the lane, a tenth of the span spare
  // each side; a drag stays on that axis; 0–1 again when switched off.
  void anAutoScaledAxisFitsTheProbabilitiesAndTheThreshold() {
    TimelineWidget w;
    prepare(w);
    w.setProbabilities({{1000, 0.40}, {1100, 0.60}, {1200, 0.45}}, 0.5);
    const double fullY = w.thresholdY();
    w.setProbabilityAutoScale(true);
    QVERIFY(w.probabilityAutoScale());
    // Axis [0.38, 0.62]: 0.5 sits at the middle of the curve's band, as on
    // [0, 1], but 0.60 is now near the top instead of 40% down.
    QVERIFY(std::abs(w.thresholdY() - fullY) <= 1.0);
    w.setThreshold(0.58);  // a sixth of the band down, not 42% of it
    const double onFittedAxis = w.thresholdY();
    QVERIFY2(onFittedAxis < w.probabilityLaneCentreY() - 8,
             qPrintable(QString("%1 vs %2").arg(onFittedAxis).arg(w.probabilityLaneCentreY())));
    // A threshold outside the curve's range widens the axis to [0.35, 0.95]
    // to show it: 0.9 a twelfth of the band down.
    w.setThreshold(0.9);
    QVERIFY(w.thresholdY() < onFittedAxis);
    // Dragged to the lane's top, the threshold stops at the axis' top (0.95), not at 1.
    QSignalSpy changed(&w, &TimelineWidget::thresholdChanged);
    const double x = w.xForFrame(1100);
    drag(&w, QPointF(x, w.thresholdY()), QPointF(x, 0));
    QCOMPARE(changed.count(), 1);
    const double dropped = changed.takeFirst().at(0).toDouble();
    QVERIFY2(dropped > 0.9 && dropped < 0.96, qPrintable(QString::number(dropped)));
    w.setProbabilityAutoScale(false);
    w.setThreshold(0.5);
    QVERIFY(std::abs(w.thresholdY() - fullY) <= 1.0);
  }

  // Issue 12: the motion baseline's probability per window, where every
  // point has one, is drawn dotted beneath the model's curve (in the lower
  // half here, where nothing else is), named in the window's tool tip and
  // fitted by an auto-scaled axis; a curve with one missing has none.
  void theMotionBaselineCurveIsDrawnBesideTheModels() {
    TimelineWidget w;
    prepare(w);
    std::vector<TimelineProbability> curve;
    for (qint64 f = 1000; f < 2000; f += 10) curve.push_back({f, 0.9});
    w.setProbabilities(curve, 0.95);
    w.resize(w.width(), w.sizeHint().height());
    QVERIFY(!w.probabilityLaneHasMotionBaseline());
    const QImage without = w.grab().toImage();
    for (auto& p : curve) p.motionBaseline = 0.1;
    w.setProbabilities(curve, 0.95);
    QVERIFY(w.probabilityLaneHasMotionBaseline());
    const QImage with = w.grab().toImage();
    const double centre = w.probabilityLaneCentreY();
    int below = 0, above = 0;
    for (int y = 0; y < with.height(); ++y)
      for (int x = qRound(w.xForFrame(1100)); x < qRound(w.xForFrame(1900)); ++x)
        if (with.pixel(x, y) != without.pixel(x, y)) ++(y > centre + 5 ? below : above);
    QVERIFY2(below > 100 && above == 0, qPrintable(QString("%1 below, %2 above").arg(below).arg(above)));
    const QString tip = w.probabilityToolTip(QPointF(w.xForFrame(1500), centre));
    QVERIFY2(tip.contains("probability 0.900") && tip.contains("statistics alone (dotted) 0.100"), qPrintable(tip));
    // The fitted axis reaches down to the baseline.
    const double fullY = w.thresholdY();
    w.setProbabilityAutoScale(true);
    QVERIFY2(std::abs(w.thresholdY() - fullY) < 6, qPrintable(QString("%1 vs %2").arg(w.thresholdY()).arg(fullY)));
    w.setProbabilityAutoScale(false);

    curve[3].motionBaseline.reset();
    w.setProbabilities(curve, 0.95);
    QVERIFY(!w.probabilityLaneHasMotionBaseline());
    QVERIFY(!w.probabilityToolTip(QPointF(w.xForFrame(1500), centre)).contains("statistics alone"));
  }

  // Issue 12: the motion baseline's alarms sit on its dotted curve as
  // diamonds, in the hue of the model's flags for the same outcome, and the
  // window's tool tip names them; without the curve they are not drawn.
  void theMotionBaselinesAlarmsSitOnItsCurve() {
    TimelineWidget w;
    prepare(w);
    std::vector<TimelineProbability> curve;
    for (qint64 f = 1000; f < 2000; f += 10) curve.push_back({f, 0.9, 0.1});
    w.setProbabilities(curve, 0.95);
    w.resize(w.width(), w.sizeHint().height());
    const QImage without = w.grab().toImage();
    TimelineAlarm alarm;
    alarm.frame = 1500;
    alarm.outcome = TimelineAlarm::Outcome::False;
    w.setBaselineAlarms({alarm});
    QCOMPARE(w.baselineAlarms().size(), std::size_t{1});
    const QImage with = w.grab().toImage();
    const double x = w.xForFrame(1500), centre = w.probabilityLaneCentreY();
    int near = 0, far = 0, falseHue = 0;
    const QColor hue = timelineColors(w.palette()).alarmFalse;
    for (int y = 0; y < with.height(); ++y)
      for (int px = 0; px < with.width(); ++px) {
        if (with.pixel(px, y) == without.pixel(px, y)) continue;
        ++(std::abs(px - x) <= 5 && y > centre ? near : far);
        if (with.pixel(px, y) == hue.rgb()) ++falseHue;
      }
    QVERIFY2(near > 10 && far == 0 && falseHue > 0,
             qPrintable(QString("%1 near, %2 far, %3 in the hue").arg(near).arg(far).arg(falseHue)));
    const QString tip = w.probabilityToolTip(QPointF(x, centre));
    QVERIFY2(tip.contains("statistics alone (dotted) 0.100, its false alarm"), qPrintable(tip));
    QVERIFY(!w.probabilityToolTip(QPointF(w.xForFrame(1600), centre)).contains("its false alarm"));
    // A curve without the baseline draws no diamonds.
    for (auto& p : curve) p.motionBaseline.reset();
    w.setProbabilities(curve, 0.95);
    const QImage plain = w.grab().toImage();
    w.setBaselineAlarms({});
    QCOMPARE(w.grab().toImage(), plain);
  }

  // Lanes (issue 13): a lane the widget has never heard of (MarkLane) is one
  // addLane() away from being laid out under the others, painted there and
  // in the overview, asked for the cursor and the tool tip, and dragged.
  void aNewLaneIsOneClassAndOneLine() {
    TimelineWidget w;
    prepare(w);
    const int before = w.sizeHint().height();
    auto* marks = new MarkLane;
    w.addLane(marks);
    QCOMPARE(marks->parent(), &w);
    QCOMPARE(w.sizeHint().height(), before + 20);
    w.resize(1000, w.sizeHint().height());
    marks->setMarks({1500, 60000});
    const QRectF lane = w.laneRect(marks);
    QCOMPARE(lane.top(), w.windowLaneCentreY() + 8.0);  // under the clip windows (the forecast is hidden)
    QCOMPARE(lane.height(), 20.0);
    const double y = lane.center().y();

    const QImage image = w.grab().toImage();
    QVERIFY(marks->lastPainted());
    QCOMPARE(marks->lastPainted()->rect, lane);
    QCOMPARE(marks->lastPainted()->scale.x(1500), w.xForFrame(1500));
    QCOMPARE(image.pixelColor(qFloor(w.xForFrame(1500)), qRound(y)), MarkLane::kColour);
    QCOMPARE(image.pixelColor(qFloor(w.overviewXForFrame(60000) + 1), w.overviewCentreY()), MarkLane::kColour);
    QVERIFY(image.pixelColor(qFloor(w.xForFrame(1600)), qRound(y)) != MarkLane::kColour);

    sendMouse(&w, QEvent::MouseMove, QPointF(w.xForFrame(1500) + 2, y), Qt::NoButton, Qt::NoButton);
    QCOMPARE(w.cursor().shape(), Qt::SplitHCursor);
    sendMouse(&w, QEvent::MouseMove, QPointF(w.xForFrame(1600), y), Qt::NoButton, Qt::NoButton);
    QVERIFY(w.cursor().shape() != Qt::SplitHCursor);

    const QPoint onMark(qRound(w.xForFrame(1500)) + 1, qRound(y));
    QHelpEvent help(QEvent::ToolTip, onMark, w.mapToGlobal(onMark));
    QApplication::sendEvent(&w, &help);
    QCOMPARE(QToolTip::text(), QStringLiteral("mark at frame 1500"));

    // A drag along the time axis: the view holds still while it lasts.
    QSignalSpy seeks(&w, &TimelineWidget::seekRequested);
    const QPointF from(w.xForFrame(1500) + 1, y), to(w.xForFrame(1700), y);
    sendMouse(&w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(&w, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    w.setPlayhead(5000);
    QCOMPARE(w.visibleFirst(), 1000);
    sendMouse(&w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(marks->marks().front(), 1700);
    QCOMPARE(seeks.count(), 0);
  }

  // For reviewers: PRODROME_SCREENSHOT_DIR=dir saves the timeline with events,
  // clip windows and a forecast curve, zoomed in and whole.
  void screenshot() {
    const QByteArray dir = qgetenv("PRODROME_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("PRODROME_SCREENSHOT_DIR not set");
    TimelineWidget w;
    const qint64 frames = 108000;  // 1 h at 30 fps
    w.setRecording(frames, 30.0);
    std::vector<TimelineEvent> events;
    std::vector<TimelineWindow> windows;
    const QStringList types = {"focal impaired awareness", "GTCS", "focal aware", ""};
    for (int k = 0; k < 12; ++k) {
      const qint64 onset = 4000 + k * 8500;
      events.push_back({k + 1, onset, onset + 900 + (k % 3) * 400, "seizure", types[k % types.size()], ""});
      events.push_back({100 + k, onset + 3000, onset + 3300, k % 2 ? "artifact" : "other", "movement", ""});
      for (int j = 0; j < 5; ++j) windows.push_back({onset - 150 - j * 300 - 300, onset - 150 - j * 300, "preictal"});
      windows.push_back({onset, onset + 300, "ictal"});
      windows.push_back({onset + 4000, onset + 4300, "normal"});
    }
    events.push_back({999, 105000, std::nullopt, "seizure", "", ""});  // still open
    std::vector<TimelineProbability> curve;
    for (qint64 f = 300; f < frames; f += 30) {
      double p = 0.12 + 0.05 * std::sin(f / 900.0);
      for (const auto& e : events)
        if (e.kind == "seizure" && f < e.onset && f > e.onset - 2500) p += 0.75 * (1.0 - (e.onset - f) / 2500.0);
      curve.push_back({f, std::min(p, 1.0)});
    }
    w.setEvents(events);
    w.setClipWindows(windows);
    w.setProbabilities(curve, 0.6);
    w.setSelectedEvent(2);
    w.setProbabilityWindow(150);
    std::vector<TimelineAlarm> alarms;
    for (std::size_t k = 0; k < curve.size(); k += 97)
      alarms.push_back({curve[k].windowEnd, static_cast<TimelineAlarm::Outcome>(k % 3),
                        static_cast<TimelineAlarm::Decision>((k / 97) % 3)});
    w.setAlarms(alarms);
    w.setSelectedAlarm(alarms[4].frame);
    w.resize(1200, w.sizeHint().height());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setPlayhead(13000);
    QVERIFY(w.grab().save(QString::fromUtf8(dir) + "/timeline_whole.png"));
    w.setVisibleRange(9000, 14999);
    QVERIFY(w.grab().save(QString::fromUtf8(dir) + "/timeline_zoomed.png"));
    w.setVisibleRange(12400, 12560);
    w.setPlayhead(12500);
    QVERIFY(w.grab().save(QString::fromUtf8(dir) + "/timeline_frames.png"));
    // A dark palette: colours follow it.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(37, 37, 38));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(220, 220, 220));
    dark.setColor(QPalette::Text, QColor(220, 220, 220));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Mid, QColor(90, 90, 90));
    dark.setColor(QPalette::Highlight, QColor(38, 120, 210));
    w.setPalette(dark);
    w.setVisibleRange(9000, 14999);
    QVERIFY(w.grab().save(QString::fromUtf8(dir) + "/timeline_dark.png"));
  }
};

QTEST_MAIN(TimelineWidgetTest)
#include "TimelineWidgetTest.moc"

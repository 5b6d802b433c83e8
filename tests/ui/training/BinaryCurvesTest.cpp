// The run view's curves: ROC area equals the metrics' ROC-AUC (ties
// included), PR endpoints, confusion counts.

#include "ml/Metrics.h"
#include "ui/training/BinaryCurves.h"

#include <QTest>

#include <memory>
#include <random>

using namespace prodrome::ui;

class BinaryCurvesTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void rocAreaEqualsRocAucWithTies() {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> coarse(0, 9);  // many ties
    std::bernoulli_distribution label(0.4);
    std::vector<double> scores;
    std::vector<int> labels;
    for (int i = 0; i < 200; ++i) {
      labels.push_back(label(rng) ? 1 : 0);
      scores.push_back(coarse(rng) / 10.0 + 0.3 * labels.back());
    }
    const auto curve = rocCurve(scores, labels);
    QVERIFY(curve.size() > 2);
    QCOMPARE(curve.front().x, 0.0);
    QCOMPARE(curve.front().y, 0.0);
    QCOMPARE(curve.back().x, 1.0);
    QCOMPARE(curve.back().y, 1.0);
    for (std::size_t i = 1; i < curve.size(); ++i) {
      QVERIFY(curve[i].x >= curve[i - 1].x);
      QVERIFY(curve[i].y >= curve[i - 1].y);
    }
    QVERIFY(std::abs(trapezoidArea(curve) - prodrome::ml::rocAuc(scores, labels)) < 1e-12);
  }

  void perfectAndOneClass() {
    const auto perfect = rocCurve({0.9, 0.8, 0.2, 0.1}, {1, 1, 0, 0});
    QCOMPARE(trapezoidArea(perfect), 1.0);
    QVERIFY(rocCurve({0.5, 0.6}, {1, 1}).empty());
    QVERIFY(precisionRecallCurve({0.5, 0.6}, {0, 0}).empty());
  }

  void precisionRecallEnds() {
    const auto pr = precisionRecallCurve({0.9, 0.8, 0.7, 0.1}, {1, 0, 1, 0});
    QCOMPARE(pr.front().x, 0.0);
    QCOMPARE(pr.front().y, 1.0);  // the top score is a positive
    QCOMPARE(pr.back().x, 1.0);
    QCOMPARE(pr.back().y, 0.5);  // everything predicted positive
    QCOMPARE(pr[2].y, 0.5);      // after 0.9 and 0.8: one of two
  }

  void confusionCounts() {
    const auto c = confusionAt({0.9, 0.4, 0.6, 0.1, 0.5}, {1, 1, 0, 0, 0}, 0.5);
    QCOMPARE(c.tp, std::int64_t{1});
    QCOMPARE(c.fn, std::int64_t{1});
    QCOMPARE(c.fp, std::int64_t{2});  // 0.6 and 0.5 (>= threshold)
    QCOMPARE(c.tn, std::int64_t{1});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, confusionAt({0.1}, {1, 0}, 0.5));
  }
};

std::unique_ptr<QObject> makeBinaryCurvesTest() { return std::make_unique<BinaryCurvesTest>(); }

#include "BinaryCurvesTest.moc"

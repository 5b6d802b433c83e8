#pragma once
// The live chart of a training job: loss per step with the learning rate
// (pre-training) or with the validation ROC-AUC and balanced accuracy of
// each epoch, drawn at the step where the epoch ended (fine-tuning). Points
// arrive in batches (JobQueue::stepsAdded) and are drawn at most
// kRedrawMilliseconds apart, one append per series: redrawing an
// antialiased chart is the GUI's largest cost while a job runs, and it
// takes the cores the job trains on.

#include "ui/jobs/JobQueue.h"

#include <QChartView>

class QLineSeries;
class QTimer;
class QScatterSeries;
class QValueAxis;

namespace prodrome::ui {

class TrainingChart : public QChartView {
  Q_OBJECT

 public:
  explicit TrainingChart(QWidget* parent = nullptr);

  // Clears the chart and sets its right axis for `kind`.
  void reset(JobKind kind, const QString& title = {});
  // reset() plus every point the job has so far.
  void showJob(const JobInfo& job);
  void addSteps(const QVector<StepPoint>& points);
  void addEpochs(const QVector<EpochPoint>& points);

  static constexpr int kRedrawMilliseconds = 250;

  // Points received, drawn or about to be.
  int lossPointCount() const;
  int epochPointCount() const;
  // Draws what waits now (tests, screenshots).
  void flush();

 private:
  void drawSteps(const QVector<StepPoint>& points);
  void drawEpochs(const QVector<EpochPoint>& points);
  void fitAxes();

  bool fineTune_ = false;
  QLineSeries* loss_;
  QLineSeries* lr_;
  QLineSeries* rocAuc_;
  QLineSeries* bacc_;
  QValueAxis* steps_;
  QValueAxis* lossAxis_;
  QValueAxis* lrAxis_;
  QValueAxis* metricAxis_;
  double maxStep_ = 1, minLoss_ = 0, maxLoss_ = 0, maxLr_ = 0;
  QVector<StepPoint> pendingSteps_;
  QVector<EpochPoint> pendingEpochs_;
  QTimer* redraw_;
};

}  // namespace prodrome::ui

#include "ui/jobs/TrainingChart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

TrainingChart::TrainingChart(QWidget* parent)
    : QChartView(parent),
      loss_(new QLineSeries),
      lr_(new QLineSeries),
      rocAuc_(new QLineSeries),
      bacc_(new QLineSeries),
      steps_(new QValueAxis),
      lossAxis_(new QValueAxis),
      lrAxis_(new QValueAxis),
      metricAxis_(new QValueAxis),
      redraw_(new QTimer(this)) {
  redraw_->setSingleShot(true);
  redraw_->setInterval(kRedrawMilliseconds);
  connect(redraw_, &QTimer::timeout, this, &TrainingChart::flush);
  setObjectName(QStringLiteral("trainingChart"));
  auto* chart = new QChart;
  chart->legend()->setAlignment(Qt::AlignBottom);
  chart->setMargins(QMargins(4, 4, 4, 4));
  loss_->setName(tr("loss"));
  lr_->setName(tr("learning rate"));
  rocAuc_->setName(tr("validation ROC-AUC"));
  bacc_->setName(tr("validation balanced accuracy"));
  rocAuc_->setPointsVisible(true);
  bacc_->setPointsVisible(true);
  for (auto* s : {loss_, lr_, rocAuc_, bacc_}) chart->addSeries(s);
  steps_->setTitleText(tr("step"));
  steps_->setLabelFormat(QStringLiteral("%d"));
  lossAxis_->setTitleText(tr("loss"));
  lrAxis_->setTitleText(tr("learning rate"));
  lrAxis_->setLabelFormat(QStringLiteral("%.1e"));
  metricAxis_->setTitleText(tr("validation"));
  metricAxis_->setRange(0, 1);
  chart->addAxis(steps_, Qt::AlignBottom);
  chart->addAxis(lossAxis_, Qt::AlignLeft);
  chart->addAxis(lrAxis_, Qt::AlignRight);
  chart->addAxis(metricAxis_, Qt::AlignRight);
  for (auto* s : {loss_, lr_, rocAuc_, bacc_}) s->attachAxis(steps_);
  loss_->attachAxis(lossAxis_);
  lr_->attachAxis(lrAxis_);
  rocAuc_->attachAxis(metricAxis_);
  bacc_->attachAxis(metricAxis_);
  setChart(chart);
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(180);
  reset(JobKind::Pretrain);
}

void TrainingChart::reset(JobKind kind, const QString& title) {
  fineTune_ = kind == JobKind::FineTune || kind == JobKind::FewShot;
  redraw_->stop();
  pendingSteps_.clear();
  pendingEpochs_.clear();
  for (auto* s : {loss_, lr_, rocAuc_, bacc_}) s->clear();
  lr_->setVisible(!fineTune_);
  lrAxis_->setVisible(!fineTune_);
  rocAuc_->setVisible(fineTune_);
  bacc_->setVisible(fineTune_);
  metricAxis_->setVisible(fineTune_);
  maxStep_ = 1;
  minLoss_ = maxLoss_ = maxLr_ = 0;
  chart()->setTitle(title);
  fitAxes();
}

void TrainingChart::showJob(const JobInfo& job) {
  reset(job.kind, job.title);
  addSteps(job.steps);
  addEpochs(job.epochs);
  flush();
}

void TrainingChart::addSteps(const QVector<StepPoint>& points) {
  pendingSteps_ += points;
  if (!redraw_->isActive()) redraw_->start();
}

void TrainingChart::addEpochs(const QVector<EpochPoint>& points) {
  pendingEpochs_ += points;
  if (!redraw_->isActive()) redraw_->start();
}

void TrainingChart::flush() {
  redraw_->stop();
  QVector<StepPoint> steps;
  QVector<EpochPoint> epochs;
  steps.swap(pendingSteps_);
  epochs.swap(pendingEpochs_);
  drawSteps(steps);
  drawEpochs(epochs);
}

void TrainingChart::drawSteps(const QVector<StepPoint>& points) {
  if (points.isEmpty()) return;
  QList<QPointF> loss, lr;
  loss.reserve(points.size());
  lr.reserve(points.size());
  for (const auto& p : points) {
    if (!std::isfinite(p.loss)) continue;
    if (loss_->count() == 0 && loss.isEmpty()) minLoss_ = maxLoss_ = p.loss;
    loss.append(QPointF(p.step, p.loss));
    lr.append(QPointF(p.step, p.lr));
    maxStep_ = std::max<double>(maxStep_, p.step);
    minLoss_ = std::min(minLoss_, p.loss);
    maxLoss_ = std::max(maxLoss_, p.loss);
    maxLr_ = std::max(maxLr_, p.lr);
  }
  loss_->append(loss);
  if (!fineTune_) lr_->append(lr);
  fitAxes();
}

void TrainingChart::drawEpochs(const QVector<EpochPoint>& points) {
  if (points.isEmpty()) return;
  QList<QPointF> roc, bacc;
  for (const auto& p : points) {
    if (std::isfinite(p.rocAuc)) roc.append(QPointF(p.step, p.rocAuc));
    if (std::isfinite(p.balancedAccuracy)) bacc.append(QPointF(p.step, p.balancedAccuracy));
    maxStep_ = std::max<double>(maxStep_, p.step);
  }
  rocAuc_->append(roc);
  bacc_->append(bacc);
  fitAxes();
}

int TrainingChart::lossPointCount() const { return loss_->count() + static_cast<int>(pendingSteps_.size()); }
int TrainingChart::epochPointCount() const {
  return std::max(rocAuc_->count(), bacc_->count()) + static_cast<int>(pendingEpochs_.size());
}

void TrainingChart::fitAxes() {
  steps_->setRange(0, maxStep_);
  // Whole steps at round intervals (1, 2, 5, 10, 20, 50, ...), at most 8 of them.
  double interval = 1;
  for (double scale = 1; maxStep_ / interval > 8; scale *= 10)
    for (double m : {1.0, 2.0, 5.0})
      if (maxStep_ / interval > 8) interval = m * scale;
  steps_->setTickType(QValueAxis::TicksDynamic);
  steps_->setTickAnchor(0);
  steps_->setTickInterval(interval);
  const double span = std::max(1e-6, maxLoss_ - minLoss_);
  lossAxis_->setRange(std::max(0.0, minLoss_ - 0.05 * span), maxLoss_ + 0.05 * span + (maxLoss_ == 0 ? 1 : 0));
  lrAxis_->setRange(0, maxLr_ > 0 ? maxLr_ * 1.1 : 1e-3);
}

}  // namespace prodrome::ui

#include "ui/training/RunView.h"

#include "core/forecast/OperatingPoint.h"
#include "core/runs/FewShotMetrics.h"
#include "core/runs/FineTuneMetrics.h"
#include "core/runs/MetricText.h"
#include "core/runs/PretrainMetrics.h"
#include "ui/NumberText.h"
#include "ui/RunLabel.h"
#include "ui/training/BinaryCurves.h"
#include "ui/training/ProbeCurvePage.h"

#include <QChart>
#include <QChartView>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace prodrome::ui {

namespace {

QJsonObject parse(const std::string& text) { return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object(); }

// A metric: always with decimals (a ROC-AUC of 1 reads 1.0000, not a count);
// undefined (NaN) reads "—".
QString metricText(double v) { return numberText(v, 4); }

QString withInterval(double mean, double low, double high) { return core::metricIntervalText(mean, low, high, 4); }

// Integer ticks on an axis from 1 to `last` (steps or epochs).
void integerTicks(QValueAxis* axis, double last) {
  axis->setRange(1, std::max(2.0, last));
  double step = 1;  // 1, 2, 5, 10, 20, 50, ...: at most 10 intervals
  for (double scale = 1; (last - 1) / step > 10; scale *= 10)
    for (double m : {1.0, 2.0, 5.0})
      if ((last - 1) / step > 10) step = m * scale;
  axis->setTickType(QValueAxis::TicksDynamic);
  axis->setTickAnchor(0);
  axis->setTickInterval(step);
  axis->setLabelFormat(QStringLiteral("%d"));
}

QTableWidget* table(QWidget* parent, const QStringList& headers) {
  auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
  t->setHorizontalHeaderLabels(headers);
  t->verticalHeader()->hide();
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  t->horizontalHeader()->setStretchLastSection(true);
  return t;
}

void addRow(QTableWidget* t, const QStringList& cells, bool bold = false) {
  const int row = t->rowCount();
  t->insertRow(row);
  for (int c = 0; c < cells.size(); ++c) {
    auto* item = new QTableWidgetItem(cells[c]);
    if (bold) {
      QFont f = item->font();
      f.setBold(true);
      item->setFont(f);
    }
    t->setItem(row, c, item);
  }
}

QChartView* curveChart(const QString& title, const QString& xTitle, const QString& yTitle,
                       const std::vector<CurvePoint>& curve, bool diagonal, QWidget* parent) {
  auto* chart = new QChart;
  chart->setTitle(title);
  chart->legend()->hide();
  auto* series = new QLineSeries;
  QList<QPointF> points;
  for (const auto& p : curve) points.append(QPointF(p.x, p.y));
  series->append(points);
  chart->addSeries(series);
  auto* x = new QValueAxis;
  auto* y = new QValueAxis;
  x->setRange(0, 1);
  y->setRange(0, 1);
  x->setTitleText(xTitle);
  y->setTitleText(yTitle);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  if (diagonal) {
    auto* chance = new QLineSeries;
    chance->append(0, 0);
    chance->append(1, 1);
    chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    chart->addSeries(chance);
    chance->attachAxis(x);
    chance->attachAxis(y);
  }
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumSize(260, 240);
  return view;
}

}  // namespace

RunView::RunView(const database::Run& run, QWidget* parent,
                 const std::vector<std::vector<core::StoredProbe>>& probeCurves,
                 const std::vector<core::SnapshotFile>& snapshots, bool interrupted)
    : QDialog(parent),
      runId_(run.id),
      tabs_(new QTabWidget(this)),
      metrics_(nullptr),
      config_(new QPlainTextEdit(this)),
      log_(new QPlainTextEdit(this)) {
  setObjectName(QStringLiteral("runView"));
  const QJsonObject config = parse(run.config);
  const QJsonObject metrics = parse(run.metrics);
  const QString kind = runKindLabel(run);
  const QString status = interrupted ? tr("interrupted")
                                     : QString::fromUtf8(database::toString(run.status).data(),
                                                         static_cast<int>(database::toString(run.status).size()));
  setWindowTitle(tr("Run %1 · %2").arg(run.id).arg(kind));

  auto* header = new QLabel(tr("<b>Run %1</b> · %2 · %3 · started %4, ended %5")
                                .arg(run.id)
                                .arg(kind, status, QString::fromStdString(run.started.value_or("–")),
                                     QString::fromStdString(run.ended.value_or("–"))),
                            this);
  header->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* metricsPage = new QWidget(this);
  auto* metricsLayout = new QVBoxLayout(metricsPage);
  tabs_->addTab(metricsPage, tr("Metrics"));
  if (run.kind == database::RunKind::Pretrain) {
    addPretrainMetrics(core::PretrainMetrics::fromJson(metrics), snapshots);
  } else if (config.contains(QStringLiteral("fewshot"))) {
    const auto fewShot = core::FewShotMetrics::fromJson(metrics);
    addFewShotMetrics(fewShot);
    addFewShotCurves(fewShot);
  } else {
    const auto fineTune = core::FineTuneMetrics::fromJson(metrics);
    addFineTuneMetrics(fineTune);
    const QString point = operatingPointText(fineTune);
    if (!point.isEmpty()) {
      auto* label = new QLabel(point, metricsPage);
      label->setObjectName(QStringLiteral("operatingPoint"));
      label->setWordWrap(true);
      label->setTextInteractionFlags(Qt::TextSelectableByMouse);
      metricsLayout->addWidget(label);
    }
    // Without stored predictions, the kept epoch's counts still give the matrix.
    std::optional<Confusion> counts;
    const auto best = fineTune.bestEpoch;
    if (best >= 0 && best < static_cast<qint64>(fineTune.validation.size())) {
      const auto& v = fineTune.validation[static_cast<std::size_t>(best)];
      counts = Confusion{v.tp, v.fp, v.tn, v.fn};
    }
    const double threshold = fineTune.thresholdOr05();  // 0.5 for older runs
    if (fineTune.validationAtThresholdOn == "windows" && fineTune.validationAtThreshold) {
      // The operating point was chosen on the validation recordings' forecast
      // windows (a recording-standardised model scores clips on another
      // scale): its matrix is the windows', the curves stay the clips'.
      const auto& w = *fineTune.validationAtThreshold;
      addCurves(fineTune.validationPredictions, std::nullopt, Confusion{w.tp, w.fp, w.tn, w.fn},
                tr("Curves: the kept model's validation clips. Confusion matrix at threshold %1 on the %2 forecast "
                   "windows of the validation recordings it was chosen on (rows: true class, columns: predicted):")
                    .arg(threshold, 0, 'f', 3)
                    .arg(fineTune.thresholdWindows));
    } else {
      // The clips' scores are the head's own, before any calibration.
      const double clipThreshold = fineTune.clipThreshold();
      addCurves(fineTune.validationPredictions, clipThreshold, counts,
                tr("Confusion matrix of the kept model on the validation clips at threshold %1 "
                   "(rows: true class, columns: predicted):")
                    .arg(clipThreshold, 0, 'f', 3));
    }
  }
  metricsLayout->addWidget(metrics_, 1);
  if (loss_) metricsLayout->addWidget(loss_, 1);

  const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  config_->setReadOnly(true);
  config_->setFont(mono);
  config_->setPlainText(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented)));
  log_->setReadOnly(true);
  log_->setFont(mono);
  log_->setPlainText(QString::fromStdString(run.log));
  if (!probeCurves.empty()) {
    probeCurves_ = new ProbeCurvePage(probeCurves, this);
    tabs_->addTab(probeCurves_, tr("Probe curve"));
  }
  tabs_->addTab(config_, tr("Config"));
  tabs_->addTab(log_, tr("Log"));

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(header);
  layout->addWidget(tabs_, 1);
  resize(860, 620);
}

void RunView::addLossChart(const std::vector<double>& losses, const QString& xTitle) {
  if (losses.empty()) return;
  std::vector<CurvePoint> points;
  double lo = INFINITY, hi = -INFINITY;
  for (std::size_t i = 0; i < losses.size(); ++i) {
    const double l = losses[i];
    points.push_back({static_cast<double>(i + 1), l, 0});
    lo = std::min(lo, l);
    hi = std::max(hi, l);
  }
  loss_ = curveChart(tr("Loss"), xTitle, tr("loss"), points, false, this);
  auto* chart = loss_->chart();
  const auto axes = chart->axes();
  integerTicks(static_cast<QValueAxis*>(axes[0]), static_cast<double>(losses.size()));
  const double pad = std::max(1e-6, hi - lo) * 0.05;
  static_cast<QValueAxis*>(axes[1])->setRange(std::max(0.0, lo - pad), hi + pad);
}

void RunView::addPretrainMetrics(const core::PretrainMetrics& m, const std::vector<core::SnapshotFile>& snapshots) {
  metrics_ = table(this, {tr("Metric"), tr("Value")});
  addRow(metrics_, {tr("Steps done"), QString::number(m.stepsDone)});
  addRow(metrics_, {tr("Final loss"), metricText(m.finalLoss())});
  addRow(metrics_, {tr("Clips in the mix"), QString::number(m.clips)});
  if (!m.device.empty()) addRow(metrics_, {tr("Device"), QString::fromStdString(m.device)});
  addRow(metrics_, {tr("Seconds"), numberText(m.seconds, 1)});
  if (!m.reproducibility.reason.empty())
    addRow(metrics_, {tr("Repeatable bit for bit"), (m.reproducibility.deterministic ? tr("yes: %1") : tr("no: %1"))
                                                        .arg(QString::fromStdString(m.reproducibility.reason))});
  if (!snapshots.empty()) {
    // One row however many were kept: their steps, their folder, and which are gone.
    QStringList steps, missing;
    for (const auto& s : snapshots) {
      steps << QString::number(s.step);
      if (!s.exists) missing << QString::number(s.step);
    }
    QString text = tr("%n kept, at step(s) %1, in %2", nullptr, static_cast<int>(snapshots.size()))
                       .arg(steps.join(QStringLiteral(", ")),
                            QString::fromStdString(snapshots.front().path.parent_path().string()));
    if (!missing.isEmpty())
      text += QLatin1String("; ") + tr("not there now: %1").arg(missing.join(QStringLiteral(", ")));
    addRow(metrics_, {tr("Snapshots"), text});
  }
  if (m.modelId > 0) addRow(metrics_, {tr("Model id"), QString::number(m.modelId)});
  addLossChart(m.losses, tr("step"));
}

QString RunView::operatingPointText(const core::FineTuneMetrics& m) {
  if (m.thresholdRule != "false-alarm-rate" || !m.threshold) return {};
  QString text = (core::neverAlarms(*m.threshold) ? tr("Operating point: none (no threshold kept the false alarms within the budget)")
                                   : tr("Operating point: threshold %1, %n window(s) in a row", nullptr,
                                        static_cast<int>(m.consecutive))
                                         .arg(*m.threshold, 0, 'f', 3)) +
                 tr(", chosen on %1 validation and %2 cross-fitted recording(s), where it forecast %3 of the "
                    "seizures with %4 false alarms per hour.")
                     .arg(m.thresholdValidationRecordings)
                     .arg(m.thresholdCrossFittedRecordings)
                     .arg(m.validationEventSensitivity, 0, 'f', 2)
                     .arg(m.validationFalseAlarmsPerHour, 0, 'f', 1);
  if (m.motionShare)
    text += QLatin1Char(' ') + tr("The motion statistics hold %1 % of the head's input, the share kept among those "
                                  "below (each at its best operating point on the same recordings).")
                                   .arg(100 * *m.motionShare, 0, 'f', 0);
  if (m.jerkWeight) {
    QStringList trials;
    for (const auto& t : m.jerkWeightTrials)
      trials << tr("%1: %2 at %3 per hour")
                    .arg(t.share, 0, 'f', 2)
                    .arg(numberText(t.sensitivity, 2))
                    .arg(numberText(t.falseAlarmsPerHour, 1));
    text += QLatin1Char(' ') + tr("Each window's brief jerks are weighed beside the head with weight %1 (each leaves "
                                  "%2 % of the remaining doubt; 0: the head alone), kept among %3 on the same "
                                  "recordings, each at its best operating point; the statistics alone are weighed "
                                  "the same.")
                                   .arg(*m.jerkWeight, 0, 'f', 2)
                                   .arg(100 * (1 - *m.jerkWeight), 0, 'f', 0)
                                   .arg(trials.join(QStringLiteral("; ")));
  }
  // Without a table of shares, the baseline's figures go here; with one,
  // they are its last row.
  if (m.motionBaseline && m.motionShareTrials.empty())
    text += QLatin1Char(' ') +
            (core::neverAlarms(m.motionBaseline->threshold)
                 ? tr("The motion statistics alone (no encoder) found no operating point within the budget there.")
                 : tr("The motion statistics alone (no encoder) forecast %1 of the seizures with %2 false alarms per "
                      "hour there, at their own best operating point.")
                       .arg(m.motionBaseline->sensitivity, 0, 'f', 2)
                       .arg(m.motionBaseline->falseAlarmsPerHour, 0, 'f', 1));
  if (m.calibration)
    text += QLatin1Char(' ') +
            tr("Its probabilities are calibrated on the %n labelled window(s) the threshold was chosen on (Brier "
               "score there %1 before, %2 after): a window's number is the chance that a seizure begins within the "
               "horizon of its end, and the threshold is on that scale.",
               nullptr, static_cast<int>(m.calibration->windows))
                .arg(numberText(m.calibration->brierBefore, 3))
                .arg(numberText(m.calibration->brierAfter, 3));
  return text;
}

void RunView::addFineTuneMetrics(const core::FineTuneMetrics& m) {
  if (m.trainLoss.empty() && !m.motionShareTrials.empty()) {
    // A probe head has no epochs; what it chose among is its table.
    metrics_ = table(this, {tr("Share of the statistics"), tr("Sensitivity"), tr("False alarms per hour"),
                            tr("Window ROC-AUC")});
    for (const auto& t : m.motionShareTrials)
      addRow(metrics_,
             {QStringLiteral("%1 %").arg(100 * t.share, 0, 'f', 0), metricText(t.sensitivity),
              metricText(t.falseAlarmsPerHour), metricText(t.windowRocAuc)},
             m.motionShare && *m.motionShare == t.share);
    if (m.motionBaseline)
      addRow(metrics_, {tr("Statistics alone (no encoder)"), metricText(m.motionBaseline->sensitivity),
                        metricText(m.motionBaseline->falseAlarmsPerHour), metricText(m.motionBaseline->windowRocAuc)});
    metrics_->setToolTip(tr("The share kept is in bold: the most seizures within the false-alarm budget, then the "
                            "fewest false alarms, then the best window ROC-AUC. \"Statistics alone\" is the motion "
                            "baseline: a logistic regression on the same statistics without the encoder's tokens, at "
                            "its own best operating point on the same recordings."));
    return;
  }
  metrics_ = table(this, {tr("Epoch"), tr("Train loss"), tr("Balanced accuracy"), tr("ROC-AUC"), tr("PR-AUC"),
                          tr("Sensitivity"), tr("Specificity")});
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t e = 0; e < m.trainLoss.size(); ++e) {
    ml::BinaryMetrics v;
    v.balanced_accuracy = v.roc_auc = v.pr_auc = v.sensitivity = v.specificity = nan;
    if (e < m.validation.size()) v = m.validation[e];
    // Epochs count from 1 here as in the loss chart; bestEpoch is an index.
    addRow(metrics_,
           {QString::number(e + 1), metricText(m.trainLoss[e]), metricText(v.balanced_accuracy),
            metricText(v.roc_auc), metricText(v.pr_auc), metricText(v.sensitivity), metricText(v.specificity)},
           static_cast<qint64>(e) == m.bestEpoch);
  }
  metrics_->setToolTip(tr("The kept epoch (best validation ROC-AUC) is in bold."));
  addLossChart(m.trainLoss, tr("epoch"));
}

void RunView::addFewShotMetrics(const core::FewShotMetrics& m) {
  // Each episode's model and, in the same episode, the other arms the run
  // scored: the motion-energy baseline (issue 12: the user must see whether
  // the deep model beats a simple detector) and the same probe on the
  // encoder's tokens alone (what the encoder contributes beside the motion
  // statistics); then each shot count's mean with its 95 % interval.
  struct Arm {
    const core::ArmScores* scores;
    QString name;
  };
  std::vector<Arm> arms;
  if (!m.baseline.empty()) arms.push_back({&m.baseline, tr("Baseline")});
  if (!m.tokensAlone.empty()) arms.push_back({&m.tokensAlone, tr("Tokens alone")});
  QStringList headers{tr("Shots"), tr("Episode"), tr("Support"), tr("Query"), tr("Balanced accuracy"), tr("ROC-AUC"),
                      tr("PR-AUC")};
  for (const Arm& a : arms) headers << tr("%1 bacc").arg(a.name) << tr("%1 ROC-AUC").arg(a.name);
  metrics_ = table(this, headers);
  for (std::size_t i = 0; i < m.episodes.size(); ++i) {
    const auto& e = m.episodes[i];
    QStringList row{QString::number(e.shots),         QString::number(e.episode),
                    QString::number(e.support),       QString::number(e.query),
                    metricText(e.metrics.balanced_accuracy), metricText(e.metrics.roc_auc),
                    metricText(e.metrics.pr_auc)};
    for (const Arm& a : arms) {
      if (i < a.scores->episodes.size()) {
        const auto& b = a.scores->episodes[i].metrics;
        row << metricText(b.balanced_accuracy) << metricText(b.roc_auc);
      } else {
        row << missingText() << missingText();
      }
    }
    addRow(metrics_, row);
  }
  for (std::size_t i = 0; i < m.perShot.size(); ++i) {
    const auto& s = m.perShot[i];
    QStringList row{QString::number(s.shots),
                    tr("mean [95 % CI]"),
                    QString(),
                    QString::number(s.episodes),
                    withInterval(s.bacc, s.baccLow, s.baccHigh),
                    withInterval(s.rocAuc, s.rocAucLow, s.rocAucHigh),
                    withInterval(s.prAuc, s.prAucLow, s.prAucHigh)};
    for (const Arm& a : arms) {
      if (i < a.scores->perShot.size()) {
        const auto& b = a.scores->perShot[i];
        row << withInterval(b.bacc, b.baccLow, b.baccHigh) << withInterval(b.rocAuc, b.rocAucLow, b.rocAucHigh);
      } else {
        row << missingText() << missingText();
      }
    }
    addRow(metrics_, row, true);
  }
  QString tip = tr("Bold rows: each shot count's mean over its episodes.");
  if (!m.baseline.empty())
    tip += QLatin1Char(' ') + tr("Baseline: logistic regression on four frame-difference statistics of the same "
                                 "clips, fitted on the same support set.");
  if (!m.tokensAlone.empty())
    tip += QLatin1Char(' ') + tr("Tokens alone: the same probe on the encoder's pooled tokens without the "
                                 "frame-difference statistics, in the same episodes.");
  metrics_->setToolTip(tip);
}

void RunView::addFewShotCurves(const core::FewShotMetrics& m) {
  // Every episode stores its queries' scores (issue 12); the curves pool the
  // largest shot count's, the deployed arm's. Each episode fits its own head,
  // so the pooled AUC is not the table's mean of per-episode AUCs; the
  // caption says which is which.
  int shots = 0;
  for (const auto& e : m.episodes) shots = std::max(shots, e.shots);
  core::ClipPredictions pooledScores;
  int pooled = 0;
  for (const auto& e : m.episodes) {
    if (e.shots != shots || !e.predictions.usable()) continue;
    pooledScores.scores.insert(pooledScores.scores.end(), e.predictions.scores.begin(), e.predictions.scores.end());
    pooledScores.labels.insert(pooledScores.labels.end(), e.predictions.labels.begin(), e.predictions.labels.end());
    ++pooled;
  }
  if (pooled == 0) return;
  addCurves(pooledScores, 0.5, std::nullopt,
            tr("%1-shot queries of %2 episode(s), pooled (%3 clips; the table gives each episode's AUC and their "
               "mean). Confusion matrix at threshold 0.500 (rows: true class, columns: predicted):")
                .arg(shots)
                .arg(pooled)
                .arg(pooledScores.scores.size()));
}

void RunView::addCurves(const core::ClipPredictions& predictions, std::optional<double> threshold,
                        std::optional<Confusion> counts,
                        const QString& captionText) {
  std::optional<Confusion> confusion = counts;
  auto* page = new QWidget(this);
  auto* layout = new QHBoxLayout(page);
  if (predictions.usable()) {
    const auto& scores = predictions.scores;
    const auto& labels = predictions.labels;
    const auto roc = rocCurve(scores, labels);
    const auto pr = precisionRecallCurve(scores, labels);
    if (!roc.empty()) {
      roc_ = curveChart(tr("ROC (AUC %1)").arg(trapezoidArea(roc), 0, 'f', 3), tr("false positive rate"),
                        tr("true positive rate"), roc, true, page);
      layout->addWidget(roc_);
    }
    if (!pr.empty()) {
      pr_ = curveChart(tr("Precision-recall"), tr("recall"), tr("precision"), pr, false, page);
      layout->addWidget(pr_);
    }
    // At the operating point stored with the model, when the matrix is the clips'.
    if (threshold) confusion = confusionAt(scores, labels, *threshold);
  }
  if (!confusion) {
    delete page;
    return;
  }
  confusion_ = new QTableWidget(2, 2, page);
  confusion_->setObjectName(QStringLiteral("confusionMatrix"));
  confusion_->setHorizontalHeaderLabels({tr("pre-ictal"), tr("normal")});
  confusion_->setVerticalHeaderLabels({tr("pre-ictal"), tr("normal")});
  confusion_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  const qint64 cells[2][2] = {{confusion->tp, confusion->fn}, {confusion->fp, confusion->tn}};
  for (int r = 0; r < 2; ++r)
    for (int c = 0; c < 2; ++c) {
      auto* item = new QTableWidgetItem(QString::number(cells[r][c]));
      item->setTextAlignment(Qt::AlignCenter);
      confusion_->setItem(r, c, item);
    }
  confusion_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  confusion_->resizeRowsToContents();
  confusion_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  confusion_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  confusion_->setFixedHeight(confusion_->horizontalHeader()->sizeHint().height() + confusion_->rowHeight(0) +
                             confusion_->rowHeight(1) + 2 * confusion_->frameWidth());
  confusion_->setMinimumWidth(240);
  auto* side = new QVBoxLayout;
  auto* caption = new QLabel(captionText, page);
  caption->setWordWrap(true);
  side->addWidget(caption);
  side->addWidget(confusion_);
  side->addStretch();
  layout->addLayout(side);
  tabs_->addTab(page, tr("Curves"));
}

}  // namespace prodrome::ui

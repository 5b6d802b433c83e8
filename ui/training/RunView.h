#pragma once
// The view of a finished (or stopped) pre-training or fine-tuning run, from
// its runs row: a metrics table (per epoch for fine-tuning, per episode for
// k-shot evaluations), the loss curve, for fine-tuning the ROC and PR curves
// and the confusion matrix of the kept model on the validation clips, the
// stored config (seed, data, code revision, device) and the log; for a
// pre-training run whose snapshots were probed, the probe curve.
// Forecast runs have their own review (ui/review).

#include "core/runs/ModelFiles.h"
#include "core/runs/ProbeCurve.h"
#include "database/RunStore.h"

#include <QDialog>

#include <optional>
#include <vector>

class QChartView;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace prodrome::core {
struct ClipPredictions;
struct FewShotMetrics;
struct FineTuneMetrics;
struct PretrainMetrics;
}  // namespace prodrome::core

namespace prodrome::ui {

struct Confusion;
class ProbeCurvePage;

class RunView : public QDialog {
  Q_OBJECT

 public:
  // `probeCurves`: for a pre-training run, the few-shot runs that probed its
  // snapshots (core::storedProbeCurves), shown in a "Probe curve" tab;
  // `snapshots`: where the snapshots it kept are now (core::keptSnapshotFiles);
  // `interrupted`: a running run whose process has ended (core::isInterrupted).
  explicit RunView(const database::Run& run, QWidget* parent = nullptr,
                   const std::vector<std::vector<core::StoredProbe>>& probeCurves = {},
                   const std::vector<core::SnapshotFile>& snapshots = {}, bool interrupted = false);

  qint64 runId() const { return runId_; }
  QTabWidget* tabs() const { return tabs_; }
  QTableWidget* metricsTable() const { return metrics_; }
  QTableWidget* confusionTable() const { return confusion_; }  // null without predictions or counts
  QChartView* lossChart() const { return loss_; }
  QChartView* rocChart() const { return roc_; }  // null without validation predictions
  QChartView* prChart() const { return pr_; }
  QPlainTextEdit* configText() const { return config_; }
  QPlainTextEdit* logText() const { return log_; }
  ProbeCurvePage* probeCurvePage() const { return probeCurves_; }  // null without probes

  // A forecaster's operating point chosen for a false-alarm rate: where, what
  // it gave there and, when chosen too, the statistics' share (shown above
  // the metrics). Empty otherwise.
  static QString operatingPointText(const core::FineTuneMetrics& metrics);

 private:
  void addPretrainMetrics(const core::PretrainMetrics& metrics, const std::vector<core::SnapshotFile>& snapshots);
  void addFineTuneMetrics(const core::FineTuneMetrics& metrics);
  void addFewShotMetrics(const core::FewShotMetrics& metrics);
  // caption: what the scores are (the kept model's validation clips, or a
  // k-shot run's pooled queries). The confusion matrix: the predictions at
  // `threshold` when both are there, else `counts` (the kept epoch's, or the
  // windows the operating point was chosen on).
  void addCurves(const core::ClipPredictions& predictions, std::optional<double> threshold,
                 std::optional<Confusion> counts, const QString& caption);
  // A k-shot run's queries of its largest shot count, pooled over episodes.
  void addFewShotCurves(const core::FewShotMetrics& metrics);
  void addLossChart(const std::vector<double>& losses, const QString& xTitle);

  qint64 runId_;
  QTabWidget* tabs_;
  QTableWidget* metrics_;
  QTableWidget* confusion_ = nullptr;
  QChartView* loss_ = nullptr;
  QChartView* roc_ = nullptr;
  QChartView* pr_ = nullptr;
  QPlainTextEdit* config_;
  QPlainTextEdit* log_;
  ProbeCurvePage* probeCurves_ = nullptr;
};

}  // namespace prodrome::ui

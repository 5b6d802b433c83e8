#pragma once
// The run view's "Probe curve" tab for a pre-training run whose snapshots
// few-shot runs have probed (core/runs/ProbeCurve.h: the demo's arms, or
// `prodrome finetune --fewshot --probe-snapshots`): per curve, a table of
// each step's ROC-AUC on the encoder's tokens alone and with the head, each
// paired with the first step, and a chart of both against the steps. What
// stage 1 taught the encoder, step by step (issue 12, item 5).

#include "core/runs/ProbeCurve.h"

#include <QWidget>

#include <vector>

class QChartView;
class QTableWidget;

namespace prodrome::ui {

class ProbeCurvePage : public QWidget {
  Q_OBJECT

 public:
  // `curves` as core::storedProbeCurves gives them (none: an empty page).
  explicit ProbeCurvePage(const std::vector<std::vector<core::StoredProbe>>& curves, QWidget* parent = nullptr);

  const std::vector<QTableWidget*>& tables() const { return tables_; }
  const std::vector<QChartView*>& charts() const { return charts_; }

 private:
  std::vector<QTableWidget*> tables_;
  std::vector<QChartView*> charts_;
};

}  // namespace prodrome::ui

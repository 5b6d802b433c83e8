#pragma once
// The review dock's contents: which run and recording, the alarm options
// (threshold slider and spin box, consecutive windows, refractory time), the
// event-level metrics they give, and the alarms as a table with their
// outcome and decision. Option edits go straight to the ReviewModel; the
// panel follows the model, whoever changed it (the timeline's threshold
// drag included). Buttons show the review actions it is given.

#include "core/forecast/AlarmMetrics.h"
#include "core/runs/ForecastRunInfo.h"

#include <QWidget>

#include <utility>
#include <vector>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;
class QTableView;
class QBoxLayout;

namespace prodrome::core {
class ForecastReview;
}

namespace prodrome::ui {

class AlarmTableModel;
class ReviewModel;

class ReviewPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ReviewPanel(ReviewModel* review, QWidget* parent = nullptr);
  ~ReviewPanel() override;

  // Buttons under the table: one row per list.
  void addActionRow(const QList<QAction*>& actions);
  // The run's recordings, for its chooser (id, label).
  void setRecordings(const std::vector<std::pair<qint64, QString>>& recordings, qint64 current);
  // Selects the alarm's row (or none) without emitting alarmActivated.
  void selectAlarm(int index);

  QDoubleSpinBox* thresholdSpin() const { return thresholdSpin_; }
  QSlider* thresholdSlider() const { return thresholdSlider_; }
  QSpinBox* consecutiveSpin() const { return consecutiveSpin_; }
  QDoubleSpinBox* refractorySpin() const { return refractorySpin_; }
  QTableView* alarmTable() const { return table_; }
  AlarmTableModel* alarmModel() const { return alarms_; }
  // The metrics as shown, one "name: value" per line (tests, reports).
  QString metricsText() const;

 Q_SIGNALS:
  void alarmActivated(int index);
  void recordingChosen(qint64 recordingId);

 private:
  void syncFromModel();
  void updateMetrics();
  void showNight();  // the run's figures per monitoring period, at each load
  void showBaseline();  // the motion baseline the run judged beside the model, at each load
  void editOptions();

  ReviewModel* review_;
  AlarmTableModel* alarms_;
  QLabel* title_;
  QComboBox* recordings_;
  QSlider* thresholdSlider_;
  QDoubleSpinBox* thresholdSpin_;
  QSpinBox* consecutiveSpin_;
  QDoubleSpinBox* refractorySpin_;
  QLabel* sensitivity_;
  QLabel* falseAlarms_;
  QLabel* warning_;
  QLabel* missed_;  // the seizures missed, and which an alarm saw only after their onset
  QLabel* counts_;
  QLabel* reviewed_;
  QLabel* night_;  // the run's monitoring periods as it judged them (issue 14); hidden without one
  QLabel* baseline_;  // the motion-statistics forecaster beside the model (issue 12); hidden without one
  QFormLayout* metricsForm_;
  QTableView* table_;
  QBoxLayout* buttons_;
  bool syncing_ = false;
};

// "2 / 3 (66.7%)", "1.25 / h", "4.2 s", or "—" where undefined (NaN).
QString formatSensitivity(int forecast, int seizures, double sensitivity);
QString formatPerHour(double perHour);
QString formatSeconds(double seconds);
// The seizures no alarm forecast: "2 of 3: 1 alarmed only after the onset
// (1.3 s late: seen, not forecast); 1 with no alarm while it lasted", "none",
// or "— (no seizures)" (core::SeizureForecast::lateSeconds).
QString formatMissed(const core::EventMetrics& m);
// "18.0 s", "12.5 min", "7.25 h".
QString formatDuration(double seconds);
// A recording's figure with the exact 95 % interval of its counts
// (core::EventTotals): "5 / 6 (83.3%); 95 % CI 35.9–99.6%". A recording holds
// a few seizures and minutes of inter-ictal time, and the interval shows how
// little one threshold's figures decide. The figure alone where undefined.
QString withSensitivityInterval(const QString& figure, const core::EventMetrics& m);
QString withPerHourInterval(const QString& figure, const core::EventMetrics& m);
// The motion-statistics forecaster a run judged beside its model
// (core::ForecastMetrics::motionBaseline), pooled over the run's recordings in
// the file lines' wording; empty without one. The panel and the report show it.
QString motionBaselineText(const core::ForecastRunInfo& run);
// Its figures on the review's recording (core::ForecastReview::
// motionBaselineMetrics), "seizures 1 / 2 (50.0%); false alarms 23.71 / h (2
// in 5.1 min inter-ictal)"; empty where the run stored no curve of it.
QString motionBaselineRecordingText(const core::ForecastReview& review);
// The same for counts pooled over recordings.
QString withSensitivityInterval(const QString& figure, const core::EventTotals& t);
QString withPerHourInterval(const QString& figure, const core::EventTotals& t);

}  // namespace prodrome::ui

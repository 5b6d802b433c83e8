#pragma once
// The GUI's side of reviewing one forecast run on one recording: a
// core::ForecastReview (the curve, seizures, decisions, options, metrics and
// the rules of a decision, shared with `prodrome review`) that tells the
// widgets when it changes. The alarm options survive switching recordings
// of the same run.
//
// GUI thread only; the caller passes the GUI thread's Database to every call
// that reads rows.

#include "core/review/ForecastReview.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class ReviewModel : public QObject {
  Q_OBJECT

 public:
  explicit ReviewModel(QObject* parent = nullptr);
  ~ReviewModel() override;

  // Loads the run's curve for one recording (which the run must cover) with
  // its seizures and decisions; the options start from the run's own unless
  // this run is already loaded (switching recordings keeps what the
  // reviewer set). False with `error` set when nothing could be loaded; the
  // model is then empty.
  bool load(database::Database& db, const core::ForecastRunInfo& run, qint64 recordingId, QString* error = nullptr);
  void clear();
  bool isLoaded() const { return review_.has_value(); }
  // The review itself; isLoaded() only.
  const core::ForecastReview& review() const { return *review_; }

  // run() and recording(): isLoaded() only.
  const core::ForecastRunInfo& run() const { return review_->run(); }
  const database::Recording& recording() const { return review_->recording(); }
  qint64 recordingId() const { return review_ ? review_->recordingId() : 0; }
  double fps() const { return review_ ? review_->fps() : 0.0; }
  qint64 windowFrames() const { return review_ ? review_->windowFrames() : 0; }
  qint64 horizonFrames() const { return review_ ? review_->horizonFrames() : 0; }
  const std::vector<core::ForecastPoint>& points() const;
  const std::vector<database::Event>& seizures() const;
  const core::EventMetrics& metrics() const;
  const std::vector<core::Alarm>& alarms() const { return metrics().alarms; }
  double loadMilliseconds() const { return loadMs_; }

  const core::AlarmOptions& options() const { return options_; }
  void setOptions(const core::AlarmOptions& options);
  void setThreshold(double threshold);

  std::optional<database::AlarmReview> decision(qint64 frame) const;
  const std::vector<database::AlarmReview>& decisions() const;  // by frame
  int acceptedCount() const { return review_ ? review_->acceptedCount() : 0; }
  int rejectedCount() const { return review_ ? review_->rejectedCount() : 0; }
  int alarmAt(qint64 frame) const { return review_ ? review_->alarmAt(frame) : -1; }
  int alarmAfter(qint64 frame) const { return review_ ? review_->alarmAfter(frame) : -1; }
  int alarmBefore(qint64 frame) const { return review_ ? review_->alarmBefore(frame) : -1; }
  std::optional<qint64> confirmableEvent(int index) const;
  bool contradicted(int index) const { return review_ && review_->contradicted(index); }
  int contradictedCount() const { return review_ ? review_->contradictedCount() : 0; }

  // The recording's events changed (an edit, an undo): re-reads seizures
  // and decisions, recomputes.
  void reloadEvents(database::Database& db);

 Q_SIGNALS:
  void loaded();
  void cleared();
  // Alarms or metrics changed (options or seizures).
  void metricsChanged();
  void decisionsChanged();

 private:
  std::optional<core::ForecastReview> review_;
  std::optional<qint64> loadedRun_;  // the run whose options options_ holds
  core::AlarmOptions options_;
  double loadMs_ = 0;
};

}  // namespace prodrome::ui

#pragma once
// The state of reviewing one forecast run on one recording: the stored
// curve, the recording's seizures, the reviewer's decisions, the alarm
// options being tried, and the event-level metrics they give
// (core::evaluateAlarms, recomputed on every option change: O(windows), a
// few milliseconds for 10^5 windows, so the metrics follow a dragged
// threshold live).
//
// Qt Core and the stores only; the caller passes the GUI thread's Database
// to every call that reads or writes rows. GUI thread only.

#include "core/forecast/AlarmMetrics.h"
#include "database/AlarmReviewStore.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "ui/review/ForecastRunInfo.h"

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
  bool load(database::Database& db, const ForecastRunInfo& run, qint64 recordingId, QString* error = nullptr);
  void clear();
  bool isLoaded() const { return recording_.has_value(); }

  const ForecastRunInfo& run() const { return run_; }
  const database::Recording& recording() const { return *recording_; }
  qint64 recordingId() const { return recording_ ? recording_->id : 0; }
  double fps() const { return recording_ ? recording_->fps : 0.0; }
  qint64 windowFrames() const;
  qint64 horizonFrames() const;
  const std::vector<core::ForecastPoint>& points() const { return points_; }
  // The seizures evaluated, sorted by onset; metrics().alarms[i].seizure and
  // metrics().seizures index them.
  const std::vector<database::Event>& seizures() const { return seizures_; }
  const core::EventMetrics& metrics() const { return metrics_; }
  const std::vector<core::Alarm>& alarms() const { return metrics_.alarms; }
  double loadMilliseconds() const { return loadMs_; }

  const core::AlarmOptions& options() const { return options_; }
  void setOptions(const core::AlarmOptions& options);
  void setThreshold(double threshold);

  std::optional<database::AlarmReview> decision(qint64 frame) const;
  const std::vector<database::AlarmReview>& decisions() const { return decisions_; }
  int acceptedCount() const;
  int rejectedCount() const;

  // Alarm indices: the one that fired at `frame`, the first after `frame`,
  // the last before it; -1 when there is none.
  int alarmAt(qint64 frame) const;
  int alarmAfter(qint64 frame) const;
  int alarmBefore(qint64 frame) const;

  // The seizure that accepting alarm `index` confirms: the one it forecasts
  // (a true alarm), else one whose onset lies within its horizon
  // [frame, frame + H], else one that is going on at the alarm. Empty when
  // accepting must create a new seizure.
  std::optional<qint64> confirmableEvent(int index) const;

  // The decision on alarm `index` says the opposite of the annotations as
  // they now are: rejected, yet a seizure follows it (a true alarm), or
  // accepted, yet none does (a false one). A seizure marked, moved or
  // deleted after the decision does this; the reviewer should look again.
  bool contradicted(int index) const;
  int contradictedCount() const;

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
  void recompute();

  ForecastRunInfo run_;
  std::optional<database::Recording> recording_;
  std::vector<core::ForecastPoint> points_;
  std::vector<database::Event> seizures_;
  std::vector<database::AlarmReview> decisions_;  // by frame
  core::AlarmOptions options_;
  core::EventMetrics metrics_;
  double loadMs_ = 0;
};

}  // namespace prodrome::ui

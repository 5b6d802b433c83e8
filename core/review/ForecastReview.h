#pragma once
// Reviewing one forecast run on one recording: the stored curve, the
// recording's seizures, the reviewer's decisions, the alarm options being
// tried and the event-level metrics they give (evaluateAlarms, recomputed on
// every option change: O(windows), a few milliseconds for 10^5 windows).
//
// The rules of a decision live here, for the GUI's review (ui/review/
// ReviewModel, which adds signals and undo) and `prodrome review` alike:
// which alarm a frame names, which seizure accepting an alarm confirms, and
// when a decision contradicts the annotations as they now are.
//
// Qt Core and the stores only. One thread per Database, as the stores.

#include "core/forecast/AlarmMetrics.h"
#include "core/runs/ForecastRunInfo.h"
#include "database/AlarmReviewStore.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

class ForecastReview {
 public:
  // Reads the run's curve for one recording (which the run must cover) with
  // its seizures and decisions, at `options` (the run's own when empty).
  // Throws core::Error naming the run and recording when it cannot.
  static ForecastReview load(database::Database& db, const ForecastRunInfo& run, std::int64_t recordingId,
                             const std::optional<AlarmOptions>& options = std::nullopt);

  const ForecastRunInfo& run() const { return run_; }
  const database::Recording& recording() const { return recording_; }
  std::int64_t recordingId() const { return recording_.id; }
  double fps() const { return recording_.fps; }
  std::int64_t windowFrames() const;
  std::int64_t horizonFrames() const;
  const std::vector<ForecastPoint>& points() const { return points_; }
  // The motion-statistics forecaster's curve: its probability for each of
  // points()' windows, when the run judged one beside the model and stored
  // it (schema v8); empty otherwise.
  const std::vector<ForecastPoint>& motionBaselinePoints() const { return motionBaselinePoints_; }
  // Its events on this recording at its own operating point (the run's
  // stored threshold and windows in a row) under the review's other options
  // (horizon, refractory, post-ictal): both forecasters judged by the same
  // rules. Empty without a stored curve and operating point.
  const std::optional<EventMetrics>& motionBaselineMetrics() const { return motionBaselineMetrics_; }
  // The seizures evaluated, sorted by onset; metrics().alarms[i].seizure and
  // metrics().seizures index them.
  const std::vector<database::Event>& seizures() const { return seizures_; }
  const EventMetrics& metrics() const { return metrics_; }
  const std::vector<Alarm>& alarms() const { return metrics_.alarms; }

  const AlarmOptions& options() const { return options_; }
  // Takes validOptions(options) and recomputes.
  void setOptions(const AlarmOptions& options);
  // The threshold clamped to [0, 1], at least one consecutive window.
  static AlarmOptions validOptions(AlarmOptions options);

  std::optional<database::AlarmReview> decision(std::int64_t frame) const;
  const std::vector<database::AlarmReview>& decisions() const { return decisions_; }
  int acceptedCount() const;
  int rejectedCount() const;

  // Alarm indices: the one that fired at `frame`, the first after `frame`,
  // the last before it; -1 when there is none.
  int alarmAt(std::int64_t frame) const;
  int alarmAfter(std::int64_t frame) const;
  int alarmBefore(std::int64_t frame) const;

  // The seizure that accepting alarm `index` confirms: the one it forecasts
  // (a true alarm), else one whose onset lies within its horizon
  // [frame, frame + H], else one that is going on at the alarm. Empty when
  // accepting must create a new seizure.
  std::optional<std::int64_t> confirmableEvent(int index) const;
  // Why a new seizure cannot begin at `frame` to confirm an alarm: the frame
  // lies outside the recording, or inside a seizure someone marked already
  // (any annotator's: the store lets another rater mark it again, but an
  // alarm before it is that seizure's to confirm). Empty when it can.
  std::optional<QString> newOnsetRefusal(std::int64_t frame) const;

  // The decision on alarm `index` says the opposite of the annotations as
  // they now are: rejected, yet a seizure follows it (a true alarm), or
  // accepted, yet none does (a false one). A seizure marked, moved or
  // deleted after the decision does this; the reviewer should look again.
  bool contradicted(int index) const;
  int contradictedCount() const;

  // The recording's events or decisions changed: re-reads both, recomputes.
  void reload(database::Database& db);

 private:
  ForecastReview() = default;
  void recompute();

  ForecastRunInfo run_;
  database::Recording recording_;
  std::vector<ForecastPoint> points_;
  std::vector<ForecastPoint> motionBaselinePoints_;  // empty, or one per point
  std::optional<EventMetrics> motionBaselineMetrics_;
  std::vector<database::Event> seizures_;
  std::vector<database::AlarmReview> decisions_;  // by frame
  AlarmOptions options_;
  EventMetrics metrics_;
};

// A decision on alarm `index` as a reviewer without an undo stack makes it
// (`prodrome review accept|reject`). Accepting confirms confirmableEvent();
// where there is none, `newOnset` must give the seizure's onset frame, and
// the new (open) seizure and the decision are one transaction: either both
// are on disk or neither. Rejecting ignores `newOnset`. Throws core::Error
// (no such alarm, onset needed, onset outside the recording) or what the
// stores throw (an onset inside another seizure); the project is then as it
// was. Reloads `review`; returns the decision as stored.
database::AlarmReview decideAlarm(database::Database& db, ForecastReview& review, int index,
                                  database::AlarmDecision decision, const std::string& reviewer,
                                  std::optional<std::int64_t> newOnset = std::nullopt);

}  // namespace prodrome::core

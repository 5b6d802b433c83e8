#include "ui/review/ReviewModel.h"

#include "database/Database.h"
#include "database/PredictionStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

ReviewModel::ReviewModel(QObject* parent) : QObject(parent) {}

ReviewModel::~ReviewModel() = default;

bool ReviewModel::load(database::Database& db, const ForecastRunInfo& run, qint64 recordingId, QString* error) {
  QElapsedTimer timer;
  timer.start();
  const bool sameRun = isLoaded() && run_.runId == run.runId;
  const core::AlarmOptions keep = options_;
  clear();
  const auto fail = [&](const QString& message) {
    if (error) *error = message;
    return false;
  };
  if (std::find(run.recordings.begin(), run.recordings.end(), recordingId) == run.recordings.end())
    return fail(tr("run %1 did not forecast recording %2").arg(run.runId).arg(recordingId));
  auto recording = database::RecordingStore(db).find(recordingId);
  if (!recording) return fail(tr("recording %1 does not exist").arg(recordingId));
  const auto rows = database::PredictionStore(db).listByRunAndRecording(run.runId, recordingId);
  points_.reserve(rows.size());
  for (const auto& row : rows) points_.push_back({row.windowEndFrame, row.probability});
  run_ = run;
  recording_ = std::move(recording);
  options_ = sameRun ? keep : run.alarms;
  for (auto& e : database::EventStore(db).listByRecording(recordingId))
    if (e.kind == database::EventKind::Seizure) seizures_.push_back(std::move(e));
  decisions_ = database::AlarmReviewStore(db).listByRunAndRecording(run.runId, recordingId);
  recompute();
  loadMs_ = timer.nsecsElapsed() / 1e6;
  Q_EMIT loaded();
  Q_EMIT metricsChanged();
  Q_EMIT decisionsChanged();
  return true;
}

void ReviewModel::clear() {
  const bool was = isLoaded();
  recording_.reset();
  points_.clear();
  seizures_.clear();
  decisions_.clear();
  metrics_ = {};
  if (was) Q_EMIT cleared();
}

qint64 ReviewModel::windowFrames() const { return recording_ ? run_.windowFrames(recording_->fps) : 0; }

qint64 ReviewModel::horizonFrames() const {
  return recording_ ? std::llround(options_.horizonSeconds * recording_->fps) : 0;
}

void ReviewModel::setOptions(const core::AlarmOptions& options) {
  core::AlarmOptions o = options;
  o.threshold = std::clamp(o.threshold, 0.0, 1.0);
  o.consecutive = std::max(1, o.consecutive);
  options_ = o;
  if (!isLoaded()) return;
  recompute();
  Q_EMIT metricsChanged();
}

void ReviewModel::setThreshold(double threshold) {
  if (threshold == options_.threshold) return;
  core::AlarmOptions o = options_;
  o.threshold = threshold;
  setOptions(o);
}

void ReviewModel::recompute() {
  std::vector<core::SeizureInterval> intervals;
  intervals.reserve(seizures_.size());
  for (const auto& e : seizures_) intervals.push_back({e.onsetFrame, e.offsetFrame});
  metrics_ = core::evaluateAlarms(points_, intervals, recording_->fps, recording_->frameCount, options_);
}

std::optional<database::AlarmReview> ReviewModel::decision(qint64 frame) const {
  const auto it = std::lower_bound(decisions_.begin(), decisions_.end(), frame,
                                   [](const database::AlarmReview& r, qint64 f) { return r.frame < f; });
  if (it == decisions_.end() || it->frame != frame) return std::nullopt;
  return *it;
}

int ReviewModel::acceptedCount() const {
  int n = 0;
  for (const auto& a : metrics_.alarms)
    if (const auto d = decision(a.frame); d && d->decision == database::AlarmDecision::Accepted) ++n;
  return n;
}

int ReviewModel::rejectedCount() const {
  int n = 0;
  for (const auto& a : metrics_.alarms)
    if (const auto d = decision(a.frame); d && d->decision == database::AlarmDecision::Rejected) ++n;
  return n;
}

int ReviewModel::alarmAt(qint64 frame) const {
  const auto& a = metrics_.alarms;
  const auto it =
      std::lower_bound(a.begin(), a.end(), frame, [](const core::Alarm& x, qint64 f) { return x.frame < f; });
  return it != a.end() && it->frame == frame ? static_cast<int>(it - a.begin()) : -1;
}

int ReviewModel::alarmAfter(qint64 frame) const {
  const auto& a = metrics_.alarms;
  const auto it =
      std::upper_bound(a.begin(), a.end(), frame, [](qint64 f, const core::Alarm& x) { return f < x.frame; });
  return it != a.end() ? static_cast<int>(it - a.begin()) : -1;
}

int ReviewModel::alarmBefore(qint64 frame) const {
  const auto& a = metrics_.alarms;
  const auto it =
      std::lower_bound(a.begin(), a.end(), frame, [](const core::Alarm& x, qint64 f) { return x.frame < f; });
  return it != a.begin() ? static_cast<int>(it - a.begin()) - 1 : -1;
}

std::optional<qint64> ReviewModel::confirmableEvent(int index) const {
  if (index < 0 || index >= static_cast<int>(metrics_.alarms.size())) return std::nullopt;
  const core::Alarm& alarm = metrics_.alarms[index];
  // evaluateAlarms sorts its seizures by onset; seizures_ is in that order.
  if (alarm.outcome == core::AlarmOutcome::True && alarm.seizure >= 0 &&
      alarm.seizure < static_cast<int>(seizures_.size()))
    return seizures_[alarm.seizure].id;
  const qint64 horizon = horizonFrames();
  for (const auto& e : seizures_)
    if (e.onsetFrame >= alarm.frame && e.onsetFrame <= alarm.frame + horizon) return e.id;
  for (const auto& e : seizures_)
    if (e.onsetFrame <= alarm.frame && alarm.frame < e.offsetFrame.value_or(e.onsetFrame + 1)) return e.id;
  return std::nullopt;
}

bool ReviewModel::contradicted(int index) const {
  if (index < 0 || index >= static_cast<int>(metrics_.alarms.size())) return false;
  const core::Alarm& alarm = metrics_.alarms[static_cast<std::size_t>(index)];
  const auto d = decision(alarm.frame);
  if (!d) return false;
  return d->decision == database::AlarmDecision::Rejected ? alarm.outcome == core::AlarmOutcome::True
                                                          : alarm.outcome == core::AlarmOutcome::False;
}

int ReviewModel::contradictedCount() const {
  int n = 0;
  for (int i = 0; i < static_cast<int>(metrics_.alarms.size()); ++i) n += contradicted(i) ? 1 : 0;
  return n;
}

void ReviewModel::reloadEvents(database::Database& db) {
  if (!isLoaded()) return;
  seizures_.clear();
  for (auto& e : database::EventStore(db).listByRecording(recording_->id))
    if (e.kind == database::EventKind::Seizure) seizures_.push_back(std::move(e));
  decisions_ = database::AlarmReviewStore(db).listByRunAndRecording(run_.runId, recording_->id);
  recompute();
  Q_EMIT metricsChanged();
  Q_EMIT decisionsChanged();
}

}  // namespace prodrome::ui

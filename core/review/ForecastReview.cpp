#include "core/review/ForecastReview.h"

#include "core/Error.h"
#include "core/forecast/OperatingPoint.h"
#include "core/forecast/RecordingSeizures.h"
#include "database/Database.h"
#include "database/PredictionStore.h"
#include "database/Transaction.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cmath>

namespace prodrome::core {

namespace {

// lupdate files ReviewText::tr() by the enclosing class: the messages reach
// the GUI's reviewer, so they are translated like the rest of the review.
struct ReviewText {
  Q_DECLARE_TR_FUNCTIONS(prodrome::core::ForecastReview)
};

[[noreturn]] void fail(const QString& message) { throw Error(message.toStdString()); }

}  // namespace

ForecastReview ForecastReview::load(database::Database& db, const ForecastRunInfo& run, std::int64_t recordingId,
                                    const std::optional<AlarmOptions>& options) {
  if (std::find(run.recordings.begin(), run.recordings.end(), recordingId) == run.recordings.end())
    fail(ReviewText::tr("run %1 did not forecast recording %2").arg(run.runId).arg(recordingId));
  auto recording = database::RecordingStore(db).find(recordingId);
  if (!recording) fail(ReviewText::tr("recording %1 does not exist").arg(recordingId));
  if (!(recording->fps > 0)) fail(ReviewText::tr("recording %1 has no frame rate").arg(recordingId));
  ForecastReview review;
  review.run_ = run;
  review.recording_ = std::move(*recording);
  const auto rows = database::PredictionStore(db).listByRunAndRecording(run.runId, recordingId);
  review.points_.reserve(rows.size());
  for (const auto& row : rows) review.points_.push_back({row.windowEndFrame, row.probability});
  // All or nothing: a run stores the baseline for every window or for none.
  if (!rows.empty() && std::all_of(rows.begin(), rows.end(), [](const database::Prediction& r) {
        return r.motionBaselineProbability.has_value();
      })) {
    review.motionBaselinePoints_.reserve(rows.size());
    for (const auto& row : rows)
      review.motionBaselinePoints_.push_back({row.windowEndFrame, *row.motionBaselineProbability});
  }
  review.seizures_ = seizureEvents(db, recordingId);
  review.decisions_ = database::AlarmReviewStore(db).listByRunAndRecording(run.runId, recordingId);
  review.setOptions(options.value_or(run.alarms));
  return review;
}

std::int64_t ForecastReview::windowFrames() const { return run_.windowFrames(recording_.fps); }

std::int64_t ForecastReview::horizonFrames() const { return std::llround(options_.horizonSeconds * recording_.fps); }

AlarmOptions ForecastReview::validOptions(AlarmOptions options) {
  options.threshold = std::clamp(options.threshold, 0.0, 1.0);
  options.consecutive = std::max(1, options.consecutive);
  return options;
}

void ForecastReview::setOptions(const AlarmOptions& options) {
  options_ = validOptions(options);
  recompute();
}

void ForecastReview::recompute() {
  const auto seizures = seizureIntervals(seizures_);
  metrics_ = evaluateAlarms(points_, seizures, recording_.fps, recording_.frameCount, options_);
  motionBaselineMetrics_.reset();
  if (!motionBaselinePoints_.empty() && run_.metrics.motionBaseline) {
    // Its threshold is above 1 where it has no operating point: no alarm.
    const auto& b = *run_.metrics.motionBaseline;
    motionBaselineMetrics_ = evaluateAlarms(motionBaselinePoints_, seizures, recording_.fps, recording_.frameCount,
                                            atOperatingPoint(options_, b.threshold, b.consecutive));
  }
}

void ForecastReview::reload(database::Database& db) {
  seizures_ = seizureEvents(db, recording_.id);
  decisions_ = database::AlarmReviewStore(db).listByRunAndRecording(run_.runId, recording_.id);
  recompute();
}

std::optional<database::AlarmReview> ForecastReview::decision(std::int64_t frame) const {
  const auto it = std::lower_bound(decisions_.begin(), decisions_.end(), frame,
                                   [](const database::AlarmReview& r, std::int64_t f) { return r.frame < f; });
  if (it == decisions_.end() || it->frame != frame) return std::nullopt;
  return *it;
}

int ForecastReview::acceptedCount() const {
  int n = 0;
  for (const auto& a : metrics_.alarms)
    if (const auto d = decision(a.frame); d && d->decision == database::AlarmDecision::Accepted) ++n;
  return n;
}

int ForecastReview::rejectedCount() const {
  int n = 0;
  for (const auto& a : metrics_.alarms)
    if (const auto d = decision(a.frame); d && d->decision == database::AlarmDecision::Rejected) ++n;
  return n;
}

int ForecastReview::alarmAt(std::int64_t frame) const {
  const auto& a = metrics_.alarms;
  const auto it =
      std::lower_bound(a.begin(), a.end(), frame, [](const Alarm& x, std::int64_t f) { return x.frame < f; });
  return it != a.end() && it->frame == frame ? static_cast<int>(it - a.begin()) : -1;
}

int ForecastReview::alarmAfter(std::int64_t frame) const {
  const auto& a = metrics_.alarms;
  const auto it =
      std::upper_bound(a.begin(), a.end(), frame, [](std::int64_t f, const Alarm& x) { return f < x.frame; });
  return it != a.end() ? static_cast<int>(it - a.begin()) : -1;
}

int ForecastReview::alarmBefore(std::int64_t frame) const {
  const auto& a = metrics_.alarms;
  const auto it =
      std::lower_bound(a.begin(), a.end(), frame, [](const Alarm& x, std::int64_t f) { return x.frame < f; });
  return it != a.begin() ? static_cast<int>(it - a.begin()) - 1 : -1;
}

std::optional<std::int64_t> ForecastReview::confirmableEvent(int index) const {
  if (index < 0 || index >= static_cast<int>(metrics_.alarms.size())) return std::nullopt;
  const Alarm& alarm = metrics_.alarms[static_cast<std::size_t>(index)];
  // evaluateAlarms sorts its seizures by onset; seizures_ is in that order.
  if (alarm.outcome == AlarmOutcome::True && alarm.seizure >= 0 && alarm.seizure < static_cast<int>(seizures_.size()))
    return seizures_[static_cast<std::size_t>(alarm.seizure)].id;
  const std::int64_t horizon = horizonFrames();
  for (const auto& e : seizures_)
    if (e.onsetFrame >= alarm.frame && e.onsetFrame <= alarm.frame + horizon) return e.id;
  for (const auto& e : seizures_)
    if (e.onsetFrame <= alarm.frame && alarm.frame < e.offsetFrame.value_or(e.onsetFrame + 1)) return e.id;
  return std::nullopt;
}

bool ForecastReview::contradicted(int index) const {
  if (index < 0 || index >= static_cast<int>(metrics_.alarms.size())) return false;
  const Alarm& alarm = metrics_.alarms[static_cast<std::size_t>(index)];
  const auto d = decision(alarm.frame);
  if (!d) return false;
  return d->decision == database::AlarmDecision::Rejected ? alarm.outcome == AlarmOutcome::True
                                                          : alarm.outcome == AlarmOutcome::False;
}

int ForecastReview::contradictedCount() const {
  int n = 0;
  for (int i = 0; i < static_cast<int>(metrics_.alarms.size()); ++i) n += contradicted(i) ? 1 : 0;
  return n;
}

// decideAlarm's refusals reach only the command line (the GUI asks for the
// onset in a dialog and checks it there), so they stay untranslated.
database::AlarmReview decideAlarm(database::Database& db, ForecastReview& review, int index,
                                  database::AlarmDecision decision, const std::string& reviewer,
                                  std::optional<std::int64_t> newOnset) {
  if (index < 0 || index >= static_cast<int>(review.alarms().size()))
    fail(QString("run %1 has no alarm %2 on recording %3 at these options (%4 alarms)")
             .arg(review.run().runId)
             .arg(index + 1)
             .arg(review.recordingId())
             .arg(review.alarms().size()));
  database::AlarmReview row;
  row.runId = review.run().runId;
  row.recordingId = review.recordingId();
  row.frame = review.alarms()[static_cast<std::size_t>(index)].frame;
  row.decision = decision;
  row.reviewer = reviewer;
  database::Transaction transaction(db);
  if (decision == database::AlarmDecision::Accepted) {
    row.eventId = review.confirmableEvent(index);
    if (!row.eventId) {
      if (!newOnset)
        fail(QString("no seizure follows the alarm at frame %1: accepting it marks one, so give its onset "
                            "frame")
                 .arg(row.frame));
      if (const auto why = review.newOnsetRefusal(*newOnset)) fail(*why);
      database::Event seizure;
      seizure.recordingId = review.recordingId();
      seizure.onsetFrame = *newOnset;
      seizure.kind = database::EventKind::Seizure;
      seizure.annotator = reviewer;
      row.eventId = database::EventStore(db).add(seizure);  // a savepoint: refused, nothing is left
    }
  }
  database::AlarmReviewStore(db).record(row);
  transaction.commit();
  review.reload(db);
  return review.decision(row.frame).value_or(row);
}

std::optional<QString> ForecastReview::newOnsetRefusal(std::int64_t frame) const {
  const std::int64_t frames = recording_.frameCount;
  if (frame < 0 || (frames > 0 && frame >= frames))
    return QString("onset frame %1 is outside recording %2 (%3 frames)").arg(frame).arg(recording_.id).arg(frames);
  for (const auto& e : seizures_) {
    const std::int64_t end = e.offsetFrame.value_or(e.onsetFrame + 1);
    if (frame >= e.onsetFrame && frame < end)
      return QString("onset frame %1 lies inside seizure #%2 (frames %3 to %4%5): an alarm before it is that "
                     "seizure's to confirm")
          .arg(frame)
          .arg(e.id)
          .arg(e.onsetFrame)
          .arg(end)
          .arg(e.annotator.empty() ? QString() : ", marked by " + QString::fromStdString(e.annotator));
  }
  return std::nullopt;
}

}  // namespace prodrome::core

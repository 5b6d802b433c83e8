#include "ui/review/ReviewModel.h"

#include "database/Database.h"

#include <QElapsedTimer>

#include <exception>

namespace prodrome::ui {

ReviewModel::ReviewModel(QObject* parent) : QObject(parent) {}

ReviewModel::~ReviewModel() = default;

bool ReviewModel::load(database::Database& db, const core::ForecastRunInfo& run, qint64 recordingId,
                       QString* error) {
  QElapsedTimer timer;
  timer.start();
  const bool sameRun = loadedRun_ == run.runId;
  clear();
  try {
    review_ = core::ForecastReview::load(db, run, recordingId, sameRun ? std::optional(options_) : std::nullopt);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
  options_ = review_->options();
  loadedRun_ = run.runId;
  loadMs_ = timer.nsecsElapsed() / 1e6;
  Q_EMIT loaded();
  Q_EMIT metricsChanged();
  Q_EMIT decisionsChanged();
  return true;
}

void ReviewModel::clear() {
  const bool was = isLoaded();
  review_.reset();
  if (was) Q_EMIT cleared();
}

const std::vector<core::ForecastPoint>& ReviewModel::points() const {
  static const std::vector<core::ForecastPoint> none;
  return review_ ? review_->points() : none;
}

const std::vector<database::Event>& ReviewModel::seizures() const {
  static const std::vector<database::Event> none;
  return review_ ? review_->seizures() : none;
}

const core::EventMetrics& ReviewModel::metrics() const {
  static const core::EventMetrics none;
  return review_ ? review_->metrics() : none;
}

void ReviewModel::setOptions(const core::AlarmOptions& options) {
  options_ = core::ForecastReview::validOptions(options);
  if (!isLoaded()) return;
  review_->setOptions(options_);
  Q_EMIT metricsChanged();
}

void ReviewModel::setThreshold(double threshold) {
  if (threshold == options_.threshold) return;
  core::AlarmOptions o = options_;
  o.threshold = threshold;
  setOptions(o);
}

std::optional<database::AlarmReview> ReviewModel::decision(qint64 frame) const {
  return review_ ? review_->decision(frame) : std::nullopt;
}

const std::vector<database::AlarmReview>& ReviewModel::decisions() const {
  static const std::vector<database::AlarmReview> none;
  return review_ ? review_->decisions() : none;
}

std::optional<qint64> ReviewModel::confirmableEvent(int index) const {
  return review_ ? review_->confirmableEvent(index) : std::nullopt;
}

void ReviewModel::reloadEvents(database::Database& db) {
  if (!isLoaded()) return;
  review_->reload(db);
  Q_EMIT metricsChanged();
  Q_EMIT decisionsChanged();
}

}  // namespace prodrome::ui

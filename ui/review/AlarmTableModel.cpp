#include "ui/review/AlarmTableModel.h"

#include "ui/Clock.h"
#include "ui/review/ReviewModel.h"

#include <QBrush>
#include <QColor>

namespace prodrome::ui {

AlarmTableModel::AlarmTableModel(const ReviewModel* review, QObject* parent)
    : QAbstractTableModel(parent), review_(review) {
  connect(review_, &ReviewModel::metricsChanged, this, &AlarmTableModel::reset);
  connect(review_, &ReviewModel::cleared, this, &AlarmTableModel::reset);
  connect(review_, &ReviewModel::decisionsChanged, this, &AlarmTableModel::decisionsChanged);
}

void AlarmTableModel::reset() {
  beginResetModel();
  endResetModel();
}

void AlarmTableModel::decisionsChanged() {
  // Same rows, new decisions: repaint a column, keep the selection.
  if (rowCount() > 0) Q_EMIT dataChanged(index(0, Decision), index(rowCount() - 1, Decision));
}

int AlarmTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !review_->isLoaded() ? 0 : static_cast<int>(review_->alarms().size());
}

int AlarmTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AlarmTableModel::outcomeText(int outcome) {
  switch (static_cast<core::AlarmOutcome>(outcome)) {
    case core::AlarmOutcome::True:
      return tr("true");
    case core::AlarmOutcome::False:
      return tr("false");
    case core::AlarmOutcome::DuringSeizure:
      return tr("during seizure");
  }
  return {};
}

QString AlarmTableModel::decisionText(const core::ForecastReview& review, qint64 frame) {
  const auto d = review.decision(frame);
  if (!d) return tr("—");
  const QString text = d->decision == database::AlarmDecision::Accepted ? tr("accepted") : tr("rejected");
  return review.contradicted(review.alarmAt(frame)) ? tr("%1 — check again").arg(text) : text;
}

QVariant AlarmTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const core::Alarm& alarm = review_->alarms()[static_cast<std::size_t>(index.row())];
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case Number:
        return index.row() + 1;
      case Time:
        return formatFrameClock(alarm.frame, review_->fps());
      case Frame:
        return QString::number(alarm.frame);
      case Probability:
        return QString::number(alarm.probability, 'f', 3);
      case Outcome:
        return outcomeText(static_cast<int>(alarm.outcome));
      case Decision:
        return decisionText(review_->review(), alarm.frame);
      default:
        return {};
    }
  }
  if (role == Qt::TextAlignmentRole && index.column() != Outcome && index.column() != Decision)
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ForegroundRole && index.column() == Outcome) {
    switch (alarm.outcome) {
      case core::AlarmOutcome::True:
        return QBrush(QColor::fromHsl(135, 150, 80));
      case core::AlarmOutcome::False:
        return QBrush(QColor::fromHsl(22, 230, 100));
      case core::AlarmOutcome::DuringSeizure:
        return {};
    }
  }
  if (role == Qt::ToolTipRole && index.column() == Outcome) {
    switch (alarm.outcome) {
      case core::AlarmOutcome::True:
        return tr("A seizure begins within the horizon after this alarm");
      case core::AlarmOutcome::False:
        return tr("No seizure begins within the horizon after this alarm");
      case core::AlarmOutcome::DuringSeizure:
        return tr("During a seizure or its post-ictal period: neither true nor false");
    }
  }
  if (index.column() == Decision && review_->contradicted(index.row())) {
    if (role == Qt::ForegroundRole) return QBrush(QColor::fromHsl(22, 230, 100));
    if (role == Qt::ToolTipRole)
      return alarm.outcome == core::AlarmOutcome::True
                 ? tr("Rejected as a false alarm, but a seizure now begins within the horizon after it")
                 : tr("Accepted, but no annotated seizure follows it any more");
  }
  if (role == Qt::UserRole) return QVariant::fromValue<qint64>(alarm.frame);
  return {};
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Time) return clockLegend();
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Number:
      return tr("#");
    case Time:
      return tr("Time");
    case Frame:
      return tr("Frame");
    case Probability:
      return tr("p");
    case Outcome:
      return tr("Outcome");
    case Decision:
      return tr("Decision");
    default:
      return {};
  }
}

}  // namespace prodrome::ui

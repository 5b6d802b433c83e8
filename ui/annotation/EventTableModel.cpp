#include "ui/annotation/EventTableModel.h"

#include "ui/Clock.h"

#include <limits>

namespace prodrome::ui {

using database::Event;
using database::EventKind;

EventTableModel::EventTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void EventTableModel::setEvents(std::vector<Event> events, double fps) {
  beginResetModel();
  events_ = std::move(events);
  fps_ = fps;
  endResetModel();
}

std::optional<int> EventTableModel::rowOf(qint64 eventId) const {
  for (std::size_t i = 0; i < events_.size(); ++i)
    if (events_[i].id == eventId) return static_cast<int>(i);
  return std::nullopt;
}

int EventTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(events_.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString EventTableModel::kindName(EventKind kind) {
  switch (kind) {
    case EventKind::Seizure:
      return tr("Seizure");
    case EventKind::Artifact:
      return tr("Artifact");
    case EventKind::Other:
      return tr("Other");
  }
  return tr("Other");
}

QVariant EventTableModel::display(const Event& e, int column) const {
  switch (column) {
    case Onset:
      return QString::number(e.onsetFrame);
    case OnsetTime:
      return formatFrameClock(e.onsetFrame, fps_);
    case Offset:
      return e.offsetFrame ? QString::number(*e.offsetFrame) : tr("open");
    case Duration: {
      if (!e.offsetFrame) return QString();
      const qint64 frames = *e.offsetFrame - e.onsetFrame;
      return fps_ > 0 ? tr("%1 s").arg(frames / fps_, 0, 'f', 2) : tr("%n frame(s)", nullptr, int(frames));
    }
    case Kind:
      return kindName(e.kind);
    case Type:
      return QString::fromStdString(e.seizureType);
    case Annotator:
      return QString::fromStdString(e.annotator);
    case Notes:
      // One line in the table; the editor shows all of it.
      return QString::fromStdString(e.notes).section(QLatin1Char('\n'), 0, 0);
  }
  return {};
}

QString EventTableModel::summary(const Event& e) const {
  // Every field of the event, whichever columns the dock is wide enough to
  // show or the user has hidden (issue 16: no text lost at 1280×760).
  QString kind = kindName(e.kind);
  if (!e.seizureType.empty()) kind += QStringLiteral(" · ") + QString::fromStdString(e.seizureType);
  const QString onset = tr("%1 (frame %2)").arg(formatFrameClock(e.onsetFrame, fps_)).arg(e.onsetFrame);
  QString span = e.offsetFrame ? tr("%1 to %2 (frame %3), %4")
                                     .arg(onset, formatFrameClock(*e.offsetFrame, fps_))
                                     .arg(*e.offsetFrame)
                                     .arg(display(e, Duration).toString())
                               : tr("%1, offset not marked yet").arg(onset);
  QString text = kind + QLatin1Char('\n') + span;
  if (!e.annotator.empty()) text += QLatin1Char('\n') + tr("Annotator: %1").arg(QString::fromStdString(e.annotator));
  if (!e.notes.empty()) text += QStringLiteral("\n\n") + QString::fromStdString(e.notes);
  return text;
}

QVariant EventTableModel::sortValue(const Event& e, int column) const {
  switch (column) {
    case Onset:
    case OnsetTime:
      return QVariant::fromValue<qlonglong>(e.onsetFrame);
    case Offset:
      return QVariant::fromValue<qlonglong>(e.offsetFrame.value_or(std::numeric_limits<qint64>::max()));
    case Duration:
      return QVariant::fromValue<qlonglong>(e.offsetFrame ? *e.offsetFrame - e.onsetFrame
                                                          : std::numeric_limits<qint64>::max());
    default:
      return display(e, column).toString().toLower();
  }
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const Event& e = events_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      return display(e, index.column());
    case Qt::ToolTipRole:
      return summary(e);
    case Qt::TextAlignmentRole:
      return index.column() <= Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case kSortRole:
      return sortValue(e, index.column());
    case kIdRole:
      return QVariant::fromValue<qlonglong>(e.id);
    case kOnsetRole:
      return QVariant::fromValue<qlonglong>(e.onsetFrame);
    case kKindRole:
      return static_cast<int>(e.kind);
    default:
      return {};
  }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == OnsetTime) return clockLegend();
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Onset:
      return tr("Onset");
    case OnsetTime:
      return tr("Time");
    case Offset:
      return tr("Offset");
    case Duration:
      return tr("Duration");
    case Kind:
      return tr("Kind");
    case Type:
      return tr("Type");
    case Annotator:
      return tr("Annotator");
    case Notes:
      return tr("Notes");
  }
  return {};
}

}  // namespace prodrome::ui

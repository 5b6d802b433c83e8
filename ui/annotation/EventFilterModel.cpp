#include "ui/annotation/EventFilterModel.h"

#include "ui/annotation/EventTableModel.h"

namespace prodrome::ui {

EventFilterModel::EventFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
  setSortRole(EventTableModel::kSortRole);
  setDynamicSortFilter(true);
}

void EventFilterModel::setKindFilter(std::optional<database::EventKind> kind) {
  kind_ = kind;
  invalidateFilter();
}

void EventFilterModel::setTextFilter(const QString& text) {
  text_ = text.trimmed();
  invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  const QAbstractItemModel* source = sourceModel();
  if (kind_ &&
      source->index(sourceRow, 0, sourceParent).data(EventTableModel::kKindRole).toInt() != static_cast<int>(*kind_))
    return false;
  if (text_.isEmpty()) return true;
  for (int column : {EventTableModel::Kind, EventTableModel::Type, EventTableModel::Annotator, EventTableModel::Notes})
    // Notes match on their full text (the table shows their first line).
    if (source->index(sourceRow, column, sourceParent)
            .data(column == EventTableModel::Notes ? Qt::ToolTipRole : Qt::DisplayRole)
            .toString()
            .contains(text_, Qt::CaseInsensitive))
      return true;
  return false;
}

}  // namespace prodrome::ui

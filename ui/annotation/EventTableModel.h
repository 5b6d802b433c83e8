#pragma once
// The events of one recording as table rows, for the event list. Holds a copy
// of the rows (the controller re-reads them after each edit); sorting and
// filtering happen in EventFilterModel on kSortRole values, so that frames
// sort as numbers and an open offset sorts last.

#include "database/EventStore.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace prodrome::ui {

class EventTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Onset, OnsetTime, Offset, Duration, Kind, Type, Annotator, Notes, ColumnCount };
  enum Role { kSortRole = Qt::UserRole + 1, kIdRole, kOnsetRole, kKindRole };

  explicit EventTableModel(QObject* parent = nullptr);

  void setEvents(std::vector<database::Event> events, double fps);
  const database::Event& eventAt(int row) const { return events_.at(static_cast<std::size_t>(row)); }
  std::optional<int> rowOf(qint64 eventId) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  static QString kindName(database::EventKind kind);  // translated

 private:
  QVariant display(const database::Event& event, int column) const;
  QVariant sortValue(const database::Event& event, int column) const;
  // The whole event in a few lines: the tooltip of each of its cells.
  QString summary(const database::Event& event) const;

  std::vector<database::Event> events_;
  double fps_ = 0.0;
};

}  // namespace prodrome::ui

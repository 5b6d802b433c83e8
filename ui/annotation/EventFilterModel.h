#pragma once
// Sorting and filtering of the event list: by kind, and by text found in the
// kind, type, annotator or notes (case-insensitive). Sorts on the source's
// kSortRole, so frames compare as numbers.

#include "database/EventStore.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace prodrome::ui {

class EventFilterModel : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  explicit EventFilterModel(QObject* parent = nullptr);

  void setKindFilter(std::optional<database::EventKind> kind);
  void setTextFilter(const QString& text);

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  std::optional<database::EventKind> kind_;
  QString text_;
};

}  // namespace prodrome::ui

#pragma once
// The review's alarms as table rows: time, frame, probability, outcome and
// the reviewer's decision. Rebuilt whole when the alarms change (a threshold
// step changes most of them; 10^3 rows reset in well under a frame).

#include <QAbstractTableModel>

namespace prodrome::core {
class ForecastReview;
}

namespace prodrome::ui {

class ReviewModel;

class AlarmTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Number, Time, Frame, Probability, Outcome, Decision, ColumnCount };

  explicit AlarmTableModel(const ReviewModel* review, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // Texts shared with the report.
  static QString outcomeText(int outcome);
  static QString decisionText(const core::ForecastReview& review, qint64 frame);

 private:
  void reset();
  void decisionsChanged();

  const ReviewModel* review_;
};

}  // namespace prodrome::ui

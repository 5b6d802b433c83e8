#include "ui/annotation/EventListPanel.h"

#include "ui/annotation/AnnotationController.h"
#include "ui/annotation/EventEditor.h"
#include "ui/annotation/EventFilterModel.h"
#include "ui/annotation/EventTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace prodrome::ui {

using database::EventKind;

EventListPanel::EventListPanel(AnnotationController* controller, QWidget* parent)
    : QWidget(parent),
      controller_(controller),
      model_(new EventTableModel(this)),
      filter_(new EventFilterModel(this)),
      table_(new QTableView(this)),
      filterEdit_(new QLineEdit(this)),
      kindFilter_(new QComboBox(this)),
      count_(new QLabel(this)),
      editor_(new EventEditor(controller, this)) {
  filter_->setSourceModel(model_);
  table_->setObjectName("eventTable");
  table_->setModel(filter_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(EventTableModel::Onset, Qt::AscendingOrder);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

  filterEdit_->setObjectName("eventFilter");
  filterEdit_->setPlaceholderText(tr("Filter by type, annotator, notes…"));
  filterEdit_->setClearButtonEnabled(true);
  kindFilter_->setObjectName("eventKindFilter");
  kindFilter_->addItem(tr("All kinds"), -1);
  for (EventKind kind : {EventKind::Seizure, EventKind::Artifact, EventKind::Other})
    kindFilter_->addItem(EventTableModel::kindName(kind), static_cast<int>(kind));

  auto* bar = new QHBoxLayout;
  bar->addWidget(filterEdit_, 1);
  bar->addWidget(kindFilter_);
  bar->addWidget(count_);
  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addLayout(bar);
  leftLayout->addWidget(table_, 1);
  // Table above the editor: the panel lives in a side dock, where a
  // side-by-side editor squeezed the table's columns.
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(left);
  splitter->addWidget(editor_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);

  connect(filterEdit_, &QLineEdit::textChanged, this, [this](const QString& text) {
    filter_->setTextFilter(text);
    updateCount();
  });
  connect(kindFilter_, &QComboBox::currentIndexChanged, this, [this](int index) {
    const int kind = kindFilter_->itemData(index).toInt();
    filter_->setKindFilter(kind < 0 ? std::nullopt : std::optional<EventKind>(static_cast<EventKind>(kind)));
    updateCount();
  });
  connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
    Q_EMIT seekRequested(index.data(EventTableModel::kOnsetRole).toLongLong());
  });
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
    if (syncing_ || !current.isValid()) return;
    controller_->select(current.data(EventTableModel::kIdRole).toLongLong());
  });
  connect(controller_, &AnnotationController::eventsChanged, this, [this](qint64 recordingId) {
    if (recordingId == controller_->recording()) reload();
  });
  connect(controller_, &AnnotationController::selectionChanged, this, &EventListPanel::showSelection);
  reload();
}

void EventListPanel::reload() {
  syncing_ = true;
  model_->setEvents(controller_->events(), controller_->fps());
  syncing_ = false;
  showSelection(controller_->selected().value_or(-1));
  updateCount();
}

void EventListPanel::showSelection(qint64 eventId) {
  syncing_ = true;
  const auto row = eventId >= 0 ? model_->rowOf(eventId) : std::nullopt;
  const QModelIndex index = row ? filter_->mapFromSource(model_->index(*row, 0)) : QModelIndex();
  if (index.isValid()) {
    table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table_->scrollTo(index);
  } else {
    table_->selectionModel()->clearSelection();
  }
  editor_->setEvent(row ? std::optional<database::Event>(model_->eventAt(*row)) : std::nullopt);
  syncing_ = false;
}

void EventListPanel::updateCount() { count_->setText(tr("%1 of %2").arg(filter_->rowCount()).arg(model_->rowCount())); }

}  // namespace prodrome::ui

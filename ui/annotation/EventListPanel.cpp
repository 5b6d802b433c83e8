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
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace prodrome::ui {

using database::EventKind;

namespace {
const char* const kHiddenColumnsKey = "eventList/hiddenColumns";
}  // namespace

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
  QHeaderView* header = table_->horizontalHeader();
  header->setStretchLastSection(true);
  header->setSectionResizeMode(QHeaderView::Interactive);
  // The dock is narrow: the user picks the columns (right-click the header),
  // remembered; the offset frame starts hidden since the duration and the
  // editor below show it. Every cell's tooltip shows the whole event.
  header->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(header, &QHeaderView::customContextMenuRequested, this,
          [this](const QPoint& at) { columnMenu()->popup(table_->horizontalHeader()->mapToGlobal(at)); });
  const QVariant hidden = QSettings().value(kHiddenColumnsKey);
  const QStringList names = hidden.isValid() ? hidden.toStringList() : QStringList{columnKey(EventTableModel::Offset)};
  for (int c = 0; c < EventTableModel::ColumnCount; ++c) table_->setColumnHidden(c, names.contains(columnKey(c)));

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
  // A little room on the right: the dock's edge clipped the counter.
  leftLayout->setContentsMargins(0, 0, 4, 0);
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
  const bool first = model_->rowCount() == 0;
  model_->setEvents(controller_->events(), controller_->fps());
  // Columns as wide as their text when a list first fills, so that the
  // narrow dock shows as many as it can; the user's widths stay after that.
  if (first && model_->rowCount() > 0)
    for (int c = 0; c + 1 < EventTableModel::ColumnCount; ++c) table_->resizeColumnToContents(c);
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

QString EventListPanel::columnKey(int column) {
  // Stable names in the settings, not indexes: a column added later does not
  // shift what the user hid.
  static const char* const keys[] = {"onset", "time", "offset", "duration", "kind", "type", "annotator", "notes"};
  static_assert(std::size(keys) == EventTableModel::ColumnCount);
  return QString::fromLatin1(keys[column]);
}

QMenu* EventListPanel::columnMenu() {
  auto* menu = new QMenu(this);
  menu->setAttribute(Qt::WA_DeleteOnClose);
  for (int c = 0; c < EventTableModel::ColumnCount; ++c) {
    QAction* a = menu->addAction(model_->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    a->setCheckable(true);
    a->setChecked(!table_->isColumnHidden(c));
    connect(a, &QAction::toggled, this, [this, c](bool shown) { setColumnShown(c, shown); });
  }
  return menu;
}

void EventListPanel::setColumnShown(int column, bool shown) {
  // At least one column stays, or the list could not be got back.
  int visible = 0;
  for (int c = 0; c < EventTableModel::ColumnCount; ++c) visible += table_->isColumnHidden(c) ? 0 : 1;
  if (!shown && visible <= 1) return;
  table_->setColumnHidden(column, !shown);
  if (shown) table_->resizeColumnToContents(column);
  QStringList hidden;
  for (int c = 0; c < EventTableModel::ColumnCount; ++c)
    if (table_->isColumnHidden(c)) hidden << columnKey(c);
  QSettings().setValue(kHiddenColumnsKey, hidden);
}

void EventListPanel::updateCount() { count_->setText(tr("%1 of %2").arg(filter_->rowCount()).arg(model_->rowCount())); }

}  // namespace prodrome::ui

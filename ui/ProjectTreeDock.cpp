#include "ui/ProjectTreeDock.h"

#include "core/runs/RunLock.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/RecordingStore.h"
#include "database/RunStore.h"
#include "database/SubjectStore.h"
#include "ui/RunLabel.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace prodrome::ui {

ProjectTreeDock::ProjectTreeDock(QWidget* parent) : QDockWidget(tr("Project"), parent), tree_(new QTreeWidget(this)) {
  setObjectName("projectDock");
  tree_->setColumnCount(2);
  tree_->setHeaderLabels({tr("Name"), tr("Details")});
  tree_->header()->setStretchLastSection(false);
  tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  tree_->header()->setSectionResizeMode(1, QHeaderView::Interactive);
  tree_->header()->resizeSection(1, 90);  // details elide; the names matter more
  tree_->setContextMenuPolicy(Qt::CustomContextMenu);
  tree_->setAcceptDrops(false);  // the dock takes the drop
  setAcceptDrops(true);
  setWidget(tree_);
  connect(tree_, &QTreeWidget::customContextMenuRequested, this, &ProjectTreeDock::showContextMenu);
  const auto activate = [this](QTreeWidgetItem* item) {
    if (!item) return;
    const auto kind = static_cast<NodeKind>(item->data(0, kNodeKindRole).toInt());
    const qint64 id = item->data(0, kNodeIdRole).toLongLong();
    if (kind == NodeKind::Recording) {
      if (item->data(0, kMissingRole).toBool()) {
        Q_EMIT relinkRequested(id);
      } else {
        Q_EMIT recordingActivated(id);
      }
    } else if (kind == NodeKind::ClipSet) {
      Q_EMIT clipSetActivated(id);
    } else if (kind == NodeKind::Model) {
      Q_EMIT modelActivated(id);
    } else if (kind == NodeKind::Run) {
      Q_EMIT runActivated(id);
    }
  };
  connect(tree_, &QTreeWidget::itemActivated, this, [activate](QTreeWidgetItem* item, int) { activate(item); });
  connect(tree_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item, int) {
    // A single click opens a recording that is present (no re-link prompt).
    if (static_cast<NodeKind>(item->data(0, kNodeKindRole).toInt()) == NodeKind::Recording &&
        !item->data(0, kMissingRole).toBool()) {
      Q_EMIT recordingActivated(item->data(0, kNodeIdRole).toLongLong());
    }
  });
}

void ProjectTreeDock::setContextActions(QList<QAction*> general, QAction* relink) {
  general_ = std::move(general);
  relink_ = relink;
}

QTreeWidgetItem* ProjectTreeDock::group(const QString& title) {
  auto* item = new QTreeWidgetItem(tree_, {title});
  item->setData(0, kNodeKindRole, static_cast<int>(NodeKind::Group));
  QFont f = item->font(0);
  f.setBold(true);
  item->setFont(0, f);
  item->setFlags(Qt::ItemIsEnabled);
  return item;
}

namespace {

// `interrupted`: left running by a process that has ended (core/runs/RunLock.h).
QString runStatusName(database::RunStatus status, bool interrupted) {
  if (interrupted) return ProjectTreeDock::tr("interrupted");
  switch (status) {
    case database::RunStatus::Pending:
      return ProjectTreeDock::tr("pending");
    case database::RunStatus::Running:
      return ProjectTreeDock::tr("running");
    case database::RunStatus::Succeeded:
      return ProjectTreeDock::tr("succeeded");
    case database::RunStatus::Failed:
      return ProjectTreeDock::tr("failed");
    case database::RunStatus::Cancelled:
      return ProjectTreeDock::tr("cancelled");
  }
  return {};
}

}  // namespace

namespace {

QString nodeKey(const QTreeWidgetItem* item) {
  const int kind = item->data(0, kNodeKindRole).toInt();
  return QString::number(kind) + QLatin1Char(':') +
         (kind == static_cast<int>(ProjectTreeDock::NodeKind::Group) ? item->text(0) : item->data(0, kNodeIdRole).toString());
}

template <typename F>
void forEachParent(QTreeWidgetItem* item, const F& f) {
  for (int i = 0; i < item->childCount(); ++i) {
    QTreeWidgetItem* child = item->child(i);
    if (child->childCount() == 0) continue;
    f(child);
    forEachParent(child, f);
  }
}

}  // namespace

void ProjectTreeDock::rememberView() {
  forEachParent(tree_->invisibleRootItem(), [this](QTreeWidgetItem* item) { expanded_[nodeKey(item)] = item->isExpanded(); });
  scroll_ = tree_->verticalScrollBar()->value();
}

void ProjectTreeDock::restoreView() {
  forEachParent(tree_->invisibleRootItem(), [this](QTreeWidgetItem* item) {
    const auto it = expanded_.constFind(nodeKey(item));
    if (it != expanded_.constEnd()) item->setExpanded(*it);
  });
  tree_->verticalScrollBar()->setValue(scroll_);
}

void ProjectTreeDock::reload(database::Database* database) {
  const QString project = database ? QString::fromStdString(database->path()) : QString();
  if (project == viewProject_) {
    rememberView();
  } else {  // another project: its own defaults
    expanded_.clear();
    scroll_ = 0;
    viewProject_ = project;
  }
  tree_->clear();
  missing_ = 0;
  if (!database) return;
  const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
  const QIcon missingIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
  const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);

  QTreeWidgetItem* subjects = group(tr("Subjects"));
  database::RecordingStore recordings(*database);
  for (const database::Subject& s : database::SubjectStore(*database).list()) {
    const QString species = s.species == database::Species::Human ? tr("human") : tr("rodent");
    auto* subject = new QTreeWidgetItem(subjects, {QString::fromStdString(s.code), species});
    subject->setIcon(0, folderIcon);
    subject->setData(0, kNodeKindRole, static_cast<int>(NodeKind::Subject));
    subject->setData(0, kNodeIdRole, static_cast<qlonglong>(s.id));
    for (const database::Recording& r : recordings.listBySubject(s.id)) {
      const QString path = QString::fromStdString(r.path);
      const bool missing = !QFileInfo(path).isFile();
      const QString details = tr("%1 frames · %2 fps").arg(r.frameCount).arg(r.fps, 0, 'f', 2);
      auto* item = new QTreeWidgetItem(subject, {QFileInfo(path).fileName(), missing ? tr("missing") : details});
      item->setData(0, kNodeKindRole, static_cast<int>(NodeKind::Recording));
      item->setData(0, kNodeIdRole, static_cast<qlonglong>(r.id));
      item->setData(0, kMissingRole, missing);
      item->setIcon(0, missing ? missingIcon : fileIcon);
      if (missing) {
        ++missing_;
        for (int c = 0; c < 2; ++c) item->setForeground(c, QColor(200, 40, 40));
        item->setToolTip(
            0, tr("Video missing: %1\nDouble-click or use File ▸ Re-link Recording… to locate it.").arg(path));
      } else {
        item->setToolTip(0, path);
      }
    }
  }
  subjects->setExpanded(true);
  for (int i = 0; i < subjects->childCount(); ++i) subjects->child(i)->setExpanded(true);

  QTreeWidgetItem* sets = group(tr("Clip sets"));
  database::ClipStore clips(*database);
  for (const database::ClipSet& cs : database::ClipSetStore(*database).list()) {
    auto* item = new QTreeWidgetItem(
        sets, {QString::fromStdString(cs.name), tr("%n clip(s)", "", static_cast<int>(clips.countBySet(cs.id)))});
    item->setData(0, kNodeKindRole, static_cast<int>(NodeKind::ClipSet));
    item->setData(0, kNodeIdRole, static_cast<qlonglong>(cs.id));
  }
  sets->setExpanded(true);

  QTreeWidgetItem* models = group(tr("Models"));
  for (const database::Model& m : database::ModelStore(*database).list()) {
    auto* item = new QTreeWidgetItem(models, {QString::fromStdString(m.name)});
    item->setData(0, kNodeKindRole, static_cast<int>(NodeKind::Model));
    item->setData(0, kNodeIdRole, static_cast<qlonglong>(m.id));
  }
  QTreeWidgetItem* runs = group(tr("Runs"));
  for (const database::Run& r : database::RunStore(*database).list()) {
    const QString title = runTitle(r, *database);
    const bool interrupted = core::isInterrupted(*database, r);
    auto* item = new QTreeWidgetItem(runs, {title, runStatusName(r.status, interrupted)});
    item->setToolTip(0, title);
    if (r.status == database::RunStatus::Failed) item->setForeground(1, QColor(200, 40, 40));
    // Amber: nothing failed, but nothing is running it either.
    if (interrupted) item->setForeground(1, QColor(190, 110, 0));
    item->setData(0, kNodeKindRole, static_cast<int>(NodeKind::Run));
    item->setData(0, kNodeIdRole, static_cast<qlonglong>(r.id));
  }
  // A narrow dock cuts names and details short: every cell without a tool tip
  // of its own shows its whole text in one (issue 16 §7).
  for (QTreeWidgetItemIterator it(tree_); *it; ++it)
    for (int c = 0; c < tree_->columnCount(); ++c)
      if ((*it)->toolTip(c).isEmpty() && !(*it)->text(c).isEmpty()) (*it)->setToolTip(c, (*it)->text(c));
  restoreView();
}

void ProjectTreeDock::setCurrentRecording(std::optional<std::int64_t> id) {
  for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
    const bool isCurrent = id && static_cast<NodeKind>((*it)->data(0, kNodeKindRole).toInt()) == NodeKind::Recording &&
                           (*it)->data(0, kNodeIdRole).toLongLong() == *id;
    QFont f = (*it)->font(0);
    if (static_cast<NodeKind>((*it)->data(0, kNodeKindRole).toInt()) != NodeKind::Recording) continue;
    f.setBold(isCurrent);
    (*it)->setFont(0, f);
    if (isCurrent) tree_->setCurrentItem(*it);
  }
}

void ProjectTreeDock::showContextMenu(const QPoint& pos) {
  QMenu menu(this);
  QTreeWidgetItem* item = tree_->itemAt(pos);
  if (item && relink_ && static_cast<NodeKind>(item->data(0, kNodeKindRole).toInt()) == NodeKind::Recording) {
    const qint64 id = item->data(0, kNodeIdRole).toLongLong();
    menu.addAction(relink_->text(), this, [this, id] { Q_EMIT relinkRequested(id); });
    menu.addSeparator();
  }
  if (item && static_cast<NodeKind>(item->data(0, kNodeKindRole).toInt()) == NodeKind::ClipSet) {
    const qint64 id = item->data(0, kNodeIdRole).toLongLong();
    menu.addAction(tr("Show on the Timeline"), this, [this, id] { Q_EMIT clipSetActivated(id); });
    menu.addAction(tr("Rename Clip Set…"), this, [this, id] { Q_EMIT clipSetRenameRequested(id); });
    menu.addAction(tr("Delete Clip Set…"), this, [this, id] { Q_EMIT clipSetDeleteRequested(id); });
    menu.addSeparator();
  }
  menu.addActions(general_);
  menu.exec(tree_->viewport()->mapToGlobal(pos));
}

void ProjectTreeDock::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void ProjectTreeDock::dropEvent(QDropEvent* event) {
  QStringList files;
  for (const QUrl& url : event->mimeData()->urls()) {
    if (url.isLocalFile()) files << url.toLocalFile();
  }
  if (!files.isEmpty()) Q_EMIT filesDropped(files);
  event->acceptProposedAction();
}

}  // namespace prodrome::ui

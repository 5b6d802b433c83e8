#pragma once
// The project tree: subjects (with species) and their recordings, clip sets,
// and the models and runs (activating one opens its view).
// A recording whose video is not where the project says is shown as missing
// and offers re-linking. The dock reads the database on reload() only.

#include <QDockWidget>
#include <QHash>

#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class ProjectTreeDock : public QDockWidget {
  Q_OBJECT

 public:
  enum class NodeKind { Subject = 1, Recording, ClipSet, Model, Run, Group };

  explicit ProjectTreeDock(QWidget* parent = nullptr);

  void reload(database::Database* database);  // null: no project
  void setCurrentRecording(std::optional<std::int64_t> id);
  QTreeWidget* tree() const { return tree_; }
  // Recordings shown as missing (for tests and the status bar).
  int missingCount() const { return missing_; }

  // Actions offered in the context menu (owned by the window).
  void setContextActions(QList<QAction*> general, QAction* relink);

 Q_SIGNALS:
  void recordingActivated(qint64 id);
  void clipSetActivated(qint64 id);
  void modelActivated(qint64 id);
  void runActivated(qint64 id);
  void relinkRequested(qint64 recordingId);
  void clipSetRenameRequested(qint64 clipSetId);
  void clipSetDeleteRequested(qint64 clipSetId);
  void filesDropped(const QStringList& files);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  QTreeWidgetItem* group(const QString& title);
  void showContextMenu(const QPoint& pos);
  // A reload rebuilds every item: what the user folded or unfolded, and where
  // the list was scrolled, carry over while the same project stays open
  // (issue 16 §7: the tree kept no folding).
  void rememberView();
  void restoreView();

  QTreeWidget* tree_;
  QString viewProject_;             // the project the remembered view belongs to
  QHash<QString, bool> expanded_;  // per node ("kind:id", groups "kind:title")
  int scroll_ = 0;
  QList<QAction*> general_;
  QAction* relink_ = nullptr;
  int missing_ = 0;
};

// Item data roles of the tree.
inline constexpr int kNodeKindRole = Qt::UserRole + 1;
inline constexpr int kNodeIdRole = Qt::UserRole + 2;
inline constexpr int kMissingRole = Qt::UserRole + 3;

}  // namespace prodrome::ui

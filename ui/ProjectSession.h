#pragma once
// The open project of the window: its file and the GUI thread's connection.
// Background jobs open connections of their own (Database is one per
// thread) and call notifyChanged() on the GUI thread when they are done, so
// that views reload.

#include <QObject>
#include <QString>

#include <memory>
#include <string>

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

class ProjectSession : public QObject {
  Q_OBJECT

 public:
  explicit ProjectSession(QObject* parent = nullptr);
  ~ProjectSession() override;

  // Opens (creating when `create`) a project; throws what openProject throws.
  void open(const QString& file, bool create);
  void close();

  bool isOpen() const { return database_ != nullptr; }
  database::Database& database() { return *database_; }
  QString file() const { return file_; }
  std::string path() const { return file_.toStdString(); }

  // A connection for another thread (same file, same policy).
  static std::unique_ptr<database::Database> openWorkerConnection(const std::string& file);

 public Q_SLOTS:
  void notifyChanged() { Q_EMIT changed(); }

 Q_SIGNALS:
  void opened(const QString& file);
  void closed();
  // Rows were added, removed or edited outside the annotation controller.
  void changed();

 private:
  std::unique_ptr<database::Database> database_;
  QString file_;
};

}  // namespace prodrome::ui

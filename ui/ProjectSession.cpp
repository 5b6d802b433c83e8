#include "ui/ProjectSession.h"

#include "database/Database.h"
#include "database/Schema.h"

namespace prodrome::ui {

ProjectSession::ProjectSession(QObject* parent) : QObject(parent) {}
ProjectSession::~ProjectSession() = default;

void ProjectSession::open(const QString& file, bool create) {
  database::OpenOptions options;
  options.createIfMissing = create;
  auto db = std::make_unique<database::Database>(database::openProject(file.toStdString(), options));
  close();
  database_ = std::move(db);
  file_ = file;
  Q_EMIT opened(file_);
}

void ProjectSession::close() {
  if (!database_) return;
  database_.reset();
  file_.clear();
  Q_EMIT closed();
}

std::unique_ptr<database::Database> ProjectSession::openWorkerConnection(const std::string& file) {
  database::OpenOptions options;
  options.createIfMissing = false;
  return std::make_unique<database::Database>(database::openProject(file, options));
}

}  // namespace prodrome::ui

#include "database/ModelStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/ProjectPaths.h"
#include "database/Transaction.h"

namespace prodrome::database {

namespace {

constexpr const char* kModelColumns = "SELECT id, name, architecture, weights_path, parent_id, created FROM models ";

Model readModel(const Statement& row, const ProjectPaths& paths) {
  return Model{row.getInt64(0), row.getText(1), row.getText(2), paths.toOpenable(row.getText(3)),
               row.getOptionalInt64(4), row.getText(5)};
}

}  // namespace

std::int64_t ModelStore::add(const Model& model) {
  Transaction transaction(database_);
  database_.cached("INSERT INTO models (name, architecture, weights_path, parent_id) VALUES (?, ?, ?, ?)")
      ->bindAll(model.name, model.architecture, ProjectPaths(database_).toStored(model.weightsPath), model.parentId)
      .execute();
  const std::int64_t id = database_.lastInsertRowId();
  transaction.commit();
  return id;
}

void ModelStore::updateWeightsPath(std::int64_t id, std::string_view weightsPath) {
  Transaction transaction(database_);
  database_.cached("UPDATE models SET weights_path = ? WHERE id = ?")
      ->bindAll(ProjectPaths(database_).toStored(weightsPath), id)
      .execute();
  if (database_.changes() == 0) throw ValidationError("cannot update model #" + std::to_string(id) + ": no such model");
  transaction.commit();
}

bool ModelStore::remove(std::int64_t id) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM models WHERE id = ?")->bindAll(id).execute();
  const bool removed = database_.changes() > 0;
  transaction.commit();
  return removed;
}

std::optional<Model> ModelStore::find(std::int64_t id) {
  auto query = database_.cached(std::string(kModelColumns) + "WHERE id = ?");
  query->bindAll(id);
  if (!query->step()) return std::nullopt;
  return readModel(*query, ProjectPaths(database_));
}

std::optional<Model> ModelStore::findByName(std::string_view name) {
  auto query = database_.cached(std::string(kModelColumns) + "WHERE name = ?");
  query->bindAll(name);
  if (!query->step()) return std::nullopt;
  return readModel(*query, ProjectPaths(database_));
}

std::vector<Model> ModelStore::list() {
  auto query = database_.cached(std::string(kModelColumns) + "ORDER BY id");
  std::vector<Model> models;
  const ProjectPaths paths(database_);
  while (query->step()) models.push_back(readModel(*query, paths));
  return models;
}

}  // namespace prodrome::database

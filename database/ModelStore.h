#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::database {

class Database;

struct Model {
  std::int64_t id = 0;                   // assigned by the store
  std::string name;                      // unique within a project
  std::string architecture = "{}";       // preset and overrides, JSON text
  std::string weightsPath;               // safetensors file
  std::optional<std::int64_t> parentId;  // the model it was trained from
  std::string created;                   // ISO 8601 UTC, set by the store
};

class ModelStore {
 public:
  explicit ModelStore(Database& database) : database_(database) {}

  std::int64_t add(const Model& model);
  void updateWeightsPath(std::int64_t id, std::string_view weightsPath);
  bool remove(std::int64_t id);  // children keep existing, parentless

  std::optional<Model> find(std::int64_t id);
  std::optional<Model> findByName(std::string_view name);
  std::vector<Model> list();  // ordered by id

 private:
  Database& database_;
};

}  // namespace prodrome::database

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::database {

class Database;

struct ClipSet {
  std::int64_t id = 0;        // assigned by the store
  std::string name;           // unique within a project
  std::string params = "{}";  // the builder's parameters, JSON text
  std::int64_t seed = 0;      // with params, rebuilds the same set
  std::string created;        // ISO 8601 UTC, set by the store
};

class ClipSetStore {
 public:
  explicit ClipSetStore(Database& database) : database_(database) {}

  std::int64_t add(const ClipSet& clipSet);  // params must be valid JSON
  bool remove(std::int64_t id);              // deletes its clips too
  bool rename(std::int64_t id, std::string_view name);  // false: no such set; a taken name is a DatabaseError

  std::optional<ClipSet> find(std::int64_t id);
  std::optional<ClipSet> findByName(std::string_view name);
  std::vector<ClipSet> list();  // ordered by id

 private:
  Database& database_;
};

}  // namespace prodrome::database

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::database {

class Database;

enum class Species { Human, Rodent };
std::string_view toString(Species species);
Species speciesFromString(std::string_view text);  // throws ValidationError

struct Subject {
  std::int64_t id = 0;  // assigned by the store
  std::string code;     // unique within a project
  Species species = Species::Human;
  std::string notes;
};

// Subjects of one project. Every call is its own committed transaction (or a
// savepoint inside the caller's). Not thread-safe, like its Database.
class SubjectStore {
 public:
  explicit SubjectStore(Database& database) : database_(database) {}

  std::int64_t add(const Subject& subject);
  void update(const Subject& subject);  // throws if the id does not exist
  bool remove(std::int64_t id);         // cascades to recordings and what hangs on them

  std::optional<Subject> find(std::int64_t id);
  std::optional<Subject> findByCode(std::string_view code);
  std::vector<Subject> list();  // ordered by code

 private:
  Database& database_;
};

}  // namespace prodrome::database

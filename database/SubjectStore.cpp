#include "database/SubjectStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/Transaction.h"

namespace prodrome::database {

namespace {

constexpr const char* kSubjectColumns = "SELECT id, code, species, notes FROM subjects ";

Subject readSubject(const Statement& row) {
  return Subject{row.getInt64(0), row.getText(1), speciesFromString(row.getText(2)), row.getText(3)};
}

}  // namespace

std::string_view toString(Species species) { return species == Species::Rodent ? "rodent" : "human"; }

Species speciesFromString(std::string_view text) {
  if (text == "human") return Species::Human;
  if (text == "rodent") return Species::Rodent;
  throw ValidationError("unknown species '" + std::string(text) + "' (expected human or rodent)");
}

std::int64_t SubjectStore::add(const Subject& subject) {
  Transaction transaction(database_);
  auto insert = database_.cached("INSERT INTO subjects (code, species, notes) VALUES (?, ?, ?)");
  insert->bindAll(subject.code, toString(subject.species), subject.notes).execute();
  const std::int64_t id = database_.lastInsertRowId();
  transaction.commit();
  return id;
}

void SubjectStore::update(const Subject& subject) {
  Transaction transaction(database_);
  auto statement = database_.cached("UPDATE subjects SET code = ?, species = ?, notes = ? WHERE id = ?");
  statement->bindAll(subject.code, toString(subject.species), subject.notes, subject.id).execute();
  if (database_.changes() == 0)
    throw ValidationError("cannot update subject #" + std::to_string(subject.id) + ": no such subject");
  transaction.commit();
}

bool SubjectStore::remove(std::int64_t id) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM subjects WHERE id = ?")->bindAll(id).execute();
  const bool removed = database_.changes() > 0;
  transaction.commit();
  return removed;
}

std::optional<Subject> SubjectStore::find(std::int64_t id) {
  auto query = database_.cached(std::string(kSubjectColumns) + "WHERE id = ?");
  query->bindAll(id);
  if (!query->step()) return std::nullopt;
  return readSubject(*query);
}

std::optional<Subject> SubjectStore::findByCode(std::string_view code) {
  auto query = database_.cached(std::string(kSubjectColumns) + "WHERE code = ?");
  query->bindAll(code);
  if (!query->step()) return std::nullopt;
  return readSubject(*query);
}

std::vector<Subject> SubjectStore::list() {
  auto query = database_.cached(std::string(kSubjectColumns) + "ORDER BY code");
  std::vector<Subject> subjects;
  while (query->step()) subjects.push_back(readSubject(*query));
  return subjects;
}

}  // namespace prodrome::database

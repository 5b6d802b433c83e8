#include "database/ClipSetStore.h"

#include "database/Database.h"
#include "database/Transaction.h"

namespace prodrome::database {

namespace {

constexpr const char* kClipSetColumns = "SELECT id, name, params, seed, created FROM clip_sets ";

ClipSet readClipSet(const Statement& row) {
  return ClipSet{row.getInt64(0), row.getText(1), row.getText(2), row.getInt64(3), row.getText(4)};
}

}  // namespace

std::int64_t ClipSetStore::add(const ClipSet& clipSet) {
  Transaction transaction(database_);
  database_.cached("INSERT INTO clip_sets (name, params, seed) VALUES (?, ?, ?)")
      ->bindAll(clipSet.name, clipSet.params, clipSet.seed)
      .execute();
  const std::int64_t id = database_.lastInsertRowId();
  transaction.commit();
  return id;
}

bool ClipSetStore::remove(std::int64_t id) {
  Transaction transaction(database_);
  database_.cached("DELETE FROM clip_sets WHERE id = ?")->bindAll(id).execute();
  const bool removed = database_.changes() > 0;
  transaction.commit();
  return removed;
}

bool ClipSetStore::rename(std::int64_t id, std::string_view name) {
  Transaction transaction(database_);
  database_.cached("UPDATE clip_sets SET name = ? WHERE id = ?")->bindAll(name, id).execute();
  const bool renamed = database_.changes() > 0;
  transaction.commit();
  return renamed;
}

std::optional<ClipSet> ClipSetStore::find(std::int64_t id) {
  auto query = database_.cached(std::string(kClipSetColumns) + "WHERE id = ?");
  query->bindAll(id);
  if (!query->step()) return std::nullopt;
  return readClipSet(*query);
}

std::optional<ClipSet> ClipSetStore::findByName(std::string_view name) {
  auto query = database_.cached(std::string(kClipSetColumns) + "WHERE name = ?");
  query->bindAll(name);
  if (!query->step()) return std::nullopt;
  return readClipSet(*query);
}

std::vector<ClipSet> ClipSetStore::list() {
  auto query = database_.cached(std::string(kClipSetColumns) + "ORDER BY id");
  std::vector<ClipSet> sets;
  while (query->step()) sets.push_back(readClipSet(*query));
  return sets;
}

}  // namespace prodrome::database

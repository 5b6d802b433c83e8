#include "database/ClipStore.h"

#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/Transaction.h"

namespace prodrome::database {

namespace {

Clip readClip(const Statement& row) {
  Clip clip;
  clip.id = row.getInt64(0);
  clip.clipSetId = row.getInt64(1);
  clip.recordingId = row.getInt64(2);
  clip.startFrame = row.getInt64(3);
  clip.endFrame = row.getInt64(4);
  clip.label = clipLabelFromString(row.getText(5));
  clip.split = row.getText(6);
  clip.sourceEventId = row.getOptionalInt64(7);
  return clip;
}

}  // namespace

std::string_view toString(ClipLabel label) {
  switch (label) {
    case ClipLabel::Preictal:
      return "preictal";
    case ClipLabel::Normal:
      return "normal";
    case ClipLabel::Ictal:
      return "ictal";
  }
  return "normal";
}

ClipLabel clipLabelFromString(std::string_view text) {
  if (text == "preictal") return ClipLabel::Preictal;
  if (text == "normal") return ClipLabel::Normal;
  if (text == "ictal") return ClipLabel::Ictal;
  throw ValidationError("unknown clip label '" + std::string(text) + "' (expected preictal, normal or ictal)");
}

std::vector<std::int64_t> ClipStore::addAll(std::span<const Clip> clips) {
  std::vector<std::int64_t> ids;
  ids.reserve(clips.size());
  Transaction transaction(database_);
  auto insert = database_.cached(
      "INSERT INTO clips (clip_set_id, recording_id, start_frame, end_frame, label, split, source_event_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const Clip& clip : clips) {
    insert
        ->bindAll(clip.clipSetId, clip.recordingId, clip.startFrame, clip.endFrame, toString(clip.label), clip.split,
                  clip.sourceEventId)
        .execute();
    ids.push_back(database_.lastInsertRowId());
  }
  transaction.commit();
  return ids;
}

void ClipStore::setSplit(std::int64_t clipId, std::string_view split) {
  Transaction transaction(database_);
  database_.cached("UPDATE clips SET split = ? WHERE id = ?")->bindAll(split, clipId).execute();
  if (database_.changes() == 0)
    throw ValidationError("cannot set the split of clip #" + std::to_string(clipId) + ": no such clip");
  transaction.commit();
}

std::vector<Clip> ClipStore::listBySet(std::int64_t clipSetId) {
  auto query = database_.cached(
      "SELECT id, clip_set_id, recording_id, start_frame, end_frame, label, split, source_event_id "
      "FROM clips WHERE clip_set_id = ? ORDER BY id");
  query->bindAll(clipSetId);
  std::vector<Clip> clips;
  while (query->step()) clips.push_back(readClip(*query));
  return clips;
}

std::int64_t ClipStore::countBySet(std::int64_t clipSetId) {
  auto query = database_.cached("SELECT count(*) FROM clips WHERE clip_set_id = ?");
  query->bindAll(clipSetId);
  query->step();
  return query->getInt64(0);
}

}  // namespace prodrome::database

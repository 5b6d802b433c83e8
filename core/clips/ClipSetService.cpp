#include "core/clips/ClipSetService.h"

#include "core/Error.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/Database.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Transaction.h"

#include <unordered_map>

namespace prodrome::core {

std::vector<RecordingTimeline> ClipSetService::loadTimelines() {
  std::unordered_map<std::int64_t, Species> species;
  for (const database::Subject& subject : database::SubjectStore(database_).list())
    species[subject.id] = subject.species;

  std::vector<RecordingTimeline> timelines;
  std::unordered_map<std::int64_t, std::size_t> byId;
  for (const database::Recording& recording : database::RecordingStore(database_).list()) {
    RecordingTimeline timeline;
    timeline.id = recording.id;
    timeline.subjectId = recording.subjectId;
    timeline.species = species.at(recording.subjectId);  // foreign key: always there
    try {
      timeline.fps = FrameRate::fromDouble(recording.fps);
    } catch (const Error& error) {
      throw Error("cannot load recording #" + std::to_string(recording.id) + " '" + recording.path +
                  "': " + error.what());
    }
    timeline.frameCount = recording.frameCount;
    byId[recording.id] = timelines.size();
    timelines.push_back(std::move(timeline));
  }
  for (const database::Event& event : database::EventStore(database_).list())
    timelines[byId.at(event.recordingId)].events.push_back(
        TimelineEvent{event.id, event.onsetFrame, event.offsetFrame, event.kind});
  return timelines;
}

ClipSetService::Result ClipSetService::build(const std::string& name, const ClipSetParams& params,
                                             const std::optional<SubjectSplit>& split) {
  if (name.empty()) throw Error("cannot build a clip set without a name");
  const ClipSetBuilder builder(params);

  // Read and write under one write lock: the set matches the events as they
  // were when it was stored, and no other writer can take the name between
  // the check and the insert.
  database::Transaction transaction(database_);
  database::ClipSetStore sets(database_);
  if (const auto existing = sets.findByName(name))
    throw Error("cannot build clip set '" + name + "': a clip set of that name already exists (#" +
                std::to_string(existing->id) + ", created " + existing->created + ")");

  const std::vector<RecordingTimeline> timelines = loadTimelines();
  Result result;
  result.build = builder.build(timelines);
  if (split) applySplit(result.build.windows, *split);

  result.clipSetId = sets.add(database::ClipSet{0, name, params.toJson(), params.seed, {}});
  std::vector<database::Clip> clips;
  clips.reserve(result.build.windows.size());
  for (const ClipWindow& window : result.build.windows)
    clips.push_back(database::Clip{0, result.clipSetId, window.recordingId, window.startFrame, window.endFrame,
                                   window.label, window.split, window.sourceEventId});
  database::ClipStore(database_).addAll(clips);
  transaction.commit();
  return result;
}

}  // namespace prodrome::core

#include "core/clips/ClipSetService.h"

#include "core/Error.h"
#include "core/clips/NeighbourSeizures.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/Database.h"
#include "database/EventStore.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Transaction.h"

#include <algorithm>
#include <unordered_map>

namespace prodrome::core {

std::vector<RecordingTimeline> ClipSetService::loadTimelines() {
  std::unordered_map<std::int64_t, database::Subject> subjects;
  for (database::Subject& subject : database::SubjectStore(database_).list()) subjects[subject.id] = std::move(subject);

  std::vector<RecordingTimeline> timelines;
  std::unordered_map<std::int64_t, std::size_t> byId;
  for (const database::Recording& recording : database::RecordingStore(database_).list()) {
    RecordingTimeline timeline;
    timeline.id = recording.id;
    timeline.subjectId = recording.subjectId;
    const database::Subject& subject = subjects.at(recording.subjectId);  // foreign key: always there
    timeline.species = subject.species;
    timeline.subjectCode = subject.code;
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
  // A night cut into files is one timeline for the windows near the cuts.
  std::vector<PeriodLayout> periods;
  for (const database::Period& period : database::PeriodStore(database_).list())
    if (period.files.size() > 1) periods.push_back(layOutPeriod(database_, period.id));
  addNeighbourSeizures(timelines, periods);
  return timelines;
}

namespace {

// "subject 'R1' is rodent but the clip set holds human subjects only"
std::string otherSpecies(const std::string& code, Species subject, Species set) {
  return "subject '" + code + "' is " + std::string(database::toString(subject)) + " but the clip set holds " +
         std::string(database::toString(set)) + " subjects only";
}

}  // namespace

void ClipSetService::requireKnownSubjects(const ClipSetParams& params) {
  database::SubjectStore subjects(database_);
  for (const std::string& code : params.subjects) {
    const auto subject = subjects.findByCode(code);
    if (!subject) throw Error("cannot build clips: the project has no subject '" + code + "'");
    if (params.species && subject->species != *params.species)
      throw Error("cannot build clips: " + otherSpecies(code, subject->species, *params.species));
  }
}

std::vector<database::Subject> ClipSetService::includedSubjects(const ClipSetParams& params) {
  requireKnownSubjects(params);
  std::vector<database::Subject> kept;
  for (database::Subject& subject : database::SubjectStore(database_).list())
    if (params.includes(subject.species, subject.code)) kept.push_back(std::move(subject));
  return kept;
}

std::vector<std::int64_t> ClipSetService::eligibleSubjects(const ClipSetParams& params) {
  std::vector<std::int64_t> ids;
  for (const database::Subject& subject : includedSubjects(params)) ids.push_back(subject.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

SubjectSplit ClipSetService::splitByFractions(const ClipSetParams& params, const SplitFractions& fractions) {
  // Each species is split on its own, with the set's seed, so that a
  // cross-species set has rodents and humans in every split (a validation
  // split of rodents only would choose a human forecaster's threshold on animals).
  std::map<Species, std::vector<std::int64_t>> strata;
  for (const database::Subject& subject : includedSubjects(params)) strata[subject.species].push_back(subject.id);
  SubjectSplit split;
  for (const auto& [species, ids] : strata)
    split.merge(splitSubjectsByFractions(ids, fractions, static_cast<std::uint64_t>(params.seed)));
  return split;
}

SubjectSplit ClipSetService::splitByCodes(const std::map<std::string, std::vector<std::string>>& codes,
                                          const ClipSetParams& params) {
  database::SubjectStore subjects(database_);
  std::map<std::string, std::vector<std::int64_t>> lists;
  std::map<std::int64_t, std::string> listedIn;  // checked here to name the subject by its code
  for (const auto& [name, members] : codes) {
    std::vector<std::int64_t>& ids = lists[name];
    for (const std::string& code : members) {
      const auto subject = subjects.findByCode(code);
      if (!subject)
        throw Error("cannot split subjects: the project has no subject '" + code + "' (listed in split '" + name +
                    "')");
      if (params.species && subject->species != *params.species)
        throw Error("cannot split subjects: " + otherSpecies(code, subject->species, *params.species));
      if (!params.includes(subject->species, subject->code))
        throw Error("cannot split subjects: subject '" + code + "' is not among the clip set's subjects");
      const auto [it, inserted] = listedIn.emplace(subject->id, name);
      if (!inserted && it->second != name)
        throw Error("cannot split subjects: subject '" + code + "' is listed in both '" + it->second + "' and '" +
                    name + "'");
      ids.push_back(subject->id);
    }
  }
  return splitSubjectsByLists(lists);
}

ClipSetService::Result ClipSetService::build(const std::string& name, const ClipSetParams& params,
                                             const std::optional<SubjectSplit>& split) {
  if (name.empty()) throw Error("cannot build a clip set without a name");
  const ClipSetBuilder builder(params);
  requireKnownSubjects(params);

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

ClipSetParams ClipSetService::params(std::int64_t clipSetId) {
  const auto set = database::ClipSetStore(database_).find(clipSetId);
  if (!set) throw Error("clip set " + std::to_string(clipSetId) + " does not exist");
  return ClipSetParams::fromJson(set->params);
}

void ClipSetService::rename(std::int64_t clipSetId, const std::string& name) {
  database::Transaction transaction(database_);
  database::ClipSetStore sets(database_);
  const auto set = sets.find(clipSetId);
  if (!set) throw Error("cannot rename clip set #" + std::to_string(clipSetId) + ": the project has no such set");
  if (name.empty()) throw Error("cannot rename clip set '" + set->name + "': the new name is empty");
  if (const auto existing = sets.findByName(name); existing && existing->id != clipSetId)
    throw Error("cannot rename clip set '" + set->name + "' to '" + name + "': a clip set of that name already exists (#" +
                std::to_string(existing->id) + ")");
  sets.rename(clipSetId, name);
  transaction.commit();
}

void ClipSetService::remove(std::int64_t clipSetId) {
  if (!database::ClipSetStore(database_).remove(clipSetId))
    throw Error("cannot delete clip set #" + std::to_string(clipSetId) + ": the project has no such set");
}

}  // namespace prodrome::core

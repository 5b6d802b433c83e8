#include "core/agreement/RecordingAgreement.h"

#include "core/Error.h"
#include "core/periods/PeriodLayout.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace prodrome::core {

namespace {

database::Recording recordingOrThrow(database::Database& db, std::int64_t id) {
  auto r = database::RecordingStore(db).find(id);
  if (!r) throw Error("no recording #" + std::to_string(id) + " in the project");
  return *r;
}

std::string listed(const std::vector<RaterCount>& raters) {
  std::string text;
  for (const auto& r : raters) {
    if (!text.empty()) text += ", ";
    text += (r.name.empty() ? std::string("(no name)") : "'" + r.name + "'") + " (" + std::to_string(r.events) + ")";
  }
  return text.empty() ? std::string("nobody") : text;
}

}  // namespace

std::vector<RaterCount> ratersOf(database::Database& db, std::int64_t recordingId,
                                 std::optional<database::EventKind> kind) {
  recordingOrThrow(db, recordingId);
  std::map<std::string, int> counts;
  for (const auto& e : database::EventStore(db).listByRecording(recordingId))
    if (!kind || e.kind == *kind) ++counts[e.annotator];
  std::vector<RaterCount> out;
  for (const auto& [name, n] : counts) out.push_back({name, n});
  return out;
}

std::vector<RaterCount> ratersOfPeriod(database::Database& db, std::int64_t periodId,
                                       std::optional<database::EventKind> kind) {
  const auto period = database::PeriodStore(db).find(periodId);
  if (!period) throw Error("no period #" + std::to_string(periodId) + " in the project");
  std::map<std::string, int> counts;
  for (const auto& f : period->files)
    for (const auto& r : ratersOf(db, f.recordingId, kind)) counts[r.name] += r.events;
  std::vector<RaterCount> out;
  for (const auto& [name, n] : counts) out.push_back({name, n});
  return out;
}

RecordingAgreement compareRatersOnRecording(database::Database& db, const RecordingAgreementRequest& request) {
  // The files compared, each at its first frame on the common axis: the
  // recording alone, or a monitoring period's files placed by its layout.
  struct Part {
    database::Recording recording;
    std::int64_t offset = 0;
  };
  std::vector<Part> parts;
  std::string where;
  if (request.periodId) {
    where = "period #" + std::to_string(*request.periodId);
    const PeriodLayout layout = layOutPeriod(db, *request.periodId);
    for (const PlacedFile& f : layout.files) {
      // One frame axis for the whole night: the files must share their rate.
      if (std::abs(f.fps / layout.files.front().fps - 1.0) > 1e-6)
        throw Error(where + " mixes frame rates (" + std::to_string(layout.files.front().fps) + " and " +
                    std::to_string(f.fps) + " fps); compare its recordings one by one");
      parts.push_back({recordingOrThrow(db, f.recordingId), std::llround(f.startSeconds * f.fps)});
    }
  } else {
    parts.push_back({recordingOrThrow(db, request.recordingId), 0});
    where = "recording #" + std::to_string(request.recordingId);
  }
  for (const Part& p : parts)
    if (!(p.recording.fps > 0) || p.recording.frameCount <= 0)
      throw Error("recording #" + std::to_string(p.recording.id) +
                  " has no known frame rate or length; probe its video first");
  if (request.raterA == request.raterB)
    throw Error("the two raters are the same person ('" + request.raterA + "'); name two different annotators");
  const auto everyone = request.periodId ? ratersOfPeriod(db, *request.periodId, std::nullopt)
                                         : ratersOf(db, request.recordingId, std::nullopt);
  for (const std::string& name : {request.raterA, request.raterB}) {
    bool known = false;
    for (const auto& r : everyone) known = known || r.name == name;
    if (!known)
      throw Error("'" + name + "' annotated nothing on " + where + "; its annotators are " + listed(everyone));
  }
  AgreementInput input;
  input.fps = parts.front().recording.fps;
  input.toleranceSeconds = request.toleranceSeconds;
  std::int64_t end = 0;
  for (const Part& p : parts) {
    input.observed.push_back({p.offset, p.offset + p.recording.frameCount});
    end = std::max(end, p.offset + p.recording.frameCount);
    for (const auto& e : database::EventStore(db).listByRecording(p.recording.id)) {
      if (request.kind && e.kind != *request.kind) continue;
      const RatedEvent rated{e.id, p.offset + e.onsetFrame,
                             e.offsetFrame ? std::optional<std::int64_t>(p.offset + *e.offsetFrame) : std::nullopt};
      if (e.annotator == request.raterA) input.a.push_back(rated);
      if (e.annotator == request.raterB) input.b.push_back(rated);
    }
  }
  try {
    return {compareRaters(input), input.fps, end};
  } catch (const std::invalid_argument& e) {
    throw Error(where + ": " + e.what());
  }
}

}  // namespace prodrome::core

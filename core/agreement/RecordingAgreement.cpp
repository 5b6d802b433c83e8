#include "core/agreement/RecordingAgreement.h"

#include "core/Error.h"
#include "database/RecordingStore.h"

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

RecordingAgreement compareRatersOnRecording(database::Database& db, const RecordingAgreementRequest& request) {
  const database::Recording recording = recordingOrThrow(db, request.recordingId);
  const std::string where = "recording #" + std::to_string(recording.id);
  if (!(recording.fps > 0) || recording.frameCount <= 0)
    throw Error(where + " has no known frame rate or length; probe its video first");
  if (request.raterA == request.raterB)
    throw Error("the two raters are the same person ('" + request.raterA + "'); name two different annotators");
  const auto everyone = ratersOf(db, recording.id, std::nullopt);
  for (const std::string& name : {request.raterA, request.raterB}) {
    bool known = false;
    for (const auto& r : everyone) known = known || r.name == name;
    if (!known)
      throw Error("'" + name + "' annotated nothing on " + where + "; its annotators are " + listed(everyone));
  }
  AgreementInput input;
  input.fps = recording.fps;
  input.observed = {{0, recording.frameCount}};
  input.toleranceSeconds = request.toleranceSeconds;
  for (const auto& e : database::EventStore(db).listByRecording(recording.id)) {
    if (request.kind && e.kind != *request.kind) continue;
    const RatedEvent rated{e.id, e.onsetFrame, e.offsetFrame};
    if (e.annotator == request.raterA) input.a.push_back(rated);
    if (e.annotator == request.raterB) input.b.push_back(rated);
  }
  try {
    return {compareRaters(input), recording.fps, recording.frameCount};
  } catch (const std::invalid_argument& e) {
    throw Error(where + ": " + e.what());
  }
}

}  // namespace prodrome::core
